//! The chat's views (and, through `Chat::ensure_open`, its stream), in the part of the application
//! loaded when the chat is first opened (`parts.rs`); the state is the parent module's.

use super::*;

/// The chat region, rendered whole from a snapshot of the conversation (options rather than
/// type-erased views, one reactive closure: each of those costs the bundle). Rebuilding keeps
/// the DOM nodes that stay, so focus and what is being typed survive new messages.
pub fn chat_body(
    config: WidgetConfig,
    chat: Chat,
    shared: crate::app::Shared,
    tr: &Tr,
) -> impl IntoView {
    // The flows a card opens, when the host asked for them, and the tab they are in.
    let features = config.features.get_untracked();
    let tariff = features.tariffs.then_some(shared.tariff);
    let locator = features.stores.then_some(shared.locator);
    let tab = shared.tab;
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    let submit = move || {
        let Some(input) = input(config) else { return };
        let text = input.value();
        input.set_value("");
        chat.send(config, text, None);
    };
    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        submit();
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        // Enter sends; Shift+Enter is a new line; nothing while an IME composes a character.
        if e.key() == "Enter" && !e.shift_key() && !e.is_composing() && e.key_code() != 229 {
            e.prevent_default();
            submit();
        }
    };
    let ctx = Ctx {
        config,
        chat,
        tariff,
        locator,
        tab,
    };
    // A new usage card with another balance than the usage view's (a top-up here): the view
    // fetches it again, once per card.
    let seen = StoredValue::new(0i64);
    Effect::new(move |_| {
        chat.cards.with(|cards| {
            let newest = cards
                .iter()
                .filter(|(seq, _)| *seq > seen.get_value())
                .max_by_key(|(seq, _)| *seq);
            if let Some((seq, CardData::Usage(Ok(UsageResponse { line: Some(l), .. })))) = newest {
                seen.set_value(*seq);
                shared
                    .usage
                    .balance_seen(&l.cycle.line_id, l.contract.prepaid_balance.as_ref());
            }
        })
    });
    move || {
        let state = chat.state.get();
        let quiet = chat.outbox.with(Vec::is_empty);
        // The browser's zone, read once a render for every message's time.
        let zone = local_zone();
        let items = chat.messages.with(|messages| {
            chat.cards.with(|cards| {
                let latest = messages.last().map(|m| m.seq);
                messages
                    .iter()
                    .map(|m| {
                        let data = cards.iter().find(|(seq, _)| *seq == m.seq).map(|(_, d)| d);
                        let replies = if Some(m.seq) == latest && quiet {
                            m.replies.as_slice()
                        } else {
                            &[]
                        };
                        message(ctx, &tr, &zone, m, data, replies)
                    })
                    .collect_view()
            })
        });
        let pending = chat.outbox.with(|outbox| {
            outbox
                .iter()
                .map(|o| outgoing(config, chat, &tr, o))
                .collect_view()
        });
        let typing = match chat.typing.get() {
            Some(name) => Some(tr.t_with("chat-advisor-typing", &[("name", Arg::Text(&name))])),
            None => (chat.waiting.get() && chat.conversation.with(Option::is_some))
                .then(|| tr.t("chat-typing")),
        };
        let closed = state == ChatState::Closed;
        let leave = state == ChatState::LeaveMessage;
        view! {
            <section class="sc-chat" aria-labelledby="sc-chat-title">
                <h3 id="sc-chat-title" class="sc-section-title" tabindex="-1">{tr.t("chat-title")}</h3>
                {chat.error.get().map(|e| error_alert(&tr, e, Some(Box::new(move |_| chat.ensure_open(config, chat.lang.get_value())))))}
                <ol class="sc-chat-log" aria-label=tr.attr("chat-log", "aria-label") tabindex="0">{items}{pending}</ol>
                {typing.map(|t| view! { <p class="sc-typing" aria-hidden="true">{t}</p> })}
                <div class="sc-visually-hidden" role="status" aria-live="polite">{chat.announce.get()}</div>
                {leave.then(|| view! { <p class="sc-notice" id="sc-chat-hint">{tr.t("chat-leave-message")}</p> })}
                {(!closed).then(|| view! {
                    <form class="sc-chat-form" on:submit=on_submit>
                        <label class="sc-visually-hidden" for="sc-chat-input">{tr.t("chat-input")}</label>
                        <textarea id="sc-chat-input" class="sc-chat-input" rows="2" maxlength="2000" dir="auto"
                            aria-describedby=leave.then_some("sc-chat-hint") on:keydown=on_keydown></textarea>
                        <button type="submit" class="sc-button sc-primary">{tr.t("chat-send")}</button>
                    </form>
                    <button class="sc-button sc-link sc-chat-end" on:click=move |_| chat.end(config)>{tr.t("chat-end")}</button>
                })}
                {closed.then(|| view! {
                    <button class="sc-button sc-chat-new" on:click=move |_| {
                        chat.reset();
                        chat.ensure_open(config, chat.lang.get_value());
                        focus_later(config, ".sc-chat-input");
                    }>{tr.t("chat-new")}</button>
                })}
            </section>
        }
    }
}

