//! The chat: conversations with the assistant, handover to advisors, tickets left outside
//! their hours, and the live fan-out of messages.
//!
//! A conversation's messages are numbered by `seq` without gaps: each write bumps
//! `conversations.last_seq` with a guarded update (`WHERE last_seq = <read>`), so two writers
//! never take the same number and a client that has seen up to `seq` misses nothing and
//! repeats nothing by asking for what comes after it. The database is the only truth; the
//! [`Hub`] only says "conversation X has news", in-process through a broadcast channel and
//! between server processes through PostgreSQL `LISTEN`/`NOTIFY`.

use crate::api::{
    Author, Card, CardKind, ChatMessage, ChatState, Conversation, ErrorId, QuickReply, UsageType,
    MAX_MESSAGE_CHARS,
};
use crate::chat::nlu::{self, Classifier, Decision, Entities, Gazetteer, Knowledge};
use crate::server::clock::rfc3339;
use crate::server::config::Config;
use crate::server::db::{Backend, Db};
use crate::server::error::Error;
use crate::server::text::fold;
use crate::usage::storage::Storage;
use chrono::{DateTime, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::{broadcast, OnceCell};

/// The PostgreSQL channel conversations' news go through between server processes.
pub const NOTIFY_CHANNEL: &str = "selfcare_chat";
/// At most this many messages an answer.
pub const PAGE: i64 = 200;
/// Minutes an advisor takes per conversation, on average, for the wait estimate.
pub const HANDLING_MINUTES: i64 = 4;

/// The trained model, the knowledge base and the sentences of every language.
pub struct Assistant {
    pub classifier: Classifier,
    pub knowledge: Knowledge,
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
    gazetteer: OnceCell<Gazetteer>,
    entity_words: Vec<(String, String)>,
}

impl Assistant {
    /// Trains the classifier on every language's examples (a fraction of a second).
    pub fn new() -> Assistant {
        let languages = nlu::languages();
        let train: Vec<(String, String)> = languages
            .iter()
            .flat_map(|l| l.train.iter().cloned())
            .collect();
        let mut bundles = HashMap::new();
        for l in &languages {
            let Ok(langid) = l.tag.parse::<unic_langid::LanguageIdentifier>() else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            if let Ok(resource) = FluentResource::try_new(l.replies.to_owned()) {
                let _ = bundle.add_resource(resource);
            }
            bundles.insert(l.tag, bundle);
        }
        Assistant {
            classifier: Classifier::train(&train),
            knowledge: Knowledge::new(
                languages
                    .iter()
                    .flat_map(|l| l.articles.iter().cloned())
                    .collect(),
            ),
            bundles,
            gazetteer: OnceCell::new(),
            entity_words: languages.into_iter().flat_map(|l| l.entity_words).collect(),
        }
    }

    /// The languages the assistant speaks.
    pub fn speaks(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// One of the assistant's sentences in `lang` (English when it has none).
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for tag in [lang, "en"] {
            let Some(bundle) = self.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
        id.to_owned()
    }

    /// The names entities are found by: the gazetteer's places, the catalogue's products and
    /// plans, read from the database on first use.
    pub async fn gazetteer(&self, db_: &Db) -> Result<&Gazetteer, Error> {
        self.gazetteer
            .get_or_try_init(|| async {
                let mut g = Gazetteer::default();
                let rows = sqlx::query("SELECT id, country, kind, name, parent, folded, lat, lon FROM places ORDER BY rank DESC, id")
                    .fetch_all(&db_.pool)
                    .await?;
                for r in rows {
                    let folded: String = r.try_get("folded")?;
                    g.places.entry(folded).or_insert(crate::stores::sql::place_from(&r)?);
                }
                let rows = sqlx::query("SELECT id, brand, name FROM products ORDER BY sort, id").fetch_all(&db_.pool).await?;
                for r in rows {
                    let (id, brand, name): (String, String, String) = (r.try_get("id")?, r.try_get("brand")?, r.try_get("name")?);
                    g.products.push((nlu::model_words(&brand, &name), id, crate::api::product_display_name(&brand, &name)));
                }
                let rows = sqlx::query("SELECT DISTINCT t.offering_id AS id, t.name AS name FROM offering_texts t JOIN offerings o ON o.id = t.offering_id WHERE o.is_addon = 0").fetch_all(&db_.pool).await?;
                for r in rows {
                    let (id, name): (String, String) = (r.try_get("id")?, r.try_get("name")?);
                    g.plans.push((fold(&name), id, name));
                }
                for (word, canonical) in &self.entity_words {
                    if word.contains(' ') {
                        g.phrases.push((word.clone(), canonical.clone()));
                    } else {
                        g.words.insert(word.clone(), canonical.clone());
                    }
                }
                g.add_currencies(crate::countries::all());
                Ok::<_, Error>(g)
            })
            .await
    }
}

impl Default for Assistant {
    fn default() -> Self {
        Assistant::new()
    }
}

/// "Conversation X has news", to every stream of this process, and (PostgreSQL) to the other
/// processes, whose [`listen`] task passes it on to theirs.
#[derive(Clone)]
pub struct Hub {
    local: broadcast::Sender<String>,
    closing: std::sync::Arc<tokio::sync::watch::Sender<bool>>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            local: broadcast::channel(1024).0,
            closing: std::sync::Arc::new(tokio::sync::watch::channel(false).0),
        }
    }
}

impl Hub {
    /// The server is stopping: every stream ends (clients reconnect to another process).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    pub fn closing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.closing.subscribe()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.local.subscribe()
    }

    /// Someone (`name`, an advisor) is typing in conversation `id`: said to its streams and
    /// never stored (`typing<TAB>id<TAB>name` on the channel).
    pub async fn typing(&self, db_: &Db, id: &str, name: &str) {
        self.publish(db_, &format!("typing\t{id}\t{name}")).await;
    }

    /// After the commit that wrote conversation `id`'s news.
    pub async fn publish(&self, db_: &Db, id: &str) {
        if db_.backend == Backend::Postgres {
            // Every process, this one included, hears it through its listener.
            if let Err(err) = sqlx::query("SELECT pg_notify($1, $2)")
                .bind(NOTIFY_CHANNEL)
                .bind(id)
                .execute(&db_.pool)
                .await
            {
                tracing::warn!(error = %err, "chat notify failed; streams catch up on their next poll");
                let _ = self.local.send(id.to_owned());
            }
        } else {
            let _ = self.local.send(id.to_owned());
        }
    }
}

/// Passes PostgreSQL notifications on to this process's streams, reconnecting when the
/// connection drops (streams poll meanwhile, so nothing is lost).
pub async fn listen(url: String, hub: Hub) {
    loop {
        match sqlx::postgres::PgListener::connect(&url).await {
            Ok(mut listener) => {
                if let Err(err) = listener.listen(NOTIFY_CHANNEL).await {
                    tracing::warn!(error = %err, "chat listen failed");
                } else {
                    tracing::info!("listening for chat news from other server processes");
                    loop {
                        match listener.recv().await {
                            Ok(n) => {
                                let _ = hub.local.send(n.payload().to_owned());
                            }
                            Err(err) => {
                                tracing::warn!(error = %err, "chat listener lost its connection");
                                break;
                            }
                        }
                    }
                }
            }
            Err(err) => tracing::warn!(error = %err, "chat listener cannot connect"),
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

/// Fixed-window counters per key, in this process.
#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    /// Counts one more for `key`; false when it is over `limit` this minute.
    pub fn allow(&self, key: &str, limit: u32) -> bool {
        let now = Instant::now();
        let Ok(mut windows) = self.windows.lock() else {
            return true;
        };
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        }
        let entry = windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= limit
    }

    /// How many `key` counted this minute, without counting one more.
    pub fn count(&self, key: &str) -> u32 {
        let Ok(windows) = self.windows.lock() else {
            return 0;
        };
        windows
            .get(key)
            .filter(|(start, _)| start.elapsed() < Duration::from_secs(60))
            .map_or(0, |(_, n)| *n)
    }
}

/// Who asks about a conversation: the signed-in customer, or an anonymous visitor with the
/// conversation's key.
#[derive(Clone, Copy, Debug)]
pub enum Party<'a> {
    Customer(&'a str),
    Anonymous { key: &'a str },
}

/// A chat message as typed: trimmed, line breaks normalised; refused when empty, too long,
/// holding control characters or bytes that were not UTF-8.
pub fn clean_text(text: &str) -> Result<String, Error> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(ErrorId::MessageEmpty.into());
    }
    if text.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ErrorId::MessageTooLong.into());
    }
    // U+FFFD is what bytes that were not UTF-8 became when the form was decoded.
    if text
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{FFFD}')
    {
        return Err(ErrorId::MessageInvalid.into());
    }
    Ok(text.to_owned())
}

