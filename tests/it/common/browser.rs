//! Drive Debian's headless chromium through chromedriver, with the
//! `fantoccini` WebDriver client (no TLS: chromedriver is on 127.0.0.1).
//!
//! This module owns what the tests need around it: starting chromedriver,
//! one fresh profile per session, exact viewport sizes, screenshots under
//! `target/screenshots`, and waits that say what they last saw.
//! Chromedriver runs in its own process group, and dropping the [`Browser`]
//! kills the whole group, so no chromium outlives a test, failed or not.
//! Every [`Client`] is a separate chromium session with its own fresh
//! profile directory: separate cookies, like separate devices.
#![allow(dead_code)]

use std::fmt;
use std::net::{SocketAddr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::error::CmdError;
use fantoccini::{ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The engine behind the wrapper in `scripts/chromium-headless-shell.sh`.
const HEADLESS_SHELL: &str = "/usr/lib/chromium/chromium-headless-shell";

/// The browser itself: `ASSEMBLY_CHROMIUM` (such as `/usr/bin/chromium`,
/// to see the pages in the desktop browser's headless mode), else
/// Debian's headless shell (a third of the full browser's CPU per session).
fn engine() -> PathBuf {
    std::env::var_os("ASSEMBLY_CHROMIUM")
        .map_or_else(|| PathBuf::from(HEADLESS_SHELL), PathBuf::from)
}

/// The binary chromedriver starts: the engine, or the headless shell
/// through its wrapper, which gives it the page chromedriver waits for.
pub fn chromium() -> PathBuf {
    if std::env::var_os("ASSEMBLY_CHROMIUM").is_some() {
        engine()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/chromium-headless-shell.sh")
    }
}

/// How long the `wait_*` helpers poll before they give up.
pub const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);
/// No single WebDriver call (page load, click) may take longer than this.
const CALL_LIMIT: Duration = Duration::from_secs(30);

/// A chromedriver process and the profiles of the sessions it started.
pub struct Browser {
    driver: Child,
    pub addr: SocketAddr,
    profiles: Mutex<Vec<tempfile::TempDir>>,
}

impl Browser {
    /// Start chromedriver on a free port and wait until it answers.
    /// Panics (never skips) when chromium or chromedriver is missing.
    pub fn new() -> Browser {
        let browser = engine();
        for (binary, package) in [
            (browser.as_path(), "chromium-headless-shell"),
            (Path::new(CHROMEDRIVER), "chromium-driver"),
        ] {
            assert!(
                binary.exists(),
                "{} is missing, so the browser tests cannot run: \
                 run `bash scripts/test.sh`, which installs Debian's `{package}` \
                 (or `apt-get install -y chromium-headless-shell chromium-driver` yourself)",
                binary.display()
            );
        }
        let port = {
            let probe = TcpListener::bind("127.0.0.1:0").expect("a free port for chromedriver");
            probe.local_addr().expect("a local address").port()
        };
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("{CHROMEDRIVER} does not start ({e}): run `bash scripts/test.sh`")
            });
        let browser = Browser {
            driver,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            profiles: Mutex::new(Vec::new()),
        };
        browser.wait_until_ready();
        browser
    }

    fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let last = match super::try_request(self.addr, "GET", "/status", &[], "") {
                Ok(status) => match serde_json::from_str::<Value>(&status.body) {
                    Ok(status) if status["value"]["ready"] == true => return,
                    _ => status.body,
                },
                Err(e) => e.to_string(),
            };
            assert!(
                Instant::now() < deadline,
                "chromedriver on {} did not answer GET /status within 10 s (last: {last}); \
                 run `bash scripts/test.sh` to (re)install chromium and chromium-driver",
                self.addr
            );
            std::thread::sleep(POLL);
        }
    }

    /// A new chromium session whose viewport is `width` x `height` CSS pixels.
    pub async fn client(&self, width: u32, height: u32) -> Client {
        self.session(width, height, true, None).await
    }

    /// Like [`Browser::client`], for a phone whose browser asks for
    /// `languages` (an `Accept-Language` value such as `"ar"` or
    /// `"cy,en;q=0.5"`), as one set to that language does.
    pub async fn client_accepting(&self, width: u32, height: u32, languages: &str) -> Client {
        self.session(width, height, true, Some(languages)).await
    }

    /// Like [`Browser::client`], with JavaScript turned off for every page.
    pub async fn client_without_js(&self, width: u32, height: u32) -> Client {
        self.session(width, height, false, None).await
    }

    async fn session(
        &self,
        width: u32,
        height: u32,
        javascript: bool,
        languages: Option<&str>,
    ) -> Client {
        let profile = tempfile::Builder::new()
            .prefix("assembly-chromium-")
            .tempdir()
            .expect("a temporary profile directory");
        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            // Chromium's own background work (extensions, translation,
            // phishing checks, crash reports, metrics) costs CPU that the
            // pages under test need on a two-core machine.
            "--disable-extensions".to_owned(),
            "--disable-component-extensions-with-background-pages".to_owned(),
            "--disable-default-apps".to_owned(),
            "--disable-client-side-phishing-detection".to_owned(),
            "--disable-breakpad".to_owned(),
            "--disable-hang-monitor".to_owned(),
            "--metrics-recording-only".to_owned(),
            "--password-store=basic".to_owned(),
            "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
            format!("--window-size={width},{height}"),
        ];
        if let Some(languages) = languages {
            args.push(format!("--accept-lang={languages}"));
            args.push(format!(
                "--lang={}",
                languages.split([',', ';']).next().unwrap_or("en")
            ));
        }
        if !javascript {
            // The headless shell has no content-settings policy: Blink's
            // own switch turns scripts off (the pref below does it in the
            // desktop browser).
            args.push("--blink-settings=scriptEnabled=false".to_owned());
        }
        let mut options = json!({ "binary": chromium(), "args": args });
        let mut prefs = serde_json::Map::new();
        if !javascript {
            prefs.insert(
                "profile.managed_default_content_settings.javascript".into(),
                json!(2),
            );
        }
        if let Some(languages) = languages {
            prefs.insert("intl.accept_languages".into(), json!(languages));
        }
        if !prefs.is_empty() {
            options["prefs"] = Value::Object(prefs);
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".into(), options);
        capabilities.insert(
            "timeouts".into(),
            json!({ "pageLoad": 20_000, "script": 10_000, "implicit": 0 }),
        );
        self.profiles.lock().unwrap().push(profile);
        let connect = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://{}", self.addr))
            .await;
        let inner = connect.unwrap_or_else(|e| {
            panic!("chromedriver could not start chromium ({e}): run `bash scripts/test.sh`")
        });
        let client = Client { inner };
        client.resize(width, height).await;
        client
    }
}

