//! The NATS link is a trust boundary: a relay's NATS password lives on a
//! public machine, so what it can do with it is bounded (NATS users and
//! permissions from scripts/deploy/nats-server.conf), every change it
//! forwards is checked by the venue as a phone's own, a forged event in
//! the stream stops relays rather than being shown, and a check-in a relay
//! refused never counts later.

use crate::common;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use assembly::domain::command::MessageTarget;
use assembly::domain::{Envelope, Event};
use assembly::link::{Change, Names, Reply, Request};
use common::relays::{self, Linked, Nats, RELAY, VENUE, linked, now_ms, reaches, runtime, seq_of};
use common::{Server, device_id, poll};

const SOON: Duration = Duration::from_secs(10);

/// Where the forged requests say their phone is.
const FROM: Option<IpAddr> = Some(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)));

/// How many check-ins for `institution` the venue's record counts.
fn counted(server: &Server, institution: &str) -> u64 {
    server.get("/api/state").json()["turnout"]["checked_in"][institution]
        .as_u64()
        .unwrap_or(0)
}

/// Send `change` on assembly trust-1's audience subject as `id`, the way
/// a relay does.
async fn ask(client: &async_nats::Client, id: &str, change: Change, deadline: u64) -> Reply {
    relays::ask(client, "trust-1", id, change, deadline, FROM).await
}

/// An event that shows "EVACUATE THE HALL NOW" on the screen, as event
/// `seq`: what someone who can publish to the stream would forge.
fn evacuate(seq: u64) -> Vec<u8> {
    serde_json::to_vec(&Envelope {
        seq,
        at: 1,
        id: None,
        event: Event::MessageSet {
            to: MessageTarget::Screen,
            text: Some("EVACUATE THE HALL NOW".into()),
            pin: false,
        },
    })
    .unwrap()
}

#[test]
fn a_relay_password_can_read_and_ask_but_not_write_and_forged_phones_count_nothing() {
    let hall = Linked::start("trust-1");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    // A real phone on the relay: its cookie is the venue's.
    let (answer, cookie) = east.check_in(None, "gurdwara");
    assert_eq!(answer.status, 200, "{}", answer.body);
    let seq = seq_of(venue);
    reaches(east, seq, SOON);
    let names = Names::new("trust-1");

    let forged = runtime().block_on(async {
        let client = relays::client(nats, RELAY).await;
        let js = async_nats::jetstream::new(client.clone());
        // Writing the log: refused by NATS, the stream is as it was.
        let event = evacuate(seq + 1);
        let published = match js.publish(names.event(), event.into()).await {
            Ok(ack) => ack.await.is_ok(),
            Err(_) => false,
        };
        assert!(!published, "the relay user published an event");
        assert!(
            js.delete_stream(names.stream()).await.is_err(),
            "the relay user deleted the stream"
        );
        let mut stream = js.get_stream(names.stream()).await.expect("still there");
        let info = stream.info().await.unwrap();
        assert_eq!(info.state.messages, 2, "the base and one check-in");

        // Check-ins with made-up devices, 300 of them as fast as they go.
        let id = device_id(&cookie).to_owned();
        let other = format!("{id}.{}", "0".repeat(64));
        let made_up = ["admin", "../../", id.as_str(), other.as_str()];
        let deadline = now_ms() + 5000;
        let mut answers = Vec::new();
        for n in 0..300 {
            let device = made_up[n % made_up.len()].to_owned();
            let change = if n % 2 == 0 {
                Change::CheckIn {
                    device: Some(device),
                    institution: Some("st-marys".into()),
                }
            } else {
                Change::Pledge {
                    device,
                    pledge: "action-teams".into(),
                    yes: true,
                }
            };
            answers.push(ask(&client, &format!("forged-{n}"), change, deadline).await);
        }
        // A true phone's request id, reused for another change.
        let change = |institution: &str| Change::CheckIn {
            device: Some(cookie.clone()),
            institution: Some(institution.into()),
        };
        let first = ask(&client, "move-1", change("st-marys"), deadline).await;
        let reused = ask(&client, "move-1", change("gurdwara"), deadline).await;
        let late = ask(&client, "late-1", change("gurdwara"), now_ms() - 1).await;
        (answers, first, reused, late)
    });
    let (answers, first, reused, late) = forged;
    for answer in &answers {
        assert!(
            !matches!(answer, Reply::Done { .. }),
            "a forged device was taken: {answer:?}"
        );
    }
    assert!(
        matches!(first, Reply::Done { applied: true, .. }),
        "{first:?}"
    );
    assert!(matches!(reused, Reply::Denied { .. }), "{reused:?}");
    assert!(matches!(late, Reply::Denied { .. }), "{late:?}");
    let state = venue.get("/api/state").json();
    assert_eq!(state["turnout"]["phones"], 1, "{}", state["turnout"]);
    assert_eq!(counted(venue, "st-marys"), 1);
    assert_eq!(counted(venue, "gurdwara"), 0);
}

