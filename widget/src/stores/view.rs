//! The store locator's views, in the part of the application loaded when the locator is first
//! opened (`parts.rs`); the state they read is the parent module's, in the main module.

use super::*;

/// The locator's region, rendered from a snapshot of the messages.
pub fn stores_body(config: WidgetConfig, l: Locator, tr: &Tr) -> impl IntoView {
    if l.wants_mine.get_value() {
        l.load_mine(config);
    }
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    move || {
        let step = l.step.get();
        let title = match step {
            Step::List => "stores-title",
            Step::Reserve(_) => "stores-reserve-title",
            Step::Receipt(_) => "stores-receipt-title",
            Step::Mine => "stores-mine-title",
        };
        let list = matches!(step, Step::List);
        let back = (!list).then(|| {
            view! { <button class="sc-link sc-back" on:click=move |_| l.go(config, Step::List)>{tr.t("stores-back")}</button> }
        });
        let mine_button = list.then(|| {
            view! { <button class="sc-link sc-my-reservations" on:click=move |_| { l.mine.set(None); l.load_mine(config); l.go(config, Step::Mine); }>{tr.t("stores-mine-title")}</button> }
        });
        // Options rather than `into_any`: each type-erased view costs the bundle more.
        let content = (
            list.then(|| search(config, l, &tr)),
            if let Step::Reserve(store) = &step {
                Some(reserve(config, l, &tr, store.clone()))
            } else {
                None
            },
            if let Step::Receipt(r) = &step {
                Some(receipt(config, l, &tr, r))
            } else {
                None
            },
            matches!(step, Step::Mine).then(|| mine(config, l, &tr)),
        );
        view! {
            <div class="sc-stores">
                {back}
                <h3 id="sc-stores-title" class="sc-section-title" tabindex="-1">{tr.t(title)}</h3>
                {mine_button}
                {content}
            </div>
        }
    }
}

fn search(config: WidgetConfig, l: Locator, tr: &Tr) -> impl IntoView {
    let suggestions = {
        let tr = send_wrapper::SendWrapper::new(tr.clone());
        move || {
            let places = l.places.get().unwrap_or_default();
            // Announced while a list is open for what is typed (not once a place is chosen).
            let count = l.places.with(Option::is_some).then(|| {
                tr.t_with(
                    "stores-suggestions",
                    &[("count", Arg::Number(places.len() as f64))],
                )
            });
            let items = places
                .into_iter()
                .map(|p| {
                    let detail = p.parent.clone().map(|parent| format!(" · {parent}")).unwrap_or_default();
                    let label = format!("{}{detail}", p.name);
                    view! { <li><button class="sc-suggestion" translate="no" on:click=move |_| l.choose(&p)>{label}</button></li> }
                })
                .collect_view();
            view! {
                <p class="sc-visually-hidden" role="status">{count}</p>
                <ul class="sc-suggestions" id="sc-suggestions">{items}</ul>
            }
        }
    };
    let geo = {
        let tr = send_wrapper::SendWrapper::new(tr.clone());
        move || {
            l.geo.get().map(|id| view! { <p class="sc-geo-message sc-notice" tabindex="-1" role="status">{tr.t(id)}</p> })
        }
    };
    let on_keydown = move |e: leptos::ev::KeyboardEvent| {
        let key = e.key();
        if key == "ArrowDown" {
            e.prevent_default();
            focus_later(config, ".sc-suggestion");
        } else if key == "Enter" {
            // Enter searches around the best match for what is typed.
            e.prevent_default();
            match l
                .places
                .with_untracked(|p| p.as_ref().and_then(|p| p.first().cloned()))
            {
                Some(first) => l.choose(&first),
                None => l.suggest(config, l.query.get_untracked(), true),
            }
        }
    };
    let services = StoreService::ALL
        .iter()
        .map(|s| view! { <option value=s.id()>{tr.t(service_message(*s))}</option> })
        .collect_view();
    view! {
        <div class="sc-where">
            <label class="sc-field">
                <span>{tr.t("stores-where")}</span>
                <input id="sc-place" type="search" autocomplete="off" aria-describedby="sc-place-hint" prop:value=move || l.query.get()
                    on:input=move |e| l.suggest(config, event_target_value(&e), false) on:keydown=on_keydown/>
            </label>
            <p id="sc-place-hint" class="sc-muted">{tr.t("stores-where-hint")}</p>
            {suggestions}
            <button class="sc-button sc-secondary sc-locate" on:click=move |_| l.locate(config)>{tr.t("stores-use-location")}</button>
            {geo}
        </div>
        {product_picker(config, l, tr)}
        // Folded: the results start near the top, under what the customer typed.
        <details class="sc-filters">
            <summary>{tr.t("stores-filters")}</summary>
            <label class="sc-check">
                <input id="sc-open-now" type="checkbox" prop:checked=move || l.open_now.get() on:change=move |e| l.open_now.set(event_target_checked(&e))/>
                <span>{tr.t("stores-open-now")}</span>
            </label>
            <label class="sc-check" hidden=move || l.sku.with(Option::is_none)>
                <input id="sc-in-stock" type="checkbox" prop:checked=move || l.in_stock.get() on:change=move |e| l.in_stock.set(event_target_checked(&e))/>
                <span>{tr.t("stores-in-stock")}</span>
            </label>
            <label class="sc-field">
                <span>{tr.t("stores-service")}</span>
                <select id="sc-service" on:change=move |e| l.service.set(StoreService::from_id(&event_target_value(&e)))>
                    <option value="">{tr.t("stores-service-any")}</option>
                    {services}
                </select>
            </label>
        </details>
        {results(config, l, tr)}
    }
}

