//! A plan change reaches every open page within 3 s: a rename made by the
//! organiser mid-assembly shows on a hall of phones (their sockets, and a
//! phone's page), on the projector and on the livestream overlay, without
//! waiting for a reload spread across the hall.

use crate::common;

use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::browser::{self as web, Browser};
use common::hall::{open_live, plan_toml, save_plan, stress_started};
use tokio_tungstenite::tungstenite::{self, Message, stream::MaybeTlsStream};

const OLD: &str = "Masjid Al-Hudā Islamic Educational & Cultural Centre";
/// Right to left, an emoji and an ampersand: escaped everywhere it goes.
const NEW: &str = "مسجد الهدى — Al-Hudā Centre & Madrasa 🕌";
/// The promise: every page within this of the organiser's save.
const REACH: Duration = Duration::from_secs(3);
const PHONES: usize = 30;
/// The roll call's title in the stress plan, renamed in the same save.
const ROLL_CALL: &str = "Roll call of every member institution and the turnout each one promised";
const ROLL_CALL_NEW: &str = "Galw’r gofrestr — نداء الأسماء — Roll call 📣";

type Socket = tungstenite::WebSocket<MaybeTlsStream<TcpStream>>;

fn open(url: &str) -> Socket {
    let (socket, _) = tungstenite::connect(url).expect("the websocket opens");
    if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
    }
    socket
}

/// Reads `socket` until a message carries `needle` or `until` passes;
/// returns when it came, if it did.
fn heard(socket: &mut Socket, needle: &str, until: Instant) -> Option<Instant> {
    while Instant::now() < until {
        match socket.read() {
            Ok(Message::Text(text)) => {
                let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                if value.to_string().contains(needle) {
                    return Some(Instant::now());
                }
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(e) => panic!("a phone's socket broke: {e}"),
        }
    }
    None
}

/// Reads every message already sent, so only what follows counts.
fn drain(socket: &mut Socket) {
    let _ = heard(
        socket,
        "\u{0}never",
        Instant::now() + Duration::from_millis(300),
    );
}

#[test]
fn a_rename_reaches_thirty_phones_a_phone_the_projector_and_the_overlay_within_3_s() {
    web::on_a_big_stack(scenario());
}

async fn scenario() {
    let (_dir, server) = stress_started();
    // The roll call: the projector lists every institution by name.
    server.must(r#"{"cmd":"next"}"#);

    let browser = Browser::new();
    let [phone, screen, overlay] = open_live(
        &browser,
        &server,
        [
            ((360, 740), "/join"),
            ((1280, 720), "/screen"),
            ((1280, 720), "/overlay"),
        ],
    )
    .await;
    // Marks this page load: a reload would forget it.
    phone
        .execute("window.drawnBefore = true; return true;", vec![])
        .await
        .unwrap();
    let mut sockets: Vec<Socket> = (0..PHONES)
        .map(|_| open(&server.ws_url("role=attendee")))
        .collect();
    for socket in &mut sockets {
        drain(socket);
    }

    // The organiser fixes the institution's name through the plan API.
    let toml = plan_toml(&server);
    assert!(toml.contains(OLD), "the stress plan names {OLD}");
    assert!(toml.contains(ROLL_CALL), "the stress plan has {ROLL_CALL}");
    let renamed = toml
        .replacen(OLD, NEW, 1)
        .replacen(ROLL_CALL, ROLL_CALL_NEW, 1);
    let saved_at = Instant::now();
    save_plan(&server, &renamed);
    let until = saved_at + REACH;

    // Every phone's socket is told, each read on its own thread.
    let readers: Vec<_> = sockets
        .into_iter()
        .map(|mut socket| std::thread::spawn(move || heard(&mut socket, NEW, until)))
        .collect();

    // The pages show it: the phone's check-in list and what is on now,
    // the projector's roll call, the overlay's lower third.
    let names = "return [...document.querySelectorAll('#check-in .choice, #current-title, #board li, #ov-title')]\
                 .map((c) => c.textContent).join('|');";
    for (page, client, wanted) in [
        ("the phone", &phone, NEW),
        ("the phone", &phone, ROLL_CALL_NEW),
        ("the projector", &screen, NEW),
        ("the overlay", &overlay, ROLL_CALL_NEW),
    ] {
        loop {
            let shown = client
                .execute(names, vec![])
                .await
                .map(|v| v.to_string())
                .unwrap_or_default();
            if shown.contains(wanted) {
                break;
            }
            assert!(
                Instant::now() < until,
                "{page} did not show {wanted} within {REACH:?}: {shown}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let mut late = 0;
    let mut slowest = Duration::ZERO;
    for reader in readers {
        match reader.join().expect("a reader thread finishes") {
            Some(at) => slowest = slowest.max(at - saved_at),
            None => late += 1,
        }
    }
    assert_eq!(
        late, 0,
        "{late} of {PHONES} phone sockets were not told of the rename within {REACH:?}"
    );
    eprintln!("the slowest of {PHONES} phone sockets heard the rename after {slowest:?}");
    // No reload was needed: the phone is the same page, still live.
    let same = phone
        .execute("return window.drawnBefore === true;", vec![])
        .await
        .unwrap();
    assert_eq!(same, serde_json::json!(true), "the phone reloaded its page");
    web::live(&phone).await;
    for client in [phone, screen, overlay] {
        client.close().await;
    }
}
