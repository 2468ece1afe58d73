//! The advisors' side of the chat: their desk (the queues they serve, their conversations,
//! the tickets left outside their hours, canned answers), taking a conversation, replying,
//! transferring, closing, answering a ticket; the customer's context at a glance; and the
//! known network incidents (TMF656) near a place.
//!
//! Every change goes through [`chat::append`], guarded by the conversation's sequence
//! number: two advisors accepting the same conversation at once, one wins, the other is told
//! `conflict`.

use crate::api::{
    AdvisorConversation, AdvisorDesk, Author, CannedAnswer, ChatMessage, ChatState, Conversation,
    CustomerContext, ErrorId, Incident, OrderBrief, QueueEntry, TroubleTicket,
};
use crate::chat::domain::{self as chat, append, load, Assistant, Hub, Next, Out};
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use crate::stores::domain::distance_m;
use crate::usage::storage::Storage;
use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;
use sqlx::Row;

/// Who acts: an advisor and the skills their token gives them.
pub struct Advisor<'a> {
    pub id: &'a str,
    pub languages: &'a [String],
    pub countries: &'a [String],
    /// The shops they work in: they serve those shops' queues (`store:<id>`).
    pub stores: &'a [String],
}

/// The prefix of a shop's own queue: its advisors come to the customer at its kiosk.
pub const SHOP_QUEUE: &str = "store:";

impl Advisor<'_> {
    /// `<country>:<lang>` by skills, `store:<id>` by the shops they work in.
    pub fn serves(&self, queue: &str) -> bool {
        if let Some(store) = queue.strip_prefix(SHOP_QUEUE) {
            return self.stores.iter().any(|s| s == store);
        }
        let (country, lang) = queue.split_once(':').unwrap_or((queue, ""));
        self.countries.iter().any(|c| c == country) && self.languages.iter().any(|l| l == lang)
    }
}

/// An advisor's skills, space-separated: languages, countries, and the shops they work in.
pub struct Skills<'a> {
    pub languages: &'a str,
    pub countries: &'a str,
    pub stores: &'a str,
}

/// Known incidents of `country` not resolved whose area is within `within_m` of (`lat`,
/// `lon`), nearest first, texts in `lang` (else English).
pub async fn incidents_near(
    db_: &Db,
    country: &str,
    lat: f64,
    lon: f64,
    within_m: f64,
    lang: &str,
) -> Result<Vec<Incident>, Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.category, p.status, p.impact, p.place_name, p.lat, p.lon, p.radius_m, p.started_at, p.expected_end,
                COALESCE(t.name, e.name) AS name, COALESCE(t.description, e.description) AS description
         FROM service_problems p
         JOIN service_problem_texts e ON e.problem_id = p.id AND e.lang = 'en'
         LEFT JOIN service_problem_texts t ON t.problem_id = p.id AND t.lang = $2
         WHERE p.country = $1 AND p.status <> 'resolved'",
    )
    .bind(country)
    .bind(lang)
    .fetch_all(&db_.pool)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let (plat, plon): (f64, f64) = (r.try_get("lat")?, r.try_get("lon")?);
        let radius: i64 = r.try_get("radius_m")?;
        let distance = (distance_m(lat, lon, plat, plon) - radius as f64).max(0.0);
        if distance > within_m {
            continue;
        }
        out.push(Incident {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            description: r.try_get("description")?,
            category: r.try_get("category")?,
            status: r.try_get("status")?,
            impact: r.try_get("impact")?,
            place: r.try_get("place_name")?,
            started_at: r.try_get("started_at")?,
            expected_end: r.try_get("expected_end")?,
            distance_m: distance.round() as i64,
        });
    }
    out.sort_by_key(|i| i.distance_m);
    Ok(out)
}

/// A customer's home place: (name, lat, lon).
pub async fn home(db_: &Db, customer: &str) -> Result<Option<(String, f64, f64)>, Error> {
    let row = sqlx::query("SELECT p.name, p.lat, p.lon FROM customer_places c JOIN places p ON p.id = c.place_id WHERE c.customer_id = $1")
        .bind(customer)
        .fetch_optional(&db_.pool)
        .await?;
    row.map(|r| Ok((r.try_get("name")?, r.try_get("lat")?, r.try_get("lon")?)))
        .transpose()
}