/// A variant in words: "Navy · 128 GB" (empty for a product without variants).
fn variant_text(tr: &Tr, colour: Option<&str>, storage_gb: Option<i64>) -> String {
    let mut parts = Vec::new();
    if let Some(c) = colour {
        parts.push(tr.t(&format!("colour-{c}")));
    }
    if let Some(gb) = storage_gb {
        parts.push(format::bytes(&tr.fl, gb * 1_000_000_000));
    }
    parts.join(" · ")
}

/// A price as the customer's language writes it: "449,00 €", "‏26٬099٫00 ج.م.‏".
pub(crate) fn money_text(tr: &Tr, p: &Money) -> String {
    format::money(&tr.fl, &p.currency, p.amount)
}

/// The lowest price among a product's variants, when they have one currency.
fn lowest_price(variants: &[Variant]) -> Option<&Money> {
    let lowest = variants
        .iter()
        .filter_map(|v| v.price.as_ref())
        .min_by_key(|p| p.amount)?;
    variants
        .iter()
        .all(|v| {
            v.price
                .as_ref()
                .is_some_and(|p| p.currency == lowest.currency)
        })
        .then_some(lowest)
}

/// What `quantity` units at `unit` come to: "898,00 € (2 × 449,00 €)", or the price alone for one.
fn to_pay(tr: &Tr, unit: &Money, quantity: i64) -> String {
    let total = money_text(
        tr,
        &Money {
            amount: unit.amount * quantity,
            currency: unit.currency.clone(),
        },
    );
    if quantity == 1 {
        return total;
    }
    let (count, price) = (
        format::number(&tr.fl, quantity as f64),
        money_text(tr, unit),
    );
    tr.t_with(
        "stores-to-pay-units",
        &[
            ("total", Arg::Text(&total)),
            ("count", Arg::Text(&count)),
            ("price", Arg::Text(&price)),
        ],
    )
}

fn variant_label(tr: &Tr, v: &Variant) -> String {
    variant_text(tr, v.colour.as_deref(), v.storage_gb)
}

