//! The sample referral of the examples: tricky Unicode names, two parents (or one).

use toeleiding::date::Date;
use toeleiding::model::{parse_referral, FieldId, ParentField, RawForm, Referral};

/// The date the samples are made.
pub fn today() -> Date {
    Date::new(2026, 11, 22).expect("valid date")
}

/// The sample referral; with `two_parents` false only the first parent.
pub fn referral(two_parents: bool) -> Referral {
    let today = today();
    let mut form = RawForm::default();
    form.consent.confirmed = [true; 6];
    form.consent.date = "2026-11-20".into();
    form.add_parent();
    let values: [(FieldId, &str); 19] = [
        (FieldId::Parent(0, ParentField::FirstName), "Zoë"),
        (
            FieldId::Parent(0, ParentField::LastName),
            "O'Brien-Van den Broeck",
        ),
        (
            FieldId::Parent(0, ParentField::Street),
            "Rue de l'Église & <Co>",
        ),
        (FieldId::Parent(0, ParentField::HouseNumber), "12A"),
        (FieldId::Parent(0, ParentField::Box), "3"),
        (FieldId::Parent(0, ParentField::Postcode), "9000"),
        (FieldId::Parent(0, ParentField::Municipality), "Gent"),
        (FieldId::Parent(0, ParentField::Phone), "0470/12.34.56"),
        (FieldId::Parent(0, ParentField::Email), "zoe@example.be"),
        (FieldId::Parent(1, ParentField::FirstName), "Ğülşen \"Gül\""),
        (FieldId::Parent(1, ParentField::LastName), "محمد"),
        (FieldId::Parent(1, ParentField::Phone), "+32 9 123 45 67"),
        (FieldId::Parent(1, ParentField::Email), ""),
        (FieldId::Team, "Lokaal team Gent-Noord"),
        (FieldId::WorkerName, "An Peeters"),
        (FieldId::WorkerPhone, "09 123 45 67"),
        (FieldId::WorkerEmail, "an.peeters@kindengezin.be"),
        (FieldId::OcmwName, "OCMW Gent"),
        (FieldId::OcmwEmail, "toeleiding@ocmw.gent.be"),
    ];
    for (field, value) in values {
        form.set(field, value.to_string());
    }
    if !two_parents {
        form.remove_parent(1);
    }
    parse_referral(&form, today).expect("sample form is valid")
}
