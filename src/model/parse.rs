//! From the raw form to the validated referral, one step at a time. Every problem is reported,
//! not just the first, each tied to its field.

use super::error::{FieldError, Invalid};
use super::fields::{FieldId, ParentField};
use super::form::{RawConsent, RawForm, RawParent};
use super::referral::{Address, Consent, Parent, Recipient, Referral, Sender};
use super::{Email, Phone, Text};
use crate::date::Date;

/// Longest name (first or last) we accept.
pub const MAX_NAME: usize = 100;
const MAX_STREET: usize = 100;
const MAX_HOUSE_NUMBER: usize = 10;
const MAX_MUNICIPALITY: usize = 60;
const MAX_ORGANISATION: usize = 120;

/// Collects the errors of one step.
#[derive(Default)]
struct Errors(Vec<Invalid>);

impl Errors {
    fn check<T>(&mut self, field: FieldId, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(Invalid::new(field, e));
                None
            }
        }
    }

    fn push(&mut self, field: FieldId, error: FieldError) {
        self.0.push(Invalid::new(field, error));
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<Invalid>> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self.0),
        }
    }
}

/// Step 1: every point confirmed and a consent date that is not after `today`.
pub fn parse_consent(raw: &RawConsent, today: Date) -> Result<Consent, Vec<Invalid>> {
    let mut errors = Errors::default();
    for (i, confirmed) in raw.confirmed.iter().enumerate() {
        if !confirmed {
            errors.push(FieldId::ConsentCheck(i), FieldError::ConsentNotConfirmed);
        }
    }
    let date = Date::parse_iso(&raw.date).map_err(|e| match e {
        crate::date::DateError::Empty => FieldError::Required,
        other => FieldError::Date(other),
    });
    let date = errors.check(FieldId::ConsentDate, date);
    let date = date.and_then(|d| {
        if d > today {
            errors.push(FieldId::ConsentDate, FieldError::DateInFuture);
            None
        } else {
            Some(d)
        }
    });
    errors.finish(date.map(|date| Consent { date }))
}

fn postcode(raw: &str) -> Result<Text, FieldError> {
    let t = raw.trim();
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && !t.starts_with('0') {
        Text::parse(t, 4)
    } else {
        Err(FieldError::Postcode)
    }
}

fn house_number(raw: &str) -> Result<Text, FieldError> {
    let t = Text::parse(raw, MAX_HOUSE_NUMBER)?;
    if t.as_str().starts_with(|c: char| c.is_ascii_digit()) {
        Ok(t)
    } else {
        Err(FieldError::HouseNumber)
    }
}

fn optional_phone(raw: &str) -> Result<Option<Phone>, FieldError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        Phone::parse(raw).map(Some).map_err(FieldError::Phone)
    }
}

fn optional_email(raw: &str) -> Result<Option<Email>, FieldError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        Email::parse(raw).map(Some).map_err(|_| FieldError::Email)
    }
}

fn parse_address(index: usize, raw: &RawParent, errors: &mut Errors) -> Option<Address> {
    let id = |f| FieldId::Parent(index, f);
    let any = ParentField::ADDRESS
        .iter()
        .any(|f| !raw.get(*f).trim().is_empty());
    if !any {
        return None;
    }
    let required = |errors: &mut Errors, f: ParentField, r: Result<Text, FieldError>| {
        let r = r.map_err(|e| match e {
            FieldError::Required => FieldError::AddressIncomplete,
            other => other,
        });
        errors.check(id(f), r)
    };
    let street = required(
        errors,
        ParentField::Street,
        Text::parse(&raw.street, MAX_STREET),
    );
    let number = required(
        errors,
        ParentField::HouseNumber,
        house_number(&raw.house_number),
    );
    let box_number = errors.check(
        id(ParentField::Box),
        Text::parse_optional(&raw.box_number, MAX_HOUSE_NUMBER),
    );
    let postcode = if raw.postcode.trim().is_empty() {
        required(errors, ParentField::Postcode, Err(FieldError::Required))
    } else {
        required(errors, ParentField::Postcode, postcode(&raw.postcode))
    };
    let municipality = required(
        errors,
        ParentField::Municipality,
        Text::parse(&raw.municipality, MAX_MUNICIPALITY),
    );
    Some(Address {
        street: street?,
        house_number: number?,
        box_number: box_number?,
        postcode: postcode?,
        municipality: municipality?,
    })
}

