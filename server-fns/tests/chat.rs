//! The chat at the HTTP boundary, on SQLite and PostgreSQL: the assistant's answers and cards,
//! what it does not know, handover to the queue and tickets outside advisors' hours,
//! persistence across devices, idempotent retries, authorisation of customers and anonymous
//! visitors, bad input, rate limits, the live stream resuming after a cut without loss or
//! duplicates, and two server processes exchanging news through PostgreSQL.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use http_body_util::BodyExt;
use selfcare_server_fns::api::{
    Author, CardKind, ChatMessage, ChatState, ChatUpdate, Conversation, QuickReply, UsageType,
};
use selfcare_server_fns::server::config::Config;
use selfcare_server_fns::server::db::Backend;
use std::time::Duration;
use tower::ServiceExt;

const AWA: &str = "cust-sn-awa";
const AHMED: &str = "cust-eg-ahmed";

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn key(n: u32) -> String {
    format!("0000c0de-0000-4000-8000-{n:012}")
}

impl TestServer {
    async fn open(&self, customer: &str, lang: &str) -> Conversation {
        self.as_customer(
            customer,
            "chat-open",
            &format!("lang={lang}&channel=website"),
        )
        .await
    }

    async fn say(&self, customer: &str, c: &str, text: &str, n: u32) -> Vec<ChatMessage> {
        self.as_customer(
            customer,
            "chat-send",
            &format!("conversation={c}&text={}&client_id={}", enc(text), key(n)),
        )
        .await
    }

    /// What the assistant said back (the messages after the customer's).
    async fn answer(&self, customer: &str, c: &str, text: &str, n: u32) -> Vec<ChatMessage> {
        let written = self.say(customer, c, text, n).await;
        assert_eq!(written[0].author, Author::Customer);
        assert_eq!(written[0].text, text.trim());
        written[1..].to_vec()
    }

    async fn chat_count(&self) -> i64 {
        self.count("chat_messages").await
    }
}

/// A quick reply chosen, as the widget sends it: its label, with its intent.
fn choice(c: &str, reply: &QuickReply, n: u32) -> String {
    format!(
        "conversation={c}&text={}&client_id={}&intent={}",
        enc(&reply.label),
        key(n),
        reply.intent
    )
}

fn card(messages: &[ChatMessage]) -> Option<CardKind> {
    messages
        .iter()
        .find_map(|m| m.card.as_ref().map(|c| c.kind))
}

#[tokio::test]
async fn the_assistant_answers_with_cards_and_the_conversation_persists() {
    each_backend(|s| async move {
        let c = s.open(CAMILLE, "fr").await;
        assert_eq!((c.lang.as_str(), c.state), ("fr", ChatState::Assistant));
        assert_eq!(c.messages.len(), 1);
        assert!(
            c.messages[0].text.contains("Camille"),
            "{}",
            c.messages[0].text
        );
        assert!(c.messages[0].replies.iter().any(|r| r.intent == "usage"));

        let answer = s
            .answer(CAMILLE, &c.id, "combien de data il me reste", 1)
            .await;
        assert_eq!(card(&answer), Some(CardKind::Usage));
        let plans = s
            .answer(
                CAMILLE,
                &c.id,
                "je voudrais un forfait moins cher, moins de 20 €",
                2,
            )
            .await;
        let plans_card = plans[0].card.clone().unwrap();
        assert_eq!(
            (plans_card.kind, plans_card.max_price),
            (CardKind::Plans, Some(2000))
        );
        let bill = s
            .answer(CAMILLE, &c.id, "je ne comprends pas ma facture", 3)
            .await;
        assert_eq!(card(&bill), Some(CardKind::Article));
        assert!(
            bill[0]
                .card
                .as_ref()
                .unwrap()
                .body
                .as_ref()
                .unwrap()
                .contains("prélevées"),
            "France's payment article"
        );

        // A retry with the same client id writes nothing and answers the same.
        let before = s.chat_count().await;
        let again = s
            .say(CAMILLE, &c.id, "combien de data il me reste", 1)
            .await;
        assert_eq!(s.chat_count().await, before);
        assert_eq!(
            again[1].card.as_ref().map(|c| c.kind),
            Some(CardKind::Usage)
        );
        assert_eq!(again[0].seq, 2);

        // Another device (or a reload): the same conversation, every message in order.
        let back = s.open(CAMILLE, "en").await;
        assert_eq!(back.id, c.id);
        let seqs: Vec<i64> = back.messages.iter().map(|m| m.seq).collect();
        assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>());
        assert_eq!(back.messages.len() as i64, before);
        let update: ChatUpdate = s
            .as_customer(
                CAMILLE,
                "chat-messages",
                &format!("conversation={}&after=5", c.id),
            )
            .await;
        assert_eq!(update.messages.first().map(|m| m.seq), Some(6));

        // Arabic: plans in a message mixing scripts, and an entity in Arabic.
        let a = s.open(AHMED, "ar").await;
        assert!(a.messages[0].text.contains("أحمد"));
        let usage = s.answer(AHMED, &a.id, "كم جيجا متبقية في باقتي", 1).await;
        assert_eq!(card(&usage), Some(CardKind::Usage));
        let stores = s
            .answer(AHMED, &a.id, "أين أشتري جالكسي A55 في القاهرة", 2)
            .await;
        let found = stores[0].card.clone().unwrap();
        assert_eq!(found.kind, CardKind::Stores);
        assert_eq!(found.place.unwrap().country, "EG");
        assert!(found.sku.unwrap().starts_with("samsung-galaxy-a55-5g"));
    })
    .await;
}

#[tokio::test]
async fn every_quick_reply_of_the_welcome_is_taken_as_offered() {
    each_backend(|s| async move {
        // Intents such as `cheaper_plan` were once refused as malformed ids.
        let c = s.open(AWA, "fr").await;
        assert!(c.messages[0].replies.len() >= 3);
        for (n, r) in c.messages[0].replies.iter().enumerate() {
            let answer = s
                .call(
                    "chat-send",
                    Some(&s.token(AWA)),
                    &choice(&c.id, r, 100 + n as u32),
                )
                .await;
            assert_eq!(
                answer.status,
                StatusCode::OK,
                "{}: {}",
                r.intent,
                answer.body
            );
        }
        // A malformed intent is still refused.
        let body = format!(
            "conversation={}&text=x&client_id={}&intent=Human%20please",
            c.id,
            key(200)
        );
        assert_eq!(
            s.call("chat-send", Some(&s.token(AWA)), &body).await.status,
            StatusCode::BAD_REQUEST
        );
    })
    .await;
}

