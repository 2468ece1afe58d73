//! Building the widget into `target/selfcare-widget/`: what the server serves under
//! `/widget/` and what is published as the npm package.

use crate::util::{exec, path_with_npm_tools, root, say, Result};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use selfcare_i18n::{AREAS, LOCALES, PART_AREAS, PSEUDO_LOCALE, SOURCE_LOCALE};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn dist() -> PathBuf {
    root().join("target/selfcare-widget")
}

/// One build of the application: wasm-bindgen's glue, its main module, the parts split off it
/// (`split_*.wasm`, and `chunk_*.wasm` for code several parts share) and the splitter's loader
/// `__wasm_split.js`, all in one folder named after their contents (`app-<hash>`,
/// `kiosk-<hash>`): a deployment never mixes a new main module with old parts, and the files
/// can be cached for good.
struct App {
    /// The folder in `dist()`.
    folder: String,
}

/// The parts with styles of their own (`widget/src/<part>/style.css`): only their views use
/// those rules, so a page downloads them with the part, not in the module script.
const PART_STYLES: [&str; 4] = ["tariff", "stores", "chat", "partners"];

/// A part's stylesheet: its `style.css`, and the locator's the week of opening hours a
/// kiosk's attract screen draws too (`stores/week.css`, also in the kiosk's build).
fn part_css(part: &str) -> Result<String> {
    let mut css = read(&root().join(format!("widget/src/{part}/style.css")))?;
    if part == "stores" {
        css.push_str(&read(&root().join("widget/src/stores/week.css"))?);
    }
    Ok(css)
}

/// Builds one variant of the application and splits it at its `#[wasm_split]` functions
/// (`widget/src/parts.rs`), as cargo-leptos's `--split` does: rustc's output linked with its
/// relocations, split by `wasm_split_cli_support`, the main module through wasm-bindgen
/// (keeping the exports the parts import), and every module through wasm-opt.
/// `glue_extra`: JavaScript appended to the glue (the kiosk's styles), part of the folder's hash.
fn build_app(kind: &str, out_name: &str, features: &[&str], glue_extra: &str) -> Result<App> {
    let root = root();
    let mut command = crate::util::cargo();
    command.args([
        "rustc",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "selfcare-widget",
        "--lib",
        "--crate-type",
        "cdylib",
    ]);
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    // Only the final link needs the relocations: the dependencies stay those of `cargo check`.
    command.args(["--", "-Clink-arg=--emit-relocs"]);
    // The paths compiled into the module (panics' locations) named from the checkout and cargo's
    // home, not from where they sit on this machine: the same commit gives the same bytes in any
    // folder, so a size measured here is the size CI measures.
    command.env("CARGO_ENCODED_RUSTFLAGS", remapped_paths(&root));
    exec(&mut command)?;
    let linked = root.join("target/wasm32-unknown-unknown/release/selfcare_widget.wasm");
    let input = std::fs::read(&linked).map_err(|e| format!("{}: {e}", linked.display()))?;

    let work = root.join("target/widget-split").join(kind);
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let main_wasm = work.join("main.wasm");
    let main_module = format!("./{out_name}.js");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &work;
    options.main_out_path = &main_wasm;
    options.main_module = &main_module;
    let split = wasm_split_cli_support::transform(options)
        .map_err(|e| format!("splitting {kind}: {e:?}"))?;

    exec(
        Command::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--keep-lld-exports",
                "--no-typescript",
                "--out-name",
                out_name,
                "--out-dir",
            ])
            .arg(&work)
            .arg(&main_wasm),
    )?;
    // Kept out of the folder that is served, for twiggy (it has the functions' names).
    let kept = root
        .join("target/widget-split")
        .join(format!("{kind}-main.wasm"));
    std::fs::rename(&main_wasm, &kept).map_err(|e| format!("{}: {e}", kept.display()))?;
    let mut modules = vec![work.join(format!("{out_name}_bg.wasm"))];
    modules.extend(split.split_modules.iter().cloned());
    for module in &modules {
        // `--converge`: the passes again until nothing changes (−0.7 KiB brotli on the main
        // module for twice wasm-opt's few seconds).
        exec(
            Command::new("wasm-opt")
                .args(["-Oz", "--converge"])
                .args([
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                    "--enable-sign-ext",
                    "--enable-mutable-globals",
                ])
                .arg(module)
                .arg("-o")
                .arg(module)
                .env("PATH", path_with_npm_tools()),
        )?;
    }
    // Minified, the JavaScript costs a third less after compression.
    for script in [format!("{out_name}.js"), "__wasm_split.js".to_owned()] {
        terser(&work.join(script))?;
    }
    if !glue_extra.is_empty() {
        let glue = work.join(format!("{out_name}.js"));
        write(&glue, format!("{}\n{glue_extra}", read(&glue)?).as_bytes())?;
    }

    // Each part's styles beside its module (`<part>.css`), added to the shadow root when the
    // part loads.
    for part in PART_STYLES {
        write(
            &work.join(format!("{part}.css")),
            minify_css(&part_css(part)?).as_bytes(),
        )?;
    }
    let mut hasher = std::hash::DefaultHasher::new();
    for file in files(&work)? {
        std::hash::Hash::hash(
            &std::fs::read(&file).map_err(|e| e.to_string())?,
            &mut hasher,
        );
    }
    let folder = format!("{kind}-{:016x}", std::hash::Hasher::finish(&hasher));
    let target = dist().join(&folder);
    std::fs::create_dir_all(&target).map_err(|e| e.to_string())?;
    for file in files(&work)? {
        copy(
            &file,
            &target.join(file.file_name().ok_or("a file without a name")?),
        )?;
    }
    Ok(App { folder })
}

