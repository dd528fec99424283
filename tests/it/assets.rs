//! Assets: every file a page links under `/assets/` is served with its
//! type, and nothing else under `assets/` (plans, catalogues, README
//! pictures) is served at all.

use crate::common;

use common::Server;

/// The `/assets/…` links in a page's HTML, in order.
fn asset_links(body: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attr in ["src=\"", "href=\""] {
        for (i, _) in body.match_indices(attr) {
            let rest = &body[i + attr.len()..];
            let url = &rest[..rest.find('"').unwrap()];
            if url.starts_with("/assets/") {
                links.push(url.to_owned());
            }
        }
    }
    links
}

fn expected_type(url: &str) -> &'static str {
    match url.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        other => panic!("a page links an asset of no known kind: {url} ({other:?})"),
    }
}

#[test]
fn every_linked_asset_is_served_with_its_type_and_nothing_else_is() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), None);
    // The chair's pages take the chair's session, from the printed link.
    let login = server.get(&format!("/chair?key={}", common::KEY));
    assert_eq!(login.status, 303, "the key link redirects");
    let cookie = login
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.split(';').next())
        .find(|c| c.starts_with("assembly_chair="))
        .expect("the key link sets the chair cookie")
        .to_owned();
    let mut seen = std::collections::BTreeSet::new();
    for page in [
        "/",
        "/join",
        "/join/poster",
        "/screen",
        "/stage",
        "/overlay",
        "/chair",
        "/setup",
        "/setup/import",
        "/follow-up",
        "/report",
    ] {
        let body = common::request(server.addr, "GET", page, &[("Cookie", &cookie)], "");
        assert_eq!(body.status, 200, "{page}");
        for url in asset_links(&body.body) {
            if !seen.insert(url.clone()) {
                continue;
            }
            let asset = server.get(&url);
            assert_eq!(asset.status, 200, "{page} links {url}");
            assert_eq!(
                asset.header("content-type"),
                Some(expected_type(&url)),
                "{url}"
            );
            assert_eq!(asset.header("cache-control"), Some("no-cache"), "{url}");
            let tag = asset.header("etag").expect("every asset has an ETag");
            let again = common::request(server.addr, "GET", &url, &[("If-None-Match", tag)], "");
            assert_eq!(again.status, 304, "{url} unchanged is not sent again");
            assert!(!asset.body.is_empty(), "{url}");
        }
    }
    // The stylesheets and scripts of every role, and the icon.
    for url in ["/assets/app.css", "/assets/live.js", "/assets/favicon.svg"] {
        assert!(seen.contains(url), "no page links {url}: {seen:?}");
    }
    assert!(seen.len() >= 15, "pages link their assets: {seen:?}");
    let icon = server.get("/favicon.ico");
    assert_eq!(icon.status, 200);
    assert_eq!(icon.header("content-type"), Some("image/svg+xml"));
    // Files under `assets/` that are not page assets stay unserved: the
    // plans (served only as the chair's export), the catalogues (they
    // travel inside pages), README pictures, and anything that climbs out.
    for url in [
        "/assets/demo.toml",
        "/assets/starter.toml",
        "/assets/locales/en.ftl",
        "/assets/locales%2Fen.ftl",
        "/assets/readme/overlay.png",
        "/assets/readme%2Foverlay.png",
        "/assets/..%2FCargo.toml",
        "/assets/%2E%2E%2FCargo.toml",
        "/assets/locales",
        "/assets/readme",
        "/assets/",
        "/assets/app.css.gz",
        "/assets/APP.CSS",
        "/assets/nothing.js",
    ] {
        let response = server.get(url);
        assert_eq!(response.status, 404, "{url} is not a page asset");
    }
}