/// The composer's text field.
fn input(config: WidgetConfig) -> Option<web_sys::HtmlTextAreaElement> {
    config
        .host
        .try_with_value(|h| h.shadow_root())
        .flatten()?
        .query_selector(".sc-chat-input")
        .ok()??
        .dyn_into()
        .ok()
}

fn outgoing(config: WidgetConfig, chat: Chat, tr: &Tr, o: &Outgoing) -> impl IntoView {
    let again = o.clone();
    let failed = o.failed.map(|error| {
        view! {
            <div class="sc-msg-status sc-msg-failed" role="alert">
                <span>{tr.t("chat-not-sent")}" "{tr.t(error_message(error))}</span>
                <button class="sc-button sc-link" on:click=move |_| {
                    chat.outbox.update(|x| if let Some(y) = x.iter_mut().find(|y| y.client_id == again.client_id) { y.failed = None });
                    chat.post(config, Outgoing { failed: None, ..again.clone() });
                }>{tr.t("chat-resend")}</button>
            </div>
        }
    });
    view! {
        <li class="sc-msg sc-msg-customer sc-msg-pending">
            <p class="sc-msg-meta"><span class="sc-msg-author">{tr.t("chat-you")}</span></p>
            <p class="sc-msg-text" dir="auto">{o.text.clone()}</p>
            {o.failed.is_none().then(|| view! { <p class="sc-msg-status">{tr.t("chat-sending")}</p> })}
            {failed}
        </li>
    }
}

fn author_label(tr: &Tr, m: &ChatMessage) -> String {
    match m.author {
        Author::Customer => tr.t("chat-you"),
        Author::Assistant => tr.t("chat-assistant"),
        Author::Advisor => m.name.clone().unwrap_or_else(|| tr.t("chat-advisor")),
        Author::System => tr.t("chat-event"),
    }
}

fn message(
    ctx: Ctx,
    tr: &Tr,
    zone: &str,
    m: &ChatMessage,
    data: Option<&CardData>,
    replies: &[QuickReply],
) -> impl IntoView {
    let Ctx { config, chat, .. } = ctx;
    let class = match m.author {
        Author::Customer => "sc-msg sc-msg-customer",
        Author::Assistant => "sc-msg sc-msg-assistant",
        Author::Advisor => "sc-msg sc-msg-advisor",
        Author::System => "sc-msg sc-msg-system",
    };
    let time = format::time_in(&tr.fl, &m.at, zone, false, false);
    let sent = (m.author == Author::Customer)
        .then(|| view! { <span class="sc-msg-status">" · "{tr.t("chat-sent")}</span> });
    let replies = replies
        .iter()
        .map(|r| {
            let (label, intent) = (r.label.clone(), r.intent.clone());
            view! { <button class="sc-button sc-quick" dir="auto" on:click=move |_| chat.send(config, label.clone(), Some(intent.clone()))>{r.label.clone()}</button> }
        })
        .collect_view();
    let card = m.card.as_ref().map(|c| card_view(ctx, tr, m.seq, c, data));
    view! {
        <li class=class>
            <p class="sc-msg-meta"><span class="sc-msg-author">{author_label(tr, m)}</span>" "<time datetime=m.at.clone()>{time}</time>{sent}</p>
            <p class="sc-msg-text" dir="auto">{m.text.clone()}</p>
            {card}
            <div class="sc-quick-replies">{replies}</div>
        </li>
    }
}