fn product_picker(config: WidgetConfig, l: Locator, tr: &Tr) -> impl IntoView {
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    move || {
        let chosen = l.product.get().map(|p| {
            let variants = p.variants.clone();
            let options = (variants.len() > 1).then(|| {
                let current = l.sku.get().unwrap_or_default();
                let items = variants
                    .iter()
                    .map(|v| view! { <option value=v.sku.clone() selected=v.sku == current>{variant_label(&tr, v)}</option> })
                    .collect_view();
                view! {
                    <label class="sc-field">
                        <span>{tr.t("stores-variant")}</span>
                        <select id="sc-variant" on:change=move |e| l.sku.set(Some(event_target_value(&e)))>{items}</select>
                    </label>
                }
            });
            view! {
                <div class="sc-product-chosen">
                    <img src=format!("{}{}", config.api_origin(), p.image) alt="" width="48" height="48"/>
                    <p><strong translate="no">{p.display_name()}</strong></p>
                    {options}
                    <button class="sc-link" on:click=move |_| {
                        // Another product: an empty field, and no list left from the last search.
                        l.product.set(None);
                        l.sku.set(None);
                        l.in_stock.set(false);
                        l.products.set(None);
                        l.product_query.set(String::new());
                        focus_later(config, "#sc-product");
                    }>
                        {tr.t("stores-product-clear")}
                    </button>
                </div>
            }
        });
        let list = l.product.with(Option::is_none).then(|| {
            let found = l.products.get();
            let (items, error) = match found {
                Some(Ok(products)) => (Some(products
                    .into_iter()
                    .map(|p| {
                        let name = p.display_name();
                        let image = format!("{}{}", config.api_origin(), p.image);
                        let kind = tr.t(match p.kind {
                            selfcare_server_fns::api::ProductKind::Device => "stores-kind-device",
                            selfcare_server_fns::api::ProductKind::Sim => "stores-kind-sim",
                            selfcare_server_fns::api::ProductKind::Accessory => "stores-kind-accessory",
                        });
                        let from = lowest_price(&p.variants).map(|price| format!(" · {}", tr.t_with("stores-price-from", &[("price", Arg::Text(&money_text(&tr, price)))])));
                        view! {
                            <li><button class="sc-product" on:click=move |_| {
                                l.sku.set(p.variants.first().map(|v| v.sku.clone()));
                                l.product.set(Some(p.clone()));
                                l.in_stock.set(true);
                                l.focus_results.set_value(Some(l.results.answers()));
                            }>
                                <img src=image alt="" width="32" height="32"/>
                                <span translate="no">{name}</span>
                                <span class="sc-muted">{kind}{from}</span>
                            </button></li>
                        }
                    })
                    .collect_view()), None),
                Some(Err(e)) => (None, Some(error_alert(&tr, e, None))),
                None => (None, None),
            };
            view! {
                <label class="sc-field">
                    <span>{tr.t("stores-product")}</span>
                    <input id="sc-product" type="search" autocomplete="off" prop:value=move || l.product_query.get()
                        on:input=move |e| l.search_products(config, event_target_value(&e))
                        on:focus=move |_| if l.products.with_untracked(Option::is_none) { l.search_products(config, String::new()) }/>
                </label>
                <ul class="sc-products">{items}</ul>
                {error}
            }
        });
        view! { <div class="sc-product-picker">{chosen}{list}</div> }
    }
}

fn service_message(s: StoreService) -> &'static str {
    match s {
        StoreService::Repairs => "service-repairs",
        StoreService::Sim => "service-sim",
        StoreService::Financing => "service-financing",
        StoreService::MobileMoney => "service-mobile-money",
        StoreService::StepFree => "service-step-free",
    }
}

/// "Open · closes at 19:00", "Closed · opens tomorrow at 09:00", in the shop's time zone.
pub(crate) fn opening_text(tr: &Tr, o: &Opening, tz: &str) -> String {
    let time = o
        .change_at
        .as_deref()
        .map(|t| format::time_in(&tr.fl, t, tz, false, false))
        .unwrap_or_default();
    let day = o
        .change_at
        .as_deref()
        .map(|t| format::time_in(&tr.fl, t, tz, true, false))
        .unwrap_or_default();
    let id = match (o.open, o.change_day) {
        (true, None) => "stores-open-always",
        (true, Some(0)) => "stores-open-until",
        (true, Some(_)) => "stores-open-until-tomorrow",
        (false, None) => "stores-closed",
        (false, Some(0)) => "stores-closed-opens",
        (false, Some(1)) => "stores-closed-opens-tomorrow",
        (false, Some(_)) => "stores-closed-opens-day",
    };
    let mut text = tr.t_with(id, &[("time", Arg::Text(&time)), ("day", Arg::Text(&day))]);
    match o.special {
        Some(Special::Holiday) => {
            let name = o.holiday.clone().unwrap_or_default();
            text = format!(
                "{text} · {}",
                tr.t_with("stores-holiday", &[("name", Arg::Text(&name))])
            );
        }
        Some(Special::Exceptional) => text = format!("{text} · {}", tr.t("stores-exceptional")),
        None => {}
    }
    text
}

/// A link that opens the device's maps application at the shop.
fn directions(store: &Store) -> String {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let (lat, lon) = (number_text(store.lat), number_text(store.lon));
    if agent.contains("Android") {
        format!("geo:{lat},{lon}?q={lat},{lon}")
    } else if agent.contains("iPhone") || agent.contains("iPad") || agent.contains("Macintosh") {
        format!("https://maps.apple.com/?daddr={lat},{lon}")
    } else {
        format!("https://www.openstreetmap.org/directions?to={lat}%2C{lon}")
    }
}

