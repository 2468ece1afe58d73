//! The chat panel: a conversation with the assistant and, on request, an advisor.
//!
//! Messages arrive on the conversation's event stream (`EventSource`, which reconnects by
//! itself and resumes after the last message id it saw) and in the answers to what the
//! customer sends; both are merged by sequence number, so nothing shows twice. Every text is
//! a text node (never markup) in an element with `dir="auto"`, so an Arabic message holding a
//! French plan name reads in the right order. New messages from the other side are read to
//! screen readers once, from a polite live region that holds only the latest of them.
//!
//! The assistant's cards are filled through the widget's usual server functions (usage,
//! offers, stores), so they show what the rest of the widget would.

use crate::api::{as_whoever, error_message, form, get_offers, get_usage, public};
use crate::app::{error_alert, focus_later, Tab};
use crate::config::WidgetConfig;
use crate::events::dispatch;
use crate::format;
use crate::i18n::Tr;
use crate::stores::{number_text, opening_text, stock_text, Locator};
use crate::tariff::{new_key, price_text, Tariff};
use crate::usage::bucket_meter;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{Author, Card, CardKind, ChatMessage, ChatState, Conversation, ErrorId, StoresResponse};
use selfcare_server_fns::chat::{ChatClose, ChatOpen, ChatRate, ChatSend};
use selfcare_server_fns::stores::FindStores;
use server_fn::ServerFn;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A message the customer sent that the server has not confirmed yet.
#[derive(Clone, PartialEq)]
struct Outgoing {
    client_id: String,
    text: String,
    intent: Option<String>,
    failed: Option<ErrorId>,
}

/// The chat's state: signals only, `Copy`.
#[derive(Clone, Copy)]
pub struct Chat {
    /// (conversation id, key).
    conversation: RwSignal<Option<(String, String)>>,
    state: RwSignal<ChatState>,
    messages: RwSignal<Vec<ChatMessage>>,
    outbox: RwSignal<Vec<Outgoing>>,
    draft: RwSignal<String>,
    waiting: RwSignal<bool>,
    error: RwSignal<Option<ErrorId>>,
    /// What the live region reads: the latest message from the other side.
    announce: RwSignal<String>,
    source: StoredValue<Option<web_sys::EventSource>, LocalStorage>,
}

impl Chat {
    pub fn new(config: WidgetConfig) -> Chat {
        let chat = Chat {
            conversation: RwSignal::new(None),
            state: RwSignal::new(ChatState::Assistant),
            messages: RwSignal::new(Vec::new()),
            outbox: RwSignal::new(Vec::new()),
            draft: RwSignal::new(String::new()),
            waiting: RwSignal::new(false),
            error: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            source: StoredValue::new_local(None),
        };
        // Another customer, or nobody: the conversation is gone from view and memory.
        Effect::new(move |ran: Option<()>| {
            config.auth_version.track();
            if ran.is_some() {
                chat.reset();
            }
        });
        chat
    }

    fn reset(&self) {
        self.source.update_value(|s| {
            if let Some(source) = s.take() {
                source.close();
            }
        });
        self.conversation.set(None);
        self.state.set(ChatState::Assistant);
        self.messages.set(Vec::new());
        self.outbox.set(Vec::new());
        self.draft.set(String::new());
        self.announce.set(String::new());
        self.error.set(None);
    }

    /// Opens the customer's conversation (or a new one) the first time the chat is shown.
    pub fn ensure_open(&self, config: WidgetConfig, lang: &'static str) {
        if self.conversation.get_untracked().is_some() || self.waiting.get_untracked() {
            return;
        }
        let chat = *self;
        chat.waiting.set(true);
        chat.error.set(None);
        leptos::task::spawn_local(async move {
            let mut args = vec![("lang", lang), ("channel", config.channel())];
            let country = config.country.get_untracked().unwrap_or_default();
            if !country.is_empty() {
                args.push(("country", &country));
            }
            let opened: Result<Conversation, ErrorId> = as_whoever(config, ChatOpen::PATH, &form(&args)).await;
            chat.waiting.set(false);
            match opened {
                Ok(c) => {
                    chat.state.set(c.state);
                    chat.conversation.set(Some((c.id, c.key)));
                    chat.merge(config, c.messages, false);
                    chat.listen(config);
                }
                Err(e) => chat.error.set(Some(e)),
            }
        });
    }

