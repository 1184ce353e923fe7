//! KSZ RetrieveTIGroups (the TX25 of the Rijksregister), v1 and v2 (`retrieveTIGroupsResponse`
//! with `rrn_it_implicit`), in nl, fr or de: the status, every IT group (`residence.rs`,
//! `family.rs`), the findings for the flows rr, adres, gezin and wachtregister, and the
//! timeline (addresses, reference address, household).

pub(in crate::ksz::import) mod family;
pub(in crate::ksz::import) mod residence;
pub(in crate::ksz::import) mod seen;

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::{months, PartialDate};
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Group, Kind, Lane};
use crate::ksz::import::rules;
use crate::ksz::import::tx25::seen::{Coded, Seen};
use crate::ksz::import::xml::text::{desc_code, digits};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

/// Reads a `retrieveTIGroupsResponse`.
pub(in crate::ksz::import) fn read(root: &Node, file_name: &str, options: &Options) -> Answer {
    let v2 = root.ns.contains("/v2") || root.child("legalContext").is_some();
    let version = if v2 { 2 } else { 1 };
    let mut c = Collect::new(format!("RetrieveTIGroups (TX25) v{version}"));
    c.answered_on = crate::ksz::import::xml::text::ksz_answered_on(root);
    let language = root
        .text_at(&["searchInformation", "language"])
        .map(str::to_ascii_lowercase)
        .filter(|l| matches!(l.as_str(), "nl" | "fr" | "de"));
    c.summary.subject = root
        .text_at(&["searchInformation", "ssin"])
        .map(digits)
        .filter(|d| !d.is_empty());
    if let Some(ctx) = root.text_at(&["legalContext"]) {
        c.fact(Group::Other, L::LEGAL_CONTEXT, ctx);
    }
    let value = root.text_at(&["status", "value"]).unwrap_or_default();
    if let Some(status) = root.child("status") {
        c.fact(Group::Other, L::STATUS, rules::status_text(status));
    }
    let no_data = value == "NO_DATA_FOUND";
    let flows = [ids::RR, ids::ADRES, ids::GEZIN];
    if no_data {
        flows
            .iter()
            .for_each(|f| c.status(*f, Status::NothingFound));
    } else if !value.is_empty() && value != "DATA_FOUND" {
        flows
            .iter()
            .for_each(|f| c.status(*f, Status::NotConsulted));
    }
    c.rest(
        Group::Other,
        root,
        &[
            "informationCustomer",
            "informationCBSS",
            "legalContext",
            "searchInformation",
            "status",
            "rrn_it_implicit",
        ],
    );
    let mut seen = Seen::default();
    if let Some(its) = root.child("rrn_it_implicit") {
        for child in &its.children {
            match it_type(child) {
                Some(t) => group(&mut c, &mut seen, t, child),
                None if child.children.iter().any(|g| it_type(g).is_some()) => {
                    for g in &child.children {
                        match it_type(g) {
                            Some(t) => group(&mut c, &mut seen, t, g),
                            None => c.unknown(Group::Other, &g.name, g),
                        }
                    }
                }
                None => match by_name(child) {
                    Some(t) => group(&mut c, &mut seen, t, child),
                    None => c.unknown(Group::Other, &child.name, child),
                },
            }
        }
        findings(&mut c, &seen, options);
        timeline(&mut c, &seen);
    }
    c.finish(file_name, Kind::Tx25 { version }, language, no_data)
}

/// Reads one IT group, whatever its type.
/// The IT groups by the element name the Rijksregister gives them, as Lino's TX25 samples pair
/// each name with its `Type`: an answer that leaves out `Type` is read by name.
const GROUP_NAMES: [(&str, &str); 34] = [
    ("NationalNumber", "000"),
    ("Residences", "001"),
    ("AscertainedLegalMainAddress", "003"),
    ("Address", "005"),
    ("CountryOfOrigin", "006"),
    ("Name", "010"),
    ("LegalMainAddress", "020"),
    ("SharedHosting", "021"),
    ("ResidenceAbroad", "022"),
    ("PostalAddressAbroad", "023"),
    ("AddressReference", "024"),
    ("TemporaryRegistration", "028"),
    ("Nationality", "031"),
    ("Occupation", "070"),
    ("BirthPlace", "100"),
    ("Filiation", "110"),
    ("ParentalAuthority", "111"),
    ("Guardian", "113"),
    ("CivilState", "120"),
    ("LegalCohabitation", "123"),
    ("FamilyMember", "140"),
    ("HeadOfFamily", "141"),
    ("OrganDonation", "192"),
    ("DrivingLicense", "194"),
    ("IdentityCard", "195"),
    ("WorkPermit", "198"),
    ("Passport", "199"),
    ("RefugeeType", "205"),
    ("StatusOfRefugee", "206"),
    ("OrganizationInCharge", "207"),
    ("RegistrationRegister", "210"),
    ("ResidenceUpdateDate", "251"),
    ("CreationDate", "253"),
    ("LastUpdateDate", "254"),
];

