//! A Word document with a password: ECMA-376 Agile encryption (MS-OFFCRYPTO 2.3.4.10–15) —
//! AES-256-CBC, SHA-512, spin count 100,000, 4096-byte segments and the data-integrity HMAC — in
//! an OLE compound file with the `\x06DataSpaces` storage Word expects (written by
//! [`crate::formats::compound`], read with the `cfb` crate ≥ 0.16).
//! Word and LibreOffice open it after asking the password; no other program is needed.
//!
//! Our own code, not the `ms-offcrypto-writer` crate: that crate pins `cfb` 0.10, which calls
//! `SystemTime::now` and panics on wasm32; the Agile scheme is a page of hashing on the design
//! card's `aes` and `sha2` crates, and the reader needs the same code the other way round.

pub mod base64;
pub mod keys;
pub mod read;
pub mod write;

pub use read::{decrypt, decrypt_with, AgileError};
pub use write::{encrypt, encrypt_with_hash, Randomness};

/// The spin count of the password hash (Office's default).
pub const SPIN_COUNT: u32 = 100_000;
/// Plaintext segment size of the EncryptedPackage stream.
pub const SEGMENT: usize = 4096;

/// The block keys of MS-OFFCRYPTO 2.3.4.11–13.
pub const BLOCK_VERIFIER_INPUT: [u8; 8] = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
pub const BLOCK_VERIFIER_VALUE: [u8; 8] = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
pub const BLOCK_KEY_VALUE: [u8; 8] = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];
pub const BLOCK_HMAC_KEY: [u8; 8] = [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6];
pub const BLOCK_HMAC_VALUE: [u8; 8] = [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33];
