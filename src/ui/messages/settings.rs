//! "Instellingen": the organisation's settings file, and what is wrong with one.

use crate::settings::{Problem, SettingsError};

pub const TITLE: &str = "Instellingen van je organisatie";
pub const INTRO: &str = "Met een instellingenbestand vult Toeleiding je team, je contactgegevens en de OCMW's waarmee je samenwerkt zelf in. Het bestand bevat nooit gegevens van gezinnen.";
pub const NOT_LOADED: &str = "Deze instellingen zijn niet geladen";
pub const KEPT: &str = "Toeleiding werkt verder met de instellingen die het al had.";
pub const TEAM: &str = "Lokaal team";
pub const WORKER: &str = "Medewerker";
pub const OCMWS: &str = "OCMW's";
pub const NONE: &str = "geen";
pub const NOT_SET: &str = "niet ingesteld";
pub const FILE_LABEL: &str = "Instellingenbestand laden (.json)";
pub const FILE_HINT: &str = "Je krijgt dit bestand van je organisatie. Het blijft in deze browser.";
pub const REMEMBER: &str = "Onthoud deze instellingen op dit toestel (nooit gegevens van gezinnen)";
pub const TEMPLATE_IN_FILE: &str = "Dit instellingenbestand noemt een Word-sjabloon. Dat sjabloon kies je hieronder zelf als bestand.";
pub const UNREADABLE: &str = "Het bestand kan niet gelezen worden. Kies een .json-bestand.";

/// An OCMW of the directory: "OCMW Gent (toeleiding@ocmw.gent.be)".
pub fn ocmw(name: &str, email: &str) -> String {
    format!("{name} ({email})")
}

/// A settings problem in Dutch, naming the line or the field.
pub fn error(error: &SettingsError) -> String {
    match error {
        SettingsError::Syntax {
            line,
            column,
            message,
        } => {
            let hint = if message.contains("unknown field") {
                "Dit veld bestaat niet: controleer de schrijfwijze (zie settings.example.json)."
            } else {
                "Controleer aanhalingstekens, komma's en haakjes."
            };
            format!("Het bestand kan niet gelezen worden: regel {line}, kolom {column}. {hint} ({message})")
        }
        SettingsError::Field { path, problem } => {
            let what = match problem {
                Problem::Empty => {
                    "is leeg. Vul het in of verwijder het OCMW uit de lijst.".to_string()
                }
                Problem::Text { max } => {
                    format!("is te lang (hoogstens {max} tekens) of bevat onzichtbare tekens.")
                }
                Problem::Email => "is geen geldig e-mailadres, zoals naam@ocmw.be.".to_string(),
                Problem::Phone => "is geen geldig telefoonnummer, zoals 0470 12 34 56.".to_string(),
                Problem::Format => {
                    "is geen bestandsformaat: gebruik \"7z\", \"zip\" of \"docx\".".to_string()
                }
                Problem::TemplatePath => {
                    "is geen pad naar een Word-bestand in de repository, zoals \"sjablonen/verwijzing.docx\".".to_string()
                }
            };
            format!("Het veld {path} {what}")
        }
    }
}