#[tokio::test]
async fn a_prepaid_customer_tops_up_with_a_recharge_card_in_the_chat() {
    each_backend(|s| async move {
        let assistant = &s.state.assistant;
        let (line, card_code) = ("line-sn-awa-1", "3781 9391 1125 49");
        let balance = |u: selfcare_server_fns::api::LineUsage| {
            u.contract.prepaid_balance.expect("prepaid").amount
        };
        let before = balance(s.line(AWA, line).await);
        let c = s.open(AWA, "fr").await;

        // Asking to top up: the country's ways, then the assistant asks for the card's code.
        let asked = s
            .answer(AWA, &c.id, "je veux recharger mon crédit", 1)
            .await;
        assert_eq!(card(&asked), Some(CardKind::Article));
        assert_eq!(
            asked.last().unwrap().text,
            assistant.text("fr", "chat-topup-ask", &[])
        );

        // The code as printed: credited once, and hidden in the conversation.
        let topped = s.say(AWA, &c.id, card_code, 2).await;
        assert_eq!(topped[0].text, "•••• •••• ••25 49");
        let intent: Option<String> =
            sqlx::query_scalar("SELECT intent FROM chat_messages WHERE client_id = $1")
                .bind(key(2))
                .fetch_one(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(intent.as_deref(), Some("top_up"));
        let done = [("amount", "1000 XOF".into()), ("end", "2549".into())];
        assert_eq!(
            topped[1].text,
            assistant.text("fr", "chat-topup-done", &done)
        );
        assert_eq!(card(&topped[1..]), Some(CardKind::Balance));
        assert_eq!(balance(s.line(AWA, line).await), before + 1000);

        // The same message again (a lost answer): the same answer, credited once.
        let again = s.say(AWA, &c.id, card_code, 2).await;
        assert_eq!(again, topped);
        assert_eq!(balance(s.line(AWA, line).await), before + 1000);
        assert_eq!(s.count("topups").await, 1);

        // The card again: used, and the assistant waits for another code; a wrong one is
        // refused and counted as the top-up form's are.
        s.answer(AWA, &c.id, "recharger avec une carte", 3).await;
        let used = s.say(AWA, &c.id, card_code, 4).await;
        assert_eq!(
            used[1].text,
            assistant.text("fr", "chat-topup-used", &[("end", "2549".into())])
        );
        let wrong = s
            .say(AWA, &c.id, "voici le code 1111-2222-3333-44", 5)
            .await;
        assert_eq!(wrong[0].text, "voici le code ••••-••••-••33-44");
        assert_eq!(
            wrong[1].text,
            assistant.text("fr", "chat-topup-not-found", &[("end", "3344".into())])
        );
        assert_eq!(s.count("voucher_failures").await, 2);
        assert_eq!(balance(s.line(AWA, line).await), before + 1000);

        // With the advisors (their queue, or a message left for them), a code typed is hidden
        // too and credits nothing; a phone number stays as typed.
        let human = format!(
            "conversation={}&text=un+conseiller&client_id={}&intent=human",
            c.id,
            key(6)
        );
        let _: Vec<ChatMessage> = s.as_customer(AWA, "chat-send", &human).await;
        let to_advisor = s
            .say(
                AWA,
                &c.id,
                "ma carte 6032 3780 8070 90 ne marche pas, rappelez-moi au 0771234567",
                7,
            )
            .await;
        assert_eq!(
            to_advisor[0].text,
            "ma carte •••• •••• ••70 90 ne marche pas, rappelez-moi au 0771234567"
        );
        assert_eq!(balance(s.line(AWA, line).await), before + 1000);
        let mut bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM chat_messages")
            .fetch_all(&s.db.pool)
            .await
            .unwrap();
        bodies.extend(
            sqlx::query_scalar::<_, String>("SELECT description FROM trouble_tickets")
                .fetch_all(&s.db.pool)
                .await
                .unwrap(),
        );
        for code in [
            "37819391112549",
            "3781 9391 1125 49",
            "11112222333344",
            "6032 3780 8070 90",
        ] {
            assert!(
                bodies.iter().all(|b| !b.contains(code)),
                "{code} stays nowhere in the conversation"
            );
        }

        // A customer with no prepaid line is not asked for a code.
        let camille = s.open(CAMILLE, "fr").await;
        let postpaid = s
            .answer(CAMILLE, &camille.id, "je veux recharger mon crédit", 1)
            .await;
        assert!(
            postpaid
                .iter()
                .all(|m| m.text != assistant.text("fr", "chat-topup-ask", &[])),
            "{postpaid:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn entities_fill_what_the_assistant_asked_for() {
    each_backend(|s| async move {
        let c = s.open(AWA, "fr").await;
        let stores = s
            .answer(AWA, &c.id, "où acheter le Galaxy A55 à Dakar", 1)
            .await;
        let found = stores[0].card.clone().unwrap();
        assert_eq!(
            (found.kind, found.place.unwrap().name.as_str()),
            (CardKind::Stores, "Dakar")
        );
        assert_eq!(found.product.as_deref(), Some("Samsung Galaxy A55 5G"));

        // A product without a place: the assistant asks, and the town alone completes it.
        let ask = s.answer(AWA, &c.id, "je cherche un iPhone 16", 2).await;
        assert!(
            ask[0].card.is_none() && ask[0].text.contains("iPhone 16"),
            "{}",
            ask[0].text
        );
        let then = s.answer(AWA, &c.id, "Thiès", 3).await;
        let found = then[0].card.clone().unwrap();
        assert_eq!(
            (found.kind, found.place.unwrap().name.as_str()),
            (CardKind::Stores, "Thiès")
        );
        assert!(found.sku.unwrap().starts_with("apple-iphone-16"));

        // Opening hours without a town: the article, then the town.
        let hours = s
            .answer(AWA, &c.id, "quels sont vos horaires d'ouverture", 4)
            .await;
        assert_eq!(card(&hours), Some(CardKind::Article));
        let then = s.answer(AWA, &c.id, "à Dakar", 5).await;
        assert_eq!(card(&then), Some(CardKind::Stores));
    })
    .await;
}

#[tokio::test]
async fn what_it_does_not_know_twice_offers_a_person_and_handover_queues() {
    each_backend(|s| async move {
        let c = s.open(TOMASZ, "en").await;
        let first = s
            .answer(TOMASZ, &c.id, "tell me a joke about pirates", 1)
            .await;
        assert_eq!(first.len(), 1, "one 'I can't help' with choices");
        assert!(!first[0].replies.is_empty());
        let second = s
            .answer(TOMASZ, &c.id, "what's the weather like on Mars", 2)
            .await;
        assert!(
            second
                .iter()
                .any(|m| m.replies.iter().any(|r| r.intent == "human")),
            "the second miss offers an advisor"
        );
        // Understood again: the count starts over.
        let ok = s
            .answer(TOMASZ, &c.id, "how much data do I have left", 3)
            .await;
        assert_eq!(card(&ok), Some(CardKind::Usage));
        let third = s.answer(TOMASZ, &c.id, "sing me a song", 4).await;
        assert!(!third
            .iter()
            .any(|m| m.replies.iter().any(|r| r.intent == "human")));

        // A complaint offers a person; choosing it (a quick reply) queues the customer.
        let complaint = s
            .answer(TOMASZ, &c.id, "I want to make a complaint", 5)
            .await;
        assert!(complaint
            .iter()
            .any(|m| m.replies.iter().any(|r| r.intent == "human")));
        let body = format!(
            "conversation={}&text=Talk+to+an+advisor&client_id={}&intent=human",
            c.id,
            key(6)
        );
        let queued: Vec<ChatMessage> = s.as_customer(TOMASZ, "chat-send", &body).await;
        let q = queued[1].card.clone().unwrap();
        assert_eq!(
            (queued[1].author, q.kind, q.position),
            (Author::System, CardKind::Queue, Some(1))
        );
        assert!(q.wait_minutes.unwrap() >= 1);
        let update: ChatUpdate = s
            .as_customer(
                TOMASZ,
                "chat-messages",
                &format!("conversation={}&after=0", c.id),
            )
            .await;
        assert_eq!(update.state, ChatState::Queued);
        // While queued, the assistant keeps quiet: the advisor will read it.
        assert_eq!(s.answer(TOMASZ, &c.id, "are you there?", 7).await.len(), 0);

        // A second customer of the same country and language is behind.
        let other = s.on_day(TODAY).await;
        sqlx::query("UPDATE customers SET country = 'PL' WHERE id = $1")
            .bind(CAMILLE)
            .execute(&other.db.pool)
            .await
            .unwrap();
        let c2 = other.open(CAMILLE, "en").await;
        let queued: Vec<ChatMessage> = other
            .as_customer(
                CAMILLE,
                "chat-send",
                &format!(
                    "conversation={}&text=a+human+please&client_id={}&intent=human",
                    c2.id,
                    key(1)
                ),
            )
            .await;
        assert_eq!(queued[1].card.as_ref().unwrap().position, Some(2));
        // An advisor takes the first: the second is told it moved up.
        let tom = s.advisor_token("adv-tom", "en", "PL");
        let _: Vec<ChatMessage> = s
            .as_advisor(&tom, "advisor-accept", &format!("conversation={}", c.id))
            .await;
        let update: ChatUpdate = other
            .as_customer(
                CAMILLE,
                "chat-messages",
                &format!("conversation={}&after=0", c2.id),
            )
            .await;
        let last = update.messages.last().unwrap();
        assert_eq!(
            (last.author, last.card.as_ref().and_then(|c| c.position)),
            (Author::System, Some(1)),
            "{}",
            last.text
        );
    })
    .await;
}

/// A Polish screen: the assistant welcomes, understands and answers in Polish, and a request
/// for a person goes to Poland's Polish queue, which the Polish-speaking advisor serves and
/// the English-only one does not; her desk offers Poland's languages to transfer to.
#[tokio::test]
async fn a_polish_customer_is_answered_in_polish_and_queued_for_a_polish_advisor() {
    use selfcare_server_fns::api::AdvisorDesk;
    each_backend(|s| async move {
        let c = s.open(TOMASZ, "pl-PL").await;
        assert!(
            c.messages[0]
                .text
                .starts_with("Dzień dobry, \u{2068}Tomasz\u{2069}!"),
            "{}",
            c.messages[0].text
        );
        let usage = s
            .answer(TOMASZ, &c.id, "ile mi zostało internetu w tym miesiącu?", 1)
            .await;
        assert_eq!(
            card(&usage),
            Some(CardKind::Usage),
            "{:?}",
            usage.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        assert!(
            !usage[0].text.is_empty() && !usage[0].text.starts_with("Here"),
            "{}",
            usage[0].text
        );
        let person = s
            .answer(TOMASZ, &c.id, "chcę porozmawiać z konsultantem", 2)
            .await;
        let queued = person
            .iter()
            .find_map(|m| m.card.as_ref().filter(|k| k.kind == CardKind::Queue));
        assert!(
            queued.is_some(),
            "{:?}",
            person.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        assert!(
            person.iter().any(|m| m.text.contains("kolejce")),
            "told in Polish: {:?}",
            person.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        let ola = s.advisor_token("adv-ola", "pl en", "PL");
        let desk: AdvisorDesk = s.as_advisor(&ola, "advisor-desk", "").await;
        let entry = desk
            .waiting
            .iter()
            .find(|e| e.conversation == c.id)
            .expect("Tomasz waits in Ola's queue");
        assert_eq!(entry.queue, "PL:pl");
        assert_eq!(desk.queues, ["PL:pl", "PL:en"]);
        let tom = s.advisor_token("adv-tom", "en", "FR PL RO EG JO SN CI");
        let toms: AdvisorDesk = s.as_advisor(&tom, "advisor-desk", "").await;
        assert!(
            !toms.waiting.iter().any(|e| e.conversation == c.id),
            "not for an advisor without Polish"
        );

        // A German screen in France: France's advisors speak French and English, so the
        // customer waits in the English queue, which Tom serves, not in one nobody does.
        let g = s.open(CAMILLE, "de").await;
        assert!(
            g.messages[0]
                .text
                .starts_with("Hallo \u{2068}Camille\u{2069}!"),
            "{}",
            g.messages[0].text
        );
        let _ = s
            .answer(CAMILLE, &g.id, "ich möchte mit einem Berater sprechen", 1)
            .await;
        let toms: AdvisorDesk = s.as_advisor(&tom, "advisor-desk", "").await;
        assert_eq!(
            toms.waiting
                .iter()
                .find(|e| e.conversation == g.id)
                .map(|e| e.queue.as_str()),
            Some("FR:en")
        );
    })
    .await;
}

#[tokio::test]
async fn outside_advisors_hours_a_message_becomes_a_ticket() {
    each_backend(|s| async move {
        // Advisors answer on Sundays only; the test clock says Thursday.
        let closed = s.with_config(|c| c.advisor_hours = "7 0900-1700".into()).await;
        let c = closed.open(AWA, "fr").await;
        let asked = closed.answer(AWA, &c.id, "je veux parler à un conseiller", 1).await;
        assert_eq!(asked[0].author, Author::System);
        assert!(asked[0].text.contains("09:00–17:00"), "{}", asked[0].text);
        let before = closed.count("trouble_tickets").await;
        let left = closed.answer(AWA, &c.id, "Ma box ne marche plus depuis lundi, rappelez-moi svp", 2).await;
        assert!(left[0].text.contains("TT-"), "{}", left[0].text);
        assert_eq!(closed.count("trouble_tickets").await, before + 1);
        let (status, description, customer): (String, String, Option<String>) =
            sqlx::query_as("SELECT status, description, customer_id FROM trouble_tickets WHERE conversation_id = $1").bind(&c.id).fetch_one(&closed.db.pool).await.unwrap();
        assert_eq!((status.as_str(), customer.as_deref()), ("submitted", Some(AWA)));
        assert!(description.contains("box"));
        let update: ChatUpdate = closed.as_customer(AWA, "chat-messages", &format!("conversation={}&after=0", c.id)).await;
        assert_eq!(update.state, ChatState::Ticket);

        // An open conversation cannot be rated yet.
        let early = closed.refused(AWA, "chat-rate", &format!("conversation={}&rating=5&comment=", c.id)).await;
        assert_eq!(early, (StatusCode::CONFLICT, "conflict".into()));
        // Ending it asks for a rating; the rating is kept.
        let ended: Vec<ChatMessage> = closed.as_customer(AWA, "chat-close", &format!("conversation={}", c.id)).await;
        assert_eq!(ended[0].card.as_ref().map(|c| c.kind), Some(CardKind::Rating));
        let _: Vec<ChatMessage> = closed.as_customer(AWA, "chat-rate", &format!("conversation={}&rating=4&comment=Rapide", c.id)).await;
        let rating: Option<i64> = sqlx::query_scalar("SELECT rating FROM conversations WHERE id = $1").bind(&c.id).fetch_one(&closed.db.pool).await.unwrap();
        assert_eq!(rating, Some(4));
        // Sent again (a retry): nothing changes; another rating: refused, the first one kept.
        let again: Vec<ChatMessage> = closed.as_customer(AWA, "chat-rate", &format!("conversation={}&rating=4&comment=Rapide", c.id)).await;
        assert!(again.is_empty());
        assert_eq!(closed.refused(AWA, "chat-rate", &format!("conversation={}&rating=1&comment=", c.id)).await, (StatusCode::CONFLICT, "conflict".into()));
        let kept: (Option<i64>, Option<String>) = sqlx::query_as("SELECT rating, comment FROM conversations WHERE id = $1").bind(&c.id).fetch_one(&closed.db.pool).await.unwrap();
        assert_eq!(kept, (Some(4), Some("Rapide".into())));
        assert_eq!(closed.refused(AWA, "chat-rate", &format!("conversation={}&rating=9&comment=", c.id)).await, (StatusCode::BAD_REQUEST, "bad-request".into()));
        // A closed conversation takes no more messages; opening again starts a new one.
        let body = format!("conversation={}&text=hello&client_id={}", c.id, key(9));
        assert_eq!(closed.refused(AWA, "chat-send", &body).await, (StatusCode::CONFLICT, "conversation-closed".into()));
        assert_ne!(closed.open(AWA, "fr").await.id, c.id);
    })
    .await;
}

#[tokio::test]
async fn anonymous_visitors_and_other_customers_reach_only_their_own() {
    each_backend(|s| async move {
        let answer = s
            .call("chat-open", None, "lang=en&country=PL&channel=website")
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let anonymous: Conversation = serde_json::from_value(answer.json).unwrap();
        assert_eq!(anonymous.key.len(), 64);
        let send = |key_: Option<&str>, n: u32, text: &str| {
            let k = key_.map(|k| format!("&key={k}")).unwrap_or_default();
            format!(
                "conversation={}{k}&text={}&client_id={}",
                anonymous.id,
                enc(text),
                key(n)
            )
        };
        let ok = s
            .call(
                "chat-send",
                None,
                &send(Some(&anonymous.key), 1, "how much data do I have left"),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        let written: Vec<ChatMessage> = serde_json::from_value(ok.json).unwrap();
        assert!(written[1].card.is_none(), "no usage without signing in");
        let roaming = s
            .call(
                "chat-send",
                None,
                &send(Some(&anonymous.key), 2, "can I use my phone abroad"),
            )
            .await;
        let written: Vec<ChatMessage> = serde_json::from_value(roaming.json).unwrap();
        assert!(
            written[1]
                .card
                .as_ref()
                .unwrap()
                .body
                .as_ref()
                .unwrap()
                .contains("European Union"),
            "Poland's roaming article"
        );

        let not_found = |a: common::Answer| {
            (
                a.status,
                a.json["error"].as_str().unwrap_or_default().to_owned(),
            )
        };
        let expect = (StatusCode::NOT_FOUND, "conversation-not-found".to_owned());
        assert_eq!(
            not_found(s.call("chat-send", None, &send(None, 3, "hi")).await),
            expect
        );
        assert_eq!(
            not_found(
                s.call("chat-send", None, &send(Some(&"0".repeat(64)), 3, "hi"))
                    .await
            ),
            expect
        );
        // A signed-in customer cannot take over an anonymous conversation, nor another's.
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &send(Some(&anonymous.key), 3, "hi"))
                .await,
            expect
        );
        let camille = s.open(CAMILLE, "fr").await;
        let hers = format!("conversation={}&text=hi&client_id={}", camille.id, key(4));
        assert_eq!(s.refused(TOMASZ, "chat-send", &hers).await, expect);
        assert_eq!(
            s.refused(
                TOMASZ,
                "chat-messages",
                &format!("conversation={}&after=0", camille.id)
            )
            .await,
            expect
        );
        // Her key alone does not make anyone her.
        assert_eq!(
            not_found(
                s.call("chat-send", None, &format!("{hers}&key={}", camille.key))
                    .await
            ),
            expect
        );
        // A forged token is refused outright.
        let forged = s
            .call("chat-open", Some("not.a.token"), "lang=en&channel=website")
            .await;
        assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_refused_with_an_id_and_changes_nothing() {
    each_backend(|s| async move {
        let c = s.open(CAMILLE, "fr").await;
        let before = s.chat_count().await;
        let send = |text: &str| {
            format!(
                "conversation={}&text={}&client_id={}",
                c.id,
                enc(text),
                key(1)
            )
        };
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &send("   ")).await,
            (StatusCode::BAD_REQUEST, "message-empty".into())
        );
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &send(&"x".repeat(100 * 1024)))
                .await,
            (StatusCode::PAYLOAD_TOO_LARGE, "message-too-long".into())
        );
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &send("ring\u{7}ring"))
                .await,
            (StatusCode::BAD_REQUEST, "message-invalid".into())
        );
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &send("\u{1b}[31mred"))
                .await,
            (StatusCode::BAD_REQUEST, "message-invalid".into())
        );
        // Bytes that are not UTF-8.
        let invalid = format!("conversation={}&text=%FF%FE%FD&client_id={}", c.id, key(1));
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &invalid).await.0,
            StatusCode::BAD_REQUEST
        );
        let unknown = format!(
            "conversation=no-such-conversation&text=hi&client_id={}",
            key(1)
        );
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &unknown).await,
            (StatusCode::NOT_FOUND, "conversation-not-found".into())
        );
        let bad_id = format!("conversation={}&text=hi&client_id=short", c.id);
        assert_eq!(
            s.refused(CAMILLE, "chat-send", &bad_id).await,
            (StatusCode::BAD_REQUEST, "bad-request".into())
        );
        let bad_lang = s
            .call("chat-open", None, "lang=en&country=france&channel=website")
            .await;
        assert_eq!(bad_lang.status, StatusCode::BAD_REQUEST);
        assert_eq!(s.chat_count().await, before);

        // Markup is kept as text: stored and returned as typed, never interpreted here.
        let markup = s
            .say(CAMILLE, &c.id, "<img src=x onerror=alert(1)>", 2)
            .await;
        assert_eq!(markup[0].text, "<img src=x onerror=alert(1)>");
    })
    .await;
}

