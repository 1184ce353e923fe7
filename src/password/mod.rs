//! Passwords for the archive: generated from a CSPRNG, ASCII only, easy to read aloud and type.
//!
//! A password is four groups of four characters joined by `-`, e.g. `k7mq-2xrt-pa9e-vnc4`. The
//! dashes are part of the password, so what the worker sees is exactly what the OCMW types.
//! The alphabet has no look-alikes (no `i l o 0 1`): 23 letters + 8 digits = 31 symbols, so 16
//! random symbols give 16 × log2(31) ≈ 79.3 bits, above the 77 bits we require because the
//! WinZip AES key derivation (PBKDF2-HMAC-SHA1, 1000 rounds) cannot be made slower.

mod agreed;
mod dates;
mod guess;
pub mod lists;
mod phrase;
pub mod vocabulary;

pub use agreed::{AgreedError, MAX_AGREED_LEN, MIN_AGREED_BITS};
pub use guess::{estimate, Estimate, Weakness};
pub use phrase::sentence_estimate;

use std::fmt;
use zeroize::Zeroizing;

/// The symbols a generated password is made of.
pub const ALPHABET: &[u8; 31] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Number of random symbols in a generated password.
pub const SYMBOLS: usize = 16;
/// Symbols per group; groups are joined by [`SEPARATOR`].
pub const GROUP: usize = 4;
pub const SEPARATOR: char = '-';

/// Why a password could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordError {
    /// The random source failed.
    Random(String),
}

impl fmt::Display for PasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasswordError::Random(e) => write!(f, "random source failed: {e}"),
        }
    }
}

impl std::error::Error for PasswordError {}

/// A password. The text is wiped from memory when the value is dropped; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(Zeroizing<String>);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    /// Generates a password from random bytes supplied by `fill` (rejection sampling, so every
    /// symbol is uniformly distributed). `fill` may be called more than once.
    pub fn generate<E: fmt::Display>(
        mut fill: impl FnMut(&mut [u8]) -> Result<(), E>,
    ) -> Result<Password, PasswordError> {
        // 248 = 8 × 31: bytes at or above it are rejected to avoid modulo bias.
        const LIMIT: u8 = 248;
        let mut text = Zeroizing::new(String::with_capacity(SYMBOLS + SYMBOLS / GROUP));
        let mut buf = Zeroizing::new([0u8; 32]);
        let mut produced = 0;
        while produced < SYMBOLS {
            fill(&mut buf[..]).map_err(|e| PasswordError::Random(e.to_string()))?;
            for &byte in buf.iter() {
                if byte >= LIMIT || produced == SYMBOLS {
                    continue;
                }
                if produced > 0 && produced % GROUP == 0 {
                    text.push(SEPARATOR);
                }
                text.push(char::from(ALPHABET[usize::from(byte % 31)]));
                produced += 1;
            }
        }
        Ok(Password(text))
    }

    /// Generates a password from the system's (or browser's) CSPRNG.
    pub fn generate_secure() -> Result<Password, PasswordError> {
        Password::generate(crate::random::fill)
    }

    /// The password exactly as it must be typed.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The groups, for showing the password in large, separated blocks.
    pub fn groups(&self) -> impl Iterator<Item = &str> {
        self.0.split(SEPARATOR)
    }

    /// Strength in bits of a generated password.
    pub fn generated_bits() -> f64 {
        SYMBOLS as f64 * (ALPHABET.len() as f64).log2()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn counter(seed: u8) -> impl FnMut(&mut [u8]) -> Result<(), PasswordError> {
        let mut next = seed;
        move |buf: &mut [u8]| {
            for b in buf.iter_mut() {
                *b = next;
                next = next.wrapping_mul(31).wrapping_add(7);
            }
            Ok(())
        }
    }

    #[test]
    fn shape_is_four_groups_of_four_ascii() {
        let p = Password::generate(counter(3)).unwrap();
        let text = p.expose();
        assert_eq!(text.len(), 19);
        assert!(text.is_ascii());
        let groups: Vec<&str> = p.groups().collect();
        assert_eq!(groups.len(), 4);
        for g in groups {
            assert_eq!(g.len(), 4);
            assert!(g.bytes().all(|b| ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn strong_enough() {
        assert!(Password::generated_bits() >= 77.0);
    }

    #[test]
    fn rejects_biased_bytes() {
        // Only bytes >= 248 at first: they must all be skipped, then 0 gives 'a'.
        let mut calls = 0;
        let p = Password::generate(|buf: &mut [u8]| {
            calls += 1;
            let v = if calls == 1 { 250 } else { 0 };
            buf.iter_mut().for_each(|b| *b = v);
            Ok::<(), PasswordError>(())
        })
        .unwrap();
        assert_eq!(p.expose(), "aaaa-aaaa-aaaa-aaaa");
        assert_eq!(calls, 2);
    }

    #[test]
    fn no_look_alikes() {
        for c in [b'i', b'l', b'o', b'0', b'1'] {
            assert!(!ALPHABET.contains(&c));
        }
    }

    #[test]
    fn secure_passwords_differ() {
        let set: HashSet<String> = (0..50)
            .map(|_| Password::generate_secure().unwrap().expose().to_string())
            .collect();
        assert_eq!(set.len(), 50);
    }

    #[test]
    fn random_failure_is_reported() {
        let err = Password::generate(|_: &mut [u8]| Err("boom")).unwrap_err();
        assert_eq!(err, PasswordError::Random("boom".into()));
    }

    #[test]
    fn debug_hides_the_password() {
        let p = Password::generate(counter(9)).unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }
}