    /// Adds messages not seen yet, in sequence order; the other side's are announced.
    fn merge(&self, config: WidgetConfig, new: Vec<ChatMessage>, announce: bool) {
        let mut heard = Vec::new();
        self.messages.update(|list| {
            for m in new {
                if let Err(at) = list.binary_search_by_key(&m.seq, |x| x.seq) {
                    if m.author != Author::Customer {
                        heard.push(m.text.clone());
                    }
                    list.insert(at, m);
                }
            }
        });
        // Confirmed: no longer pending.
        let confirmed: Vec<String> = self.messages.with_untracked(|l| l.iter().filter_map(|m| m.client_id.clone()).collect());
        if self.outbox.with_untracked(|o| o.iter().any(|x| confirmed.contains(&x.client_id))) {
            self.outbox.update(|o| o.retain(|x| !confirmed.contains(&x.client_id)));
        }
        if announce && !heard.is_empty() {
            self.announce.set(heard.join(" "));
        }
        scroll_to_end(config);
    }

    /// The conversation's event stream: new messages and state changes, live.
    fn listen(&self, config: WidgetConfig) {
        let Some((id, key)) = self.conversation.get_untracked() else { return };
        let after = self.messages.with_untracked(|l| l.last().map_or(0, |m| m.seq));
        let url = format!(
            "{}/api/v1/chat/stream?{}",
            config.api_origin(),
            form(&[("conversation", &id), ("key", &key), ("after", &number_text(after as f64))])
        );
        let Ok(source) = web_sys::EventSource::new(&url) else { return };
        let chat = *self;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(m) = e.data().as_string().and_then(|d| miniserde::json::from_str::<ChatMessage>(&d).ok()) {
                chat.merge(config, vec![m], true);
            }
        });
        let on_state = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let state = e.data().as_string().and_then(|d| miniserde::json::from_str::<ChatState>(&format!("\"{d}\"")).ok());
            if let Some(state) = state {
                chat.set_state(config, state);
            }
        });
        let _ = source.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        let _ = source.add_event_listener_with_callback("state", on_state.as_ref().unchecked_ref());
        // The closures live as long as the page: one pair per conversation opened.
        on_message.forget();
        on_state.forget();
        self.source.set_value(Some(source));
    }

    fn set_state(&self, config: WidgetConfig, state: ChatState) {
        let before = self.state.get_untracked();
        if before == state {
            return;
        }
        self.state.set(state);
        if matches!(state, ChatState::Queued | ChatState::LeaveMessage) && !matches!(before, ChatState::Queued | ChatState::LeaveMessage) {
            let kind = if state == ChatState::Queued { "queue" } else { "message" };
            let id = self.conversation.get_untracked().map(|c| c.0).unwrap_or_default();
            config.host.with_value(|h| dispatch(h, "selfcare:chat-handoff", &[("conversation", &id), ("kind", kind)]));
        }
    }

    /// Sends the draft (or a quick reply's label with its intent).
    fn send(&self, config: WidgetConfig, text: String, intent: Option<String>) {
        let text = text.trim().to_owned();
        if text.is_empty() {
            return;
        }
        let out = Outgoing { client_id: new_key(), text, intent, failed: None };
        self.outbox.update(|o| o.push(out.clone()));
        self.post(config, out);
    }

    /// Posts a pending message; sending it again after a failure uses the same id, so the
    /// server writes it once.
    fn post(&self, config: WidgetConfig, out: Outgoing) {
        let Some((id, key)) = self.conversation.get_untracked() else { return };
        let chat = *self;
        chat.waiting.set(true);
        scroll_to_end(config);
        leptos::task::spawn_local(async move {
            let mut args = vec![("conversation", id.as_str()), ("key", key.as_str()), ("text", out.text.as_str()), ("client_id", out.client_id.as_str())];
            if let Some(intent) = &out.intent {
                args.push(("intent", intent));
            }
            let sent: Result<Vec<ChatMessage>, ErrorId> = as_whoever(config, ChatSend::PATH, &form(&args)).await;
            chat.waiting.set(false);
            match sent {
                Ok(messages) => {
                    chat.merge(config, messages, true);
                    if let Some(state) = self_state(&chat) {
                        chat.set_state(config, state);
                    }
                }
                Err(error) => {
                    chat.outbox.update(|o| {
                        if let Some(x) = o.iter_mut().find(|x| x.client_id == out.client_id) {
                            x.failed = Some(error);
                        }
                    });
                    config.host.with_value(|h| dispatch(h, "selfcare:error", &[("error", error_message(error))]));
                }
            }
        });
    }

    fn end(&self, config: WidgetConfig) {
        let Some((id, key)) = self.conversation.get_untracked() else { return };
        let chat = *self;
        leptos::task::spawn_local(async move {
            match as_whoever::<Vec<ChatMessage>>(config, ChatClose::PATH, &form(&[("conversation", &id), ("key", &key)])).await {
                Ok(messages) => {
                    chat.merge(config, messages, true);
                    chat.set_state(config, ChatState::Closed);
                    focus_later(config, ".sc-rating input");
                }
                Err(e) => chat.error.set(Some(e)),
            }
        });
    }
}

