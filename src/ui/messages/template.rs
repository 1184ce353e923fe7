//! The organisation's Word template: the section under *Instellingen*, the names of the fields
//! in plain Dutch, and every problem of a template with what to do about it.

use crate::document::template::{Issue, Missing, Pages, Part, Problem, TemplateError};

pub const HEADING: &str = "Sjabloon voor het document";
pub const INTRO: &str = "Toeleiding vult het document voor het OCMW in met een Word-sjabloon: het ingebouwde document, of het gedeelde sjabloon van je organisatie. Het invullen gebeurt in deze browser; het sjabloon bevat nooit gegevens van gezinnen.";
pub const IN_USE: &str = "In gebruik";
pub const BUILTIN: &str = "Het ingebouwde document van Toeleiding";
pub const FILE_LABEL: &str = "Eigen sjabloon laden (.docx of .dotx)";
pub const FILE_HINT: &str = "Typ de velden tussen accolades, bv. {ouder1_voornaam}, of voeg ze in als samenvoegveld. Toeleiding controleert het sjabloon meteen en zegt wat er moet veranderen.";
pub const REMEMBER: &str =
    "Onthoud dit sjabloon op dit toestel (een sjabloon bevat geen gegevens van gezinnen)";
pub const TOO_LARGE_TO_REMEMBER: &str = "Dit sjabloon is te groot om op dit toestel te onthouden. Het blijft in gebruik tot je de pagina sluit.";
pub const USE_DEFAULT: &str = "Gebruik opnieuw het standaarddocument";
pub const USED: &str = "Velden in het sjabloon";
pub const NOT_USED: &str = "Niet in het sjabloon (die gegevens komen dus niet in het document)";
pub const ALL_USED: &str = "Het sjabloon toont alle gegevens.";
pub const DOWNLOADS: &str = "Zelf een sjabloon maken";
pub const DOWNLOADS_INTRO: &str = "Begin van het ingebouwde document, of voeg de velden in Word in via Verzendlijsten > Adressen selecteren > Bestaande lijst gebruiken (kies het gegevensbestand) en dan Samenvoegveld invoegen. Een alinea of tabelrij met alleen velden van ouder 2 verdwijnt als er geen tweede ouder is; voor langere stukken zet je {#ouder2} en {/ouder2} elk in een eigen alinea.";
pub const DOWNLOAD_TEMPLATE: &str = "Download het ingebouwde document als sjabloon (.docx)";
pub const DOWNLOAD_DATA: &str = "Download het gegevensbestand met de velden (.csv)";
pub const NOT_LOADED: &str = "Dit sjabloon is niet geladen";
pub const KEPT: &str = "Toeleiding werkt verder met het sjabloon dat het al had.";
pub const UNREADABLE: &str = "Het bestand kan niet gelezen worden. Kies het sjabloon opnieuw.";
pub const PROBLEMS_INTRO: &str = "Pas dit aan in Word, sla het sjabloon op en laad het opnieuw:";

/// The problems beyond the first 50 listed: "… en nog 312 andere problemen. …".
pub fn more_problems(count: usize) -> String {
    if count == 1 {
        "… en nog 1 ander probleem. Los eerst de problemen hierboven op en laad het sjabloon opnieuw.".to_string()
    } else {
        format!("… en nog {count} andere problemen. Los eerst de problemen hierboven op en laad het sjabloon opnieuw.")
    }
}

/// "Eigen sjabloon: verwijzing.docx".
pub fn own(name: &str) -> String {
    format!("Eigen sjabloon: {name}")
}

/// "Sjabloon van je organisatie: verwijzing.docx" (compiled into this deployment).
pub fn deployment(name: &str) -> String {
    format!("Sjabloon van je organisatie: {name}")
}

/// A field in plain Dutch: "telefoonnummer van ouder 2".
pub fn field(name: &str) -> String {
    let fixed = match name {
        "datum" => "datum van het document",
        "toestemming_datum" => "datum van de toestemming",
        "team" => "lokaal team",
        "verwijzer_naam" => "naam van de medewerker",
        "verwijzer_telefoon" => "telefoonnummer van de medewerker",
        "verwijzer_email" => "e-mailadres van de medewerker",
        "ocmw_naam" => "naam van het OCMW",
        "ocmw_email" => "beveiligd e-mailadres van het OCMW",
        "doel" => "doel van de toeleiding",
        _ => "",
    };
    if !fixed.is_empty() {
        return fixed.to_string();
    }
    let (parent, item) = name.split_once('_').unwrap_or(("", name));
    let item = match item {
        "voornaam" => "voornaam",
        "achternaam" => "achternaam",
        "straat" => "straat",
        "huisnummer" => "huisnummer",
        "bus" => "busnummer",
        "postcode" => "postcode",
        "gemeente" => "gemeente",
        "adres" => "adres",
        "telefoon" => "telefoonnummer",
        "email" => "e-mailadres",
        other => other,
    };
    format!("{item} van ouder {}", parent.trim_start_matches("ouder"))
}

/// The fields as a Dutch list: "voornaam van ouder 1, adres van ouder 1 en …".
pub fn field_list(names: &[&str]) -> String {
    let words: Vec<String> = names.iter().map(|n| field(n)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} en {last}", rest.join(", ")),
    }
}