/// A relay sends changes in batches: the venue checks each as if it came
/// alone, answers each in order, and takes no batch larger than a relay
/// sends nor one that does not read.
#[test]
fn a_batch_is_checked_change_by_change() {
    let hall = Linked::start("trust-2");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    let (answer, cookie) = east.check_in(None, "gurdwara");
    assert_eq!(answer.status, 200, "{}", answer.body);
    let request = |id: &str, device: Option<&str>, institution: &str, deadline: u64| Request {
        id: id.into(),
        change: Change::CheckIn {
            device: device.map(str::to_owned),
            institution: Some(institution.into()),
        },
        deadline,
        client: FROM,
        seal: None,
    };
    let forged = format!("{}.{}", device_id(&cookie), "0".repeat(64));
    let (answers, too_many, unreadable, one) = runtime().block_on(async {
        let client = relays::client(nats, RELAY).await;
        let soon = now_ms() + 5000;
        let batch = [
            request("b-forged", Some(&forged), "st-marys", soon),
            request("b-new", None, "st-marys", soon),
            request("b-true", Some(&cookie), "st-marys", soon),
            request("b-true", Some(&cookie), "al-noor", soon),
            request("b-late", None, "st-marys", now_ms() - 1),
        ];
        let answers = relays::ask_many(&client, "trust-2", &batch).await;
        // One more than a relay sends at once: none of it is taken.
        let crowd: Vec<Request> = (0..=assembly::link::MOST_AT_ONCE)
            .map(|n| request(&format!("crowd-{n}"), None, "al-noor", soon))
            .collect();
        let too_many = relays::ask_many(&client, "trust-2", &crowd).await;
        let unreadable = relays::ask_bytes(&client, "trust-2", b"[{\"id\": 7}]".to_vec()).await;
        // A change alone is still answered alone.
        let one = relays::ask_bytes(
            &client,
            "trust-2",
            serde_json::to_vec(&request("alone", None, "al-noor", soon)).unwrap(),
        )
        .await;
        (answers, too_many, unreadable, one)
    });
    let kinds: Vec<&str> = answers
        .as_array()
        .unwrap_or_else(|| panic!("an array: {answers}"))
        .iter()
        .map(|reply| reply["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["unknown_device", "done", "done", "denied", "denied"],
        "{answers}"
    );
    assert_eq!(answers[1]["applied"], true, "{answers}");
    assert_eq!(too_many["type"], "denied", "{too_many}");
    assert!(
        too_many["message"]
            .as_str()
            .unwrap()
            .contains("at most 256"),
        "{too_many}"
    );
    assert_eq!(unreadable["type"], "unavailable", "{unreadable}");
    assert_eq!(one["type"], "done", "{one}");
    let state = venue.get("/api/state").json();
    assert_eq!(state["turnout"]["phones"], 3, "{}", state["turnout"]);
    assert_eq!(counted(venue, "st-marys"), 2, "{}", state["turnout"]);
    assert_eq!(counted(venue, "gurdwara"), 0, "{}", state["turnout"]);
    assert_eq!(counted(venue, "al-noor"), 1, "{}", state["turnout"]);
}

/// Publish a screen message as event `seq` of assembly `id`, with the
/// venue's NATS password (the attacker stole more than a relay's).
fn forge(nats: &Nats, id: &str, seq: u64) {
    runtime().block_on(async {
        let client = relays::client(nats, VENUE).await;
        let js = async_nats::jetstream::new(client);
        js.publish(Names::new(id).event(), evacuate(seq).into())
            .await
            .unwrap()
            .await
            .unwrap();
    });
}

/// Wait until `relay`'s `/healthz` says its link stopped; what it says.
fn stopped(relay: &Server) -> String {
    poll(SOON, Duration::from_millis(50), || {
        stopped_link(&relay.get("/healthz"))
    })
}

/// What a relay's `/healthz` answer says of its link if it says the link
/// stopped; otherwise the whole answer, for the test to tell.
fn stopped_link(health: &common::Response) -> Result<String, String> {
    match health.json()["link"].as_str() {
        Some(link) if health.status != 200 && link.starts_with("stopped:") => Ok(link.to_owned()),
        _ => Err(format!(
            "the relay's health says {} {}",
            health.status, health.body
        )),
    }
}

/// Wait until the venue's `/healthz` says its relays are cut off, and why;
/// what it says of them.
fn venue_cut_off(venue: &Server) -> serde_json::Value {
    poll(SOON, Duration::from_millis(50), || {
        let relays = venue.get("/healthz").json()["relays"].clone();
        if relays["linked"] == false && relays["reason"].is_string() {
            return Ok(relays);
        }
        Err(format!("the venue says {relays}"))
    })
}

/// A venue and its relay for assembly `id`, started, with the relay
/// caught up; and the seq it caught up to.
fn started(id: &str) -> (Linked, u64) {
    let hall = Linked::start(id);
    hall.venue.must(r#"{"cmd":"start"}"#);
    let seq = seq_of(&hall.venue);
    reaches(&hall.east, seq, SOON);
    (hall, seq)
}

#[test]
fn a_forged_event_in_a_quiet_hall_stops_relays_within_seconds() {
    let (hall, seq) = started("trust-4");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    forge(nats, "trust-4", seq + 1);
    // The chair does nothing: the hall's heartbeats never reach it.
    let link = stopped(east);
    assert!(
        link.contains(&format!("event {}", seq + 1)) && link.contains("never made"),
        "{link}"
    );
    let state = east.get("/api/state").json();
    assert_eq!(state["seq"], seq, "{state}");
    assert!(!state.to_string().contains("EVACUATE"), "{state}");
    assert_eq!(seq_of(venue), seq);
    // The venue finds it too, idle as it is.
    venue_cut_off(venue);
    // The chair carries on: the hall's own event of that number changes
    // nothing on the relay, and the venue keeps saying why.
    venue.must(r#"{"cmd":"message","to":"screen","text":"Welcome"}"#);
    // A fixed wait on purpose: the point is that nothing happens. The
    // relay is stopped, so no later event can mark when it has seen it.
    std::thread::sleep(Duration::from_millis(2500));
    assert!(stopped(east).contains(&format!("event {}", seq + 1)));
    assert_eq!(east.get("/api/state").json()["seq"], seq);
    let relays = venue.get("/healthz").json()["relays"].clone();
    assert_eq!(relays["linked"], false, "{relays}");
    assert!(relays["reason"].is_string(), "{relays}");
}

#[test]
fn a_forged_event_stops_relays_and_the_venue_says_so() {
    let (hall, seq) = started("trust-2");
    let Linked {
        nats, venue, east, ..
    } = &hall;

    // Someone with more than a relay's password publishes the next event.
    forge(nats, "trust-2", seq + 1);
    // The venue's own next event has that number.
    venue.must(r#"{"cmd":"message","to":"screen","text":"Welcome"}"#);

    let (link, relays) = poll(SOON, Duration::from_millis(50), || {
        let link = stopped_link(&east.get("/healthz"));
        let relays = venue.get("/healthz").json()["relays"].clone();
        match link {
            Ok(link) if relays["reason"].is_string() => Ok((link, relays)),
            link => Err(format!("relay: {link:?}; venue: {relays}")),
        }
    });
    // Seen twice, or seen as one the hall never made: either stops it.
    assert!(link.contains(&format!("event {}", seq + 1)), "{link}");
    assert_eq!(relays["linked"], false, "{relays}");
    // The relay shows the hall as it was before the event it cannot
    // vouch for, and tells phones it is cut off.
    let state = east.get("/api/state").json();
    assert_eq!(state["seq"], seq, "{state}");
    assert!(
        !state.to_string().contains("EVACUATE"),
        "the relay shows the forged message: {state}"
    );
    let mut phone = relays::Phone::on(east.addr, "attendee");
    phone.hall_becomes(Some("reconnecting"), SOON);
}

#[test]
fn a_forged_event_inside_a_batch_stops_relays() {
    let (hall, _) = started("trust-5");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    for text in ["Welcome", "Coffee at eleven"] {
        venue.must(&format!(
            r#"{{"cmd":"message","to":"screen","text":"{text}"}}"#
        ));
    }
    let seq = seq_of(venue);
    reaches(east, seq, SOON);
    // A batch as the venue publishes them, of the last three events, the
    // middle one forged: the true ones around it must not carry it in.
    let store = assembly::store::Store::open_existing(&venue.data).unwrap();
    let events = store.events().unwrap();
    let at = |seq: u64| serde_json::to_string(&events[seq as usize - 1]).unwrap();
    let forged = String::from_utf8(evacuate(seq - 1)).unwrap();
    let batch = format!("[{},{forged},{}]", at(seq - 2), at(seq));
    runtime().block_on(async {
        let client = relays::client(nats, VENUE).await;
        let js = async_nats::jetstream::new(client);
        js.publish(Names::new("trust-5").event(), batch.into())
            .await
            .unwrap()
            .await
            .unwrap();
    });
    let link = stopped(east);
    assert!(link.contains(&format!("event {} twice", seq - 1)), "{link}");
    // The relay shows the hall as it was before the forged event.
    let state = east.get("/api/state").json();
    assert_eq!(state["seq"], seq - 2, "{state}");
    assert!(!state.to_string().contains("EVACUATE"), "{state}");
    // The venue finds it at the stream's end, idle as it is.
    let relays = venue_cut_off(venue);
    assert!(
        relays["reason"]
            .as_str()
            .is_some_and(|r| r.contains(&format!("event {}", seq - 1))),
        "{relays}"
    );
}

/// Ten phones check in on `east` at once; their answers.
fn ten_check_ins(east: &Server) -> Vec<(u16, String)> {
    std::thread::scope(|scope| {
        let phones: Vec<_> = (0..10)
            .map(|n| {
                scope.spawn(move || {
                    std::thread::sleep(Duration::from_millis(n * 20));
                    let (answer, _) = east.check_in(None, "gurdwara");
                    (answer.status, answer.body)
                })
            })
            .collect();
        phones.into_iter().map(|p| p.join().unwrap()).collect()
    })
}

/// How many of `answers` were yes; every other must be "try again".
fn taken(answers: &[(u16, String)]) -> u64 {
    let mut taken = 0;
    for (status, body) in answers {
        if *status == 200 {
            taken += 1;
        } else {
            assert_eq!(*status, 503, "{body}");
            assert!(body.contains("reconnecting"), "{body}");
        }
    }
    taken
}

#[test]
fn a_check_in_a_relay_refused_during_an_outage_never_counts_later() {
    let mut hall = Linked::start("trust-3");
    let Linked {
        nats, venue, east, ..
    } = &mut hall;
    venue.must(r#"{"cmd":"start"}"#);

    // NATS stalls: the relay's requests wait in its socket while the
    // phones are told to try again, then NATS goes on with them.
    nats.freeze(true);
    // (A signal stops a busy process within a scheduler tick or so.)
    std::thread::sleep(Duration::from_millis(100));
    let stalled = ten_check_ins(east);
    nats.freeze(false);
    linked(east);
    // NATS goes away: the relay's client keeps what it could not send.
    nats.down();
    let cut = ten_check_ins(east);
    nats.up();
    linked(east);
    // Long enough for anything kept or stalled to arrive. A fixed wait on
    // purpose: the point is that these never count, and no event marks
    // "all late check-ins have now been dropped".
    std::thread::sleep(Duration::from_secs(3));
    let taken = taken(&stalled) + taken(&cut);
    assert_eq!(
        counted(venue, "gurdwara"),
        taken,
        "the venue counts check-ins the relay told the phone to try again"
    );
    assert!(taken <= 2, "{taken} check-ins went through a dead link");
}

#[test]
fn a_relay_listening_on_inboxes_learns_no_device_it_can_use() {
    let hall = Linked::start("trust-1");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    let rt = runtime();
    // Another relay's password, listening on every inbox it may.
    let (spy, mut heard) = rt.block_on(async {
        let spy = relays::client(nats, RELAY).await;
        let heard = spy.subscribe("_INBOX.>").await.unwrap();
        spy.flush().await.unwrap();
        (spy, heard)
    });
    let (answer, cookie) = east.check_in(None, "gurdwara");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(counted(venue, "gurdwara") >= 1);
    let overheard: Vec<String> = rt.block_on(async {
        use futures_util::StreamExt;
        let mut devices = Vec::new();
        let until = tokio::time::Instant::now() + Duration::from_secs(2);
        while let Ok(Some(message)) = tokio::time::timeout_at(until, heard.next()).await {
            if let Ok(Reply::Done {
                device: Some(device),
                ..
            }) = serde_json::from_slice(&message.payload)
            {
                devices.push(device);
            }
        }
        devices
    });
    assert!(
        !overheard.is_empty(),
        "the venue's answer with the new phone's device was not overheard"
    );
    for device in &overheard {
        assert_eq!(device_id(device), device_id(&cookie), "the same phone");
        assert_ne!(device, &cookie, "the phone's proof travelled in the clear");
        // What was overheard does not pass for the phone at the venue...
        let check_in = |device: &str, id: &str| {
            rt.block_on(ask(
                &spy,
                id,
                Change::CheckIn {
                    device: Some(device.to_owned()),
                    institution: Some("gurdwara".into()),
                },
                now_ms() + 5_000,
            ))
        };
        let reply = check_in(device, "overheard-1");
        assert!(
            matches!(reply, Reply::UnknownDevice),
            "an overheard device was taken: {reply:?}"
        );
        // ...while the phone's own cookie does.
        let reply = check_in(&cookie, "own-1");
        assert!(matches!(reply, Reply::Done { .. }), "{reply:?}");
    }
}

#[test]
fn credentials_in_the_nats_address_are_used_as_the_readme_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    let nats = Nats::start(&dir.path().join("nats"));
    let port = nats.url().rsplit(':').next().unwrap().to_owned();
    let with = |user: (&str, &str)| format!("nats://{}:{}@127.0.0.1:{port}", user.0, user.1);
    let venue = Server::start_with(
        &dir.path().join("data"),
        None,
        "127.0.0.1:0",
        &["--nats", &with(VENUE), "--assembly", "trust-url"],
    );
    let mut binary = std::process::Command::new(common::binary());
    binary
        .args(["relay", "--bind", "127.0.0.1:0", "--assembly", "trust-url"])
        .args(["--nats", &with(RELAY)])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "assembly=warn")
        .stdout(std::process::Stdio::piped());
    let (east, _) = Server::launch(binary, dir.path());
    linked(&east);
    let health = venue.get("/healthz").json();
    assert_eq!(health["relays"]["linked"], true, "{health}");
}