/// The canned answers of every language (`data/chat/<language>/canned.txt`).
pub fn canned() -> Vec<CannedAnswer> {
    let mut out = Vec::new();
    for (lang, file, text) in crate::chat::nlu::CHAT_FILES {
        if *file != "canned.txt" {
            continue;
        }
        for (title, body) in crate::chat::nlu::parse_examples(text) {
            out.push(CannedAnswer {
                lang: (*lang).to_owned(),
                title,
                text: body,
            });
        }
    }
    out
}

async fn advisor_name(db_: &Db, id: &str) -> Result<String, Error> {
    let name: Option<String> = sqlx::query_scalar("SELECT name FROM advisors WHERE id = $1")
        .bind(id)
        .fetch_optional(&db_.pool)
        .await?;
    Ok(name.unwrap_or_else(|| id.to_owned()))
}

fn entry(r: &sqlx::any::AnyRow) -> Result<QueueEntry, Error> {
    let state: String = r.try_get("state")?;
    Ok(QueueEntry {
        conversation: r.try_get("id")?,
        state: chat::state_of(&state),
        queue: r.try_get::<Option<String>, _>("queue")?.unwrap_or_default(),
        country: r.try_get("country")?,
        lang: r.try_get("lang")?,
        customer: r.try_get("given_name")?,
        since: r
            .try_get::<Option<String>, _>("queued_at")?
            .unwrap_or_default(),
        last_text: r
            .try_get::<Option<String>, _>("last_text")?
            .unwrap_or_default(),
        shop: r.try_get("shop")?,
    })
}

const ENTRY_SELECT: &str = "SELECT c.id, c.state, c.queue, c.country, c.lang, c.queued_at, u.given_name,
    (SELECT s.name FROM stores s WHERE c.queue = 'store:' || s.id) AS shop,
    (SELECT m.body FROM chat_messages m WHERE m.conversation_id = c.id AND m.author = 'customer' ORDER BY m.seq DESC LIMIT 1) AS last_text
    FROM conversations c LEFT JOIN customers u ON u.id = c.customer_id";

/// The advisor's desk; says they are there (for the customers' wait estimates).
pub async fn desk(db_: &Db, a: &Advisor<'_>, now: DateTime<Utc>) -> Result<AdvisorDesk, Error> {
    sqlx::query("UPDATE advisors SET last_seen = $1 WHERE id = $2")
        .bind(rfc3339(now))
        .bind(a.id)
        .execute(&db_.pool)
        .await?;
    let waiting = sqlx::query(&format!(
        "{ENTRY_SELECT} WHERE c.state = 'queued' ORDER BY c.queued_at, c.id LIMIT 200"
    ))
    .fetch_all(&db_.pool)
    .await?;
    let waiting: Vec<QueueEntry> = waiting
        .iter()
        .map(entry)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|e| a.serves(&e.queue))
        .collect();
    let mine = sqlx::query(&format!(
        "{ENTRY_SELECT} WHERE c.state = 'advisor' AND c.advisor_id = $1 ORDER BY c.updated_at DESC"
    ))
    .bind(a.id)
    .fetch_all(&db_.pool)
    .await?;
    let mine = mine.iter().map(entry).collect::<Result<Vec<_>, _>>()?;
    let tickets = sqlx::query(
        "SELECT t.id, t.conversation_id, t.description, t.status, t.created_at, c.country, c.lang, u.given_name
         FROM trouble_tickets t JOIN conversations c ON c.id = t.conversation_id LEFT JOIN customers u ON u.id = t.customer_id
         WHERE t.status IN ('submitted', 'acknowledged', 'inProgress') ORDER BY t.created_at, t.id LIMIT 200",
    )
    .fetch_all(&db_.pool)
    .await?;
    let mut open_tickets = Vec::new();
    for r in tickets {
        let t = TroubleTicket {
            id: r.try_get("id")?,
            conversation: r.try_get("conversation_id")?,
            customer: r.try_get("given_name")?,
            country: r.try_get("country")?,
            lang: r.try_get("lang")?,
            description: r.try_get("description")?,
            status: r.try_get("status")?,
            created_at: r.try_get("created_at")?,
        };
        if a.serves(&crate::chat::domain::queue_for(&t.country, &t.lang)) {
            open_tickets.push(t);
        }
    }
    // Where a conversation can be transferred: each of their countries' languages (from the
    // countries' data) and English.
    let mut queues = Vec::new();
    for c in a.countries {
        let languages = crate::countries::get(c)
            .map(|k| k.languages.as_slice())
            .unwrap_or_default();
        for l in languages
            .iter()
            .map(|tag| tag.split('-').next().unwrap_or_default())
            .chain(["en"])
        {
            let queue = format!("{c}:{l}");
            if !queues.contains(&queue) {
                queues.push(queue);
            }
        }
    }
    Ok(AdvisorDesk {
        advisor: a.id.to_owned(),
        name: advisor_name(db_, a.id).await?,
        languages: a.languages.to_vec(),
        countries: a.countries.to_vec(),
        waiting,
        mine,
        tickets: open_tickets,
        canned: canned()
            .into_iter()
            .filter(|c| a.languages.contains(&c.lang))
            .collect(),
        queues,
    })
}

