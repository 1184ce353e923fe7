//! Validation of the raw form: what passes, what fails and on which field.

mod common;

use common::{sample_form, today};
use proptest::prelude::*;
use toeleiding::model::phone::PhoneError;
use toeleiding::model::{
    parse_consent, parse_parents, parse_referral, parse_sender, FieldError, FieldId, Invalid,
    ParentField,
};

fn p(i: usize, f: ParentField) -> FieldId {
    FieldId::Parent(i, f)
}

fn errors_of(r: Result<impl Sized, Vec<Invalid>>) -> Vec<(FieldId, FieldError)> {
    match r {
        Ok(_) => panic!("expected errors"),
        Err(e) => e.into_iter().map(|i| (i.field, i.error)).collect(),
    }
}

#[test]
fn sample_form_parses() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let parent = &referral.parents[0];
    assert_eq!(parent.first_name.as_str(), "Zoë");
    assert_eq!(parent.phone.as_ref().unwrap().e164(), "+32470123456");
    let address = parent.address.as_ref().unwrap();
    assert_eq!(address.street_line(), "Kerkstraat 12A bus 3");
    assert_eq!(address.municipality_line(), "9000 Gent");
    assert_eq!(referral.consent.date.iso(), "2026-11-20");
}

#[test]
fn consent_needs_every_point_and_a_past_date() {
    let mut form = sample_form();
    form.set_confirmed(2, false);
    form.consent.date = "2026-11-23".into();
    assert_eq!(
        errors_of(parse_consent(&form.consent, today())),
        vec![
            (FieldId::ConsentCheck(2), FieldError::ConsentNotConfirmed),
            (FieldId::ConsentDate, FieldError::DateInFuture),
        ]
    );
    form.consent.date = String::new();
    assert!(errors_of(parse_consent(&form.consent, today()))
        .contains(&(FieldId::ConsentDate, FieldError::Required)));
    form.consent.date = "2026-11-22".into();
    form.set_confirmed(2, true);
    assert!(parse_consent(&form.consent, today()).is_ok());
}

#[test]
fn postcode_must_be_four_belgian_digits() {
    for bad in ["900", "90000", "0900", "9ooo", "B-9000"] {
        let mut form = sample_form();
        form.set(p(0, ParentField::Postcode), bad.into());
        assert_eq!(
            errors_of(parse_parents(&form)),
            vec![(p(0, ParentField::Postcode), FieldError::Postcode)],
            "{bad}"
        );
    }
}

#[test]
fn partial_address_names_the_missing_parts() {
    let mut form = sample_form();
    form.set(p(0, ParentField::HouseNumber), "".into());
    form.set(p(0, ParentField::Municipality), " ".into());
    assert_eq!(
        errors_of(parse_parents(&form)),
        vec![
            (
                p(0, ParentField::HouseNumber),
                FieldError::AddressIncomplete
            ),
            (
                p(0, ParentField::Municipality),
                FieldError::AddressIncomplete
            ),
        ]
    );
}

#[test]
fn a_parent_needs_one_way_to_be_reached() {
    let mut form = sample_form();
    for f in ParentField::ADDRESS {
        form.set(p(0, f), String::new());
    }
    form.set(p(0, ParentField::Phone), String::new());
    form.set(p(0, ParentField::Email), String::new());
    assert_eq!(
        errors_of(parse_parents(&form)),
        vec![(p(0, ParentField::Phone), FieldError::NoContactForParent)]
    );
    // An e-mail address alone is enough.
    form.set(p(0, ParentField::Email), "zoe@example.be".into());
    let parents = parse_parents(&form).unwrap();
    assert!(parents[0].address.is_none() && parents[0].phone.is_none());
}