/// The coming week's hours, as the shop's clock shows them.
pub(crate) fn week_table(tr: &Tr, s: &Store) -> impl IntoView {
    let rows = s
        .week
        .iter()
        .map(|d| {
            let mut hours: Vec<String> = d.periods.iter().map(|p| format!("{}–{}", format::clock(&tr.fl, &p.from), format::clock(&tr.fl, &p.to))).collect();
            if hours.is_empty() {
                hours.push(tr.t("stores-closed"));
            }
            let note = match d.special {
                Some(Special::Holiday) => format!(" · {}", tr.t_with("stores-holiday", &[("name", Arg::Text(d.holiday.as_deref().unwrap_or_default()))])),
                Some(Special::Exceptional) => format!(" · {}", tr.t("stores-exceptional-day")),
                None => String::new(),
            };
            view! { <tr><th scope="row" translate="no">{format::weekday(&tr.fl, &d.date)}</th><td>{format::list(&tr.fl, &hours)}{note}</td></tr> }
        })
        .collect_view();
    view! {
        <details class="sc-week">
            <summary>{tr.t("stores-week")}</summary>
            <table><tbody>{rows}</tbody></table>
        </details>
    }
}

pub(crate) fn stock_text(tr: &Tr, status: StockStatus, quantity: Option<i64>) -> String {
    match (status, quantity) {
        (StockStatus::OutOfStock, _) => tr.t("stores-stock-out"),
        (StockStatus::LowStock, Some(n)) => tr.t_with(
            "stores-stock-few-count",
            &[("count", Arg::Number(n as f64))],
        ),
        (StockStatus::LowStock, None) => tr.t("stores-stock-few"),
        (StockStatus::InStock, Some(n)) => {
            tr.t_with("stores-stock-count", &[("count", Arg::Number(n as f64))])
        }
        (StockStatus::InStock, None) => tr.t("stores-stock-in"),
    }
}

fn results(config: WidgetConfig, l: Locator, tr: &Tr) -> impl IntoView {
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    move || {
        let answer = l.results.get().flatten()?;
        if l.focus_results
            .get_value()
            .is_some_and(|n| l.results.answers() > n)
        {
            l.focus_results.set_value(None);
            crate::ui::focus_at_top(config, "#sc-results-title");
        }
        let (found, map, error) = match answer {
            Ok(found) => (Some(found.stores), found.map, None),
            Err(e) => (
                None,
                None,
                Some(error_alert(
                    &tr,
                    e,
                    Some(Box::new(move |_| l.results.refetch())),
                )),
            ),
        };
        let map = map
            .zip(found.as_ref().filter(|f| !f.is_empty()))
            .map(|(tiles, stores)| map_view(config, l, &tr, tiles, stores));
        let none = found
            .as_ref()
            .is_some_and(Vec::is_empty)
            .then(|| view! { <p class="sc-notice">{tr.t("stores-none")}</p> });
        let list = found.filter(|f| !f.is_empty()).map(|stores| {
            let items = stores
                .into_iter()
                .enumerate()
                .map(|(i, s)| store_card(config, l, &tr, s, i))
                .collect_view();
            view! { <ol class="sc-store-list">{items}</ol> }
        });
        let list = (error, none, map, list);
        Some(view! {
            <h4 id="sc-results-title" class="sc-section-title" tabindex="-1">{tr.t("stores-results")}</h4>
            {list}
        })
    }
}