#[derive(Clone)]
pub(crate) struct Row_ {
    pub(crate) id: String,
    pub(crate) customer_id: Option<String>,
    pub(crate) stream_key: String,
    pub(crate) country: String,
    pub(crate) lang: String,
    pub(crate) channel: String,
    pub(crate) state: ChatState,
    pub(crate) misunderstood: i64,
    pub(crate) pending: Option<String>,
    pub(crate) last_seq: i64,
    /// The advisors' queue it waits (or last waited) in, and the advisor who has it.
    pub(crate) queue: Option<String>,
    pub(crate) advisor_id: Option<String>,
    /// The shop whose kiosk it is on, if any.
    pub(crate) store_id: Option<String>,
}

pub(crate) fn state_of(s: &str) -> ChatState {
    match s {
        "queued" => ChatState::Queued,
        "advisor" => ChatState::Advisor,
        "leave-message" => ChatState::LeaveMessage,
        "ticket" => ChatState::Ticket,
        "closed" => ChatState::Closed,
        _ => ChatState::Assistant,
    }
}

pub fn state_id(s: ChatState) -> &'static str {
    match s {
        ChatState::Assistant => "assistant",
        ChatState::Queued => "queued",
        ChatState::Advisor => "advisor",
        ChatState::LeaveMessage => "leave-message",
        ChatState::Ticket => "ticket",
        ChatState::Closed => "closed",
    }
}

fn author_id(a: Author) -> &'static str {
    match a {
        Author::Customer => "customer",
        Author::Assistant => "assistant",
        Author::Advisor => "advisor",
        Author::System => "system",
    }
}

pub(crate) async fn load(db_: &Db, id: &str) -> Result<Option<Row_>, Error> {
    let row = sqlx::query(
        "SELECT id, customer_id, stream_key, country, lang, channel, state, misunderstood, pending, last_seq, queue, advisor_id, store_id FROM conversations WHERE id = $1",
    )
        .bind(id)
        .fetch_optional(&db_.pool)
        .await?;
    row.map(|r| {
        Ok(Row_ {
            id: r.try_get("id")?,
            customer_id: r.try_get("customer_id")?,
            stream_key: r.try_get("stream_key")?,
            country: r.try_get("country")?,
            lang: r.try_get("lang")?,
            channel: r.try_get("channel")?,
            state: state_of(&r.try_get::<String, _>("state")?),
            misunderstood: r.try_get("misunderstood")?,
            pending: r.try_get("pending")?,
            last_seq: r.try_get("last_seq")?,
            queue: r.try_get("queue")?,
            advisor_id: r.try_get("advisor_id")?,
            store_id: r.try_get("store_id")?,
        })
    })
    .transpose()
}

/// The conversation if `party` may see it; not found otherwise (the two are not told apart).
async fn authorised(db_: &Db, id: &str, party: Party<'_>) -> Result<Row_, Error> {
    let not_found = || Error::from(ErrorId::ConversationNotFound);
    let row = load(db_, id).await?.ok_or_else(not_found)?;
    let ok = match party {
        Party::Customer(c) => row.customer_id.as_deref() == Some(c),
        Party::Anonymous { key } => {
            row.customer_id.is_none() && constant_time_eq(key, &row.stream_key)
        }
    };
    if ok {
        Ok(row)
    } else {
        Err(not_found())
    }
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The stream key gives read access to the conversation's messages, whoever holds it.
pub async fn for_stream(db_: &Db, id: &str, key: &str) -> Result<(), Error> {
    let row = load(db_, id)
        .await?
        .ok_or(Error::from(ErrorId::ConversationNotFound))?;
    if constant_time_eq(key, &row.stream_key) {
        Ok(())
    } else {
        Err(ErrorId::ConversationNotFound.into())
    }
}

fn message_from(r: &sqlx::any::AnyRow) -> Result<ChatMessage, Error> {
    let author = match r.try_get::<String, _>("author")?.as_str() {
        "customer" => Author::Customer,
        "advisor" => Author::Advisor,
        "system" => Author::System,
        _ => Author::Assistant,
    };
    let card: Option<String> = r.try_get("card")?;
    let replies: Option<String> = r.try_get("replies")?;
    Ok(ChatMessage {
        id: r.try_get("id")?,
        seq: r.try_get("seq")?,
        author,
        name: r.try_get("author_name")?,
        text: r.try_get("body")?,
        at: r.try_get("created_at")?,
        card: card.and_then(|c| serde_json::from_str(&c).ok()),
        replies: replies
            .and_then(|c| serde_json::from_str(&c).ok())
            .unwrap_or_default(),
        client_id: r.try_get("client_id")?,
    })
}

/// Messages of conversation `id` after `after`, in order, at most [`PAGE`].
pub async fn after(db_: &Db, id: &str, after: i64) -> Result<Vec<ChatMessage>, Error> {
    let rows = sqlx::query(
        "SELECT id, seq, author, author_name, body, created_at, card, replies, client_id FROM chat_messages
         WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(id)
    .bind(after)
    .bind(PAGE)
    .fetch_all(&db_.pool)
    .await?;
    rows.iter().map(message_from).collect()
}

/// A message to write.
#[derive(Debug, Clone)]
pub struct Out {
    pub author: Author,
    pub name: Option<String>,
    pub text: String,
    pub card: Option<Card>,
    pub replies: Vec<QuickReply>,
    pub client_id: Option<String>,
    pub intent: Option<String>,
    /// The classifier's probability for a customer's message, in thousandths.
    pub confidence: Option<i64>,
}

impl Out {
    pub(crate) fn says(author: Author, text: String) -> Out {
        Out {
            author,
            name: None,
            text,
            card: None,
            replies: Vec::new(),
            client_id: None,
            intent: None,
            confidence: None,
        }
    }
}

/// The conversation's fields a turn changes.
#[derive(Debug, Clone)]
pub(crate) struct Next {
    pub(crate) state: ChatState,
    pub(crate) pending: Option<String>,
    pub(crate) misunderstood: i64,
    pub(crate) queue: Option<String>,
    pub(crate) queued: bool,
    /// The advisor to set (`Some(Some(id))`) or clear (`Some(None)`); `None` keeps it.
    pub(crate) advisor: Option<Option<String>>,
}

impl Next {
    /// The conversation as it is, in `state`.
    pub(crate) fn keep(row: &Row_, state: ChatState) -> Next {
        Next {
            state,
            pending: row.pending.clone(),
            misunderstood: row.misunderstood,
            queue: None,
            queued: false,
            advisor: None,
        }
    }
}

/// Appends `outs` to conversation `row` (read at `row.last_seq`) and sets `next`, in one
/// transaction; `Ok(None)` when another writer went first (read again and retry).
pub(crate) async fn append(
    db_: &Db,
    row: &Row_,
    next: &Next,
    outs: &[Out],
    now: DateTime<Utc>,
    ticket: Option<(&str, &str)>,
) -> Result<Option<Vec<ChatMessage>>, Error> {
    let at = rfc3339(now);
    let mut tx = db_.pool.begin().await?;
    let new_last = row.last_seq + outs.len() as i64;
    let queued_at = next.queued.then(|| at.clone());
    let updated = sqlx::query(
        "UPDATE conversations SET last_seq = $1, state = $2, pending = $3, misunderstood = $4, queue = COALESCE($5, queue),
         queued_at = COALESCE($6, queued_at), updated_at = $7,
         advisor_id = CASE WHEN CAST($10 AS BIGINT) = 1 THEN $11 ELSE advisor_id END WHERE id = $8 AND last_seq = $9",
    )
    .bind(new_last)
    .bind(state_id(next.state))
    .bind(next.pending.clone())
    .bind(next.misunderstood)
    .bind(next.queue.clone())
    .bind(queued_at)
    .bind(&at)
    .bind(&row.id)
    .bind(row.last_seq)
    .bind(i64::from(next.advisor.is_some()))
    .bind(next.advisor.clone().flatten())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(None);
    }
    let mut written = Vec::new();
    for (i, out) in outs.iter().enumerate() {
        let seq = row.last_seq + 1 + i as i64;
        let id = uuid::Uuid::new_v4().to_string();
        let card = out
            .card
            .as_ref()
            .and_then(|c| serde_json::to_string(c).ok());
        let replies = (!out.replies.is_empty())
            .then(|| serde_json::to_string(&out.replies).ok())
            .flatten();
        let inserted = sqlx::query(
            "INSERT INTO chat_messages (conversation_id, seq, id, client_id, author, author_name, body, card, replies, intent, confidence, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(&row.id)
        .bind(seq)
        .bind(&id)
        .bind(out.client_id.clone())
        .bind(author_id(out.author))
        .bind(out.name.clone())
        .bind(&out.text)
        .bind(card)
        .bind(replies)
        .bind(out.intent.clone())
        .bind(out.confidence)
        .bind(&at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            // The same client message sent twice at once: the other one is written.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        written.push(ChatMessage {
            id,
            seq,
            author: out.author,
            name: out.name.clone(),
            text: out.text.clone(),
            at: at.clone(),
            card: out.card.clone(),
            replies: out.replies.clone(),
            client_id: out.client_id.clone(),
        });
    }
    if let Some((ticket_id, description)) = ticket {
        sqlx::query(
            "INSERT INTO trouble_tickets (id, conversation_id, customer_id, description, severity, ticket_type, status, channel, created_at, updated_at)
             VALUES ($1, $2, $3, $4, 'minor', 'chatMessage', 'submitted', $5, $6, $6)",
        )
        .bind(ticket_id)
        .bind(&row.id)
        .bind(row.customer_id.clone())
        .bind(description)
        .bind(&row.channel)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Some(written))
}

/// The signed-in customer's given name and country, if any.
async fn customer_info(db_: &Db, customer: &str) -> Result<Option<(String, String)>, Error> {
    let row = sqlx::query("SELECT given_name, country FROM customers WHERE id = $1")
        .bind(customer)
        .fetch_optional(&db_.pool)
        .await?;
    row.map(|r| Ok((r.try_get("given_name")?, r.try_get("country")?)))
        .transpose()
}

/// What opening a conversation needs.
pub struct OpenRequest<'a> {
    pub party: Option<&'a str>,
    pub lang: &'a str,
    pub country: Option<&'a str>,
    pub channel: &'a str,
    /// A kiosk's shop (kiosks only): its advisors may come to the customer.
    pub store: Option<&'a str>,
}

