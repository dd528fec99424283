//! Every route, once: its method and path, who may use it, the largest
//! body it reads, and which server serves it. The pages, assets and
//! sockets are listed here ([`PAGES`]), the JSON API in `api` ([`api::ROUTES`]);
//! `app` and `relay_app` are built from both, and the tests walk both
//! ([`all`]), so no route can be added without saying who it is for and
//! being checked for it.

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};

use super::{AppState, api, pages, ws};
use crate::protocol::MESSAGE_LIMIT;
/// Who a route serves, by the extractor its handler takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anyone; no key is read.
    Public,
    /// The chair only (`access::Chair` or `pages::ChairPage`): refused
    /// before the body is read.
    Chair,
    /// Both publics (`access::Access`): no key is the public view, the
    /// right one the chair's, a wrong one refused and counted.
    Either,
}

/// Which server serves a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serves {
    /// The venue's server only.
    Primary,
    /// A relay only.
    Relay,
    Both,
}

/// One method on one path.
pub struct Route {
    pub method: Method,
    /// As the router takes it (`/export/{name}`).
    pub path: &'static str,
    pub need: Need,
    /// The largest body read, in bytes; more than `MESSAGE_LIMIT` only for
    /// the chair (a unit test holds every route to it).
    pub body_limit: usize,
    pub serves: Serves,
    handler: fn() -> MethodRouter<AppState>,
}

/// A route reading bodies up to a message.
pub(super) const fn route(
    method: Method,
    path: &'static str,
    need: Need,
    serves: Serves,
    handler: fn() -> MethodRouter<AppState>,
) -> Route {
    Route {
        method,
        path,
        need,
        body_limit: MESSAGE_LIMIT,
        serves,
        handler,
    }
}

/// The chair's route on the venue's server, reading bodies up to `limit`.
pub(super) const fn chair_body(
    method: Method,
    path: &'static str,
    limit: usize,
    handler: fn() -> MethodRouter<AppState>,
) -> Route {
    Route {
        method,
        path,
        need: Need::Chair,
        body_limit: limit,
        serves: Serves::Primary,
        handler,
    }
}

use Need::{Chair, Either, Public};
use Serves::{Both, Primary, Relay};

/// The pages, assets and sockets of the venue's server and of a relay
/// (the JSON API is [`api::ROUTES`]).
pub const PAGES: &[Route] = &[
    route(Method::GET, "/", Public, Primary, || get(pages::home)),
    route(Method::GET, "/", Public, Relay, || get(pages::relay_home)),
    route(Method::GET, "/chair", Chair, Primary, || get(pages::chair)),
    route(Method::GET, "/follow-up", Chair, Primary, || {
        get(pages::follow_up)
    }),
    route(Method::POST, "/follow-up", Chair, Primary, || {
        post(pages::record_step)
    }),
    route(Method::GET, "/screen", Public, Both, || get(pages::screen)),
    route(Method::GET, "/stage", Public, Both, || get(pages::stage)),
    // The livestream's lower third: the public screen frame, like /screen.
    route(Method::GET, "/overlay", Public, Both, || {
        get(pages::overlay)
    }),
    route(Method::GET, "/join", Public, Both, || get(pages::join)),
    route(Method::GET, "/join/poster", Public, Both, || {
        get(pages::poster)
    }),
    route(Method::GET, "/assets/{name}", Public, Both, || {
        get(pages::asset)
    }),
    route(Method::GET, "/favicon.ico", Public, Both, || {
        get(pages::favicon)
    }),
    route(Method::GET, "/setup/import", Chair, Primary, || {
        get(pages::import_page)
    }),
    route(Method::GET, "/setup", Chair, Primary, || get(pages::setup)),
    route(Method::GET, "/ws", Either, Both, || get(ws::upgrade)),
    route(Method::GET, "/report", Either, Primary, || {
        get(pages::report)
    }),
];

/// Every route of the venue's server and of a relay: the pages' and the
/// API's.
pub fn all() -> impl Iterator<Item = &'static Route> {
    PAGES.iter().chain(api::ROUTES)
}

/// The largest body `method` on `path` reads: its route's own limit
/// (routes with a larger one have no parameters in their path), else a
/// message's.
pub fn body_limit(method: &Method, path: &str) -> usize {
    all()
        .find(|r| r.method == method && r.path == path)
        .map_or(MESSAGE_LIMIT, |r| r.body_limit)
}

/// The routes of `table` that `server` serves (`Primary` or `Relay`), each
/// with its body limit.
pub(super) fn router_of(table: &'static [Route], server: Serves) -> axum::Router<AppState> {
    table
        .iter()
        .filter(|r| r.serves == server || r.serves == Both)
        .fold(axum::Router::new(), |router, r| {
            let mut handler = (r.handler)();
            if r.body_limit != MESSAGE_LIMIT {
                handler = handler.layer(DefaultBodyLimit::max(r.body_limit));
            }
            router.route(r.path, handler)
        })
}

/// The router of every route `server` serves: the pages, and the API
/// merged in.
pub fn router(server: Serves) -> axum::Router<AppState> {
    router_of(PAGES, server)
        .merge(api::router(server))
        .fallback(pages::missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_chair_sends_more_than_a_message() {
        for r in all() {
            if r.body_limit > MESSAGE_LIMIT {
                assert_eq!(r.need, Chair, "{} {} reads large bodies", r.method, r.path);
            }
        }
    }

    #[test]
    fn a_relay_serves_the_public_only() {
        for r in all().filter(|r| r.serves != Primary) {
            assert_ne!(r.need, Chair, "{} {} on a relay", r.method, r.path);
        }
    }

    #[test]
    fn each_method_and_path_is_listed_once_per_server() {
        for server in [Primary, Relay] {
            let mut seen = std::collections::BTreeSet::new();
            for r in all().filter(|r| r.serves == server || r.serves == Both) {
                assert!(
                    seen.insert((r.method.as_str(), r.path)),
                    "{} {} twice",
                    r.method,
                    r.path
                );
            }
        }
    }
}
