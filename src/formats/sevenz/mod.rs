//! 7-Zip's `.7z` format, as much of it as an encrypted referral needs: one entry, AES-256 with
//! 7-Zip's SHA-256 key derivation (2^19 rounds), encrypted header (so the listing shows nothing
//! without the password); and a bounded reader for what 7-Zip writes by default (AES-256 with
//! LZMA, LZMA2 or Copy, with or without encrypted names, one or more files).
//!
//! Why our own writer and not the `sevenz-rust2` crate: it reuses one salt+IV for the header
//! and the data, defaults to 2^8 rounds, and adds about 90 KB gzip of wasm for features (LZMA
//! compression, many codecs) a 10 KB already-deflated `.docx` does not need. The writer is the
//! container (a few hundred bytes of header, written exactly as 7-Zip writes "Copy + 7zAES"),
//! on the design card's `aes` and `sha2` crates.

mod header;
pub mod kdf;
mod number;
pub mod read;
pub mod write;

pub use kdf::{derive_key, kdf_message, key_request, Rounds, CYCLES_POWER};
pub use write::{write, Ivs};

/// The 7z signature.
pub const SIGNATURE: [u8; 6] = [b'7', b'z', 0xBC, 0xAF, 0x27, 0x1C];
/// The coder id of 7zAES.
pub const AES_CODER: [u8; 4] = [0x06, 0xF1, 0x07, 0x01];