impl Default for Browser {
    fn default() -> Self {
        Browser::new()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The whole group: chromedriver and every chromium it started.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        // The profiles go only now, once nothing writes to them.
    }
}

/// A WebDriver error, or a transport failure talking to chromedriver.
#[derive(Debug, Clone)]
pub struct Error {
    /// The WebDriver error code (`no such element`, `stale element
    /// reference`, ...), or `transport` when chromedriver did not answer.
    pub code: String,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.message.lines().next().unwrap_or_default();
        write!(f, "{}: {first}", self.code)
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The element is not there (yet), or was replaced by a re-render.
    pub fn is_missing(&self) -> bool {
        self.code == "no such element" || self.code == "stale element reference"
    }
}

impl From<CmdError> for Error {
    fn from(e: CmdError) -> Error {
        match e {
            CmdError::Standard(e) => Error {
                code: e.error(),
                message: e.message.into_owned(),
            },
            other => Error {
                code: "transport".to_owned(),
                message: other.to_string(),
            },
        }
    }
}

/// One WebDriver call, within [`CALL_LIMIT`].
async fn limited<T>(
    what: &str,
    call: impl std::future::Future<Output = Result<T, CmdError>>,
) -> Result<T, Error> {
    match tokio::time::timeout(CALL_LIMIT, call).await {
        Ok(result) => result.map_err(Error::from),
        Err(_) => Err(Error {
            code: "transport".to_owned(),
            message: format!("{what}: no answer within {CALL_LIMIT:?}"),
        }),
    }
}