#[tokio::test]
async fn a_conversation_sending_too_fast_is_slowed_down() {
    let s = start(Backend::Sqlite).await;
    let c = s.open(CAMILLE, "en").await;
    let mut refused = None;
    for n in 0..40 {
        let answer = s
            .call(
                "chat-send",
                Some(&s.token(CAMILLE)),
                &format!("conversation={}&text=hello&client_id={}", c.id, key(n)),
            )
            .await;
        if answer.status != StatusCode::OK {
            refused = Some((
                n,
                answer.status,
                answer.json["error"].as_str().unwrap_or_default().to_owned(),
            ));
            break;
        }
    }
    let (n, status, error) = refused.expect("refused at some point");
    assert_eq!(
        (n, status, error.as_str()),
        (
            Config::default().chat_messages_per_minute,
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited"
        )
    );
}

/// An open event stream: frames as they come.
struct Stream {
    body: Body,
    buffer: String,
}

impl Stream {
    async fn open(
        s: &TestServer,
        c: &Conversation,
        after: Option<i64>,
        last_event_id: Option<i64>,
    ) -> Stream {
        let mut uri = format!("/api/v1/chat/stream?conversation={}&key={}", c.id, c.key);
        if let Some(a) = after {
            uri.push_str(&format!("&after={a}"));
        }
        let mut request = Request::get(uri);
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id.to_string());
        }
        let response = s
            .app
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Stream {
            body: response.into_body(),
            buffer: String::new(),
        }
    }

    /// The messages of the next `n` message events (waiting at most 10 s in all).
    async fn messages(&mut self, n: usize) -> Vec<ChatMessage> {
        let mut out = Vec::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while out.len() < n {
            while let Some(end) = self.buffer.find("\n\n") {
                let event: String = self.buffer.drain(..end + 2).collect();
                if event.lines().any(|l| l == "event: message") {
                    let data: String = event
                        .lines()
                        .filter_map(|l| l.strip_prefix("data: "))
                        .collect();
                    let id: i64 = event
                        .lines()
                        .find_map(|l| l.strip_prefix("id: "))
                        .unwrap()
                        .parse()
                        .unwrap();
                    let m: ChatMessage = serde_json::from_str(&data).unwrap();
                    assert_eq!(m.seq, id);
                    out.push(m);
                }
            }
            if out.len() >= n {
                break;
            }
            let frame = tokio::time::timeout_at(deadline, self.body.frame())
                .await
                .expect("events in time")
                .expect("stream open")
                .unwrap();
            if let Ok(data) = frame.into_data() {
                self.buffer.push_str(&String::from_utf8_lossy(&data));
            }
        }
        out
    }

    /// Reads until a frame holds `needle` (an event that is not a message, say).
    async fn until(&mut self, needle: &str) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        while !self.buffer.contains(needle) {
            match tokio::time::timeout_at(deadline, self.body.frame()).await {
                Ok(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        self.buffer.push_str(&String::from_utf8_lossy(&data));
                    }
                }
                _ => return false,
            }
        }
        true
    }

    /// Nothing more comes within a short while.
    async fn quiet(&mut self) -> bool {
        match tokio::time::timeout(Duration::from_millis(300), self.body.frame()).await {
            Err(_) => true,
            Ok(Some(Ok(frame))) => frame
                .into_data()
                .map(|d| !String::from_utf8_lossy(&d).contains("event: message"))
                .unwrap_or(true),
            Ok(_) => false,
        }
    }
}

