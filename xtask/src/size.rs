//! The bundle: every byte the browser downloads to show the usage view in one locale, raw,
//! gzip and brotli; and its budget, checked by `cargo xtask test` (bytes are deterministic).

use crate::util::Result;
use crate::widget::{brotli, dist, gzip};
use selfcare_i18n::LOCALES;

/// At most 241 KiB brotli for the first view in one locale. Issue 2 set 120 KiB for the usage
/// view alone (measured 118.1 KiB); the tariff flow of issue 3 is in the same module and added
/// 38.0 KiB (measured 156.1 KiB); the store locator of issue 4 (search, suggestions, products,
/// stock, the week's hours, the map, reservations, QR drawing) added 56.7 KiB (measured
/// 212.8 KiB); the chat of issue 5 (conversation, live stream, composer, quick replies, five
/// kinds of cards, rating, the advisor's typing indicator, its messages) added 27.6 KiB
/// (measured 240.4 KiB): see BENCHMARKS.md.
/// Loading each of those flows as a module of its own when it is opened would bring the first
/// load back near 120 KiB.
pub const BUDGET_BROTLI: usize = 241 * 1024;

pub struct Part {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The module script, the wasm-bindgen glue, the wasm and the largest locale's messages (the
/// stylesheet is inside the module script). The pseudo-locale is for tests and not counted.
pub fn measure() -> Result<Vec<Part>> {
    let dist = dist();
    let largest_locale = LOCALES
        .iter()
        .map(|l| format!("i18n/{l}.messages"))
        .max_by_key(|f| std::fs::metadata(dist.join(f)).map(|m| m.len()).unwrap_or(0))
        .ok_or("no locale")?;
    let names = ["selfcare-widget.js".to_owned(), "selfcare_widget.js".into(), "selfcare_widget_bg.wasm".into(), largest_locale];
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dist.join(&name)).map_err(|e| format!("{name}: {e} (build the widget first)"))?;
            Ok(Part { raw: bytes.len(), gzip: gzip(&bytes).len(), brotli: brotli(&bytes).len(), name })
        })
        .collect()
}

pub fn table(parts: &[Part]) -> String {
    let kib = |b: usize| format!("{:.1} KiB", b as f64 / 1024.0);
    let mut out = String::from("| file | raw | gzip | brotli |\n|---|---:|---:|---:|\n");
    for p in parts {
        out.push_str(&format!("| {} | {} | {} | {} |\n", p.name, kib(p.raw), kib(p.gzip), kib(p.brotli)));
    }
    let sum = |f: fn(&Part) -> usize| parts.iter().map(f).sum::<usize>();
    out.push_str(&format!("| **total** | {} | {} | {} |\n", kib(sum(|p| p.raw)), kib(sum(|p| p.gzip)), kib(sum(|p| p.brotli))));
    out
}

pub fn check_budget() -> Result {
    let parts = measure()?;
    eprintln!("{}", table(&parts));
    let total: usize = parts.iter().map(|p| p.brotli).sum();
    if total > BUDGET_BROTLI {
        return Err(format!(
            "the bundle is {total} bytes brotli, over its budget of {BUDGET_BROTLI}: find where the bytes went \
             (twiggy on target/wasm32-unknown-unknown/release/selfcare_widget.wasm, see BENCHMARKS.md)"
        ));
    }
    eprintln!("bundle size: {total} bytes brotli, within the budget of {BUDGET_BROTLI} ({} to spare)", BUDGET_BROTLI - total);
    Ok(())
}
