//! `assembly relay`: serve the public pages and sockets of an assembly
//! whose primary runs elsewhere (at the venue), following its log through
//! NATS JetStream. A relay writes nothing of its own: its state is the
//! stream folded by the same `State::apply`, and the phones' changes are
//! forwarded to the primary and answered once it has committed them.

use std::sync::Arc;

use crate::hub::Hub;
use crate::link::{self, Names, NatsOptions};
use crate::server::{self, Public};
use crate::web;

/// `assembly relay`: every flag is also an `ASSEMBLY_*` variable.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    #[command(flatten)]
    pub public: Public,
    #[command(flatten)]
    pub link: NatsOptions,
    /// The assembly to follow: the id `assembly serve --nats` printed.
    #[arg(long, env = "ASSEMBLY_ID", value_name = "ID")]
    pub assembly: Option<String>,
}

pub async fn run(options: Options) -> Result<(), String> {
    options.public.check()?;
    let Some(url) = options.link.nats.clone() else {
        return Err(
            "a relay follows the venue's server through NATS: give --nats URL \
             (the same as `assembly serve --nats URL` was given)"
                .into(),
        );
    };
    let Some(id) = options.assembly.clone() else {
        return Err(
            "give --assembly ID: the id `assembly serve --nats` printed when it \
             started (it is kept in the venue's data dir)"
                .into(),
        );
    };
    link::check_id(&id)?;
    server::warn_file_limit();
    let names = Names::new(&id);
    let client = link::connect(&options.link, &url, "assembly relay", true).await?;
    println!("following assembly {id} through NATS at {url}: waiting for the hall's record");
    let js = async_nats::jetstream::new(client.clone());
    let base = tokio::select! {
        base = link::relay::base(&js, &names) => base,
        () = server::shutdown_signal() => return Ok(()),
    };
    let listener = options.public.listen().await?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let clock = link::forward::VenueClock::default();
    let feed = link::relay::follow(client.clone(), names.clone(), clock.clone());
    let upstream = Arc::new(link::forward::NatsUpstream::new(client, &names, clock));
    let hub = Hub::follow(Arc::new(base.plan), feed, upstream);
    // Nobody knows this key: the chair never steers through a relay.
    let settings = options
        .public
        .settings(local, web::random_hex(32), None, true);
    let public = settings.public_url.clone();
    println!("Relay of assembly {id}: {}", hub.plan().assembly.title);
    println!("listening on http://{local}");
    println!("following the hall through NATS at {url}");
    println!("Attendees check in at: {public}/join");
    println!("Projector for a second room: {public}/screen");
    println!("Press Ctrl-C to stop; the record stays with the venue's server.");
    crate::i18n::load_all();
    web::serve(listener, hub, settings, server::shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("stopped");
    Ok(())
}