/// The browser's own time zone, for message times.
fn local_zone() -> String {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|z| z.as_string())
        .unwrap_or_else(|| "UTC".into())
}

/// What a card shows, fetched once when its message arrives.
#[derive(Clone)]
pub enum CardData {
    Usage(Result<UsageResponse, ErrorId>),
    Plans(Result<OffersResponse, ErrorId>),
    Stores(Result<StoresResponse, ErrorId>),
}

/// Fetches what the card of message `seq` shows, through the widget's usual server functions.
/// `live`: a new answer, shown at the end of the log; else a card of the history the
/// customer asked for, which stays where it is.
pub(super) fn load_card(
    config: WidgetConfig,
    chat: Chat,
    seq: i64,
    card: Card,
    lang: &'static str,
    live: bool,
) {
    chat.asked.update(|a| a.push(seq));
    // Names in the conversation's language and the country's digits ("ar-EG": "سهل ٤٠").
    let locale = crate::i18n::names_locale(config, lang);
    leptos::task::spawn_local(async move {
        let lang = locale.as_str();
        let data = match card.kind {
            CardKind::Usage | CardKind::Balance => {
                CardData::Usage(get_usage(config, None, lang).await)
            }
            CardKind::Plans | CardKind::ChangePlan | CardKind::Addons => {
                CardData::Plans(match get_usage(config, None, lang).await {
                    Ok(UsageResponse { line: Some(l), .. }) => {
                        get_offers(config, l.cycle.line_id, config.channel(), lang).await
                    }
                    Ok(_) => Err(ErrorId::LineNotFound),
                    Err(e) => Err(e),
                })
            }
            CardKind::Stores => {
                let Some(place) = card.place else { return };
                let (lat, lon) = (number_text(place.lat), number_text(place.lon));
                let mut args = vec![
                    ("lat", lat.as_str()),
                    ("lon", lon.as_str()),
                    ("radius_m", "50000"),
                    ("limit", "3"),
                    ("open_now", "false"),
                    ("lang", lang),
                ];
                args.push((
                    "in_stock",
                    if card.sku.is_some() { "true" } else { "false" },
                ));
                if let Some(s) = &card.sku {
                    args.push(("sku", s));
                }
                CardData::Stores(public(config, FindStores::PATH, &form(&args)).await)
            }
            _ => return,
        };
        chat.cards.update(|c| c.push((seq, data)));
        if live {
            scroll_to_end(config);
        }
    });
}

