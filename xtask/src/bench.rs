//! `cargo xtask bench [--scale N] [--stores N] [--seconds S] [--runs R] [--stores-only]`: the figures kept in
//! BENCHMARKS.md. Nothing here passes or fails; it measures and prints.
//!
//! - bundle: every byte the browser downloads for the first view in one locale;
//! - load: DOMContentLoaded → usage view with data, and main-thread blocking time, in headless
//!   Chromium with 4× CPU throttling and a slow network (`xtask/browser/bench/load.mjs`);
//! - server: `get usage` at 64 concurrent connections on `--scale` lines (default 50,000)
//!   beside the trivial `/version` route; `get offers` (eligibility and prices of every plan
//!   and add-on, what the comparison is built from) for French lines in a catalogue of
//!   `CATALOGUE` generated offerings more; and order placement (an add-on a request, each
//!   with its own idempotency key) — on SQLite and, when `SELFCARE_TEST_POSTGRES_URL` is set
//!   and `psql` is there, PostgreSQL (`xtask/browser/bench/server.mjs`);
//! - stores: the nearest 20 stores with a SKU in stock among `STORES_SMALL` and then `--stores`
//!   (default 50,000) stores and `PRODUCTS` generated products, one request at a time and at
//!   64 connections; suggestions while typing; reservations racing for one stock row — on
//!   both databases (`xtask/browser/bench/stores.mjs`);
//! - chat: the assistant's evaluation figures, the share of scripted conversations resolved
//!   without an advisor and its reply time on the server (`selfcare-chat-eval`); with
//!   PostgreSQL, two server processes on one database: fan-out latency from one to the other,
//!   and the open conversations (live streams) one process holds, with its memory
//!   (`xtask/browser/bench/chat.mjs`).

use crate::util::{cargo, exec, output, path_with_npm_tools, root, say, Result};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Generated French offerings added to the demo catalogue for the benchmark.
const CATALOGUE: u32 = 500;
/// The smaller store count, to show how the locator scales up to `--stores`.
const STORES_SMALL: u32 = 5_000;
/// Generated products beside the demo catalogue.
const PRODUCTS: u32 = 500;

struct Options {
    scale: u32,
    stores: u32,
    seconds: u32,
    runs: u32,
    /// Only the store-locator part (`--stores-only`).
    stores_only: bool,
    /// Only the chat part (`--chat-only`).
    chat_only: bool,
}

