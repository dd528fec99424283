//! Every integration test in one binary, so a change links once: one
//! module per concern, sharing `common` (the real binary on port 0, a
//! plain HTTP client, the browser driver).
//!
//! Tests that need a real process boundary start the binary; the rest
//! talk to it over 127.0.0.1 too. Browser tests are the `hall_*`
//! modules and `browser`.

mod access;
mod api;
mod assets;
mod bodies;
mod brake;
mod browser;
mod cli;
mod codes;
mod commitments;
mod common;
mod crash;
mod deploy;
mod desk;
mod docs;
mod errors;
mod faults;
mod flat;
mod follow_up;
mod fresh;
mod hall_chair;
mod hall_chair_lang;
mod hall_commitments;
mod hall_desk;
mod hall_drawn_once;
mod hall_follow_up;
mod hall_import;
mod hall_join;
mod hall_join_lang;
mod hall_join_once;
mod hall_on_stage;
mod hall_overlay;
mod hall_plan;
mod hall_plan_patch;
mod hall_plan_reach;
mod hall_relay;
mod hall_report;
mod hall_report_back;
mod hall_screen;
mod hall_screen_first;
mod hall_screen_lang;
mod hall_setup;
mod hall_setup_lang;
mod hall_stage;
mod home;
mod hostile_import;
mod identity;
mod import;
mod injection;
mod join_lang;
mod plan_change;
mod plan_history;
mod plan_lang;
mod proxy;
mod publish;
mod record;
mod record_night;
mod rehearse;
mod relay;
mod relay_trust;
mod report_back;
mod report_lang;
mod resources;
mod setup;
mod start;
mod trust;
mod xlsx;
