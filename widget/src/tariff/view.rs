//! The tariff flow's views, in the part of the application loaded when the flow is first opened
//! (`parts.rs`); the state they read is the parent module's, in the main module.

use super::*;

/// The flow's region for the current step (tracked). Its title and back button depend on the
/// step only, so that focus on the title survives the offers arriving; what depends on the
/// offers is a region of its own.
pub fn tariff_body(config: WidgetConfig, t: Tariff, data: UsageData, tr: &Tr) -> impl IntoView {
    let step = t.step.get();
    let title = match &step {
        Step::Addons => "tariff-addons-title",
        Step::Review(_) => "tariff-review-title",
        Step::Receipt(..) => "tariff-receipt-title",
        _ => "tariff-plans-title",
    };
    // From a review, back to its list; from anywhere else, back to the usage view.
    let back_to = match &step {
        Step::Review(id) => {
            let addon = t
                .offers
                .get_untracked()
                .flatten()
                .and_then(Result::ok)
                .is_some_and(|o| o.addons.iter().any(|q| q.offering.id == *id));
            Some(if addon { Step::Addons } else { Step::Plans })
        }
        _ => None,
    };
    let back_text = tr.t(if back_to.is_some() {
        "tariff-back-to-list"
    } else {
        "tariff-back"
    });
    let back = move |_| match &back_to {
        Some(to) => t.go(config, to.clone()),
        None => t.close(config, data),
    };
    let tr_region = send_wrapper::SendWrapper::new(tr.clone());
    let region = move || step_content(config, t, data, &tr_region, &step);
    view! {
        <section class="sc-tariff" aria-labelledby="sc-tariff-title">
            <h3 id="sc-tariff-title" class="sc-section-title" tabindex="-1">{tr.t(title)}</h3>
            <button class="sc-link" on:click=back>{back_text}</button>
            {region}
        </section>
    }
}

/// What a step shows from the offers (tracked: rendered again when they arrive or change).
fn step_content(
    config: WidgetConfig,
    t: Tariff,
    data: UsageData,
    tr: &Tr,
    step: &Step,
) -> impl IntoView {
    let offers = t.offers.get();
    let receipt_step = matches!(step, Step::Receipt(..));
    let loading = (!receipt_step && matches!(offers, None | Some(None)))
        .then(|| view! { <p class="sc-loading" role="status">{tr.t("loading")}</p> });
    let (failed, offers) = match offers.flatten() {
        Some(Err(e)) => (Some(e), None),
        Some(Ok(o)) => (None, Some(o)),
        None => (None, None),
    };
    let failed = failed.map(|e| error_alert(tr, e, Some(Box::new(move |_| t.offers.refetch()))));
    // One optional part per step rather than alternative views: less code.
    let receipt_part = match step {
        Step::Receipt(order, offering) => {
            // Named as the offers are now (they follow the language the receipt is read in).
            // (A plan changed now is the line's current one.)
            let now = offers.as_ref().and_then(|o| {
                o.plans
                    .iter()
                    .chain(&o.addons)
                    .map(|q| &q.offering)
                    .chain([&o.current])
                    .find(|x| x.id == offering.id)
            });
            Some(receipt(tr, order, now.unwrap_or(offering)))
        }
        _ => None,
    };
    let (review_part, list_part) = match (step, offers) {
        (Step::Review(id), Some(o)) => (review(config, t, data, tr, &o, id), None),
        (Step::Plans | Step::Addons, Some(o)) => (
            None,
            Some(list(config, t, tr, o, matches!(step, Step::Addons))),
        ),
        _ => (None, None),
    };
    view! {
        {loading}
        {failed}
        {receipt_part}
        {review_part}
        {list_part}
    }
}

