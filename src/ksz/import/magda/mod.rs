//! MAGDA answers: `<X>Response/Repliek/Context(Naam, Versie)/Antwoorden/Antwoord/Inhoud`, with
//! `Uitzonderingen` at the reply or the answer level. Recognised by `Context/Naam`; 30001
//! ("Geen gegevens gevonden") is a "no data" answer (nothing found, never "no right"), a FOUT
//! without content means the source could not be consulted. A service we do not know still
//! shows its content, every element as an "onbekend gegeven".

pub(in crate::ksz::import) mod dmfa;
pub(in crate::ksz::import) mod gezin;
pub(in crate::ksz::import) mod handicap;
pub(in crate::ksz::import) mod handicap_payments;
pub(in crate::ksz::import) mod historiek;
pub(in crate::ksz::import) mod inkomen;
pub(in crate::ksz::import) mod kadaster;
pub(in crate::ksz::import) mod loopbaan;
pub(in crate::ksz::import) mod onderwijs;
pub(in crate::ksz::import) mod other;
pub(in crate::ksz::import) mod persoon;
pub(in crate::ksz::import) mod residence;
pub(in crate::ksz::import) mod soczek;
pub(in crate::ksz::import) mod vdab;
pub(in crate::ksz::import) mod werk;
pub(in crate::ksz::import) mod zoek_adres;

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Group, Kind};
use crate::ksz::import::xml::text::{date_at, desc_code};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::{ids, FlowId};
use crate::ksz::Status;

/// A service's reader and the flows it informs (the first gets its "no data" status).
type Reader = fn(&mut Collect, &Node, &Options);

fn service(name: &str) -> Option<(Reader, &'static [FlowId])> {
    Some(match name {
        "GeefPersoon" => (
            persoon::read as Reader,
            &[ids::RR, ids::ADRES, ids::GEZIN][..],
        ),
        "GeefGezinssamenstelling" | "GeefHistoriekGezinssamenstelling" => {
            (gezin::read, &[ids::GEZIN])
        }
        "GeefLeefloonbedragen" => (soczek::leefloon, &[ids::OCMW]),
        "GeefSociaalStatuut" => (soczek::statuut, &[ids::STATUUT]),
        "GeefDossierHandicap" => (handicap::read, &[ids::HANDICAP]),
        "GeefKindVoordelen" => (other::kind_voordelen, &[ids::GROEIPAKKET]),
        "GeefWerkrelaties" => (werk::werkrelaties, &[ids::DIMONA]),
        "GeefLoopbaanARZA" => (werk::arza, &[ids::ZELFSTANDIGE]),
        "ZoekEigendomstoestanden" => (other::kadaster, &[ids::KADASTER]),
        "GeefAanslagbiljetPersonenbelasting" => (inkomen::aanslagbiljet, &[ids::BELASTING]),
        "GeefBetalingenHandicap" => (handicap_payments::read, &[ids::HANDICAP]),
        "GeefDmfaVoorWerknemer" => (dmfa::read, &[]),
        "GeefLoopbaanonderbrekingen" => (loopbaan::read, &[]),
        "GeefHistoriekPersoon" => (historiek::read, &[ids::RR, ids::ADRES, ids::GEZIN]),
        "ZoekPersoonOpAdres" => (zoek_adres::read, &[]),
        "GeefHistoriekInschrijving" => (onderwijs::read, &[]),
        "GeefStatusRechtOndersteuningen" => (vdab::read, &[]),
        _ => return None,
    })
}

/// "02.02.0000" → "02.02".
fn short_version(version: &str) -> &str {
    match version.match_indices('.').nth(1) {
        Some((i, _)) if version[i + 1..].bytes().all(|b| b == b'0') => &version[..i],
        _ => version,
    }
}

