//! Installing what the build and the tests need, only when it is missing. Everything comes
//! from the package registries: crates.io (`cargo install`), Debian (`apt-get`), npm.

use crate::util::{exec, output, root, say, Result};
use std::path::Path;
use std::process::Command;

/// The version of a package in Cargo.lock.
fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let marker = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&marker)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + marker.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")?;
    Ok(lock[start..start + end].to_owned())
}

fn ensure_wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        say("installing the wasm32-unknown-unknown target");
        exec(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// rustfmt and clippy, for `cargo xtask test`'s format and lint checks.
pub fn ensure_lint_tools() -> Result {
    let installed = output(Command::new("rustup").args(["component", "list", "--installed"]))
        .unwrap_or_default();
    for component in ["rustfmt", "clippy"] {
        if !installed.lines().any(|l| l.trim().starts_with(component)) {
            say(&format!("installing the {component} component"));
            exec(Command::new("rustup").args(["component", "add", component]))?;
        }
    }
    Ok(())
}

fn ensure_wasm_bindgen() -> Result {
    let version = locked_version("wasm-bindgen")?;
    let current = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) != Some(version.as_str()) {
        say(&format!("installing wasm-bindgen-cli {version} (the version in Cargo.lock; takes about 2 minutes)"));
        // Not --locked: one of its locked dependencies is missing from the registry.
        exec(crate::util::cargo().args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
            "--force",
        ]))?;
    }
    Ok(())
}

fn ensure_wasm_pack() -> Result {
    if output(Command::new("wasm-pack").arg("--version")).is_none() {
        say("installing wasm-pack (takes about 2 minutes)");
        exec(crate::util::cargo().args(["install", "wasm-pack", "--locked"]))?;
    }
    Ok(())
}

/// The browser-test harness and wasm-opt (npm `binaryen`: Debian's is too old for this Rust).
pub fn ensure_npm_packages() -> Result {
    let dir = root().join("xtask/browser");
    let installed = dir.join("node_modules/.package-lock.json");
    let stale = match (
        std::fs::metadata(&installed),
        std::fs::metadata(dir.join("package-lock.json")),
    ) {
        (Ok(i), Ok(l)) => i.modified().ok() < l.modified().ok(),
        _ => true,
    };
    if stale {
        say("installing the npm packages of xtask/browser from its lockfile");
        exec(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir),
        )?;
    }
    Ok(())
}

/// Debian's Chromium and ChromeDriver, for browser tests and load benchmarks.
pub fn ensure_chromium() -> Result {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    say("installing Debian's chromium and chromium-driver");
    let sudo = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        exec(&mut command)
    };
    apt(&["update", "-qq"])?;
    apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])
}

/// Everything needed to build the widget.
pub fn build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_pack()?;
    ensure_npm_packages()
}
