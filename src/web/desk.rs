//! The desk: one server for every assembly of a home. `/desk` lists them
//! for the organisers and makes new ones; one assembly at a time is live,
//! served at the usual routes (`/chair`, `/screen`, `/join`, `/api/...`)
//! exactly as `assembly serve --data HOME/<id>` would serve it.
//!
//! Every route under `/desk` is the organisers' ([`ROUTES`], each saying
//! who may use it as the assembly's routes do): the home's key, or the
//! session cookie the key's link sets, which is the chair's cookie of
//! every assembly of the home too (the home's key is their chair key).
//! Everything else goes to the live assembly's router, or, with none live,
//! to a page that says so.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use axum::extract::{ConnectInfo, Form, FromRequestParts, Query, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use tokio::sync::watch;
use tower::ServiceExt;

use super::auth;
use super::guard::{self, Gate, KeyBrake};
use super::routes::Need;
use super::{Settings, app, assembly_state, pages};
use crate::home::ledger::Filter;
use crate::home::summary::{Read, Summaries, Summary};
use crate::home::{self, Home};
use crate::hub::Hub;
use crate::i18n::{self, Lang};

/// The desk's state, behind one pointer as the assemblies' is.
#[derive(Clone)]
pub struct DeskState(Arc<Desk>);

impl std::ops::Deref for DeskState {
    type Target = Desk;

    fn deref(&self) -> &Desk {
        &self.0
    }
}

/// What the desk holds: the home, the settings every live assembly is
/// served with, and the live one.
pub struct Desk {
    pub home: Home,
    /// Settings for the live assembly: the home's key is its chair key.
    settings: Settings,
    key: Arc<str>,
    sockets: Arc<std::sync::atomic::AtomicUsize>,
    key_brake: KeyBrake,
    summaries: Summaries,
    live: RwLock<Option<Live>>,
    /// What the hall's routes answer while no assembly is live.
    none_live: Router,
    /// One change of the live assembly at a time.
    switching: tokio::sync::Mutex<()>,
    /// Flips when the server stops: the live assembly's sockets close too.
    stopping: Mutex<bool>,
    /// With `--nats`: the live assembly feeds relays through this client.
    relays: Option<async_nats::Client>,
    /// Assemblies no longer live whose hub may still be finishing a
    /// request: their data dir stays claimed until it has, so neither a
    /// new hub nor a write from the desk meets a last write of the old.
    leaving: Arc<Mutex<HashMap<String, crate::server::Claim>>>,
}

/// The assembly served at the usual routes now.
struct Live {
    id: String,
    hub: Hub,
    router: Router,
    /// Closes its sockets when it stops being live.
    stop: watch::Sender<bool>,
    /// Its data dir, held while it is live (see `server::claim`).
    _claim: crate::server::Claim,
}

/// One route of the desk: its method and path and who may use it.
pub struct DeskRoute {
    pub method: Method,
    pub path: &'static str,
    pub need: Need,
    handler: fn() -> MethodRouter<DeskState>,
}

/// Every route of the desk's own; the rest are the live assembly's.
pub const ROUTES: &[DeskRoute] = &[
    DeskRoute {
        method: Method::GET,
        path: "/desk",
        need: Need::Chair,
        handler: || get(desk_page),
    },
    DeskRoute {
        method: Method::POST,
        path: "/desk/assemblies",
        need: Need::Chair,
        handler: || post(create),
    },
    DeskRoute {
        method: Method::POST,
        path: "/desk/live",
        need: Need::Chair,
        handler: || post(go_live),
    },
    DeskRoute {
        method: Method::GET,
        path: "/desk/follow-up",
        need: Need::Chair,
        handler: || get(follow_up_page),
    },
    DeskRoute {
        method: Method::POST,
        path: "/desk/follow-up",
        need: Need::Chair,
        handler: || post(record_step),
    },
    DeskRoute {
        method: Method::POST,
        path: "/api/desk/command",
        need: Need::Chair,
        handler: || post(command_json),
    },
    DeskRoute {
        method: Method::GET,
        path: "/api/desk/commitments",
        need: Need::Chair,
        handler: || get(commitments_json),
    },
    DeskRoute {
        method: Method::GET,
        path: "/desk/assemblies/{id}/{file}",
        need: Need::Chair,
        handler: || get(record_file),
    },
    DeskRoute {
        method: Method::GET,
        path: "/desk/scorecard.zip",
        need: Need::Chair,
        handler: || get(scorecard_zip),
    },
    DeskRoute {
        method: Method::GET,
        path: "/api/desk",
        need: Need::Chair,
        handler: || get(list_json),
    },
];

