//! Names for every input of the form, shared by validation errors and the UI.

/// The most parents a referral holds.
pub const MAX_PARENTS: usize = 2;

/// How many points the worker must have explained before the parents consent, the last being the
/// consent itself; each is one checkbox (the texts are the UI's, in `ui::messages::refer`).
pub const CONSENT_POINTS: usize = 6;

/// One field of a parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParentField {
    FirstName,
    LastName,
    Street,
    HouseNumber,
    Box,
    Postcode,
    Municipality,
    Phone,
    Email,
}

impl ParentField {
    pub const ALL: [ParentField; 9] = [
        ParentField::FirstName,
        ParentField::LastName,
        ParentField::Street,
        ParentField::HouseNumber,
        ParentField::Box,
        ParentField::Postcode,
        ParentField::Municipality,
        ParentField::Phone,
        ParentField::Email,
    ];

    /// The address fields, which "same address as parent 1" copies.
    pub const ADDRESS: [ParentField; 5] = [
        ParentField::Street,
        ParentField::HouseNumber,
        ParentField::Box,
        ParentField::Postcode,
        ParentField::Municipality,
    ];

    fn slug(self) -> &'static str {
        match self {
            ParentField::FirstName => "voornaam",
            ParentField::LastName => "achternaam",
            ParentField::Street => "straat",
            ParentField::HouseNumber => "huisnummer",
            ParentField::Box => "bus",
            ParentField::Postcode => "postcode",
            ParentField::Municipality => "gemeente",
            ParentField::Phone => "telefoon",
            ParentField::Email => "email",
        }
    }
}

/// Every input of the form. Parents are numbered from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    ConsentCheck(usize),
    ConsentDate,
    Parent(usize, ParentField),
    Team,
    WorkerName,
    WorkerPhone,
    WorkerEmail,
    OcmwName,
    OcmwEmail,
}

impl FieldId {
    /// A stable identifier for the input, usable as an HTML id (ASCII, no spaces).
    pub fn slug(self) -> String {
        match self {
            FieldId::ConsentCheck(i) => format!("toestemming-{}", i + 1),
            FieldId::ConsentDate => "toestemming-datum".into(),
            FieldId::Parent(i, f) => format!("ouder-{}-{}", i + 1, f.slug()),
            FieldId::Team => "team".into(),
            FieldId::WorkerName => "medewerker-naam".into(),
            FieldId::WorkerPhone => "medewerker-telefoon".into(),
            FieldId::WorkerEmail => "medewerker-email".into(),
            FieldId::OcmwName => "ocmw-naam".into(),
            FieldId::OcmwEmail => "ocmw-email".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_html_safe() {
        let mut all = vec![FieldId::ConsentDate, FieldId::Team, FieldId::WorkerName];
        all.extend((0..CONSENT_POINTS).map(FieldId::ConsentCheck));
        for i in 0..MAX_PARENTS {
            all.extend(ParentField::ALL.iter().map(|f| FieldId::Parent(i, *f)));
        }
        all.extend([
            FieldId::WorkerPhone,
            FieldId::WorkerEmail,
            FieldId::OcmwName,
            FieldId::OcmwEmail,
        ]);
        let slugs: std::collections::HashSet<String> = all.iter().map(|f| f.slug()).collect();
        assert_eq!(slugs.len(), all.len());
        assert!(slugs.iter().all(|s| s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')));
    }
}