#[test]
fn bad_phone_and_email_are_reported_per_field() {
    let mut form = sample_form();
    form.set(p(0, ParentField::Phone), "0470 12 34".into());
    form.set(p(0, ParentField::Email), "zoe@example".into());
    assert_eq!(
        errors_of(parse_parents(&form)),
        vec![
            (
                p(0, ParentField::Phone),
                FieldError::Phone(PhoneError::BelgianLength)
            ),
            (p(0, ParentField::Email), FieldError::Email),
        ]
    );
}

#[test]
fn second_parent_can_share_the_address() {
    let mut form = sample_form();
    form.add_parent();
    form.set(p(1, ParentField::FirstName), "Ğülşen".into());
    form.set(p(1, ParentField::LastName), "محمد".into());
    // Without an address, phone or e-mail parent 2 cannot be reached...
    assert_eq!(
        errors_of(parse_parents(&form)),
        vec![(p(1, ParentField::Phone), FieldError::NoContactForParent)]
    );
    // ...but with "same address as parent 1" they can.
    form.same_address = true;
    let parents = parse_parents(&form).unwrap();
    assert_eq!(parents.len(), 2);
    assert_eq!(
        parents[1].address.as_ref().unwrap().street_line(),
        "Kerkstraat 12A bus 3"
    );
    // An error in parent 1's address is reported once, on parent 1.
    form.set(p(0, ParentField::Postcode), "12".into());
    assert_eq!(
        errors_of(parse_parents(&form)),
        vec![(p(0, ParentField::Postcode), FieldError::Postcode)]
    );
}

#[test]
fn sender_needs_team_worker_contact_and_ocmw() {
    let mut form = sample_form();
    form.set(FieldId::WorkerPhone, String::new());
    form.set(FieldId::WorkerEmail, String::new());
    form.set(FieldId::OcmwEmail, "ocmw.gent.be".into());
    form.set(FieldId::Team, "  ".into());
    assert_eq!(
        errors_of(parse_sender(&form)),
        vec![
            (FieldId::Team, FieldError::Required),
            (FieldId::WorkerPhone, FieldError::NoContactForWorker),
            (FieldId::OcmwEmail, FieldError::Email),
        ]
    );
}

#[test]
fn the_raw_form_is_never_changed_by_validation() {
    let mut form = sample_form();
    form.set(p(0, ParentField::Postcode), "90x0".into());
    let before = form.clone();
    let _ = parse_referral(&form, today());
    assert_eq!(form, before);
}

proptest! {
    /// Any name without control characters (and without the line separators and bidirectional
    /// controls `Text` refuses) is accepted and kept exactly (trimmed).
    #[test]
    fn any_unicode_name_is_kept(first in "\\PC{1,40}", last in "\\PC{1,40}") {
        prop_assume!(!first.trim().is_empty() && !last.trim().is_empty());
        let forbidden = toeleiding::model::text::is_forbidden;
        prop_assume!(!first.chars().any(forbidden) && !last.chars().any(forbidden));
        let mut form = sample_form();
        form.set(p(0, ParentField::FirstName), first.clone());
        form.set(p(0, ParentField::LastName), last.clone());
        let parents = parse_parents(&form).unwrap();
        prop_assert_eq!(parents[0].first_name.as_str(), first.trim());
        prop_assert_eq!(parents[0].last_name.as_str(), last.trim());
    }

    /// Belgian mobile numbers typed with any separators normalise to the same E.164 number.
    #[test]
    fn belgian_mobiles_normalise(d in "4[5-9][0-9]{7}", sep in "[ ./-]{0,1}", intl in 0u8..3) {
        let body = format!("{}{sep}{}{sep}{}{sep}{}", &d[0..3], &d[3..5], &d[5..7], &d[7..9]);
        let typed = match intl { 0 => format!("0{body}"), 1 => format!("+32 {body}"), _ => format!("0032 {body}") };
        let phone = toeleiding::model::Phone::parse(&typed).unwrap();
        prop_assert_eq!(phone.e164(), format!("+32{d}"));
        prop_assert_eq!(toeleiding::model::Phone::parse(&phone.display()).unwrap(), phone);
    }
}