/// The type of an IT group by its element name.
fn by_name(node: &Node) -> Option<&'static str> {
    GROUP_NAMES
        .iter()
        .find(|(name, _)| *name == node.name)
        .map(|(_, t)| *t)
}

/// An IT group's type: its `Type`, or else, for an element with the `Structure` every group
/// carries (a wrapper of groups has none, and may bear a group's name: `HeadOfFamily`), the
/// type of its name.
fn it_type(node: &Node) -> Option<&str> {
    node.attr("Type")
        .or_else(|| node.attr("Structure").and_then(|_| by_name(node)))
}

fn group(c: &mut Collect, seen: &mut Seen, it_type: &str, it: &Node) {
    if !crate::ksz::import::tx25::residence::group(c, seen, it_type, it) {
        crate::ksz::import::tx25::family::group(c, seen, it_type, it);
    }
}

fn current(entries: &[Coded]) -> impl Iterator<Item = &Coded> {
    entries.iter().filter(|e| e.to.is_none())
}

/// The latest entry by its start date.
fn latest(entries: &[Coded]) -> Option<&Coded> {
    current(entries).max_by_key(|e| e.from.as_ref().and_then(PartialDate::days))
}

fn findings(c: &mut Collect, seen: &Seen, options: &Options) {
    let on = c.answered_on.clone();
    // rr: nationality, civil state, cards, protection, age.
    let nationalities: Vec<(&str, &str)> = current(&seen.nationalities)
        .map(|n| (n.code.as_str(), n.label.as_str()))
        .collect();
    if let Some(n) = latest(&seen.nationalities) {
        c.summary.nationality = Some(desc_code(Some(&n.label), Some(&n.code)).unwrap_or_default());
    }
    rules::nationality(c, &nationalities);
    // The latest legal cohabitation entry decides: a declaration (not a cessation) still runs.
    let cohabiting = seen
        .cohabitation
        .iter()
        .max_by_key(|e| e.from.as_ref().and_then(PartialDate::days))
        .is_some_and(|e| e.person && e.to.is_none());
    if let Some(cs) = latest(&seen.civil_states) {
        c.summary.civil_state = desc_code(Some(&cs.label), Some(&cs.code));
        rules::civil_state(c, &cs.code, &cs.label, cohabiting);
    } else if cohabiting {
        c.observe(ids::RR_MARRIED_OR_COHABITING);
    }
    if !seen.cards.is_empty() {
        c.observe(ids::RR_CARD_TYPE_SHOWN);
    }
    if let (Some(card), Some(on)) = (latest(&seen.cards), &on) {
        rules::card_expiry(c, card.expiry.as_ref(), on);
    }
    // Permanent residence: the latest card not ended on the answer's date.
    if let Some(card) = latest_live(&seen.cards, on.as_ref()) {
        rules::permanent_residence(c, &card.label, card.expiry.as_ref(), on.as_ref());
    }
    if current(&seen.protection).next().is_some() {
        c.observe(ids::RR_LEGAL_PROTECTION);
    }
    if let (Some(birth), Some(on)) = (&seen.birth, &on) {
        rules::age(c, birth, on);
    }
    if !c.has(ids::RR) && (!seen.nationalities.is_empty() || seen.birth.is_some()) {
        c.status(ids::RR, Status::Found);
    }

    // adres.
    if seen.residences.iter().any(|r| r.code == "99991") {
        c.observe(ids::ADRES_REMOVED_EX_OFFICIO);
    }
    if current(&seen.reference).next().is_some() {
        c.observe(ids::ADRES_REFERENCE_ADDRESS);
    }
    if !seen.abroad.is_empty() {
        c.observe(ids::ADRES_ABROAD);
    }
    if current(&seen.absence).next().is_some() {
        c.observe(ids::ADRES_TEMPORARY_ABSENCE);
    }
    let starts: Vec<Option<PartialDate>> = seen.addresses.iter().map(|a| a.from.clone()).collect();
    rules::moves(c, &starts, on.as_ref());
    let here = seen
        .residences
        .iter()
        .filter(|r| r.code != "99991")
        .max_by_key(|r| r.from.as_ref().and_then(PartialDate::days));
    if let Some(r) = here {
        rules::municipality(c, &r.code, options);
    }
    if let Some(a) = seen
        .addresses
        .iter()
        .max_by_key(|a| a.from.as_ref().and_then(PartialDate::days))
    {
        c.summary.address = Some(a.text.clone());
    }
    if !c.has(ids::ADRES) && !seen.addresses.is_empty() {
        c.status(ids::ADRES, Status::Found);
    }

    // gezin: IT140 (the client's own position and the members with theirs) and IT141 (the
    // reference person when it is someone else, with the client's relation to them).
    let members: Vec<&Coded> = current(&seen.members).filter(|m| m.person).collect();
    let heads: Vec<&Coded> = current(&seen.heads).collect();
    for m in &members {
        rules::position(c, &m.code, true);
    }
    for h in &heads {
        rules::position(c, &h.code, false);
    }
    let own = current(&seen.members).any(|m| !m.person);
    if own && members.is_empty() && heads.is_empty() {
        c.observe(ids::GEZIN_ALONE);
    }
    let changes = seen
        .members
        .iter()
        .chain(&seen.heads)
        .filter(|m| m.person)
        .flat_map(|m| [&m.from, &m.to]);
    if let Some(on) = &on {
        if rules::any_within(
            changes.map(Option::as_ref),
            on,
            months(rules::RECENT_MONTHS),
        ) {
            c.observe(ids::GEZIN_RECENT_CHANGE);
        }
    }
    let household = !seen.members.is_empty() || !seen.heads.is_empty();
    if !c.has(ids::GEZIN) && household {
        c.status(ids::GEZIN, Status::Found);
    }

    waiting_register(c, seen, on.as_ref());
}

