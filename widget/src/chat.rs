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
use crate::app::Tab;
use crate::ui::{error_alert, focus_later};
use crate::config::{Mode, WidgetConfig};
use crate::events::dispatch;
use crate::format;
use crate::i18n::Tr;
use crate::stores::{money_text, number_text, opening_text, stock_text, Locator};
use crate::tariff::{new_key, price_text, reason_text, Tariff};
use crate::usage::bucket_meter;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{Author, Card, CardKind, ChatMessage, ChatState, Conversation, ErrorId, OffersResponse, Payment, Qualification, QuickReply, StoresResponse, UsageResponse};
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

/// An open event stream and the listeners it calls.
struct Stream {
    source: web_sys::EventSource,
    _listeners: [Closure<dyn FnMut(web_sys::MessageEvent)>; 3],
}

/// The chat's state: signals only, `Copy`.
#[derive(Clone, Copy)]
pub struct Chat {
    /// (conversation id, key).
    conversation: RwSignal<Option<(String, String)>>,
    state: RwSignal<ChatState>,
    messages: RwSignal<Vec<ChatMessage>>,
    outbox: RwSignal<Vec<Outgoing>>,
    /// What the cards show, by message `seq`, fetched once.
    cards: RwSignal<Vec<(i64, CardData)>>,
    /// The cards asked for (by `seq`): those of new answers at once, those of the history a
    /// resumed conversation shows only when the customer asks ("Show") — opening the chat
    /// fetches no usage, offers or shops.
    asked: RwSignal<Vec<i64>>,
    rated: RwSignal<bool>,
    waiting: RwSignal<bool>,
    error: RwSignal<Option<ErrorId>>,
    /// What the live region reads: the latest message from the other side.
    announce: RwSignal<String>,
    /// The advisor who is typing, for a few seconds after they said so.
    typing: RwSignal<Option<String>>,
    /// The stream and its listeners: closing it drops them (nothing outlives the widget).
    source: StoredValue<Option<Stream>, LocalStorage>,
    /// The language the conversation was opened in (for the cards' texts).
    lang: StoredValue<&'static str>,
    /// The chat's views and stream, loaded when the customer first points at its tab.
    pub part: crate::parts::Part<crate::parts::ChatPart>,
}

impl Chat {
    pub fn new(config: WidgetConfig) -> Chat {
        let chat = Chat {
            conversation: RwSignal::new(None),
            state: RwSignal::new(ChatState::Assistant),
            messages: RwSignal::new(Vec::new()),
            outbox: RwSignal::new(Vec::new()),
            cards: RwSignal::new(Vec::new()),
            asked: RwSignal::new(Vec::new()),
            rated: RwSignal::new(false),
            waiting: RwSignal::new(false),
            error: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            typing: RwSignal::new(None),
            source: StoredValue::new_local(None),
            lang: StoredValue::new("en"),
            part: crate::parts::chat(),
        };
        // Another customer, or nobody: the conversation is gone from view and memory.
        Effect::new(move |ran: Option<()>| {
            config.auth_version.track();
            if ran.is_some() {
                chat.reset();
            }
        });
        // The widget removed (a single-page app navigating): its stream ends with it, or it
        // would hold one of the browser's few connections to the server for good.
        on_cleanup(move || chat.close_stream());
        chat
    }

    /// Stops listening to the conversation's stream.
    fn close_stream(&self) {
        if let Some(stream) = self.source.try_update_value(Option::take).flatten() {
            stream.source.close();
        }
    }

    fn reset(&self) {
        self.close_stream();
        self.conversation.set(None);
        self.state.set(ChatState::Assistant);
        self.messages.set(Vec::new());
        self.outbox.set(Vec::new());
        self.cards.set(Vec::new());
        self.asked.set(Vec::new());
        self.rated.set(false);
        self.announce.set(String::new());
        self.typing.set(None);
        self.error.set(None);
    }

