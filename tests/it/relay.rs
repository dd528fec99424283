//! Relays over a real `nats-server` with JetStream: a primary (`serve
//! --nats`) and relays (`relay`), all real processes on loopback. What a
//! phone is told on a relay is true at the venue; links that break lose
//! nothing acknowledged, and everyone ends on the same `seq`.

use crate::common;

use std::time::{Duration, Instant};

use common::relays::{
    self, Linked, Nats, Phone, linked, primary, reaches, relay, relay_at, seq_of,
};
use common::{Server, device_id, poll, request, settled};

const SOON: Duration = Duration::from_secs(10);

/// How many phones the public state counts.
fn phones(server: &Server) -> u64 {
    server.get("/api/state").json()["turnout"]["phones"]
        .as_u64()
        .unwrap()
}

/// A venue and two relays, `east` and `west`, linked for assembly `id`.
fn two_relays(id: &str) -> (Linked, Server) {
    let hall = Linked::start(id);
    let west = relay(&hall.nats, id);
    linked(&west);
    (hall, west)
}

/// Every device the venue's event log holds a check-in of, read from its
/// SQLite file as `assembly export` reads it while the server runs.
fn checked_in(server: &Server) -> Vec<String> {
    let store = assembly::store::Store::open_existing(&server.data).unwrap();
    store
        .events()
        .unwrap()
        .into_iter()
        .filter_map(|envelope| match envelope.event {
            assembly::domain::Event::CheckedIn { device, .. } => Some(device),
            _ => None,
        })
        .collect()
}

