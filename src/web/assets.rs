//! The stylesheet, script and icon, compiled into the binary and served under names that carry
//! a hash of their content, so browsers may cache them for a year and still see every change.
//! Each is also compressed once, at start-up, with brotli and gzip at their strongest settings
//! (a few milliseconds, once), rather than on every request at the quick settings a response
//! compressed as it is sent must use: the stylesheet is 23.7 KB plain, 6.6 KB by the quick brotli
//! every page gets, and smaller again here.

use std::sync::OnceLock;

use actix_web::web::Bytes;
use sha2::{Digest, Sha256};

use super::compression;

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

/// An asset as it can be sent: plain, or compressed ahead of time.
pub struct Prepared {
    pub content_type: &'static str,
    pub plain: Bytes,
    pub brotli: Bytes,
    pub gzip: Bytes,
}

/// Every asset, compressed on first use; `commands::serve` asks for them before it listens, so
/// no visitor waits for it.
pub fn prepared() -> &'static [Prepared; 3] {
    static PREPARED: OnceLock<[Prepared; 3]> = OnceLock::new();
    PREPARED.get_or_init(|| {
        ASSETS.each_ref().map(|asset| Prepared {
            content_type: asset.content_type,
            plain: Bytes::from_static(asset.body),
            brotli: compression::brotli(asset.body, 11).into(),
            gzip: compression::gzip(asset.body, 9).into(),
        })
    })
}

/// The asset whose hashed name is `name`.
pub fn find(name: &str) -> Option<&'static Prepared> {
    let index = hashed_names().iter().position(|hashed| hashed == name)?;
    Some(&prepared()[index])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_asset_is_compressed_ahead_and_comes_back_whole() {
        for asset in prepared() {
            let mut from_brotli = Vec::new();
            brotli::BrotliDecompress(&mut &asset.brotli[..], &mut from_brotli).unwrap();
            assert_eq!(from_brotli, asset.plain, "{}", asset.content_type);
            let mut from_gzip = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&asset.gzip[..]), &mut from_gzip).unwrap();
            assert_eq!(from_gzip, asset.plain, "{}", asset.content_type);
            // The 288-byte icon shrinks by a third; the stylesheet and script by far more.
            let most = if asset.plain.len() > 1024 { asset.plain.len() / 2 } else { asset.plain.len() };
            assert!(asset.brotli.len() < most, "{}: {} bytes", asset.content_type, asset.brotli.len());
        }
    }
}
