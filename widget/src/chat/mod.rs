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
use crate::config::{Mode, WidgetConfig};
use crate::events::dispatch;
use crate::format;
use crate::i18n::Tr;
use crate::stores::view::{money_text, opening_text, stock_text};
use crate::stores::{number_text, Locator};
use crate::tariff::{new_key, price_text, reason_text, Tariff};
use crate::ui::{error_alert, focus_later};
use crate::usage::bucket_meter;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{
    Author, Card, CardKind, ChatMessage, ChatState, Conversation, ErrorId, OffersResponse, Payment,
    Qualification, QuickReply, StoresResponse, UsageResponse,
};
use selfcare_server_fns::chat::{ChatClose, ChatOpen, ChatRate, ChatSend};
use selfcare_server_fns::stores::FindStores;
use server_fn::ServerFn;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The chat's views: the part loaded when it is first opened (`parts.rs`).
pub(crate) mod view;
use view::{load_card, CardData};

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
    /// The usage view's "Use a recharge card" pressed (its label, sent as the customer's
    /// question to top up when the chat is next shown).
    pub top_up: RwSignal<Option<String>>,
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
            top_up: RwSignal::new(None),
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
        self.top_up.set(None);
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
            let store = config
                .store
                .get_untracked()
                .filter(|_| config.mode.get_untracked() == Mode::Kiosk)
                .unwrap_or_default();
            if !store.is_empty() {
                args.push(("store", &store));
            }
            let opened: Result<Conversation, ErrorId> =
                as_whoever(config, ChatOpen::PATH, &form(&args)).await;
            chat.waiting.set(false);
            match opened {
                Ok(c) => {
                    chat.state.set(c.state);
                    chat.conversation.set(Some((c.id, c.key)));
                    chat.merge(config, c.messages, false);
                    chat.listen(config);
                    // What the customer wrote while it opened goes now.
                    for out in chat
                        .outbox
                        .get_untracked()
                        .into_iter()
                        .filter(|o| o.failed.is_none())
                    {
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
        let confirmed: Vec<String> = self
            .messages
            .with_untracked(|l| l.iter().filter_map(|m| m.client_id.clone()).collect());
        if self
            .outbox
            .with_untracked(|o| o.iter().any(|x| confirmed.contains(&x.client_id)))
        {
            self.outbox
                .update(|o| o.retain(|x| !confirmed.contains(&x.client_id)));
        }
        if announce && !heard.is_empty() {
            self.announce.set(heard.join(" "));
        }
        scroll_to_end(config);
    }

    /// The conversation's event stream: new messages and state changes, live.
    fn listen(&self, config: WidgetConfig) {
        let Some((id, key)) = self.conversation.get_untracked() else {
            return;
        };
        let after = self
            .messages
            .with_untracked(|l| l.last().map_or(0, |m| m.seq));
        let url = format!(
            "{}/api/v1/chat/stream?{}",
            config.api_origin(),
            form(&[
                ("conversation", &id),
                ("key", &key),
                ("after", &number_text(after as f64))
            ])
        );
        let Ok(source) = web_sys::EventSource::new(&url) else {
            return;
        };
        let chat = *self;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(m) = e
                    .data()
                    .as_string()
                    .and_then(|d| miniserde::json::from_str::<ChatMessage>(&d).ok())
                {
                    chat.merge(config, vec![m], true);
                }
            });
        let on_state =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let state = e
                    .data()
                    .as_string()
                    .and_then(|d| miniserde::json::from_str::<ChatState>(&format!("\"{d}\"")).ok());
                if let Some(state) = state {
                    chat.set_state(config, state);
                }
            });
        let typing = self.typing;
        let on_typing =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                typing.set(e.data().as_string());
                set_timeout(move || typing.set(None), std::time::Duration::from_secs(6));
            });
        let listeners = [on_message, on_state, on_typing];
        for (event, listener) in ["message", "state", "typing"].into_iter().zip(&listeners) {
            let _ =
                source.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        self.close_stream();
        self.source.set_value(Some(Stream {
            source,
            _listeners: listeners,
        }));
    }

    fn set_state(&self, config: WidgetConfig, state: ChatState) {
        let before = self.state.get_untracked();
        if before == state {
            return;
        }
        self.state.set(state);
        if matches!(state, ChatState::Queued | ChatState::LeaveMessage)
            && !matches!(before, ChatState::Queued | ChatState::LeaveMessage)
        {
            let kind = if state == ChatState::Queued {
                "queue"
            } else {
                "message"
            };
            let id = self
                .conversation
                .get_untracked()
                .map(|c| c.0)
                .unwrap_or_default();
            config.host.try_with_value(|h| {
                dispatch(
                    h,
                    "selfcare:chat-handoff",
                    &[("conversation", &id), ("kind", kind)],
                )
            });
        }
    }

    /// Sends the draft (or a quick reply's label with its intent).
    pub(crate) fn send(&self, config: WidgetConfig, text: String, intent: Option<String>) {
        let text = text.trim().to_owned();
        if text.is_empty() {
            return;
        }
        let out = Outgoing {
            client_id: new_key(),
            text,
            intent,
            failed: None,
        };
        self.outbox.update(|o| o.push(out.clone()));
        self.post(config, out);
    }

    /// Posts a pending message; sending it again after a failure uses the same id, so the
    /// server writes it once.
    fn post(&self, config: WidgetConfig, out: Outgoing) {
        let Some((id, key)) = self.conversation.get_untracked() else {
            return;
        };
        let chat = *self;
        chat.waiting.set(true);
        scroll_to_end(config);
        let lang = chat.lang.get_value();
        leptos::task::spawn_local(async move {
            let mut args = vec![
                ("conversation", id.as_str()),
                ("key", key.as_str()),
                ("text", out.text.as_str()),
                ("client_id", out.client_id.as_str()),
                ("lang", lang),
            ];
            if let Some(intent) = &out.intent {
                args.push(("intent", intent));
            }
            let sent: Result<Vec<ChatMessage>, ErrorId> =
                as_whoever(config, ChatSend::PATH, &form(&args)).await;
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
                    config.host.try_with_value(|h| {
                        dispatch(h, "selfcare:error", &[("error", error_message(error))])
                    });
                }
            }
        });
    }

    /// A kiosk session ends: the stream stops and the conversation is closed on the server
    /// with the token the session had (the session's state is disposed of right after).
    #[cfg(feature = "kiosk")]
    pub fn leave(&self, config: WidgetConfig) {
        self.close_stream();
        let Some((id, key)) = self.conversation.get_untracked() else {
            return;
        };
        let token = config.session_token.get_untracked();
        leptos::task::spawn_local(async move {
            let _ = crate::api::send(
                config,
                ChatClose::PATH,
                &form(&[("conversation", &id), ("key", &key)]),
                token.as_deref(),
            )
            .await;
        });
    }

    fn end(&self, config: WidgetConfig) {
        let Some((id, key)) = self.conversation.get_untracked() else {
            return;
        };
        let chat = *self;
        leptos::task::spawn_local(async move {
            match as_whoever::<Vec<ChatMessage>>(
                config,
                ChatClose::PATH,
                &form(&[("conversation", &id), ("key", &key)]),
            )
            .await
            {
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
        l.last()
            .and_then(|m| match m.card.as_ref().map(|c| c.kind) {
                Some(CardKind::Queue) => Some(ChatState::Queued),
                _ => None,
            })
    })
}

fn scroll_to_end(config: WidgetConfig) {
    request_animation_frame(move || {
        if let Some(log) = config
            .host
            .try_with_value(|h| h.shadow_root())
            .flatten()
            .and_then(|r| r.query_selector(".sc-chat-log").ok().flatten())
        {
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
