//! gzip on the wire: a hall of phones on one venue Wi-Fi, or on mobile
//! data through a relay, pays for every byte. Pages and JSON answers are
//! compressed as they stream out (tower-http's `CompressionLayer`), so an
//! answer of any size arrives whole; assets are compressed once, when
//! first asked for (`pages::asset`), and pass the layer as they are.

use axum::http::header::{ACCEPT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;
use tower_http::compression::predicate::Predicate;
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Below this, gzip's header costs more than it saves.
const SMALLEST: u64 = 1024;

/// What is worth compressing: text answers of a size, never a websocket
/// upgrade, an empty answer or one already encoded (the layer itself
/// leaves those with `Content-Encoding` alone).
#[derive(Debug, Clone, Copy)]
pub struct Worth;

impl Predicate for Worth {
    fn should_compress<B: axum::body::HttpBody>(&self, response: &axum::http::Response<B>) -> bool {
        let status = response.status();
        if status.is_informational()
            || status == StatusCode::NO_CONTENT
            || status == StatusCode::NOT_MODIFIED
        {
            return false;
        }
        let size = response.body().size_hint().exact().or_else(|| {
            response
                .headers()
                .get(CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok())
        });
        if size.is_some_and(|size| size < SMALLEST) {
            return false;
        }
        let kind = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        ["text/html", "application/json", "text/csv", "text/plain"]
            .iter()
            .any(|k| kind.starts_with(k))
    }
}

/// gzip only (what every browser takes), at the default level: the fast
/// one that still shrinks a page several times.
pub fn layer() -> CompressionLayer<Worth> {
    CompressionLayer::new()
        .quality(CompressionLevel::Default)
        .compress_when(Worth)
}

/// Whether the client takes gzip (`Accept-Encoding: gzip`, not `q=0`).
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .take(32)
        .any(|entry| {
            let mut parts = entry.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
        })
}

pub fn gzip(bytes: &[u8], level: Compression) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(bytes.len() / 3 + 64), level);
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, value.parse().unwrap());
        headers
    }

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&with("*")));
        assert!(!accepts_gzip(&with("gzip;q=0")));
        assert!(!accepts_gzip(&with("br, identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn gzip_round_trips() {
        use std::io::Read;
        let text = "the hall ".repeat(500);
        let packed = gzip(text.as_bytes(), Compression::best());
        assert!(packed.len() < text.len() / 10);
        let mut out = String::new();
        flate2::read::GzDecoder::new(&packed[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, text);
    }
}
