//! `assembly` runs an accountability assembly live, from one binary.
//!
//! A tour, following one chair tap from the tablet to every phone:
//!
//! - [`plan`] reads the organiser's TOML into a validated [`domain::Plan`],
//!   with every problem reported at its line and column.
//! - [`import`] reads spreadsheets (`.xlsx`, `.ods`, `.csv`) into a plan
//!   draft, each problem told at its sheet, row and column.
//! - [`domain`] is the pure core: [`domain::State::decide`] checks a
//!   [`domain::Command`] against the rules and returns an [`domain::Event`];
//!   [`domain::State::apply`] folds it in. No IO, no clock: time is a value.
//! - [`hub`] owns the live state. It takes commands in batches, decides and
//!   applies them, commits their events through [`store`] (SQLite, durable
//!   before any answer; a log an older version wrote is upcast to today's
//!   events as it is read), then publishes one frame per [`view::Role`].
//! - [`view`] projects the state for each role (the public never sees chair
//!   notes or an unrevealed tally); [`protocol`] is what travels on the wire.
//! - [`web`] is the axum router: pages, the JSON API (every route of it in
//!   one table, `web/api/mod.rs`), the websocket, auth and the guards of a
//!   public room. [`server`] starts it from the CLI.
//! - [`record`] and [`report`] turn the state into the record: JSON, CSV
//!   and a printable report. [`rehearse`] simulates a hall of phones.
//! - [`link`] follows the primary from public relays over NATS JetStream:
//!   `serve --nats` publishes the log and answers forwarded check-ins;
//!   [`relay`] serves the public pages from the stream (its hub is
//!   `Hub::follow`, folding the same events).
mod assets;
pub mod domain;
pub mod home;
pub mod hub;
pub mod i18n;
pub mod import;
pub mod link;
pub mod plan;
pub mod protocol;
pub mod record;
pub mod rehearse;
pub mod relay;
pub mod report;
pub mod server;
pub mod store;
pub mod view;
pub mod web;