impl DeskState {
    /// The desk for `home`, serving every assembly with `settings` (their
    /// chair key is the home's key).
    pub fn new(home: Home, settings: Settings) -> DeskState {
        DeskState(Arc::new(Desk {
            home,
            key: Arc::from(settings.chair_key.as_str()),
            settings,
            sockets: Arc::default(),
            key_brake: KeyBrake::default(),
            summaries: Summaries::default(),
            live: RwLock::new(None),
            none_live: guarded(Router::new().fallback(none_live)),
            switching: tokio::sync::Mutex::new(()),
            stopping: Mutex::new(false),
            relays: None,
            leaving: Arc::default(),
        }))
    }

    /// Each assembly live on this desk feeds relays through `client`, on
    /// the NATS stream named by its id (see `link::primary`).
    pub fn with_relays(self, client: async_nats::Client) -> DeskState {
        let Ok(mut desk) = Arc::try_unwrap(self.0) else {
            unreachable!("relays are given before the desk is shared");
        };
        desk.relays = Some(client);
        DeskState(Arc::new(desk))
    }

    pub fn sockets(&self) -> Arc<std::sync::atomic::AtomicUsize> {
        self.sockets.clone()
    }

    /// The id of the assembly live now.
    pub fn live_id(&self) -> Option<String> {
        self.read_live().as_ref().map(|live| live.id.clone())
    }

    /// Serve assembly `id` at the usual routes from now on; the one live
    /// before stops (its sockets close; every phone reconnects to this one).
    pub async fn go_live(&self, id: &str) -> Result<(), String> {
        home::check_id(id)?;
        let _one = self.switching.lock().await;
        if self.live_id().as_deref() == Some(id) {
            return Ok(());
        }
        let data = self.home.path_of(id);
        if !data.join(crate::store::FILE).is_file() {
            return Err(format!(
                "there is no assembly \"{id}\" in {}",
                self.home.dir().display()
            ));
        }
        self.settled(id).await;
        let claim = crate::server::Claim::take(&data).map_err(|e| e.to_string())?;
        let key = self.key.to_string();
        let desk = self.clone();
        let own = id.to_owned();
        let linked = self.relays.is_some();
        let given = id.to_owned();
        let (mut opened, reads) = tokio::task::spawn_blocking(move || {
            let opened = crate::server::open_record(&data, None, Some(&key), linked, Some(&given))?;
            Ok::<_, String>((opened, desk.reads()?))
        })
        .await
        .map_err(|e| e.to_string())??;
        // What the home's other assemblies hold, for its report-backs.
        opened
            .state
            .set_recall(crate::home::recall::recall(id, &reads));
        let link = crate::home::recall::Link {
            home: self.home.clone(),
            id: own,
        };
        let hub = Hub::resume(opened.state, opened.store).with_elsewhere(Arc::new(link));
        let (stop, shutdown) = watch::channel(*self.stopping_lock());
        let mut settings = self.settings.clone();
        if let (Some(client), Some((stream, plan))) = (&self.relays, opened.link.take()) {
            settings.relays = Some(crate::link::primary::start(
                client.clone(),
                crate::link::Names::new(&stream),
                hub.clone(),
                self.home.path_of(id),
                crate::link::Base { plan },
                crate::link::answer::Gate::new(
                    crate::web::Devices::new(opened.device_secret.as_bytes()),
                    settings.join_rate,
                ),
                shutdown.clone(),
            ));
            tracing::info!(
                id,
                "relays follow this assembly: assembly relay --assembly {stream}"
            );
        }
        settings.device_secret = Some(opened.device_secret);
        let state = assembly_state(hub.clone(), settings, self.sockets.clone(), shutdown);
        let live = Live {
            id: id.to_owned(),
            hub,
            router: app(state),
            stop,
            _claim: claim,
        };
        let before = self.write_live().replace(live);
        if let Some(before) = before {
            tracing::info!(from = before.id, to = id, "another assembly is live");
            self.let_go(before);
        } else {
            tracing::info!(id, "an assembly is live");
        }
        Ok(())
    }