fn store_card(config: WidgetConfig, l: Locator, tr: &Tr, s: Store, i: usize) -> impl IntoView {
    let heading = format!("sc-store-{i}");
    let labelled = heading.clone();
    let distance = if s.here {
        tr.t("stores-here")
    } else {
        tr.t_with(
            "stores-distance",
            &[(
                "distance",
                Arg::Text(&format::distance(&tr.fl, s.distance_m)),
            )],
        )
    };
    let services = s
        .services
        .iter()
        .map(|x| view! { <li>{tr.t(service_message(*x))}</li> })
        .collect_view();
    let stock = s.stock.as_ref().map(|k| {
        let class = match k.status {
            StockStatus::InStock => "sc-stock sc-stock-in",
            StockStatus::LowStock => "sc-stock sc-stock-few",
            StockStatus::OutOfStock => "sc-stock sc-stock-out",
        };
        let price = k
            .price
            .as_ref()
            .map(|p| view! { <strong class="sc-price">{money_text(tr, p)}</strong>" · " });
        view! { <p class=class>{price}{stock_text(tr, k.status, k.quantity)}</p> }
    });
    let can_reserve = s
        .stock
        .as_ref()
        .is_some_and(|k| k.status != StockStatus::OutOfStock);
    let name = s.name.clone();
    let reserve = can_reserve.then(|| {
        let store = s.clone();
        view! {
            <button class="sc-button sc-reserve" aria-label=tr.label("stores-reserve", &[("store", Arg::Text(&name))]) on:click=move |_| {
                l.quantity.set(1);
                l.key.set_value(new_key());
                l.go(config, Step::Reserve(store.clone()));
            }>{tr.t("stores-reserve")}</button>
        }
    });
    let phone = s.phone.clone();
    let tel = format!("tel:{}", phone.replace(' ', ""));
    let handoff = crate::kiosk::phone_link(
        config,
        tr,
        "stores",
        Some(s.id.clone()),
        l.sku.get_untracked(),
    );
    view! {
        <li class=if s.here { "sc-store sc-here" } else { "sc-store" } aria-labelledby=labelled>
            <h5 id=heading class="sc-store-name" tabindex="-1"><span class="sc-number">{format::number(&tr.fl, (i + 1) as f64)}</span><span translate="no">{s.name.clone()}</span></h5>
            <p class="sc-muted">{distance}</p>
            <p translate="no">{s.street.clone()}", "{s.postcode.clone()}" "{s.city.clone()}</p>
            <p class="sc-opening">{opening_text(tr, &s.opening, &s.time_zone)}</p>
            {week_table(tr, &s)}
            {stock}
            <ul class="sc-services" aria-label=tr.attr("stores-services", "aria-label")>{services}</ul>
            <div class="sc-actions">
                <a class="sc-link" href=tel translate="no" dir="ltr">{phone}</a>
                <a class="sc-link" href=directions(&s) target="_blank" rel="noopener" aria-label=tr.label("stores-directions", &[("store", Arg::Text(&s.name))])>{tr.t("stores-directions")}</a>
                {reserve}
            </div>
            {handoff}
        </li>
    }
}

fn reserve(config: WidgetConfig, l: Locator, tr: &Tr, store: Store) -> impl IntoView {
    let product = l.product.get_untracked();
    let sku = l.sku.get_untracked().unwrap_or_default();
    let variant = product
        .as_ref()
        .and_then(|p| p.variants.iter().find(|v| v.sku == sku))
        .cloned();
    let most = variant.as_ref().map_or(1, |v| v.max_per_customer);
    let available = store
        .stock
        .as_ref()
        .and_then(|k| k.quantity)
        .unwrap_or(most);
    let options = (1..=most.min(available).max(1))
        .map(|n| view! { <option value=n.to_string() selected=n == 1>{format::number(&tr.fl, n as f64)}</option> })
        .collect_view();
    let what = format!(
        "{}{}",
        product
            .as_ref()
            .map(Product::display_name)
            .unwrap_or_default(),
        variant
            .as_ref()
            .map(|v| variant_label(tr, v))
            .filter(|s| !s.is_empty())
            .map(|s| format!(" · {s}"))
            .unwrap_or_default()
    );
    let (confirm, confirming) = (tr.t("stores-confirm"), tr.t("stores-confirming"));
    // The shop's price, and what the chosen quantity comes to.
    let unit = store.stock.as_ref().and_then(|k| k.price.clone());
    let price = unit.as_ref().map(|unit| {
        let each = tr.t_with(
            "stores-price-each",
            &[("price", Arg::Text(&money_text(tr, unit)))],
        );
        view! { <div><dt>{tr.t("stores-price")}</dt><dd>{each}</dd></div> }
    });
    // Under the quantity it follows.
    let total = unit.map(|unit| {
        let tr = send_wrapper::SendWrapper::new(tr.clone());
        view! {
            <dl class="sc-details sc-to-pay">
                <div><dt>{tr.t("stores-to-pay")}</dt><dd class="sc-total" aria-live="polite">{move || to_pay(&tr, &unit, l.quantity.get())}</dd></div>
            </dl>
        }
    });
    let store_id = store.id.clone();
    let submit = move |_| {
        if l.busy.get_untracked() {
            return;
        }
        l.busy.set(true);
        l.error.set(None);
        let body = form(&[
            ("store_id", &store_id),
            ("sku", &sku),
            ("quantity", &l.quantity.get_untracked().to_string()),
            ("idempotency_key", &l.key.get_value()),
            ("channel", config.channel()),
            ("lang", &l.i18n.names_tag()),
        ]);
        leptos::task::spawn_local(async move {
            let result: Result<Reservation, ErrorId> = call(config, Reserve::PATH, &body).await;
            l.busy.set(false);
            match result {
                Ok(r) => {
                    config.host.try_with_value(|h| {
                        dispatch(
                            h,
                            "selfcare:reservation-created",
                            &[
                                ("reservation", &r.id),
                                ("store", &r.store_id),
                                ("holdUntil", &r.hold_until),
                            ],
                        )
                    });
                    l.results.refetch();
                    l.go(config, Step::Receipt(r));
                }
                Err(e) => {
                    if e == ErrorId::OutOfStock {
                        l.results.refetch();
                    }
                    l.error.set(Some(e));
                    focus_later(config, ".sc-stores .sc-error");
                }
            }
        });
    };
    let retry = submit.clone();
    let error = {
        let tr = send_wrapper::SendWrapper::new(tr.clone());
        move || {
            l.error
                .get()
                .map(|e| error_alert(&tr, e, Some(Box::new(retry.clone()))))
        }
    };
    view! {
        <dl class="sc-details">
            <div><dt>{tr.t("stores-product")}</dt><dd translate="no">{what}</dd></div>
            <div><dt>{tr.t("stores-store")}</dt><dd translate="no">{store.name.clone()}", "{store.street.clone()}", "{store.city.clone()}</dd></div>
            <div><dt>{tr.t("stores-opening")}</dt><dd>{opening_text(tr, &store.opening, &store.time_zone)}</dd></div>
            {price}
        </dl>
        <label class="sc-field">
            <span>{tr.t("stores-quantity")}</span>
            <select id="sc-quantity" on:change=move |e| l.quantity.set(event_target_value(&e).parse().unwrap_or(1))>{options}</select>
        </label>
        {total}
        <p class="sc-muted">{tr.t("stores-hold-explained")}</p>
        {error}
        <button class="sc-button sc-confirm" aria-disabled=move || l.busy.get().to_string() on:click=submit>
            {move || if l.busy.get() { confirming.clone() } else { confirm.clone() }}
        </button>
    }
}

