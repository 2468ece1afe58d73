//! The languages of each country the server serves, read from the countries' data
//! (`server-fns/data/countries/<CC>/country.toml`, `languages`): negotiation falls back to a
//! country's languages, and adding a country's folder adds them without a code change.
//! The server checks those files fully at start-up; a file this cannot read fails the build.

use std::fmt::Write;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Country {
    languages: Vec<String>,
    /// Its clock where CLDR's default for its languages is not it (`h23`).
    #[serde(default)]
    hour_cycle: Option<String>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server-fns/data/countries");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    folders.sort_by_key(|e| e.file_name());
    let mut out = String::from("/// Each country served (ISO 3166 alpha-2) with its languages in order of preference.\npub static COUNTRY_LANGUAGES: &[(&str, &[&str])] = &[\n");
    let mut cycles = String::from("/// The countries whose times are written on another clock than CLDR's default for their\n/// languages, with Unicode's `hc` value (`h23`).\npub static COUNTRY_HOUR_CYCLES: &[(&str, &str)] = &[\n");
    for folder in folders {
        let file = folder.path().join("country.toml");
        println!("cargo:rerun-if-changed={}", file.display());
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let country: Country =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut languages: Vec<String> = Vec::new();
        for tag in country.languages {
            let language = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if !language.is_empty() && !languages.contains(&language) {
                languages.push(language);
            }
        }
        let _ = writeln!(
            out,
            "    ({:?}, &{languages:?}),",
            folder.file_name().to_string_lossy()
        );
        if let Some(cycle) = country.hour_cycle {
            let _ = writeln!(
                cycles,
                "    ({:?}, {cycle:?}),",
                folder.file_name().to_string_lossy()
            );
        }
    }
    out.push_str("];\n");
    cycles.push_str("];\n");
    out.push_str(&cycles);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("countries.rs");
    std::fs::write(dest, out).expect("write countries.rs");
}