    /// An assembly is no longer live: its sockets close, and its data dir
    /// stays claimed until its hub has finished (at most a minute).
    fn let_go(&self, before: Live) {
        let Live {
            id,
            hub,
            stop,
            _claim: claim,
            router,
        } = before;
        let _ = stop.send(true);
        let ended = hub.ended();
        drop((hub, router));
        self.leaving_lock().insert(id.clone(), claim);
        let leaving = self.leaving.clone();
        tokio::spawn(async move {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            while !ended.now() && std::time::Instant::now() < deadline {
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            leaving
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .remove(&id);
        });
    }

    /// Wait (a few seconds at most) until assembly `id`'s last hub, if it
    /// is still finishing, has let go of its data dir.
    async fn settled(&self, id: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.leaving_lock().contains_key(id) && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    fn leaving_lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, crate::server::Claim>> {
        self.leaving
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The server stops: so does the live assembly.
    pub fn stop(&self) {
        *self.stopping_lock() = true;
        if let Some(live) = self.read_live().as_ref() {
            let _ = live.stop.send(true);
        }
    }

    /// Every assembly of the home, newest first; the live one from its
    /// hub, the others from their records.
    pub fn summaries(&self) -> Result<Vec<Arc<Summary>>, String> {
        Ok(self.reads()?.into_iter().map(|read| read.summary).collect())
    }

    /// What the desk knows of every assembly of the home, newest first:
    /// the live one read from its hub now, the others kept while their
    /// records are unchanged.
    pub fn reads(&self) -> Result<Vec<Read>, String> {
        let live = self
            .read_live()
            .as_ref()
            .map(|live| (live.id.clone(), live.hub.clone()));
        let mut list = Vec::new();
        for id in self.home.ids()? {
            match &live {
                Some((live_id, hub)) if *live_id == id => {
                    list.push(Read::of(&id, &hub.state(), true));
                }
                _ => match self.summaries.read(&self.home, &id) {
                    Ok(read) => list.push(read),
                    Err(e) => tracing::warn!(id, "the desk cannot read this assembly: {e}"),
                },
            }
        }
        list.sort_by(|a, b| Summary::newest_first(&a.summary, &b.summary));
        Ok(list)
    }

    fn read_live(&self) -> std::sync::RwLockReadGuard<'_, Option<Live>> {
        self.live
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write_live(&self) -> std::sync::RwLockWriteGuard<'_, Option<Live>> {
        self.live
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn stopping_lock(&self) -> std::sync::MutexGuard<'_, bool> {
        self.stopping
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The desk's server: its own routes, then the live assembly's.
pub fn desk_app(desk: DeskState) -> Router {
    let own = ROUTES
        .iter()
        .fold(Router::new(), |router, r| {
            router.route(r.path, (r.handler)())
        })
        .layer(axum::extract::DefaultBodyLimit::max(
            crate::protocol::MESSAGE_LIMIT,
        ));
    // The live assembly's router has its own layers: only the desk's own
    // routes and the page for "nothing live" get these.
    let own = guarded(own.with_state(desk.clone()));
    Router::new()
        .fallback(live_or_none)
        .with_state(desk)
        .merge(own)
}

/// The layers every page of the desk's own goes through.
fn guarded(router: Router) -> Router {
    router
        .layer(axum::middleware::from_fn(super::errors::json_errors))
        .layer(axum::middleware::from_fn(guard::security_headers))
}

/// Anything but the desk's own routes: the live assembly's, as if it
/// were served alone, or a page saying none is.
async fn live_or_none(State(desk): State<DeskState>, request: Request) -> Response {
    let live = desk.read_live().as_ref().map(|live| live.router.clone());
    let router = live.unwrap_or_else(|| desk.none_live.clone());
    match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// What the desk's server answers for the hall's routes with no assembly
/// live: the assets the desk's own pages need, and a page saying so.
async fn none_live(request: Request) -> Response {
    let path = request.uri().path();
    if let Some(name) = path.strip_prefix("/assets/") {
        let name = name.to_owned();
        return pages::asset(axum::extract::Path(name), request.headers().clone()).await;
    }
    nothing_live(request.headers(), path)
}

/// No assembly is live: `/` goes to the desk; every other page says so.
fn nothing_live(headers: &HeaderMap, path: &str) -> Response {
    if path == "/" {
        return Redirect::to("/desk").into_response();
    }
    let l = i18n::negotiate(headers, "en");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(CACHE_CONTROL, "no-store")],
        pages::desk::nothing_live(l),
    )
        .into_response()
}

/// Proof that the request carries the home's key or its session cookie,
/// and, for a change, came from the desk's own pages.
pub struct Organiser(());

/// How a request for the desk stands.
impl FromRequestParts<DeskState> for Organiser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, desk: &DeskState) -> Result<Self, Response> {
        let l = i18n::negotiate(&parts.headers, "en");
        let safe = [Method::GET, Method::HEAD, Method::OPTIONS];
        if !safe.contains(&parts.method)
            && !guard::same_origin(&parts.headers, &desk.settings.public_url)
        {
            return Err(refused(StatusCode::FORBIDDEN, pages::desk::cross_site(l)));
        }
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip());
        let client = super::client::client_ip(peer, &parts.headers, &desk.settings.trusted_proxies);
        let key = super::access::query_key(parts);
        if let Some(key) = key.as_deref()
            && parts.method == Method::GET
        {
            let gate = desk
                .key_brake
                .check(client, true, || auth::same(key, &desk.key));
            if gate == Gate::Open
                && let Some(session) =
                    auth::into_session(&desk.key, &desk.settings.public_url, parts)
            {
                return Err(session);
            }
            return Err(shut(gate, l));
        }
        let presented = guard::presents_key(&parts.headers, key.as_deref());
        let gate = desk.key_brake.check(client, presented, || {
            auth::is_chair(&parts.headers, key.as_deref(), &desk.key)
        });
        match gate {
            Gate::Open => Ok(Organiser(())),
            gate => Err(shut(gate, l)),
        }
    }
}