#[test]
fn a_check_in_on_either_relay_is_in_the_venue_record_before_the_phone_is_answered() {
    let (hall, west) = two_relays("hall-1");
    let Linked { venue, east, .. } = &hall;

    let mut cookies = Vec::new();
    for i in 0..20 {
        let relay = if i % 2 == 0 { east } else { &west };
        let (answer, cookie) = relay.check_in(None, if i % 3 == 0 { "" } else { "gurdwara" });
        assert_eq!(answer.status, 200, "{}", answer.body);
        let seq = answer.json()["seq"].as_u64().unwrap();
        // Durable at the venue before the phone heard yes...
        assert!(
            checked_in(venue).contains(&device_id(&cookie).to_owned()),
            "check-in {i} was answered before the venue's record had it"
        );
        // ...and the very next page on the same relay shows it.
        assert!(
            seq_of(relay) >= seq,
            "the relay answered before it showed seq {seq}"
        );
        assert_eq!(phones(relay), i + 1);
        cookies.push(cookie);
    }
    assert_eq!(phones(venue), 20);

    // A device issued by one relay is the same phone on the other relay
    // and at the venue: changing institution there counts it once.
    let (moved, _) = west.check_in(Some(&cookies[0]), "st-marys");
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(moved.json()["applied"], true);
    let (again, _) = venue.check_in(Some(&cookies[0]), "st-marys");
    assert_eq!(
        again.json()["applied"],
        false,
        "the venue knows the relay's phone"
    );
    assert_eq!(phones(venue), 20);
    // A forged cookie is a new phone everywhere, never someone else.
    let forged = format!("{}.{}", device_id(&cookies[1]), "0".repeat(64));
    let (forgery, issued) = east.check_in(Some(&forged), "st-marys");
    assert_eq!(forgery.status, 200);
    assert_ne!(device_id(&issued), device_id(&cookies[1]));
    assert_eq!(phones(venue), 21);

    // A refusal from the venue reaches the phone with its code.
    let refused = east.check_in(Some(&cookies[2]), "no-such-place").0;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(refused.json()["refusal"].is_string(), "{}", refused.body);
    let closed = east.pledge(&cookies[3], "action-teams", "yes");
    assert_eq!(closed.json()["refusal"], "pledge_closed", "{}", closed.body);

    // A pledge through a relay, from a phone the other relay issued.
    venue.must(r#"{"cmd":"start"}"#);
    venue.must(r#"{"cmd":"goto","item":12}"#);
    let pledged = west.pledge(&cookies[4], "action-teams", "yes");
    assert_eq!(pledged.status, 200, "{}", pledged.body);
    let store = assembly::store::Store::open_existing(&venue.data).unwrap();
    let last = store.events().unwrap().pop().unwrap();
    assert_eq!(
        last.event,
        assembly::domain::Event::Pledged {
            device: device_id(&cookies[4]).to_owned(),
            pledge: "action-teams".into(),
            yes: true,
        }
    );
}

#[test]
fn phones_on_both_relays_and_at_the_venue_converge_on_the_final_seq() {
    let (hall, west) = two_relays("hall-2");
    let Linked { venue, east, .. } = &hall;
    let mut phones: Vec<Phone> = [venue, east, &west]
        .iter()
        .flat_map(|s| {
            ["attendee", "screen", "stage", "attendee"].map(|role| Phone::on(s.addr, role))
        })
        .collect();
    venue.must(r#"{"cmd":"start"}"#);
    for step in 0..30 {
        match step % 3 {
            0 => {
                venue.must(r#"{"cmd":"next"}"#);
            }
            1 => {
                east.check_in(None, "gurdwara");
                west.check_in(None, "st-marys");
            }
            _ => {
                venue.must(&format!(
                    r#"{{"cmd":"message","to":"screen","text":"step {step}"}}"#
                ));
            }
        }
        for phone in &mut phones {
            phone.pump();
        }
    }
    let last = seq_of(venue);
    let expected = settled(venue.state_at(last));
    for phone in &mut phones {
        phone.reaches(last, SOON);
        let state = settled(phone.last.clone().unwrap());
        if state.get("message") == expected.get("message") {
            assert_eq!(state["turnout"], expected["turnout"]);
            assert_eq!(state["current"], expected["current"]);
        }
    }
    for relay in [east, &west] {
        assert_eq!(settled(relay.state_at(last)), expected);
    }
}

#[test]
fn a_relay_serves_the_public_and_never_the_chair() {
    let hall = Linked::start("hall-3");
    let Linked { venue, east, .. } = &hall;
    for path in [
        "/join",
        "/screen",
        "/stage",
        "/overlay",
        "/api/state",
        "/api/plan",
        "/healthz",
    ] {
        assert_eq!(east.get(path).status, 200, "{path}");
    }
    let auth = format!("Bearer {}", common::KEY);
    for path in [
        "/chair",
        "/chair?key=integration-test-chair-key",
        "/setup",
        "/follow-up",
        "/report",
        "/export/record.json",
        "/api/plan/draft",
    ] {
        let answer = request(east.addr, "GET", path, &[("Authorization", &auth)], "");
        assert_eq!(answer.status, 404, "{path} is served by a relay");
    }
    let command = request(
        east.addr,
        "POST",
        "/api/command",
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
        ],
        r#"{"cmd":"start"}"#,
    );
    assert!(
        matches!(command.status, 404 | 405),
        "a relay took a chair command: {}",
        command.status
    );
    let socket = tokio_tungstenite::tungstenite::connect(format!(
        "ws://{}/ws?role=chair&key={}",
        east.addr,
        common::KEY
    ));
    assert!(socket.is_err(), "a relay opened a chair socket");
    assert_eq!(seq_of(venue), 0, "nothing reached the venue");
    // The relay's home is the way in for phones.
    let home = east.get("/");
    assert_eq!(home.status, 303);
    assert_eq!(home.header("location"), Some("/join"));
}

#[test]
fn killing_a_relay_and_restarting_nats_lose_nothing_acknowledged() {
    let (mut hall, west) = two_relays("hall-4");
    let Linked {
        nats, venue, east, ..
    } = &mut hall;
    let mut acknowledged = Vec::new();
    let mut take = |server: &Server| {
        let (answer, cookie) = server.check_in(None, "gurdwara");
        if answer.status == 200 {
            acknowledged.push(device_id(&cookie).to_owned());
        }
        answer.status
    };
    for _ in 0..10 {
        take(east);
        take(&west);
    }
    // A relay killed and started again catches up from the stream alone.
    let bind = east.addr.to_string();
    east.kill();
    venue.must(r#"{"cmd":"start"}"#);
    take(&west);
    *east = relay_at(nats, "hall-4", &bind);
    linked(east);
    take(east);
    // NATS restarts: its stream survives, links come back by themselves.
    nats.down();
    venue.must(r#"{"cmd":"next"}"#);
    take(venue);
    nats.up();
    linked(east);
    linked(&west);
    take(east);
    take(&west);
    let last = seq_of(venue);
    reaches(east, last, SOON);
    reaches(&west, last, SOON);
    let record = checked_in(venue);
    for device in &acknowledged {
        assert!(record.contains(device), "acknowledged {device} was lost");
    }
    assert_eq!(phones(venue), acknowledged.len() as u64);
    assert_eq!(phones(east), acknowledged.len() as u64);
    assert_eq!(phones(&west), acknowledged.len() as u64);
}

#[test]
fn ten_seconds_without_nats_refuse_relay_check_ins_and_the_hall_carries_on() {
    let mut hall = Linked::start("hall-5");
    let Linked {
        nats, venue, east, ..
    } = &mut hall;
    let mut phone = Phone::on(east.addr, "attendee");
    let mut screen = Phone::on(venue.addr, "screen");
    venue.must(r#"{"cmd":"start"}"#);
    east.check_in(None, "gurdwara");
    phone.reaches(seq_of(venue), SOON);
    assert_eq!(phone.hall, None);

    // The venue's server says how its link to the relays stands.
    poll(SOON, Duration::from_millis(20), || {
        let relays = venue.get("/healthz").json()["relays"].clone();
        if relays["linked"] == true && relays["published"] == seq_of(venue) {
            return Ok(());
        }
        Err(format!("the venue's health says {relays}"))
    });

    nats.down();
    let cut = Instant::now();
    phone.hall_becomes(Some("reconnecting"), SOON);
    let health = east.get("/healthz");
    assert_eq!(health.status, 503, "{}", health.body);
    let mut venue_took = 0;
    let mut refused = 0;
    while cut.elapsed() < Duration::from_secs(10) {
        // The hall's own devices carry on...
        venue.must(r#"{"cmd":"extend","seconds":5}"#);
        if venue.check_in(None, "st-marys").0.status == 200 {
            venue_took += 1;
        }
        // ...and the relay says no rather than half-accepting.
        let (answer, _) = east.check_in(None, "gurdwara");
        assert_eq!(answer.status, 503, "{}", answer.body);
        assert_eq!(answer.json()["refusal"], "reconnecting");
        refused += 1;
        screen.pump();
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(venue_took >= 10 && refused >= 10);
    let health = venue.get("/healthz");
    assert_eq!(health.status, 200, "the hall is fine without NATS");
    assert_eq!(health.json()["relays"]["linked"], false, "{}", health.body);
    let during = seq_of(venue);
    screen.reaches(during, SOON);

    nats.up();
    linked(east);
    phone.hall_becomes(None, SOON);
    phone.reaches(during, SOON);
    let (answer, _) = east.check_in(None, "gurdwara");
    assert_eq!(answer.status, 200, "{}", answer.body);
    let last = seq_of(venue);
    reaches(east, last, SOON);
    let relays = venue.get("/healthz").json()["relays"].clone();
    assert_eq!(relays["linked"], true, "{relays}");
    assert_eq!(phones(venue), 2 + venue_took);
    assert_eq!(settled(east.state_at(last)), settled(venue.state_at(last)));
}

/// A record of `count` check-ins in `data`, written as the venue's server
/// would; its events.
fn record_of_check_ins(data: &std::path::Path, count: usize) -> Vec<assembly::domain::Envelope> {
    use std::sync::Arc;

    use assembly::domain::{Command, Envelope, State};
    use assembly::store::Store;

    let mut store = Store::open(data).unwrap();
    let plan = assembly::plan::demo();
    store.save_plan(&plan).unwrap();
    let ids: Vec<String> = plan.institutions.iter().map(|i| i.id.to_string()).collect();
    let mut state = State::new(Arc::new(plan));
    let mut log = Vec::new();
    for i in 0..count {
        let command = Command::CheckIn {
            device: format!("{i:032x}"),
            institution: Some(ids[i % ids.len()].clone()),
        };
        let event = state.decide(&command, None, None).unwrap().unwrap();
        let envelope = Envelope {
            seq: state.seq + 1,
            at: 1_790_000_000_000 + i as i64,
            id: None,
            event,
        };
        state.apply(&envelope);
        log.push(envelope);
    }
    store.append(&log).unwrap();
    log
}

/// How many messages assembly `id`'s stream holds.
fn messages_in_stream(nats: &Nats, id: &str) -> u64 {
    use common::relays::{VENUE, client, runtime};
    runtime().block_on(async {
        let js = async_nats::jetstream::new(client(nats, VENUE).await);
        let mut stream = js
            .get_stream(assembly::link::Names::new(id).stream())
            .await
            .unwrap();
        stream.info().await.unwrap().state.messages
    })
}

#[test]
fn a_relay_started_after_ten_thousand_events_catches_up() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A record of 10,000 check-ins, written as the venue's server would.
    record_of_check_ins(&data, 10_000);
    let nats = Nats::start(&dir.path().join("nats"));
    let venue = primary(&data, &nats, "hall-6");
    assert_eq!(seq_of(&venue), 10_000);
    // The stream has the log in batches of 512 events: the base, then 20
    // messages (19 of 512 and one of 272), not one message per event.
    poll(SOON, Duration::from_millis(50), || {
        match venue.get("/healthz").json()["relays"]["published"].as_u64() {
            Some(10_000) => Ok(()),
            other => Err(format!("the venue published up to {other:?}")),
        }
    });
    assert_eq!(messages_in_stream(&nats, "hall-6"), 1 + 20);
    let started = Instant::now();
    let late = relay(&nats, "hall-6");
    reaches(&late, 10_000, Duration::from_secs(30));
    let caught_up = started.elapsed();
    linked(&late);
    assert_eq!(phones(&late), 10_000);
    assert_eq!(
        settled(late.state_at(10_000)),
        settled(venue.state_at(10_000))
    );
    println!("a relay caught up 10,000 events in {caught_up:?}");

    // With the venue's server gone, a new relay still rebuilds the state
    // from the stream alone, and says it cannot reach the hall.
    let expected = settled(late.state_at(10_000));
    drop(venue);
    let alone = relay(&nats, "hall-6");
    reaches(&alone, 10_000, Duration::from_secs(30));
    assert_eq!(settled(alone.state_at(10_000)), expected);
    poll(SOON, Duration::from_millis(100), || {
        match alone.get("/healthz").status {
            503 => Ok(()),
            _ => Err("a relay without the hall says it is linked".into()),
        }
    });
    let (answer, _) = alone.check_in(None, "gurdwara");
    assert_eq!(answer.json()["refusal"], "reconnecting", "{}", answer.body);
}

#[test]
fn a_forwarded_change_sent_again_after_a_timeout_never_counts_twice() {
    use assembly::link::{Change, Reply};
    use common::relays::{RELAY, ask, client, now_ms, runtime};

    // A relay's phone, its device issued and signed by the venue.
    let hall = Linked::start("hall-7");
    let Linked {
        nats, venue, east, ..
    } = &hall;
    let (_, cookie) = east.check_in(None, "");
    let replies = runtime().block_on(async {
        let client = client(nats, RELAY).await;
        let send = |id: &'static str, institution: &str| {
            let change = Change::CheckIn {
                device: Some(cookie.clone()),
                institution: Some(institution.into()),
            };
            ask(&client, "hall-7", id, change, now_ms() + 5000, None)
        };
        // The phone moves to the gurdwara; its relay times out and sends
        // the same request again, but only after the phone moved on.
        let first = send("move-1", "gurdwara").await;
        let second = send("move-2", "st-marys").await;
        let retry = send("move-1", "gurdwara").await;
        [first, second, retry]
    });
    let applied: Vec<bool> = replies
        .iter()
        .map(|reply| match reply {
            Reply::Done { applied, .. } => *applied,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(applied, [true, true, false], "{replies:?}");
    let state = venue.get("/api/state").json();
    assert_eq!(
        state["turnout"]["checked_in"]["st-marys"], 1,
        "the late retry moved the phone back"
    );
    assert_eq!(state["turnout"]["checked_in"]["gurdwara"], 0);
    assert_eq!(state["turnout"]["phones"], 1);
}

#[test]
fn a_relay_stays_linked_through_a_long_surge_of_check_ins() {
    let hall = Linked::start("hall-8");
    let Linked { venue, east, .. } = &hall;
    let addr = venue.addr;
    let surge = std::thread::spawn(move || {
        let started = Instant::now();
        let mut sent = 0u64;
        while started.elapsed() < Duration::from_secs(8) {
            let answer = request(
                addr,
                "POST",
                "/join",
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Accept", "application/json"),
                ],
                "institution=gurdwara",
            );
            assert_eq!(answer.status, 200);
            sent += 1;
        }
        sent
    });
    let mut checks = 0;
    while !surge.is_finished() {
        let health = east.get("/healthz");
        assert_eq!(
            health.status, 200,
            "the relay lost the hall mid-surge: {}",
            health.body
        );
        checks += 1;
        std::thread::sleep(Duration::from_millis(100));
    }
    let sent = surge.join().unwrap();
    assert!(
        checks > 40 && sent > 100,
        "{checks} checks, {sent} check-ins"
    );
    reaches(east, seq_of(venue), SOON);
    assert_eq!(phones(east), sent);
}

#[test]
fn a_relay_reads_an_older_primarys_one_event_messages_then_todays_batches() {
    use assembly::link::{Base, Names};
    use async_nats::jetstream::{self, message::PublishMessage, stream};
    use common::relays::{VENUE, client, runtime};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let log = record_of_check_ins(&data, 3_100);
    let nats = Nats::start(&dir.path().join("nats"));
    // The stream as a primary of the version before batches left it: its
    // base, then the first 100 events one message each.
    let names = Names::new("hall-9");
    runtime().block_on(async {
        let js = jetstream::new(client(&nats, VENUE).await);
        js.create_stream(stream::Config {
            name: names.stream(),
            subjects: vec![names.log()],
            storage: stream::StorageType::File,
            duplicate_window: Duration::from_secs(120),
            ..Default::default()
        })
        .await
        .unwrap();
        let base = Base {
            plan: assembly::plan::demo(),
        };
        let base = serde_json::to_vec(&base).unwrap();
        js.publish(names.base(), base.into())
            .await
            .unwrap()
            .await
            .unwrap();
        for (i, envelope) in log[..100].iter().enumerate() {
            let publish = PublishMessage::build()
                .payload(serde_json::to_vec(envelope).unwrap().into())
                .message_id(format!("event-{}", envelope.seq))
                .expected_last_sequence(i as u64 + 1);
            js.send_publish(names.event(), publish)
                .await
                .unwrap()
                .await
                .unwrap();
        }
    });
    // Today's primary goes on from event 101, in batches of 512 events.
    let venue = primary(&data, &nats, "hall-9");
    poll(SOON, Duration::from_millis(50), || {
        let relays = venue.get("/healthz").json()["relays"].clone();
        match relays["published"].as_u64() {
            Some(3_100) if relays["linked"] == true => Ok(()),
            _ => Err(format!("the venue says {relays}")),
        }
    });
    assert_eq!(
        messages_in_stream(&nats, "hall-9"),
        1 + 100 + 6,
        "the base, 100 one-event messages, then 3,000 events in 5 batches of 512 and one of 440"
    );
    // A relay reads both kinds and ends where the venue is.
    let east = relay(&nats, "hall-9");
    reaches(&east, 3_100, SOON);
    linked(&east);
    assert_eq!(phones(&east), 3_100);
    assert_eq!(
        settled(east.state_at(3_100)),
        settled(venue.state_at(3_100))
    );
    // And what comes next, through the relay itself.
    let (answer, _) = east.check_in(None, "gurdwara");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["seq"], 3_101);
    assert_eq!(seq_of(&east), 3_101);
}

#[test]
fn a_desk_feeds_relays_whichever_assembly_is_live() {
    use assembly::home::{Home, New};
    let dir = tempfile::tempdir().unwrap();
    let nats = Nats::start(&dir.path().join("nats"));
    let home = dir.path().join("home");
    let made = Home::open(&home).unwrap();
    let new = |title: &str, day: &str| {
        made.create(&New {
            title: title.into(),
            day: Some(day.into()),
            ..New::default()
        })
        .unwrap()
    };
    let (spring, autumn) = (new("Spring", "2026-03-14"), new("Autumn", "2026-10-10"));
    let (desk, told) = relays::desk(&home, &nats, &spring);
    assert!(told.contains("Relays follow the live assembly"), "{told}");
    let east = relay(&nats, &spring);
    linked(&east);
    let seq = desk.must(r#"{"cmd":"start"}"#);
    reaches(&east, seq, Duration::from_secs(10));
    assert_eq!(east.get("/api/state").json()["phase"], "running");

    // Another assembly live: its own stream feeds its own relays.
    let go = |id: &str| {
        let origin = desk.url("");
        desk.chair_request(
            "POST",
            "/desk/live",
            &[
                ("Origin", origin.as_str()),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            &format!("id={id}&then=&confirm=yes"),
        )
    };
    assert_eq!(go(&autumn).status, 303);
    let west = relay(&nats, &autumn);
    linked(&west);
    let seq = desk.must(r#"{"cmd":"start"}"#);
    reaches(&west, seq, Duration::from_secs(10));
    assert_eq!(west.get("/api/plan").json()["assembly"]["title"], "Autumn");

    // And back: the first one's stream carries on where it was.
    assert_eq!(go(&spring).status, 303);
    let seq = desk.must(r#"{"cmd":"next"}"#);
    reaches(&east, seq, Duration::from_secs(10));
    assert_eq!(seq_of(&west), 1, "the autumn relay saw nothing of spring");
}

#[test]
fn a_relay_shows_a_report_back_as_the_hall_does() {
    let dir = tempfile::tempdir().unwrap();
    let nats = Nats::start(&dir.path().join("nats"));
    let home = dir.path().join("home");
    let (first, second) = crate::report_back::home_of_two(&home);
    let (desk, _) = relays::desk(&home, &nats, &second);
    let east = relay(&nats, &second);
    linked(&east);
    desk.must(r#"{"cmd":"start"}"#);
    let seq = desk.must(r#"{"cmd":"next"}"#);
    reaches(&east, seq, SOON);
    let same = |want: &str| {
        poll(SOON, Duration::from_millis(50), || {
            let hall = desk.get("/api/state").json()["report_back"].clone();
            let here = east.get("/api/state").json()["report_back"].clone();
            match hall.as_array() {
                Some(list) if !list.is_empty() && here == hall && list[0]["status"] == want => {
                    Ok(())
                }
                _ => Err(format!("the relay shows {here}, the hall {hall}")),
            }
        })
    };
    same("in_progress");
    // A status said on stage reaches the relay's phones' state as the hall's.
    desk.must(
        &serde_json::json!({"cmd": "follow_up", "assembly": first, "ask": "inspections",
                            "holder": "leader", "status": "achieved"})
        .to_string(),
    );
    same("achieved");
}
