//! The advisors' console: sign in (a demo advisor in demo mode, else a token from the
//! identity provider), the desk (the queues the advisor serves, their conversations, tickets
//! left outside hours), several conversations at once with the customer's context at a
//! glance, live messages over each conversation's event stream, canned answers, transfer and
//! close. Its own bundle: none of this reaches the customer's widget.
//!
//! The console speaks English; customers' messages keep their language and direction
//! (`lang`, `dir="auto"`).

#![recursion_limit = "256"]

use leptos::prelude::*;
use selfcare_server_fns::advisor::{
    AdvisorAccept, AdvisorClose, AdvisorSend, AdvisorTransfer, AdvisorTyping, LoadConversation,
    LoadDesk,
};
use selfcare_server_fns::api::{
    AdvisorConversation, AdvisorDesk, ApiError, Author, ChatMessage, ChatState, ErrorId, QueueEntry,
};
use server_fn::ServerFn;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Mounts the console on the page's body.
#[wasm_bindgen]
pub fn start() {
    leptos::mount::mount_to_body(Console);
}

fn form(args: &[(&str, &str)]) -> String {
    args.iter()
        .map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(v))))
        .collect::<Vec<_>>()
        .join("&")
}

async fn fetch_text(url: &str, init: &web_sys::RequestInit) -> Result<(u16, String), ErrorId> {
    let window = web_sys::window().ok_or(ErrorId::Internal)?;
    let response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .map_err(|_| ErrorId::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ErrorId::Network)?;
    let text = JsFuture::from(response.text().map_err(|_| ErrorId::Network)?)
        .await
        .map_err(|_| ErrorId::Network)?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// A server function as the advisor.
async fn call<T: miniserde::Deserialize>(
    token: &str,
    path: &str,
    body: &str,
) -> Result<T, ErrorId> {
    let headers = web_sys::Headers::new().map_err(|_| ErrorId::Internal)?;
    let _ = headers.set("content-type", "application/x-www-form-urlencoded");
    let _ = headers.set("accept", "application/json");
    let _ = headers.set("authorization", &format!("Bearer {token}"));
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    let (status, text) = fetch_text(path, &init).await?;
    if (200..300).contains(&status) {
        return miniserde::json::from_str(&text).map_err(|_| ErrorId::Internal);
    }
    Err(miniserde::json::from_str::<ApiError>(&text)
        .map(|e| e.error)
        .unwrap_or(if status >= 500 {
            ErrorId::Unavailable
        } else {
            ErrorId::Internal
        }))
}

async fn get(url: &str) -> Result<String, ErrorId> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    let (status, text) = fetch_text(url, &init).await?;
    if status == 200 {
        Ok(text)
    } else {
        Err(ErrorId::Unauthenticated)
    }
}

fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_default()
}

fn error_text(e: ErrorId) -> &'static str {
    match e {
        ErrorId::Conflict => {
            "Another advisor took it, or it changed meanwhile. The desk is up to date again."
        }
        ErrorId::ConversationNotFound => {
            "This conversation is not yours or not in your queues any more."
        }
        ErrorId::Forbidden => "This token is not an advisor's.",
        ErrorId::Unauthenticated | ErrorId::TokenExpired => {
            "Your session has ended. Sign in again."
        }
        ErrorId::MessageEmpty => "Type a message first.",
        ErrorId::MessageTooLong => "This message is too long.",
        ErrorId::MessageInvalid => "This message contains characters that can't be sent.",
        ErrorId::Network => "The server can't be reached. Check the connection.",
        _ => "Something went wrong. Try again.",
    }
}

/// An open conversation in the console.
#[derive(Clone)]
struct Open {
    view: AdvisorConversation,
    messages: RwSignal<Vec<ChatMessage>>,
    state: RwSignal<ChatState>,
    source: StoredValue<Option<web_sys::EventSource>, LocalStorage>,
}

#[derive(Clone, Copy)]
struct Desk {
    token: RwSignal<Option<String>>,
    desk: RwSignal<Option<AdvisorDesk>>,
    open: RwSignal<Vec<Open>>,
    active: RwSignal<Option<String>>,
    error: RwSignal<Option<ErrorId>>,
    /// The latest customer message, for screen readers (read once).
    announce: RwSignal<String>,
}

