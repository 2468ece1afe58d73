//! Building the widget into `target/selfcare-widget/`: what the server serves under
//! `/widget/` and what is published as the npm package.

use crate::util::{path_with_npm_tools, root, exec, say, Result};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use selfcare_i18n::{AREAS, LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn dist() -> PathBuf {
    root().join("target/selfcare-widget")
}

/// Builds one variant of the widget's module with wasm-pack into `target/<out_dir>`.
fn wasm_pack(out_name: &str, out_dir: &str, features: &[&str]) -> Result {
    let root = root();
    let mut command = Command::new("wasm-pack");
    command
        .args(["build", "--release", "--target", "web", "--mode", "no-install", "--no-pack", "--no-typescript", "--out-name", out_name, "--out-dir"])
        .arg(root.join("target").join(out_dir))
        .arg(root.join("widget"))
        .env("PATH", path_with_npm_tools());
    if !features.is_empty() {
        command.args(["--", "--features", &features.join(",")]);
    }
    exec(&mut command)
}

pub fn build() -> Result {
    let root = root();
    say("building the widget (release, wasm-opt -Oz, terser)");
    wasm_pack("selfcare_widget", "wasm-pack", &[])?;
    // Kiosks load a build of their own with kiosk mode's views and session; no other page
    // downloads that code.
    say("building the kiosk's build of the widget (feature kiosk)");
    wasm_pack("selfcare_widget_kiosk", "wasm-pack-kiosk", &["kiosk"])?;

    let dist = dist();
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("i18n")).map_err(|e| e.to_string())?;
    for (dir, name) in [("wasm-pack", "selfcare_widget"), ("wasm-pack-kiosk", "selfcare_widget_kiosk")] {
        let pack = root.join("target").join(dir);
        copy(&pack.join(format!("{name}.js")), &dist.join(format!("{name}.js")))?;
        copy(&pack.join(format!("{name}_bg.wasm")), &dist.join(format!("{name}_bg.wasm")))?;
    }
    copy(&root.join("widget/js/selfcare-widget.d.ts"), &dist.join("selfcare-widget.d.ts"))?;
    // The iframe bridge of `/embed` (postMessage with origin checks).
    copy(&root.join("widget/js/embed.js"), &dist.join("embed.js"))?;

    let loader = read(&root.join("widget/js/selfcare-widget.js"))?;
    let css = minify_css(&read(&root.join("widget/style.css"))?);
    let loader = loader.replace("\"/*__SELFCARE_CSS__*/\"", &js_string(&css));
    write(&dist.join("selfcare-widget.js"), loader.as_bytes())?;
    // Kiosk mode's styles travel with the kiosk build, read by the module script when it loads it.
    let kiosk_glue = dist.join("selfcare_widget_kiosk.js");
    let kiosk_css = minify_css(&read(&root.join("widget/kiosk.css"))?);
    let glue = format!("{}\nexport const KIOSK_CSS = {};\n", read(&kiosk_glue)?, js_string(&kiosk_css));
    write(&kiosk_glue, glue.as_bytes())?;
    // Minified, the JavaScript costs a third less after compression.
    for script in ["selfcare-widget.js", "selfcare_widget.js", "selfcare_widget_kiosk.js", "embed.js"] {
        let path = dist.join(script);
        exec(Command::new("terser")
            .arg(&path)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&path)
            .env("PATH", path_with_npm_tools()))?;
    }

    for locale in LOCALES {
        write_messages(&dist, locale, &locale_source(locale)?)?;
    }
    write_messages(&dist, PSEUDO_LOCALE, &pseudo(&locale_source(SOURCE_LOCALE)?))?;
    write(&dist.join("package.json"), package_json().as_bytes())?;
    compress_all(&dist)?;
    build_advisor()
}

/// Where the advisors' console is built: what the server serves under `/advisor/`.
pub fn advisor_dist() -> PathBuf {
    root().join("target/selfcare-advisor")
}

