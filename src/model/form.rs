//! The form exactly as typed: plain strings and booleans, never rejected, never lost.

use super::fields::{FieldId, ParentField, CONSENT_POINTS, MAX_PARENTS};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// One parent as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct RawParent {
    pub first_name: String,
    pub last_name: String,
    pub street: String,
    pub house_number: String,
    pub box_number: String,
    pub postcode: String,
    pub municipality: String,
    pub phone: String,
    pub email: String,
}

impl RawParent {
    pub fn get(&self, field: ParentField) -> &str {
        match field {
            ParentField::FirstName => &self.first_name,
            ParentField::LastName => &self.last_name,
            ParentField::Street => &self.street,
            ParentField::HouseNumber => &self.house_number,
            ParentField::Box => &self.box_number,
            ParentField::Postcode => &self.postcode,
            ParentField::Municipality => &self.municipality,
            ParentField::Phone => &self.phone,
            ParentField::Email => &self.email,
        }
    }

    pub fn get_mut(&mut self, field: ParentField) -> &mut String {
        match field {
            ParentField::FirstName => &mut self.first_name,
            ParentField::LastName => &mut self.last_name,
            ParentField::Street => &mut self.street,
            ParentField::HouseNumber => &mut self.house_number,
            ParentField::Box => &mut self.box_number,
            ParentField::Postcode => &mut self.postcode,
            ParentField::Municipality => &mut self.municipality,
            ParentField::Phone => &mut self.phone,
            ParentField::Email => &mut self.email,
        }
    }
}

/// The consent step as given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct RawConsent {
    pub confirmed: [bool; CONSENT_POINTS],
    /// `YYYY-MM-DD`, as `<input type="date">` gives it.
    pub date: String,
}

/// The referring worker and the receiving OCMW as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct RawSender {
    pub team: String,
    pub worker_name: String,
    pub worker_phone: String,
    pub worker_email: String,
    pub ocmw_name: String,
    pub ocmw_email: String,
}

/// The whole form. Always holds one or two parents.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct RawForm {
    pub consent: RawConsent,
    parents: Vec<RawParent>,
    /// Parent 2 lives at parent 1's address (parent 2's own address fields are then ignored).
    pub same_address: bool,
    pub sender: RawSender,
}

impl Default for RawForm {
    fn default() -> Self {
        RawForm {
            consent: RawConsent::default(),
            parents: vec![RawParent::default()],
            same_address: false,
            sender: RawSender::default(),
        }
    }
}

impl RawForm {
    pub fn parents(&self) -> &[RawParent] {
        &self.parents
    }

    /// Adds an empty second parent; does nothing when there are already two.
    pub fn add_parent(&mut self) {
        if self.parents.len() < MAX_PARENTS {
            self.parents.push(RawParent::default());
        }
    }

    /// Removes parent `index`; the first parent cannot be removed when it is the only one.
    pub fn remove_parent(&mut self, index: usize) {
        if self.parents.len() > 1 && index < self.parents.len() {
            self.parents.remove(index);
            self.same_address = false;
        }
    }

    /// The text of a field; checkboxes read as "" (use `consent.confirmed`).
    pub fn get(&self, field: FieldId) -> &str {
        match field {
            FieldId::ConsentCheck(_) => "",
            FieldId::ConsentDate => &self.consent.date,
            FieldId::Parent(i, f) => self.parents.get(i).map_or("", |p| p.get(f)),
            FieldId::Team => &self.sender.team,
            FieldId::WorkerName => &self.sender.worker_name,
            FieldId::WorkerPhone => &self.sender.worker_phone,
            FieldId::WorkerEmail => &self.sender.worker_email,
            FieldId::OcmwName => &self.sender.ocmw_name,
            FieldId::OcmwEmail => &self.sender.ocmw_email,
        }
    }

    /// Stores what was typed in a text field. Unknown parents and checkboxes are ignored.
    pub fn set(&mut self, field: FieldId, value: String) {
        let slot = match field {
            FieldId::ConsentCheck(_) => return,
            FieldId::ConsentDate => &mut self.consent.date,
            FieldId::Parent(i, f) => match self.parents.get_mut(i) {
                Some(p) => p.get_mut(f),
                None => return,
            },
            FieldId::Team => &mut self.sender.team,
            FieldId::WorkerName => &mut self.sender.worker_name,
            FieldId::WorkerPhone => &mut self.sender.worker_phone,
            FieldId::WorkerEmail => &mut self.sender.worker_email,
            FieldId::OcmwName => &mut self.sender.ocmw_name,
            FieldId::OcmwEmail => &mut self.sender.ocmw_email,
        };
        slot.zeroize();
        *slot = value;
    }

    /// Whether anything of a family was typed (a parent's field that is not blank): what would be
    /// lost if the page were left. The prefilled team, worker and OCMW are not family data.
    pub fn holds_family_data(&self) -> bool {
        self.parents.iter().any(|p| {
            ParentField::ALL
                .iter()
                .any(|f| !p.get(*f).trim().is_empty())
        })
    }

    /// Sets one consent checkbox.
    pub fn set_confirmed(&mut self, point: usize, confirmed: bool) {
        if let Some(c) = self.consent.confirmed.get_mut(point) {
            *c = confirmed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_and_get_every_field() {
        let mut form = RawForm::default();
        form.add_parent();
        form.add_parent(); // a third is refused
        assert_eq!(form.parents().len(), 2);
        for i in 0..2 {
            for f in ParentField::ALL {
                let id = FieldId::Parent(i, f);
                form.set(id, id.slug());
                assert_eq!(form.get(id), id.slug());
            }
        }
        for id in [
            FieldId::ConsentDate,
            FieldId::Team,
            FieldId::WorkerName,
            FieldId::WorkerPhone,
            FieldId::WorkerEmail,
            FieldId::OcmwName,
            FieldId::OcmwEmail,
        ] {
            form.set(id, id.slug());
            assert_eq!(form.get(id), id.slug());
        }
        form.remove_parent(0);
        assert_eq!(form.parents().len(), 1);
        assert_eq!(
            form.get(FieldId::Parent(0, ParentField::Email)),
            "ouder-2-email"
        );
        form.remove_parent(0); // the last parent stays
        assert_eq!(form.parents().len(), 1);
    }

    #[test]
    fn family_data_is_any_parent_field() {
        let mut form = RawForm::default();
        form.set(FieldId::Team, "Team Gent".into());
        form.set(FieldId::OcmwName, "OCMW Gent".into());
        form.set(FieldId::Parent(0, ParentField::Street), "  ".into());
        assert!(!form.holds_family_data());
        form.add_parent();
        form.set(FieldId::Parent(1, ParentField::Email), "a@b.be".into());
        assert!(form.holds_family_data());
        form.remove_parent(1);
        assert!(!form.holds_family_data());
    }
}
