//! `cargo xtask demo`: the widget built, the server started on seeded SQLite, example pages served.

use crate::util::{cargo, exec, root, say, Result};

fn run_args(args: &[String]) -> Result<Option<String>> {
    let mut addr = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--addr" => {
                addr = Some(
                    it.next()
                        .ok_or("--addr needs an address such as 127.0.0.1:8080")?
                        .clone(),
                )
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(addr)
}

pub fn run(args: &[String]) -> Result {
    let addr = run_args(args)?
        .or_else(|| std::env::var("SELFCARE_ADDR").ok())
        .unwrap_or_else(|| "127.0.0.1:8080".into());
    crate::setup::build_tools()?;
    crate::widget::build()?;
    let root = root();
    let port = addr.rsplit(':').next().unwrap_or("8080");
    // The example pages are served by this server; a host origin must be listed to call it.
    let origins = format!("http://{addr},http://localhost:{port},http://127.0.0.1:{port}");
    say(&format!(
        "starting the demo server on http://{addr} (Ctrl-C stops it)"
    ));
    exec(
        cargo()
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
            .current_dir(&root)
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
    )
}
