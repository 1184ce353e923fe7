//! "KSZ lezen": the OCMW social worker's worksheet for the social investigation, the reading
//! guide and the practice dossiers. The knowledge itself (flows, observations, rules) is data in
//! `src/ksz/knowledge/`; these are the texts of the page around it.

use crate::ksz::knowledge::Per;
use crate::ksz::{Column, RecordProblem, Status, KNOWLEDGE};

pub const TITLE: &str = "KSZ lezen";
pub const INTRO: &str = "Noteer per KSZ-stroom wat je zag bij het raadplegen voor deze cliënt. Toeleiding zet het om in een werkblad per voorwaarde voor het leefloon: wat de KSZ al vaststelt, wat nog nodig is en waarom, en waar je niet (meer) naar moet vragen. Je typt geen naam, geen rijksregisternummer en geen vrije tekst: het werkblad bevat geen gegevens die de cliënt identificeren. Er wordt niets bewaard of verstuurd.";
pub const DISCLAIMER: &str = "Een werkhulpmiddel, geen juridisch advies. Wat als interpretatie gemarkeerd is, is onze lezing; de rest heeft een bron.";
pub const TABS_LABEL: &str = "Onderdelen van KSZ lezen";
pub const TAB_SHEET: &str = "Werkblad";
pub const TAB_GUIDE: &str = "Leeswijzer";
pub const TAB_FRAME: &str = "Kader";
pub const TAB_PRACTICE: &str = "Oefenen";

pub const RECORD_HEADING: &str = "Wat zag je in de KSZ?";
pub const DATE_LABEL: &str = "Datum van de raadpleging";
pub const DATE_HINT: &str = "Komt op het werkblad; geen andere gegevens over de cliënt.";
pub const STATUS_LEGEND: &str = "Wat gaf deze stroom?";
pub const OBSERVATIONS_LEGEND: &str = "Wat zag je?";
pub const MAKE_SHEET: &str = "Maak het werkblad";
pub const SUMMARY_TITLE: &str = "Het werkblad kan nog niet gemaakt worden";
pub const DATE_FIELD: &str = "ksz-datum";

pub const SHEET_HEADING: &str = "Werkblad per voorwaarde";
pub const PRINT: &str = "Werkblad afdrukken";
pub const NOTHING_YET: &str = "Nog niets voor deze voorwaarde.";
pub const INTERPRETATION: &str = "interpretatie";
pub const SIGNAL: &str = "Te bespreken";
pub const FROM: &str = "uit";
pub const WHY: &str = "Waarom";
pub const CONSULTED: &str = "Geraadpleegde stromen";
pub const NOT_FILLED: &str = "Niet ingevuld";
pub const NOTE_TITLE: &str = "Werknota sociaal onderzoek – KSZ";
pub const NO_IDENTITY: &str =
    "Deze nota bevat geen naam, rijksregisternummer of adres van de cliënt.";

pub const GUIDE_HEADING: &str = "Leeswijzer per stroom";
pub const GUIDE_INTRO: &str = "Per KSZ-stroom: wat erin staat, hoe je het leest, valkuilen en waar het op kan wijzen. Elke uitspraak heeft een bron of is als interpretatie gemarkeerd. Onderaan: de bedragen, met hun datum.";
pub const CONTAINS: &str = "Wat staat erin";
pub const READ: &str = "Hoe lees je het";
pub const PITFALLS: &str = "Valkuilen";
pub const INDICATES: &str = "Kan wijzen op";
pub const INSTITUTION: &str = "Instelling";
pub const SERVICE: &str = "Dienst";
pub const INFORMS: &str = "Helpt bij";
pub const WHEN_NOTHING: &str = "Geraadpleegd, niets gevonden";
pub const WHEN_NOT: &str = "Niet geraadpleegd of geen toegang";
pub const SOURCE: &str = "Bron";
pub const CONDITIONS: &str = "De zes voorwaarden voor het leefloon";

pub const AMOUNTS_HEADING: &str = "Bedragen";
pub const AMOUNTS_INTRO: &str = "De bedragen die de leeswijzer noemt, met hun datum en waar ze gelezen zijn. Kijk een bedrag na voor je ermee rekent.";
pub const UNCONFIRMED: &str = "niet bevestigd";