/// A card under a message: an article, or what `data` holds, with the way on to the full view.
fn card_view(ctx: Ctx, tr: &Tr, seq: i64, c: &Card, data: Option<&CardData>) -> impl IntoView {
    let Ctx {
        config,
        chat,
        tariff,
        locator,
        tab,
    } = ctx;
    let article = (c.kind == CardKind::Article).then(|| {
        let paragraphs = c.body.as_deref().unwrap_or_default().split('\n').map(|p| view! { <p>{p.to_owned()}</p> }).collect_view();
        view! { <div class="sc-card sc-article" dir="auto"><p class="sc-card-title">{c.title.clone()}</p>{paragraphs}</div> }
    });
    let fetched = !matches!(
        c.kind,
        CardKind::Article | CardKind::Queue | CardKind::Rating
    );
    // A card of the history is filled when the customer asks for it.
    let asked = chat.asked.with(|a| a.contains(&seq));
    let show = (fetched && !asked).then(|| {
        let (card, lang) = (c.clone(), chat.lang.get_value());
        view! { <button class="sc-button sc-secondary sc-card-show" on:click=move |_| load_card(config, chat, seq, card.clone(), lang, false)>{tr.t("chat-card-show")}</button> }
    });
    let loading = fetched && asked && data.is_none();
    let error = match data {
        Some(CardData::Usage(Err(e)) | CardData::Plans(Err(e)) | CardData::Stores(Err(e))) => {
            Some(tr.t(error_message(*e)))
        }
        _ => None,
    };
    let usage = match data {
        Some(CardData::Usage(Ok(u))) => u.line.as_ref().map(|l| {
            let prepaid = l.cycle.payment == Payment::Prepaid;
            // The allowance asked about ("how much data is left"), the rest one tap away.
            // After a top-up, the balance alone.
            let only_balance = c.kind == CardKind::Balance;
            let meters = l.cycle.buckets.iter().enumerate().filter(|(_, b)| !only_balance && c.meter.is_none_or(|m| b.usage_type == m)).map(|(i, b)| bucket_meter(tr, b, 100 + i, prepaid)).collect_view();
            let more = (c.meter.is_some() || only_balance).then(|| view! { <button class="sc-link" on:click=move |_| tab.set(Some(Tab::Usage))>{tr.t("chat-usage-more")}</button> });
            // A prepaid line's balance.
            let balance = l.contract.prepaid_balance.as_ref().filter(|_| c.meter.is_none()).map(|b| {
                let expires = tr.t_with("usage-balance-expires", &[("date", Arg::Text(&format::date(&tr.fl, &b.expires_on)))]);
                view! { <p>{tr.t("usage-balance-title")}" "<strong translate="no">{format::money(&tr.fl, &u.profile.currency, b.amount)}</strong></p><p>{expires}</p> }
            });
            view! { {balance}<ul class="sc-buckets" role="list">{meters}</ul>{more} }
        }),
        _ => None,
    };
    let plans = match data {
        Some(CardData::Plans(Ok(o))) => {
            // Cheaper plans (up to `max_price`), any plan, or add-ons: the three cheapest that
            // can be taken (a few items: no sort routine in the bundle).
            let addons = c.kind == CardKind::Addons;
            let cheaper = c.kind == CardKind::Plans;
            let list = if addons { &o.addons } else { &o.plans };
            let other = |q: &Qualification| q.offering.id != o.current.id;
            let fits = |q: &Qualification| {
                other(q)
                    && (!cheaper
                        || q.offering.price < o.current.price
                            && c.max_price.is_none_or(|m| q.offering.price <= m))
            };
            let mut plans: Vec<&Qualification> = Vec::new();
            for q in list.iter().filter(|q| q.qualified && fits(q)) {
                let at = plans
                    .iter()
                    .position(|p| p.offering.price > q.offering.price)
                    .unwrap_or(plans.len());
                plans.insert(at, q);
                plans.truncate(3);
            }
            let items = plans.iter().map(|q| view! { <li><span dir="auto" translate="no">{q.offering.name.clone()}</span>" · "{price_text(tr, &q.offering, &o.currency)}</li> }).collect_view();
            // Nothing to show: why (what stops the customer, or that theirs is the cheapest).
            let why = plans.is_empty().then(|| {
                match list
                    .iter()
                    .filter(|q| !q.qualified && fits(q))
                    .find_map(|q| q.reasons.first())
                {
                    Some(r) => reason_text(tr, r),
                    None if addons => tr.t("tariff-none-addons"),
                    None if cheaper
                        && !list
                            .iter()
                            .any(|q| other(q) && q.offering.price < o.current.price) =>
                    {
                        tr.t("chat-plans-cheapest")
                    }
                    None if cheaper => tr.t("chat-plans-none"),
                    None => tr.t("tariff-none"),
                }
            });
            let line = o.line_id.clone();
            let compare = tariff.map(|t| {
                view! {
                    <button class="sc-button" on:click=move |_| {
                        t.open(config, line.clone(), addons);
                        tab.set(Some(Tab::Usage));
                    }>{tr.t(if addons { "chat-addons-open" } else { "chat-plans-compare" })}</button>
                }
            });
            Some(
                view! { <ul class="sc-card-list">{items}</ul>{why.map(|w| view! { <p>{w}</p> })}{compare} },
            )
        }
        _ => None,
    };
    let stores = match (data, &c.place) {
        (Some(CardData::Stores(Ok(found))), Some(place)) => {
            let items = found
                .stores
                .iter()
                .map(|s| {
                    let stock = s.stock.as_ref().map(|k| {
                        let price = k.price.as_ref().map(|p| format!(" · {}", money_text(tr, p))).unwrap_or_default();
                        format!("{price} · {}", stock_text(tr, k.status, k.quantity))
                    });
                    view! {
                        <li>
                            <p class="sc-card-title" translate="no" dir="auto">{s.name.clone()}</p>
                            <p>{format::distance(&tr.fl, s.distance_m)}" · "{opening_text(tr, &s.opening, &s.time_zone)}{stock}</p>
                        </li>
                    }
                })
                .collect_view();
            let (place, sku) = (place.clone(), c.sku.clone());
            let open = locator.map(|l| {
                view! {
                    <button class="sc-button" on:click=move |_| {
                        l.show_place(&place, sku.clone());
                        tab.set(Some(Tab::Stores));
                        focus_later(config, "#sc-stores-title");
                    }>{tr.t("chat-stores-open")}</button>
                }
            });
            Some(
                view! { <ul class="sc-card-list">{items}</ul>{found.stores.is_empty().then(|| view! { <p>{tr.t("chat-stores-none")}</p> })}{open} },
            )
        }
        _ => None,
    };
    let class = match c.kind {
        CardKind::Usage | CardKind::Balance => "sc-card sc-usage-card",
        CardKind::Plans | CardKind::ChangePlan | CardKind::Addons => "sc-card sc-plans-card",
        _ => "sc-card sc-stores-card",
    };
    let filled = fetched.then(|| {
        view! {
            <div class=class>
                {show}
                {loading.then(|| view! { <p class="sc-loading">{tr.t("loading")}</p> })}
                {error.map(|e| view! { <p>{e}</p> })}
                {usage}
                {plans}
                {stores}
            </div>
        }
    });
    (
        article,
        filled,
        (c.kind == CardKind::Rating).then(|| rating(config, chat, tr)),
    )
}