fn list(
    config: WidgetConfig,
    t: Tariff,
    tr: &Tr,
    o: OffersResponse,
    addons: bool,
) -> impl IntoView {
    let show_all = t.show_all.get();
    let OffersResponse {
        current,
        plans,
        addons: addon_list,
        currency,
        ..
    } = o;
    let items: Vec<Qualification> = if addons { addon_list } else { plans };
    let shown: Vec<&Qualification> = items.iter().filter(|q| q.qualified || show_all).collect();
    let none = shown.is_empty().then(|| view! { <p class="sc-notice">{tr.t(if addons { "tariff-none-addons" } else { "tariff-none" })}</p> });
    let cards = shown
        .iter()
        .enumerate()
        .map(|(i, q)| card(config, t, tr, q, &currency, i, addons))
        .collect_view();
    let toggle = (!addons).then(|| {
        view! {
            <label class="sc-check">
                <input id="sc-show-all" type="checkbox" prop:checked=show_all on:change=move |_| {
                    t.show_all.update(|v| *v = !*v);
                    focus_later(config, "#sc-show-all");
                }/>
                <span>{tr.t("tariff-show-all")}</span>
            </label>
        }
    });
    let current_line = tr.t_with("tariff-current", &[("plan", Arg::Text(&current.name))]);
    let comparison = (!addons).then(|| {
        // Rendered again when the choice changes, without touching the list (and its focus).
        let tr = send_wrapper::SendWrapper::new(tr.clone());
        move || comparison(&tr, &current, &items, &currency, &t.compare.get())
    });
    let handoff = (!addons).then(|| crate::kiosk::phone_link(config, tr, "plans", None, None));
    view! {
        <p>{current_line}</p>
        {toggle}
        <ul class="sc-offers" role="list">{cards}</ul>
        {none}
        {comparison}
        {handoff}
    }
}

