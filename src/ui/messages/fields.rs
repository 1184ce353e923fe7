//! The form fields: their labels, and what is wrong with a value and how to fix it.

use crate::model::phone::PhoneError;
use crate::model::{FieldError, FieldId, Invalid, ParentField, CONSENT_POINTS};

/// The visible label of a field.
pub fn label(field: FieldId) -> &'static str {
    match field {
        FieldId::ConsentCheck(_) => "Toestemming",
        FieldId::ConsentDate => "Datum van de toestemming",
        FieldId::Parent(_, f) => match f {
            ParentField::FirstName => "Voornaam",
            ParentField::LastName => "Achternaam",
            ParentField::Street => "Straat",
            ParentField::HouseNumber => "Huisnummer",
            ParentField::Box => "Bus (niet verplicht)",
            ParentField::Postcode => "Postcode",
            ParentField::Municipality => "Gemeente",
            ParentField::Phone => "Telefoonnummer",
            ParentField::Email => "E-mailadres",
        },
        FieldId::Team => "Naam van het lokaal team",
        FieldId::WorkerName => "Jouw naam",
        FieldId::WorkerPhone => "Jouw telefoonnummer op het werk",
        FieldId::WorkerEmail => "Jouw e-mailadres op het werk",
        FieldId::OcmwName => "Naam van het OCMW",
        FieldId::OcmwEmail => "Beveiligd e-mailadres van het OCMW",
    }
}

/// What to fill in, as used in "Vul … in".
fn what(field: FieldId) -> String {
    match field {
        FieldId::Parent(i, f) => {
            let noun = match f {
                ParentField::FirstName => "de voornaam",
                ParentField::LastName => "de achternaam",
                ParentField::Street => "de straat",
                ParentField::HouseNumber => "het huisnummer",
                ParentField::Box => "de bus",
                ParentField::Postcode => "de postcode",
                ParentField::Municipality => "de gemeente",
                ParentField::Phone => "het telefoonnummer",
                ParentField::Email => "het e-mailadres",
            };
            format!("{noun} van ouder {}", i + 1)
        }
        FieldId::ConsentDate => "de datum waarop de ouder(s) toestemming gaven".into(),
        FieldId::Team => "de naam van je lokaal team".into(),
        FieldId::WorkerName => "je naam".into(),
        FieldId::WorkerPhone => "je telefoonnummer".into(),
        FieldId::WorkerEmail => "je e-mailadres".into(),
        FieldId::OcmwName => "de naam van het OCMW".into(),
        FieldId::OcmwEmail => "het beveiligde e-mailadres van het OCMW".into(),
        FieldId::ConsentCheck(_) => "de toestemming".into(),
    }
}

/// Our own field names start with an ASCII letter; ASCII case keeps the standard library's
/// Unicode case tables (about 23 KB) out of the page (BENCHMARKS.md, issue 20).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| format!("{}{}", f.to_ascii_uppercase(), c.as_str()))
        .unwrap_or_default()
}

/// The Dutch message for an error: what is wrong and how to fix it.
pub fn message(invalid: &Invalid) -> String {
    let field = invalid.field;
    match &invalid.error {
        FieldError::Required => format!("Vul {} in.", what(field)),
        FieldError::TooLong { max } => format!(
            "{} is te lang. Gebruik hoogstens {max} tekens.",
            capitalise(&what(field))
        ),
        FieldError::ForbiddenCharacter => format!(
            "{} bevat een tab, een regeleinde of een ander onzichtbaar teken. Verwijder dat teken.",
            capitalise(&what(field))
        ),
        FieldError::Postcode => {
            "Vul een Belgische postcode van 4 cijfers in, bijvoorbeeld 9000.".into()
        }
        FieldError::HouseNumber => {
            "Een huisnummer begint met een cijfer, bijvoorbeeld 12 of 12A. Zet een busnummer in het veld Bus.".into()
        }
        FieldError::Phone(e) => phone(*e).into(),
        FieldError::Email => {
            "Vul een volledig e-mailadres in, zoals naam@voorbeeld.be, zonder spaties.".into()
        }
        FieldError::Date(_) => {
            "Vul een bestaande datum in: dag, maand en jaar, bijvoorbeeld 20-11-2026.".into()
        }
        FieldError::DateInFuture => {
            "De datum van de toestemming kan niet in de toekomst liggen. Vul de dag in waarop de ouder(s) toestemming gaven.".into()
        }
        FieldError::AddressIncomplete => format!(
            "Vul ook {} in. Een adres is pas bruikbaar met straat, huisnummer, postcode en gemeente. Deel je geen adres, maak dan alle adresvelden leeg.",
            what(field)
        ),
        FieldError::NoContactForParent => {
            let n = match field {
                FieldId::Parent(i, _) => i + 1,
                _ => 1,
            };
            format!("Vul minstens één manier in om ouder {n} te bereiken: een volledig adres, een telefoonnummer of een e-mailadres.")
        }
        FieldError::NoContactForWorker => {
            "Vul je telefoonnummer of je e-mailadres in, zodat het OCMW je kan bereiken.".into()
        }
        FieldError::ConsentNotConfirmed => match field {
            FieldId::ConsentCheck(i) if i + 1 == CONSENT_POINTS => {
                "Zonder vrijwillige en uitdrukkelijke toestemming van de ouder(s) mag je de gegevens niet delen. Vink dit aan zodra de ouder(s) toestemming gaven.".into()
            }
            _ => "Leg dit punt uit aan de ouder(s) en vink het dan aan.".into(),
        },
    }
}

/// What is wrong with a phone number and how to write it, in Dutch.
pub fn phone(e: PhoneError) -> &'static str {
    match e {
        PhoneError::Characters => {
            "Een telefoonnummer bevat enkel cijfers, spaties, punten, streepjes of schuine strepen, en eventueel een + vooraan. Bijvoorbeeld 0470 12 34 56."
        }
        PhoneError::Prefix => {
            "Begin een Belgisch nummer met 0, bijvoorbeeld 0470 12 34 56, of een buitenlands nummer met + en de landcode, bijvoorbeeld +31 6 12345678."
        }
        PhoneError::BelgianLength => {
            "Controleer het aantal cijfers: een Belgisch gsm-nummer heeft 10 cijfers (0470 12 34 56), een vast nummer 9 (09 123 45 67)."
        }
        PhoneError::InternationalLength => {
            "Een buitenlands nummer begint met + en de landcode en telt 7 tot 15 cijfers, bijvoorbeeld +31 6 12345678."
        }
    }
}
