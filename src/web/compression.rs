//! Bodies compressed once and kept, for what is sent again and again unchanged: the stylesheet
//! and script (at start-up, at the strongest settings) and kept pages (the first time a browser
//! asks for each compression, at a middling setting). Everything else is compressed as it is
//! sent by actix-web's `Compress`, which leaves a response alone when it already says how it is
//! encoded.

use std::sync::OnceLock;

use actix_web::HttpMessage;
use actix_web::http::header::{AcceptEncoding, Encoding, Header};
use actix_web::web::Bytes;

/// The compression a response goes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    /// The browser's preference among brotli, gzip and none (`Accept-Encoding`, with its
    /// weights); none when it asks for nothing we have.
    pub fn asked_by(request: &impl HttpMessage) -> Coding {
        let offered = [Encoding::brotli(), Encoding::gzip(), Encoding::identity()];
        match AcceptEncoding::parse(request).ok().and_then(|accepted| accepted.negotiate(offered.iter())) {
            Some(encoding) if encoding == Encoding::brotli() => Coding::Brotli,
            Some(encoding) if encoding == Encoding::gzip() => Coding::Gzip,
            _ => Coding::Identity,
        }
    }

    /// The `Content-Encoding` it is sent with.
    pub fn header_value(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
            Coding::Identity => "identity",
        }
    }
}

/// A body kept with its compressed forms, each made the first time it is asked for.
pub struct Compressed {
    plain: Bytes,
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

/// Brotli's setting for kept pages: a 20 KB page in about a millisecond, once, and about a
/// tenth smaller than the quick setting used for responses compressed as they are sent.
const PAGE_BROTLI_QUALITY: u32 = 7;
const PAGE_GZIP_LEVEL: u32 = 6;

impl Compressed {
    pub fn new(plain: Bytes) -> Compressed {
        Compressed { plain, brotli: OnceLock::new(), gzip: OnceLock::new() }
    }

    pub fn plain(&self) -> &Bytes {
        &self.plain
    }

    /// The body in `coding`.
    pub fn body(&self, coding: Coding) -> Bytes {
        match coding {
            Coding::Brotli => self.brotli.get_or_init(|| brotli(&self.plain, PAGE_BROTLI_QUALITY).into()).clone(),
            Coding::Gzip => self.gzip.get_or_init(|| gzip(&self.plain, PAGE_GZIP_LEVEL).into()).clone(),
            Coding::Identity => self.plain.clone(),
        }
    }
}

/// `response` (whose body is already in `coding`) with the headers that say so; a response that
/// says how it is encoded is left alone by the compression of responses as they are sent.
pub fn says_coding(mut response: actix_web::HttpResponse, coding: Coding) -> actix_web::HttpResponse {
    use actix_web::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, HeaderValue, VARY};
    if coding != Coding::Identity {
        let headers = response.headers_mut();
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static(coding.header_value()));
        headers.insert(VARY, HeaderValue::from_static(ACCEPT_ENCODING.as_str()));
    }
    response
}

/// `plain` compressed by brotli at `quality` (0–11).
pub fn brotli(plain: &[u8], quality: u32) -> Vec<u8> {
    let mut compressed = Vec::new();
    let settings = brotli::enc::BrotliEncoderParams { quality: quality as i32, lgwin: 22, ..Default::default() };
    // Writing to memory cannot fail.
    let _ = brotli::BrotliCompress(&mut &plain[..], &mut compressed, &settings);
    compressed
}

/// `plain` compressed by gzip at `level` (0–9).
pub fn gzip(plain: &[u8], level: u32) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    // Writing to memory cannot fail.
    let _ = encoder.write_all(plain);
    encoder.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn asked(accept_encoding: Option<&str>) -> Coding {
        let request = match accept_encoding {
            Some(value) => TestRequest::default().insert_header(("Accept-Encoding", value)),
            None => TestRequest::default(),
        };
        Coding::asked_by(&request.to_http_request())
    }

    #[test]
    fn the_browser_s_preference_and_weights_decide() {
        assert_eq!(asked(Some("gzip, deflate, br")), Coding::Brotli);
        assert_eq!(asked(Some("gzip")), Coding::Gzip);
        assert_eq!(asked(Some("br;q=0, gzip")), Coding::Gzip, "a weight of 0 refuses");
        assert_eq!(asked(Some("br;q=0.5, gzip;q=0.9")), Coding::Gzip);
        assert_eq!(asked(Some("zstd")), Coding::Identity, "nothing we have");
        assert_eq!(asked(None), Coding::Identity, "not asked");
    }

    #[test]
    fn a_kept_body_comes_back_whole_in_each_compression() {
        let page = Bytes::from("<p>Walk and talk for men in Riverside</p>".repeat(50));
        let kept = Compressed::new(page.clone());
        let mut from_brotli = Vec::new();
        brotli::BrotliDecompress(&mut &kept.body(Coding::Brotli)[..], &mut from_brotli).unwrap();
        assert_eq!(from_brotli, page);
        let mut from_gzip = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&kept.body(Coding::Gzip)[..]), &mut from_gzip)
            .unwrap();
        assert_eq!(from_gzip, page);
        assert_eq!(kept.body(Coding::Identity), page);
        assert!(kept.body(Coding::Brotli).len() < page.len() / 10);
    }
}
