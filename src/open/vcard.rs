//! vCard 3.0 (`.vcf`) of a parent, for the OCMW worker's address book.
//!
//! Version 3.0 because Outlook, Android and iOS all import it. Hand-written: a vCard is a few
//! escaped lines; the crates we found pull in far more than this needs.

use super::ParentView;
use crate::model::Phone;
use zeroize::Zeroizing;

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 2425), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// The vCard of one parent: name, address, phone and e-mail as far as given. The card and its
/// lines are wiped from memory when dropped (the short-lived pieces formatted on the way are not).
pub fn vcard(parent: &ParentView) -> Zeroizing<String> {
    let mut lines = Zeroizing::new(vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:3.0".to_string(),
        format!(
            "N:{};{};;;",
            escape(&parent.last_name),
            escape(&parent.first_name)
        ),
        format!(
            "FN:{}",
            escape(&format!("{} {}", parent.first_name, parent.last_name))
        ),
    ]);
    if parent.street_line.is_some() || parent.municipality_line.is_some() {
        let municipality = parent.municipality_line.clone().unwrap_or_default();
        let (postcode, town) = match municipality.split_once(' ') {
            Some((p, t)) if p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) => {
                (p.to_string(), t.to_string())
            }
            _ => (String::new(), municipality),
        };
        lines.push(format!(
            "ADR;TYPE=HOME:;;{};{};;{};België",
            escape(parent.street_line.as_deref().unwrap_or_default()),
            escape(&town),
            escape(&postcode)
        ));
    }
    if let Some(phone) = &parent.phone {
        match Phone::parse(phone) {
            Ok(p) => {
                let kind = if p.e164().starts_with("+324") && p.e164().len() == 12 {
                    "CELL"
                } else {
                    "VOICE"
                };
                lines.push(format!("TEL;TYPE={kind}:{}", p.e164()));
            }
            Err(_) => lines.push(format!("TEL:{}", escape(phone))),
        }
    }
    if let Some(email) = &parent.email {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape(email)));
    }
    lines.push("END:VCARD".to_string());
    Zeroizing::new(lines.iter().map(|l| fold(l)).collect())
}

/// `ouder-1.vcf`: no personal data in the file name.
pub fn file_name(index: usize) -> String {
    format!("ouder-{}.vcf", index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_escaped_folded_vcard() {
        let p = ParentView {
            first_name: "Zoë".into(),
            last_name: "O'Brien; Van den Broeck".into(),
            street_line: Some("Kerkstraat 12A bus 3".into()),
            municipality_line: Some("9000 Gent".into()),
            phone: Some("0470 12 34 56".into()),
            email: Some("zoe@example.be".into()),
        };
        let card = vcard(&p);
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(card.contains("N:O'Brien\\; Van den Broeck;Zoë;;;\r\n"));
        assert!(card.contains("ADR;TYPE=HOME:;;Kerkstraat 12A bus 3;Gent;;9000;België\r\n"));
        assert!(card.contains("TEL;TYPE=CELL:+32470123456\r\n"));
        assert!(card.contains("EMAIL;TYPE=INTERNET:zoe@example.be\r\n"));
        assert!(card.ends_with("END:VCARD\r\n"));
        let mut long = p.clone();
        long.first_name = "é".repeat(60);
        let long = vcard(&long);
        assert!(long.lines().all(|l| l.len() <= 76));
    }
}