/// The pick-up code as a QR code.
fn qr(tr: &Tr, r: &Reservation) -> impl IntoView {
    qr_svg(
        &r.qr_path,
        r.qr_size,
        tr.label("stores-qr", &[("code", Arg::Text(&r.code))]),
    )
}

/// A QR code: the modules the server computed (`path` over `size` modules), drawn as one SVG
/// path.
pub(crate) fn qr_svg(path: &str, size: i64, label: String) -> impl IntoView {
    let view_box = format!("0 0 {size} {size}");
    let size = size.to_string();
    view! {
        <svg class="sc-qr" role="img" viewBox=view_box width="160" height="160" shape-rendering="crispEdges" aria-label=label>
            <rect width=size.clone() height=size fill="#fff"/>
            <path d=path.to_owned() fill="#000"/>
        </svg>
    }
}

fn state_message(s: ReservationState) -> &'static str {
    match s {
        ReservationState::Active => "stores-state-active",
        ReservationState::Cancelled => "stores-state-cancelled",
        ReservationState::Expired => "stores-state-expired",
        ReservationState::Collected => "stores-state-collected",
    }
}

/// Type-erased: it is an item of the reservations' list, whose updates would otherwise copy
/// all of its code.
fn reservation_details(config: WidgetConfig, l: Locator, tr: &Tr, r: &Reservation) -> AnyView {
    let hold = format::time_in(&tr.fl, &r.hold_until, &r.time_zone, true, true);
    let variant = variant_text(tr, r.colour.as_deref(), r.storage_gb);
    let variant = if variant.is_empty() {
        variant
    } else {
        format!(" · {variant}")
    };
    let what = format!(
        "{}{variant} × {}",
        r.product_name,
        format::number(&tr.fl, r.quantity as f64)
    );
    let active = r.state == ReservationState::Active;
    let paying = r.unit_price.as_ref().filter(|_| active).map(|unit| {
        view! { <div><dt>{tr.t("stores-to-pay")}</dt><dd>{to_pay(tr, unit, r.quantity)}</dd></div> }
    });
    let id = r.id.clone();
    let done = tr.t("stores-cancelled");
    let cancel = active.then(|| {
        let act = move || {
            let (id, done) = (id.clone(), done.clone());
            leptos::task::spawn_local(async move {
                let result: Result<Reservation, ErrorId> = call(
                    config,
                    CancelReservation::PATH,
                    &form(&[("id", &id), ("channel", config.channel())]),
                )
                .await;
                match result {
                    Ok(_) => {
                        l.results.refetch();
                        l.load_mine(config);
                        l.go(config, Step::Mine);
                        crate::ui::said(config, done);
                    }
                    Err(e) => {
                        l.error.set(Some(e));
                        l.load_mine(config);
                    }
                }
            });
        };
        let ask = [
            tr.t("stores-cancel"),
            tr.label("stores-cancel", &[("product", Arg::Text(&r.product_name))]),
            tr.t("stores-cancel-ask"),
            tr.t("stores-cancel-yes"),
            tr.t("stores-cancel-keep"),
        ];
        crate::ui::ask_first(
            config,
            "sc-cancel-reservation",
            ask,
            std::sync::Arc::new(act),
        )
    });
    view! {
        <div class="sc-reservation">
            // Only a reservation still held has a code to show at the counter and a hold.
            {active.then(|| view! {
                <p class="sc-pickup-label">{tr.t("stores-code")}</p>
                <p class="sc-pickup-code" translate="no" dir="ltr">{r.code.clone()}</p>
                {qr(tr, r)}
            })}
            <dl class="sc-details">
                <div><dt>{tr.t("stores-status")}</dt><dd>{tr.t(state_message(r.state))}</dd></div>
                <div><dt>{tr.t("stores-product")}</dt><dd translate="no">{what}</dd></div>
                <div><dt>{tr.t("stores-store")}</dt><dd translate="no">{r.store_name.clone()}", "{r.store_address.clone()}</dd></div>
                {active.then(|| view! { <div><dt>{tr.t("stores-hold")}</dt><dd translate="no">{hold}</dd></div> })}
                {paying}
            </dl>
            {cancel}
        </div>
    }
    .into_any()
}

