//! The stylesheet, script and icon, compiled into the binary and served under names that carry
//! a hash of their content, so browsers may cache them for a year and still see every change.

use std::sync::OnceLock;

use sha2::{Digest, Sha256};

struct Asset {
    /// The name before the hash, e.g. `app` for `/assets/app-1a2b3c4d5e.css`.
    stem: &'static str,
    extension: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: [Asset; 3] = [
    Asset {
        stem: "app",
        extension: "css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../assets/app.css"),
    },
    Asset {
        stem: "app",
        extension: "js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../assets/app.js"),
    },
    Asset {
        stem: "icon",
        extension: "svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../assets/icon.svg"),
    },
];

/// `stem-hash.ext` for each asset, computed once.
fn hashed_names() -> &'static [String; 3] {
    static NAMES: OnceLock<[String; 3]> = OnceLock::new();
    NAMES.get_or_init(|| {
        ASSETS.each_ref().map(|asset| {
            let digest = Sha256::digest(asset.body);
            format!("{}-{}.{}", asset.stem, &hex::encode(digest)[..10], asset.extension)
        })
    })
}

fn url_of(index: usize) -> String {
    format!("/assets/{}", hashed_names()[index])
}

pub fn stylesheet_url() -> String {
    url_of(0)
}

pub fn script_url() -> String {
    url_of(1)
}

pub fn icon_url() -> String {
    url_of(2)
}

/// The asset whose hashed name is `name`: its content type and bytes.
pub fn find(name: &str) -> Option<(&'static str, &'static [u8])> {
    let index = hashed_names().iter().position(|hashed| hashed == name)?;
    Some((ASSETS[index].content_type, ASSETS[index].body))
}