/// One chromium session (a device). Cheap to clone. Its chromium goes when
/// the last clone drops, with the [`Browser`], or with [`Client::close`].
#[derive(Clone)]
pub struct Client {
    inner: fantoccini::Client,
}

impl Client {
    /// Load `url` and wait for its `load` event. (The URL is copied at
    /// once, so a temporary will do inside `tokio::join!`.)
    pub fn goto(&self, url: &str) -> impl std::future::Future<Output = ()> + '_ {
        let url = url.to_owned();
        async move {
            limited("loading", self.inner.goto(&url))
                .await
                .unwrap_or_else(|e| panic!("loading {url}: {e}"));
        }
    }

    pub async fn refresh(&self) {
        limited("reloading", self.inner.refresh())
            .await
            .unwrap_or_else(|e| panic!("reloading: {e}"));
    }

    /// The address bar.
    pub async fn current_url(&self) -> String {
        limited("reading the address bar", self.inner.current_url())
            .await
            .unwrap_or_else(|e| panic!("reading the address bar: {e}"))
            .into()
    }

    pub async fn title(&self) -> String {
        limited("reading the title", self.inner.title())
            .await
            .expect("the page title")
    }

    /// The first element matching the CSS selector.
    pub async fn find(&self, css: &str) -> Result<Element, Error> {
        let inner = limited("finding", self.inner.find(Locator::Css(css))).await?;
        Ok(Element { inner })
    }

    /// Every element matching the CSS selector, in document order.
    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>, Error> {
        let all = limited("finding", self.inner.find_all(Locator::Css(css))).await?;
        Ok(all.into_iter().map(|inner| Element { inner }).collect())
    }

    /// Run `script` as the body of a function with `arguments`; its return
    /// value as JSON.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value, Error> {
        limited("running a script", self.inner.execute(script, args)).await
    }

    /// Run `script` as the body of a function whose last argument is a
    /// callback; the value it is called with, as JSON.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value, Error> {
        limited("running a script", self.inner.execute_async(script, args)).await
    }

    /// A PNG of the viewport.
    pub async fn screenshot_png(&self) -> Vec<u8> {
        limited("taking a screenshot", self.inner.screenshot())
            .await
            .unwrap_or_else(|e| panic!("taking a screenshot: {e}"))
    }

    /// Make the viewport (not the window) exactly `width` x `height`.
    pub async fn resize(&self, width: u32, height: u32) {
        let mut last = Value::Null;
        // Chromium reports sizes mid-resize now and then (inner wider than
        // outer), so measure again after each change and retry a few times;
        // after a change, poll briefly for the viewport to settle rather
        // than wait a fixed time.
        let mut polls = 0;
        for _ in 0..60 {
            let sizes = self
                .execute(
                    "return [innerWidth, innerHeight, outerWidth, outerHeight]",
                    vec![],
                )
                .await
                .unwrap_or_else(|e| panic!("measuring the window: {e}"));
            let n = |i: usize| sizes[i].as_i64().unwrap_or_default();
            if n(0) == i64::from(width) && n(1) == i64::from(height) {
                return;
            }
            if polls > 0 {
                polls -= 1;
                tokio::time::sleep(Duration::from_millis(15)).await;
                last = sizes;
                continue;
            }
            let outer = |inner: u32, outer: i64, inner_now: i64| {
                u32::try_from(i64::from(inner) + (outer - inner_now).max(0)).unwrap_or(inner)
            };
            let resized = self
                .inner
                .set_window_size(outer(width, n(2), n(0)), outer(height, n(3), n(1)));
            limited("resizing the window", resized)
                .await
                .unwrap_or_else(|e| panic!("resizing the window: {e}"));
            polls = 5;
            last = sizes;
        }
        panic!("could not make the viewport {width}x{height}: last measured {last}");
    }

    /// Press keys into whatever has the focus, as a person would: text, or
    /// WebDriver's special keys ([`keys::TAB`], [`keys::ENTER`], ...). A
    /// modifier ([`keys::SHIFT`], [`keys::CONTROL`]) is held to the end.
    pub async fn keys(&self, text: &str) -> Result<(), Error> {
        let mut actions = KeyActions::new("keyboard".to_owned());
        for c in text.chars() {
            actions = actions.then(KeyAction::Down { value: c });
            let key = c.to_string();
            if key != keys::SHIFT && key != keys::CONTROL {
                actions = actions.then(KeyAction::Up { value: c });
            }
        }
        limited("pressing keys", self.inner.perform_actions(actions)).await?;
        limited("releasing keys", self.inner.release_actions()).await
    }

    /// The element with the keyboard focus.
    pub async fn active(&self) -> Result<Element, Error> {
        let inner = limited("finding the focus", self.inner.active_element()).await?;
        Ok(Element { inner })
    }

    /// End the session now rather than when the last clone drops.
    pub async fn close(self) {
        let _ = limited("closing", self.inner.close()).await;
    }
}

