//! The small text readers every format shares: "Omschrijving (Code)", dates in text and
//! attributes, TX25 date parts, national numbers as digits, euro amounts (decimal or cents) and
//! the flattened text of an element we do not know.

use crate::ksz::import::date::PartialDate;
use crate::ksz::import::xml::tree::Node;

/// Longest value we show for one fact.
pub(in crate::ksz::import) const MAX_VALUE: usize = 2_000;

/// "Omschrijving (Code)", the source's own description with its code in brackets; either part
/// alone when the other is missing.
pub(in crate::ksz::import) fn desc_code(desc: Option<&str>, code: Option<&str>) -> Option<String> {
    let desc = desc.map(collapse).filter(|d| !d.is_empty());
    let code = code.map(str::trim).filter(|c| !c.is_empty());
    match (desc, code) {
        (Some(d), Some(c)) => Some(format!("{d} ({c})")),
        (Some(d), None) => Some(d),
        (None, Some(c)) => Some(c.to_string()),
        (None, None) => None,
    }
}

/// The description of a node with `Code` and `Label` / `Omschrijving` / `Beschrijving` children
/// (or a `Beschrijving` attribute around a bare code, as Dimona writes it, or on the `Code`
/// itself, as GeefGezinssamenstelling 02.00 writes it).
pub(in crate::ksz::import) fn code_label(node: &Node) -> Option<String> {
    let desc = [
        "Label",
        "Omschrijving",
        "Beschrijving",
        "Description",
        "description",
    ]
    .iter()
    .find_map(|n| node.text_at(&[n]))
    .or_else(|| node.attr("Beschrijving"))
    .or_else(|| node.child("Code").and_then(|c| c.attr("Beschrijving")));
    let code = node.text_at(&["Code"]).or_else(|| node.text_at(&["code"]));
    match (desc, code) {
        (None, None) if node.children.is_empty() => {
            desc_code(node.attr("Beschrijving"), node.value())
        }
        _ => desc_code(desc, code),
    }
}

/// The description of the child at `path`.
pub(in crate::ksz::import) fn code_label_at(node: &Node, path: &[&str]) -> Option<String> {
    node.at(path).and_then(code_label)
}

/// Whitespace runs (line breaks in the source's descriptions) as one space.
pub(in crate::ksz::import) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The element's text, flattened: "Label (Code)" pairs, dates, and leaves joined with "; ".
pub(in crate::ksz::import) fn flatten(node: &Node) -> String {
    let mut out = String::new();
    flatten_into(node, &mut out, 0);
    out
}

fn flatten_into(node: &Node, out: &mut String, depth: usize) {
    if out.len() > MAX_VALUE || depth > crate::ksz::import::xml::tree::MAX_DEPTH {
        return;
    }
    let push = |out: &mut String, s: &str| {
        if !s.is_empty() {
            if !out.is_empty() {
                out.push_str("; ");
            }
            out.push_str(s);
        }
    };
    if let Some(date) = tx25_date(node) {
        push(out, &date.raw);
        return;
    }
    let has_code = node.child("Code").is_some() || node.child("code").is_some();
    if has_code && node.children.len() <= 3 {
        if let Some(s) = code_label(node) {
            push(out, &s);
            return;
        }
    }
    if let Some(v) = node.value() {
        push(out, &collapse(v));
    }
    for child in &node.children {
        flatten_into(child, out, depth + 1);
    }
}

/// A TX25 date: a node with Century / Year / Month / Day children.
pub(in crate::ksz::import) fn tx25_date(node: &Node) -> Option<PartialDate> {
    if node.child("Century").is_none() && node.child("Year").is_none() {
        return None;
    }
    PartialDate::from_parts(
        node.text_at(&["Century"]),
        node.text_at(&["Year"]),
        node.text_at(&["Month"]),
        node.text_at(&["Day"]),
    )
}

/// An ISO date in the text at `path`.
pub(in crate::ksz::import) fn date_at(node: &Node, path: &[&str]) -> Option<PartialDate> {
    node.text_at(path).and_then(PartialDate::parse)
}

/// The date of a KSZ answer (TX25 and the KSZ's own services): when the KSZ replied, else when
/// it received the question, else when the OCMW sent it.
pub(in crate::ksz::import) fn ksz_answered_on(root: &Node) -> Option<PartialDate> {
    date_at(root, &["informationCBSS", "timestampReply"])
        .or_else(|| date_at(root, &["informationCBSS", "timestampReceive"]))
        .or_else(|| date_at(root, &["informationCustomer", "timestampSent"]))
}

/// An ISO date in an attribute.
pub(in crate::ksz::import) fn date_attr(node: &Node, name: &str) -> Option<PartialDate> {
    node.attr(name).and_then(PartialDate::parse)
}