fn receipt(config: WidgetConfig, l: Locator, tr: &Tr, r: &Reservation) -> impl IntoView {
    view! {
        <p role="status">{tr.t("stores-receipt-done")}</p>
        {reservation_details(config, l, tr, r)}
        {crate::kiosk::phone_link(config, tr, "reservations", None, None)}
    }
}

fn mine(config: WidgetConfig, l: Locator, tr: &Tr) -> impl IntoView {
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    move || {
        let error = l.error.get().map(|e| error_alert(&tr, e, None));
        let mine = l.mine.get();
        let loading = mine
            .is_none()
            .then(|| view! { <div class="sc-spinner" role="status" aria-busy="true"></div> });
        // Nobody signed in: how to sign in, not an error.
        let signed_out = matches!(mine, Some(Err(ErrorId::Unauthenticated)))
            .then(|| sign_in_notice(config, &tr));
        let failed = mine
            .as_ref()
            .and_then(|m| m.as_ref().err())
            .filter(|e| **e != ErrorId::Unauthenticated)
            .map(|e| error_alert(&tr, *e, Some(Box::new(move |_| l.load_mine(config)))));
        let list = mine.and_then(Result::ok);
        let none = list
            .as_ref()
            .is_some_and(Vec::is_empty)
            .then(|| view! { <p class="sc-notice">{tr.t("stores-mine-none")}</p> });
        let items = list.filter(|x| !x.is_empty()).map(|list| {
            let items = list
                .iter()
                .map(|r| view! { <li>{reservation_details(config, l, &tr, r)}</li> })
                .collect_view();
            view! { <ul class="sc-reservations">{items}</ul> }
        });
        (error, loading, signed_out, failed, none, items)
    }
}

/// The viewport of the map in world pixels: three tiles by two.
const MAP_W: f64 = 768.0;
const MAP_H: f64 = 512.0;

/// A point in Web Mercator world pixels at zoom 0 (a 256-pixel world).
fn world(lat: f64, lon: f64) -> (f64, f64) {
    // The browser's `Math`: Rust's trigonometry would add its own 7 KB to the module.
    use js_sys::Math;
    let phi = lat.clamp(-85.0, 85.0).to_radians();
    let x = (lon + 180.0) / 360.0 * 256.0;
    let y = (1.0 - Math::log(Math::tan(phi) + 1.0 / Math::cos(phi)) / std::f64::consts::PI) / 2.0
        * 256.0;
    (x, y)
}

/// The centre and the largest zoom that shows every store with a margin.
fn fit(stores: &[Store]) -> (f64, f64, i32) {
    let points: Vec<(f64, f64)> = stores.iter().map(|s| world(s.lat, s.lon)).collect();
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (x, y) in &points {
        (x0, y0, x1, y1) = (x0.min(*x), y0.min(*y), x1.max(*x), y1.max(*y));
    }
    let zoom = (2..=17).rev().find(|z| {
        let scale = f64::from(1u32 << z);
        (x1 - x0) * scale <= MAP_W * 0.85 && (y1 - y0) * scale <= MAP_H * 0.85
    });
    ((x0 + x1) / 2.0, (y0 + y1) / 2.0, zoom.unwrap_or(2))
}