/// An element found on a page. It goes stale when the page replaces it.
#[derive(Clone)]
pub struct Element {
    inner: fantoccini::elements::Element,
}

impl Element {
    /// The rendered text (`innerText`, after CSS such as `text-transform`).
    pub async fn text(&self) -> Result<String, Error> {
        limited("reading text", self.inner.text()).await
    }

    /// An attribute as written in the DOM; `None` when absent.
    pub async fn attr(&self, name: &str) -> Result<Option<String>, Error> {
        limited("reading an attribute", self.inner.attr(name)).await
    }

    /// A DOM property (`checked`, `value`, ...), as JSON (fantoccini's own
    /// `prop` answers strings only).
    pub async fn prop(&self, name: &str) -> Result<Value, Error> {
        let element = serde_json::to_value(&self.inner).expect("an element reference");
        let client = self.inner.clone().client();
        let read = client.execute(
            "return arguments[0][arguments[1]];",
            vec![element, json!(name)],
        );
        limited("reading a property", read).await
    }

    pub async fn click(&self) -> Result<(), Error> {
        limited("clicking", self.inner.click()).await
    }

    /// Type `text` into the element; into a file input, the paths of the
    /// files to choose (several joined by `\n`), as a person picking them.
    pub async fn send_keys(&self, text: &str) -> Result<(), Error> {
        limited("typing", self.inner.send_keys(text)).await
    }

    pub async fn is_displayed(&self) -> Result<bool, Error> {
        limited("checking it is shown", self.inner.is_displayed()).await
    }

    /// The first element inside this one matching an XPath (e.g. `ancestor::label`).
    pub async fn find_xpath(&self, xpath: &str) -> Result<Element, Error> {
        let inner = limited("finding", self.inner.find(Locator::XPath(xpath))).await?;
        Ok(Element { inner })
    }
}

/// WebDriver's codes for keys that type no character.
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SHIFT: &str = "\u{E008}";
    pub const CONTROL: &str = "\u{E009}";
    pub const BACKSPACE: &str = "\u{E003}";
    pub const SPACE: &str = "\u{E00D}";
    /// Releases the modifiers pressed so far in one `send_keys`.
    pub const NULL: &str = "\u{E000}";
}

// ---------------------------------------------------------------------------
// Waiting: poll until a condition holds, or panic saying what was last seen.

