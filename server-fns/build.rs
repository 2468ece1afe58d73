//! Embeds the assistant's data (`data/chat/<language>/*`) in the server: a language is added
//! by adding its folder, and the generated list picks it up without a code change.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/chat");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// (language, file name, contents) of every file under `data/chat/<language>/`.\npub static CHAT_FILES: &[(&str, &str, &str)] = &[\n");
    for language in folders(&root) {
        println!("cargo:rerun-if-changed={}", language.path().display());
        let mut files: Vec<_> = std::fs::read_dir(language.path())
            .map(|d| d.flatten().collect())
            .unwrap_or_default();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            let _ = writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                language.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                file.path().display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let conversations = root.join("conversations.txt");
    println!("cargo:rerun-if-changed={}", conversations.display());
    let _ = writeln!(out, "/// The scripted conversations of the benchmark.\npub static CHAT_SCRIPTS: &str = include_str!({:?});", conversations.display().to_string());
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("chat_data.rs");
    std::fs::write(dest, out).expect("write chat_data.rs");
    countries();
}

/// Embeds every country's data (`data/countries/<CC>/*`): a country is added by adding its
/// folder.
fn countries() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/countries");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// (country code, file, contents) of every file of every `data/countries/<CC>/`.\npub static COUNTRY_FILES: &[(&str, &str, &str)] = &[\n");
    for folder in folders(&root) {
        println!("cargo:rerun-if-changed={}", folder.path().display());
        // Every file there: the server names one of `countries::FILES` that is missing at start-up.
        let mut files: Vec<_> = std::fs::read_dir(folder.path())
            .map(|d| d.flatten().filter(|e| e.path().is_file()).collect())
            .unwrap_or_default();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            let path = format!(
                "data/countries/{}/{}",
                folder.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            let _ = writeln!(
                out,
                "    ({:?}, {path:?}, include_str!({:?})),",
                folder.file_name().to_string_lossy(),
                file.path().display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("countries_data.rs");
    std::fs::write(dest, out).expect("write countries_data.rs");
}

/// The folders in `root`, by name (one per language, or per country).
fn folders(root: &Path) -> Vec<std::fs::DirEntry> {
    let mut folders: Vec<_> = std::fs::read_dir(root)
        .map(|d| d.flatten().filter(|e| e.path().is_dir()).collect())
        .unwrap_or_default();
    folders.sort_by_key(|e| e.file_name());
    folders
}
