//! MAGDA SocZek: GeefLeefloonbedragen (leefloon per year and month, the paying OCMW) and
//! GeefSociaalStatuut (harmonised social statuses). GeefDossierHandicap is in
//! `handicap.rs`.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{
    code_label, date_at, desc_code, digits, euro_decimal, positive,
};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::vec_map::VecMap;
use crate::ksz::Status;

/// Interpretation: leefloon paid for a period ending at most this many days before the answer
/// is paid "now" (one monthly payment late at most).
const CURRENT_DAYS: i64 = 62;

/// Reads `Inhoud/Leefloonbedragen`.
pub(in crate::ksz::import) fn leefloon(c: &mut Collect, inhoud: &Node, options: &Options) {
    c.rest(Group::Other, inhoud, &["Leefloonbedragen"]);
    let Some(list) = inhoud.child("Leefloonbedragen") else {
        return;
    };
    // Paying OCMW (enterprise number) → the last day it paid for.
    let mut payers: VecMap<String, Option<i64>> = VecMap::default();
    let mut people: Vec<String> = Vec::new();
    for b in &list.children {
        if b.name != "Leefloonbedrag" {
            c.unknown(Group::Income, &b.name, b);
            continue;
        }
        let year = b.text_at(&["Jaar"]).unwrap_or_default();
        for n in &b.children {
            match n.name.as_str() {
                "Jaar" => {}
                "Uitbetaling" => {
                    let v = desc_code(n.attr("Beschrijving"), n.value()).unwrap_or_default();
                    c.fact(Group::Income, &format!("{} {year}", L::LEEFLOON), v);
                }
                "Tegemoetkoming" => {
                    for t in &n.children {
                        match t.name.as_str() {
                            "Jaarlijks" => yearly(c, t),
                            "Maandelijks" => {
                                for m in t.all("Maand") {
                                    month(c, m, &mut payers, &mut people);
                                }
                            }
                            _ => c.unknown(Group::Income, &t.name, t),
                        }
                    }
                }
                _ => c.unknown(Group::Income, &n.name, n),
            }
        }
    }
    if payers.is_empty() {
        c.status(ids::OCMW, Status::NothingFound);
        return;
    }
    c.observe(ids::OCMW_LEEFLOON_AMOUNTS_VISIBLE);
    let now = c.answered_on.as_ref().and_then(PartialDate::days);
    for (payer, last) in payers.into_entries() {
        if options
            .own_enterprise_numbers
            .iter()
            .any(|o| digits(o) == payer)
        {
            continue;
        }
        match (last, now) {
            (Some(l), Some(n)) if l >= n - CURRENT_DAYS => {
                c.observe(ids::OCMW_LEEFLOON_ELSEWHERE_CURRENT)
            }
            _ => c.observe(ids::OCMW_LEEFLOON_ELSEWHERE_PAST),
        }
    }
}

fn yearly(c: &mut Collect, t: &Node) {
    let year = t.attr("Jaar").unwrap_or_default();
    for l in &t.children {
        // Each kind under its own name: an equivalent leefloon or a child allowance paid by an
        // OCMW is no leefloon. A kind we do not know is shown as it is written.
        let kind = if l.name == "Leefloon" {
            L::LEEFLOON
        } else if l.name.starts_with("EquivalentLeefloon") {
            L::EQUIVALENT_LEEFLOON
        } else if l.name.starts_with("Kinderbijslag") {
            L::CHILD_ALLOWANCE
        } else {
            c.unknown(Group::Income, &l.name, l);
            continue;
        };
        let mut parts = vec![l.text_at(&["Bedrag"]).map(euro_decimal).unwrap_or_default()];
        if let Some(m) = l.text_at(&["AantalMaandenZonderToelage"]) {
            parts.push(format!("{}: {m}", L::MONTHS_WITHOUT));
        }
        if l.text_at(&["TweedeGerechtigde"]).is_some_and(|v| v == "1") {
            parts.push(L::SECOND_BENEFICIARY.to_string());
        }
        if l.text_at(&["MaximumLeefloonGekregen"])
            .is_some_and(|v| v == "1")
        {
            parts.push(L::MAXIMUM_RECEIVED.to_string());
        }
        c.fact(
            Group::Income,
            &format!("{kind} {year} ({})", L::PER_YEAR),
            parts.join("; "),
        );
    }
}