#[tokio::test]
async fn the_stream_resumes_after_a_cut_without_loss_or_duplicates() {
    each_backend(|s| async move {
        let c = s.open(TOMASZ, "en").await;
        let mut stream = Stream::open(&s, &c, None, None).await;
        assert_eq!(stream.messages(1).await[0].seq, 1);
        // Live: what is sent arrives on the stream.
        s.say(TOMASZ, &c.id, "hello", 1).await;
        let live = stream.messages(2).await;
        assert_eq!(live.iter().map(|m| m.seq).collect::<Vec<_>>(), [2, 3]);
        // The connection drops mid-conversation; messages are written meanwhile.
        drop(stream);
        s.say(TOMASZ, &c.id, "how much data do I have left", 2)
            .await;
        s.say(TOMASZ, &c.id, "thanks", 3).await;
        // The browser reconnects with the last id it saw: exactly what it missed, in order.
        let mut resumed = Stream::open(&s, &c, None, Some(3)).await;
        let missed = resumed.messages(4).await;
        assert_eq!(
            missed.iter().map(|m| m.seq).collect::<Vec<_>>(),
            [4, 5, 6, 7]
        );
        assert_eq!(missed[0].text, "how much data do I have left");
        assert!(resumed.quiet().await, "nothing repeated");
        // `after` works the same for a first connection.
        let mut from = Stream::open(&s, &c, Some(6), None).await;
        assert_eq!(from.messages(1).await[0].seq, 7);

        // The stream needs the conversation's key.
        let wrong = Conversation {
            key: "0".repeat(64),
            ..c.clone()
        };
        let uri = format!(
            "/api/v1/chat/stream?conversation={}&key={}",
            wrong.id, wrong.key
        );
        let response = s
            .app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn two_server_processes_exchange_news_through_postgresql() {
    let Ok(_) = std::env::var("SELFCARE_TEST_POSTGRES_URL") else {
        eprintln!("PostgreSQL skipped: SELFCARE_TEST_POSTGRES_URL is not set");
        return;
    };
    let a = start(Backend::Postgres).await;
    let b = a.on_day(TODAY).await;
    // Each node listens as the server binary does.
    tokio::spawn(selfcare_server_fns::chat::domain::listen(
        a.url.clone(),
        a.state.hub.clone(),
    ));
    tokio::spawn(selfcare_server_fns::chat::domain::listen(
        b.url.clone(),
        b.state.hub.clone(),
    ));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let c = a.open(TOMASZ, "en").await;
    let mut on_a = Stream::open(&a, &c, Some(1), None).await;
    // The customer's next message is served by node B; node A's stream hears of it at once
    // (well before its 20-second safety poll).
    let started = tokio::time::Instant::now();
    b.say(TOMASZ, &c.id, "hi", 1).await;
    let got = on_a.messages(2).await;
    assert_eq!(got.iter().map(|m| m.seq).collect::<Vec<_>>(), [2, 3]);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

impl TestServer {
    /// A second server on the same database with its configuration changed.
    async fn with_config(&self, change: impl Fn(&mut Config)) -> TestServer {
        let mut other = self.on_day(TODAY).await;
        let mut config = (*other.state.config).clone();
        change(&mut config);
        let state = selfcare_server_fns::server::AppState::new(
            other.db.clone(),
            selfcare_server_fns::server::auth::Auth::demo(
                &self.dir,
                "selfcare-demo",
                "selfcare-widget",
            )
            .unwrap(),
            config,
        );
        other.app = selfcare_server_fns::server::router(state.clone());
        other.state = state;
        other
    }
}

impl TestServer {
    fn advisor_token(&self, advisor: &str, languages: &str, countries: &str) -> String {
        self.shop_advisor_token(advisor, languages, countries, "")
    }

    fn shop_advisor_token(
        &self,
        advisor: &str,
        languages: &str,
        countries: &str,
        stores: &str,
    ) -> String {
        let skills = selfcare_server_fns::advisor::domain::Skills {
            languages,
            countries,
            stores,
        };
        self.auth
            .issue_demo_advisor_token(advisor, &skills, 300)
            .unwrap()
    }

    async fn as_advisor<T>(&self, token: &str, name: &str, body: &str) -> T
    where
        T: serde::de::DeserializeOwned + miniserde::Deserialize + PartialEq + std::fmt::Debug,
    {
        let answer = self.call(name, Some(token), body).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{name}({body}): {}",
            answer.body
        );
        let read: T = serde_json::from_value(answer.json).unwrap();
        assert_eq!(
            miniserde::json::from_str::<T>(&answer.body).ok().as_ref(),
            Some(&read),
            "the console reads it"
        );
        read
    }

    async fn advisor_refused(
        &self,
        token: Option<&str>,
        name: &str,
        body: &str,
    ) -> (StatusCode, String) {
        let answer = self.call(name, token, body).await;
        (
            answer.status,
            answer.json["error"].as_str().unwrap_or_default().to_owned(),
        )
    }

    /// `customer` asks for a person in a new conversation: queued.
    async fn queued(&self, customer: &str, lang: &str) -> Conversation {
        let c = self.open(customer, lang).await;
        let body = format!(
            "conversation={}&text=advisor&client_id={}&intent=human",
            c.id,
            key(900)
        );
        let _: Vec<ChatMessage> = self.as_customer(customer, "chat-send", &body).await;
        c
    }
}

#[tokio::test]
async fn advisors_take_the_queue_they_serve_and_talk_live() {
    use selfcare_server_fns::api::{AdvisorConversation, AdvisorDesk};
    each_backend(|s| async move {
        let c = s.queued(AWA, "fr").await;
        let amina = s.advisor_token("adv-amina", "fr ar", "FR SN CI EG JO");
        let tom = s.advisor_token("adv-tom", "en", "FR PL RO EG JO SN CI");
        let desk: AdvisorDesk = s.as_advisor(&amina, "advisor-desk", "").await;
        assert_eq!(desk.name, "Amina");
        let entry = desk
            .waiting
            .iter()
            .find(|e| e.conversation == c.id)
            .expect("Awa waits in Amina's queue");
        assert_eq!(
            (
                entry.queue.as_str(),
                entry.customer.as_deref(),
                entry.last_text.as_str()
            ),
            ("SN:fr", Some("Awa"), "advisor")
        );
        assert!(
            desk.canned.iter().all(|a| a.lang == "fr" || a.lang == "ar") && !desk.canned.is_empty()
        );
        // Not in the queue of an advisor without French.
        let toms: AdvisorDesk = s.as_advisor(&tom, "advisor-desk", "").await;
        assert!(!toms.waiting.iter().any(|e| e.conversation == c.id));
        let body = format!("conversation={}", c.id);
        assert_eq!(
            s.advisor_refused(Some(&tom), "advisor-accept", &body).await,
            (StatusCode::NOT_FOUND, "conversation-not-found".into())
        );

        // Only advisors: a customer's token is forbidden, no token unauthenticated, and an
        // advisor's token is no customer's.
        let customer = s.token(AWA);
        assert_eq!(
            s.advisor_refused(Some(&customer), "advisor-desk", "").await,
            (StatusCode::FORBIDDEN, "forbidden".into())
        );
        assert_eq!(
            s.advisor_refused(None, "advisor-accept", &body).await.0,
            StatusCode::UNAUTHORIZED
        );
        let as_customer = format!("conversation={}&text=hi&client_id={}", c.id, key(1));
        assert_eq!(
            s.advisor_refused(Some(&amina), "chat-send", &as_customer)
                .await,
            (StatusCode::FORBIDDEN, "forbidden".into())
        );
        assert_eq!(
            s.advisor_refused(Some(&amina), "usage", "").await,
            (StatusCode::FORBIDDEN, "forbidden".into())
        );

        // The customer's context at a glance, with the incident near her home in Dakar.
        let view: AdvisorConversation = s.as_advisor(&amina, "advisor-conversation", &body).await;
        let context = view.customer.expect("a signed-in customer's context");
        assert_eq!(
            (context.name.as_str(), context.home.as_deref()),
            ("Awa", Some("Dakar"))
        );
        assert!(!context.lines.is_empty() && !context.lines[0].cycle.buckets.is_empty());
        assert_eq!(
            context.incidents.first().map(|i| i.id.as_str()),
            Some("sp-sn-dakar-data")
        );
        assert!(view.intents.contains(&"human".to_owned()));

        // Live: the customer's stream hears Amina join and speak.
        let mut stream = Stream::open(&s, &c, Some(c.messages.len() as i64 + 2), None).await;
        let joined: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-accept", &body).await;
        assert!(joined[0].text.contains("Amina"), "{}", joined[0].text);
        // A second advisor at the same moment is told it is taken.
        let other = s.advisor_token("adv-other", "fr", "SN");
        assert_eq!(
            s.advisor_refused(Some(&other), "advisor-accept", &body)
                .await
                .0,
            StatusCode::NOT_FOUND
        );
        // Typing shows on the customer's stream, and is not stored.
        let count = s.chat_count().await;
        let _: bool = s.as_advisor(&amina, "advisor-typing", &body).await;
        let mut typing = Stream::open(&s, &c, Some(1_000), None).await;
        let _: bool = s.as_advisor(&amina, "advisor-typing", &body).await;
        assert!(
            typing.until("event: typing\ndata: Amina").await,
            "typing reached the stream: {:?}",
            typing.buffer
        );
        assert_eq!(s.chat_count().await, count);
        let said = format!(
            "conversation={}&text=Bonjour+Awa&client_id={}",
            c.id,
            key(2)
        );
        let hello: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-send", &said).await;
        assert_eq!(
            (hello[0].author, hello[0].name.as_deref()),
            (Author::Advisor, Some("Amina"))
        );
        // Sent twice (a retry): written once.
        let again: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-send", &said).await;
        assert_eq!(again[0].seq, hello[0].seq);
        let heard = stream.messages(2).await;
        assert_eq!(
            (heard[0].author, heard[1].text.as_str()),
            (Author::System, "Bonjour Awa")
        );
        // The customer answers; the assistant stays quiet; Amina's desk lists it as hers.
        assert!(s
            .answer(AWA, &c.id, "merci, ma 4G ne marche plus", 3)
            .await
            .is_empty());
        let desk: AdvisorDesk = s.as_advisor(&amina, "advisor-desk", "").await;
        assert_eq!(
            desk.mine.first().map(|e| e.last_text.as_str()),
            Some("merci, ma 4G ne marche plus")
        );

        // Transfer to another queue, then closing by the next advisor asks for a rating.
        let to = format!("conversation={}&queue=SN:ar", c.id);
        let _: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-transfer", &to).await;
        assert_eq!(
            s.advisor_refused(
                Some(&amina),
                "advisor-transfer",
                "conversation=x&queue=nowhere"
            )
            .await
            .0,
            StatusCode::BAD_REQUEST
        );
        let _: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-accept", &body).await;
        let closed: Vec<ChatMessage> = s.as_advisor(&amina, "advisor-close", &body).await;
        assert_eq!(
            closed.last().unwrap().card.as_ref().map(|c| c.kind),
            Some(CardKind::Rating)
        );
        let update: ChatUpdate = s
            .as_customer(
                AWA,
                "chat-messages",
                &format!("conversation={}&after=0", c.id),
            )
            .await;
        assert_eq!(update.state, ChatState::Closed);
    })
    .await;
}

#[tokio::test]
async fn a_ticket_is_answered_later_in_the_same_conversation() {
    use selfcare_server_fns::api::AdvisorDesk;
    each_backend(|s| async move {
        let closed = s
            .with_config(|c| c.advisor_hours = "7 0900-1700".into())
            .await;
        let c = closed.open(AHMED, "ar").await;
        closed.answer(AHMED, &c.id, "أريد التحدث مع موظف", 1).await;
        closed
            .answer(AHMED, &c.id, "الفاتورة فيها رسوم لا أفهمها", 2)
            .await;
        let karim = closed.advisor_token("adv-karim", "ar en", "EG JO");
        let desk: AdvisorDesk = closed.as_advisor(&karim, "advisor-desk", "").await;
        let ticket = desk
            .tickets
            .iter()
            .find(|t| t.conversation == c.id)
            .expect("the ticket is on the desk");
        assert_eq!(
            (ticket.status.as_str(), ticket.description.as_str()),
            ("submitted", "الفاتورة فيها رسوم لا أفهمها")
        );
        let body = format!(
            "conversation={}&text={}&client_id={}",
            c.id,
            enc("سأراجع الفاتورة معك"),
            key(3)
        );
        let _: Vec<ChatMessage> = closed.as_advisor(&karim, "advisor-send", &body).await;
        let update: ChatUpdate = closed
            .as_customer(
                AHMED,
                "chat-messages",
                &format!("conversation={}&after=0", c.id),
            )
            .await;
        assert_eq!(
            update.state,
            ChatState::Advisor,
            "the advisor who answered has the conversation"
        );
        assert_eq!(
            update
                .messages
                .last()
                .map(|m| (m.author, m.name.as_deref())),
            Some((Author::Advisor, Some("Karim")))
        );
        let status = || async {
            sqlx::query_scalar::<_, String>(
                "SELECT status FROM trouble_tickets WHERE conversation_id = $1",
            )
            .bind(&c.id)
            .fetch_one(&closed.db.pool)
            .await
            .unwrap()
        };
        assert_eq!(status().await, "inProgress");
        // The customer's thanks go to Karim, not to the assistant.
        let reply = closed.answer(AHMED, &c.id, "شكرا", 4).await;
        assert!(
            reply.is_empty(),
            "the assistant stays quiet: {:?}",
            reply.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        // Karim finds it among his conversations and closes it; the ticket is resolved.
        let desk: AdvisorDesk = closed.as_advisor(&karim, "advisor-desk", "").await;
        assert!(
            desk.mine.iter().any(|e| e.conversation == c.id),
            "in Karim's conversations"
        );
        let _: Vec<ChatMessage> = closed
            .as_advisor(&karim, "advisor-close", &format!("conversation={}", c.id))
            .await;
        assert_eq!(status().await, "resolved");
        let update: ChatUpdate = closed
            .as_customer(
                AHMED,
                "chat-messages",
                &format!("conversation={}&after=0", c.id),
            )
            .await;
        assert_eq!(update.state, ChatState::Closed);

        // A customer who ends the conversation before the answer: the ticket can still be
        // answered, and the answer opens the conversation again, where the customer finds it.
        let d = closed.open(AHMED, "ar").await;
        assert_ne!(d.id, c.id);
        closed.answer(AHMED, &d.id, "أريد التحدث مع موظف", 5).await;
        closed.answer(AHMED, &d.id, "الشريحة لا تعمل", 6).await;
        let _: Vec<ChatMessage> = closed
            .as_customer(AHMED, "chat-close", &format!("conversation={}", d.id))
            .await;
        let desk: AdvisorDesk = closed.as_advisor(&karim, "advisor-desk", "").await;
        assert!(
            desk.tickets.iter().any(|t| t.conversation == d.id),
            "still on the desk"
        );
        let body = format!(
            "conversation={}&text={}&client_id={}",
            d.id,
            enc("سأرسل لك شريحة جديدة"),
            key(7)
        );
        let _: Vec<ChatMessage> = closed.as_advisor(&karim, "advisor-send", &body).await;
        let back = closed.open(AHMED, "ar").await;
        assert_eq!(
            (back.id.as_str(), back.state),
            (d.id.as_str(), ChatState::Advisor)
        );
        assert_eq!(
            back.messages.last().map(|m| (m.author, m.text.as_str())),
            Some((Author::Advisor, "سأرسل لك شريحة جديدة"))
        );
    })
    .await;
}

#[tokio::test]
async fn network_questions_show_known_incidents_near_the_customer() {
    each_backend(|s| async move {
        let c = s.open(AWA, "fr").await;
        let answer = s
            .answer(
                AWA,
                &c.id,
                "il y a un problème de réseau dans mon quartier",
                1,
            )
            .await;
        let card = answer[0].card.clone().unwrap();
        assert!(answer[0].text.contains("Dakar"), "{}", answer[0].text);
        assert!(card.body.unwrap().contains("Dakar"));
        // A named place with none: the advice article instead.
        let answer = s.answer(AWA, &c.id, "pas de réseau à Thiès", 2).await;
        assert!(answer[0].text.contains("Thiès") && answer[0].card.is_none());
        assert_eq!(card_kind_after(&answer), Some(CardKind::Article));
        // Every country's customers have a home (their country's data): Egypt's in Arabic on
        // an Arabic screen, with the incident there; Spain's with none near Madrid.
        let ahmed = "cust-eg-ahmed";
        let c = s.open(ahmed, "ar").await;
        let answer = s
            .answer(ahmed, &c.id, "هل توجد مشكلة في الشبكة في منطقتي", 3)
            .await;
        assert!(
            answer[0].text.contains("مدينة نصر") && !answer[0].text.contains("Nasr"),
            "{}",
            answer[0].text
        );
        let body = answer[0]
            .card
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(body.contains("انقطاع المكالمات — مدينة نصر:"), "{body}");
        // Jordan's incident, seeded by its Arabic name, is named as an English screen names it.
        let lina = "cust-jo-lina";
        let c = s.open(lina, "en").await;
        let answer = s
            .answer(
                lina,
                &c.id,
                "is there a problem with the network in my area",
                5,
            )
            .await;
        let body = answer[0]
            .card
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(
            answer[0].text.contains("Amman") && body.contains("Delayed texts — Amman:"),
            "{} / {body}",
            answer[0].text
        );
        let lucia = "cust-es-lucia";
        let c = s.open(lucia, "es").await;
        let answer = s
            .answer(lucia, &c.id, "hay algún problema de red en mi zona", 6)
            .await;
        assert!(
            answer[0].text.contains("Madrid") && answer[0].card.is_none(),
            "{}",
            answer[0].text
        );
        assert_eq!(card_kind_after(&answer), Some(CardKind::Article));
    })
    .await;
}

fn card_kind_after(messages: &[ChatMessage]) -> Option<CardKind> {
    messages
        .iter()
        .skip(1)
        .find_map(|m| m.card.as_ref().map(|c| c.kind))
}

/// A real server process of this build, stopped when dropped.
struct Process {
    child: std::process::Child,
    addr: String,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Process {
    async fn start(database: &str, data: &std::path::Path) -> Process {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_selfcare-server"))
            .env("DATABASE_URL", database)
            .env("SELFCARE_ADDR", &addr)
            .env("SELFCARE_DEMO", "true")
            .env("SELFCARE_DATA_DIR", data)
            .env("SELFCARE_TODAY", TODAY)
            .env("RUST_LOG", "warn")
            // Logs go to standard error, shown when the test fails; the demo banner is noise.
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let p = Process { child, addr };
        for _ in 0..240 {
            if matches!(p.http("GET", "/readyz", None, "").await, Some((200, _))) {
                return p;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!("the server at {} did not become ready", p.addr);
    }

    /// One HTTP/1.0 request: the status and the body.
    async fn http(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: &str,
    ) -> Option<(u16, String)> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = tokio::net::TcpStream::connect(&self.addr).await.ok()?;
        let auth = token
            .map(|t| format!("Authorization: Bearer {t}\r\n"))
            .unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.0\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n{auth}Content-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        stream.write_all(request.as_bytes()).await.ok()?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.ok()?;
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let status = answer.split(' ').nth(1)?.parse().ok()?;
        Some((
            status,
            answer
                .split_once("\r\n\r\n")
                .map(|(_, b)| b.to_owned())
                .unwrap_or_default(),
        ))
    }

    async fn json<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        token: Option<&str>,
        body: &str,
    ) -> T {
        let (status, text) = self
            .http(
                if body.is_empty() && path.starts_with("/demo") {
                    "GET"
                } else {
                    "POST"
                },
                path,
                token,
                body,
            )
            .await
            .unwrap();
        assert_eq!(status, 200, "{path}: {text}");
        serde_json::from_str(&text).unwrap()
    }

    /// A live stream of a conversation: yields its messages as they come.
    async fn stream(
        &self,
        c: &Conversation,
        after: i64,
    ) -> tokio::sync::mpsc::UnboundedReceiver<ChatMessage> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = tokio::net::TcpStream::connect(&self.addr).await.unwrap();
        let request = format!("GET /api/v1/chat/stream?conversation={}&key={}&after={after} HTTP/1.0\r\nHost: {}\r\n\r\n", c.id, c.key, self.addr);
        stream.write_all(request.as_bytes()).await.unwrap();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut buffer = String::new();
            let mut chunk = [0u8; 4096];
            while let Ok(n) = stream.read(&mut chunk).await {
                if n == 0 {
                    return;
                }
                buffer.push_str(&String::from_utf8_lossy(&chunk[..n]));
                while let Some(end) = buffer.find("\n\n") {
                    let event: String = buffer.drain(..end + 2).collect();
                    if event.contains("event: message") {
                        let data: String = event
                            .lines()
                            .filter_map(|l| l.strip_prefix("data: "))
                            .collect();
                        if let Ok(m) = serde_json::from_str::<ChatMessage>(&data) {
                            let _ = tx.send(m);
                        }
                    }
                }
            }
        });
        rx
    }
}

async fn next_message(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<ChatMessage>,
    text: &str,
) -> ChatMessage {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .expect("live within 5 s (the safety poll is 20 s)")
            .expect("stream open");
        if m.text.contains(text) {
            return m;
        }
    }
}

#[tokio::test]
async fn a_customer_on_one_process_and_an_advisor_on_another_talk_live() {
    let Ok(admin) = std::env::var("SELFCARE_TEST_POSTGRES_URL") else {
        eprintln!("PostgreSQL skipped: SELFCARE_TEST_POSTGRES_URL is not set");
        return;
    };
    use selfcare_server_fns::api::AdvisorConversation;
    sqlx::any::install_default_drivers();
    let name = unique("selfcare_two");
    let pool = sqlx::AnyPool::connect(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap();
    let base = admin
        .rsplit_once('/')
        .map_or(admin.as_str(), |(b, _)| b)
        .to_owned();
    let dir = std::env::temp_dir().join(&name);
    let _guard = DbGuard {
        drop_database: Some((admin.clone(), name.clone())),
        dir: dir.clone(),
    };
    let url = format!("{base}/{name}");
    // Two processes, one database and one demo key (the folder they share).
    let a = Process::start(&url, &dir).await;
    let b = Process::start(&url, &dir).await;

    #[derive(serde::Deserialize)]
    struct Token {
        token: String,
    }
    let customer: Token = a
        .json(&format!("/demo/token?customer={AWA}"), None, "")
        .await;
    let advisor: Token = b
        .json("/demo/advisor-token?advisor=adv-amina", None, "")
        .await;
    let c: Conversation = a
        .json(
            "/api/v1/chat-open",
            Some(&customer.token),
            "lang=fr&channel=website",
        )
        .await;
    let body = format!(
        "conversation={}&text=un+conseiller&client_id={}&intent=human",
        c.id,
        key(1)
    );
    let queued: Vec<ChatMessage> = a
        .json("/api/v1/chat-send", Some(&customer.token), &body)
        .await;
    let mut on_a = a.stream(&c, queued.last().unwrap().seq).await;

    // The advisor, on the other process, takes it and writes; the customer's stream on the
    // first process hears both at once.
    let conversation = format!("conversation={}", c.id);
    let view: AdvisorConversation = b
        .json(
            "/api/v1/advisor-conversation",
            Some(&advisor.token),
            &conversation,
        )
        .await;
    let _: Vec<ChatMessage> = b
        .json(
            "/api/v1/advisor-accept",
            Some(&advisor.token),
            &conversation,
        )
        .await;
    assert!(next_message(&mut on_a, "Amina").await.author == Author::System);
    let mut on_b = b.stream(&view.conversation, 0).await;
    let said = format!(
        "{conversation}&text=Bonjour%2C+je+regarde&client_id={}",
        key(2)
    );
    let _: Vec<ChatMessage> = b
        .json("/api/v1/advisor-send", Some(&advisor.token), &said)
        .await;
    assert_eq!(
        next_message(&mut on_a, "Bonjour, je regarde").await.author,
        Author::Advisor
    );
    // And back: the customer writes to the first process, the advisor's stream on the second hears it.
    let reply = format!("{conversation}&text=Merci+Amina&client_id={}", key(3));
    let _: Vec<ChatMessage> = a
        .json("/api/v1/chat-send", Some(&customer.token), &reply)
        .await;
    assert_eq!(
        next_message(&mut on_b, "Merci Amina").await.author,
        Author::Customer
    );
}

#[tokio::test]
async fn at_a_kiosk_an_advisor_of_the_shop_comes_to_the_customer() {
    use selfcare_server_fns::api::AdvisorDesk;
    const SHOP: &str = "store-sn-plateau-1";
    each_backend(|s| async move {
        let kiosk = s.auth.issue_customer_token(AWA, "kiosk", 600).unwrap();
        let as_kiosk = |name: &'static str, body: String| {
            let (s, kiosk) = (&s, kiosk.clone());
            async move { s.call(name, Some(&kiosk), &body).await }
        };
        // A shop that does not exist: refused, nothing written.
        let before = s.count("conversations").await;
        let unknown = as_kiosk(
            "chat-open",
            "lang=fr&channel=kiosk&store=store-nowhere".into(),
        )
        .await;
        assert_eq!(unknown.json["error"], "store-not-found", "{}", unknown.body);
        assert!(unknown.status.is_client_error());
        assert_eq!(s.count("conversations").await, before);

        let opened = as_kiosk("chat-open", format!("lang=fr&channel=kiosk&store={SHOP}")).await;
        assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
        let c: Conversation = serde_json::from_value(opened.json).unwrap();
        // Asking for a person in an open shop: the choice between the shop and online.
        let asked = as_kiosk(
            "chat-send",
            format!(
                "conversation={}&text=un+conseiller&client_id={}&intent=human",
                c.id,
                key(1)
            ),
        )
        .await;
        let asked: Vec<ChatMessage> = serde_json::from_value(asked.json).unwrap();
        let offer = &asked[1];
        assert!(
            offer.text.contains("Plateau"),
            "names the shop: {}",
            offer.text
        );
        let intents: Vec<&str> = offer.replies.iter().map(|r| r.intent.as_str()).collect();
        assert_eq!(intents, ["human_shop", "human_online"]);
        let shop = as_kiosk(
            "chat-send",
            format!(
                "conversation={}&text={}&client_id={}&intent=human_shop",
                c.id,
                enc(&offer.replies[0].label),
                key(2)
            ),
        )
        .await;
        assert_eq!(shop.status, StatusCode::OK, "{}", shop.body);
        let shop: Vec<ChatMessage> = serde_json::from_value(shop.json).unwrap();
        let queued = &shop[1];
        assert!(queued.text.contains("boutique"), "{}", queued.text);
        assert_eq!(
            queued.card.as_ref().map(|c| (c.kind, c.position)),
            Some((CardKind::Queue, Some(1)))
        );
        let queue: Option<String> =
            sqlx::query_scalar("SELECT queue FROM conversations WHERE id = $1")
                .bind(&c.id)
                .fetch_one(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(queue.as_deref(), Some("store:store-sn-plateau-1"));

        // Only the shop's advisors see it and may take it; they see which shop.
        let amina = s.advisor_token("adv-amina", "fr ar", "FR SN CI EG JO");
        let moussa = s.shop_advisor_token("adv-moussa", "fr en", "SN", SHOP);
        let elsewhere = s.shop_advisor_token("adv-elsewhere", "fr", "SN", "store-sn-other");
        let desk: AdvisorDesk = s.as_advisor(&amina, "advisor-desk", "").await;
        assert!(
            !desk.waiting.iter().any(|e| e.conversation == c.id),
            "not in the online queue"
        );
        let desk: AdvisorDesk = s.as_advisor(&elsewhere, "advisor-desk", "").await;
        assert!(
            !desk.waiting.iter().any(|e| e.conversation == c.id),
            "not another shop's"
        );
        let body = format!("conversation={}", c.id);
        assert_eq!(
            s.advisor_refused(Some(&amina), "advisor-accept", &body)
                .await
                .0,
            StatusCode::NOT_FOUND
        );
        let desk: AdvisorDesk = s.as_advisor(&moussa, "advisor-desk", "").await;
        let entry = desk
            .waiting
            .iter()
            .find(|e| e.conversation == c.id)
            .expect("in the shop's queue");
        assert!(
            entry.shop.as_deref().is_some_and(|n| n.contains("Plateau")),
            "{:?}",
            entry.shop
        );
        let joined: Vec<ChatMessage> = s.as_advisor(&moussa, "advisor-accept", &body).await;
        assert!(joined[0].text.contains("Moussa"), "{}", joined[0].text);

        // Online instead: the country's queue.
        let c2: Conversation = serde_json::from_value(
            as_kiosk("chat-open", format!("lang=fr&channel=kiosk&store={SHOP}"))
                .await
                .json,
        )
        .unwrap();
        let _ = as_kiosk(
            "chat-send",
            format!(
                "conversation={}&text=conseiller&client_id={}&intent=human",
                c2.id,
                key(3)
            ),
        )
        .await;
        let _ = as_kiosk(
            "chat-send",
            format!(
                "conversation={}&text=en+ligne&client_id={}&intent=human_online",
                c2.id,
                key(4)
            ),
        )
        .await;
        let queue: Option<String> =
            sqlx::query_scalar("SELECT queue FROM conversations WHERE id = $1")
                .bind(&c2.id)
                .fetch_one(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(queue.as_deref(), Some("SN:fr"));

        // A closed shop, or a website (where a shop named is ignored): straight to the online queue.
        sqlx::query("UPDATE stores SET hours = '7 0900-1000' WHERE id = $1")
            .bind(SHOP)
            .execute(&s.db.pool)
            .await
            .unwrap();
        let c3: Conversation = serde_json::from_value(
            as_kiosk("chat-open", format!("lang=fr&channel=kiosk&store={SHOP}"))
                .await
                .json,
        )
        .unwrap();
        let asked: Vec<ChatMessage> = serde_json::from_value(
            as_kiosk(
                "chat-send",
                format!(
                    "conversation={}&text=conseiller&client_id={}&intent=human",
                    c3.id,
                    key(5)
                ),
            )
            .await
            .json,
        )
        .unwrap();
        assert_eq!(card(&asked[1..]), Some(CardKind::Queue));
        let web: Conversation = s
            .as_customer(
                AHMED,
                "chat-open",
                &format!("lang=ar&channel=website&store={SHOP}"),
            )
            .await;
        let stored: Option<String> =
            sqlx::query_scalar("SELECT store_id FROM conversations WHERE id = $1")
                .bind(&web.id)
                .fetch_one(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(stored, None);
    })
    .await;
}

#[tokio::test]
async fn the_assistant_answers_in_the_language_of_the_screen_now() {
    each_backend(|s| async move {
        let arabic = |text: &str| text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        // Ahmed's widget opened in French; he switches his screen to Arabic and writes in Arabic.
        let c = s.open(AHMED, "fr").await;
        assert_eq!(c.lang, "fr");
        let body = format!(
            "conversation={}&text={}&client_id={}&lang=ar",
            c.id,
            enc("أريد باقة أرخص"),
            key(1)
        );
        let written: Vec<ChatMessage> = s.as_customer(AHMED, "chat-send", &body).await;
        assert!(
            written[1..].iter().all(|m| arabic(&m.text)),
            "{:?}",
            written.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
        // A French question on an English screen is understood and answered in English.
        let body = format!(
            "conversation={}&text={}&client_id={}&lang=en",
            c.id,
            enc("combien de data il me reste"),
            key(2)
        );
        let written: Vec<ChatMessage> = s.as_customer(AHMED, "chat-send", &body).await;
        assert_eq!(
            written[1].card.as_ref().map(|c| c.kind),
            Some(CardKind::Usage),
            "{:?}",
            written[1].text
        );
        assert!(
            !arabic(&written[1].text) && !written[1].text.is_empty(),
            "{}",
            written[1].text
        );
        // A language the assistant does not speak changes nothing.
        let body = format!(
            "conversation={}&text=hello&client_id={}&lang=xx",
            c.id,
            key(3)
        );
        let _: Vec<ChatMessage> = s.as_customer(AHMED, "chat-send", &body).await;
        // Resumed after a reload, or on another device, in Arabic: the conversation is in Arabic.
        let resumed = s.open(AHMED, "ar").await;
        assert_eq!(
            (resumed.id.as_str(), resumed.lang.as_str()),
            (c.id.as_str(), "ar")
        );
        let next = s.answer(AHMED, &c.id, "شكرا", 4).await;
        assert!(
            next.iter().all(|m| arabic(&m.text)),
            "{:?}",
            next.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
    })
    .await;
}

/// Issue 15, item 7: each answer does what was asked, in English, French and Arabic.
#[tokio::test]
async fn the_assistant_answers_what_was_asked() {
    each_backend(|s| async move {
        let c = s.open(CAMILLE, "en").await;
        // The data question is answered with the data, the rest one tap away (in the widget).
        let data = s
            .answer(CAMILLE, &c.id, "how much data do I have left", 1)
            .await;
        assert_eq!(data[0].text, "Here is the data you have left this cycle.");
        let card_ = data[0].card.clone().unwrap();
        assert_eq!(
            (card_.kind, card_.meter),
            (CardKind::Usage, Some(UsageType::Data))
        );
        let all = s.answer(CAMILLE, &c.id, "show my usage", 2).await;
        assert_eq!(
            all[0].card.clone().unwrap().meter,
            None,
            "a general question shows every allowance"
        );

        // Changing a plan, upgrading and buying more are not cancelling.
        for (n, text, kind) in [
            (3, "upgrade my plan", CardKind::ChangePlan),
            (4, "I need more data", CardKind::Addons),
            (5, "buy a data booster", CardKind::Addons),
            (6, "add a roaming pass", CardKind::Addons),
        ] {
            let answer = s.answer(CAMILLE, &c.id, text, n).await;
            assert_eq!(card(&answer), Some(kind), "{text:?}: {answer:?}");
        }
        let addons = s.answer(CAMILLE, &c.id, "extra data please", 7).await;
        assert!(
            addons[0].replies.iter().any(|r| r.intent == "change_plan"),
            "more every month: a plan, one tap away"
        );

        // "Why is my bill so high" is answered with why a bill can be high, not how to pay it.
        let bill = s.answer(CAMILLE, &c.id, "why is my bill so high", 8).await;
        assert!(
            bill[0]
                .card
                .as_ref()
                .unwrap()
                .body
                .as_ref()
                .unwrap()
                .starts_with("Why is a bill higher than usual?"),
            "{bill:?}"
        );

        // "An iPhone in Paris": which one, then the shops with that one in stock.
        let which = s
            .answer(CAMILLE, &c.id, "where can I buy an iPhone in Paris", 9)
            .await;
        assert!(
            which[0].card.is_none()
                && which[0].text.contains("iPhone")
                && which[0].text.contains("Paris"),
            "{}",
            which[0].text
        );
        let picked = which[0].replies.first().cloned().unwrap();
        assert!(
            which[0]
                .replies
                .iter()
                .all(|r| r.intent == "store_stock" && r.label.contains("iPhone")),
            "{:?}",
            which[0].replies
        );
        let found: Vec<ChatMessage> = s
            .as_customer(CAMILLE, "chat-send", &choice(&c.id, &picked, 10))
            .await;
        let stock = found[1].card.clone().unwrap();
        assert_eq!(
            (stock.kind, stock.place.unwrap().name.as_str()),
            (CardKind::Stores, "Paris")
        );
        // The model chosen, not another iPhone ("Apple iPhone 16", not "… 16 Pro").
        let sku = stock.sku.unwrap();
        assert_eq!(picked.label, "Apple iPhone 16");
        assert!(
            sku.starts_with("apple-iphone-16") && !sku.contains("pro"),
            "{sku}"
        );

        // French and Arabic.
        let f = s.open(AWA, "fr").await;
        assert_eq!(
            card(&s.answer(AWA, &f.id, "modifier mon abonnement", 1).await),
            Some(CardKind::ChangePlan)
        );
        assert_eq!(
            card(&s.answer(AWA, &f.id, "ajouter 5 Go", 2).await),
            Some(CardKind::Addons)
        );
        let minutes = s
            .answer(AWA, &f.id, "combien de minutes il me reste", 3)
            .await;
        assert_eq!(
            minutes[0].card.clone().unwrap().meter,
            Some(UsageType::Voice)
        );
        let why = s
            .answer(AWA, &f.id, "pourquoi ma facture est si élevée", 4)
            .await;
        assert!(
            why[0]
                .card
                .as_ref()
                .unwrap()
                .body
                .as_ref()
                .unwrap()
                .starts_with("Pourquoi une facture"),
            "{why:?}"
        );
        let a = s.open(AHMED, "ar").await;
        let net = s.answer(AHMED, &a.id, "كم باقي من النت", 1).await;
        assert_eq!(net[0].card.clone().unwrap().meter, Some(UsageType::Data));
        assert_eq!(
            card(
                &s.answer(AHMED, &a.id, "عايز أغير باقتي لباقة أكبر", 2)
                    .await
            ),
            Some(CardKind::ChangePlan)
        );
        assert_eq!(
            card(&s.answer(AHMED, &a.id, "أريد أشتري باقة تجوال", 3).await),
            Some(CardKind::Addons)
        );
    })
    .await;
}