/// The signed-in customer's open conversation with its messages (from another device or
/// before a reload), else a new one with the assistant's welcome. Anonymous visitors and
/// kiosks always start a new one.
pub async fn open(
    db_: &Db,
    shops: &dyn crate::stores::storage::Shops,
    assistant: &Assistant,
    r: &OpenRequest<'_>,
    now: DateTime<Utc>,
) -> Result<Conversation, Error> {
    let lang = if assistant.speaks(r.lang) {
        r.lang
    } else {
        "en"
    };
    let info = match r.party {
        Some(c) => Some(
            customer_info(db_, c)
                .await?
                .ok_or(Error::from(ErrorId::Unauthenticated))?,
        ),
        None => None,
    };
    if let (Some(customer), false) = (r.party, r.channel == "kiosk") {
        let existing: Option<String> = sqlx::query_scalar(
            "SELECT id FROM conversations WHERE customer_id = $1 AND state <> 'closed' AND channel <> 'kiosk' ORDER BY updated_at DESC, created_at DESC LIMIT 1",
        )
        .bind(customer)
        .fetch_optional(&db_.pool)
        .await?;
        if let Some(id) = existing {
            let row = authorised(db_, &id, Party::Customer(customer)).await?;
            let first = (row.last_seq - PAGE).max(0);
            // Resumed (after a reload, on another device): in the language of the screen now.
            let lang = if row.lang == lang {
                row.lang
            } else {
                set_lang(db_, &id, lang).await?
            };
            return Ok(Conversation {
                messages: after(db_, &id, first).await?,
                id,
                key: row.stream_key,
                lang,
                state: row.state,
            });
        }
    }
    let country = info
        .as_ref()
        .map(|(_, c)| c.clone())
        .or(r.country.map(str::to_owned))
        .unwrap_or_default();
    // Only a kiosk is in a shop, and only a shop that exists.
    // With the shops' systems unreachable the kiosk's shop cannot be checked: the
    // conversation still opens (its customer is in front of the kiosk now).
    let store = match r.store.filter(|_| r.channel == "kiosk") {
        Some(s) => match crate::stores::domain::open_now(shops, s, "", now).await {
            Ok(Some(_)) => Some(s),
            Ok(None) => return Err(ErrorId::StoreNotFound.into()),
            Err(e) if e.id() == ErrorId::Unavailable => {
                tracing::warn!(store = s, "the kiosk's shop could not be checked");
                Some(s)
            }
            Err(e) => return Err(e),
        },
        None => None,
    };
    let id = uuid::Uuid::new_v4().to_string();
    let key = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let at = rfc3339(now);
    sqlx::query(
        "INSERT INTO conversations (id, customer_id, stream_key, country, lang, channel, state, created_at, updated_at, store_id)
         VALUES ($1, $2, $3, $4, $5, $6, 'assistant', $7, $7, $8)",
    )
    .bind(&id)
    .bind(r.party)
    .bind(&key)
    .bind(&country)
    .bind(lang)
    .bind(r.channel)
    .bind(&at)
    .bind(store)
    .execute(&db_.pool)
    .await?;
    let welcome = match &info {
        Some((name, _)) => assistant.text(
            lang,
            "chat-welcome-name",
            &[("name", FluentValue::from(name.as_str()))],
        ),
        None => assistant.text(lang, "chat-welcome", &[]),
    };
    let mut out = Out::says(Author::Assistant, welcome);
    out.replies = menu(assistant, lang);
    let row = load(db_, &id)
        .await?
        .ok_or(Error::from(ErrorId::Internal))?;
    let next = Next {
        state: ChatState::Assistant,
        pending: None,
        misunderstood: 0,
        queue: None,
        queued: false,
        advisor: None,
    };
    let messages = append(db_, &row, &next, &[out], now, None)
        .await?
        .ok_or(Error::from(ErrorId::Conflict))?;
    Ok(Conversation {
        id,
        key,
        lang: lang.to_owned(),
        state: ChatState::Assistant,
        messages,
    })
}