/// Where a problem is: "In de koptekst van de eerste pagina".
pub fn part(part: Part) -> String {
    let pages = |p: Pages| match p {
        Pages::Default => "",
        Pages::First => " van de eerste pagina",
        Pages::Even => " van de even pagina's",
    };
    match part {
        Part::Body => "In de tekst".to_string(),
        Part::Header(p) => format!("In de koptekst{}", pages(p)),
        Part::Footer(p) => format!("In de voettekst{}", pages(p)),
        Part::Footnotes => "In een voetnoot".to_string(),
        Part::Endnotes => "In een eindnoot".to_string(),
    }
}

/// What is wrong and what to do.
pub fn issue(issue: &Issue) -> String {
    match issue {
        Issue::UnknownField { name, suggestion: Some(s) } => {
            format!("Toeleiding kent het veld {{{name}}} niet. Bedoelde je {{{s}}}?")
        }
        Issue::UnknownField { name, suggestion: None } => format!(
            "Toeleiding kent het veld {{{name}}} niet. Gebruik een van de velden uit het gegevensbestand (zie hieronder)."
        ),
        Issue::Unclosed => "Een { zonder } erna. Sluit het veld af met } of verwijder de {.".into(),
        Issue::TypedMergeField { name } => format!(
            "«{name}» is getypte tekst, geen samenvoegveld. Typ het veld tussen accolades, of voeg het in via Verzendlijsten > Samenvoegveld invoegen."
        ),
        Issue::CloseWithoutOpen => "{/ouder2} zonder {#ouder2} ervoor. Zet {#ouder2} in een eigen alinea waar het stuk over ouder 2 begint.".into(),
        Issue::OpenWithoutClose => "{#ouder2} zonder {/ouder2} erna. Zet {/ouder2} in een eigen alinea waar het stuk over ouder 2 eindigt.".into(),
        Issue::NestedBlock => "Een {#ouder2} binnen een ander stuk met {#ouder2}. Sluit het eerste stuk eerst af met {/ouder2}.".into(),
        Issue::MarkerNotAlone => "{#ouder2} en {/ouder2} staan elk alleen in een eigen alinea. Zet de andere tekst in een aparte alinea.".into(),
        Issue::BlockAcrossContainers => "{#ouder2} en {/ouder2} staan niet op dezelfde plaats (bv. het ene in een tabel, het andere erbuiten). Zet ze allebei in de gewone tekst, of allebei in dezelfde cel.".into(),
        Issue::UnsupportedField { kind } => format!(
            "Een Word-veld van het type {kind} kan Toeleiding niet invullen. Verwijder het (Alt+F9 toont de veldcodes)."
        ),
        Issue::NestedField => "Een Word-veld binnen een ander veld kan Toeleiding niet invullen. Gebruik een gewoon samenvoegveld.".into(),
        Issue::Malformed => "Dit deel van het document kan niet gelezen worden. Open het sjabloon in Word en sla het opnieuw op als Word-document (.docx).".into(),
    }
}

/// One problem with its place and the text around it.
pub fn problem(p: &Problem) -> String {
    if p.context.is_empty() {
        format!("{}: {}", part(p.part), issue(&p.issue))
    } else {
        format!("{} („{}”): {}", part(p.part), p.context, issue(&p.issue))
    }
}

pub fn missing(m: &Missing) -> &'static str {
    match m {
        Missing::FirstParent => "Het sjabloon bevat geen enkel veld van ouder 1 (zoals {ouder1_voornaam}): het document zou niet zeggen over wie het gaat.",
    }
}

/// Why a file cannot be a template at all; `None` for a template with problems (listed apart).
pub fn error(e: &TemplateError) -> Option<&'static str> {
    Some(match e {
        TemplateError::TooLarge => "Het sjabloon is te groot (meer dan 10 MB). Verwijder grote afbeeldingen en sla het opnieuw op.",
        TemplateError::NotWord => "Dit is geen Word-document. Kies een sjabloon dat eindigt op .docx of .dotx.",
        TemplateError::OldWord => "Dit is een oud Word-document (.doc). Open het in Word en kies Opslaan als > Word-document (.docx).",
        TemplateError::PasswordProtected => "Dit sjabloon heeft een wachtwoord. Een sjabloon bevat geen gegevens van gezinnen: sla het op zonder wachtwoord (Bestand > Info > Document beveiligen).",
        TemplateError::Macros => "Dit document bevat macro's (.docm). Sla het op als gewoon Word-document (.docx).",
        TemplateError::Damaged => "Het bestand is beschadigd. Open het in Word en sla het opnieuw op als Word-document (.docx).",
        TemplateError::Problems(_) => return None,
    })
}

/// On *Controleer*: what the worker typed but the template does not carry.
pub fn left_out(names: &[&str]) -> String {
    format!(
        "Het sjabloon van je organisatie neemt deze gegevens niet op, dus ze worden niet gedeeld: {}. Moeten ze toch mee, kies dan onder Instellingen het standaarddocument of vraag een aangepast sjabloon.",
        field_list(names)
    )
}

/// On *Controleer*: which document is filled.
pub fn review_document(source: &str) -> String {
    format!("Document: {source}.")
}