impl Desk {
    fn refresh(&self) {
        let Some(token) = self.token.get_untracked() else {
            return;
        };
        let d = *self;
        leptos::task::spawn_local(async move {
            match call::<AdvisorDesk>(&token, LoadDesk::PATH, "").await {
                Ok(desk) => d.desk.set(Some(desk)),
                Err(
                    e @ (ErrorId::Unauthenticated | ErrorId::TokenExpired | ErrorId::Forbidden),
                ) => {
                    d.error.set(Some(e));
                    d.token.set(None);
                }
                Err(e) => d.error.set(Some(e)),
            }
        });
    }

    /// Opens (or shows again) a conversation, accepting it first when it waits.
    fn show(&self, id: String, accept: bool) {
        let Some(token) = self.token.get_untracked() else {
            return;
        };
        let d = *self;
        leptos::task::spawn_local(async move {
            let body = form(&[("conversation", &id)]);
            if accept {
                if let Err(e) = call::<Vec<ChatMessage>>(&token, AdvisorAccept::PATH, &body).await {
                    d.error.set(Some(e));
                    d.refresh();
                    return;
                }
            }
            match call::<AdvisorConversation>(&token, LoadConversation::PATH, &body).await {
                Ok(view) => {
                    d.error.set(None);
                    d.close_tab(&id);
                    let open = Open {
                        messages: RwSignal::new(view.conversation.messages.clone()),
                        state: RwSignal::new(view.conversation.state),
                        source: StoredValue::new_local(None),
                        view,
                    };
                    listen(d, &open);
                    d.open.update(|o| o.push(open));
                    d.active.set(Some(id));
                    d.refresh();
                    focus("#conversation-title");
                }
                Err(e) => d.error.set(Some(e)),
            }
        });
    }

    fn close_tab(&self, id: &str) {
        self.open.update(|o| {
            o.retain(|x| {
                let keep = x.view.conversation.id != id;
                if !keep {
                    x.source.update_value(|s| {
                        if let Some(s) = s.take() {
                            s.close();
                        }
                    });
                }
                keep
            })
        });
    }

    fn act(&self, path: &'static str, id: String, extra: Vec<(&'static str, String)>) {
        let Some(token) = self.token.get_untracked() else {
            return;
        };
        let d = *self;
        leptos::task::spawn_local(async move {
            let mut args: Vec<(&str, &str)> = vec![("conversation", &id)];
            args.extend(extra.iter().map(|(k, v)| (*k, v.as_str())));
            match call::<Vec<ChatMessage>>(&token, path, &form(&args)).await {
                Ok(written) => {
                    d.error.set(None);
                    if let Some(o) = d
                        .open
                        .get_untracked()
                        .into_iter()
                        .find(|o| o.view.conversation.id == id)
                    {
                        merge(&o, written);
                    }
                    d.refresh();
                }
                Err(e) => d.error.set(Some(e)),
            }
        });
    }
}

fn merge(open: &Open, new: Vec<ChatMessage>) {
    open.messages.update(|list| {
        for m in new {
            if let Err(at) = list.binary_search_by_key(&m.seq, |x| x.seq) {
                list.insert(at, m);
            }
        }
    });
}

/// The conversation's event stream: the customer's messages as they are written.
fn listen(d: Desk, open: &Open) {
    let c = &open.view.conversation;
    let after = c.messages.last().map_or(0, |m| m.seq);
    let url = format!(
        "/api/v1/chat/stream?{}",
        form(&[
            ("conversation", &c.id),
            ("key", &c.key),
            ("after", &after.to_string())
        ])
    );
    let Ok(source) = web_sys::EventSource::new(&url) else {
        return;
    };
    let target = open.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(m) = e
                .data()
                .as_string()
                .and_then(|t| miniserde::json::from_str::<ChatMessage>(&t).ok())
            {
                if m.author == Author::Customer {
                    d.announce.set(m.text.clone());
                }
                merge(&target, vec![m]);
            }
        });
    let target = open.clone();
    let on_state =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(s) = e
                .data()
                .as_string()
                .and_then(|t| miniserde::json::from_str::<ChatState>(&format!("\"{t}\"")).ok())
            {
                target.state.set(s);
            }
        });
    let _ = source.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    let _ = source.add_event_listener_with_callback("state", on_state.as_ref().unchecked_ref());
    on_message.forget();
    on_state.forget();
    open.source.set_value(Some(source));
}