/// rustc's flags naming the checkout `s` and cargo's home `c` in what it compiles.
fn remapped_paths(root: &Path) -> String {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_default();
    [(root.to_path_buf(), "s"), (cargo_home, "c")]
        .iter()
        .filter(|(from, _)| !from.as_os_str().is_empty())
        .map(|(from, to)| format!("--remap-path-prefix={}={to}", from.display()))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

fn terser(path: &Path) -> Result {
    exec(
        Command::new("terser")
            .arg(path)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(path)
            .env("PATH", path_with_npm_tools()),
    )
}

pub fn build() -> Result {
    let root = root();
    let dist = dist();
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("i18n")).map_err(|e| e.to_string())?;
    say("building the widget (release, split into parts, wasm-opt -Oz, terser)");
    let page = build_app("app", "selfcare_widget", &[], "")?;
    // Kiosks load a build of their own with kiosk mode's views and session; no other page
    // downloads that code.
    say("building the kiosk's build of the widget (feature kiosk)");
    // Kiosk mode's styles travel with the kiosk build, read by the module script when it loads it.
    let kiosk_css = minify_css(
        &(read(&root.join("widget/src/stores/week.css"))? + &read(&root.join("widget/kiosk.css"))?),
    );
    let kiosk = build_app(
        "kiosk",
        "selfcare_widget_kiosk",
        &["kiosk"],
        &format!("export const KIOSK_CSS = {};\n", js_string(&kiosk_css)),
    )?;

    copy(
        &root.join("widget/js/selfcare-widget.d.ts"),
        &dist.join("selfcare-widget.d.ts"),
    )?;
    // The iframe bridge of `/embed` (postMessage with origin checks).
    copy(&root.join("widget/js/embed.js"), &dist.join("embed.js"))?;

    let loader = read(&root.join("widget/js/selfcare-widget.js"))?;
    let css = minify_css(&read(&root.join("widget/style.css"))?);
    let builds = format!(
        "{{page:{},kiosk:{}}}",
        js_string(&format!("{}/selfcare_widget", page.folder)),
        js_string(&format!("{}/selfcare_widget_kiosk", kiosk.folder))
    );
    let loader = replace_once(&loader, "\"/*__SELFCARE_CSS__*/\"", &js_string(&css))?;
    let loader = replace_once(&loader, "{ /*__SELFCARE_BUILDS__*/ }", &builds)?;
    let loader = replace_once(&loader, "{ /*__SELFCARE_LAUNCHER__*/ }", &launcher_words()?)?;
    let loader = replace_once(&loader, "{ /*__SELFCARE_COUNTRIES__*/ }", &countries())?;
    write(&dist.join("selfcare-widget.js"), loader.as_bytes())?;
    for script in ["selfcare-widget.js", "embed.js"] {
        terser(&dist.join(script))?;
    }

    // Each locale's first file (`<locale>.messages`: what the first view needs), and each of
    // `PART_AREAS` apart (`<locale>.<area>.messages`), downloaded with its part.
    for (file, areas) in message_files() {
        for locale in LOCALES {
            write_messages(
                &dist,
                &format!("{locale}{file}"),
                &locale_source(locale, &areas)?,
            )?;
        }
        write_messages(
            &dist,
            &format!("{PSEUDO_LOCALE}{file}"),
            &pseudo(&locale_source(SOURCE_LOCALE, &areas)?),
        )?;
    }
    write(
        &dist.join("package.json"),
        package_json(&[&page.folder, &kiosk.folder]).as_bytes(),
    )?;
    compress_all(&dist)?;
    build_advisor()
}

/// `text` with its one `marker` replaced: a marker that went missing fails the build.
fn replace_once(text: &str, marker: &str, with: &str) -> Result<String> {
    match text.matches(marker).count() {
        1 => Ok(text.replacen(marker, with, 1)),
        n => Err(format!(
            "{marker} appears {n} times in the module script, not once"
        )),
    }
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
    exec(
        Command::new("wasm-pack")
            .args([
                "build",
                "--release",
                "--target",
                "web",
                "--mode",
                "no-install",
                "--no-pack",
                "--no-typescript",
                "--out-name",
                "selfcare_advisor",
                "--out-dir",
            ])
            .arg(&pack)
            .arg(root.join("widget/advisor"))
            .env("PATH", path_with_npm_tools()),
    )?;
    let dist = advisor_dist();
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    copy(
        &pack.join("selfcare_advisor.js"),
        &dist.join("selfcare_advisor.js"),
    )?;
    copy(
        &pack.join("selfcare_advisor_bg.wasm"),
        &dist.join("selfcare_advisor_bg.wasm"),
    )?;
    for file in ["index.html", "console.js", "console.css"] {
        copy(
            &root.join("widget/advisor/web").join(file),
            &dist.join(file),
        )?;
    }
    terser(&dist.join("selfcare_advisor.js"))?;
    compress_all(&dist)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))
}

