//! Plan parsing (being written).
