//! E-mail addresses: a plausibility check that catches typos, not a full RFC 5322 parser.

use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// An e-mail address of the form `local@domain.tld`, trimmed, without spaces.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Email(String);

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(***)")
    }
}

/// The address is not plausible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmailError;

impl fmt::Display for EmailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an e-mail address of the form name@domain.be")
    }
}

impl std::error::Error for EmailError {}

const FORBIDDEN: [char; 9] = ['<', '>', '(', ')', '[', ']', ',', ';', ':'];

impl Email {
    pub fn parse(raw: &str) -> Result<Email, EmailError> {
        let s = raw.trim();
        if s.len() > 254
            || s.chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || FORBIDDEN.contains(&c))
        {
            return Err(EmailError);
        }
        let (local, domain) = s.split_once('@').ok_or(EmailError)?;
        if local.is_empty() || local.len() > 64 || domain.contains('@') {
            return Err(EmailError);
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(EmailError);
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let labels_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.len() <= 63
            })
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if !labels_ok {
            return Err(EmailError);
        }
        Ok(Email(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plausible_addresses() {
        for s in [
            "jan@example.be",
            " an.peeters+ocmw@gent.be ",
            "zoë@bücher.de",
            "a@b.co",
        ] {
            assert_eq!(Email::parse(s).unwrap().as_str(), s.trim(), "{s}");
        }
    }

    #[test]
    fn rejects_typos() {
        for s in [
            "",
            "jan",
            "jan@",
            "@gent.be",
            "jan@gent",
            "jan@@gent.be",
            "jan @gent.be",
            "jan@gent..be",
            "jan@.gent.be",
            "jan.@gent.be",
            "jan@gent.b",
            "<jan@gent.be>",
            "jan@gent.be;",
            "jan,piet@gent.be",
        ] {
            assert_eq!(Email::parse(s), Err(EmailError), "{s}");
        }
    }
}