fn focus(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(e) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    });
}

#[component]
fn Console() -> impl IntoView {
    let d = Desk {
        token: RwSignal::new(None),
        desk: RwSignal::new(None),
        open: RwSignal::new(Vec::new()),
        active: RwSignal::new(None),
        error: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
    };
    // The desk every few seconds: new customers in the queues, tickets.
    let _ = set_interval_with_handle(move || d.refresh(), std::time::Duration::from_secs(4));
    move || match d.token.get() {
        None => sign_in(d).into_any(),
        Some(_) => desk(d).into_any(),
    }
}

fn sign_in(d: Desk) -> impl IntoView {
    let advisors = LocalResource::new(|| async {
        get("/demo/advisors")
            .await
            .ok()
            .and_then(|t| miniserde::json::from_str::<Vec<DemoAdvisor>>(&t).ok())
    });
    let choose = move |id: String| {
        leptos::task::spawn_local(async move {
            match get(&format!("/demo/advisor-token?advisor={id}"))
                .await
                .ok()
                .and_then(|t| miniserde::json::from_str::<TokenAnswer>(&t).ok())
            {
                Some(t) => {
                    d.error.set(None);
                    d.token.set(Some(t.token));
                    d.refresh();
                    focus("h1");
                }
                None => d.error.set(Some(ErrorId::Unauthenticated)),
            }
        });
    };
    let pasted = RwSignal::new(String::new());
    view! {
        <main class="signin">
            <h1>"Advisors' console"</h1>
            {move || d.error.get().map(|e| view! { <p class="alert" role="alert">{error_text(e)}</p> })}
            {move || advisors.get().flatten().map(|list| {
                let buttons = list.into_iter().map(|a| {
                    let id = a.id.clone();
                    view! { <li><button class="primary" on:click=move |_| choose(id.clone())>{format!("Sign in as {} ({}; {}{}{})", a.name, a.languages, a.countries, if a.stores.is_empty() { "" } else { "; in shop " }, a.stores)}</button></li> }
                }).collect_view();
                view! { <h2>"Demo advisors"</h2><ul class="list">{buttons}</ul> }
            })}
            <label class="field">
                <span>"Or paste an advisor token from your identity provider"</span>
                <textarea rows="3" on:input=move |e| pasted.set(event_target_value(&e))></textarea>
            </label>
            <button on:click=move |_| {
                let t = pasted.get_untracked().trim().to_owned();
                if !t.is_empty() {
                    d.token.set(Some(t));
                    d.refresh();
                }
            }>"Sign in with the token"</button>
        </main>
    }
}

#[derive(miniserde::Deserialize, Clone)]
struct DemoAdvisor {
    id: String,
    name: String,
    languages: String,
    countries: String,
    stores: String,
}

#[derive(miniserde::Deserialize)]
struct TokenAnswer {
    token: String,
}

/// An `Intl` options object.
fn options(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// An instant (RFC 3339) as the advisor's browser shows it ("4 Dec 2026, 21:12"), a day
/// (`YYYY-MM-DD`, "4 Dec 2026", that day wherever the advisor is), or with `time_only` the
/// time of day ("21:12"): never the raw value.
fn when_with(at: &str, time_only: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(at));
    if date.get_time().is_nan() {
        return at.to_owned();
    }
    let style = if time_only {
        ("timeStyle", "short".into())
    } else {
        ("dateStyle", "medium".into())
    };
    let more = match (time_only, at.len() > 10) {
        (true, _) => None,
        (false, true) => Some(("timeStyle", "short".into())),
        (false, false) => Some(("timeZone", "UTC".into())),
    };
    let pairs: Vec<(&str, JsValue)> = std::iter::once(style).chain(more).collect();
    date.to_locale_string("en-GB", &options(&pairs)).into()
}

fn when(at: &str) -> String {
    when_with(at, false)
}

fn time_of(at: &str) -> String {
    when_with(at, true)
}

/// A state as people say it (the TMF values are camelCase words).
fn state_words(state: &str) -> String {
    match state {
        "acknowledged" => "received".into(),
        "inProgress" => "in progress".into(),
        "submitted" => "waiting for an answer".into(),
        other => other.to_lowercase(),
    }
}