fn percent(v: f64) -> String {
    format!("{}%", number_text((v * 1000.0).round() / 1000.0))
}

/// The stores on a map of the deployment's tiles: numbered markers (buttons that take the
/// customer to the store in the list), zoom and move buttons — no dragging needed, every
/// interaction a single press or key (WCAG 2.5.7).
fn map_view(
    config: WidgetConfig,
    l: Locator,
    tr: &Tr,
    tiles: MapTiles,
    stores: &[Store],
) -> impl IntoView {
    let (cx, cy, z) = l.map_view.get().unwrap_or_else(|| fit(stores));
    let scale = f64::from(1u32 << z);
    let (left, top) = (cx * scale - MAP_W / 2.0, cy * scale - MAP_H / 2.0);
    let n = 1i64 << z;
    let mut images = Vec::new();
    for ty in (top / 256.0).floor() as i64..=((top + MAP_H) / 256.0).floor() as i64 {
        if !(0..n).contains(&ty) {
            continue;
        }
        for tx in (left / 256.0).floor() as i64..=((left + MAP_W) / 256.0).floor() as i64 {
            let url = tiles
                .template
                .replace("{z}", &z.to_string())
                .replace("{x}", &tx.rem_euclid(n).to_string())
                .replace("{y}", &ty.to_string());
            let (x, y) = (
                (tx as f64 * 256.0 - left) / MAP_W,
                (ty as f64 * 256.0 - top) / MAP_H,
            );
            images.push(view! {
                <img class="sc-tile" src=url alt="" style:left=percent(x * 100.0) style:top=percent(y * 100.0)/>
            });
        }
    }
    // A marker too close to a nearer store's is left out (zooming in shows it; the list has
    // every store): markers never overlap, so each stays a 28-pixel target even in a 320-pixel
    // slot, where 70 of the map's 768 units are 29 pixels.
    let mut placed: Vec<(f64, f64)> = Vec::new();
    let markers = stores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let (x, y) = world(s.lat, s.lon);
            let (px, py) = (x * scale - left, y * scale - top);
            let (x, y) = (px / MAP_W, py / MAP_H);
            let inside = (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y);
            if !inside || placed.iter().any(|(qx, qy)| (px - qx).abs() < 70.0 && (py - qy).abs() < 70.0) {
                return None;
            }
            placed.push((px, py));
            Some({
                let number = format::number(&tr.fl, (i + 1) as f64);
                let label = tr.label("stores-map-marker", &[("number", Arg::Text(&number)), ("store", Arg::Text(&s.name))]);
                view! {
                    <button class="sc-marker" aria-label=label style:left=percent(x * 100.0) style:top=percent(y * 100.0)
                        on:click=move |_| focus_later(config, format!("#sc-store-{i}"))>{number.clone()}</button>
                }
            })
        })
        .collect_view();
    let step = move |dx: f64, dy: f64, dz: i32| {
        let z2 = (z + dz).clamp(2, 18);
        let (cx, cy) = (cx + dx * MAP_W / 3.0 / scale, cy + dy * MAP_H / 3.0 / scale);
        l.map_view.set(Some((cx, cy.clamp(0.0, 256.0), z2)));
    };
    let control = |class: &'static str,
                   id: &'static str,
                   text: &'static str,
                   dx: f64,
                   dy: f64,
                   dz: i32| {
        view! { <button class=class aria-label=tr.attr(id, "aria-label") on:click=move |_| step(dx, dy, dz)><span aria-hidden="true">{text}</span></button> }
    };
    view! {
        <div class="sc-map-frame" role="group" aria-label=tr.attr("stores-map", "aria-label")>
            <div class="sc-map" dir="ltr">{images}{markers}</div>
            <div class="sc-map-controls" dir="ltr">
                {control("sc-map-in", "stores-map-zoom-in", "+", 0.0, 0.0, 1)}
                {control("sc-map-out", "stores-map-zoom-out", "−", 0.0, 0.0, -1)}
                {control("sc-map-move", "stores-map-west", "←", -1.0, 0.0, 0)}
                {control("sc-map-move", "stores-map-north", "↑", 0.0, -1.0, 0)}
                {control("sc-map-move", "stores-map-south", "↓", 0.0, 1.0, 0)}
                {control("sc-map-move", "stores-map-east", "→", 1.0, 0.0, 0)}
            </div>
            {tiles.attribution.map(|a| view! { <p class="sc-muted sc-map-attribution" translate="no">{a}</p> })}
        </div>
    }
}
