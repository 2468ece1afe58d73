//! `selfcare-chat-eval [--repeat N]`: the assistant's figures, printed as Markdown for
//! BENCHMARKS.md (run by `cargo xtask bench`).
//!
//! - training time, and per language on its held-out evaluation set: accuracy, the rate of
//!   correct "I can't help with that", wrong ones, rephrase requests, per-intent precision
//!   and recall;
//! - the scripted conversations (`data/chat/conversations.txt`) replayed through the real
//!   server code on a seeded SQLite database: the share resolved without an advisor;
//! - the assistant's reply time on the server (a whole turn: validation, classification,
//!   entities, knowledge base, the transaction that writes both messages), p50/p99 over the
//!   scripted turns repeated `--repeat` times, and classification alone.

use selfcare_server_fns::chat::domain::{self as chat, Assistant, Hub, Party, Said, TurnContext};
use selfcare_server_fns::chat::nlu::{self, CHAT_SCRIPTS};
use selfcare_server_fns::seed;
use selfcare_server_fns::server::config::Config;
use selfcare_server_fns::server::db::Db;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut repeat = 20;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--repeat" => repeat = args.next().ok_or("--repeat needs a number")?.parse()?,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    let started = Instant::now();
    let assistant = Assistant::new();
    let trained = started.elapsed();
    let languages = nlu::languages();
    let examples: usize = languages.iter().map(|l| l.train.len()).sum();
    println!("Classifier: {} intents, {examples} training examples in {} languages, trained in {:.0} ms at start-up.\n", assistant.classifier.intents.len(), languages.len(), trained.as_secs_f64() * 1000.0);
    println!("| language | held-out messages | accuracy | correct \"I can't help\" | wrong \"I can't help\" | asked to rephrase |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut per_intent = Vec::new();
    for l in &languages {
        let e = assistant.classifier.evaluate(l.tag, &l.eval);
        println!(
            "| {} | {} | {:.1} % | {:.1} % | {:.1} % | {:.1} % |",
            l.tag,
            e.total,
            e.accuracy * 100.0,
            e.dont_know_rate * 100.0,
            e.false_dont_know_rate * 100.0,
            e.rephrase_rate * 100.0
        );
        per_intent.push(e);
    }
    println!("\nPer intent, precision / recall in %:\n");
    println!(
        "| intent | {} |",
        per_intent
            .iter()
            .map(|e| e.lang.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---:|".repeat(per_intent.len()));
    for (i, (intent, ..)) in per_intent[0].per_intent.iter().enumerate() {
        let cells: Vec<String> = per_intent
            .iter()
            .map(|e| {
                e.per_intent.get(i).map_or(String::new(), |(_, p, r, _)| {
                    format!("{:.0} / {:.0}", p * 100.0, r * 100.0)
                })
            })
            .collect();
        println!("| {intent} | {} |", cells.join(" | "));
    }

    // Classification alone.
    let texts: Vec<&str> = languages
        .iter()
        .flat_map(|l| l.eval.iter().map(|(_, t)| t.as_str()))
        .collect();
    let mut times = Vec::new();
    for _ in 0..repeat {
        for t in &texts {
            let start = Instant::now();
            std::hint::black_box(assistant.classifier.decide(t));
            times.push(start.elapsed());
        }
    }
    times.sort();
    println!(
        "\nClassification alone: p50 {:.3} ms, p99 {:.3} ms ({} messages).",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.len()
    );

    // The scripted conversations on a seeded database.
    let dir = std::env::temp_dir().join(format!("selfcare-chat-eval-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db = Db::connect(&format!("sqlite://{}/chat.db?mode=rwc", dir.display()), 4).await?;
    let today: chrono::NaiveDate = "2026-11-26".parse()?;
    seed::seed(&db, today, 0).await?;
    let config = Config {
        today: Some(today),
        ..Config::default()
    };
    let now = today.and_hms_opt(10, 0, 0).ok_or("time")?.and_utc();
    let hub = Hub::default();
    let storage = selfcare_server_fns::usage::storage::SqlStorage::new(db.clone());
    let shops = selfcare_server_fns::stores::storage::SqlShops::new(db.clone());
    let ctx = TurnContext {
        assistant: &assistant,
        hub: &hub,
        config: &config,
        storage: &storage,
        shops: &shops,
        signed_in: true,
        partner: None,
        channel: None,
        now,
        voucher: Default::default(),
    };
    let scripts: Vec<(String, String, Vec<String>)> = {
        let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
        for line in CHAT_SCRIPTS.lines() {
            if let Some(head) = line.strip_prefix("=== ") {
                let mut parts = head.split_whitespace();
                out.push((
                    parts.next().unwrap_or("").into(),
                    parts.next().unwrap_or("en").into(),
                    Vec::new(),
                ));
            } else if let (Some(said), Some(last)) = (line.strip_prefix("> "), out.last_mut()) {
                last.2.push(said.to_owned());
            }
        }
        out
    };
    let mut resolved = 0;
    let mut turns = Vec::new();
    let mut n = 0u64;
    for round in 0..repeat {
        for (customer, lang, said) in &scripts {
            let open = chat::OpenRequest {
                party: Some(customer),
                lang,
                country: None,
                channel: "website",
                store: None,
            };
            let conversation = chat::open(&db, &shops, &assistant, &open, now)
                .await
                .map_err(|e| e.to_string())?;
            let mut advisor = false;
            for text in said {
                n += 1;
                let client_id = format!("eval-{n:012}-0000-0000");
                let start = Instant::now();
                let written = chat::send(
                    &db,
                    &ctx,
                    &conversation.id,
                    Party::Customer(customer),
                    &Said {
                        text,
                        client_id: &client_id,
                        intent: None,
                        lang: None,
                    },
                )
                .await
                .map_err(|e| e.to_string())?;
                turns.push(start.elapsed());
                advisor |= written.iter().any(|m| {
                    m.replies.iter().any(|r| r.intent == "human")
                        || m.card
                            .as_ref()
                            .is_some_and(|c| c.kind == selfcare_server_fns::api::CardKind::Queue)
                });
            }
            if round == 0 && !advisor {
                resolved += 1;
            }
            // Start the next round afresh.
            chat::close(
                &db,
                &hub,
                &assistant,
                &conversation.id,
                Party::Customer(customer),
                now,
            )
            .await
            .map_err(|e| e.to_string())?;
        }
    }
    turns.sort();
    println!(
        "\nScripted conversations: {resolved} of {} resolved without an advisor being asked for or offered ({:.0} %).",
        scripts.len(),
        resolved as f64 * 100.0 / scripts.len().max(1) as f64
    );
    println!(
        "Assistant reply time on the server (a whole turn, SQLite): p50 {:.2} ms, p99 {:.2} ms ({} turns).",
        percentile(&turns, 0.5),
        percentile(&turns, 0.99),
        turns.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
