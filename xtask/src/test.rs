//! `cargo xtask test`: every test, in the order that fails fastest.

use crate::util::{cargo, exec, path_with_npm_tools, root, say, Result};
use std::process::Command;

pub fn run(_args: &[String]) -> Result {
    crate::setup::build_tools()?;
    crate::setup::ensure_lint_tools()?;
    crate::setup::ensure_chromium()?;
    let root = root();

    match std::env::var("SELFCARE_TEST_POSTGRES_URL") {
        Ok(_) => say("server tests run on SQLite and on PostgreSQL (SELFCARE_TEST_POSTGRES_URL)"),
        Err(_) => say(
            "SELFCARE_TEST_POSTGRES_URL is not set: the PostgreSQL server tests will be skipped",
        ),
    }
    say("format (cargo fmt --check)");
    exec(cargo().args(["fmt", "--all", "--check"]).current_dir(&root))?;
    say("lints (cargo clippy --all-targets -D warnings): the server, the tools, and the widget (page and kiosk bundles)");
    exec(
        cargo()
            .args([
                "clippy",
                "--workspace",
                "--exclude",
                "selfcare-widget",
                "--exclude",
                "selfcare-advisor",
                "--all-targets",
                "--features",
                "selfcare-server-fns/ssr selfcare-i18n/compile",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(&root),
    )?;
    for features in [&[][..], &["--features", "selfcare-widget/kiosk"][..]] {
        exec(
            cargo()
                .args([
                    "clippy",
                    "--target",
                    "wasm32-unknown-unknown",
                    "-p",
                    "selfcare-widget",
                    "-p",
                    "selfcare-advisor",
                    "--all-targets",
                ])
                .args(features)
                .args(["--", "-D", "warnings"])
                .current_dir(&root),
        )?;
    }

    say("unit and server tests");
    exec(
        cargo()
            .args([
                "test",
                "--workspace",
                "--exclude",
                "selfcare-widget",
                "--exclude",
                "selfcare-advisor",
                "--features",
                "selfcare-server-fns/ssr selfcare-i18n/compile",
            ])
            .current_dir(&root),
    )?;

    crate::widget::build()?;
    say("bundle-size budget");
    crate::size::check_budget()?;

    say("building the server for the browser tests");
    exec(
        cargo()
            .args([
                "build",
                "--quiet",
                "-p",
                "selfcare-server-fns",
                "--features",
                "ssr",
                "--bin",
                "selfcare-server",
            ])
            .current_dir(&root),
    )?;

    say("browser tests (headless Debian Chromium)");
    let browser = root.join("xtask/browser");
    let tests: Vec<_> = std::fs::read_dir(browser.join("tests"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    exec(
        Command::new("node")
            .arg("--test")
            .arg("--test-concurrency=1")
            .args(&tests)
            .current_dir(&browser)
            .env("PATH", path_with_npm_tools())
            .env("SELFCARE_ROOT", &root)
            .env(
                "SELFCARE_SERVER_BIN",
                root.join("target/debug/selfcare-server"),
            ),
    )
}