/// The state the latest system message implies, when the stream has not said it yet: the
/// queue card means queued.
fn self_state(chat: &Chat) -> Option<ChatState> {
    chat.messages.with_untracked(|l| {
        l.last().and_then(|m| match m.card.as_ref().map(|c| c.kind) {
            Some(CardKind::Queue) => Some(ChatState::Queued),
            _ => None,
        })
    })
}

fn scroll_to_end(config: WidgetConfig) {
    request_animation_frame(move || {
        if let Some(log) = config.host.with_value(|h| h.shadow_root()).and_then(|r| r.query_selector(".sc-chat-log").ok().flatten()) {
            log.set_scroll_top(log.scroll_height());
        }
    });
}

/// The chat region.
pub fn chat_body(config: WidgetConfig, chat: Chat, tariff: Option<Tariff>, locator: Option<Locator>, tab: RwSignal<Option<Tab>>, tr: &Tr) -> impl IntoView {
    let trs = send_wrapper::SendWrapper::new(tr.clone());
    let list = {
        let tr = trs.clone();
        view! {
            <For each=move || chat.messages.get() key=|m| m.seq let:m>
                {message(config, chat, tariff, locator, tab, &tr, m)}
            </For>
        }
    };
    let pending = {
        let tr = trs.clone();
        move || {
            chat.outbox
                .get()
                .into_iter()
                .map(|o| {
                    let status = match o.failed {
                        None => view! { <p class="sc-msg-status">{tr.t("chat-sending")}</p> }.into_any(),
                        Some(error) => {
                            let again = o.clone();
                            view! {
                                <div class="sc-msg-status sc-msg-failed" role="alert">
                                    <span>{tr.t("chat-not-sent")}" "{tr.t(error_message(error))}</span>
                                    <button class="sc-button sc-link" on:click=move |_| {
                                        chat.outbox.update(|x| if let Some(y) = x.iter_mut().find(|y| y.client_id == again.client_id) { y.failed = None });
                                        chat.post(config, Outgoing { failed: None, ..again.clone() });
                                    }>{tr.t("chat-resend")}</button>
                                </div>
                            }
                            .into_any()
                        }
                    };
                    view! {
                        <li class="sc-msg sc-msg-customer sc-msg-pending">
                            <span class="sc-visually-hidden">{tr.t("chat-you")}</span>
                            <p class="sc-msg-text" dir="auto">{o.text}</p>
                            {status}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let typing = {
        let tr = trs.clone();
        move || (chat.waiting.get() && chat.conversation.with(Option::is_some)).then(|| view! { <p class="sc-typing" aria-hidden="true">{tr.t("chat-typing")}</p> })
    };
    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        let text = chat.draft.get_untracked();
        chat.draft.set(String::new());
        chat.send(config, text, None);
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        // Enter sends; Shift+Enter is a new line; nothing while an IME composes a character.
        if e.key() == "Enter" && !e.shift_key() && !e.is_composing() && e.key_code() != 229 {
            e.prevent_default();
            let text = chat.draft.get_untracked();
            chat.draft.set(String::new());
            chat.send(config, text, None);
        }
    };
    let composer = {
        let tr = trs.clone();
        move || {
            let state = chat.state.get();
            if state == ChatState::Closed {
                return view! {
                    <button class="sc-button" on:click=move |_| {
                        chat.reset();
                        focus_later(config, ".sc-chat-input");
                    }>{tr.t("chat-new")}</button>
                }
                .into_any();
            }
            let hint = (state == ChatState::LeaveMessage).then(|| view! { <p class="sc-notice" id="sc-chat-hint">{tr.t("chat-leave-message")}</p> });
            view! {
                {hint}
                <form class="sc-chat-form" on:submit=on_submit>
                    <label class="sc-visually-hidden" for="sc-chat-input">{tr.t("chat-input")}</label>
                    <textarea id="sc-chat-input" class="sc-chat-input" rows="2" maxlength="2000" dir="auto"
                        aria-describedby=(state == ChatState::LeaveMessage).then_some("sc-chat-hint")
                        prop:value=move || chat.draft.get()
                        on:input=move |e| chat.draft.set(event_target_value(&e))
                        on:keydown=on_keydown></textarea>
                    <button type="submit" class="sc-button sc-primary">{tr.t("chat-send")}</button>
                </form>
                <button class="sc-button sc-link sc-chat-end" on:click=move |_| chat.end(config)>{tr.t("chat-end")}</button>
            }
            .into_any()
        }
    };
    let error = {
        let tr = trs.clone();
        move || chat.error.get().map(|e| error_alert(&tr, e, Some(move |_| chat.ensure_open(config, "en"))))
    };
    view! {
        <section class="sc-chat" aria-labelledby="sc-chat-title">
            <h3 id="sc-chat-title" class="sc-section-title" tabindex="-1">{tr.t("chat-title")}</h3>
            {error}
            <ol class="sc-chat-log" aria-label=tr.attr("chat-log", "aria-label") tabindex="0">
                {list}
                {pending}
            </ol>
            {typing}
            <div class="sc-visually-hidden" role="status" aria-live="polite">{move || chat.announce.get()}</div>
            {composer}
        </section>
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

fn message(config: WidgetConfig, chat: Chat, tariff: Option<Tariff>, locator: Option<Locator>, tab: RwSignal<Option<Tab>>, tr: &Tr, m: ChatMessage) -> impl IntoView {
    let class = match m.author {
        Author::Customer => "sc-msg sc-msg-customer",
        Author::Assistant => "sc-msg sc-msg-assistant",
        Author::Advisor => "sc-msg sc-msg-advisor",
        Author::System => "sc-msg sc-msg-system",
    };
    let time = format::time_in(&tr.fl, &m.at, &local_zone(), false, false);
    let sent = (m.author == Author::Customer).then(|| view! { <span class="sc-msg-status">" · "{tr.t("chat-sent")}</span> });
    // Choices only under the latest message: older ones no longer apply.
    let seq = m.seq;
    let choices = m.replies.clone();
    let replies = (!choices.is_empty()).then(|| {
        move || {
            let latest = chat.messages.with(|l| l.last().map(|x| x.seq)) == Some(seq) && chat.outbox.with(Vec::is_empty);
            latest.then(|| {
                choices
                    .iter()
                    .map(|r| {
                        let (label, intent) = (r.label.clone(), r.intent.clone());
                        view! { <button class="sc-button sc-quick" dir="auto" on:click=move |_| chat.send(config, label.clone(), Some(intent.clone()))>{r.label.clone()}</button> }
                    })
                    .collect_view()
            })
        }
    });
    let card = m.card.clone().map(|c| card_view(config, chat, tariff, locator, tab, tr, c));
    view! {
        <li class=class>
            <p class="sc-msg-meta"><span class="sc-msg-author">{author_label(tr, &m)}</span>" "<time datetime=m.at.clone()>{time}</time>{sent}</p>
            <p class="sc-msg-text" dir="auto">{m.text.clone()}</p>
            {card}
            <div class="sc-quick-replies">{replies}</div>
        </li>
    }
}

/// The browser's own time zone, for message times.
fn local_zone() -> String {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone")).ok().and_then(|z| z.as_string()).unwrap_or_else(|| "UTC".into())
}

/// A card, filled once by its own call when it is shown.
fn card_view(config: WidgetConfig, chat: Chat, tariff: Option<Tariff>, locator: Option<Locator>, tab: RwSignal<Option<Tab>>, tr: &Tr, c: Card) -> AnyView {
    let tr = tr.clone();
    match c.kind {
        CardKind::Article => view! {
            <div class="sc-card sc-article" dir="auto">
                <p class="sc-card-title">{c.title.clone()}</p>
                {c.body.clone().unwrap_or_default().split('\n').map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        CardKind::Usage => {
            let data = RwSignal::new(None);
            leptos::task::spawn_local(async move { data.set(Some(get_usage(config, None).await)) });
            let tr2 = send_wrapper::SendWrapper::new(tr.clone());
            view! {
                <div class="sc-card sc-usage-card">
                    {move || match data.get() {
                        None => view! { <p class="sc-loading">{tr2.t("loading")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p>{tr2.t(error_message(e))}</p> }.into_any(),
                        Some(Ok(u)) => {
                            let line = u.line.map(|l| {
                                let prepaid = l.cycle.payment == selfcare_server_fns::api::Payment::Prepaid;
                                l.cycle.buckets.iter().enumerate().map(|(i, b)| bucket_meter(&tr2, b, 100 + i, prepaid)).collect_view()
                            });
                            view! { <ul class="sc-buckets" role="list">{line}</ul> }.into_any()
                        }
                    }}
                </div>
            }
            .into_any()
        }
        CardKind::Plans => {
            let data = RwSignal::new(None);
            let lang = tr.fl.split('-').next().unwrap_or("en").to_owned();
            leptos::task::spawn_local(async move {
                let line = match get_usage(config, None).await {
                    Ok(u) => u.line.map(|l| l.cycle.line_id),
                    Err(e) => return data.set(Some(Err(e))),
                };
                let Some(line) = line else { return data.set(Some(Err(ErrorId::LineNotFound))) };
                let lang: &str = &lang;
                data.set(Some(get_offers(config, line, config.channel(), lang).await));
            });
            let tr2 = send_wrapper::SendWrapper::new(tr.clone());
            view! {
                <div class="sc-card sc-plans-card">
                    {move || match data.get() {
                        None => view! { <p class="sc-loading">{tr2.t("loading")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p>{tr2.t(error_message(e))}</p> }.into_any(),
                        Some(Ok(o)) => {
                            let current = o.current.price;
                            let mut plans: Vec<_> = o.plans.iter().filter(|q| q.qualified && q.offering.price < current && c.max_price.is_none_or(|m| q.offering.price <= m)).collect();
                            plans.sort_by_key(|q| q.offering.price);
                            let items = plans.iter().take(3).map(|q| view! {
                                <li><span dir="auto" translate="no">{q.offering.name.clone()}</span>" · "{price_text(&tr2, &q.offering, &o.currency)}</li>
                            }).collect_view();
                            let none = plans.is_empty().then(|| view! { <p>{tr2.t("chat-plans-none")}</p> });
                            let line = o.line_id.clone();
                            let compare = tariff.map(|t| view! {
                                <button class="sc-button" on:click=move |_| {
                                    t.open(config, line.clone(), false);
                                    tab.set(Some(Tab::Usage));
                                }>{tr2.t("chat-plans-compare")}</button>
                            });
                            view! { <ul class="sc-card-list">{items}</ul>{none}{compare} }.into_any()
                        }
                    }}
                </div>
            }
            .into_any()
        }
        CardKind::Stores => {
            let Some(place) = c.place.clone() else { return ().into_any() };
            let data = RwSignal::new(None);
            let (lat, lon) = (number_text(place.lat), number_text(place.lon));
            let sku = c.sku.clone();
            leptos::task::spawn_local(async move {
                let mut args = vec![("lat", lat.as_str()), ("lon", lon.as_str()), ("radius_m", "50000"), ("limit", "3"), ("open_now", "false")];
                args.push(("in_stock", if sku.is_some() { "true" } else { "false" }));
                if let Some(s) = &sku {
                    args.push(("sku", s));
                }
                let found: Result<StoresResponse, ErrorId> = public(config, FindStores::PATH, &form(&args)).await;
                data.set(Some(found));
            });
            let tr2 = send_wrapper::SendWrapper::new(tr.clone());
            view! {
                <div class="sc-card sc-stores-card">
                    {move || match data.get() {
                        None => view! { <p class="sc-loading">{tr2.t("loading")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p>{tr2.t(error_message(e))}</p> }.into_any(),
                        Some(Ok(found)) => {
                            let items = found.stores.iter().map(|s| {
                                let stock = s.stock.as_ref().map(|k| view! { <span>" · "{stock_text(&tr2, k.status, k.quantity)}</span> });
                                let distance = format::distance(&tr2.fl, s.distance_m);
                                view! {
                                    <li>
                                        <p class="sc-card-title" translate="no" dir="auto">{s.name.clone()}</p>
                                        <p>{distance}" · "{opening_text(&tr2, &s.opening, &s.time_zone)}{stock}</p>
                                    </li>
                                }
                            }).collect_view();
                            let none = found.stores.is_empty().then(|| view! { <p>{tr2.t("chat-stores-none")}</p> });
                            let (place, sku) = (place.clone(), c.sku.clone());
                            let open = locator.map(|l| view! {
                                <button class="sc-button" on:click=move |_| {
                                    l.show_place(&place, sku.clone());
                                    tab.set(Some(Tab::Stores));
                                    focus_later(config, "#sc-stores-title");
                                }>{tr2.t("chat-stores-open")}</button>
                            });
                            view! { <ul class="sc-card-list">{items}</ul>{none}{open} }.into_any()
                        }
                    }}
                </div>
            }
            .into_any()
        }
        CardKind::Rating => rating(config, chat, &tr).into_any(),
        CardKind::Queue => ().into_any(),
    }
}

/// 1 to 5 stars (a radio group) and an optional comment.
fn rating(config: WidgetConfig, chat: Chat, tr: &Tr) -> impl IntoView {
    let stars = RwSignal::new(0i64);
    let comment = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let labels: Vec<String> = (1..=5).map(|n| tr.t_with("chat-rating-value", &[("stars", Arg::Number(n as f64))])).collect();
    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        let Some((id, key)) = chat.conversation.get_untracked() else { return };
        let (n, text) = (stars.get_untracked(), comment.get_untracked());
        if n == 0 {
            return;
        }
        leptos::task::spawn_local(async move {
            let rating = number_text(n as f64);
            let sent: Result<Vec<ChatMessage>, ErrorId> = as_whoever(config, ChatRate::PATH, &form(&[("conversation", &id), ("key", &key), ("rating", &rating), ("comment", &text)])).await;
            match sent {
                Ok(m) => {
                    done.set(true);
                    chat.merge(config, m, true);
                }
                Err(e) => chat.error.set(Some(e)),
            }
        });
    };
    let tr = send_wrapper::SendWrapper::new(tr.clone());
    move || {
        (!done.get()).then(|| {
            view! {
                <form class="sc-card sc-rating" on:submit=on_submit>
                    <fieldset>
                        <legend>{tr.t("chat-rating-legend")}</legend>
                        {labels.iter().enumerate().map(|(i, label)| {
                            let n = i as i64 + 1;
                            view! {
                                <label class="sc-star">
                                    <input type="radio" name="sc-rating" value=number_text(n as f64) on:change=move |_| stars.set(n) />
                                    <span>{label.clone()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label class="sc-field">
                        <span>{tr.t("chat-comment")}</span>
                        <textarea rows="2" maxlength="2000" dir="auto" on:input=move |e| comment.set(event_target_value(&e))></textarea>
                    </label>
                    <button type="submit" class="sc-button sc-primary">{tr.t("chat-rating-send")}</button>
                </form>
            }
        })
    }
}