fn reply(assistant: &Assistant, lang: &str, intent: &str, label: &str) -> QuickReply {
    QuickReply {
        label: assistant.text(lang, label, &[]),
        intent: intent.to_owned(),
    }
}

/// What the assistant offers to do.
fn menu(assistant: &Assistant, lang: &str) -> Vec<QuickReply> {
    vec![
        reply(assistant, lang, "usage", "chat-qr-usage"),
        reply(assistant, lang, "cheaper_plan", "chat-qr-plans"),
        reply(assistant, lang, "store_stock", "chat-qr-stores"),
        reply(assistant, lang, "bill", "chat-qr-bill"),
    ]
}

fn offer_advisor(assistant: &Assistant, lang: &str) -> Vec<QuickReply> {
    vec![
        reply(assistant, lang, "human", "chat-qr-advisor"),
        reply(assistant, lang, "no", "chat-qr-no"),
    ]
}

/// A quick-reply label for an intent the assistant is unsure about.
fn intent_label(
    assistant: &Assistant,
    lang: &str,
    country: &str,
    intent: &str,
) -> Option<QuickReply> {
    let label = match intent {
        "usage" => "chat-qr-usage",
        "cheaper_plan" => "chat-qr-plans",
        "change_plan" => "chat-qr-change-plan",
        "addon" => "chat-qr-addons",
        "store_stock" | "opening_hours" => "chat-qr-stores",
        "network" => "chat-qr-network",
        "bill" => "chat-qr-bill",
        "roaming" => "chat-qr-roaming",
        "human" | "complaint" | "cancel" => "chat-qr-advisor",
        other => {
            let article = assistant.knowledge.best(lang, country, Some(other), "")?;
            return Some(QuickReply {
                label: article.title.clone(),
                intent: other.to_owned(),
            });
        }
    };
    Some(reply(assistant, lang, intent, label))
}

/// Whether advisors answer at `now` in `country`, and their hours today as `08:00–20:00`.
pub fn advisors_open(config: &Config, country: &str, now: DateTime<Utc>) -> (bool, String) {
    let week = crate::server::hours::parse_week(&config.advisor_hours).unwrap_or_default();
    let tz = crate::countries::zone(country);
    let (holidays, exceptions) = (HashMap::new(), HashMap::new());
    let calendar = crate::server::hours::Calendar {
        tz,
        week: &week,
        holidays: &holidays,
        exceptions: &exceptions,
    };
    let open = calendar.state(now).open;
    let today = calendar.local_date(now);
    // The hours of the next day they work, today included.
    let hours = (0..7)
        .map(|d| calendar.day(today + chrono::Duration::days(d)).0)
        .find(|p| !p.is_empty())
        .map(|periods| {
            let hm = |m: u16| format!("{:02}:{:02}", m / 60 % 24, m % 60);
            periods
                .iter()
                .map(|p| format!("{}–{}", hm(p.start), hm(p.end)))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    (open, hours)
}

/// The context a turn is answered in.
pub struct TurnContext<'a> {
    pub assistant: &'a Assistant,
    pub hub: &'a Hub,
    pub config: &'a Config,
    /// The customer's data (their lines, a voucher's top-up).
    pub storage: &'a dyn Storage,
    /// The shops (the kiosk's, whether it is open).
    pub shops: &'a dyn crate::stores::storage::Shops,
    pub signed_in: bool,
    /// The partner acting for the signed-in customer, if the token names one (for the audit).
    pub partner: Option<&'a str>,
    /// The channel the customer's token is for, when it is for one (a portal's, a kiosk's).
    pub channel: Option<crate::api::Channel>,
    pub now: DateTime<Utc>,
    /// A voucher's answer, once given in this request (see `chat_topup`).
    pub voucher: std::sync::OnceLock<(Out, Option<String>)>,
}

/// A customer's message, its idempotency key, and the intent of a quick reply when one was chosen.
#[derive(Clone, Copy)]
pub struct Said<'a> {
    pub text: &'a str,
    pub client_id: &'a str,
    pub intent: Option<&'a str>,
    /// The language the customer's screen is in now: the assistant answers in it from this
    /// message on (a language it does not speak is ignored).
    pub lang: Option<&'a str>,
}

/// The conversation goes on in `lang` (the assistant's answers; an advisor sees it too).
async fn set_lang(db_: &Db, id: &str, lang: &str) -> Result<String, Error> {
    sqlx::query("UPDATE conversations SET lang = $1 WHERE id = $2")
        .bind(lang)
        .bind(id)
        .execute(&db_.pool)
        .await?;
    Ok(lang.to_owned())
}

/// The first customer message with `client_id` and what followed it, if it was sent before.
async fn replay(db_: &Db, id: &str, client_id: &str) -> Result<Option<Vec<ChatMessage>>, Error> {
    let seq: Option<i64> = sqlx::query_scalar(
        "SELECT seq FROM chat_messages WHERE conversation_id = $1 AND client_id = $2",
    )
    .bind(id)
    .bind(client_id)
    .fetch_optional(&db_.pool)
    .await?;
    let Some(seq) = seq else { return Ok(None) };
    let mut messages = after(db_, id, seq - 1).await?;
    // Up to the next message of the customer.
    if let Some(end) = messages
        .iter()
        .skip(1)
        .position(|m| m.author == Author::Customer)
    {
        messages.truncate(end + 1);
    }
    Ok(Some(messages))
}

/// Posts the customer's message and, while the assistant has the conversation, its answer.
/// Sending the same `client_id` again returns what the first sending wrote.
pub async fn send(
    db_: &Db,
    ctx: &TurnContext<'_>,
    id: &str,
    party: Party<'_>,
    said: &Said<'_>,
) -> Result<Vec<ChatMessage>, Error> {
    let typed = clean_text(said.text)?;
    // What is stored and shown: the message with any voucher code hidden.
    let text = crate::chat::topup::hide_codes(&typed);
    for attempt in 0..5 {
        let mut row = authorised(db_, id, party).await?;
        if let Some(done) = replay(db_, id, said.client_id).await? {
            return Ok(done);
        }
        if row.state == ChatState::Closed {
            return Err(ErrorId::ConversationClosed.into());
        }
        if let Some(lang) = said
            .lang
            .filter(|l| *l != row.lang && ctx.assistant.speaks(l))
        {
            row.lang = set_lang(db_, id, lang).await?;
        }
        let (outs, next, ticket) = turn(db_, ctx, &row, &text, &typed, said).await?;
        let ticket_ref = ticket.as_ref().map(|id| (id.as_str(), text.as_str()));
        if let Some(written) = append(db_, &row, &next, &outs, ctx.now, ticket_ref).await? {
            ctx.hub.publish(db_, id).await;
            return Ok(written);
        }
        tracing::debug!(
            attempt,
            conversation = id,
            "another message went first; answering again"
        );
    }
    Err(ErrorId::Conflict.into())
}