fn parse_parent(index: usize, raw: &RawParent, errors: &mut Errors) -> Option<Parent> {
    let id = |f| FieldId::Parent(index, f);
    let before = errors.0.len();
    let first_name = errors.check(
        id(ParentField::FirstName),
        Text::parse(&raw.first_name, MAX_NAME),
    );
    let last_name = errors.check(
        id(ParentField::LastName),
        Text::parse(&raw.last_name, MAX_NAME),
    );
    let address_errors_before = errors.0.len();
    let address = parse_address(index, raw, errors);
    let address_ok = errors.0.len() == address_errors_before;
    let phone = errors.check(id(ParentField::Phone), optional_phone(&raw.phone));
    let email = errors.check(id(ParentField::Email), optional_email(&raw.email));
    let nothing_typed = address.is_none()
        && raw.phone.trim().is_empty()
        && raw.email.trim().is_empty()
        && address_ok;
    if nothing_typed {
        errors.push(id(ParentField::Phone), FieldError::NoContactForParent);
    }
    if errors.0.len() != before {
        return None;
    }
    Some(Parent {
        first_name: first_name?,
        last_name: last_name?,
        address,
        phone: phone?,
        email: email?,
    })
}

/// Step 2: one or two parents, each with a name and at least one way to reach them.
pub fn parse_parents(form: &RawForm) -> Result<Vec<Parent>, Vec<Invalid>> {
    let mut errors = Errors::default();
    let mut parents = Vec::new();
    for (i, raw) in form.parents().iter().enumerate() {
        let parent = if i == 1 && form.same_address {
            let mut merged = raw.clone();
            for f in ParentField::ADDRESS {
                *merged.get_mut(f) = form.parents()[0].get(f).to_string();
            }
            // Errors in the copied address belong to parent 1 and are reported there.
            let mut own = Errors::default();
            let parent = parse_parent(i, &merged, &mut own);
            errors.0.extend(own.0.into_iter().filter(
                |e| !matches!(e.field, FieldId::Parent(_, f) if ParentField::ADDRESS.contains(&f)),
            ));
            parent
        } else {
            parse_parent(i, raw, &mut errors)
        };
        parents.extend(parent);
    }
    let all = parents.len() == form.parents().len();
    errors.finish(all.then_some(parents))
}

/// Step 3: the local team, the worker (with a phone or e-mail) and the OCMW.
pub fn parse_sender(form: &RawForm) -> Result<(Sender, Recipient), Vec<Invalid>> {
    let raw = &form.sender;
    let mut errors = Errors::default();
    let team = errors.check(FieldId::Team, Text::parse(&raw.team, MAX_ORGANISATION));
    let worker_name = errors.check(FieldId::WorkerName, Text::parse(&raw.worker_name, MAX_NAME));
    let worker_phone = errors.check(FieldId::WorkerPhone, optional_phone(&raw.worker_phone));
    let worker_email = errors.check(FieldId::WorkerEmail, optional_email(&raw.worker_email));
    if raw.worker_phone.trim().is_empty() && raw.worker_email.trim().is_empty() {
        errors.push(FieldId::WorkerPhone, FieldError::NoContactForWorker);
    }
    let ocmw_name = errors.check(
        FieldId::OcmwName,
        Text::parse(&raw.ocmw_name, MAX_ORGANISATION),
    );
    let ocmw_email = if raw.ocmw_email.trim().is_empty() {
        Err(FieldError::Required)
    } else {
        Email::parse(&raw.ocmw_email).map_err(|_| FieldError::Email)
    };
    let ocmw_email = errors.check(FieldId::OcmwEmail, ocmw_email);
    let value = (|| {
        Some((
            Sender {
                team: team?,
                worker_name: worker_name?,
                worker_phone: worker_phone?,
                worker_email: worker_email?,
            },
            Recipient {
                ocmw_name: ocmw_name?,
                email: ocmw_email?,
            },
        ))
    })();
    errors.finish(value)
}

/// All steps at once: the referral, or every problem in the form in step order.
pub fn parse_referral(form: &RawForm, today: Date) -> Result<Referral, Vec<Invalid>> {
    let consent = parse_consent(&form.consent, today);
    let parents = parse_parents(form);
    let sender = parse_sender(form);
    match (consent, parents, sender) {
        (Ok(consent), Ok(parents), Ok((sender, recipient))) => Ok(Referral {
            consent,
            parents,
            sender,
            recipient,
        }),
        (c, p, s) => {
            let mut all = Vec::new();
            all.extend(c.err().unwrap_or_default());
            all.extend(p.err().unwrap_or_default());
            all.extend(s.err().unwrap_or_default());
            Err(all)
        }
    }
}
