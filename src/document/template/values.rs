//! The values of the fields for one referral: what was typed, formatted as the built-in document
//! shows it. A field of a parent who is there but gave no value reads "—"; the fields of a
//! second parent who is not there are absent, so their paragraphs and rows disappear.

use super::names::parent_fields;
use crate::date::Date;
use crate::document::NOT_GIVEN;
use crate::model::{Parent, Referral};
use zeroize::Zeroizing;

/// Field name → value. Absent: the field belongs to a second parent who is not there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    map: Vec<(&'static str, Zeroizing<String>)>,
    /// Whether there is a second parent (the `{#ouder2}` blocks are kept).
    pub second_parent: bool,
}

impl Values {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.map
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    fn set(&mut self, name: &'static str, value: Option<String>) {
        let value = value
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| NOT_GIVEN.to_string());
        // Each field is set once per referral.
        self.map.push((name, Zeroizing::new(value)));
    }
}

fn parent(values: &mut Values, index: usize, p: &Parent) {
    let [first, last, street, number, bus, postcode, municipality, address, phone, email] =
        parent_fields(index);
    let a = p.address.as_ref();
    values.set(first, Some(p.first_name.to_string()));
    values.set(last, Some(p.last_name.to_string()));
    values.set(street, a.map(|a| a.street.to_string()));
    values.set(number, a.map(|a| a.house_number.to_string()));
    values.set(
        bus,
        a.and_then(|a| a.box_number.as_ref().map(|b| b.to_string())),
    );
    values.set(postcode, a.map(|a| a.postcode.to_string()));
    values.set(municipality, a.map(|a| a.municipality.to_string()));
    values.set(
        address,
        a.map(|a| format!("{}, {}", a.street_line(), a.municipality_line())),
    );
    values.set(phone, p.phone.as_ref().map(|t| t.display()));
    values.set(email, p.email.as_ref().map(|e| e.to_string()));
}

/// The values of every field for a referral, dated `generated`, with the purpose sentence.
pub fn values(referral: &Referral, generated: Date, purpose: &str) -> Values {
    let mut v = Values::default();
    let s = &referral.sender;
    v.set("datum", Some(generated.dutch_long()));
    v.set(
        "toestemming_datum",
        Some(referral.consent.date.dutch_long()),
    );
    v.set("team", Some(s.team.to_string()));
    v.set("verwijzer_naam", Some(s.worker_name.to_string()));
    v.set(
        "verwijzer_telefoon",
        s.worker_phone.as_ref().map(|p| p.display()),
    );
    v.set(
        "verwijzer_email",
        s.worker_email.as_ref().map(|e| e.to_string()),
    );
    v.set("ocmw_naam", Some(referral.recipient.ocmw_name.to_string()));
    v.set("ocmw_email", Some(referral.recipient.email.to_string()));
    v.set("doel", Some(purpose.to_string()));
    for (i, p) in referral.parents.iter().enumerate().take(2) {
        parent(&mut v, i, p);
    }
    v.second_parent = referral.parents.len() > 1;
    v
}

/// A fictional row for Word's mail-merge list (the data file staff load to insert the fields).
pub fn example_row() -> [&'static str; 29] {
    [
        "22 november 2026",
        "20 november 2026",
        "Lokaal team Voorbeeld",
        "An Voorbeeld",
        "09 123 45 67",
        "an.voorbeeld@kindengezin.be",
        "OCMW Voorbeeld",
        "toeleiding@ocmw.voorbeeld.be",
        "Het lokaal team leidt dit gezin toe naar het OCMW.",
        "Sam",
        "Voorbeeld",
        "Voorbeeldstraat",
        "1",
        "",
        "9000",
        "Gent",
        "Voorbeeldstraat 1, 9000 Gent",
        "0470 00 00 00",
        "sam@voorbeeld.be",
        "Robin",
        "Voorbeeld",
        "Voorbeeldstraat",
        "1",
        "",
        "9000",
        "Gent",
        "Voorbeeldstraat 1, 9000 Gent",
        "0470 00 00 01",
        "robin@voorbeeld.be",
    ]
}

/// The data file for Word's mail merge (*Verzendlijsten > Adressen selecteren > Bestaande lijst
/// gebruiken*): the field names and one fictional row, so staff insert the fields from Word's
/// list. UTF-8 with a byte-order mark (Word then reads accents right), `;` as in Belgian
/// Windows, CRLF line ends.
pub fn merge_data_file() -> Vec<u8> {
    let quote = |v: &str| {
        if v.contains([';', '"', '\n']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.to_string()
        }
    };
    let header: Vec<String> = super::names::FIELDS.iter().map(|f| quote(f)).collect();
    let row: Vec<String> = example_row().iter().map(|v| quote(v)).collect();
    let mut out = "\u{FEFF}".to_string();
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    out.push_str(&row.join(";"));
    out.push_str("\r\n");
    out.into_bytes()
}
