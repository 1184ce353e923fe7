//! 7-Zip's key derivation for AES-256: one SHA-256 over `2^cycles` copies of
//! `salt ‖ password (UTF-16LE) ‖ counter (8 bytes, little endian)` ([`kdf_message`]).
//! [`Rounds`] hashes it a number of rounds at a time, so a page can yield to its event loop
//! between steps (no long task on the main thread); [`derive_key`] is the one-pass form.
//!
//! Not WebCrypto: one `crypto.subtle.digest` over the ~30 MB message would be one call, and
//! Chromium ran it on the main thread as one long task (BENCHMARKS.md, "Main thread"), with the
//! message (the password repeated 2^19 times) copied into JavaScript.

use crate::formats::derive::{Derivation, Request};
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

/// The key a writer with this salt needs (at [`CYCLES_POWER`] rounds), to derive in steps.
pub fn key_request(password: &str, salt: &[u8]) -> Request {
    Request::new(
        password,
        Derivation::SevenZ {
            salt: salt.to_vec(),
            cycles: CYCLES_POWER,
        },
    )
}

fn rounds(cycles_power: u8) -> u64 {
    1u64 << cycles_power.min(24)
}

/// The whole message whose SHA-256 is the key (about 30 MB for a 19-character password at 2^19
/// rounds): the definition [`Rounds`] hashes without building it (tests compare the two).
pub fn kdf_message(password: &str, salt: &[u8], cycles_power: u8) -> Zeroizing<Vec<u8>> {
    let unit = unit(password, salt);
    let mut message = Zeroizing::new(Vec::with_capacity(
        (unit.len() + 8) * rounds(cycles_power) as usize,
    ));
    for i in 0..rounds(cycles_power) {
        message.extend_from_slice(&unit);
        message.extend_from_slice(&i.to_le_bytes());
    }
    message
}

/// The key computed here with `sha2`, a number of rounds at a time.
pub struct Rounds {
    unit: Zeroizing<Vec<u8>>,
    hash: Sha256,
    done: u64,
    total: u64,
}

impl Rounds {
    pub fn new(password: &str, salt: &[u8], cycles_power: u8) -> Rounds {
        Rounds {
            unit: unit(password, salt),
            hash: Sha256::new(),
            done: 0,
            total: rounds(cycles_power),
        }
    }

    /// Hashes the next `count` rounds; true once every round is hashed.
    pub fn run(&mut self, count: u64) -> bool {
        let to = self.done.saturating_add(count).min(self.total);
        for i in self.done..to {
            self.hash.update(&self.unit[..]);
            self.hash.update(i.to_le_bytes());
        }
        self.done = to;
        self.done == self.total
    }

    /// The key (every round must have run: [`Rounds::run`] returned true).
    pub fn key(self) -> Zeroizing<[u8; 32]> {
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&self.hash.finalize());
        key
    }
}

/// The key, computed here in one pass (the same value as SHA-256 of [`kdf_message`]).
pub fn derive_key(password: &str, salt: &[u8], cycles_power: u8) -> Zeroizing<[u8; 32]> {
    let mut rounds = Rounds::new(password, salt, cycles_power);
    rounds.run(u64::MAX);
    rounds.key()
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

    #[test]
    fn hashed_in_steps_it_is_the_same_key() {
        let mut rounds = Rounds::new("geheim", &[9; 16], 10);
        let mut steps = 0;
        while !rounds.run(100) {
            steps += 1;
        }
        assert_eq!(steps, 1024 / 100);
        assert_eq!(rounds.key(), derive_key("geheim", &[9; 16], 10));
    }
}