/// The messages a customer's message leads to, the conversation's next fields, and the id of
/// the ticket it becomes (outside advisors' hours). `text` is the message as stored (codes
/// hidden), `typed` as the customer typed it.
async fn turn(
    db_: &Db,
    ctx: &TurnContext<'_>,
    row: &Row_,
    text: &str,
    typed: &str,
    said: &Said<'_>,
) -> Result<(Vec<Out>, Next, Option<String>), Error> {
    let a = ctx.assistant;
    let lang = row.lang.as_str();
    let mut customer = Out::says(Author::Customer, text.to_owned());
    customer.client_id = Some(said.client_id.to_owned());
    let mut next = Next::keep(row, row.state);

    match row.state {
        ChatState::Assistant => {}
        ChatState::LeaveMessage => {
            let ticket = format!(
                "TT-{}",
                &uuid::Uuid::new_v4().simple().to_string()[..10].to_uppercase()
            );
            let done = Out::says(
                Author::System,
                a.text(
                    lang,
                    "chat-ticket-created",
                    &[("id", FluentValue::from(ticket.as_str()))],
                ),
            );
            next.state = ChatState::Ticket;
            return Ok((vec![customer, done], next, Some(ticket)));
        }
        // An advisor (or the queue, or the ticket's answerer) reads it.
        _ => return Ok((vec![customer], next, None)),
    }

    let (decision, confidence) = match said.intent {
        Some(intent)
            if matches!(intent, "no" | SHOP_ADVISOR | ONLINE_ADVISOR)
                || ctx.assistant.classifier.intents.iter().any(|i| i == intent) =>
        {
            (Decision::Answer(intent.to_owned()), 1.0)
        }
        _ => ctx.assistant.classifier.decide(text),
    };
    let entities = a.gazetteer(db_).await?.extract(text, &row.country);
    customer.intent = match &decision {
        Decision::Answer(i) => Some(i.clone()),
        Decision::Rephrase(_) => Some("(rephrase)".into()),
        Decision::DontKnow => Some(nlu::NONE.into()),
    };
    customer.confidence = Some((confidence * 1000.0).round() as i64);

    // A voucher's code, when the assistant asked for one or the customer asks to top up with
    // it: credited, and hidden in the conversation but for its last four digits.
    let asked = row.pending.as_deref() == Some("voucher");
    let topping_up = asked || matches!(&decision, Decision::Answer(i) if i == "top_up");
    if let Some(digits) = topping_up
        .then(|| crate::chat::topup::find_code(typed))
        .flatten()
    {
        customer.intent = Some("top_up".into());
        let (out, pending) = match row.customer_id.as_deref().filter(|_| ctx.signed_in) {
            Some(id) => {
                crate::chat::topup::redeem(
                    ctx,
                    id,
                    &row.channel,
                    &row.country,
                    lang,
                    &digits,
                    said.client_id,
                )
                .await?
            }
            None => (
                Out::says(Author::Assistant, a.text(lang, "chat-sign-in", &[])),
                None,
            ),
        };
        next.pending = pending;
        next.misunderstood = 0;
        return Ok((vec![customer, out], next, None));
    }
    // The code asked for did not come: the next long number is not taken for one.
    if asked {
        next.pending = None;
    }
    let mut outs = vec![customer];

    // A place (or a product) completes what the assistant asked for, whatever else was
    // understood; "which iPhone near Paris?" is completed by the product, at the place it
    // remembered.
    if let Some(pending) = row.pending.clone() {
        let mut parts = pending.split('\t');
        let kind = parts.next().unwrap_or("");
        let at = kind == "stock_at" && entities.product.is_some();
        let remembered = if at {
            a.gazetteer(db_)
                .await?
                .extract(parts.next().unwrap_or(""), &row.country)
                .place
        } else {
            None
        };
        let place = entities.place.clone().or(remembered);
        if place.is_some() || (kind == "store_stock" && entities.product.is_some()) {
            let product = entities
                .product
                .clone()
                .or_else(|| Some((parts.next()?.to_owned(), parts.next()?.to_owned())));
            if kind == "network" && entities.place.is_some() {
                next.pending = None;
                let said = Said {
                    intent: Some("network"),
                    ..*said
                };
                return Box::pin(turn(
                    db_,
                    ctx,
                    &Row_ {
                        pending: None,
                        ..row.clone()
                    },
                    text,
                    typed,
                    &said,
                ))
                .await;
            }
            if at || kind == "store_stock" || kind == "hours" {
                let e = Entities {
                    place,
                    product: if kind == "hours" { None } else { product },
                    ..entities.clone()
                };
                let (out, pending) = stores_answer(db_, a, lang, &e).await?;
                next.pending = pending;
                next.misunderstood = 0;
                outs.push(out);
                return Ok((outs, next, None));
            }
        }
    }

    let intent = match decision {
        Decision::Answer(intent) => intent,
        Decision::Rephrase(likely) => {
            next.misunderstood += 1;
            let mut out = Out::says(Author::Assistant, a.text(lang, "chat-rephrase", &[]));
            out.replies = likely
                .iter()
                .filter_map(|i| intent_label(a, lang, &row.country, i))
                .collect();
            if next.misunderstood >= 2 {
                out.replies.push(reply(a, lang, "human", "chat-qr-advisor"));
            }
            outs.push(out);
            return Ok((outs, next, None));
        }
        Decision::DontKnow => {
            next.misunderstood += 1;
            let mut out = Out::says(Author::Assistant, a.text(lang, "chat-dont-know", &[]));
            out.replies = menu(a, lang);
            outs.push(out);
            if next.misunderstood >= 2 {
                let mut offer =
                    Out::says(Author::Assistant, a.text(lang, "chat-offer-advisor", &[]));
                offer.replies = offer_advisor(a, lang);
                outs.push(offer);
            }
            return Ok((outs, next, None));
        }
    };
    next.misunderstood = 0;
    next.pending = None;
    let say = |id: &str| Out::says(Author::Assistant, a.text(lang, id, &[]));
    let article = |intent: &str| -> Option<Out> {
        let found = a.knowledge.best(lang, &row.country, Some(intent), text)?;
        let mut out = Out::says(Author::Assistant, found.title.clone());
        let mut card = Card::new(CardKind::Article);
        card.title = Some(found.title.clone());
        card.body = Some(found.body.clone());
        out.card = Some(card);
        Some(out)
    };
    match intent.as_str() {
        "greeting" => {
            let mut out = say("chat-greeting");
            out.replies = menu(a, lang);
            outs.push(out);
        }
        "thanks" | "no" => outs.push(say("chat-thanks")),
        "goodbye" => {
            let mut out = say("chat-goodbye");
            out.card = Some(Card::new(CardKind::Rating));
            outs.push(out);
        }
        "usage" | "cheaper_plan" | "change_plan" | "addon" if !ctx.signed_in => {
            outs.push(say("chat-sign-in"))
        }
        // The allowance asked about, with the rest one tap away; or all of them.
        "usage" => {
            let mut out = say(match entities.meter {
                Some(UsageType::Data) => "chat-usage-data",
                Some(UsageType::Voice) => "chat-usage-voice",
                Some(UsageType::Sms) => "chat-usage-sms",
                _ => "chat-usage",
            });
            let mut card = Card::new(CardKind::Usage);
            card.meter = entities.meter;
            out.card = Some(card);
            outs.push(out);
        }
        "change_plan" => {
            let mut out = say("chat-change-plan");
            out.card = Some(Card::new(CardKind::ChangePlan));
            outs.push(out);
        }
        "addon" => {
            let mut out = say("chat-addons");
            out.card = Some(Card::new(CardKind::Addons));
            out.replies = vec![reply(a, lang, "change_plan", "chat-qr-change-plan")];
            outs.push(out);
        }
        "cheaper_plan" => {
            let mut card = Card::new(CardKind::Plans);
            let mut out = say("chat-plans");
            // A limit in the customer's own currency: the catalogue's prices are in it.
            let own = |currency: &String| {
                crate::countries::get(&row.country).is_some_and(|c| c.currency == *currency)
            };
            if let Some((amount, currency)) = entities.amount.filter(|(_, currency)| own(currency))
            {
                card.max_price = Some(amount);
                let shown = format!(
                    "{} {currency}",
                    crate::countries::digits_in(
                        &row.country,
                        lang,
                        &amount_text(amount, &currency)
                    )
                );
                out.text = a.text(
                    lang,
                    "chat-plans-under",
                    &[("amount", FluentValue::from(shown))],
                );
            }
            out.card = Some(card);
            outs.push(out);
        }
        "store_stock" => {
            let (out, pending) = stores_answer(db_, a, lang, &entities).await?;
            next.pending = pending;
            outs.push(out);
        }
        "opening_hours" => {
            if entities.place.is_some() {
                let (out, _) = stores_answer(
                    db_,
                    a,
                    lang,
                    &Entities {
                        product: None,
                        ..entities.clone()
                    },
                )
                .await?;
                outs.push(out);
            } else {
                outs.extend(article("opening_hours"));
                outs.push(say("chat-hours-ask"));
                next.pending = Some("hours".into());
            }
        }
        // At a kiosk in an open shop, the customer chooses: an advisor of the shop comes to
        // them, or one online.
        "human" => {
            if let Some(name) = shop_open(ctx.shops, row, ctx.now).await? {
                let mut out = Out::says(
                    Author::Assistant,
                    a.text(
                        lang,
                        "chat-shop-or-online",
                        &[("store", FluentValue::from(name))],
                    ),
                );
                out.replies = vec![
                    reply(a, lang, SHOP_ADVISOR, "chat-qr-shop-advisor"),
                    reply(a, lang, ONLINE_ADVISOR, "chat-qr-online-advisor"),
                ];
                outs.push(out);
                return Ok((outs, next, None));
            }
            return handover(db_, ctx, row, outs, next).await;
        }
        SHOP_ADVISOR if row.store_id.is_some() => {
            return shop_handover(db_, a, row, outs, next, ctx.now).await
        }
        SHOP_ADVISOR | ONLINE_ADVISOR => return handover(db_, ctx, row, outs, next).await,
        "complaint" | "cancel" => {
            if intent == "cancel" {
                outs.extend(article("cancel"));
            }
            let mut out = say(if intent == "cancel" {
                "chat-cancel"
            } else {
                "chat-complaint"
            });
            out.replies = offer_advisor(a, lang);
            outs.push(out);
        }
        // The ways to top up in the customer's country; a customer with a prepaid line may
        // type a voucher's code next.
        "top_up" => {
            outs.extend(article("top_up"));
            let prepaid = match row.customer_id.as_deref().filter(|_| ctx.signed_in) {
                Some(id) => crate::chat::topup::has_prepaid(ctx, id).await?,
                None => false,
            };
            if prepaid {
                outs.push(say("chat-topup-ask"));
                next.pending = Some("voucher".into());
            }
        }
        "network" => {
            // Where: the place named, else the customer's home town.
            let home = match &row.customer_id {
                Some(c) => crate::advisor::domain::home(db_, c).await?,
                None => None,
            };
            // Places named as the locator names them on this screen.
            let named = |country: &str, name: &str| {
                crate::countries::place_named(country, name, lang)
                    .map_or_else(|| name.to_owned(), str::to_owned)
            };
            let home = home.map(|(name, lat, lon)| {
                (named(&row.country, &name), lat, lon, row.country.clone())
            });
            let place = entities
                .place
                .as_ref()
                .map(|p| (p.name.clone(), p.lat, p.lon, p.country.clone()))
                .or(home);
            match place {
                Some((name, lat, lon, country)) => {
                    let incidents = crate::advisor::domain::incidents_near(
                        db_, &country, lat, lon, 20_000.0, lang,
                    )
                    .await?;
                    let place_arg = [("place", FluentValue::from(name.as_str()))];
                    if incidents.is_empty() {
                        outs.push(Out::says(
                            Author::Assistant,
                            a.text(lang, "chat-no-incidents", &place_arg),
                        ));
                        outs.extend(article("network"));
                    } else {
                        let zone = crate::countries::zone(&country);
                        let lines: Vec<String> = incidents
                            .iter()
                            .map(|i| {
                                let until = i
                                    .expected_end
                                    .as_deref()
                                    .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                                    .map(|t| {
                                        let local = t.with_timezone(&zone);
                                        let time = if local.date_naive()
                                            == ctx.now.with_timezone(&zone).date_naive()
                                        {
                                            local.format("%H:%M")
                                        } else {
                                            local.format("%d/%m %H:%M")
                                        };
                                        a.text(
                                            lang,
                                            "chat-incident-until",
                                            &[("time", FluentValue::from(time.to_string()))],
                                        )
                                    });
                                format!(
                                    "{} — {}: {}{}",
                                    i.name,
                                    named(&country, &i.place),
                                    i.description,
                                    until.map(|u| format!(" {u}")).unwrap_or_default()
                                )
                            })
                            .collect();
                        let mut out = Out::says(
                            Author::Assistant,
                            a.text(lang, "chat-incidents", &place_arg),
                        );
                        let mut card = Card::new(CardKind::Article);
                        card.title = Some(a.text(lang, "chat-incidents-title", &[]));
                        card.body = Some(lines.join("\n"));
                        out.card = Some(card);
                        out.replies = vec![
                            reply(a, lang, "human", "chat-qr-advisor"),
                            reply(a, lang, "no", "chat-qr-no"),
                        ];
                        outs.push(out);
                    }
                }
                None => {
                    outs.extend(article("network"));
                    outs.push(say("chat-hours-ask-incidents"));
                    next.pending = Some("network".into());
                }
            }
        }
        other => match article(other) {
            Some(out) => outs.push(out),
            None => {
                let mut out = say("chat-dont-know");
                out.replies = menu(a, lang);
                outs.push(out);
            }
        },
    }
    Ok((outs, next, None))
}