/// One `Uitzondering`: its id and whether it is an error.
fn exception(c: &mut Collect, u: &Node) -> (String, bool) {
    let id = u
        .text_at(&["Identificatie"])
        .unwrap_or_default()
        .to_string();
    let kind = u.text_at(&["Type"]).unwrap_or_default();
    let mut value = desc_code(u.text_at(&["Diagnose"]), Some(&id)).unwrap_or_default();
    for extra in [kind, u.text_at(&["Oorsprong"]).unwrap_or_default()] {
        if !extra.is_empty() {
            value.push_str(&format!("; {extra}"));
        }
    }
    // What the exception is about ("Gebouw/Adres/Straat/Naam: Kerkplein").
    for a in u
        .at(&["Annotaties"])
        .into_iter()
        .flat_map(|a| a.all("Annotatie"))
    {
        if let (Some(k), Some(v)) = (a.text_at(&["Naam"]), a.text_at(&["Waarde"])) {
            value.push_str(&format!("; {k}: {v}"));
        }
    }
    c.fact(Group::Other, L::EXCEPTION, value);
    (id, kind.eq_ignore_ascii_case("FOUT"))
}

/// Reads a MAGDA response (its `Repliek` is a child of `root`).
pub(in crate::ksz::import) fn read(root: &Node, file_name: &str, options: &Options) -> Answer {
    let empty = Node::default();
    let repliek = root.child("Repliek").unwrap_or(&empty);
    let fallback = root.name.strip_suffix("Response").unwrap_or(&root.name);
    let name = repliek
        .text_at(&["Context", "Naam"])
        .unwrap_or(fallback)
        .to_string();
    let version = repliek
        .text_at(&["Context", "Versie"])
        .unwrap_or_default()
        .to_string();
    let label = format!("{name} {}", short_version(&version))
        .trim()
        .to_string();
    let mut c = Collect::new(label);
    c.answered_on = date_at(repliek, &["Context", "Bericht", "Tijdstip", "Datum"]);
    let known = service(&name);

    let mut ids = Vec::new();
    for u in repliek
        .at(&["Uitzonderingen"])
        .into_iter()
        .flat_map(|n| n.all("Uitzondering"))
    {
        ids.push(exception(&mut c, u));
    }
    let mut contents = Vec::new();
    let antwoorden = repliek.child("Antwoorden");
    for antwoord in antwoorden.into_iter().flat_map(|a| a.all("Antwoord")) {
        for u in antwoord
            .at(&["Uitzonderingen"])
            .into_iter()
            .flat_map(|n| n.all("Uitzondering"))
        {
            ids.push(exception(&mut c, u));
        }
        if let Some(inhoud) = antwoord.child("Inhoud") {
            contents.push(inhoud);
        }
        c.rest(
            Group::Other,
            antwoord,
            &["Referte", "Inhoud", "Uitzonderingen"],
        );
    }
    if let Some(a) = antwoorden {
        c.rest(Group::Other, a, &["Antwoord"]);
    }
    c.rest(
        Group::Other,
        repliek,
        &["Context", "Antwoorden", "Uitzonderingen"],
    );

    for inhoud in &contents {
        match known {
            Some((reader, _)) => reader(&mut c, inhoud, options),
            None => c.rest(Group::Other, inhoud, &[]),
        }
    }
    let no_data = ids.iter().any(|(id, _)| id == "30001");
    let failed = ids.iter().any(|(id, error)| *error && id != "30001");
    if let Some((_, flows)) = known {
        for flow in flows {
            if no_data {
                c.status(*flow, Status::NothingFound);
            } else if failed && contents.is_empty() {
                c.status(*flow, Status::NotConsulted);
            }
        }
    }
    let kind = Kind::Magda {
        service: name,
        version,
        known: known.is_some(),
    };
    let language = contents.iter().find_map(|n| language(n));
    c.finish(file_name, kind, language, no_data)
}

/// The language the answer's descriptions say they are in (`Taal="nl"`, `<Taal>nl</Taal>`).
fn language(content: &Node) -> Option<String> {
    let mut stack = vec![content];
    while let Some(n) = stack.pop() {
        let found = n
            .attr("Taal")
            .or_else(|| n.attr("TaalCode"))
            .or_else(|| (n.name == "Taal").then(|| n.value()).flatten());
        if let Some(t) = found.map(str::to_ascii_lowercase) {
            if matches!(t.as_str(), "nl" | "fr" | "de") {
                return Some(t);
            }
        }
        stack.extend(n.children.iter().rev());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(short_version("02.02.0000"), "02.02");
        assert_eq!(short_version("03.00.0000"), "03.00");
        assert_eq!(short_version("02.01"), "02.01");
        assert_eq!(short_version("x"), "x");
    }
}