/// 1 to 5 stars (a radio group) and an optional comment.
fn rating(config: WidgetConfig, chat: Chat, tr: &Tr) -> impl IntoView {
    let options = (1..=5)
        .map(|n: i64| {
            view! {
                <label class="sc-star">
                    <input type="radio" name="sc-rating" value=number_text(n as f64) />
                    <span>{tr.t_with("chat-rating-value", &[("stars", Arg::Number(n as f64))])}</span>
                </label>
            }
        })
        .collect_view();
    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        let Some(form_element) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let field = |selector: &str| form_element.query_selector(selector).ok().flatten();
        let stars = field("input:checked")
            .and_then(|i| i.get_attribute("value"))
            .unwrap_or_default();
        let comment = field("textarea")
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default();
        let Some((id, key)) = chat.conversation.get_untracked() else {
            return;
        };
        if stars.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let args = [
                ("conversation", id.as_str()),
                ("key", key.as_str()),
                ("rating", stars.as_str()),
                ("comment", comment.as_str()),
            ];
            match as_whoever::<Vec<ChatMessage>>(config, ChatRate::PATH, &form(&args)).await {
                Ok(m) => {
                    chat.rated.set(true);
                    chat.merge(config, m, true);
                }
                Err(e) => chat.error.set(Some(e)),
            }
        });
    };
    (!chat.rated.get_untracked()).then(|| {
        view! {
            <form class="sc-card sc-rating" on:submit=on_submit>
                <fieldset>
                    <legend>{tr.t("chat-rating-legend")}</legend>
                    {options}
                </fieldset>
                <label class="sc-field">
                    <span>{tr.t("chat-comment")}</span>
                    <textarea rows="2" maxlength="2000" dir="auto"></textarea>
                </label>
                <button type="submit" class="sc-button sc-primary">{tr.t("chat-rating-send")}</button>
            </form>
        }
    })
}