/// "per maand" after an amount (nothing after a factor).
pub fn per(per: Per) -> &'static str {
    match per {
        Per::Year => " per jaar",
        Per::Month => " per maand",
        Per::Factor => "",
    }
}

/// "geldig vanaf 1 februari 2025", or "geldig op …" when the start is not known.
pub fn valid(date: &str, start_known: bool) -> String {
    let shown = crate::date::Date::parse_iso(date).map_or(date.to_string(), |d| d.dutch_long());
    if start_known {
        format!("geldig vanaf {shown}")
    } else {
        format!("geldig op {shown} (sinds wanneer: niet nagelezen)")
    }
}

/// An amount kept although older than twelve months, with the reason.
pub fn maybe_outdated(reason: &str) -> String {
    format!("Mogelijk verouderd: {reason}")
}

pub const PRACTICE_HEADING: &str = "Oefendossiers";
pub const PRACTICE_INTRO: &str = "Fictieve dossiers in de geest van de opleiding: wat moet er nog gebeuren, vertrekkend van wat de KSZ toont? Lees wat de KSZ toont, vul het werkblad in en vergelijk met het modelantwoord.";
pub const OPEN_DOSSIER: &str = "Open dit dossier";
pub const KSZ_SHOWS: &str = "Wat de KSZ toont";
pub const COMPARE: &str = "Vergelijk met het modelantwoord";
pub const MODEL_HEADING: &str = "Modelantwoord";
pub const BACK_TO_LIST: &str = "Terug naar de oefendossiers";
pub const MARK_BOTH: &str = "ook in jouw werkblad";
pub const MARK_MISSED: &str = "ontbreekt in jouw werkblad";
pub const MARK_EXTRA: &str = "staat enkel in jouw werkblad";

/// The three statuses a flow can have, as the worker picks them.
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Found => "Gevonden",
        Status::NothingFound => "Geraadpleegd, niets gevonden",
        Status::NotConsulted => "Niet geraadpleegd / geen toegang",
    }
}

/// The column headings of the worksheet.
pub fn column(column: Column) -> &'static str {
    match column {
        Column::Established => "KSZ stelt vast",
        Column::Needed => "Nog nodig",
        Column::DontAsk => "Niet (meer) vragen",
    }
}

/// The prefix of a line made from a flow's status alone.
pub fn nothing_found(flow: &str) -> String {
    format!("{flow}: geraadpleegd, niets gevonden. Dat betekent niet dat er geen recht is.")
}

pub fn not_consulted(flow: &str) -> String {
    format!("{flow}: niet geraadpleegd of geen toegang.")
}

/// "Stand van zaken: 2026-12-01".
pub const FIRST: &str = "Eerst doen";

/// Where a line of *Eerst doen* stands in the worksheet below.
pub fn see(condition: &str) -> String {
    format!(" — zie {condition}")
}

/// "Bron: <title>, art. 34, § 1" (the article when the statement names one).
pub fn source(title: &str, article: Option<&str>) -> String {
    match article {
        Some(a) => format!("{SOURCE}: {title}, {a}"),
        None => format!("{SOURCE}: {title}"),
    }
}

pub fn reviewed() -> String {
    format!("Stand van de inhoud: {}.", KNOWLEDGE.reviewed)
}

/// "Geraadpleegd op 2026-12-01".
pub fn consulted_on(date: &str) -> String {
    if date.trim().is_empty() {
        "Datum van de raadpleging: niet ingevuld".to_string()
    } else {
        format!("Geraadpleegd op {date}")
    }
}

/// What to do about a record problem.
pub fn problem(p: &RecordProblem) -> String {
    match p {
        RecordProblem::Empty => "Kies bij minstens één stroom wat ze gaf: gevonden, geraadpleegd maar niets gevonden, of niet geraadpleegd.".to_string(),
        RecordProblem::FoundWithoutObservation(flow) => {
            let name = KNOWLEDGE.flow(flow).map_or(*flow, |f| f.name);
            format!("{name}: kies wat je zag, of kies \"Geraadpleegd, niets gevonden\" als er niets van de lijst bij was.")
        }
    }
}

/// While the guide's texts load (the guide, the frame, the practice dossiers).
pub const NOTES_LOADING: &str = "De teksten worden geladen…";
pub const NOTES_FAILED: &str = "De teksten konden niet geladen worden. Herlaad de pagina; lukt het niet, open dan het offline bestand van KSZ lezen.";
