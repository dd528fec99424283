//! The pages' assets: every stylesheet, script and icon directly under
//! `assets/`, compiled in (see `crate::assets`) and served under `/assets/`
//! with a type from the file's extension. Adding an asset is adding its
//! file. Nothing else under `assets/` is served: the plans (`*.toml`),
//! the catalogues (`locales/`, they travel inside pages) and the README's
//! pictures (`readme/`) are no page's to link.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header::{
    CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, ETAG, IF_NONE_MATCH, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// One served file.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
    /// From its content: the same while the binary is.
    tag: String,
}

/// The page assets, by name: the files directly under `assets/` of a
/// kind in [`content_type`].
static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    let mut all: Vec<Asset> = crate::assets::FILES
        .files()
        .filter_map(|file| {
            let name = file.path().to_str()?;
            let content_type = content_type(name)?;
            let body = file.contents_utf8()?;
            Some(Asset {
                name,
                content_type,
                body,
                tag: tag(body),
            })
        })
        .collect();
    all.sort_by_key(|a| a.name);
    all
});

/// The type a page asset is served as, from its extension; `None` for
/// every file that is not a page asset.
fn content_type(name: &str) -> Option<&'static str> {
    match name.rsplit_once('.')?.1 {
        "css" => Some("text/css; charset=utf-8"),
        "js" => Some("text/javascript; charset=utf-8"),
        "svg" => Some("image/svg+xml"),
        _ => None,
    }
}

/// An ETag from the content.
fn tag(body: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    body.hash(&mut hasher);
    format!("\"{:016x}-{}\"", hasher.finish(), body.len())
}

fn find(name: &str) -> Option<usize> {
    ASSETS.binary_search_by_key(&name, |a| a.name).ok()
}

/// A script's source by its name under `assets/`, for the messages it
/// uses ([`crate::i18n::Lang::script_messages`]).
pub(super) fn script(name: &str) -> Option<(&'static str, &'static str)> {
    let asset = &ASSETS[find(name).filter(|_| name.ends_with(".js"))?];
    Some((asset.name, asset.body))
}

/// `GET /favicon.ico`: browsers ask for it whatever a page links, and a
/// 404 there is an error in every page's console. An SVG, as every
/// browser the hall uses takes one.
pub async fn favicon(headers: HeaderMap) -> Response {
    asset(Path("favicon.svg".to_owned()), headers).await
}

/// `GET /assets/{name}`, gzipped for clients that take it.
pub async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(at) = find(&name) else {
        return super::missing(headers).await;
    };
    let asset = &ASSETS[at];
    let gzip = crate::web::compress::accepts_gzip(&headers);
    // Browsers check back (`no-cache`) and get `304` while the binary is
    // the same: a hall of phones reloading after a plan change fetches
    // only the page, not its scripts again. The gzip form has its own tag.
    let tag = if gzip {
        format!("{}-gz\"", asset.tag.trim_end_matches('"'))
    } else {
        asset.tag.clone()
    };
    let seen = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let etag = (
        ETAG,
        HeaderValue::from_str(&tag).expect("a hex tag is a header value"),
    );
    let cache = (CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let vary = (VARY, HeaderValue::from_static("Accept-Encoding"));
    if seen {
        return (StatusCode::NOT_MODIFIED, [cache, vary, etag]).into_response();
    }
    let content_type = (CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    if gzip {
        let encoding = (CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        let packed: &'static [u8] = &gzipped()[at];
        return ([content_type, cache, vary, etag, encoding], packed).into_response();
    }
    ([content_type, cache, vary, etag], asset.body).into_response()
}

/// Every asset gzipped at the best level, once, on the first gzip request.
fn gzipped() -> &'static [Vec<u8>] {
    static PACKED: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
        ASSETS
            .iter()
            .map(|a| crate::web::compress::gzip(a.body.as_bytes(), flate2::Compression::best()))
            .collect()
    });
    &PACKED
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every stylesheet, script and icon under `assets/` is served, as
    /// text: a file of a served kind that is not UTF-8 would be dropped
    /// without a word, and every page linking it would break.
    #[test]
    fn every_page_asset_under_assets_is_served() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| content_type(n).is_some())
            .collect();
        on_disk.sort();
        let served: Vec<&str> = ASSETS.iter().map(|a| a.name).collect();
        assert_eq!(served, on_disk);
        for name in [
            "app.css",
            "live.js",
            "favicon.svg",
            "join.js",
            "setup-rows.js",
        ] {
            assert!(find(name).is_some(), "{name}");
        }
        for name in [
            "demo.toml",
            "starter.toml",
            "locales/en.ftl",
            "readme/overlay.png",
            "locales",
        ] {
            assert!(find(name).is_none(), "{name} is not a page asset");
        }
        assert_eq!(script("chair.js").map(|(n, _)| n), Some("chair.js"));
        assert_eq!(script("app.css"), None, "a stylesheet is not a script");
    }
}
