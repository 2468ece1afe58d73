//! `cargo xtask <command>`: the project's automation. Each command installs what it needs and
//! is missing, says what it is doing, and is quick when everything is there.
//!
//! - `demo [--addr ADDR] [--tmf [--bss-addr ADDR]]`: build the widget, start the demo server
//!   with seeded SQLite data (`--tmf`: on the tmf backend, with a second server as the
//!   operator's systems).
//! - `test`: every test — unit, server on SQLite (and PostgreSQL when
//!   `SELFCARE_TEST_POSTGRES_URL` is set), message checks, the bundle-size budget, browser tests.
//! - `bench`: bundle sizes, load time in throttled Chromium, server throughput; writes figures
//!   to stdout for BENCHMARKS.md.
//! - `widget`: build the widget into `target/selfcare-widget/` only.
//! - `size`: the built widget's bytes against its budgets (after `widget`).

mod bench;
mod demo;
mod setup;
mod size;
mod test;
mod util;
mod widget;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("widget") => setup::build_tools().and_then(|_| widget::build()),
        Some("size") => size::check_budget(),
        _ => {
            eprintln!("usage: cargo xtask <demo [--addr ADDR] [--tmf [--bss-addr ADDR]] | test | bench [--scale N] [--stores N] [--stores-only | --chat-only] | widget | size>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}