/// The words of the launcher the module script draws before the application has loaded,
/// in every locale: `{en:["My account",…],…}` (see `LAUNCHER` in the module script).
fn launcher_words() -> Result<String> {
    const WORDS: [(&str, Option<&str>); 5] = [
        ("launcher-open", None),
        ("launcher-open", Some("aria-label")),
        ("error-network", None),
        ("retry", None),
        ("launcher-close", Some("aria-label")),
    ];
    let mut out = String::from("{");
    for locale in LOCALES {
        let compiled = selfcare_i18n::compile::compile(&locale_source(locale, AREAS)?)
            .map_err(|e| format!("{locale}: {e:?}"))?;
        let messages = selfcare_i18n::Messages::parse(
            locale,
            &compiled,
            |_, n| n.to_string(),
            |_, _| "other".into(),
        );
        let mut words = Vec::new();
        for (id, attribute) in WORDS {
            let word = messages.format(id, attribute, &[]);
            if word == id {
                return Err(format!("{locale}: the launcher's {id} is missing"));
            }
            words.push(js_string(&word));
        }
        out.push_str(&format!("{locale}:[{}],", words.join(",")));
    }
    out.push('}');
    Ok(out)
}

/// The countries served and their languages (`{CI:"fr",…,SN:"fr wo"}`), from the countries'
/// data as `selfcare_i18n` embeds it.
fn countries() -> String {
    // A country's clock, where it is not CLDR's default for its languages, follows them as a
    // Unicode extension ("ar fr u-hc-h23"): the widget adds it to the tag it formats with.
    let entries: Vec<String> = selfcare_i18n::COUNTRY_LANGUAGES
        .iter()
        .map(|(country, languages)| {
            let cycle = selfcare_i18n::COUNTRY_HOUR_CYCLES
                .iter()
                .find(|(c, _)| c == country)
                .map(|(_, h)| format!(" u-hc-{h}"))
                .unwrap_or_default();
            format!(
                "{country}:{}",
                js_string(&format!("{}{cycle}", languages.join(" ")))
            )
        })
        .collect();
    format!("{{{}}}", entries.join(","))
}

/// Compiles a locale's Fluent source into the catalogue the widget downloads.
fn write_messages(dist: &Path, locale: &str, source: &str) -> Result {
    let compiled =
        selfcare_i18n::compile::compile(source).map_err(|e| format!("{locale}: {e:?}"))?;
    write(
        &dist.join(format!("i18n/{locale}.messages")),
        compiled.as_bytes(),
    )
}

/// The message files of a locale: their names after the locale (`""`, `".chat"`…) and the
/// areas each holds.
pub fn message_files() -> Vec<(String, Vec<&'static str>)> {
    let first = AREAS
        .iter()
        .copied()
        .filter(|a| !PART_AREAS.contains(a))
        .collect();
    std::iter::once((String::new(), first))
        .chain(PART_AREAS.iter().map(|a| (format!(".{a}"), vec![*a])))
        .collect()
}

/// A locale's `areas` joined.
pub fn locale_source(locale: &str, areas: &[&str]) -> Result<String> {
    let dir = root().join("i18n/locales").join(locale);
    let mut joined = String::new();
    for area in areas {
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
                PatternElement::TextElement { value } => {
                    *value = fluent_pseudo::transform(value, false, true).into_owned()
                }
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => {
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
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut compact = folded;
    for (from, to) in [
        (" {", "{"),
        ("{ ", "{"),
        (" }", "}"),
        ("; ", ";"),
        (": ", ":"),
        (", ", ","),
        (";}", "}"),
    ] {
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

fn package_json(folders: &[&str]) -> String {
    // The build's JavaScript and WebAssembly, not the precompressed copies beside them.
    let folders: Vec<String> = folders
        .iter()
        .map(|f| format!("\"{f}/*.js\", \"{f}/*.wasm\""))
        .collect();
    format!(
        r#"{{
  "name": "@selfcare/widget",
  "version": "{}",
  "description": "The Selfcare self-service widget: <selfcare-widget> custom element (WebAssembly).",
  "type": "module",
  "module": "selfcare-widget.js",
  "main": "selfcare-widget.js",
  "types": "selfcare-widget.d.ts",
  "files": ["selfcare-widget.js", "selfcare-widget.d.ts", {}, "embed.js", "i18n/"],
  "sideEffects": ["selfcare-widget.js"],
  "license": "MIT OR Apache-2.0"
}}
"#,
        env!("CARGO_PKG_VERSION"),
        folders.join(", ")
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
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
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