/// The conversation if the advisor may see it: waiting in a queue they serve, theirs, or
/// one whose ticket they may answer.
async fn visible(
    db_: &Db,
    a: &Advisor<'_>,
    id: &str,
) -> Result<(chat::Row_, Option<String>, Option<String>), Error> {
    let not_found = || Error::from(ErrorId::ConversationNotFound);
    let row = load(db_, id).await?.ok_or_else(not_found)?;
    let (queue, owner) = (row.queue.clone(), row.advisor_id.clone());
    let skills = a.serves(&crate::chat::domain::queue_for(&row.country, &row.lang))
        || queue.as_deref().is_some_and(|q| a.serves(q));
    let ok = match row.state {
        ChatState::Advisor => owner.as_deref() == Some(a.id),
        // Waiting for an advisor of a shop, who will walk to the kiosk: theirs only.
        ChatState::Queued if queue.as_deref().is_some_and(|q| q.starts_with(SHOP_QUEUE)) => {
            queue.as_deref().is_some_and(|q| a.serves(q))
        }
        ChatState::Queued | ChatState::Ticket | ChatState::LeaveMessage => skills,
        // Ended by the customer before their message was answered: still to be answered.
        ChatState::Closed => {
            owner.as_deref() == Some(a.id) || (skills && open_ticket(db_, id).await?)
        }
        ChatState::Assistant => false,
    };
    if ok {
        Ok((row, queue, owner))
    } else {
        Err(not_found())
    }
}

/// Whether the conversation's ticket is still waiting for an answer.
async fn open_ticket(db_: &Db, conversation: &str) -> Result<bool, Error> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT id FROM trouble_tickets WHERE conversation_id = $1 AND status = 'submitted'",
    )
    .bind(conversation)
    .fetch_optional(&db_.pool)
    .await?;
    Ok(found.is_some())
}

/// A conversation with the customer's context.
pub async fn view(
    db_: &Db,
    storage: &dyn Storage,
    shops: &dyn crate::stores::storage::Shops,
    a: &Advisor<'_>,
    id: &str,
    now: DateTime<Utc>,
) -> Result<AdvisorConversation, Error> {
    let (row, queue, owner) = visible(db_, a, id).await?;
    let first = (row.last_seq - chat::PAGE).max(0);
    let messages: Vec<ChatMessage> = chat::after(db_, id, first).await?;
    let intents: Vec<String> = sqlx::query_scalar("SELECT intent FROM chat_messages WHERE conversation_id = $1 AND author = 'customer' AND intent IS NOT NULL ORDER BY seq")
        .bind(id)
        .fetch_all(&db_.pool)
        .await?;
    let customer = match &row.customer_id {
        Some(c) => Some(context(db_, storage, shops, c, &row.lang, now).await?),
        None => None,
    };
    Ok(AdvisorConversation {
        conversation: Conversation {
            id: row.id.clone(),
            key: row.stream_key.clone(),
            lang: row.lang.clone(),
            state: row.state,
            messages,
        },
        queue: queue.unwrap_or_default(),
        country: row.country.clone(),
        advisor: owner,
        customer,
        intents,
    })
}