/// Poll `probe` until it returns `Some`, for at most `timeout`. `probe`
/// also reports what it saw, for the panic message.
pub async fn wait_until<T, F, Fut>(
    client: &Client,
    what: &str,
    timeout: Duration,
    mut probe: F,
) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = (Option<T>, String)>,
{
    let deadline = Instant::now() + timeout;
    loop {
        let (done, seen) = probe().await;
        if let Some(done) = done {
            return done;
        }
        if Instant::now() >= deadline {
            let url = client.current_url().await;
            let page = text_of(client, "body").await.map(|t| squash(&t));
            let mut page = page.unwrap_or_else(|e| format!("<{e}>"));
            if let Some((cut, _)) = page.char_indices().nth(600) {
                page.truncate(cut);
                page.push_str(" ...");
            }
            panic!(
                "waited {:.1} s on {url} for {what}; last seen: {seen}\n  the page says: {page}",
                timeout.as_secs_f64()
            );
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The text of the first element matching `css`, or why there is none.
pub async fn text_of(client: &Client, css: &str) -> Result<String, Error> {
    client.find(css).await?.text().await
}

/// An attribute of the first element matching `css`.
pub async fn attr_of(client: &Client, css: &str, name: &str) -> Result<Option<String>, Error> {
    client.find(css).await?.attr(name).await
}

/// Wait until the text of `css` (whitespace collapsed, trimmed) satisfies
/// `check`; returns that text.
pub async fn wait_for_text_where(
    client: &Client,
    css: &str,
    description: &str,
    timeout: Duration,
    check: impl Fn(&str) -> bool,
) -> String {
    let what = format!("the text of `{css}` to {description}");
    let check = &check;
    wait_until(client, &what, timeout, || async move {
        match text_of(client, css).await {
            Ok(text) => {
                let text = squash(&text);
                if check(&text) {
                    (Some(text), String::new())
                } else {
                    (None, format!("{text:?}"))
                }
            }
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await
}

/// Wait until the text of `css` is exactly `expected` (whitespace collapsed).
pub async fn wait_for_text(
    client: &Client,
    css: &str,
    expected: &str,
    timeout: Duration,
) -> String {
    let expected = squash(expected);
    wait_for_text_where(client, css, &format!("be {expected:?}"), timeout, |t| {
        t == expected
    })
    .await
}

/// Wait until the text of `css` contains `needle`.
pub async fn wait_for_text_containing(
    client: &Client,
    css: &str,
    needle: &str,
    timeout: Duration,
) -> String {
    wait_for_text_where(client, css, &format!("contain {needle:?}"), timeout, |t| {
        t.contains(needle)
    })
    .await
}

/// Wait until attribute `name` of `css` is `expected` (`None`: absent).
pub async fn wait_for_attr(
    client: &Client,
    css: &str,
    name: &str,
    expected: Option<&str>,
    timeout: Duration,
) {
    let what = format!("`{css}` to have {name}={expected:?}");
    wait_until(client, &what, timeout, || async move {
        match attr_of(client, css, name).await {
            Ok(value) if value.as_deref() == expected => (Some(()), String::new()),
            Ok(value) => (None, format!("{name}={value:?}")),
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await
}

/// Wait until an element matches `css`; returns it.
pub async fn wait_for_element(client: &Client, css: &str, timeout: Duration) -> Element {
    let what = format!("an element matching `{css}`");
    wait_until(client, &what, timeout, || async move {
        match client.find(css).await {
            Ok(element) => (Some(element), String::new()),
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await
}

/// Click the element matching `css`, retrying while it is missing, stale,
/// hidden or covered. A radio or checkbox hidden behind a styled `<label>`
/// is clicked through its label.
pub async fn click(client: &Client, css: &str, timeout: Duration) {
    let what = format!("a click on `{css}` to go through");
    wait_until(client, &what, timeout, || async move {
        let element = match client.find(css).await {
            Ok(element) => element,
            Err(e) => return (None, format!("<{e}>")),
        };
        match element.click().await {
            Ok(()) => (Some(()), String::new()),
            Err(e)
                if e.code == "element not interactable"
                    || e.code == "element click intercepted" =>
            {
                match label_of(client, &element).await {
                    Some(label) => match label.click().await {
                        Ok(()) => (Some(()), String::new()),
                        Err(e2) => (None, format!("<{e}>, then on its label <{e2}>")),
                    },
                    None => (None, format!("<{e}>")),
                }
            }
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await
}

async fn label_of(client: &Client, element: &Element) -> Option<Element> {
    if let Ok(Some(id)) = element.attr("id").await
        && !id.is_empty()
    {
        let css = format!("label[for=\"{}\"]", id.replace('"', "\\\""));
        if let Ok(label) = client.find(&css).await {
            return Some(label);
        }
    }
    element.find_xpath("ancestor::label[1]").await.ok()
}

/// The first run of digits in `text`, as a number.
pub fn digits(text: &str) -> Option<u64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let run: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    run.parse().ok()
}

/// Whether `word` appears in `text` as a whole word.
pub fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's websocket is open (`body[data-live="yes"]`).
pub async fn live(client: &Client) {
    wait_for_attr(client, "body", "data-live", Some("yes"), WAIT).await;
}

/// The page is live and has rendered state `seq` (or a later one).
pub async fn rendered(client: &Client, seq: u64) {
    live(client).await;
    let what = format!("`body` to have data-seq >= {seq}");
    wait_until(client, &what, WAIT, || async move {
        match attr_of(client, "body", "data-seq").await {
            Ok(Some(shown)) if shown.parse::<u64>().is_ok_and(|s| s >= seq) => {
                (Some(()), String::new())
            }
            Ok(shown) => (None, format!("data-seq={shown:?}")),
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await;
}

/// The page has drawn what it had to draw and stopped moving: two
/// animation frames have passed (a resize or a message redraws on the
/// next frame), its fonts are in, and no finite CSS transition or
/// animation is still running (panels sliding in, an answer's flash). Use it instead of a fixed sleep
/// before measuring boxes or taking a screenshot.
pub async fn settled(client: &Client) {
    let what = "the page to stop moving";
    wait_until(client, what, WAIT, || async move {
        let moving = client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(
                   (document.fonts.status === 'loaded' ? 0 : 1) + document.getAnimations()
                     .filter((a) => a.playState === 'running'
                       && a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                     .length)));",
                vec![],
            )
            .await;
        match moving {
            Ok(n) if n == 0 => (Some(()), String::new()),
            Ok(n) => (None, format!("{n} animations (or fonts) still running")),
            Err(e) => (None, format!("<{e}>")),
        }
    })
    .await;
}

/// Run a long browser scenario on a thread with room for its future (in a
/// debug build, a whole evening's future overflows the default stack).
pub fn on_a_big_stack<F: std::future::Future<Output = ()> + Send + 'static>(scenario: F) {
    std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_stack_size(64 * 1024 * 1024)
                .enable_all()
                .build()
                .expect("a runtime")
                .block_on(Box::pin(scenario));
        })
        .expect("a test thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
}

// ---------------------------------------------------------------------------
// Screenshots.

pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// Print `url` to PDF in headless Chromium (the shell itself: it prints
/// one URL and exits), keep the PDF as `target/screenshots/{name}` to look
/// at, and return the text of each page as `pdftotext` reads it.
pub fn printed_pages(url: &str, dir: &Path, name: &str) -> Vec<String> {
    let binary = engine();
    let pdf = dir.join(name);
    let output = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(url)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{} does not run ({e}): run `bash scripts/test.sh`, which installs it",
                binary.display()
            )
        });
    assert!(
        pdf.is_file(),
        "{} wrote no PDF: {}",
        binary.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let shots = screenshot_dir();
    std::fs::create_dir_all(&shots).expect("target/screenshots can be created");
    std::fs::copy(&pdf, shots.join(name)).expect("the PDF can be kept");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed: run `bash scripts/test.sh`, which installs poppler-utils");
    String::from_utf8_lossy(&text.stdout)
        .split('\u{c}')
        .map(str::to_owned)
        .filter(|page| !page.trim().is_empty())
        .collect()
}

/// Save the viewport as `target/screenshots/{name}.png`; returns the path.
pub async fn screenshot(client: &Client, name: &str) -> PathBuf {
    let png = client.screenshot_png().await;
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "the screenshot {name} is not a PNG"
    );
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir).expect("target/screenshots can be created");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    path
}
