//! Passwords for the archive: generated from a CSPRNG, ASCII only, easy to read aloud and type.
//!
//! A password is four groups of four characters joined by `-`, e.g. `k7mq-2xrt-pa9e-vnc4`. The
//! dashes are part of the password, so what the worker sees is exactly what the OCMW types.
//! The alphabet has no look-alikes (no `i l o 0 1`): 23 letters + 8 digits = 31 symbols, so 16
//! random symbols give 16 × log2(31) ≈ 79.3 bits, above the 77 bits we require because the
//! WinZip AES key derivation (PBKDF2-HMAC-SHA1, 1000 rounds) cannot be made slower.

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

/// Weakest agreed password we accept, in estimated bits.
pub const MIN_AGREED_BITS: f64 = 60.0;

/// Why a password agreed with the OCMW cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum AgreedError {
    Empty,
    /// Characters outside printable ASCII: tools disagree on how to encode them.
    NotAscii,
    /// Spaces at the start or end are easily lost when typing.
    EdgeSpace,
    /// Estimated strength below [`MIN_AGREED_BITS`].
    Weak {
        bits: f64,
    },
}

impl fmt::Display for AgreedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgreedError::Empty => f.write_str("password is empty"),
            AgreedError::NotAscii => f.write_str("password has characters outside printable ascii"),
            AgreedError::EdgeSpace => f.write_str("password starts or ends with a space"),
            AgreedError::Weak { bits } => write!(f, "password too weak: about {bits:.0} bits"),
        }
    }
}

impl std::error::Error for AgreedError {}

/// Words and patterns that guessers try first; each counts as one guess from a small list.
const COMMON: &[&str] = &[
    "wachtwoord",
    "paswoord",
    "password",
    "passwoord",
    "welkom",
    "welcome",
    "geheim",
    "secret",
    "azerty",
    "qwerty",
    "admin",
    "letmein",
    "iloveyou",
    "kindengezin",
    "kind",
    "gezin",
    "ocmw",
    "cpas",
    "toeleiding",
    "vlaanderen",
    "belgie",
    "gent",
    "antwerpen",
    "brussel",
    "leuven",
    "brugge",
    "hasselt",
    "mechelen",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "maandag",
    "vrijdag",
    "januari",
    "december",
    "1234",
    "12345",
    "123456",
    "12345678",
    "123456789",
    "0000",
    "1111",
    "abcd",
    "2022",
    "2023",
    "2024",
    "2025",
    "2026",
    "2027",
];

/// A rough, conservative strength estimate in bits: character classes used, with repeats,
/// runs (`abc`, `321`) and common words counted as almost nothing.
///
/// Hand-written instead of zxcvbn: its dictionaries would add about as much wasm as the whole
/// app; this estimate only has to catch the usual weak choices before a human agrees on one.
pub fn estimate_bits(text: &str) -> f64 {
    let chars: Vec<char> = text.chars().collect();
    let mut pool = 0u32;
    if chars.iter().any(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if chars.iter().any(|c| !c.is_ascii_alphanumeric()) {
        pool += 33;
    }
    if pool == 0 {
        return 0.0;
    }
    let per_char = f64::from(pool).log2();
    let lower: Vec<char> = text.to_ascii_lowercase().chars().collect();
    let mut covered = vec![false; chars.len()];
    let mut bits = 0.0;
    for word in COMMON {
        let w: Vec<char> = word.chars().collect();
        let mut i = 0;
        while i + w.len() <= lower.len() {
            if lower[i..i + w.len()] == w[..] && !covered[i..i + w.len()].iter().any(|c| *c) {
                covered[i..i + w.len()].iter_mut().for_each(|c| *c = true);
                bits += (COMMON.len() as f64).log2();
                i += w.len();
            } else {
                i += 1;
            }
        }
    }
    for i in 0..chars.len() {
        if covered[i] {
            continue;
        }
        let predictable = i > 0 && {
            let (a, b) = (lower[i - 1] as i32, lower[i] as i32);
            a == b || (a - b).abs() == 1
        };
        bits += if predictable { 1.0 } else { per_char };
    }
    bits
}

impl Password {
    /// A password agreed beforehand with the OCMW: printable ASCII, no edge spaces, and at least
    /// [`MIN_AGREED_BITS`] by [`estimate_bits`].
    pub fn agreed(text: &str) -> Result<Password, AgreedError> {
        if text.is_empty() {
            return Err(AgreedError::Empty);
        }
        if !text.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
            return Err(AgreedError::NotAscii);
        }
        if text.starts_with(' ') || text.ends_with(' ') {
            return Err(AgreedError::EdgeSpace);
        }
        let bits = estimate_bits(text);
        if bits < MIN_AGREED_BITS {
            return Err(AgreedError::Weak { bits });
        }
        Ok(Password(Zeroizing::new(text.to_string())))
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
    fn agreed_passwords_must_be_ascii_and_strong() {
        assert_eq!(Password::agreed(""), Err(AgreedError::Empty));
        assert_eq!(
            Password::agreed("wachtwoordé-lang-genoeg-123"),
            Err(AgreedError::NotAscii)
        );
        assert_eq!(
            Password::agreed(" Kx9#mP2$vL7@qR4!"),
            Err(AgreedError::EdgeSpace)
        );
        for weak in [
            "Zomer2026!",
            "Wachtwoord123456",
            "aaaaaaaaaaaaaaaaaaaaaa",
            "abcdefghijklmnop",
            "OCMWgent2025kindengezin",
        ] {
            assert!(
                matches!(Password::agreed(weak), Err(AgreedError::Weak { .. })),
                "{weak}"
            );
        }
        for strong in [
            "Kx9#mP2$vL7@qR4!",
            "paard batterij nietje correct",
            "t7Rq-Vw2m-Xp9s-Lk3z",
        ] {
            assert_eq!(Password::agreed(strong).unwrap().expose(), strong);
        }
    }

    #[test]
    fn generated_passwords_count_as_strong() {
        for seed in 0..20 {
            let p = Password::generate(counter(seed)).unwrap();
            assert!(
                estimate_bits(p.expose()) >= MIN_AGREED_BITS,
                "{}",
                p.expose()
            );
        }
    }

    #[test]
    fn debug_hides_the_password() {
        let p = Password::generate(counter(9)).unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }
}