fn shut(gate: Gate, l: Lang) -> Response {
    match gate {
        Gate::Braked(wait) => {
            let minutes = wait.as_secs().div_ceil(60).max(1);
            let mut response = refused(
                StatusCode::TOO_MANY_REQUESTS,
                pages::desk::braked(l, minutes),
            );
            if let Ok(value) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, value);
            }
            response
        }
        _ => refused(StatusCode::UNAUTHORIZED, pages::desk::locked(l)),
    }
}

fn refused(status: StatusCode, page: maud::Markup) -> Response {
    (status, [(CACHE_CONTROL, "no-store")], page).into_response()
}

/// What the desk page says after an action, from its address.
#[derive(Debug, Default, serde::Deserialize)]
struct Said {
    made: Option<String>,
    live: Option<String>,
}

async fn desk_page(
    _: Organiser,
    State(desk): State<DeskState>,
    Query(said): Query<Said>,
    headers: HeaderMap,
) -> Response {
    let l = i18n::negotiate(&headers, "en");
    let list = match desk.summaries() {
        Ok(list) => list,
        Err(e) => {
            return (StatusCode::INTERNAL_SERVER_ERROR, e).into_response();
        }
    };
    let page = pages::desk::page(
        l,
        &pages::desk::Shown {
            home: desk.home.dir(),
            list: &list,
            base: &desk.settings.public_url,
            key: &desk.key,
            made: said.made.as_deref(),
            went_live: said.live.as_deref(),
            problem: None,
        },
    );
    ([(CACHE_CONTROL, "no-store")], page).into_response()
}

