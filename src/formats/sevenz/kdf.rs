//! 7-Zip's key derivation for AES-256: one SHA-256 over `2^cycles` copies of
//! `salt ‖ password (UTF-16LE) ‖ counter (8 bytes, little endian)`. Because it is one hash over
//! one long message, the browser's WebCrypto digest can compute it at native speed from
//! [`kdf_message`]; [`derive_key`] computes the same with the `sha2` crate (native, fallback).

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// 7-Zip's default: 2^19 rounds (the `sevenz-rust2` crate's 2^8 is 2048 times weaker).
pub const CYCLES_POWER: u8 = 19;

fn unit(password: &str, salt: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut unit = Zeroizing::new(Vec::with_capacity(salt.len() + password.len() * 2 + 8));
    unit.extend_from_slice(salt);
    for c in password.encode_utf16() {
        unit.extend_from_slice(&c.to_le_bytes());
    }
    unit
}

/// The whole message whose SHA-256 is the key (about 30 MB for a 19-character password at 2^19
/// rounds): what the browser hands to `crypto.subtle.digest('SHA-256', …)`.
pub fn kdf_message(password: &str, salt: &[u8], cycles_power: u8) -> Zeroizing<Vec<u8>> {
    let unit = unit(password, salt);
    let rounds = 1usize << cycles_power.min(24);
    let step = unit.len() + 8;
    // One allocation, filled in place (about 30 MB at 2^19 rounds).
    let mut message = Zeroizing::new(vec![0u8; step * rounds]);
    for (i, chunk) in message.chunks_exact_mut(step).enumerate() {
        let (text, counter) = chunk.split_at_mut(unit.len());
        text.copy_from_slice(&unit);
        counter.copy_from_slice(&(i as u64).to_le_bytes());
    }
    message
}

/// The key, computed here (the same value as SHA-256 of [`kdf_message`]).
pub fn derive_key(password: &str, salt: &[u8], cycles_power: u8) -> Zeroizing<[u8; 32]> {
    let unit = unit(password, salt);
    let mut hash = Sha256::new();
    for i in 0..(1u64 << cycles_power.min(24)) {
        hash.update(&unit[..]);
        hash.update(i.to_le_bytes());
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&hash.finalize());
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_hashes_to_the_key() {
        let message = kdf_message("geheim", &[1, 2, 3], 6);
        let digest = Sha256::digest(&message[..]);
        assert_eq!(&digest[..], &derive_key("geheim", &[1, 2, 3], 6)[..]);
        assert_eq!(message.len(), (3 + 12 + 8) << 6);
    }
}