/// Bytes as gigabytes with at most one decimal ("126.3 GB").
fn gigabytes(bytes: i64) -> String {
    let options = options(&[
        ("style", "unit".into()),
        ("unit", "gigabyte".into()),
        ("maximumFractionDigits", 1.into()),
    ]);
    let format =
        js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&JsValue::from_str("en-GB")), &options);
    format
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(bytes as f64 / 1e9))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// This cycle's data of a line, for people: used, of what, and by how much over.
fn data_words(used: i64, allowance: Option<i64>) -> String {
    match allowance {
        Some(a) if used > a => format!(
            "data {} used of {} — {} over",
            gigabytes(used),
            gigabytes(a),
            gigabytes(used - a)
        ),
        Some(a) => format!(
            "data {} used of {} — {} left",
            gigabytes(used),
            gigabytes(a),
            gigabytes(a - used)
        ),
        None => format!("data {} used, unlimited", gigabytes(used)),
    }
}

fn entry_label(e: &QueueEntry) -> String {
    let who = e.customer.clone().unwrap_or_else(|| "Visitor".into());
    match &e.shop {
        // A shop's queue: the advisor goes to the customer at the shop's kiosk.
        Some(shop) => format!("{who} · at the kiosk in {shop} · {}", e.lang),
        None => format!("{who} · {} · {}", e.country, e.lang),
    }
}

/// Conversations of a list: waiting ones to accept, the advisor's own to open.
fn entries(d: Desk, list: &[QueueEntry], waiting: bool) -> impl IntoView {
    list.iter()
        .map(|e| {
            let id = e.conversation.clone();
            let label = entry_label(e);
            let (action, class) = if waiting { ("Accept", "primary accept") } else { ("Open", "") };
            view! {
                <li>
                    <p><strong>{label.clone()}</strong></p>
                    {waiting.then(|| view! { <p class="muted">{format!("Waiting since {}", when(&e.since))}</p> })}
                    <p dir="auto" lang=e.lang.clone()>{e.last_text.clone()}</p>
                    <button class=class aria-label=format!("{action} {label}") on:click=move |_| d.show(id.clone(), waiting)>{action}</button>
                </li>
            }
        })
        .collect_view()
}

fn desk(d: Desk) -> impl IntoView {
    let header = move || {
        d.desk.get().map(|k| {
            view! {
                <span>{format!("{} — {} — {}", k.name, k.languages.join(" "), k.countries.join(" "))}</span>
            }
        })
    };
    let waiting = move || {
        let desk = d.desk.get()?;
        let empty = desk
            .waiting
            .is_empty()
            .then(|| view! { <p class="muted">"Nobody is waiting."</p> });
        Some(view! { <ul class="list waiting">{entries(d, &desk.waiting, true)}</ul>{empty} })
    };
    let mine = move || {
        let desk = d.desk.get()?;
        Some(view! { <ul class="list mine">{entries(d, &desk.mine, false)}</ul> })
    };
    let tickets = move || {
        let desk = d.desk.get()?;
        let items = desk
            .tickets
            .iter()
            .map(|t| {
                let id = t.conversation.clone();
                let label = format!("{} · {} · {} · {}", t.id, t.customer.clone().unwrap_or_else(|| "Visitor".into()), t.country, state_words(&t.status));
                view! {
                    <li>
                        <p><strong>{label.clone()}</strong></p>
                        <p dir="auto" lang=t.lang.clone()>{t.description.clone()}</p>
                        <button aria-label=format!("Answer {label}") on:click=move |_| d.show(id.clone(), false)>"Answer"</button>
                    </li>
                }
            })
            .collect_view();
        let empty = desk
            .tickets
            .is_empty()
            .then(|| view! { <p class="muted">"No open ticket."</p> });
        Some(view! { <ul class="list tickets">{items}</ul>{empty} })
    };
    let tabs = move || {
        let open = d.open.get();
        let active = d.active.get();
        (!open.is_empty()).then(|| {
            let buttons = open
                .iter()
                .map(|o| {
                    let id = o.view.conversation.id.clone();
                    let name = o.view.customer.as_ref().map_or("Visitor".to_owned(), |c| c.name.clone());
                    let current = active.as_deref() == Some(id.as_str());
                    view! { <button aria-current=current.then_some("page") on:click=move |_| d.active.set(Some(id.clone()))>{name}</button> }
                })
                .collect_view();
            view! { <nav class="tabs" aria-label="Open conversations">{buttons}</nav> }
        })
    };
    let panel = move || {
        let active = d.active.get()?;
        let open = d
            .open
            .with(|o| o.iter().find(|x| x.view.conversation.id == active).cloned())?;
        Some(conversation(d, open))
    };
    view! {
        <header class="top">
            <h1 tabindex="-1">"Advisors' console"</h1>
            {header}
            <button on:click=move |_| {
                for o in d.open.get_untracked() {
                    d.close_tab(&o.view.conversation.id);
                }
                d.token.set(None);
                d.desk.set(None);
            }>"Sign out"</button>
        </header>
        <div class="layout">
            <nav aria-label="Queues">
                <h2>"Waiting"</h2>
                {waiting}
                <h2>"My conversations"</h2>
                {mine}
                <h2>"Tickets"</h2>
                {tickets}
            </nav>
            <main>
                {move || d.error.get().map(|e| view! { <p class="alert" role="alert">{error_text(e)}</p> })}
                <div class="visually-hidden" role="status" aria-live="polite">{move || d.announce.get()}</div>
                {tabs}
                {panel}
            </main>
        </div>
    }
}

