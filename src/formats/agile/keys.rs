//! The Agile key derivation: the password hashed with its salt and 100,000 rounds of SHA-512,
//! then one more round with a block key, cut to the 32 bytes of an AES-256 key; and the IVs of
//! the segments and of the integrity fields.

use sha2::{Digest, Sha512};
use zeroize::Zeroizing;

/// H_n of MS-OFFCRYPTO 2.3.4.11: SHA-512 of salt ‖ password (UTF-16LE), then `spin` rounds of
/// SHA-512(i as u32 LE ‖ H), in one pass (see [`Spin`] for the same in steps).
pub fn password_hash(password: &str, salt: &[u8], spin: u32) -> Zeroizing<[u8; 64]> {
    let mut spins = Spin::new(password, salt, spin);
    spins.run(u32::MAX);
    spins.hash()
}

/// The password hash a number of rounds at a time, so a page can yield to its event loop
/// between steps (100,000 rounds are a long task on the main thread).
pub struct Spin {
    h: Zeroizing<[u8; 64]>,
    done: u32,
    total: u32,
}

impl Spin {
    /// H_0: SHA-512 of salt ‖ password (UTF-16LE).
    pub fn new(password: &str, salt: &[u8], spin: u32) -> Spin {
        let mut hash = Sha512::new();
        hash.update(salt);
        for c in password.encode_utf16() {
            hash.update(c.to_le_bytes());
        }
        let mut h = Zeroizing::new([0u8; 64]);
        h.copy_from_slice(&hash.finalize());
        Spin {
            h,
            done: 0,
            total: spin,
        }
    }

    /// The next `count` rounds; true once every round has run.
    pub fn run(&mut self, count: u32) -> bool {
        let to = self.done.saturating_add(count).min(self.total);
        for i in self.done..to {
            let mut round = Sha512::new();
            round.update(i.to_le_bytes());
            round.update(&self.h[..]);
            self.h.copy_from_slice(&round.finalize());
        }
        self.done = to;
        self.done == self.total
    }

    /// H_n (every round must have run: [`Spin::run`] returned true).
    pub fn hash(self) -> Zeroizing<[u8; 64]> {
        self.h
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_steps_it_is_the_same_hash() {
        let mut spin = Spin::new("geheim", &[7; 16], 1000);
        let mut steps = 0;
        while !spin.run(333) {
            steps += 1;
        }
        assert_eq!(steps, 3);
        assert_eq!(spin.hash(), password_hash("geheim", &[7; 16], 1000));
        assert_ne!(
            password_hash("geheim", &[7; 16], 999),
            password_hash("geheim", &[7; 16], 1000)
        );
    }
}