/// The customer at a glance: lines with this cycle's usage, recent orders and reservations,
/// incidents near home.
async fn context(
    db_: &Db,
    storage: &dyn Storage,
    shops: &dyn crate::stores::storage::Shops,
    customer: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<CustomerContext, Error> {
    let first = crate::usage::domain::overview(storage, customer, None, Some("en"), now).await?;
    let mut lines = Vec::new();
    for l in &first.profile.lines {
        if let Some(line) =
            crate::usage::domain::overview(storage, customer, Some(&l.id), Some("en"), now)
                .await?
                .line
        {
            lines.push(line);
        }
    }
    let orders = sqlx::query("SELECT id, offering_name, state, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC, id LIMIT 5")
        .bind(customer)
        .fetch_all(&db_.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OrderBrief {
                id: r.try_get("id")?,
                offering: r.try_get("offering_name")?,
                state: r.try_get("state")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let mut reservations = crate::stores::domain::list(shops, customer, "", now).await?;
    reservations.truncate(5);
    let home = home(db_, customer).await?;
    let incidents = match &home {
        Some((_, lat, lon)) => {
            incidents_near(db_, &first.profile.country, *lat, *lon, 20_000.0, lang).await?
        }
        None => Vec::new(),
    };
    Ok(CustomerContext {
        name: first.profile.given_name.clone(),
        country: first.profile.country.clone(),
        home: home.map(|h| h.0),
        currency: first.profile.currency.clone(),
        lines,
        orders,
        reservations,
        incidents,
    })
}

/// Takes a waiting conversation: the customer sees "<name> joined the conversation". Two
/// advisors at once: one gets it, the other `conflict`.
pub async fn accept(
    db_: &Db,
    hub: &Hub,
    assistant: &Assistant,
    a: &Advisor<'_>,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    let name = advisor_name(db_, a.id).await?;
    for _ in 0..5 {
        let (row, ..) = visible(db_, a, id).await?;
        if row.state != ChatState::Queued {
            return Err(ErrorId::Conflict.into());
        }
        let next = Next {
            advisor: Some(Some(a.id.to_owned())),
            ..Next::keep(&row, ChatState::Advisor)
        };
        let out = Out::says(
            Author::System,
            assistant.text(
                &row.lang,
                "chat-advisor-joined",
                &[("name", FluentValue::from(name.as_str()))],
            ),
        );
        if let Some(written) = append(db_, &row, &next, &[out], now, None).await? {
            hub.publish(db_, id).await;
            // The others waiting in that queue move up.
            if let Some(queue) = &row.queue {
                chat::queue_moved(db_, hub, assistant, queue, now).await?;
            }
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}

/// The advisor's message in their conversation (`client_id` makes a retry safe), or the
/// answer to a ticket: the advisor who answers it takes the conversation (the customer's
/// reply reaches them, not the assistant) until they close it, and the ticket is in progress.
pub async fn say(
    db_: &Db,
    hub: &Hub,
    a: &Advisor<'_>,
    id: &str,
    text: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    let text = chat::clean_text(text)?;
    let name = advisor_name(db_, a.id).await?;
    for _ in 0..5 {
        let (row, _, owner) = visible(db_, a, id).await?;
        let replay: Option<i64> = sqlx::query_scalar(
            "SELECT seq FROM chat_messages WHERE conversation_id = $1 AND client_id = $2",
        )
        .bind(id)
        .bind(client_id)
        .fetch_optional(&db_.pool)
        .await?;
        if let Some(seq) = replay {
            return chat::after(db_, id, seq - 1).await.map(|mut m| {
                m.truncate(1);
                m
            });
        }
        let next = match row.state {
            ChatState::Advisor if owner.as_deref() == Some(a.id) => {
                Next::keep(&row, ChatState::Advisor)
            }
            ChatState::Ticket | ChatState::LeaveMessage => Next {
                advisor: Some(Some(a.id.to_owned())),
                ..Next::keep(&row, ChatState::Advisor)
            },
            // The customer ended it before the answer came: the answer opens it again, and the
            // customer finds it there the next time they open the chat.
            ChatState::Closed if open_ticket(db_, id).await? => Next {
                advisor: Some(Some(a.id.to_owned())),
                ..Next::keep(&row, ChatState::Advisor)
            },
            _ => return Err(ErrorId::Conflict.into()),
        };
        let answers_ticket = row.state != ChatState::Advisor;
        let mut out = Out::says(Author::Advisor, text.clone());
        out.name = Some(name.clone());
        out.client_id = Some(client_id.to_owned());
        if let Some(written) = append(db_, &row, &next, &[out], now, None).await? {
            if answers_ticket {
                ticket_moves(db_, id, "submitted", "inProgress", now).await?;
            }
            hub.publish(db_, id).await;
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}

/// The conversation's ticket (TMF621) moves from state `from` to `to`, if it is in `from`.
async fn ticket_moves(
    db_: &Db,
    conversation: &str,
    from: &str,
    to: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query("UPDATE trouble_tickets SET status = $1, updated_at = $2 WHERE conversation_id = $3 AND status = $4")
        .bind(to)
        .bind(rfc3339(now))
        .bind(conversation)
        .bind(from)
        .execute(&db_.pool)
        .await?;
    Ok(())
}

/// The advisor is typing in their conversation: its customer's streams say so.
pub async fn typing(db_: &Db, hub: &Hub, a: &Advisor<'_>, id: &str) -> Result<bool, Error> {
    let (row, _, owner) = visible(db_, a, id).await?;
    if row.state != ChatState::Advisor || owner.as_deref() != Some(a.id) {
        return Err(ErrorId::Conflict.into());
    }
    hub.typing(db_, id, &advisor_name(db_, a.id).await?).await;
    Ok(true)
}

/// Hands the conversation to another queue (`<country>:<lang>`): it waits there again.
pub async fn transfer(
    db_: &Db,
    hub: &Hub,
    assistant: &Assistant,
    a: &Advisor<'_>,
    id: &str,
    queue: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    let valid = queue.split_once(':').is_some_and(|(c, l)| {
        c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) && assistant.speaks(l)
    });
    if !valid {
        return Err(ErrorId::BadRequest.into());
    }
    for _ in 0..5 {
        let (row, _, owner) = visible(db_, a, id).await?;
        if row.state != ChatState::Advisor || owner.as_deref() != Some(a.id) {
            return Err(ErrorId::Conflict.into());
        }
        let next = Next {
            queue: Some(queue.to_owned()),
            queued: true,
            advisor: Some(None),
            ..Next::keep(&row, ChatState::Queued)
        };
        let out = Out::says(
            Author::System,
            assistant.text(&row.lang, "chat-transferred", &[]),
        );
        if let Some(written) = append(db_, &row, &next, &[out], now, None).await? {
            hub.publish(db_, id).await;
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}

/// Ends the advisor's conversation: "<name> left", and the customer is asked for a rating.
pub async fn close(
    db_: &Db,
    hub: &Hub,
    assistant: &Assistant,
    a: &Advisor<'_>,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ChatMessage>, Error> {
    let name = advisor_name(db_, a.id).await?;
    for _ in 0..5 {
        let (row, _, owner) = visible(db_, a, id).await?;
        if row.state != ChatState::Advisor || owner.as_deref() != Some(a.id) {
            return Err(ErrorId::Conflict.into());
        }
        let left = Out::says(
            Author::System,
            assistant.text(
                &row.lang,
                "chat-advisor-left",
                &[("name", FluentValue::from(name.as_str()))],
            ),
        );
        let mut rate = Out::says(Author::System, assistant.text(&row.lang, "chat-rate", &[]));
        rate.card = Some(crate::api::Card::new(crate::api::CardKind::Rating));
        let next = Next::keep(&row, ChatState::Closed);
        if let Some(written) = append(db_, &row, &next, &[left, rate], now, None).await? {
            // A ticket answered in this conversation is resolved with it.
            ticket_moves(db_, id, "inProgress", "resolved", now).await?;
            hub.publish(db_, id).await;
            return Ok(written);
        }
    }
    Err(ErrorId::Conflict.into())
}
