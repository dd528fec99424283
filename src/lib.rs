//! `assembly` runs an accountability assembly live, from one binary.
pub mod domain;
pub mod hub;
pub mod plan;
pub mod protocol;
pub mod record;
pub mod rehearse;
pub mod report;
pub mod server;
pub mod store;
pub mod view;
pub mod web;