fn options(args: &[String]) -> Result<Options> {
    let mut o = Options {
        scale: 50_000,
        stores: 50_000,
        seconds: 10,
        runs: 5,
        stores_only: false,
        chat_only: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--stores-only" || arg == "--chat-only" {
            o.stores_only |= arg == "--stores-only";
            o.chat_only |= arg == "--chat-only";
            continue;
        }
        let value = it
            .next()
            .ok_or(format!("{arg} needs a number"))?
            .parse::<u32>()
            .map_err(|e| format!("{arg}: {e}"))?;
        match arg.as_str() {
            "--scale" => o.scale = value,
            "--stores" => o.stores = value,
            "--seconds" => o.seconds = value,
            "--runs" => o.runs = value,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(o)
}

pub fn run(args: &[String]) -> Result {
    let o = options(args)?;
    crate::setup::build_tools()?;
    crate::setup::ensure_chromium()?;
    crate::widget::build()?;
    say("bundle: every byte the browser downloads for the first view (usage, tariff flow, store locator, chat) in one locale");
    println!(
        "{}",
        crate::size::table(&crate::size::measure(crate::size::Build::Page)?)
    );
    say("kiosk bundle: the same with kiosk mode (attract screen, sign-in at the kiosk, idle reset, read aloud, phone links)");
    println!(
        "{}",
        crate::size::table(&crate::size::measure(crate::size::Build::Kiosk)?)
    );
    say("website before the launcher is opened: the module script alone (it draws the launcher)");
    println!(
        "{}",
        crate::size::table(&crate::size::measure(crate::size::Build::Launcher)?)
    );

    say("building the server (profile `server`: optimised, no LTO)");
    let root = root();
    exec(
        cargo()
            .args([
                "build",
                "--quiet",
                "--profile",
                "server",
                "-p",
                "selfcare-server-fns",
                "--features",
                "ssr",
                "--bin",
                "selfcare-server",
            ])
            .current_dir(&root),
    )?;
    let bin = root.join("target/server/selfcare-server");
    let data = std::env::temp_dir().join(format!("selfcare-bench-{}", std::process::id()));
    if o.stores_only {
        return stores(&bin, &data, &o);
    }
    if o.chat_only {
        return chat(&bin, &data);
    }

    say(&format!(
        "SQLite: seeding {} lines, then measuring",
        o.scale
    ));
    let _ = std::fs::remove_dir_all(&data);
    let server = Server::start(&bin, &data, None, &usage_seed(o.scale))?;
    println!(
        "load (SQLite server): {}",
        node(&["bench/load.mjs", &server.origin, &o.runs.to_string()])?
    );
    println!(
        "server (SQLite): {}",
        node(&[
            "bench/server.mjs",
            &server.origin,
            &o.scale.to_string(),
            &o.seconds.to_string()
        ])?
    );
    drop(server);
    let _ = std::fs::remove_dir_all(&data);

    match (
        std::env::var("SELFCARE_TEST_POSTGRES_URL"),
        output(Command::new("psql").arg("--version")),
    ) {
        (Ok(admin), Some(_)) => {
            let name = format!("selfcare_bench_{}", std::process::id());
            let base = admin
                .rsplit_once('/')
                .map_or(admin.as_str(), |(b, _)| b)
                .to_owned();
            exec(Command::new("psql").args([
                admin.as_str(),
                "-qc",
                &format!("CREATE DATABASE {name}"),
            ]))?;
            say(&format!(
                "PostgreSQL: seeding {} lines, then measuring",
                o.scale
            ));
            let result = Server::start(
                &bin,
                &data,
                Some(&format!("{base}/{name}")),
                &usage_seed(o.scale),
            )
            .and_then(|server| {
                node(&[
                    "bench/server.mjs",
                    &server.origin,
                    &o.scale.to_string(),
                    &o.seconds.to_string(),
                ])
            });
            let _ = exec(Command::new("psql").args([
                admin.as_str(),
                "-qc",
                &format!("DROP DATABASE {name} WITH (FORCE)"),
            ]));
            let _ = std::fs::remove_dir_all(&data);
            println!("server (PostgreSQL): {}", result?);
        }
        _ => {
            say("PostgreSQL skipped: set SELFCARE_TEST_POSTGRES_URL (and have psql) to measure it")
        }
    }
    stores(&bin, &data, &o)?;
    chat(&bin, &data)
}

/// Conversations at the same time on one process, for its memory.
const CHAT_STREAMS: u32 = 2_000;
/// Messages sent to one process and timed on the other.
const CHAT_MESSAGES: u32 = 300;

/// The assistant's figures, then two processes on one PostgreSQL.
fn chat(bin: &Path, data: &Path) -> Result {
    say("chat: the assistant's evaluation and reply time (selfcare-chat-eval)");
    let root = root();
    exec(
        cargo()
            .args([
                "run",
                "--quiet",
                "--profile",
                "server",
                "-p",
                "selfcare-server-fns",
                "--features",
                "ssr",
                "--bin",
                "selfcare-chat-eval",
            ])
            .current_dir(&root),
    )?;
    let Some(admin) = std::env::var("SELFCARE_TEST_POSTGRES_URL")
        .ok()
        .filter(|_| output(Command::new("psql").arg("--version")).is_some())
    else {
        say("chat fan-out skipped: set SELFCARE_TEST_POSTGRES_URL (and have psql) to measure two processes");
        return Ok(());
    };
    let name = format!("selfcare_bench_chat_{}", std::process::id());
    let base = admin
        .rsplit_once('/')
        .map_or(admin.as_str(), |(b, _)| b)
        .to_owned();
    exec(Command::new("psql").args([admin.as_str(), "-qc", &format!("CREATE DATABASE {name}")]))?;
    say("chat (PostgreSQL): two server processes on one database");
    let url = format!("{base}/{name}");
    // No rate limits in the way of the load: one address opens thousands of conversations.
    let unlimited = [
        ("SELFCARE_CHAT_MESSAGES_PER_MINUTE", "1000000"),
        ("SELFCARE_CHAT_REQUESTS_PER_MINUTE", "1000000"),
    ];
    let result = Server::start_with(
        bin,
        data,
        Some(&url),
        &["--seed-scale".into(), "100".into()],
        &unlimited,
    )
    .and_then(|a| {
        let other = data.join("second");
        // Each process has its own demo key: tokens come from the process they are used on.
        let b = Server::start_with(bin, &other, Some(&url), &[], &unlimited)?;
        node(&[
            "bench/chat.mjs",
            &a.origin,
            &b.origin,
            &a.child.id().to_string(),
            &CHAT_MESSAGES.to_string(),
            &CHAT_STREAMS.to_string(),
        ])
    });
    let _ = exec(Command::new("psql").args([
        admin.as_str(),
        "-qc",
        &format!("DROP DATABASE {name} WITH (FORCE)"),
    ]));
    let _ = std::fs::remove_dir_all(data);
    println!("chat (PostgreSQL, two processes): {}", result?);
    Ok(())
}

fn usage_seed(scale: u32) -> Vec<String> {
    vec![
        "--seed-scale".into(),
        scale.to_string(),
        "--seed-catalogue".into(),
        CATALOGUE.to_string(),
    ]
}

/// The store locator on `STORES_SMALL` and `o.stores` stores, SQLite then PostgreSQL.
fn stores(bin: &Path, data: &Path, o: &Options) -> Result {
    let postgres = match (
        std::env::var("SELFCARE_TEST_POSTGRES_URL"),
        output(Command::new("psql").arg("--version")),
    ) {
        (Ok(admin), Some(_)) => Some(admin),
        _ => None,
    };
    for count in [STORES_SMALL, o.stores] {
        // 100 customers for the reservations; the demo stores plus `count` generated ones.
        let args: Vec<String> = [
            "--seed-scale",
            "100",
            "--seed-stores",
            &count.to_string(),
            "--seed-products",
            &PRODUCTS.to_string(),
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        say(&format!(
            "stores (SQLite): seeding {count} stores and {PRODUCTS} products, then measuring"
        ));
        let _ = std::fs::remove_dir_all(data);
        let server = Server::start(bin, data, None, &args)?;
        println!(
            "stores {count} (SQLite): {}",
            node(&["bench/stores.mjs", &server.origin, &o.seconds.to_string()])?
        );
        drop(server);
        let _ = std::fs::remove_dir_all(data);
        if let Some(admin) = &postgres {
            let name = format!("selfcare_bench_stores_{}", std::process::id());
            let base = admin
                .rsplit_once('/')
                .map_or(admin.as_str(), |(b, _)| b)
                .to_owned();
            exec(Command::new("psql").args([
                admin.as_str(),
                "-qc",
                &format!("CREATE DATABASE {name}"),
            ]))?;
            say(&format!("stores (PostgreSQL): seeding {count} stores and {PRODUCTS} products, then measuring"));
            let result = Server::start(bin, data, Some(&format!("{base}/{name}")), &args).and_then(
                |server| node(&["bench/stores.mjs", &server.origin, &o.seconds.to_string()]),
            );
            let _ = exec(Command::new("psql").args([
                admin.as_str(),
                "-qc",
                &format!("DROP DATABASE {name} WITH (FORCE)"),
            ]));
            let _ = std::fs::remove_dir_all(data);
            println!("stores {count} (PostgreSQL): {}", result?);
        }
    }
    Ok(())
}

fn node(args: &[&str]) -> Result<String> {
    let out = Command::new("node")
        .args(args)
        .current_dir(root().join("xtask/browser"))
        .env("PATH", path_with_npm_tools())
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "node {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The server process of a benchmark, stopped when dropped.
struct Server {
    child: Child,
    origin: String,
}

impl Server {
    fn start(bin: &Path, data: &Path, database: Option<&str>, args: &[String]) -> Result<Server> {
        Server::start_with(bin, data, database, args, &[])
    }

    fn start_with(
        bin: &Path,
        data: &Path,
        database: Option<&str>,
        args: &[String],
        env: &[(&str, &str)],
    ) -> Result<Server> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let origin = format!("http://127.0.0.1:{port}");
        let mut command = Command::new(bin);
        command
            .args(args)
            .env("RUST_LOG", "warn")
            .env("SELFCARE_ADDR", format!("127.0.0.1:{port}"))
            .env("SELFCARE_DEMO", "true")
            .env("SELFCARE_DATA_DIR", data)
            .env("SELFCARE_WIDGET_DIR", crate::widget::dist())
            .env("SELFCARE_ADVISOR_DIR", crate::widget::advisor_dist())
            .env("SELFCARE_EXAMPLES_DIR", root().join("examples"))
            .env("SELFCARE_ALLOWED_ORIGINS", &origin)
            .stdout(std::process::Stdio::null());
        if let Some(url) = database {
            command.env("DATABASE_URL", url);
        }
        command.envs(env.iter().copied());
        let child = command
            .spawn()
            .map_err(|e| format!("{}: {e}", bin.display()))?;
        let mut server = Server { child, origin };
        let started = Instant::now();
        while !ready(port) {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("the server exited while starting: {status}"));
            }
            if started.elapsed() > Duration::from_secs(900) {
                return Err("the server was not ready after 15 minutes".into());
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        say(&format!(
            "ready after {:.0} s (seeding included)",
            started.elapsed().as_secs_f64()
        ));
        Ok(server)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ready(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET /readyz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.0 200") || answer.starts_with("HTTP/1.1 200")
}