fn card(
    config: WidgetConfig,
    t: Tariff,
    tr: &Tr,
    q: &Qualification,
    currency: &str,
    i: usize,
    addon: bool,
) -> impl IntoView {
    let o = &q.offering;
    let heading = format!("sc-offer-{i}");
    let labelled_by = heading.clone();
    let terms = match o.validity_days {
        Some(days) => tr.t_with("tariff-validity", &[("days", Arg::Number(f64::from(days)))]),
        None => term_text(tr, o.term_months),
    };
    let reasons = (!q.qualified).then(|| {
        let items = q
            .reasons
            .iter()
            .map(|r| view! { <li>{reason_text(tr, r)}</li> })
            .collect_view();
        view! {
            <div class="sc-reasons">
                <p class="sc-muted">{tr.t("tariff-unavailable")}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    let actions = q.qualified.then(|| {
        let id = o.id.clone();
        let compare = (!addon).then(|| {
            let (checked, toggled) = (id.clone(), id.clone());
            let input = format!("sc-compare-{i}");
            view! {
                <label class="sc-check">
                    <input id=input type="checkbox" prop:checked=move || t.compare.with(|c| c.contains(&checked)) on:change=move |_| {
                        t.compare.update(|c| {
                            if let Some(at) = c.iter().position(|x| *x == toggled) {
                                c.remove(at);
                            } else {
                                // The current plan and two others fit a narrow slot.
                                if c.len() == 2 {
                                    c.remove(0);
                                }
                                c.push(toggled.clone());
                            }
                        });
                    }/>
                    <span>{tr.t("tariff-compare")}</span>
                </label>
            }
        });
        let (label, text) = if addon { ("tariff-buy", tr.t("tariff-buy")) } else { ("tariff-choose", tr.t("tariff-choose")) };
        let choose = move |_| {
            t.when.set(When::Now);
            t.consent.set(false);
            t.key.set_value(new_key());
            t.go(config, Step::Review(id.clone()));
        };
        view! {
            <div class="sc-actions">
                {compare}
                <button class="sc-button" aria-label=tr.label(label, &[("plan", Arg::Text(&o.name))]) on:click=choose>{text}</button>
            </div>
        }
    });
    view! {
        <li class=if q.qualified { "sc-offer" } else { "sc-offer sc-unavailable" } aria-labelledby=labelled_by>
            <h4 id=heading class="sc-offer-name" translate="no">{o.name.clone()}</h4>
            <p class="sc-offer-price">{price_text(tr, o, currency)}</p>
            <p class="sc-catalogue">{o.description.clone()}</p>
            <p class="sc-muted">{terms}</p>
            {reasons}
            {actions}
        </li>
    }
}

/// Data, calls, texts, roaming: which the candidate has more (1) or less (-1) of.
fn gains(current: &Offering, other: &Offering) -> [(&'static str, i8); 4] {
    // Unlimited compares above any amount.
    let cmp = |a: Option<i64>, b: Option<i64>| -> i8 {
        let (a, b) = (a.unwrap_or(i64::MAX), b.unwrap_or(i64::MAX));
        (b > a) as i8 - (b < a) as i8
    };
    [
        ("tariff-row-data", cmp(current.data, other.data)),
        ("tariff-row-calls", cmp(current.voice, other.voice)),
        ("tariff-row-texts", cmp(current.sms, other.sms)),
        (
            "tariff-row-roaming",
            cmp(current.roaming_data, other.roaming_data),
        ),
    ]
}

/// The current plan and the compared ones side by side: a table with row and column headers.
fn comparison(
    tr: &Tr,
    current: &Offering,
    items: &[Qualification],
    currency: &str,
    chosen: &[String],
) -> Option<impl IntoView> {
    let others: Vec<&Offering> = chosen
        .iter()
        .filter_map(|id| items.iter().find(|q| q.offering.id == *id))
        .map(|q| &q.offering)
        .collect();
    if others.is_empty() {
        return None;
    }
    let columns: Vec<&Offering> = std::iter::once(current)
        .chain(others.iter().copied())
        .collect();
    let cell = |o: &Offering, row: usize| -> String {
        match row {
            0 => price_text(tr, o, currency),
            1 => allowance(tr, o.data, format::bytes),
            2 => allowance(tr, o.voice, format::minutes),
            3 => allowance(tr, o.sms, texts),
            4 => allowance(tr, o.roaming_data, format::bytes),
            5 => term_text(tr, o.term_months),
            _ => tr.t_with(
                "tariff-speed",
                &[
                    ("down", Arg::Number(f64::from(o.download_mbps))),
                    ("up", Arg::Number(f64::from(o.upload_mbps))),
                ],
            ),
        }
    };
    let rows = [
        "tariff-row-price",
        "tariff-row-data",
        "tariff-row-calls",
        "tariff-row-texts",
        "tariff-row-roaming",
        "tariff-row-term",
        "tariff-row-speed",
    ]
    .iter()
    .enumerate()
    .map(|(r, label)| {
        let cells = columns
            .iter()
            .map(|o| view! { <td>{cell(o, r)}</td> })
            .collect_view();
        view! { <tr><th scope="row">{tr.t(label)}</th>{cells}</tr> }
    })
    .collect_view();
    let change_rows = [("tariff-row-gained", 1i8), ("tariff-row-lost", -1)]
        .iter()
        .map(|(label, sign)| {
            let cells = others
                .iter()
                .map(|o| {
                    let words: Vec<String> = gains(current, o)
                        .iter()
                        .filter(|(_, g)| g == sign)
                        .map(|(id, _)| tr.t(id))
                        .collect();
                    let text = if words.is_empty() {
                        tr.t("tariff-nothing")
                    } else {
                        format::list(&tr.fl, &words)
                    };
                    view! { <td>{text}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{tr.t(label)}</th><td>"—"</td>{cells}</tr> }
        })
        .collect_view();
    let heads = others
        .iter()
        .map(|o| view! { <th scope="col" translate="no">{o.name.clone()}</th> })
        .collect_view();
    Some(view! {
        <div class="sc-table-wrap" tabindex="0" role="region" aria-labelledby="sc-compare-caption">
            <table class="sc-table sc-compare">
                <caption id="sc-compare-caption">{tr.t("tariff-comparison")}</caption>
                <thead><tr><td></td><th scope="col">{tr.t("tariff-col-current")}</th>{heads}</tr></thead>
                <tbody>{rows}{change_rows}</tbody>
            </table>
        </div>
    })
}

fn review(
    config: WidgetConfig,
    t: Tariff,
    data: UsageData,
    tr: &Tr,
    o: &OffersResponse,
    id: &str,
) -> Option<impl IntoView> {
    let q = o
        .plans
        .iter()
        .chain(&o.addons)
        .find(|q| q.offering.id == id)?;
    let offering = &q.offering;
    let l = &tr.fl;
    let currency = o.currency.as_str();
    let when = t.when.get();
    let quote = q
        .quotes
        .iter()
        .find(|x| x.when == when)
        .or(q.quotes.first())?
        .clone();
    let choices = (q.quotes.len() > 1).then(|| {
        let options = q
            .quotes
            .iter()
            .map(|x| {
                let (label, detail) = match x.when {
                    When::Now => (tr.t("tariff-when-now"), one_off_text(tr, currency, x.one_time, false, Some(x.days_charged))),
                    When::NextCycle => (String::new(), tr.t_with("tariff-when-next", &[("date", Arg::Text(&format::date(l, &x.effective_date)))])),
                };
                let value = x.when;
                let input = if value == When::Now { "sc-when-now" } else { "sc-when-next" };
                view! {
                    <label class="sc-check">
                        <input id=input type="radio" name="sc-when" prop:checked=value == quote.when on:change=move |_| {
                            t.when.set(value);
                            focus_later(config, if value == When::Now { "#sc-when-now" } else { "#sc-when-next" });
                        }/>
                        <span><strong>{label}</strong>" "{detail}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="sc-fieldset">
                <legend>{tr.t("tariff-when")}</legend>
                {options}
            </fieldset>
        }
    });
    let prepaid = offering.payment == Payment::Prepaid;
    // A plan's change now is prorated over the days left; an add-on is its price.
    let days = (quote.when == When::Now && !offering.is_addon).then_some(quote.days_charged);
    let one_time = one_off_text(tr, currency, quote.one_time, prepaid, days);
    let price = (!offering.is_addon).then(|| price_text(tr, offering, currency));
    let duration = match offering.validity_days {
        Some(days) => tr.t_with("tariff-validity", &[("days", Arg::Number(f64::from(days)))]),
        None => term_text(tr, offering.term_months),
    };
    let renewal = match (offering.is_addon, offering.payment) {
        (true, _) => "tariff-renewal-addon",
        (false, Payment::Prepaid) => "tariff-renewal-prepaid",
        (false, Payment::Postpaid) => "tariff-renewal-postpaid",
    };
    let allowances = tr.t_with(
        "tariff-allowances",
        &[
            (
                "data",
                Arg::Text(&allowance(tr, offering.data, format::bytes)),
            ),
            (
                "calls",
                Arg::Text(&allowance(tr, offering.voice, format::minutes)),
            ),
            ("texts", Arg::Text(&allowance(tr, offering.sms, texts))),
            (
                "roaming",
                Arg::Text(&allowance(tr, offering.roaming_data, format::bytes)),
            ),
        ],
    );
    let speeds = tr.t_with(
        "tariff-speed",
        &[
            ("down", Arg::Number(f64::from(offering.download_mbps))),
            ("up", Arg::Number(f64::from(offering.upload_mbps))),
        ],
    );
    let mut summary = vec![
        (
            "tariff-summary-service",
            format!("{}. {}", offering.name, offering.description),
        ),
        ("tariff-summary-one-time", one_time),
        (
            "tariff-summary-start",
            format::date(l, &quote.effective_date),
        ),
        ("tariff-summary-duration", duration),
        ("tariff-summary-renewal", tr.t(renewal)),
        ("tariff-summary-allowances", allowances),
        ("tariff-summary-speeds", speeds),
    ];
    if let Some(price) = price {
        // The promotion's difference first, then the difference at the full price.
        let after =
            quote.difference + offering.price - offering.promo_price.unwrap_or(offering.price);
        let difference = promo_then(
            tr,
            offering,
            difference_text(tr, currency, prepaid, quote.difference),
            difference_text(tr, currency, prepaid, after),
        );
        summary.insert(1, ("tariff-summary-price", price));
        summary.insert(2, ("tariff-summary-difference", difference));
    }
    // The service is the catalogue's own copy (in the customer's language, from the server).
    let summary = summary
        .into_iter()
        .map(|(label, value)| {
            let class = if label == "tariff-summary-service" {
                "sc-catalogue"
            } else {
                ""
            };
            // Amounts and dates are data, as elsewhere.
            let data = if matches!(label, "tariff-summary-one-time" | "tariff-summary-start") {
                "no"
            } else {
                "yes"
            };
            view! { <div><dt>{tr.t(label)}</dt><dd class=class translate=data>{value}</dd></div> }
        })
        .collect_view();
    let (confirm, confirming) = (tr.t("tariff-confirm"), tr.t("tariff-confirming"));
    let body = crate::api::form(&[
        ("line_id", &o.line_id),
        ("offering_id", &offering.id),
        (
            "when",
            if quote.when == When::Now {
                "now"
            } else {
                "next-cycle"
            },
        ),
        ("expected_one_time", &quote.one_time.to_string()),
        ("expected_recurring", &quote.recurring.to_string()),
        ("channel", config.channel()),
        ("lang", &tr.fl),
    ]);
    let ordered = offering.clone();
    let submit = move |_| {
        if t.busy.get_untracked() {
            return; // a second click while the first is on its way
        }
        if !t.consent.get_untracked() {
            t.error.set(Some(ErrorId::ConsentRequired));
            return;
        }
        t.busy.set(true);
        t.error.set(None);
        let body = format!("{body}&consent=true&idempotency_key={}", t.key.get_value());
        let ordered = ordered.clone();
        leptos::task::spawn_local(async move {
            let result = place_order(config, body).await;
            t.busy.set(false);
            match result {
                Ok(order) => {
                    let event = if order.action == OrderAction::Add {
                        "selfcare:addon-added"
                    } else {
                        "selfcare:tariff-changed"
                    };
                    config.host.try_with_value(|h| {
                        dispatch(
                            h,
                            event,
                            &[("order", &order.id), ("effective", &order.effective_date)],
                        )
                    });
                    data.refresh();
                    t.go(config, Step::Receipt(order, ordered));
                }
                Err(e) => {
                    config.host.try_with_value(|h| {
                        dispatch(h, "selfcare:error", &[("error", error_message(e))])
                    });
                    if matches!(
                        e,
                        ErrorId::NotEligible | ErrorId::PriceChanged | ErrorId::Conflict
                    ) {
                        // The offers changed: show them again with their reasons and prices.
                        t.offers.refetch();
                    }
                    t.error.set(Some(e));
                    focus_later(config, ".sc-tariff .sc-error");
                }
            }
        });
    };
    // A failed order shows why, with a retry that sends the same idempotency key: if the
    // first attempt did reach the server, the retry gets that order rather than a second one.
    let retry = submit.clone();
    let error = t.error.get().map(|e| {
        error_alert(
            tr,
            e,
            (e != ErrorId::ConsentRequired)
                .then(|| Box::new(retry.clone()) as Box<dyn Fn(leptos::ev::MouseEvent)>),
        )
    });
    Some(view! {
        <h4 class="sc-offer-name" translate="no">{offering.name.clone()}</h4>
        {choices}
        <section class="sc-summary" aria-labelledby="sc-summary-title">
            <h4 id="sc-summary-title" class="sc-section-title">{tr.t("tariff-summary-title")}</h4>
            <dl class="sc-details">{summary}</dl>
        </section>
        <label class="sc-check">
            <input id="sc-consent" type="checkbox" prop:checked=move || t.consent.get() on:change=move |e| t.consent.set(event_target_checked(&e))/>
            <span>{tr.t("tariff-consent")}</span>
        </label>
        {error}
        <button class="sc-button sc-confirm" aria-disabled=move || (!t.consent.get() || t.busy.get()).to_string() on:click=submit>
            {move || if t.busy.get() { confirming.clone() } else { confirm.clone() }}
        </button>
    })
}

fn receipt(tr: &Tr, order: &ProductOrder, offering: &Offering) -> impl IntoView {
    let l = &tr.fl;
    let scheduled = order.completion_date.is_none();
    let status = if scheduled {
        tr.t_with(
            "tariff-receipt-scheduled",
            &[("date", Arg::Text(&format::date(l, &order.effective_date)))],
        )
    } else {
        tr.t("tariff-receipt-done")
    };
    let mut rows = vec![
        (tr.t("tariff-receipt-reference"), order.id.clone()),
        (tr.t("tariff-summary-service"), offering.name.clone()),
        (
            tr.t("tariff-receipt-effective"),
            format::date(l, &order.effective_date),
        ),
        (
            tr.t("tariff-summary-one-time"),
            one_off_text(
                tr,
                &order.currency,
                order.one_time,
                offering.payment == Payment::Prepaid,
                None,
            ),
        ),
    ];
    if order.recurring.is_some() {
        rows.push((
            tr.t("tariff-receipt-monthly"),
            price_text(tr, offering, &order.currency),
        ));
    }
    let rows = rows
        .into_iter()
        .map(|(k, v)| view! { <div><dt>{k}</dt><dd translate="no">{v}</dd></div> })
        .collect_view();
    view! {
        <div class="sc-receipt" role="status">
            <p>{status}</p>
            <dl class="sc-details">{rows}</dl>
        </div>
    }
}
