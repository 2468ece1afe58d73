//! `cargo xtask demo`: the widget built, the server started on seeded SQLite, example pages served.
//!
//! `cargo xtask demo --tmf`: two servers. The first, on its own seeded SQLite (`data/bss/`),
//! plays the operator's systems and serves their TM Forum Open APIs on `--bss-addr`
//! (127.0.0.1:8090); the widget's server runs on the `tmf` backend and reads customers, lines,
//! usage, the catalogue, orders and top-ups from it over HTTP.

use crate::util::{cargo, exec, root, say, Result};
use std::process::{Child, Command};

struct Args {
    addr: Option<String>,
    tmf: bool,
    bss_addr: String,
}

fn run_args(args: &[String]) -> Result<Args> {
    let mut parsed = Args {
        addr: None,
        tmf: false,
        bss_addr: "127.0.0.1:8090".into(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tmf" => parsed.tmf = true,
            "--bss-addr" => {
                parsed.bss_addr = it
                    .next()
                    .ok_or("--bss-addr needs an address such as 127.0.0.1:8090")?
                    .clone()
            }
            "--addr" => {
                parsed.addr = Some(
                    it.next()
                        .ok_or("--addr needs an address such as 127.0.0.1:8080")?
                        .clone(),
                )
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(parsed)
}

/// The server binary, built.
fn server() -> Command {
    let mut command = cargo();
    command
        .args([
            "run",
            "--quiet",
            "-p",
            "selfcare-server-fns",
            "--features",
            "ssr",
            "--bin",
            "selfcare-server",
        ])
        .current_dir(root());
    command
}

/// The operator's stand-in: the SQL server on its own data, answering on `addr` once ready.
fn start_bss(addr: &str) -> Result<Child> {
    let root = root();
    say(&format!(
        "starting the operator's stand-in (TMF Open APIs) on http://{addr}"
    ));
    let mut child = server()
        .env("SELFCARE_ADDR", addr)
        .env("SELFCARE_DEMO", "true")
        .env("SELFCARE_DATA_DIR", root.join("data").join("bss"))
        .env("SELFCARE_BACKEND", "sql")
        .spawn()
        .map_err(|e| format!("cannot start the stand-in: {e}"))?;
    for _ in 0..600 {
        if std::net::TcpStream::connect(addr).is_ok() {
            return Ok(child);
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the stand-in stopped ({status})"));
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let _ = child.kill();
    Err(format!(
        "the stand-in did not listen on {addr} within 2 minutes"
    ))
}

pub fn run(args: &[String]) -> Result {
    let args = run_args(args)?;
    let addr = args
        .addr
        .clone()
        .or_else(|| std::env::var("SELFCARE_ADDR").ok())
        .unwrap_or_else(|| "127.0.0.1:8080".into());
    crate::setup::build_tools()?;
    crate::widget::build()?;
    let root = root();
    let port = addr.rsplit(':').next().unwrap_or("8080");
    // The example pages are served by this server; a host origin must be listed to call it.
    let origins = format!("http://{addr},http://localhost:{port},http://127.0.0.1:{port}");
    let mut bss = None;
    let mut widget = server();
    if args.tmf {
        bss = Some(start_bss(&args.bss_addr)?);
        let url = format!("http://{}", args.bss_addr);
        widget
            .env("SELFCARE_BACKEND", "tmf")
            .env("SELFCARE_TMF_URL", &url)
            .env("SELFCARE_TMF_TOKEN_URL", format!("{url}/oauth/token"))
            // The stand-in's demo client (`seed::partners`).
            .env("SELFCARE_TMF_CLIENT_ID", "selfcare-tmf")
            .env("SELFCARE_TMF_CLIENT_SECRET", "selfcare-tmf-demo-secret");
    }
    say(&format!(
        "starting the demo server on http://{addr}{} (Ctrl-C stops it)",
        if args.tmf { ", on the tmf backend" } else { "" }
    ));
    let served = exec(
        widget
            .env("SELFCARE_ADDR", &addr)
            .env("SELFCARE_DEMO", "true")
            .env("SELFCARE_DATA_DIR", root.join("data"))
            .env("SELFCARE_WIDGET_DIR", crate::widget::dist())
            .env("SELFCARE_ADVISOR_DIR", crate::widget::advisor_dist())
            .env("SELFCARE_EXAMPLES_DIR", root.join("examples"))
            .env(
                "SELFCARE_ALLOWED_ORIGINS",
                std::env::var("SELFCARE_ALLOWED_ORIGINS").unwrap_or(origins),
            ),
    );
    if let Some(mut bss) = bss {
        let _ = bss.kill();
        let _ = bss.wait();
    }
    served
}
