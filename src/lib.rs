//! `assembly` runs an accountability assembly live, from one binary.
pub mod domain;
pub mod plan;
pub mod store;
pub mod view;
