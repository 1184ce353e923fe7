//! The information sheet and the consent points assembled from one language's texts: the same
//! keys in every language, the form's values put into the placeholders.

use super::texts::{Review, Texts};
use crate::date::Date;

/// What the sheet needs from the form (trimmed; `None` or "" where missing). Nothing of the
/// family: the team, the OCMW, the worker and the consent's date.
pub struct Facts<'a> {
    pub team: &'a str,
    pub ocmw: &'a str,
    pub worker: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub date: Option<Date>,
}

/// A blank to fill in by hand when the form does not hold the value yet.
pub const BLANK: &str = "........................................";

/// The sections of the sheet, in order: the keys of each one's heading and text (written out,
/// not formatted: `format!` per key cost the page's first load).
pub const SECTIONS: [(&str, &str); 7] = [
    ("data.heading", "data.text"),
    ("to.heading", "to.text"),
    ("why.heading", "why.text"),
    ("what.heading", "what.text"),
    ("expect.heading", "expect.text"),
    ("consent.heading", "consent.text"),
    ("questions.heading", "questions.text"),
];

/// The five points the worker explains before the consent (the consent itself is the sixth
/// checkbox of *Toestemming* and stays the worker's Dutch confirmation).
pub const POINTS: [&str; 5] = ["point.1", "point.2", "point.3", "point.4", "point.5"];

/// The sheet in one language, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub title: String,
    pub intro: String,
    pub sections: Vec<(String, String)>,
}

/// Left-to-right isolation around a value put into a right-to-left text, so a phone number or a
/// Latin name keeps its own order ("09 123 45 67", not "67 45 123 09").
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `template` with each `{name}` replaced by its value; unknown placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)], isolate: bool) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(k, _)| *k == &after[1..close])
                .map(|(_, v)| (close, *v))
        });
        match value {
            Some((close, v)) => {
                if isolate {
                    out.push(FSI);
                }
                out.push_str(v);
                if isolate {
                    out.push(PDI);
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn or_blank(value: &str) -> &str {
    match value.trim() {
        "" => BLANK,
        v => v,
    }
}

/// The sheet in the language of `texts`. Dutch gives the date as "22 november 2026", every other
/// language as "22-11-2026" (a Dutch month name means nothing to the reader).
pub fn sheet(texts: &Texts, f: &Facts) -> Sheet {
    let date = match f.date {
        Some(d) if texts.get("code") == "nl" => d.dutch_long(),
        Some(d) => format!("{:02}-{:02}-{}", d.day(), d.month(), d.year()),
        None => BLANK.to_string(),
    };
    let values = [
        ("team", or_blank(f.team)),
        ("ocmw", or_blank(f.ocmw)),
        ("worker", or_blank(f.worker)),
        ("date", date.as_str()),
        ("phone", f.phone.unwrap_or(BLANK)),
        ("email", f.email.unwrap_or(BLANK)),
    ];
    let rtl = texts.rtl();
    let text = |key: &str| fill(texts.get(key), &values, rtl);
    let mut sections: Vec<(String, String)> =
        SECTIONS.iter().map(|(h, t)| (text(h), text(t))).collect();
    if let Some((_, questions)) = sections.last_mut() {
        for (key, given) in [("questions.phone", f.phone), ("questions.email", f.email)] {
            if given.is_some() {
                questions.push(' ');
                questions.push_str(&text(key));
            }
        }
    }
    Sheet {
        title: text("title"),
        intro: text("intro"),
        sections,
    }
}

/// The notice that no native speaker has read this text yet ("Deze vertaling is nog niet
/// nagelezen …" in the language), unless the file states a native speaker's review or is the
/// Dutch source. A `reviewed` field that states neither counts as not reviewed.
pub fn notice<'a>(texts: &Texts<'a>) -> Option<&'a str> {
    match texts.review() {
        Some(Review::Reviewed | Review::Source) => None,
        Some(Review::NotReviewed) | None => Some(texts.get("unreviewed")),
    }
}