/// The latest entry by its start date among those not ended on `on` (an entry whose `DelDate`
/// lies on or before the answer's date is history, never the current state).
fn latest_live<'a>(entries: &'a [Coded], on: Option<&PartialDate>) -> Option<&'a Coded> {
    entries
        .iter()
        .filter(|e| !rules::ended(e.to.as_ref(), on))
        .max_by_key(|e| e.from.as_ref().and_then(PartialDate::days))
}

/// wachtregister (IT205, IT206, IT207) and the register (IT210). Only the latest step of the
/// procedure that has not ended counts, and only a step that says it by its kind: a filed
/// application or a lodged appeal runs, a renounced application has ended, a protection names
/// refugee or subsidiary protection in its label. A decision, a notification or any other step
/// is shown, never read as an outcome. Without such a step, the type of person in the waiting
/// register (IT205) is read as MAGDA's refugee type is.
fn waiting_register(c: &mut Collect, seen: &Seen, on: Option<&PartialDate>) {
    let step = latest_live(&seen.asylum_steps, on).and_then(|s| {
        let label = crate::case::lower(&s.label);
        let has = |words: &[&str]| words.iter().any(|w| label.contains(w));
        match s.code.as_str() {
            "ApplicationFiled" => Some(ids::WACHTREGISTER_ASYLUM_PENDING),
            "AppealLodged" => Some(ids::WACHTREGISTER_APPEAL_PENDING),
            "ApplicationRenounced" => Some(ids::WACHTREGISTER_REFUSED_OR_ENDED),
            "Protection" if has(&["subsidiair", "subsidiaire", "subsidiär"]) => {
                Some(ids::WACHTREGISTER_SUBSIDIARY_PROTECTION)
            }
            "Protection" if has(&["vluchteling", "réfugié", "refugie", "flüchtling"]) => {
                Some(ids::WACHTREGISTER_REFUGEE_RECOGNISED)
            }
            _ => None,
        }
    });
    match step {
        Some(id) => c.observe(id),
        None => {
            if let Some(t) = latest_live(&seen.waiting_types, on) {
                let text = desc_code(Some(&t.label), Some(&t.code)).unwrap_or_default();
                crate::ksz::import::magda::residence::asylum(c, &text);
            }
        }
    }
    if latest_live(&seen.in_charge, on).is_some() {
        c.observe(ids::WACHTREGISTER_RECEPTION_NETWORK);
    }
    let any = !seen.waiting_types.is_empty()
        || !seen.asylum_steps.is_empty()
        || !seen.in_charge.is_empty();
    if any && !c.has(ids::WACHTREGISTER) {
        c.status(ids::WACHTREGISTER, Status::Found);
    }
    // The register by its name as the register writes it (B.R., V.R., W.R. in nl, fr, de).
    if let Some(r) = latest_live(&seen.registers, on).filter(|r| !r.label.is_empty()) {
        crate::ksz::import::magda::residence::register(c, "", &r.label);
    }
}

