//! Embeds the message files under `locales/` in the binary, so a deployment is one file and a
//! new language is one new folder (see `src/i18n/catalog.rs`).
//!
//! Paths are written relative to the package (`CARGO_MANIFEST_DIR` in the generated code, plain
//! relative paths for cargo's change detection), so two checkouts sharing one target folder each
//! embed their own files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs (not when it was compiled): a build script compiled for one
    // checkout may run for another.
    let package = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR set by cargo"));
    let root = package.join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut files = Vec::new();
    collect(&package, &root, &mut files);
    files.sort();
    let mut code = String::from("/// Every file under `locales/`: (language folder, path inside it, text).\n");
    code.push_str("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&root).expect("under locales/");
        let mut parts = relative.iter().map(|p| p.to_string_lossy().into_owned());
        let language = parts.next().expect("a language folder");
        let inner: Vec<String> = parts.collect();
        let path = format!("locales/{language}/{}", inner.join("/"));
        println!("cargo:rerun-if-changed={path}");
        writeln!(
            code,
            "    ({language:?}, {:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{path}\"))),",
            inner.join("/")
        )
        .expect("write to a string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR set by cargo")).join("locales.rs");
    std::fs::write(out, code).expect("write locales.rs");
}

/// Every `.ftl` and `.toml` file below `dir`, folders included (they are watched too).
fn collect(package: &Path, dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Ok(relative) = path.strip_prefix(package) {
                println!("cargo:rerun-if-changed={}", relative.display());
            }
            collect(package, &path, files);
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
            files.push(path);
        }
    }
}
