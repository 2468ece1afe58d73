//! Architecture invariant: one business clock. Outside `src/server/clock.rs`, no server code
//! reads the wall clock to decide or stamp anything; where the wall clock is right (a token's
//! expiry, which `jsonwebtoken` checks against the real time), the line or one of the few
//! lines above it says `wall clock:` and why.

use std::path::{Path, PathBuf};

/// Calls that read the wall clock as a date.
const WALL_CLOCK: &[&str] = &[
    "Utc::now(",
    "Utc::today(",
    "Local::now(",
    "Local::today(",
    "SystemTime::now(",
    "OffsetDateTime::now",
    "Timestamp::now(",
];

/// How many lines above a call its `wall clock:` reason may stand.
const REASON_REACH: usize = 4;

/// The calls in `source` that read the wall clock without a stated reason: `(line, text)`.
fn unexplained_wall_clock(source: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        if !WALL_CLOCK.iter().any(|call| code.contains(call)) {
            continue;
        }
        let explained = lines[i.saturating_sub(REASON_REACH)..=i]
            .iter()
            .any(|l| l.contains("wall clock:"));
        if !explained {
            found.push((i + 1, line.trim().to_owned()));
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_clock_module_reads_the_wall_clock() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.len() > 20,
        "the server's sources were not found under {}",
        src.display()
    );
    let clock = src.join("server").join("clock.rs");
    assert!(
        files.contains(&clock),
        "the clock module moved: update this test"
    );
    let mut offences = Vec::new();
    for file in files.iter().filter(|f| **f != clock) {
        let source = std::fs::read_to_string(file).unwrap();
        for (line, text) in unexplained_wall_clock(&source) {
            offences.push(format!(
                "{}:{line}: {text}",
                file.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    assert!(
        offences.is_empty(),
        "the wall clock read outside server/clock.rs: take the business clock (`AppState::clock`, a request's `now()`), \
         or say on the line above `// wall clock: <why>`:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_check_finds_a_stray_call_and_accepts_a_stated_reason() {
    let stray = "fn f() {\n    let at = chrono::Utc::now().to_rfc3339();\n}\n";
    assert_eq!(
        unexplained_wall_clock(stray),
        [(2, "let at = chrono::Utc::now().to_rfc3339();".to_owned())]
    );
    let system = "let t = std::time::SystemTime::now();";
    assert_eq!(unexplained_wall_clock(system).len(), 1);
    let explained = "// wall clock: a token's expiry is checked against the real time\nlet now = SystemTime::now();";
    assert!(unexplained_wall_clock(explained).is_empty());
    let mentioned = "// never Utc::now() here: the request's clock";
    assert!(unexplained_wall_clock(mentioned).is_empty());
    let far = format!(
        "// wall clock: too far above\n{}let at = Utc::now();",
        "x();\n".repeat(REASON_REACH + 1)
    );
    assert_eq!(unexplained_wall_clock(&far).len(), 1);
}
