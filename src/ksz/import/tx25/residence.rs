//! The TX25's identity and residence IT groups (000 to 031) and the waiting register (205 to
//! 207, 210), one handler each: the source's `Label` shown as is with its `Code` in brackets (the
//! Lino convention), `Date` as the start and `DelDate` as the end. What a handler does not know
//! inside a known group becomes an "onbekend gegeven" with its raw name and leaves. The fields
//! of 021, 028 and 205 to 210 are those of the Rijksregister's schemas (`rn25`, `xm25`), their
//! names as Lino's `tx25.py` shows them.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::tx25::seen::{
    coded, dated, dates, leftovers, name, person, shown, Address, Coded, Seen,
};
use crate::ksz::import::xml::text::{code_label, code_label_at, flatten, tx25_date};
use crate::ksz::import::xml::tree::Node;

/// Reads one IT group of this part; `false` when the type is not one of them.
pub(in crate::ksz::import) fn group(
    c: &mut Collect,
    seen: &mut Seen,
    it_type: &str,
    it: &Node,
) -> bool {
    match it_type {
        "000" => {
            let nn = it
                .text_at(&["NationalNumber", "NationalNumber"])
                .unwrap_or_default();
            c.add(
                Group::Identity,
                Fact::new(L::NATIONAL_NUMBER, nn).identifying(),
            );
            if let Some(sex) = it.text_at(&["NationalNumber", "Sex"]) {
                c.fact(Group::Identity, L::SEX, sex);
            }
        }
        "001" => {
            let r = coded(it, &["Residence"]);
            let label = if r.code == "99991" {
                L::REMOVED
            } else {
                L::RESIDENCE_MUNICIPALITY
            };
            c.add(
                Group::Residence,
                Fact::new(label, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["Residence", "Fusion", "Language"],
            );
            seen.residences.push(r);
        }
        "003" => {
            let value = it.text_at(&["Graphic1"]).map(str::to_string);
            dated(c, Group::Residence, it, L::ASCERTAINED_ADDRESS, value);
            leftovers(c, Group::Residence, it_type, it, &["Graphic1"]);
        }
        "005" => {
            let (to, from) = (
                code_label_at(it, &["DestinationPlace"]),
                code_label_at(it, &["OriginPlace"]),
            );
            let value = match (to, from) {
                (Some(t), _) => format!("{} {t}", L::TOWARDS),
                (None, Some(f)) => format!("{} {f}", L::COMING_FROM),
                (None, None) => String::new(),
            };
            dated(c, Group::Residence, it, L::ADDRESS_CHANGE, Some(value));
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["DestinationPlace", "OriginPlace"],
            );
        }
        "006" => {
            dated(
                c,
                Group::Residence,
                it,
                L::COUNTRY_OF_ORIGIN,
                code_label_at(it, &["Country"]),
            );
            if let Some(g) = it.text_at(&["Graphic"]) {
                c.add(
                    Group::Residence,
                    Fact::new(L::ADDRESS_ORIGIN, g).identifying(),
                );
            }
            leftovers(c, Group::Residence, it_type, it, &["Country", "Graphic"]);
        }
        "010" => {
            let (from, to) = dates(it);
            let value = it.child("Name").and_then(name).unwrap_or_default();
            c.add(
                Group::Identity,
                Fact::new(L::NAME, value).from(from).until(to).identifying(),
            );
            leftovers(c, Group::Identity, it_type, it, &["Name"]);
        }
        "020" => {
            let (from, to) = dates(it);
            let a = it.child("Address");
            let get = |p: &[&str]| a.and_then(|a| a.text_at(p)).unwrap_or_default();
            let mut street = format!("{} {}", get(&["Street", "Label"]), get(&["HouseNumber"]));
            if !get(&["Box"]).is_empty() {
                street.push_str(&format!(" {} {}", L::BOX, get(&["Box"])));
            }
            let zip = get(&["ZipCode"]).to_string();
            let text = format!("{}, {zip}", street.trim());
            c.add(
                Group::Residence,
                Fact::new(L::MAIN_ADDRESS, text.clone())
                    .from(from.clone())
                    .until(to)
                    .identifying(),
            );
            leftovers(c, Group::Residence, it_type, it, &["Address"]);
            seen.addresses.push(Address { from, text, zip });
        }
        "022" => {
            let mut r = coded(it, &["Address", "Territory"]);
            if r.label.is_empty() {
                r = coded(it, &["Address", "Address", "Country"]);
            }
            let post = code_label_at(it, &["Address", "PosteDiplomatique"]);
            let value = [Some(shown(&r)), post.map(|p| format!("{} {p}", L::POST))]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
            c.add(
                Group::Residence,
                Fact::new(L::ABROAD, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            if let Some(inner) = it.at(&["Address", "Address"]) {
                let lines: Vec<&str> = inner
                    .children
                    .iter()
                    .filter(|n| n.name.starts_with("Graphic"))
                    .filter_map(Node::value)
                    .collect();
                c.add(
                    Group::Residence,
                    Fact::new(L::ADDRESS_ABROAD, lines.join(", ")).identifying(),
                );
            }
            seen.abroad.push(r);
        }
        "023" => {
            let (from, to) = dates(it);
            let value = it.child("Address").map(flatten).unwrap_or_default();
            c.add(
                Group::Residence,
                Fact::new(L::POSTAL_ABROAD, value)
                    .from(from)
                    .until(to)
                    .identifying(),
            );
        }
        "024" => {
            let r = coded(it, &["Reference"]);
            let rest: Vec<String> = it
                .children
                .iter()
                .filter(|n| !matches!(n.name.as_str(), "Date" | "DelDate"))
                .map(flatten)
                .collect();
            let value = if rest.is_empty() {
                L::YES.to_string()
            } else {
                rest.join("; ")
            };
            c.add(
                Group::Residence,
                Fact::new(L::REFERENCE_ADDRESS, value)
                    .from(r.from.clone())
                    .until(r.to.clone())
                    .identifying(),
            );
            seen.reference.push(r);
        }
        "026" => {
            let r = coded(it, &["Reason"]);
            let value = it
                .children
                .iter()
                .filter(|n| !matches!(n.name.as_str(), "Date" | "DelDate"))
                .map(flatten)
                .collect::<Vec<_>>()
                .join("; ");
            c.add(
                Group::Residence,
                Fact::new(L::TEMPORARY_ABSENCE, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            seen.absence.push(r);
        }
        "031" => {
            let r = coded(it, &["Nationality"]);
            c.add(
                Group::Identity,
                Fact::new(L::NATIONALITY, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(c, Group::Identity, it_type, it, &["Nationality"]);
            seen.nationalities.push(r);
        }
        "021" => {
            // Shared housing (xm25 `SharedHosting`): a role and the person it names.
            dated(
                c,
                Group::Household,
                it,
                L::SHARED_HOUSING,
                code_label_at(it, &["Role"]),
            );
            if let Some(p) = person(it) {
                c.add(Group::Household, Fact::new(L::PERSON, p).identifying());
            }
            leftovers(
                c,
                Group::Household,
                it_type,
                it,
                &["Role", "NationalNumber", "Name"],
            );
        }
        "028" => {
            // Temporary registration: the legal fact, a free text and an expiry date.
            let mut value = code_label_at(it, &["LegalFact"]).unwrap_or_default();
            if let Some(e) = it.child("ExpiryDate").and_then(tx25_date) {
                value.push_str(&format!("; {} {}", L::VALID_UNTIL, e.raw));
            }
            dated(
                c,
                Group::Residence,
                it,
                L::TEMPORARY_REGISTRATION,
                Some(value),
            );
            if let Some(g) = it.text_at(&["Graphic"]) {
                c.add(
                    Group::Residence,
                    Fact::new(L::REGISTER_TEXT, g).identifying(),
                );
            }
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["LegalFact", "Graphic", "ExpiryDate"],
            );
        }
        "205" => {
            // The type of person in the waiting register: `Code` and `Label` on the group itself.
            let r = coded(it, &[]);
            c.add(
                Group::Residence,
                Fact::new(L::WAITING_TYPE, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(c, Group::Residence, it_type, it, &["Code", "Label"]);
            seen.waiting_types.push(r);
        }
        "206" => asylum_step(c, seen, it),
        "207" => {
            let (from, to) = dates(it);
            let mut r = Coded::default();
            let value = if let Some(sw) = it.child("SocialWelfare") {
                r.code = "SocialWelfare".to_string();
                let mut v = format!(
                    "{}: {}",
                    L::IN_CHARGE_OCMW,
                    code_label_at(sw, &["Place"]).unwrap_or_default()
                );
                if let Some(i) = code_label_at(sw, &["Initiative"]) {
                    v.push_str(&format!("; {}: {i}", L::INITIATIVE));
                }
                leftovers(c, Group::Residence, it_type, sw, &["Place", "Initiative"]);
                v
            } else if let Some(rc) = it.child("RefugeeCentre") {
                r.code = "RefugeeCentre".to_string();
                format!(
                    "{}: {}",
                    L::IN_CHARGE_CENTRE,
                    code_label(rc).unwrap_or_default()
                )
            } else {
                String::new()
            };
            c.add(
                Group::Residence,
                Fact::new(L::IN_CHARGE, value)
                    .from(from.clone())
                    .until(to.clone()),
            );
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["SocialWelfare", "RefugeeCentre"],
            );
            (r.from, r.to) = (from, to);
            seen.in_charge.push(r);
        }
        "210" => {
            let r = coded(it, &["RegistrationRegister"]);
            c.add(
                Group::Residence,
                Fact::new(L::REGISTRATION_REGISTER, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(c, Group::Residence, it_type, it, &["RegistrationRegister"]);
            seen.registers.push(r);
        }
        _ => return false,
    }
    true
}

/// The Dutch name of an IT206 step by its element name (the choice of the schema's `IT206`).
fn step_name(element: &str) -> Option<&'static str> {
    Some(match element {
        "Procedure" => L::STEP_PROCEDURE,
        "StrikingOut" => L::STEP_STRIKING_OUT,
        "DecisionCancelled" => L::STEP_DECISION_CANCELLED,
        "Protection" => L::STEP_PROTECTION,
        "DelayLeaveGranted" => L::STEP_DELAY_LEAVE,
        "Escape" => L::STEP_ESCAPE,
        "UnrestrictedStay" => L::STEP_UNRESTRICTED_STAY,
        "ApplicationRenounced" => L::STEP_RENOUNCED,
        "TerritoryLeft" => L::STEP_TERRITORY_LEFT,
        "AdviceFromCGVS" => L::STEP_ADVICE_CGVS,
        "Decision" => L::STEP_DECISION,
        "ApplicationFiled" => L::STEP_APPLICATION_FILED,
        "NotificationByDVZ" => L::STEP_NOTIFIED_DVZ,
        "NotificationByOrg" => L::STEP_NOTIFIED_ORG,
        "AppealLodged" => L::STEP_APPEAL_LODGED,
        _ => return None,
    })
}

/// IT206, one step of the asylum procedure: the general info, then the step (one element of
/// the schema's choice) with its code, its parts as the schema names them, and its reference
/// (identifying, apart).
fn asylum_step(c: &mut Collect, seen: &mut Seen, it: &Node) {
    let (from, to) = dates(it);
    let mut entry = Coded::default();
    let mut parts: Vec<String> = Vec::new();
    for n in &it.children {
        let element = n.name.as_str();
        if matches!(element, "Date" | "DelDate") {
            continue;
        }
        if element == "GeneralInfo" {
            let mut v = format!("{}: {}", L::GENERAL_INFO, code_label(n).unwrap_or_default());
            if let Some(o) = code_label_at(n, &["Organization"]) {
                v.push_str(&format!(", {} {o}", L::AUTHORITY));
            }
            parts.push(v);
            leftovers(
                c,
                Group::Residence,
                "206",
                n,
                &["Code", "Label", "Organization"],
            );
            continue;
        }
        let Some(step) = step_name(element) else {
            c.unknown(Group::Residence, &format!("IT206 {element}"), n);
            continue;
        };
        entry.code = element.to_string();
        entry.label = n.text_at(&["Label"]).unwrap_or_default().to_string();
        let mut v = step.to_string();
        let own = [n.text_at(&["Label"]), n.text_at(&["Code"])];
        if let Some(cl) = crate::ksz::import::xml::text::desc_code(own[0], own[1]) {
            v.push_str(&format!(": {cl}"));
        }
        if let Some(s) = n.attr("Status") {
            v.push_str(&format!("; {} {s}", L::STATUS_WORD));
        }
        for part in &n.children {
            let text = match part.name.as_str() {
                "Code" | "Label" => continue,
                "Reference" => {
                    if let Some(r) = part.value() {
                        c.add(
                            Group::Residence,
                            Fact::new(L::ASYLUM_REFERENCE, r).identifying(),
                        );
                    }
                    continue;
                }
                "NationalNumber" => {
                    if let Some(nn) = part.text_at(&["NationalNumber"]) {
                        c.add(
                            Group::Residence,
                            Fact::new(L::ASYLUM_PERSON, nn).identifying(),
                        );
                    }
                    continue;
                }
                "Origine" => (L::ORIGIN, code_label(part)),
                "Appeal" => (L::APPEAL, code_label(part)),
                "OpenClose" => (L::OPEN_CLOSE, code_label(part)),
                "Status" => (L::STATUS_WORD, code_label(part)),
                "Place" => (L::IN_PLACE, code_label(part)),
                "Term" => (L::TERM, part.value().map(str::to_string)),
                "Comments" => (L::COMMENTS, part.value().map(str::to_string)),
                "Date" => (L::DATED, tx25_date(part).map(|d| d.raw.clone())),
                other => {
                    c.unknown(Group::Residence, &format!("IT206 {element} {other}"), part);
                    continue;
                }
            };
            if let (label, Some(t)) = text {
                v.push_str(&format!("; {label} {t}"));
            }
        }
        parts.push(v);
    }
    c.add(
        Group::Residence,
        Fact::new(L::ASYLUM_STEP, parts.join("; "))
            .from(from.clone())
            .until(to.clone()),
    );
    (entry.from, entry.to) = (from, to);
    seen.asylum_steps.push(entry);
}
