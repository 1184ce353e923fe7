//! The referral: raw form strings in ([`form`]), validated types out ([`referral`]).
//!
//! Parse, don't validate: the only way to get a [`Referral`] is through the `parse_*` functions,
//! so a value of that type is always one the data-sharing protocol allows.

pub mod email;
pub mod error;
pub mod fields;
pub mod form;
pub mod parse;
pub mod phone;
pub mod referral;
pub mod text;

pub use email::Email;
pub use error::{FieldError, Invalid};
pub use fields::{FieldId, ParentField, CONSENT_POINTS, MAX_PARENTS};
pub use form::{RawConsent, RawForm, RawParent, RawSender};
pub use parse::{parse_consent, parse_parents, parse_referral, parse_sender};
pub use phone::Phone;
pub use referral::{Address, Consent, Parent, Recipient, Referral, Sender};
pub use text::Text;