/// An amount in minor units as digits with the currency's decimals (`19.99`, `12500`).
pub(crate) fn amount_text(minor: i64, currency: &str) -> String {
    // The currency's decimals, as the countries' data says (two if no country uses it).
    let exponent = crate::countries::all()
        .iter()
        .find(|c| c.currency == currency)
        .map_or(2, |c| u32::from(c.currency_decimals));
    if exponent == 0 {
        return minor.to_string();
    }
    let unit = 10i64.pow(exponent);
    if minor % unit == 0 {
        (minor / unit).to_string()
    } else {
        format!(
            "{}.{:0width$}",
            minor / unit,
            minor % unit,
            width = exponent as usize
        )
    }
}

/// Shops near the place named, with the product in stock when one is named; else the
/// question that is missing, remembered as pending.
async fn stores_answer(
    db_: &Db,
    a: &Assistant,
    lang: &str,
    e: &Entities,
) -> Result<(Out, Option<String>), Error> {
    // "An iPhone in Paris": which one, with the place remembered.
    if let (Some(place), None, Some((family, products))) = (&e.place, &e.product, &e.family) {
        let args = [
            ("family", FluentValue::from(family.as_str())),
            ("place", FluentValue::from(place.name.as_str())),
        ];
        let mut out = Out::says(Author::Assistant, a.text(lang, "chat-stores-which", &args));
        out.replies = products
            .iter()
            .map(|(_, name)| QuickReply {
                label: name.clone(),
                intent: "store_stock".into(),
            })
            .collect();
        return Ok((out, Some(format!("stock_at\t{}", place.name))));
    }
    match (&e.place, &e.product) {
        (Some(place), product) => {
            let place_name = FluentValue::from(place.name.as_str());
            let mut card = Card::new(CardKind::Stores);
            card.place = Some(place.clone());
            let text = match product {
                Some((id, name)) => {
                    card.sku = sqlx::query_scalar(
                        "SELECT id FROM skus WHERE product_id = $1 ORDER BY id LIMIT 1",
                    )
                    .bind(id)
                    .fetch_optional(&db_.pool)
                    .await?;
                    card.product = Some(name.clone());
                    a.text(
                        lang,
                        "chat-stores-stock",
                        &[
                            ("place", place_name),
                            ("product", FluentValue::from(name.as_str())),
                        ],
                    )
                }
                None => a.text(lang, "chat-stores-near", &[("place", place_name)]),
            };
            let mut out = Out::says(Author::Assistant, text);
            out.card = Some(card);
            Ok((out, None))
        }
        (None, Some((id, name))) => {
            let text = a.text(
                lang,
                "chat-stores-ask-place",
                &[("product", FluentValue::from(name.as_str()))],
            );
            Ok((
                Out::says(Author::Assistant, text),
                Some(format!("store_stock\t{id}\t{name}")),
            ))
        }
        (None, None) => Ok((
            Out::says(Author::Assistant, a.text(lang, "chat-stores-ask", &[])),
            Some("store_stock".into()),
        )),
    }
}

