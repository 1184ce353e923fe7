//! The Agile key derivation: the password hashed with its salt and 100,000 rounds of SHA-512,
//! then one more round with a block key, cut to the 32 bytes of an AES-256 key; and the IVs of
//! the segments and of the integrity fields.

use sha2::{Digest, Sha512};
use zeroize::Zeroizing;

/// H_n of MS-OFFCRYPTO 2.3.4.11: SHA-512 of salt ‖ password (UTF-16LE), then `spin` rounds of
/// SHA-512(i as u32 LE ‖ H).
pub fn password_hash(password: &str, salt: &[u8], spin: u32) -> Zeroizing<[u8; 64]> {
    let mut hash = Sha512::new();
    hash.update(salt);
    for c in password.encode_utf16() {
        hash.update(c.to_le_bytes());
    }
    let mut h = Zeroizing::new([0u8; 64]);
    h.copy_from_slice(&hash.finalize());
    for i in 0..spin {
        let mut round = Sha512::new();
        round.update(i.to_le_bytes());
        round.update(&h[..]);
        h.copy_from_slice(&round.finalize());
    }
    h
}

/// The AES-256 key for one block key: SHA-512(H_n ‖ block key), first 32 bytes.
pub fn block_key(h: &[u8; 64], block: &[u8]) -> Zeroizing<[u8; 32]> {
    let digest = Sha512::new().chain_update(h).chain_update(block).finalize();
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&digest[..32]);
    key
}

/// An IV: SHA-512(salt ‖ block), first 16 bytes (segments use the segment number as block).
pub fn iv(salt: &[u8], block: &[u8]) -> [u8; 16] {
    let digest = Sha512::new()
        .chain_update(salt)
        .chain_update(block)
        .finalize();
    let mut iv = [0u8; 16];
    iv.copy_from_slice(&digest[..16]);
    iv
}
