//! A password agreed beforehand with the OCMW: the sound rule for what we accept.
//!
//! WinZip AES derives its key with PBKDF2-HMAC-SHA1 and 1000 rounds (fixed by the format), so an
//! offline guesser tries many millions of passwords per second on one graphics card; only the
//! password's own strength protects the archive. We refuse what guessers try first (names,
//! common passwords and words, years and dates, keyboard walks, repeats, sequences, with capitals
//! and leetspeak, and combinations of these, see [`super::guess`]) by requiring that what remains
//! carries at least [`MIN_AGREED_BITS`]. Five or more random words pass; a name with a year does not.

use super::guess::{estimate, Weakness};
use super::Password;
use std::fmt;
use zeroize::Zeroizing;

/// Weakest agreed password we accept, in estimated bits.
pub const MIN_AGREED_BITS: f64 = 72.0;
/// Longest agreed password we accept, in characters.
pub const MAX_AGREED_LEN: usize = 200;

/// Why a password agreed with the OCMW cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum AgreedError {
    Empty,
    /// Characters outside printable ASCII: tools disagree on how to encode them.
    NotAscii,
    /// Spaces at the start or end are easily lost when typing.
    EdgeSpace,
    /// Longer than [`MAX_AGREED_LEN`].
    TooLong,
    /// The word lists that judge sentences and known phrases are not installed yet (the page
    /// fetches them when an agreed password is chosen): nothing can be judged without them.
    NotChecked,
    /// Estimated strength below [`MIN_AGREED_BITS`], and what made it guessable.
    Weak {
        bits: f64,
        found: Vec<Weakness>,
    },
}

impl fmt::Display for AgreedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgreedError::Empty => f.write_str("password is empty"),
            AgreedError::NotAscii => f.write_str("password has characters outside printable ascii"),
            AgreedError::EdgeSpace => f.write_str("password starts or ends with a space"),
            AgreedError::NotChecked => f.write_str("the password word lists are not loaded"),
            AgreedError::TooLong => {
                write!(f, "password is longer than {MAX_AGREED_LEN} characters")
            }
            AgreedError::Weak { bits, .. } => write!(
                f,
                "password too weak: about {} bits",
                bits.max(0.0).round() as u32
            ),
        }
    }
}

impl std::error::Error for AgreedError {}

impl Password {
    /// A password agreed beforehand with the OCMW: printable ASCII, no edge spaces, at most
    /// [`MAX_AGREED_LEN`] characters, and at least [`MIN_AGREED_BITS`] by [`estimate`].
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
        if text.len() > MAX_AGREED_LEN {
            return Err(AgreedError::TooLong);
        }
        if super::vocabulary::installed().is_none() {
            return Err(AgreedError::NotChecked);
        }
        let estimate = estimate(text);
        if estimate.bits < MIN_AGREED_BITS {
            return Err(AgreedError::Weak {
                bits: estimate.bits,
                found: estimate.found,
            });
        }
        Ok(Password(Zeroizing::new(text.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn must_be_printable_ascii_without_edge_spaces() {
        assert_eq!(Password::agreed(""), Err(AgreedError::Empty));
        assert_eq!(
            Password::agreed("wachtwoordé-lang-genoeg-123"),
            Err(AgreedError::NotAscii)
        );
        assert_eq!(
            Password::agreed(" Kx9#mP2$vL7@qR4!"),
            Err(AgreedError::EdgeSpace)
        );
        assert_eq!(
            Password::agreed(&"x".repeat(201)),
            Err(AgreedError::TooLong)
        );
    }
}
