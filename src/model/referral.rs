//! The validated referral: only the data the data-sharing protocol allows, nothing else.
//!
//! There is deliberately no field for a date of birth, a national number or any free text about
//! the family's situation. Every type is `#[non_exhaustive]`: outside this crate it can be read
//! but not built, so the only way to a value is through `parse_*`.

use super::{Email, Phone, Text};
use crate::date::Date;

/// A Belgian postal address.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Address {
    pub street: Text,
    pub house_number: Text,
    pub box_number: Option<Text>,
    /// Four digits, 1000 to 9999.
    pub postcode: Text,
    pub municipality: Text,
}

impl Address {
    /// `Kerkstraat 12 bus 3`.
    pub fn street_line(&self) -> String {
        let mut line = format!("{} {}", self.street, self.house_number);
        if let Some(b) = &self.box_number {
            line.push_str(" bus ");
            line.push_str(b.as_str());
        }
        line
    }

    /// `9000 Gent`.
    pub fn municipality_line(&self) -> String {
        format!("{} {}", self.postcode, self.municipality)
    }
}

/// A parent: name plus at least one way to reach them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parent {
    pub first_name: Text,
    pub last_name: Text,
    pub address: Option<Address>,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
}

/// The parents' consent: every point explained and confirmed, on a date not in the future.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Consent {
    pub date: Date,
}

/// The local team and the worker who refers, with a way to call them back.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sender {
    pub team: Text,
    pub worker_name: Text,
    pub worker_phone: Option<Phone>,
    pub worker_email: Option<Email>,
}

/// The OCMW and its protected e-mail address.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Recipient {
    pub ocmw_name: Text,
    pub email: Email,
}

/// A complete, valid referral.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Referral {
    pub consent: Consent,
    /// One or two parents.
    pub parents: Vec<Parent>,
    pub sender: Sender,
    pub recipient: Recipient,
}