fn month(
    c: &mut Collect,
    m: &Node,
    payers: &mut VecMap<String, Option<i64>>,
    people: &mut Vec<String>,
) {
    let month = m.attr("JaarMaand").and_then(PartialDate::parse);
    for p in m.find_all("LeefloonPeriode") {
        let amount = p.text_at(&["Bedrag"]).unwrap_or_default();
        let from = date_at(p, &["Periode", "Begin"]).or(month.clone());
        let to = date_at(p, &["Periode", "Einde"]).or(month.clone());
        let ocmw = p
            .text_at(&["OCMW", "Ondernemingsnummer"])
            .map(digits)
            .unwrap_or_default();
        let value = format!("{}; {} {ocmw}", euro_decimal(amount), L::OCMW);
        c.add(
            Group::Income,
            Fact::new(L::LEEFLOON_MONTH, value.clone())
                .from(from.clone())
                .until(to.clone()),
        );
        for (label, path) in [
            (L::BENEFICIARY, ["Begunstigde", "INSZ"]),
            (L::PARTNER, ["Partner", "INSZ"]),
        ] {
            if let Some(i) = p.text_at(&path) {
                if !people.iter().any(|x| x == i) {
                    people.push(i.to_string());
                    c.add(Group::Income, Fact::new(label, i).identifying());
                }
            }
        }
        let label = format!("{} {value}", L::LEEFLOON);
        c.period(
            Lane::Leefloon,
            from.clone(),
            to.clone(),
            label,
            format!("{} {}", L::PRINT_LEEFLOON, euro_decimal(amount)),
        );
        if positive(amount) && !ocmw.is_empty() {
            let end = to
                .as_ref()
                .and_then(PartialDate::last_days)
                .or(from.as_ref().and_then(PartialDate::days));
            let last = payers.entry_or_insert_with(ocmw, || None);
            *last = (*last).max(end);
        }
    }
}

/// Reads `Inhoud/Persoon/SocialeStatuten`.
pub(in crate::ksz::import) fn statuut(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Persoon"]);
    let Some(p) = inhoud.child("Persoon") else {
        return;
    };
    let (mut applies, mut none) = (0, 0);
    for n in &p.children {
        match n.name.as_str() {
            "INSZ" => {
                c.summary.subject = Some(digits(&n.text)).filter(|d| !d.is_empty());
                c.add(
                    Group::Identity,
                    Fact::new(L::NATIONAL_NUMBER, n.text.trim()).identifying(),
                );
            }
            "SocialeStatuten" => {
                for s in &n.children {
                    let name = s.text_at(&["Naam"]).unwrap_or_default();
                    let result = s.text_at(&["Resultaat", "Code"]).unwrap_or_default();
                    let value = format!(
                        "{name}: {}",
                        s.child("Resultaat")
                            .and_then(code_label)
                            .unwrap_or_default()
                    );
                    let from = date_at(s, &["Periode", "Begin"]).or(date_at(s, &["Datum"]));
                    c.add(
                        Group::Allowances,
                        Fact::new(L::SOCIAL_STATUS, value)
                            .from(from)
                            .until(date_at(s, &["Periode", "Einde"])),
                    );
                    match result {
                        "1" => {
                            applies += 1;
                            match name {
                                "BIM_BVT" => c.observe(ids::STATUUT_VT),
                                "BIM_BVT_IN_FAMILY" => c.observe(ids::STATUUT_VT_IN_FAMILY),
                                "LIVING_WAGES_PCSA_HELP" => c.observe(ids::STATUUT_PCSA_HELP),
                                "PCSA_AND_BIM_HELP" => c.observe(ids::STATUUT_PCSA_AND_VT),
                                _ => c.status(ids::STATUUT, Status::Found),
                            }
                        }
                        "0" => none += 1,
                        _ => {}
                    }
                }
            }
            _ => c.unknown(Group::Allowances, &n.name, n),
        }
    }
    if applies == 0 && none > 0 {
        c.observe(ids::STATUUT_NONE_APPLIES);
    }
}