/// The quick replies of the choice between an advisor of the kiosk's shop and one online.
const SHOP_ADVISOR: &str = "human_shop";
const ONLINE_ADVISOR: &str = "human_online";

/// The name of the kiosk's shop the conversation is on, if it is open now.
async fn shop_open(
    shops: &dyn crate::stores::storage::Shops,
    row: &Row_,
    now: DateTime<Utc>,
) -> Result<Option<String>, Error> {
    let Some(store) = &row.store_id else {
        return Ok(None);
    };
    // Not known to be open (the shops' systems unreachable): an advisor online, as when closed.
    match crate::stores::domain::open_now(shops, store, &row.lang, now).await {
        Ok(found) => Ok(found.filter(|(_, open)| *open).map(|(name, _)| name)),
        Err(e) if e.id() == ErrorId::Unavailable => Ok(None),
        Err(e) => Err(e),
    }
}

/// The customer at a kiosk asked for an advisor of its shop: the shop's own queue
/// (`store:<id>`), served by the advisors who work there, who come to the kiosk.
async fn shop_handover(
    db_: &Db,
    a: &Assistant,
    row: &Row_,
    outs: Vec<Out>,
    next: Next,
    now: DateTime<Utc>,
) -> Result<(Vec<Out>, Next, Option<String>), Error> {
    let queue = format!(
        "{}{}",
        crate::advisor::domain::SHOP_QUEUE,
        row.store_id.as_deref().unwrap_or_default()
    );
    join_queue(db_, a, row, queue, "chat-shop-queued", outs, next, now).await
}

/// The conversation joins `queue` after every other waiting there: the system message
/// `message` (with `$position` and `$minutes`) and the queue card with its place and wait.
#[allow(clippy::too_many_arguments)]
async fn join_queue(
    db_: &Db,
    a: &Assistant,
    row: &Row_,
    queue: String,
    message: &str,
    mut outs: Vec<Out>,
    mut next: Next,
    now: DateTime<Utc>,
) -> Result<(Vec<Out>, Next, Option<String>), Error> {
    let ahead: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM conversations WHERE state = 'queued' AND queue = $1 AND id <> $2",
    )
    .bind(&queue)
    .bind(&row.id)
    .fetch_one(&db_.pool)
    .await?;
    let position = ahead + 1;
    let minutes = wait_minutes(db_, &queue, position, now).await?;
    let mut card = Card::new(CardKind::Queue);
    card.position = Some(position);
    card.wait_minutes = Some(minutes);
    let mut out = Out::says(
        Author::System,
        a.text(
            &row.lang,
            message,
            &[
                ("position", FluentValue::from(position)),
                ("minutes", FluentValue::from(minutes)),
            ],
        ),
    );
    out.card = Some(card);
    outs.push(out);
    next.state = ChatState::Queued;
    next.queue = Some(queue);
    next.queued = true;
    Ok((outs, next, None))
}

/// The customer asked for a person: the queue of their country and language with their
/// place and the wait, or outside advisors' hours, the offer to leave a message.
async fn handover(
    db_: &Db,
    ctx: &TurnContext<'_>,
    row: &Row_,
    mut outs: Vec<Out>,
    mut next: Next,
) -> Result<(Vec<Out>, Next, Option<String>), Error> {
    let a = ctx.assistant;
    let lang = row.lang.as_str();
    let (open, hours) = advisors_open(ctx.config, &row.country, ctx.now);
    if !open {
        next.state = ChatState::LeaveMessage;
        outs.push(Out::says(
            Author::System,
            a.text(
                lang,
                "chat-advisors-closed",
                &[("hours", FluentValue::from(hours))],
            ),
        ));
        return Ok((outs, next, None));
    }
    join_queue(
        db_,
        a,
        row,
        queue_for(&row.country, lang),
        "chat-queued",
        outs,
        next,
        ctx.now,
    )
    .await
}

/// The advisors' queue for a conversation of `country` in `lang`: that language's when it is
/// one of the country's (the advisors of a country speak its languages and English), else
/// English's — a German visitor of the French site is answered in English, not left in a
/// queue no advisor serves.
pub(crate) fn queue_for(country: &str, lang: &str) -> String {
    let spoken = crate::countries::get(country).is_some_and(|c| {
        c.languages
            .iter()
            .any(|tag| tag.split('-').next() == Some(lang))
    });
    format!("{country}:{}", if spoken { lang } else { "en" })
}

/// After a conversation left queue `queue` (an advisor took it, or its customer ended it):
/// tells each of the first 20 still waiting there their new place and wait, as a system
/// message with the queue card. Ties in `queued_at` (the same second) are ordered by id.
pub(crate) async fn queue_moved(
    db_: &Db,
    hub: &Hub,
    a: &Assistant,
    queue: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let waiting: Vec<String> = sqlx::query_scalar("SELECT id FROM conversations WHERE state = 'queued' AND queue = $1 ORDER BY queued_at, id LIMIT 20")
        .bind(queue)
        .fetch_all(&db_.pool)
        .await?;
    for (i, id) in waiting.iter().enumerate() {
        let position = i as i64 + 1;
        for _ in 0..3 {
            let Some(row) = load(db_, id).await? else {
                break;
            };
            if row.state != ChatState::Queued {
                break;
            }
            let minutes = wait_minutes(db_, queue, position, now).await?;
            let mut card = Card::new(CardKind::Queue);
            card.position = Some(position);
            card.wait_minutes = Some(minutes);
            let args = [
                ("position", FluentValue::from(position)),
                ("minutes", FluentValue::from(minutes)),
            ];
            let mut out = Out::says(Author::System, a.text(&row.lang, "chat-queued", &args));
            out.card = Some(card);
            if append(
                db_,
                &row,
                &Next::keep(&row, ChatState::Queued),
                &[out],
                now,
                None,
            )
            .await?
            .is_some()
            {
                hub.publish(db_, id).await;
                break;
            }
        }
    }
    Ok(())
}