/// The form that makes a new assembly.
#[derive(Debug, Default, serde::Deserialize)]
struct Making {
    #[serde(default)]
    title: String,
    #[serde(default)]
    day: String,
    #[serde(default)]
    venue: String,
    /// An earlier assembly's id; empty: a blank one.
    #[serde(default)]
    from: String,
}

async fn create(
    _: Organiser,
    State(desk): State<DeskState>,
    headers: HeaderMap,
    Form(making): Form<Making>,
) -> Response {
    let new = home::New {
        title: making.title,
        day: Some(making.day).filter(|d| !d.trim().is_empty()),
        venue: Some(making.venue).filter(|v| !v.trim().is_empty()),
        from: Some(making.from).filter(|f| !f.trim().is_empty()),
    };
    let made = {
        let home = desk.home.clone();
        tokio::task::spawn_blocking(move || home.create(&new))
            .await
            .unwrap_or_else(|e| Err(e.to_string()))
    };
    match made {
        Ok(id) => Redirect::to(&format!("/desk?made={id}#a-{id}")).into_response(),
        Err(problem) => problem_page(&desk, &headers, StatusCode::UNPROCESSABLE_ENTITY, &problem),
    }
}

/// The form that makes an assembly live.
#[derive(Debug, Default, serde::Deserialize)]
struct Going {
    #[serde(default)]
    id: String,
    /// Where to go once it is live: the desk (default), or one of the
    /// assembly's organiser pages.
    #[serde(default)]
    then: String,
    /// The organiser has seen that the assembly live now is under way.
    #[serde(default)]
    confirm: String,
}

async fn go_live(
    _: Organiser,
    State(desk): State<DeskState>,
    headers: HeaderMap,
    Form(going): Form<Going>,
) -> Response {
    let l = i18n::negotiate(&headers, "en");
    let id = going.id.trim();
    // An assembly under way is not stopped by a stray tap.
    let running = desk.read_live().as_ref().and_then(|live| {
        let state = live.hub.state();
        (live.id != id && state.chair.phase == crate::domain::state::Phase::Running)
            .then(|| state.plan.assembly.title.clone())
    });
    if let Some(title) = running
        && going.confirm != "yes"
    {
        let page = pages::desk::confirm_switch(l, &title, id, &going.then);
        return (StatusCode::CONFLICT, [(CACHE_CONTROL, "no-store")], page).into_response();
    }
    match desk.go_live(id).await {
        Ok(()) => {
            let then = match going.then.as_str() {
                "setup" => "/setup".to_owned(),
                "import" => "/setup/import".to_owned(),
                "chair" => "/chair".to_owned(),
                "follow-up" => "/follow-up".to_owned(),
                _ => format!("/desk?live={id}#a-{id}"),
            };
            Redirect::to(&then).into_response()
        }
        Err(problem) => problem_page(&desk, &headers, StatusCode::CONFLICT, &problem),
    }
}

/// The desk again, saying what went wrong at the top.
fn problem_page(
    desk: &DeskState,
    headers: &HeaderMap,
    status: StatusCode,
    problem: &str,
) -> Response {
    let l = i18n::negotiate(headers, "en");
    let list = desk.summaries().unwrap_or_default();
    let page = pages::desk::page(
        l,
        &pages::desk::Shown {
            home: desk.home.dir(),
            list: &list,
            base: &desk.settings.public_url,
            key: &desk.key,
            made: None,
            went_live: None,
            problem: Some(problem),
        },
    );
    (status, [(CACHE_CONTROL, "no-store")], page).into_response()
}