fn author(m: &ChatMessage) -> String {
    match m.author {
        Author::Customer => "Customer".into(),
        Author::Assistant => "Assistant".into(),
        Author::Advisor => m.name.clone().unwrap_or_else(|| "Advisor".into()),
        Author::System => "Update".into(),
    }
}

fn conversation(d: Desk, open: Open) -> impl IntoView {
    let v = open.view.clone();
    let id = v.conversation.id.clone();
    let lang = v.conversation.lang.clone();
    let messages = open.messages;
    let state = open.state;
    let log = {
        let lang = lang.clone();
        view! {
            <ol class="log" aria-label="Messages" tabindex="0">
                <For each=move || messages.get() key=|m| m.seq let:m>
                    <li class=match m.author { Author::Advisor => "msg advisor", Author::System => "msg system", _ => "msg" }>
                        <p class="meta">{author(&m)}" · "<time datetime=m.at.clone()>{time_of(&m.at)}</time></p>
                        <p dir="auto" lang=lang.clone()>{m.text.clone()}</p>
                    </li>
                </For>
            </ol>
        }
    };
    let draft = RwSignal::new(String::new());
    // "Typing…" for the customer, at most every 3 seconds while the advisor types.
    let last_typing = StoredValue::new(0f64);
    let typing = {
        let id = id.clone();
        move || {
            let now = js_sys::Date::now();
            if now - last_typing.get_value() < 3_000.0
                || state.get_untracked() != ChatState::Advisor
            {
                return;
            }
            last_typing.set_value(now);
            if let Some(token) = d.token.get_untracked() {
                let body = form(&[("conversation", &id)]);
                leptos::task::spawn_local(async move {
                    let _ = call::<bool>(&token, AdvisorTyping::PATH, &body).await;
                });
            }
        }
    };
    let send = {
        let id = id.clone();
        move || {
            let text = draft.get_untracked();
            if text.trim().is_empty() {
                return;
            }
            draft.set(String::new());
            d.act(
                AdvisorSend::PATH,
                id.clone(),
                vec![("text", text), ("client_id", new_key())],
            );
        }
    };
    let send_click = send.clone();
    let canned = d
        .desk
        .get_untracked()
        .map(|k| k.canned)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| c.lang == lang)
        .collect::<Vec<_>>();
    let canned_options = canned
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <option value=i.to_string()>{c.title.clone()}</option> })
        .collect_view();
    let queues = d.desk.get_untracked().map(|k| k.queues).unwrap_or_default();
    let transfer_to = RwSignal::new(queues.first().cloned().unwrap_or_default());
    let queue_options = queues
        .iter()
        .map(|q| view! { <option value=q.clone()>{q.clone()}</option> })
        .collect_view();
    let (id_t, id_c) = (id.clone(), id.clone());
    let context = v.customer.clone().map(|c| {
        let lines = c
            .lines
            .iter()
            .map(|l| {
                let data = l.cycle.buckets.iter().find(|b| b.usage_type == selfcare_server_fns::api::UsageType::Data).map(|b| data_words(b.used, b.allowance));
                view! { <li>{format!("{} — {} — cycle ends {}{}", l.contract.plan_name, if l.contract.payment == selfcare_server_fns::api::Payment::Prepaid { "prepaid" } else { "postpaid" }, when(&l.cycle.cycle_end), data.map(|d| format!(" — {d}")).unwrap_or_default())}</li> }
            })
            .collect_view();
        let orders = c.orders.iter().map(|o| view! { <li>{format!("{} — {} — {}", o.offering, state_words(&o.state), when(&o.created_at))}</li> }).collect_view();
        let reservations = c.reservations.iter().map(|r| view! { <li>{format!("{} at {} — {}", r.product_name, r.store_name, state_words(&format!("{:?}", r.state)))}</li> }).collect_view();
        let incidents = c
            .incidents
            .iter()
            .map(|i| view! { <li dir="auto">{format!("{} ({}, {}) — {}", i.name, i.place, state_words(&i.status), i.expected_end.as_deref().map(|e| format!("expected end {}", when(e))).unwrap_or_default())}</li> })
            .collect_view();
        let none = |empty: bool| empty.then(|| view! { <li class="muted">"None"</li> });
        view! {
            <dl class="context">
                <dt>"Customer"</dt><dd dir="auto">{c.name.clone()}</dd>
                <dt>"Country"</dt><dd>{c.country.clone()}</dd>
                <dt>"Home"</dt><dd dir="auto">{c.home.clone().unwrap_or_else(|| "—".into())}</dd>
            </dl>
            <h3>"Lines"</h3><ul>{lines}{none(c.lines.is_empty())}</ul>
            <h3>"Recent orders"</h3><ul>{orders}{none(c.orders.is_empty())}</ul>
            <h3>"Reservations"</h3><ul>{reservations}{none(c.reservations.is_empty())}</ul>
            <h3>"Network incidents near home"</h3><ul class="incidents">{incidents}{none(c.incidents.is_empty())}</ul>
        }
    });
    let anonymous = v
        .customer
        .is_none()
        .then(|| view! { <p class="muted">"An anonymous visitor: no account context."</p> });
    let intents = v.intents.join(", ");
    let title = format!(
        "Conversation with {}",
        v.customer
            .as_ref()
            .map_or("a visitor".to_owned(), |c| c.name.clone())
    );
    view! {
        <section class="conversation" aria-labelledby="conversation-title">
            <div>
                <h2 id="conversation-title" tabindex="-1">{title}</h2>
                <p class="muted">{format!("Queue {} · language {} · understood: {}", v.queue, lang, if intents.is_empty() { "—".to_owned() } else { intents })}</p>
                {log}
                {move || (state.get() == ChatState::Closed).then(|| view! { <p class="muted">"This conversation has ended."</p> })}
                <div class="composer">
                    <label class="field">
                        <span>"Reply"</span>
                        <textarea id="reply" dir="auto" lang=lang.clone() maxlength="2000" prop:value=move || draft.get()
                            on:input=move |e| {
                                draft.set(event_target_value(&e));
                                typing();
                            }
                            on:keydown=move |e: leptos::ev::KeyboardEvent| {
                                if e.key() == "Enter" && !e.shift_key() && !e.is_composing() {
                                    e.prevent_default();
                                    send();
                                }
                            }></textarea>
                    </label>
                    <div class="row">
                        <button class="primary send" on:click=move |_| send_click()>"Send"</button>
                        <label class="field">
                            <span>"Canned answer"</span>
                            <select on:change=move |e| {
                                if let Some(c) = event_target_value(&e).parse::<usize>().ok().and_then(|i| canned.get(i)) {
                                    draft.set(c.text.clone());
                                    focus("#reply");
                                }
                            }>
                                <option value="">"Choose…"</option>
                                {canned_options}
                            </select>
                        </label>
                    </div>
                    <div class="row">
                        <label class="field">
                            <span>"Transfer to queue"</span>
                            <select on:change=move |e| transfer_to.set(event_target_value(&e))>{queue_options}</select>
                        </label>
                        <button on:click=move |_| d.act(AdvisorTransfer::PATH, id_t.clone(), vec![("queue", transfer_to.get_untracked())])>"Transfer"</button>
                        <button on:click=move |_| d.act(AdvisorClose::PATH, id_c.clone(), vec![])>"Close the conversation"</button>
                    </div>
                </div>
            </div>
            <aside aria-label="Customer at a glance">
                <h2>"Customer at a glance"</h2>
                {context}
                {anonymous}
            </aside>
        </section>
    }
}