    /// Opens the customer's conversation (or a new one) the first time the chat is shown, in
    /// `lang`: the screen's language, which every message sent from now on carries too.
    pub fn ensure_open(&self, config: WidgetConfig, lang: &'static str) {
        self.lang.set_value(lang);
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
            // A kiosk's shop: its advisors can come to the customer.
            let store = config.store.get_untracked().filter(|_| config.mode.get_untracked() == Mode::Kiosk).unwrap_or_default();
            if !store.is_empty() {
                args.push(("store", &store));
            }
            let opened: Result<Conversation, ErrorId> = as_whoever(config, ChatOpen::PATH, &form(&args)).await;
            chat.waiting.set(false);
            match opened {
                Ok(c) => {
                    chat.state.set(c.state);
                    chat.conversation.set(Some((c.id, c.key)));
                    chat.merge(config, c.messages, false);
                    chat.listen(config);
                    // What the customer wrote while it opened goes now.
                    for out in chat.outbox.get_untracked().into_iter().filter(|o| o.failed.is_none()) {
                        chat.post(config, out);
                    }
                }
                Err(e) => chat.error.set(Some(e)),
            }
        });
    }

    /// Adds messages not seen yet, in sequence order; the other side's are announced, and
    /// their cards fetched.
    fn merge(&self, config: WidgetConfig, new: Vec<ChatMessage>, announce: bool) {
        let mut heard = Vec::new();
        let lang = self.lang.get_value();
        let chat = *self;
        self.messages.update(|list| {
            for m in new {
                if let Err(at) = list.binary_search_by_key(&m.seq, |x| x.seq) {
                    if m.author != Author::Customer {
                        heard.push(m.text.clone());
                    }
                    if m.author == Author::Advisor {
                        chat.typing.set(None);
                    }
                    if let Some(card) = m.card.clone().filter(|_| announce) {
                        load_card(config, chat, m.seq, card, lang, true);
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
        let typing = self.typing;
        let on_typing = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            typing.set(e.data().as_string());
            set_timeout(move || typing.set(None), std::time::Duration::from_secs(6));
        });
        let listeners = [on_message, on_state, on_typing];
        for (event, listener) in ["message", "state", "typing"].into_iter().zip(&listeners) {
            let _ = source.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        self.close_stream();
        self.source.set_value(Some(Stream { source, _listeners: listeners }));
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
            config.host.try_with_value(|h| dispatch(h, "selfcare:chat-handoff", &[("conversation", &id), ("kind", kind)]));
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
        let lang = chat.lang.get_value();
        leptos::task::spawn_local(async move {
            let mut args = vec![("conversation", id.as_str()), ("key", key.as_str()), ("text", out.text.as_str()), ("client_id", out.client_id.as_str()), ("lang", lang)];
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
                    config.host.try_with_value(|h| dispatch(h, "selfcare:error", &[("error", error_message(error))]));
                }
            }
        });
    }

    /// A kiosk session ends: the stream stops and the conversation is closed on the server
    /// with the token the session had (the session's state is disposed of right after).
    #[cfg(feature = "kiosk")]
    pub fn leave(&self, config: WidgetConfig) {
        use crate::api::post;
        self.close_stream();
        let Some((id, key)) = self.conversation.get_untracked() else { return };
        let token = config.session_token.get_untracked();
        leptos::task::spawn_local(async move {
            let _ = post::<Vec<ChatMessage>>(config, ChatClose::PATH, &form(&[("conversation", &id), ("key", &key)]), token.as_deref()).await;
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
        if let Some(log) = config.host.try_with_value(|h| h.shadow_root()).flatten().and_then(|r| r.query_selector(".sc-chat-log").ok().flatten()) {
            log.set_scroll_top(log.scroll_height());
        }
    });
}

/// What a message's view needs besides the message: the widget and the views a card leads to.
#[derive(Clone, Copy)]
struct Ctx {
    config: WidgetConfig,
    chat: Chat,
    tariff: Option<Tariff>,
    locator: Option<Locator>,
    tab: RwSignal<Option<Tab>>,
}

/// The chat region, rendered whole from a snapshot of the conversation (options rather than
/// type-erased views, one reactive closure: each of those costs the bundle). Rebuilding keeps
/// the DOM nodes that stay, so focus and what is being typed survive new messages.
pub fn chat_body(config: WidgetConfig, chat: Chat, tariff: Option<Tariff>, locator: Option<Locator>, tab: RwSignal<Option<Tab>>, tr: &Tr) -> impl IntoView {
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
    let ctx = Ctx { config, chat, tariff, locator, tab };
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
                        let replies = if Some(m.seq) == latest && quiet { m.replies.as_slice() } else { &[] };
                        message(ctx, &tr, &zone, m, data, replies)
                    })
                    .collect_view()
            })
        });
        let pending = chat.outbox.with(|outbox| outbox.iter().map(|o| outgoing(config, chat, &tr, o)).collect_view());
        let typing = match chat.typing.get() {
            Some(name) => Some(tr.t_with("chat-advisor-typing", &[("name", Arg::Text(&name))])),
            None => (chat.waiting.get() && chat.conversation.with(Option::is_some)).then(|| tr.t("chat-typing")),
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
    config.host.try_with_value(|h| h.shadow_root()).flatten()?.query_selector(".sc-chat-input").ok()??.dyn_into().ok()
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

fn message(ctx: Ctx, tr: &Tr, zone: &str, m: &ChatMessage, data: Option<&CardData>, replies: &[QuickReply]) -> impl IntoView {
    let Ctx { config, chat, .. } = ctx;
    let class = match m.author {
        Author::Customer => "sc-msg sc-msg-customer",
        Author::Assistant => "sc-msg sc-msg-assistant",
        Author::Advisor => "sc-msg sc-msg-advisor",
        Author::System => "sc-msg sc-msg-system",
    };
    let time = format::time_in(&tr.fl, &m.at, zone, false, false);
    let sent = (m.author == Author::Customer).then(|| view! { <span class="sc-msg-status">" · "{tr.t("chat-sent")}</span> });
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
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone")).ok().and_then(|z| z.as_string()).unwrap_or_else(|| "UTC".into())
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
fn load_card(config: WidgetConfig, chat: Chat, seq: i64, card: Card, lang: &'static str, live: bool) {
    chat.asked.update(|a| a.push(seq));
    // Names in the conversation's language and the country's digits ("ar-EG": "سهل ٤٠").
    let locale = crate::i18n::format_locale(config, lang);
    leptos::task::spawn_local(async move {
        let lang = locale.as_str();
        let data = match card.kind {
            CardKind::Usage => CardData::Usage(get_usage(config, None, lang).await),
            CardKind::Plans | CardKind::ChangePlan | CardKind::Addons => CardData::Plans(match get_usage(config, None, lang).await {
                Ok(UsageResponse { line: Some(l), .. }) => get_offers(config, l.cycle.line_id, config.channel(), lang).await,
                Ok(_) => Err(ErrorId::LineNotFound),
                Err(e) => Err(e),
            }),
            CardKind::Stores => {
                let Some(place) = card.place else { return };
                let (lat, lon) = (number_text(place.lat), number_text(place.lon));
                let mut args = vec![("lat", lat.as_str()), ("lon", lon.as_str()), ("radius_m", "50000"), ("limit", "3"), ("open_now", "false")];
                args.push(("in_stock", if card.sku.is_some() { "true" } else { "false" }));
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
    let Ctx { config, chat, tariff, locator, tab } = ctx;
    let article = (c.kind == CardKind::Article).then(|| {
        let paragraphs = c.body.as_deref().unwrap_or_default().split('\n').map(|p| view! { <p>{p.to_owned()}</p> }).collect_view();
        view! { <div class="sc-card sc-article" dir="auto"><p class="sc-card-title">{c.title.clone()}</p>{paragraphs}</div> }
    });
    let fetched = !matches!(c.kind, CardKind::Article | CardKind::Queue | CardKind::Rating);
    // A card of the history is filled when the customer asks for it.
    let asked = chat.asked.with(|a| a.contains(&seq));
    let show = (fetched && !asked).then(|| {
        let (card, lang) = (c.clone(), chat.lang.get_value());
        view! { <button class="sc-button sc-secondary sc-card-show" on:click=move |_| load_card(config, chat, seq, card.clone(), lang, false)>{tr.t("chat-card-show")}</button> }
    });
    let loading = fetched && asked && data.is_none();
    let error = match data {
        Some(CardData::Usage(Err(e)) | CardData::Plans(Err(e)) | CardData::Stores(Err(e))) => Some(tr.t(error_message(*e))),
        _ => None,
    };
    let usage = match data {
        Some(CardData::Usage(Ok(u))) => u.line.as_ref().map(|l| {
            let prepaid = l.cycle.payment == Payment::Prepaid;
            // The allowance asked about ("how much data is left"), the rest one tap away.
            let meters = l.cycle.buckets.iter().enumerate().filter(|(_, b)| c.meter.is_none_or(|m| b.usage_type == m)).map(|(i, b)| bucket_meter(tr, b, 100 + i, prepaid)).collect_view();
            let more = c.meter.is_some().then(|| view! { <button class="sc-link" on:click=move |_| tab.set(Some(Tab::Usage))>{tr.t("chat-usage-more")}</button> });
            view! { <ul class="sc-buckets" role="list">{meters}</ul>{more} }
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
            let fits = |q: &Qualification| other(q) && (!cheaper || q.offering.price < o.current.price && c.max_price.is_none_or(|m| q.offering.price <= m));
            let mut plans: Vec<&Qualification> = Vec::new();
            for q in list.iter().filter(|q| q.qualified && fits(q)) {
                let at = plans.iter().position(|p| p.offering.price > q.offering.price).unwrap_or(plans.len());
                plans.insert(at, q);
                plans.truncate(3);
            }
            let items = plans.iter().map(|q| view! { <li><span dir="auto" translate="no">{q.offering.name.clone()}</span>" · "{price_text(tr, &q.offering, &o.currency)}</li> }).collect_view();
            // Nothing to show: why (what stops the customer, or that theirs is the cheapest).
            let why = plans.is_empty().then(|| match list.iter().filter(|q| !q.qualified && fits(q)).find_map(|q| q.reasons.first()) {
                Some(r) => reason_text(tr, r),
                None if addons => tr.t("tariff-none-addons"),
                None if cheaper && !list.iter().any(|q| other(q) && q.offering.price < o.current.price) => tr.t("chat-plans-cheapest"),
                None if cheaper => tr.t("chat-plans-none"),
                None => tr.t("tariff-none"),
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
            Some(view! { <ul class="sc-card-list">{items}</ul>{why.map(|w| view! { <p>{w}</p> })}{compare} })
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
            Some(view! { <ul class="sc-card-list">{items}</ul>{found.stores.is_empty().then(|| view! { <p>{tr.t("chat-stores-none")}</p> })}{open} })
        }
        _ => None,
    };
    let class = match c.kind {
        CardKind::Usage => "sc-card sc-usage-card",
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
    (article, filled, (c.kind == CardKind::Rating).then(|| rating(config, chat, tr)))
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
        let Some(form_element) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
        let field = |selector: &str| form_element.query_selector(selector).ok().flatten();
        let stars = field("input:checked").and_then(|i| i.get_attribute("value")).unwrap_or_default();
        let comment = field("textarea").and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default();
        let Some((id, key)) = chat.conversation.get_untracked() else { return };
        if stars.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let args = [("conversation", id.as_str()), ("key", key.as_str()), ("rating", stars.as_str()), ("comment", comment.as_str())];
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