/// A fact's parts, the empty ones left out, joined by "; ".
pub(in crate::ksz::import) fn joined<S: AsRef<str>>(parts: impl IntoIterator<Item = S>) -> String {
    let parts: Vec<S> = parts
        .into_iter()
        .filter(|p| !p.as_ref().is_empty())
        .collect();
    let parts: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
    parts.join("; ")
}

/// The digits of a national number as written ("980526 001-51" → "98052600151").
pub(in crate::ksz::import) fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn euro(cents: i64) -> String {
    format!("€ {}", crate::ksz::knowledge::euro_digits(cents))
}

/// A decimal as written (an `xs:decimal`): its sign (`+`, `-` or none), whole and fraction
/// digits (either may be empty, not both); `None` for anything else.
fn decimal(text: &str) -> Option<(Option<char>, &str, &str)> {
    let t = text.trim();
    let (sign, t) = match t.strip_prefix(['+', '-']) {
        Some(rest) => (t.chars().next(), rest),
        None => (None, t),
    };
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    (!(whole.is_empty() && frac.is_empty()) && digits(whole) && digits(frac))
        .then_some((sign, whole, frac))
}

/// An amount in euro written with a decimal point ("842.12"), shown as "€ 842,12"; anything
/// else is shown as written.
pub(in crate::ksz::import) fn euro_decimal(text: &str) -> String {
    match decimal(text) {
        Some((sign @ (None | Some('-')), whole, frac))
            if !whole.is_empty() && whole.len() <= 12 && frac.len() <= 2 =>
        {
            let frac = format!("{frac:0<2}");
            let cents = whole.parse::<i64>().unwrap_or(0) * 100 + frac.parse::<i64>().unwrap_or(0);
            euro(if sign.is_some() { -cents } else { cents })
        }
        _ => text.trim().to_string(),
    }
}

/// An amount in euro cents ("123456"), shown as "€ 1.234,56"; anything else as written.
pub(in crate::ksz::import) fn euro_cents(text: &str) -> String {
    let t = text.trim();
    match t.parse::<i64>() {
        Ok(c) if t.len() <= 14 => euro(c),
        _ => t.to_string(),
    }
}

/// An amount whose unit the answer does not say (euro or cent): as written, then read in cents
/// ("3758645 (zoals geschreven; in cent gelezen € 37.586,45)"); anything that is not a whole
/// number is shown as written only.
pub(in crate::ksz::import) fn amount_unsure(text: &str) -> String {
    let t = text.trim();
    match t.parse::<i64>() {
        Ok(c) if t.len() <= 14 => {
            format!("{t} ({} {})", crate::ksz::import::labels::AS_CENTS, euro(c))
        }
        _ => t.to_string(),
    }
}

/// Whether an amount as written (an `xs:decimal`: "842.12", "+5", "0.00") is more than zero.
/// Read as text, not as a float: exact, and the page needs no float parser for it.
pub(in crate::ksz::import) fn positive(text: &str) -> bool {
    decimal(text).is_some_and(|(sign, whole, frac)| {
        sign != Some('-') && whole.bytes().chain(frac.bytes()).any(|b| b != b'0')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(euro_decimal("842.12"), "€ 842,12");
        assert_eq!(euro_decimal("10105.44"), "€ 10.105,44");
        assert_eq!(euro_decimal("1735"), "€ 1.735,00");
        assert_eq!(euro_decimal("5.5"), "€ 5,50");
        assert_eq!(euro_decimal("abc"), "abc");
        assert_eq!(euro_cents("123456"), "€ 1.234,56");
        assert_eq!(euro_cents("5"), "€ 0,05");
        assert_eq!(euro_cents("1234567"), "€ 12.345,67");
        assert_eq!(
            amount_unsure("3758645"),
            "3758645 (zoals geschreven; in cent gelezen € 37.586,45)"
        );
        assert_eq!(amount_unsure("12,5"), "12,5");
        for yes in ["0.01", "1735", "+5", " 842.12 ", ".5", "5."] {
            assert!(positive(yes), "{yes}");
        }
        for no in [
            "0", "0.00", "-5", "x", "", ".", "1.2.3", "1e3", "inf", "1 000",
        ] {
            assert!(!positive(no), "{no}");
        }
    }

    #[test]
    fn descriptions() {
        assert_eq!(
            desc_code(Some("Wachtregister"), Some("5")).unwrap(),
            "Wachtregister (5)"
        );
        assert_eq!(
            desc_code(
                Some("Gezinshereniging met\n   een Europeaan "),
                Some("010200")
            )
            .unwrap(),
            "Gezinshereniging met een Europeaan (010200)"
        );
        assert_eq!(desc_code(None, Some("5")).unwrap(), "5");
        assert_eq!(digits("980526 001-51"), "98052600151");
    }
}