fn timeline(c: &mut Collect, seen: &Seen) {
    // Addresses: each until the next one starts; printed as the municipality of IT001 at that
    // date (never the street), or the postcode when IT001 does not say.
    let mut addresses: Vec<_> = seen.addresses.iter().collect();
    crate::order::sort_by(&mut addresses, |a| {
        (
            crate::order::opt(a.from.as_ref().and_then(PartialDate::days)),
            0,
            0,
        )
    });
    // Belgian municipalities of IT001 by start date, to find the one of each address quickly.
    let mut towns: Vec<(Option<i64>, &str)> = seen
        .residences
        .iter()
        .filter(|r| r.code != "99991" && r.code.len() == 5 && !r.label.is_empty())
        .map(|r| {
            (
                r.from.as_ref().and_then(PartialDate::days),
                r.label.as_str(),
            )
        })
        .collect();
    crate::order::sort_by(&mut towns, |t| (crate::order::opt(t.0), 0, 0));
    for (i, a) in addresses.iter().enumerate() {
        let next = addresses.get(i + 1).and_then(|n| n.from.clone());
        let start = a.from.as_ref().and_then(PartialDate::days);
        let upto = towns.partition_point(|t| t.0 <= start);
        let town = upto
            .checked_sub(1)
            .map(|i| towns[i].1.to_string())
            .unwrap_or_else(|| format!("{} {}", L::POSTCODE, a.zip));
        c.period(
            Lane::Address,
            a.from.clone(),
            next,
            format!("{}: {}", L::MAIN_ADDRESS, a.text),
            town,
        );
    }
    for r in seen.residences.iter().filter(|r| r.code == "99991") {
        let label = format!("{}: {} ({})", L::REMOVED, r.label, r.code);
        c.mark(Lane::Address, r.from.clone(), label, L::PRINT_REMOVED);
    }
    for r in &seen.abroad {
        let country = desc_code(Some(&r.label), Some(&r.code)).unwrap_or_default();
        c.period(
            Lane::Address,
            r.from.clone(),
            r.to.clone(),
            format!("{}: {country}", L::ABROAD),
            r.label.clone(),
        );
    }
    for r in &seen.reference {
        c.period(
            Lane::ReferenceAddress,
            r.from.clone(),
            r.to.clone(),
            L::REFERENCE_ADDRESS,
            L::PRINT_REFERENCE_ADDRESS,
        );
    }
    for m in &seen.members {
        let role = desc_code(Some(&m.label), Some(&m.code)).unwrap_or_default();
        let (label, print) = if m.person {
            (
                format!("{}: {role}", L::MEMBER),
                rules::position_word(&m.code).to_string(),
            )
        } else {
            (
                format!("{}: {role}", L::OWN_POSITION),
                format!("{} {}", L::PRINT_CLIENT, rules::position_word(&m.code)),
            )
        };
        c.period(Lane::Household, m.from.clone(), m.to.clone(), label, print);
    }
    for h in &seen.heads {
        let role = desc_code(Some(&h.label), Some(&h.code)).unwrap_or_default();
        let print = format!(
            "{} ({} {})",
            L::PRINT_HEAD,
            L::PRINT_CLIENT,
            rules::position_word(&h.code)
        );
        c.period(
            Lane::Household,
            h.from.clone(),
            h.to.clone(),
            format!("{}: {} {role}", L::HEAD_OF_FAMILY, L::CLIENT_IS),
            print,
        );
    }
}