/// The advisors' console: its own Leptos application and bundle (`widget/advisor/`).
pub fn build_advisor() -> Result {
    let root = root();
    let pack = root.join("target/wasm-pack-advisor");
    say("building the advisors' console (its own bundle)");
    exec(Command::new("wasm-pack")
        .args(["build", "--release", "--target", "web", "--mode", "no-install", "--no-pack", "--no-typescript", "--out-name", "selfcare_advisor", "--out-dir"])
        .arg(&pack)
        .arg(root.join("widget/advisor"))
        .env("PATH", path_with_npm_tools()))?;
    let dist = advisor_dist();
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    copy(&pack.join("selfcare_advisor.js"), &dist.join("selfcare_advisor.js"))?;
    copy(&pack.join("selfcare_advisor_bg.wasm"), &dist.join("selfcare_advisor_bg.wasm"))?;
    for file in ["index.html", "console.js", "console.css"] {
        copy(&root.join("widget/advisor/web").join(file), &dist.join(file))?;
    }
    exec(Command::new("terser")
        .arg(dist.join("selfcare_advisor.js"))
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(dist.join("selfcare_advisor.js"))
        .env("PATH", path_with_npm_tools()))?;
    compress_all(&dist)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))
}

/// Compiles a locale's Fluent source into the catalogue the widget downloads.
fn write_messages(dist: &Path, locale: &str, source: &str) -> Result {
    let compiled = selfcare_i18n::compile::compile(source).map_err(|e| format!("{locale}: {e:?}"))?;
    write(&dist.join(format!("i18n/{locale}.messages")), compiled.as_bytes())
}

/// A locale's areas joined.
pub fn locale_source(locale: &str) -> Result<String> {
    let dir = root().join("i18n/locales").join(locale);
    let mut joined = String::new();
    for area in AREAS {
        joined.push_str(&read(&dir.join(format!("{area}.ftl")))?);
        joined.push('\n');
    }
    Ok(joined)
}

/// The pseudo-locale: every text of English accented and lengthened, placeables untouched.
fn pseudo(english: &str) -> String {
    fn pattern(p: &mut Pattern<String>) {
        for element in &mut p.elements {
            match element {
                PatternElement::TextElement { value } => *value = fluent_pseudo::transform(value, false, true).into_owned(),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    for v in variants {
                        pattern(&mut v.value);
                    }
                }
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    let mut resource = match fluent_syntax::parser::parse(english.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry {
            if let Some(value) = &mut m.value {
                pattern(value);
            }
            for attribute in &mut m.attributes {
                pattern(&mut attribute.value);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Drops comments and folds white space: enough for our own stylesheet.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut compact = folded;
    for (from, to) in [(" {", "{"), ("{ ", "{"), (" }", "}"), ("; ", ";"), (": ", ":"), (", ", ","), (";}", "}")] {
        compact = compact.replace(from, to);
    }
    compact
}

fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn package_json() -> String {
    format!(
        r#"{{
  "name": "@selfcare/widget",
  "version": "{}",
  "description": "The Selfcare self-service widget: <selfcare-widget> custom element (WebAssembly).",
  "type": "module",
  "module": "selfcare-widget.js",
  "main": "selfcare-widget.js",
  "types": "selfcare-widget.d.ts",
  "files": ["selfcare-widget.js", "selfcare-widget.d.ts", "selfcare_widget.js", "selfcare_widget_bg.wasm", "selfcare_widget_kiosk.js", "selfcare_widget_kiosk_bg.wasm", "embed.js", "i18n/"],
  "sideEffects": ["selfcare-widget.js"],
  "license": "MIT OR Apache-2.0"
}}
"#,
        env!("CARGO_PKG_VERSION")
    )
}

/// Every file below `dir`.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Writes `.br` and `.gz` beside every file, for the server to send precompressed.
fn compress_all(dir: &Path) -> Result {
    for path in files(dir)? {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        write(&path.with_file_name(format!("{name}.br")), &brotli(&bytes))?;
        write(&path.with_file_name(format!("{name}.gz")), &gzip(&bytes))?;
    }
    Ok(())
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}
