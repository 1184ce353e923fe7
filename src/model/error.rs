//! What can be wrong with one field. Messages here are short English; the UI shows Dutch text.

use super::fields::FieldId;
use super::phone::PhoneError;
use crate::date::DateError;
use std::fmt;

/// The problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// A required field is empty.
    Required,
    /// More characters than the field allows.
    TooLong { max: usize },
    /// A control character (e.g. a tab or a line break) that cannot go in the document.
    ForbiddenCharacter,
    /// Not a Belgian postcode (four digits, 1000 to 9999).
    Postcode,
    /// A house number must start with a digit.
    HouseNumber,
    /// Not a phone number we can use.
    Phone(PhoneError),
    /// Not an e-mail address.
    Email,
    /// Not a date.
    Date(DateError),
    /// The consent date lies after today.
    DateInFuture,
    /// One part of an address is filled in but this part is missing.
    AddressIncomplete,
    /// A parent without complete address, phone or e-mail.
    NoContactForParent,
    /// The referring worker gave neither a phone number nor an e-mail address.
    NoContactForWorker,
    /// A point of the consent was not confirmed.
    ConsentNotConfirmed,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Required => f.write_str("required"),
            FieldError::TooLong { max } => write!(f, "longer than {max} characters"),
            FieldError::ForbiddenCharacter => f.write_str("contains a control character"),
            FieldError::Postcode => f.write_str("not a belgian postcode"),
            FieldError::HouseNumber => f.write_str("house number must start with a digit"),
            FieldError::Phone(e) => write!(f, "invalid phone number: {e}"),
            FieldError::Email => f.write_str("invalid e-mail address"),
            FieldError::Date(e) => write!(f, "invalid date: {e}"),
            FieldError::DateInFuture => f.write_str("date lies in the future"),
            FieldError::AddressIncomplete => f.write_str("address is incomplete"),
            FieldError::NoContactForParent => f.write_str("no way to reach this parent"),
            FieldError::NoContactForWorker => f.write_str("no way to reach the worker"),
            FieldError::ConsentNotConfirmed => f.write_str("consent point not confirmed"),
        }
    }
}

impl std::error::Error for FieldError {}

/// A field and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub field: FieldId,
    pub error: FieldError,
}

impl Invalid {
    pub fn new(field: FieldId, error: FieldError) -> Invalid {
        Invalid { field, error }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.slug(), self.error)
    }
}
