//! The TX25's other IT groups: work (070), birth (100), family and protection (110 to 141, with
//! the `Housing` code of a household entry), documents (192 to 199, with the work permit 198)
//! and the technical dates (251, 253, 254). Every IT type we do not know
//! becomes an "onbekend gegeven" with its type, element name and leaves.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::tx25::seen::{
    coded, dated, dates, leftovers, person, place, shown, Coded, Seen,
};
use crate::ksz::import::xml::text::{code_label, code_label_at, flatten, tx25_date};
use crate::ksz::import::xml::tree::Node;

/// Reads one IT group (any type not read by `tx25_residence`).
pub(in crate::ksz::import) fn group(c: &mut Collect, seen: &mut Seen, it_type: &str, it: &Node) {
    match it_type {
        "070" => {
            let value = [
                code_label_at(it, &["Occupation"]),
                code_label_at(it, &["SocialCategory"]),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
            dated(c, Group::Work, it, L::OCCUPATION, Some(value));
            leftovers(
                c,
                Group::Work,
                it_type,
                it,
                &["Occupation", "SocialCategory"],
            );
        }
        "100" => {
            let (birth, _) = dates(it);
            c.birth(birth.as_ref(), place(it).unwrap_or_default());
            if let Some(act) = it.text_at(&["ActNumber"]) {
                c.add(Group::Identity, Fact::new(L::ACT_NUMBER, act).identifying());
            }
            seen.birth = birth;
            leftovers(
                c,
                Group::Identity,
                it_type,
                it,
                &["Place1", "Place2", "ActNumber"],
            );
        }
        "110" => {
            dated(
                c,
                Group::Household,
                it,
                L::FILIATION,
                code_label_at(it, &["FiliationType"]),
            );
            for parent in ["Parent1", "Parent2"] {
                if let Some(p) = it.child(parent).and_then(person) {
                    c.add(Group::Household, Fact::new(L::PARENT, p).identifying());
                }
            }
            leftovers(
                c,
                Group::Household,
                it_type,
                it,
                &["FiliationType", "Parent1", "Parent2"],
            );
        }
        "111" | "113" => {
            let r = coded(it, &["Situation"]);
            let (label, what) = if it_type == "111" {
                (L::PARENTAL_AUTHORITY, code_label_at(it, &["Situation"]))
            } else {
                (L::GUARDIAN, code_label_at(it, &["Status"]))
            };
            let value = [what, code_label_at(it, &["Justification"])]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ");
            c.add(
                Group::Identity,
                Fact::new(label, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            let who = person(it).or_else(|| it.text_at(&["Graphic2"]).map(str::to_string));
            let who = match (who, it.text_at(&["Graphic2"])) {
                (Some(w), Some(g)) if !w.contains(g) => Some(format!("{g}; {w}")),
                (w, _) => w,
            };
            if let Some(w) = who {
                c.add(
                    Group::Identity,
                    Fact::new(L::GUARDIAN_NAME, w).identifying(),
                );
            }
            leftovers(
                c,
                Group::Identity,
                it_type,
                it,
                &[
                    "Situation",
                    "Status",
                    "Justification",
                    "NationalNumber",
                    "Name",
                    "Graphic2",
                ],
            );
            seen.protection.push(r);
        }
        "120" => {
            let r = coded(it, &["CivilState"]);
            c.add(
                Group::Household,
                Fact::new(L::CIVIL_STATE, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            if let Some(p) = it.child("Spouse").and_then(person) {
                c.add(Group::Household, Fact::new(L::SPOUSE, p).identifying());
            }
            if let Some(l) = it.child("Lieu") {
                c.fact(Group::Household, L::PLACE, flatten(l));
            }
            if let Some(act) = it.text_at(&["ActNumber"]) {
                c.add(
                    Group::Household,
                    Fact::new(L::ACT_NUMBER, act).identifying(),
                );
            }
            leftovers(
                c,
                Group::Household,
                it_type,
                it,
                &["CivilState", "Spouse", "Lieu", "ActNumber"],
            );
            seen.civil_states.push(r);
        }
        "123" => {
            let (from, mut to) = dates(it);
            let value = if let Some(end) = it.child("Cessation") {
                to = to.or_else(|| from.clone());
                format!(
                    "{}: {}",
                    L::ENDED,
                    code_label_at(end, &["Reason"]).unwrap_or_default()
                )
            } else {
                match it
                    .at(&["Declaration", "RegistrationDate"])
                    .and_then(tx25_date)
                {
                    Some(on) => format!("{}; {} {}", L::DECLARATION, L::REGISTERED_ON, on.raw),
                    None => L::DECLARATION.to_string(),
                }
            };
            c.add(
                Group::Household,
                Fact::new(L::LEGAL_COHABITATION, value)
                    .from(from.clone())
                    .until(to.clone()),
            );
            if let Some(p) = it.at(&["Declaration", "Partner"]).and_then(person) {
                c.add(Group::Household, Fact::new(L::PARTNER, p).identifying());
            }
            leftovers(
                c,
                Group::Household,
                it_type,
                it,
                &["Declaration", "Cessation"],
            );
            let mut entry = Coded::default();
            (entry.from, entry.to, entry.person) = (from, to, it.child("Cessation").is_none());
            seen.cohabitation.push(entry);
        }
        "140" | "141" => {
            let mut r = coded(it, &["FamilyRole"]);
            r.person = it.child("NationalNumber").is_some() || it.child("Name").is_some();
            let label = match (it_type, r.person) {
                ("141", _) => L::HEAD_OF_FAMILY,
                (_, true) => L::MEMBER,
                _ => L::OWN_POSITION,
            };
            let role = shown(&r);
            let value = if it_type == "141" {
                format!("{} {role}", L::CLIENT_IS)
            } else {
                role
            };
            c.add(
                Group::Household,
                Fact::new(label, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            if let Some(p) = person(it) {
                c.add(Group::Household, Fact::new(L::PERSON, p).identifying());
            }
            // `Housing` (schema type `HousingType`: a code, a label at times): no source says
            // what its codes mean, so it is shown as the register writes it.
            if let Some(h) = code_label_at(it, &["Housing"]) {
                c.add(
                    Group::Household,
                    Fact::new(&format!("{} (IT{it_type} Housing)", L::HOUSING), h)
                        .from(r.from.clone())
                        .until(r.to.clone()),
                );
            }
            leftovers(
                c,
                Group::Household,
                it_type,
                it,
                &["FamilyRole", "Housing", "NationalNumber", "Name"],
            );
            if it_type == "141" {
                seen.heads.push(r)
            } else {
                seen.members.push(r)
            }
        }
        "192" => {
            dated(
                c,
                Group::Other,
                it,
                L::ORGAN_DONATION,
                code_label_at(it, &["Declaration"]),
            );
        }
        "194" => {
            let cats: Vec<String> = it
                .at(&["Categories"])
                .map(|n| n.all("Category").filter_map(code_label).collect())
                .unwrap_or_default();
            let value = [code_label_at(it, &["TypeOfLicense"]), Some(cats.join(", "))]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
            dated(c, Group::Other, it, L::DRIVING_LICENCE, Some(value));
            if let Some(n) = it.text_at(&["LicenseNumber"]) {
                c.add(Group::Other, Fact::new(L::DOCUMENT_NUMBER, n).identifying());
            }
        }
        "195" | "199" => {
            let mut r = if it_type == "195" {
                coded(it, &["TypeOfCard"])
            } else {
                coded(it, &["PassportIdent", "PassportType"])
            };
            r.expiry = it.child("ExpiryDate").and_then(tx25_date);
            let label = if it_type == "195" {
                L::IDENTITY_CARD
            } else {
                L::PASSPORT
            };
            let mut value = shown(&r);
            if let Some(status) = code_label_at(it, &["Status"]) {
                value.push_str(&format!("; {status}"));
            }
            if let Some(d) = it.child("ProductionDate").and_then(tx25_date) {
                value.push_str(&format!("; {} {}", L::PRODUCED_ON, d.raw));
            }
            if let Some(e) = &r.expiry {
                value.push_str(&format!("; {} {}", L::VALID_UNTIL, e.raw));
            }
            c.add(
                Group::Identity,
                Fact::new(label, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            let number = it
                .text_at(&["CardNumber"])
                .or_else(|| it.text_at(&["PassportIdent", "PassportNumber"]));
            for (label, n) in [
                (L::DOCUMENT_NUMBER, number),
                (L::SERIAL_NUMBER, it.text_at(&["SerialNumber"])),
            ] {
                if let Some(n) = n {
                    c.add(Group::Identity, Fact::new(label, n).identifying());
                }
            }
            if it_type == "195" {
                seen.cards.push(r);
            }
        }
        "198" => {
            // Work permit: its number (identifying) and its expiry date, which the schema
            // allows to be fictitious (`ExpiryDateType` with a `Graphic` text).
            let expiry = it.child("ExpiryDate");
            let value = [
                expiry
                    .and_then(tx25_date)
                    .map(|e| format!("{} {}", L::VALID_UNTIL, e.raw)),
                expiry
                    .and_then(|e| e.text_at(&["Graphic"]))
                    .map(str::to_string),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
            dated(c, Group::Work, it, L::WORK_PERMIT, Some(value));
            if let Some(n) = it.text_at(&["PermitNumber"]) {
                c.add(Group::Work, Fact::new(L::DOCUMENT_NUMBER, n).identifying());
            }
            leftovers(c, Group::Work, it_type, it, &["PermitNumber", "ExpiryDate"]);
        }
        "251" => dated(c, Group::Other, it, L::RESIDENCE_UPDATE, None),
        "253" => dated(c, Group::Other, it, L::FILE_CREATED, None),
        "254" => dated(c, Group::Other, it, L::FILE_UPDATED, None),
        _ => {
            // An IT group we do not know: its dates, then its children as a tree.
            let (from, to) = dates(it);
            let label = format!("IT{it_type} {}", it.name);
            let mut fact = Fact::new(&label, "").from(from).until(to).identifying();
            fact.unknown = true;
            c.add(Group::Other, fact);
            for n in &it.children {
                if !matches!(n.name.as_str(), "Date" | "DelDate") {
                    c.unknown(Group::Other, &format!("{label}{}{}", L::PATH, n.name), n);
                }
            }
        }
    }
}
