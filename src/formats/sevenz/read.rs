//! Reads `.7z` archives (see `mod.rs`).
