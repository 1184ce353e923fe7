//! One language's texts of the information sheet and the consent points: a tiny line format
//! (`key = value`, `#` comments), parsed by hand so the page needs no serde, and the checks a
//! translation must pass against the Dutch source (keys, placeholders, no empty text, review).

use crate::date::Date;

/// The keys that describe a file rather than hold a text.
pub const META: [&str; 5] = ["code", "name", "endonym", "dir", "reviewed"];

/// One file's entries in file order, borrowed from its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts<'a> {
    entries: Vec<(&'a str, &'a str)>,
}

/// Why a file is not in the line format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// A line (1-based) that is neither empty, a comment nor `key = value`.
    NotAnEntry(usize),
    /// A key (lowercase ASCII letters, digits, `.`, `-`) that is not allowed.
    BadKey(usize),
    /// A key given twice: the line of the second.
    Duplicate(usize),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotAnEntry(n) => write!(f, "line {n}: not `key = value`"),
            FormatError::BadKey(n) => {
                write!(f, "line {n}: a key is lowercase a-z, 0-9, '.' or '-'")
            }
            FormatError::Duplicate(n) => write!(f, "line {n}: this key was given before"),
        }
    }
}

/// Whether, and by whom, a text was checked. Read from the `reviewed` field, which starts with
/// one of three fixed phrases; anything else is refused, so an unreviewed text never passes as
/// reviewed by accident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// The Dutch source text ("brontekst …").
    Source,
    /// "niet nagelezen door een moedertaalspreker …": the sheet says so, in Dutch and in the
    /// language.
    NotReviewed,
    /// "nagelezen door een moedertaalspreker: <who>, <YYYY-MM-DD>".
    Reviewed,
}

/// The prefix of an unreviewed translation's `reviewed` field.
pub const NOT_REVIEWED: &str = "niet nagelezen door een moedertaalspreker";
/// The prefix of a reviewed translation's `reviewed` field (then who, and the date).
pub const REVIEWED: &str = "nagelezen door een moedertaalspreker:";
/// The prefix of the Dutch source's `reviewed` field.
pub const SOURCE: &str = "brontekst";

impl Review {
    /// The review a `reviewed` field states, or `None` when it states none clearly.
    pub fn read(field: &str) -> Option<Review> {
        if field.starts_with(SOURCE) {
            return Some(Review::Source);
        }
        if field.starts_with(NOT_REVIEWED) {
            return Some(Review::NotReviewed);
        }
        let who = field.strip_prefix(REVIEWED)?;
        // A reviewer (some words) and a valid date.
        let dated = who
            .char_indices()
            .filter(|(_, c)| c.is_ascii_digit())
            .any(|(i, _)| {
                who.get(i..i + 10)
                    .is_some_and(|d| Date::parse_iso(d).is_ok())
            });
        // (ASCII tests only: Unicode's alphabetic table would cost the page KBs.)
        let named = who
            .chars()
            .filter(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation() && *c != ' ')
            .count()
            >= 2;
        (dated && named).then_some(Review::Reviewed)
    }
}

fn key_ok(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

impl<'a> Texts<'a> {
    /// Reads a file: `key = value` per line; empty lines and lines starting with `#` are skipped.
    pub fn parse(text: &'a str) -> Result<Texts<'a>, FormatError> {
        let mut entries: Vec<(&'a str, &'a str)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once('=').ok_or(FormatError::NotAnEntry(i + 1))?;
            let key = key.trim();
            if !key_ok(key) {
                return Err(FormatError::BadKey(i + 1));
            }
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(FormatError::Duplicate(i + 1));
            }
            entries.push((key, value.trim()));
        }
        Ok(Texts { entries })
    }

    /// The value of a key, or "" when the file lacks it.
    pub fn get(&self, key: &str) -> &'a str {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v)
    }

    /// Every key, in file order.
    pub fn keys(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }

    /// The keys that hold texts (not the file's description).
    pub fn text_keys(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.keys().filter(|k| !META.contains(k))
    }

    /// Whether the text is written right to left (`dir = rtl`).
    pub fn rtl(&self) -> bool {
        self.get("dir") == "rtl"
    }

    /// The review its `reviewed` field states.
    pub fn review(&self) -> Option<Review> {
        Review::read(self.get("reviewed"))
    }
}

/// The `{placeholders}` of a text, sorted (a placeholder used twice counts twice).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                found.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => {
                found.push(after);
                break;
            }
        }
    }
    found.sort_unstable();
    found
}

/// What is wrong with a translation, measured against the Dutch source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A key of the Dutch file (text or description) that this file lacks.
    Missing(String),
    /// A key the Dutch file does not have.
    Unknown(String),
    /// A key with no text.
    Empty(String),
    /// A text whose placeholders differ from the Dutch one's.
    Placeholders {
        key: String,
        dutch: Vec<String>,
        here: Vec<String>,
    },
    /// `dir` is neither `ltr` nor `rtl`.
    Direction,
    /// `reviewed` does not start with one of the fixed phrases (see [`Review`]), or is the
    /// source's in a translation.
    Review,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Missing(k) => write!(f, "missing key `{k}` (copy it from nl.txt and translate it)"),
            Problem::Unknown(k) => write!(f, "key `{k}` is not in nl.txt"),
            Problem::Empty(k) => write!(f, "key `{k}` has no text"),
            Problem::Placeholders { key, dutch, here } => write!(
                f,
                "key `{key}`: placeholders {here:?}, the Dutch text has {dutch:?}"
            ),
            Problem::Direction => write!(f, "`dir` must be `ltr` or `rtl`"),
            Problem::Review => write!(
                f,
                "`reviewed` must start with \"{NOT_REVIEWED}\" or with \"{REVIEWED} <who>, <YYYY-MM-DD>\""
            ),
        }
    }
}

/// Every problem of `other` measured against `dutch`; none means the file can be used.
pub fn check(dutch: &Texts, other: &Texts) -> Vec<Problem> {
    let mut problems = Vec::new();
    for key in dutch.keys() {
        if !other.keys().any(|k| k == key) {
            problems.push(Problem::Missing(key.to_string()));
        }
    }
    for key in other.keys() {
        if !dutch.keys().any(|k| k == key) {
            problems.push(Problem::Unknown(key.to_string()));
        } else if other.get(key).is_empty() {
            problems.push(Problem::Empty(key.to_string()));
        }
    }
    for key in dutch.text_keys() {
        let (d, h) = (placeholders(dutch.get(key)), placeholders(other.get(key)));
        if other.keys().any(|k| k == key) && d != h {
            problems.push(Problem::Placeholders {
                key: key.to_string(),
                dutch: d.iter().map(|s| s.to_string()).collect(),
                here: h.iter().map(|s| s.to_string()).collect(),
            });
        }
    }
    if !matches!(other.get("dir"), "ltr" | "rtl") {
        problems.push(Problem::Direction);
    }
    let source = dutch.get("code") == other.get("code");
    match other.review() {
        Some(Review::Source) if source => {}
        Some(Review::NotReviewed | Review::Reviewed) if !source => {}
        _ => problems.push(Problem::Review),
    }
    problems
}