/// Minutes until an advisor takes the conversation at `position` of `queue`: the
/// conversations ahead shared among the advisors seen in the last two minutes who serve it
/// (by country and language, or working in the shop of a shop's queue).
async fn wait_minutes(
    db_: &Db,
    queue: &str,
    position: i64,
    now: DateTime<Utc>,
) -> Result<i64, Error> {
    let since = rfc3339(now - chrono::Duration::minutes(2));
    let rows =
        sqlx::query("SELECT languages, countries, stores FROM advisors WHERE last_seen >= $1")
            .bind(since)
            .fetch_all(&db_.pool)
            .await?;
    let list = |r: &sqlx::any::AnyRow, column: &str| -> Vec<String> {
        r.try_get::<String, _>(column)
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let online = rows
        .iter()
        .filter(|r| {
            let (languages, countries, stores) = (
                list(r, "languages"),
                list(r, "countries"),
                list(r, "stores"),
            );
            crate::advisor::domain::Advisor {
                id: "",
                languages: &languages,
                countries: &countries,
                stores: &stores,
            }
            .serves(queue)
        })
        .count()
        .max(1) as i64;
    Ok(((position * HANDLING_MINUTES) + online - 1) / online)
}

/// The customer's rating of the ended conversation (1–5) and an optional comment, once: an
/// open conversation cannot be rated yet, and a second, different rating is refused
/// (`conflict`); the same rating sent again (a retry) changes nothing.
#[allow(
    clippy::too_many_arguments,
    reason = "the conversation's context (database, hub, assistant, party, clock) beside the rating itself"
)]
pub async fn rate(
    db_: &Db,
    hub: &Hub,
    a: &Assistant,
    id: &str,
    party: Party<'_>,
    rating: i64,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    if !(1..=5).contains(&rating) {
        return Err(ErrorId::BadRequest.into());
    }
    let comment = comment.trim();
    if comment.chars().count() > MAX_MESSAGE_CHARS
        || comment.chars().any(|c| c.is_control() && c != '\n')
    {
        return Err(ErrorId::MessageInvalid.into());
    }
    let comment = (!comment.is_empty()).then_some(comment);
    let row = authorised(db_, id, party).await?;
    // Guarded: only an ended conversation, only once, whoever else rates it at the same time.
    let rated = sqlx::query("UPDATE conversations SET rating = $1, comment = $2 WHERE id = $3 AND state = 'closed' AND rating IS NULL")
        .bind(rating)
        .bind(comment)
        .bind(id)
        .execute(&db_.pool)
        .await?
        .rows_affected();
    if rated == 0 {
        let (kept, said): (Option<i64>, Option<String>) =
            sqlx::query_as("SELECT rating, comment FROM conversations WHERE id = $1")
                .bind(id)
                .fetch_one(&db_.pool)
                .await?;
        return match row.state {
            ChatState::Closed if kept == Some(rating) && said.as_deref() == comment => {
                Ok(Vec::new())
            }
            _ => Err(ErrorId::Conflict.into()),
        };
    }
    for _ in 0..5 {
        let row = authorised(db_, id, party).await?;
        let next = Next {
            pending: None,
            misunderstood: 0,
            ..Next::keep(&row, row.state)
        };
        let out = Out::says(Author::System, a.text(&row.lang, "chat-rated", &[]));
        if let Some(written) = append(db_, &row, &next, &[out], now, None).await? {
            hub.publish(db_, id).await;
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}

/// The customer ends the conversation (or the kiosk's session ends): it leaves the queue,
/// and the rating is asked for.
pub async fn close(
    db_: &Db,
    hub: &Hub,
    a: &Assistant,
    id: &str,
    party: Party<'_>,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    for _ in 0..5 {
        let row = authorised(db_, id, party).await?;
        if row.state == ChatState::Closed {
            return Ok(Vec::new());
        }
        let next = Next {
            pending: None,
            misunderstood: 0,
            ..Next::keep(&row, ChatState::Closed)
        };
        let mut out = Out::says(Author::System, a.text(&row.lang, "chat-rate", &[]));
        out.card = Some(Card::new(CardKind::Rating));
        if let Some(written) = append(db_, &row, &next, &[out], now, None).await? {
            hub.publish(db_, id).await;
            // It left the queue: the others move up.
            if let (ChatState::Queued, Some(queue)) = (row.state, &row.queue) {
                queue_moved(db_, hub, a, queue, now).await?;
            }
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}

/// The conversation's state now.
pub async fn current_state(db_: &Db, id: &str) -> Result<Option<ChatState>, Error> {
    let state: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE id = $1")
        .bind(id)
        .fetch_optional(&db_.pool)
        .await?;
    Ok(state.as_deref().map(state_of))
}

/// A party's view of a conversation: its messages after `after`.
pub async fn messages(
    db_: &Db,
    id: &str,
    party: Party<'_>,
    since: i64,
) -> Result<(ChatState, Vec<ChatMessage>), Error> {
    let row = authorised(db_, id, party).await?;
    Ok((row.state, after(db_, id, since.max(0)).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cleaned_or_refused() {
        assert_eq!(clean_text("  hello\r\nthere ").unwrap(), "hello\nthere");
        assert_eq!(clean_text(" \n ").unwrap_err().id(), ErrorId::MessageEmpty);
        assert_eq!(
            clean_text(&"a".repeat(MAX_MESSAGE_CHARS + 1))
                .unwrap_err()
                .id(),
            ErrorId::MessageTooLong
        );
        assert_eq!(
            clean_text(&"ب".repeat(MAX_MESSAGE_CHARS))
                .unwrap()
                .chars()
                .count(),
            MAX_MESSAGE_CHARS
        );
        assert_eq!(
            clean_text("bell\u{7}").unwrap_err().id(),
            ErrorId::MessageInvalid
        );
        assert_eq!(
            clean_text("nul\u{0}").unwrap_err().id(),
            ErrorId::MessageInvalid
        );
        assert_eq!(
            clean_text("<script>alert(1)</script>").unwrap(),
            "<script>alert(1)</script>"
        );
    }

    #[test]
    fn sentences_in_every_language() {
        let a = Assistant::new();
        for lang in ["en", "fr", "ar"] {
            let text = a.text(
                lang,
                "chat-queued",
                &[
                    ("position", FluentValue::from(2)),
                    ("minutes", FluentValue::from(8)),
                ],
            );
            assert!(text.contains('2') && text.contains('8'), "{lang}: {text}");
        }
        assert_eq!(a.text("xx", "chat-qr-usage", &[]), "My usage");
    }

    /// Every language's sentences parse and have every sentence of English, with the same
    /// variables (the assistant would otherwise answer that sentence in English).
    #[test]
    fn every_language_has_every_sentence_of_english() {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn variables(pattern: &Pattern<&str>, found: &mut std::collections::BTreeSet<String>) {
            for element in &pattern.elements {
                let PatternElement::Placeable { expression } = element else {
                    continue;
                };
                let (selector, variants) = match expression {
                    Expression::Inline(e) => (e, &[][..]),
                    Expression::Select { selector, variants } => (selector, &variants[..]),
                };
                if let InlineExpression::VariableReference { id } = selector {
                    found.insert(id.name.to_owned());
                }
                for v in variants {
                    variables(&v.value, found);
                }
            }
        }
        let shape =
            |text: &'static str,
             tag: &str|
             -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
                let resource = fluent_syntax::parser::parse(text)
                    .unwrap_or_else(|(_, e)| panic!("{tag}/replies.ftl: {e:?}"));
                resource
                    .body
                    .iter()
                    .filter_map(|entry| match entry {
                        Entry::Message(m) => {
                            let mut found = std::collections::BTreeSet::new();
                            variables(m.value.as_ref()?, &mut found);
                            Some((m.id.name.to_owned(), found))
                        }
                        _ => None,
                    })
                    .collect()
            };
        let languages = nlu::languages();
        let english = shape(
            languages.iter().find(|l| l.tag == "en").unwrap().replies,
            "en",
        );
        assert!(english.len() > 40);
        // Every language the widget ships (`i18n/locales/<language>/`) has its folder here.
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales");
        let mut shipped: Vec<String> = std::fs::read_dir(locales)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        shipped.sort();
        let mut spoken: Vec<String> = languages.iter().map(|l| l.tag.to_owned()).collect();
        spoken.sort();
        assert_eq!(
            spoken, shipped,
            "the assistant speaks every language of the widget"
        );
        for l in &languages {
            assert_eq!(
                shape(l.replies, l.tag),
                english,
                "{}: sentences or variables differ from English",
                l.tag
            );
        }
    }

    #[test]
    fn amounts() {
        assert_eq!(amount_text(2000, "EUR"), "20");
        assert_eq!(amount_text(1999, "EUR"), "19.99");
        assert_eq!(amount_text(5000, "XOF"), "5000");
        assert_eq!(amount_text(12500, "JOD"), "12.500");
    }

    #[test]
    fn rate_limiter_counts_per_key() {
        let r = RateLimiter::default();
        assert!((0..3).all(|_| r.allow("a", 3)));
        assert!(!r.allow("a", 3));
        assert!(r.allow("b", 3));
    }
}