/// Every commitment of the home that `filter` keeps, newest assembly
/// first, and how many there are in all.
fn commitments_of(
    desk: &DeskState,
    filter: &Filter,
) -> Result<(Vec<Read>, Vec<crate::home::ledger::Commitment>, usize), String> {
    let reads = desk.reads()?;
    let total = reads.iter().map(|r| r.commitments.len()).sum();
    let now = crate::hub::now_ms();
    let kept = reads
        .iter()
        .flat_map(|r| r.commitments.iter())
        .filter(|c| filter.keeps(c, now))
        .cloned()
        .collect();
    Ok((reads, kept, total))
}

/// A step just saved, by its commitment's anchor.
#[derive(Debug, Default, serde::Deserialize)]
struct Saved {
    saved: Option<String>,
}

/// `/desk/follow-up`: every commitment of every assembly of the home,
/// filtered by holder, assembly, answer and status (a plain GET form).
async fn follow_up_page(
    _: Organiser,
    State(desk): State<DeskState>,
    Query(filter): Query<Filter>,
    Query(saved): Query<Saved>,
    headers: HeaderMap,
) -> Response {
    let l = i18n::negotiate(&headers, "en");
    match commitments_of(&desk, &filter) {
        Ok((reads, kept, total)) => {
            let live = desk.live_id();
            let page = pages::desk::follow_up(
                l,
                &pages::desk::FollowShown {
                    reads: &reads,
                    kept: &kept,
                    total,
                    filter: &filter,
                    live: live.as_deref(),
                    problem: None,
                    saved: saved.saved.as_deref(),
                },
            );
            ([(CACHE_CONTROL, "no-store")], page).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// Record `command` (a follow-up step, a commitment's owner and due day)
/// in assembly `id`: through its hub when it is live, else in its record
/// directly. The change's `seq`, or why it was refused.
async fn record_in(
    desk: &DeskState,
    id: &str,
    command: crate::domain::Command,
    l: Lang,
) -> Result<u64, (StatusCode, String)> {
    let live = desk
        .read_live()
        .as_ref()
        .filter(|live| live.id == id)
        .map(|live| live.hub.clone());
    if let Some(hub) = live {
        return match hub.submit(command, None, None).await {
            Ok(outcome) => Ok(outcome.seq),
            Err(crate::hub::Rejection::Refused(r)) => Err((
                StatusCode::BAD_REQUEST,
                crate::i18n::refusals::refusal_text(l, &r),
            )),
            Err(
                crate::hub::Rejection::Unavailable(why) | crate::hub::Rejection::Unreachable(why),
            ) => Err((StatusCode::SERVICE_UNAVAILABLE, why)),
        };
    }
    desk.settled(id).await;
    let home = desk.home.clone();
    let id = id.to_owned();
    let now = crate::hub::now_ms();
    let seq = tokio::task::spawn_blocking(move || {
        crate::home::record_offline(&home, &id, command, None, now, l)
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()))
    .map_err(|why| (StatusCode::BAD_REQUEST, why))?;
    // The live assembly recalls this one's commitments: as they are now.
    let live = desk
        .read_live()
        .as_ref()
        .map(|live| (live.id.clone(), live.hub.clone()));
    if let Some((live_id, hub)) = live {
        let reading = desk.clone();
        let reads = tokio::task::spawn_blocking(move || reading.reads()).await;
        match reads {
            Ok(Ok(reads)) => {
                let _ = hub
                    .recall(crate::home::recall::recall(&live_id, &reads))
                    .await;
            }
            Ok(Err(e)) => tracing::warn!("the live assembly's recall was not read again: {e}"),
            Err(e) => tracing::warn!("the live assembly's recall was not read again: {e}"),
        }
    }
    Ok(seq)
}

/// `POST /api/desk/command`: a chair command for any assembly of the home,
/// named by `assembly` (only `follow_up` and `commitment` when it is not
/// live).
async fn command_json(
    _: Organiser,
    State(desk): State<DeskState>,
    headers: HeaderMap,
    axum::Json(mut body): axum::Json<serde_json::Value>,
) -> Response {
    let l = i18n::negotiate(&headers, "en");
    let refuse = |status: StatusCode, error: String| {
        (
            status,
            axum::Json(serde_json::json!({ "ok": false, "error": error })),
        )
            .into_response()
    };
    let Some(id) = body
        .as_object_mut()
        .and_then(|o| o.remove("assembly"))
        .and_then(|v| v.as_str().map(str::to_owned))
    else {
        return refuse(
            StatusCode::BAD_REQUEST,
            "name the assembly: {\"assembly\": \"<its id>\", \"cmd\": ...}".into(),
        );
    };
    let command = match serde_json::from_value::<crate::domain::command::ChairCommand>(body) {
        Ok(command) => crate::domain::Command::Chair(command),
        Err(e) => return refuse(StatusCode::BAD_REQUEST, format!("not a command: {e}")),
    };
    match record_in(&desk, &id, command, l).await {
        Ok(seq) => axum::Json(serde_json::json!({ "ok": true, "assembly": id, "seq": seq }))
            .into_response(),
        Err((status, why)) => refuse(status, why),
    }
}

/// The step form on `/desk/follow-up`.
#[derive(Debug, Default, serde::Deserialize)]
struct StepForm {
    #[serde(default)]
    assembly: String,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    holder: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    at: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    public_note: String,
}

/// `POST /desk/follow-up`: a step recorded from the desk, in whichever
/// assembly the commitment was made; then back to the list.
async fn record_step(
    _: Organiser,
    State(desk): State<DeskState>,
    headers: HeaderMap,
    Query(filter): Query<Filter>,
    Form(form): Form<StepForm>,
) -> Response {
    let l = i18n::negotiate(&headers, "en");
    let text = |t: &str| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
    let command = serde_json::json!({
        "cmd": "follow_up",
        "ask": form.ask,
        "holder": form.holder,
        "status": form.status,
        "at": text(&form.at),
        "note": text(&form.note),
        "public_note": text(&form.public_note),
    });
    let result = match serde_json::from_value::<crate::domain::command::ChairCommand>(command) {
        Ok(command) => {
            record_in(
                &desk,
                &form.assembly,
                crate::domain::Command::Chair(command),
                l,
            )
            .await
        }
        Err(e) => Err((
            StatusCode::BAD_REQUEST,
            format!("the step does not read: {e}"),
        )),
    };
    match result {
        Ok(_) => {
            let query = pages::desk::filter_query(&filter);
            let anchor = format!("c-{}-{}-{}", form.assembly, form.ask, form.holder);
            Redirect::to(&format!("/desk/follow-up?{query}saved={anchor}#{anchor}")).into_response()
        }
        Err((status, problem)) => match commitments_of(&desk, &filter) {
            Ok((reads, kept, total)) => {
                let live = desk.live_id();
                let page = pages::desk::follow_up(
                    l,
                    &pages::desk::FollowShown {
                        reads: &reads,
                        kept: &kept,
                        total,
                        filter: &filter,
                        live: live.as_deref(),
                        problem: Some(&problem),
                        saved: None,
                    },
                );
                (status, [(CACHE_CONTROL, "no-store")], page).into_response()
            }
            Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        },
    }
}

/// The same as JSON.
async fn commitments_json(
    _: Organiser,
    State(desk): State<DeskState>,
    Query(filter): Query<Filter>,
) -> Response {
    match commitments_of(&desk, &filter) {
        Ok((_, kept, total)) => {
            let now = crate::hub::now_ms();
            let kept: Vec<serde_json::Value> = kept
                .iter()
                .map(|c| {
                    let mut value = serde_json::to_value(c).unwrap_or_default();
                    value["overdue"] = c.overdue(now).into();
                    value
                })
                .collect();
            axum::Json(serde_json::json!({ "total": total, "commitments": kept })).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// `GET /desk/assemblies/{id}/{file}`: the full record of any assembly of
/// the home, read from its record: `report.html` (in its plan's first
/// language) beside the files it links to (`record.json`, the CSVs,
/// `record.xlsx`), laid out as the published site lays them out. The live
/// one's are read from its record too, as of its last committed change.
async fn record_file(
    _: Organiser,
    State(desk): State<DeskState>,
    axum::extract::Path((id, file)): axum::extract::Path<(String, String)>,
) -> Response {
    let home = desk.home.clone();
    let live = desk
        .read_live()
        .as_ref()
        .filter(|live| live.id == id)
        .map(|live| live.hub.clone());
    // The live one's from a snapshot its hub keeps by `seq` (never under
    // the lock the chair's changes wait for); the others' from their record.
    let made = match live {
        Some(hub) => {
            let key = format!("desk-record-file:{file}");
            let built = hub
                .built(key, move |state, now| record_file_of(state, now, &file))
                .await;
            built.as_ref().clone()
        }
        None => tokio::task::spawn_blocking(move || {
            home::check_id(&id)?;
            let store = crate::store::Store::open_existing(&home.path_of(&id))
                .map_err(|_| format!("there is no assembly \"{id}\" in this home"))?;
            let state = crate::store::replay(&store)?;
            record_file_of(&state, crate::hub::now_ms(), &file)
        })
        .await
        .unwrap_or_else(|e| Err(e.to_string())),
    };
    match made {
        Ok((content_type, bytes)) => (
            [(CONTENT_TYPE, content_type), (CACHE_CONTROL, "no-store")],
            bytes,
        )
            .into_response(),
        Err(why) => (
            StatusCode::NOT_FOUND,
            [(CACHE_CONTROL, "no-store")],
            format!("{why}: go back to /desk and pick one of its assemblies."),
        )
            .into_response(),
    }
}

/// One file of an assembly's full record (see `record_file`).
fn record_file_of(
    state: &crate::domain::State,
    now: crate::domain::Millis,
    file: &str,
) -> Result<(&'static str, Vec<u8>), String> {
    let access = crate::record::Access::Chair;
    if file == "report.html" {
        let lang = crate::i18n::find(state.plan.language()).unwrap_or_else(crate::i18n::english);
        let page = crate::report::render(state, now, crate::report::Mode::Standalone, access, lang);
        return Ok(("text/html; charset=utf-8", page.into_string().into_bytes()));
    }
    crate::record::export(file, state, now, access)
        .ok_or_else(|| format!("an assembly's record has no file \"{file}\""))
}

/// The scorecard site (`assembly publish`) as one `.zip`, built off the
/// runtime from every assembly's record.
async fn scorecard_zip(_: Organiser, State(desk): State<DeskState>) -> Response {
    let home = desk.home.clone();
    let now = crate::hub::now_ms();
    let built = tokio::task::spawn_blocking(move || {
        crate::home::publish::build(&home, now).and_then(|site| crate::home::publish::zip(&site))
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    match built {
        Ok(bytes) => {
            let day = jiff::Timestamp::from_millisecond(now)
                .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
                .unwrap_or_default();
            let disposition = format!("attachment; filename=\"scorecard-{day}.zip\"");
            (
                [
                    (
                        axum::http::header::CONTENT_TYPE,
                        "application/zip".to_owned(),
                    ),
                    (axum::http::header::CONTENT_DISPOSITION, disposition),
                    (CACHE_CONTROL, "no-store".to_owned()),
                ],
                bytes,
            )
                .into_response()
        }
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot build the scorecard: {e}"),
        )
            .into_response(),
    }
}

/// Every assembly of the home, as the desk lists them.
async fn list_json(_: Organiser, State(desk): State<DeskState>) -> Response {
    match desk.summaries() {
        Ok(list) => {
            let live = desk.live_id();
            let list: Vec<&Summary> = list.iter().map(|s| &**s).collect();
            axum::Json(serde_json::json!({ "live": live, "assemblies": list })).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_desk_route_is_the_organisers() {
        for r in ROUTES {
            assert_eq!(r.need, Need::Chair, "{} {}", r.method, r.path);
        }
    }

    #[test]
    fn no_desk_route_hides_one_of_an_assembly() {
        for r in ROUTES {
            assert!(
                !super::super::all_routes().any(|a| a.path == r.path),
                "{} is both the desk's and an assembly's",
                r.path
            );
        }
    }
}
