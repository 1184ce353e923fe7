//! Free-standing short texts (names, street, team): trimmed, bounded, no control characters.

use super::error::FieldError;
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A non-empty, trimmed text of at most a given length without control characters, so it can go
/// into the Word document exactly as typed (any Unicode letters and `& < > " '` included).
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Text(String);

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Personal data never ends up in logs or panic messages.
        write!(f, "Text({} chars)", self.0.chars().count())
    }
}

impl Text {
    /// Parses a required text.
    pub fn parse(raw: &str, max: usize) -> Result<Text, FieldError> {
        Text::parse_optional(raw, max)?.ok_or(FieldError::Required)
    }

    /// Parses an optional text: empty (after trimming) gives `None`.
    pub fn parse_optional(raw: &str, max: usize) -> Result<Option<Text>, FieldError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.chars().any(is_forbidden) {
            return Err(FieldError::ForbiddenCharacter);
        }
        if trimmed.chars().count() > max {
            return Err(FieldError::TooLong { max });
        }
        Ok(Some(Text(trimmed.to_string())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Characters that have no place in a name or an address: control characters (XML 1.0 forbids
/// most), the noncharacters U+FFFE/U+FFFF, the line and paragraph separators (U+2028, U+2029),
/// and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069), which can make a name or an address read differently from what it holds.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{FFFE}' | '\u{FFFF}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_exactly_but_trimmed() {
        for name in [
            "Zoë",
            "Ğülşen",
            "O'Brien-Van den Broeck",
            "محمد",
            "A & B <c> \"d\"",
        ] {
            assert_eq!(
                Text::parse(&format!("  {name}\u{a0}"), 100)
                    .unwrap()
                    .as_str(),
                name
            );
        }
    }

    #[test]
    fn rejects_empty_long_and_control() {
        assert_eq!(Text::parse("   ", 10), Err(FieldError::Required));
        assert_eq!(
            Text::parse("abcdef", 5),
            Err(FieldError::TooLong { max: 5 })
        );
        assert_eq!(Text::parse("ab\tc", 5), Err(FieldError::ForbiddenCharacter));
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{2028}', '\u{2029}',
        ] {
            assert_eq!(
                Text::parse(&format!("Jan{c}s"), 10),
                Err(FieldError::ForbiddenCharacter),
                "{:04X}",
                c as u32
            );
        }
        // Right-to-left names themselves stay allowed.
        assert!(Text::parse("محمد", 10).is_ok());
        assert_eq!(Text::parse_optional("", 5), Ok(None));
        // Length counts characters, not bytes.
        assert!(Text::parse("ëëëëë", 5).is_ok());
    }

    #[test]
    fn debug_shows_no_content() {
        let t = Text::parse("Zoë", 10).unwrap();
        assert_eq!(format!("{t:?}"), "Text(3 chars)");
    }
}
