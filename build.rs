//! Embeds the message files under `locales/` in the binary, so a deployment is one file and a
//! new language is one new folder (see `src/i18n/catalog.rs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut code = String::from("/// Every file under `locales/`: (language folder, path inside it, text).\n");
    code.push_str("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(&root).expect("under locales/");
        let mut parts = relative.iter().map(|p| p.to_string_lossy().into_owned());
        let language = parts.next().expect("a language folder");
        let inner: Vec<String> = parts.collect();
        writeln!(code, "    ({language:?}, {:?}, include_str!({:?})),", inner.join("/"), file.display().to_string())
            .expect("write to a string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR set by cargo")).join("locales.rs");
    std::fs::write(out, code).expect("write locales.rs");
}

/// Every `.ftl` and `.toml` file below `dir`, folders included (they are watched too).
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
            files.push(path);
        }
    }
}
