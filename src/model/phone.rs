//! Phone numbers as people type them, stored in E.164 (`+32470123456`), shown the Belgian way.
//!
//! Hand-written instead of the `phonenumber` crate: that crate embeds metadata for every country
//! (hundreds of KB of wasm) while we only need Belgian number plans and a plausibility check for
//! foreign numbers given with their country code.

use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Why a text is not a phone number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Letters or other characters that do not belong in a phone number.
    Characters,
    /// Neither starts with 0 (Belgian) nor with + or 00 (international).
    Prefix,
    /// A Belgian number with the wrong number of digits.
    BelgianLength,
    /// An international number that is too short or too long.
    InternationalLength,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhoneError::Characters => "contains characters that are not digits",
            PhoneError::Prefix => "must start with 0, + or 00",
            PhoneError::BelgianLength => "wrong number of digits for a belgian number",
            PhoneError::InternationalLength => "wrong number of digits for an international number",
        })
    }
}

impl std::error::Error for PhoneError {}

/// A phone number in E.164 form.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Phone {
    e164: String,
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Phone(***)")
    }
}

const SEPARATORS: [char; 7] = [' ', '.', '/', '-', '(', ')', '\u{a0}'];

impl Phone {
    /// Parses `0470 12 34 56`, `0470/12.34.56`, `+32 470 12 34 56`, `0032 470 …`,
    /// `+32 (0)9 123 45 67`, `09 123 45 67`, `+31 6 12345678` and the like.
    pub fn parse(raw: &str) -> Result<Phone, PhoneError> {
        let raw = raw.trim();
        let (plus, rest) = match raw.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let mut digits = String::with_capacity(rest.len());
        for c in rest.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !SEPARATORS.contains(&c) {
                return Err(PhoneError::Characters);
            }
        }
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        match international {
            Some(number) => match number.strip_prefix("32") {
                // People write "+32 (0)470 …": drop that trunk zero.
                Some(national) => belgian(national.strip_prefix('0').unwrap_or(national)),
                None => foreign(number),
            },
            None => match digits.strip_prefix('0') {
                Some(national) => belgian(national),
                None => Err(PhoneError::Prefix),
            },
        }
    }

    /// `+32470123456`.
    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// Belgian numbers the way Flemish readers know them (`0470 12 34 56`, `09 123 45 67`,
    /// `050 12 34 56`); foreign numbers as `+` and digits.
    pub fn display(&self) -> String {
        let Some(national) = self.e164.strip_prefix("+32") else {
            return self.e164.clone();
        };
        let d = national;
        if d.len() == 9 {
            // Mobile: 04xx xx xx xx
            format!("0{} {} {} {}", &d[0..3], &d[3..5], &d[5..7], &d[7..9])
        } else if matches!(d.as_bytes()[0], b'2' | b'3' | b'4' | b'9') {
            // One-digit zone: 0z xxx xx xx
            format!("0{} {} {} {}", &d[0..1], &d[1..4], &d[4..6], &d[6..8])
        } else {
            // Two-digit zone: 0zz xx xx xx
            format!("0{} {} {} {}", &d[0..2], &d[2..4], &d[4..6], &d[6..8])
        }
    }
}

/// `national` is the Belgian number without its leading 0.
fn belgian(national: &str) -> Result<Phone, PhoneError> {
    let b = national.as_bytes();
    // Mobile numbers are 04[5-9]x xx xx xx; Liège landlines 04 [1-3]xx xx xx, so a mobile
    // number with a digit missing is caught instead of read as a landline.
    let mobile_prefix = b.len() >= 2 && b[0] == b'4' && (b'5'..=b'9').contains(&b[1]);
    let ok = match b.len() {
        9 => mobile_prefix,
        8 => matches!(b[0], b'1'..=b'9') && !mobile_prefix,
        _ => false,
    };
    if !ok {
        return Err(PhoneError::BelgianLength);
    }
    Ok(Phone {
        e164: format!("+32{national}"),
    })
}

/// `number` is everything after `+`, not starting with Belgium's 32.
fn foreign(number: &str) -> Result<Phone, PhoneError> {
    // E.164 allows at most 15 digits; a country code plus subscriber number has at least 7.
    if !(7..=15).contains(&number.len()) || number.starts_with('0') {
        return Err(PhoneError::InternationalLength);
    }
    Ok(Phone {
        e164: format!("+{number}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(s: &str) -> String {
        Phone::parse(s).unwrap().e164().to_string()
    }

    #[test]
    fn accepts_what_people_type() {
        for s in [
            "0470 12 34 56",
            "0470/12.34.56",
            "0470123456",
            "+32 470 12 34 56",
            "+32 (0)470 12 34 56",
            "0032 470 12 34 56",
            "0470-12-34-56",
        ] {
            assert_eq!(e164(s), "+32470123456", "{s}");
        }
        assert_eq!(e164("09 123 45 67"), "+3291234567");
        assert_eq!(e164("02/123.45.67"), "+3221234567");
        assert_eq!(e164("050 12 34 56"), "+3250123456");
        assert_eq!(e164("+31 6 12345678"), "+31612345678");
        assert_eq!(e164("0044 20 7946 0958"), "+442079460958");
    }

    #[test]
    fn displays_belgian_numbers_nationally() {
        assert_eq!(
            Phone::parse("+32470123456").unwrap().display(),
            "0470 12 34 56"
        );
        assert_eq!(Phone::parse("091234567").unwrap().display(), "09 123 45 67");
        assert_eq!(Phone::parse("050123456").unwrap().display(), "050 12 34 56");
        assert_eq!(
            Phone::parse("+31 6 1234 5678").unwrap().display(),
            "+31612345678"
        );
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(Phone::parse("0470 12 34 5x"), Err(PhoneError::Characters));
        assert_eq!(Phone::parse("470 12 34 56"), Err(PhoneError::Prefix));
        assert_eq!(Phone::parse("0470 12 34 5"), Err(PhoneError::BelgianLength));
        assert_eq!(
            Phone::parse("0470 12 34 567"),
            Err(PhoneError::BelgianLength)
        );
        assert_eq!(Phone::parse("01234"), Err(PhoneError::BelgianLength));
        assert_eq!(Phone::parse("+1 23"), Err(PhoneError::InternationalLength));
        assert_eq!(
            Phone::parse("+1234567890123456"),
            Err(PhoneError::InternationalLength)
        );
        assert_eq!(Phone::parse("+"), Err(PhoneError::InternationalLength));
    }
}
