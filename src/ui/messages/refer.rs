//! "Verwijzing maken": the steps, their explanations, the notices of the download step and the
//! checklist of the last step.

use crate::model::CONSENT_POINTS;
use crate::refer::flow::CHECKLIST_ITEMS;
use crate::refer::{Failure, Notice, SealError, Step};

/// The title of a step, also its heading.
pub fn step_title(step: Step) -> &'static str {
    match step {
        Step::Consent => "Toestemming",
        Step::Parents => "Ouder(s)",
        Step::Referral => "Verwijzing",
        Step::Review => "Controleer",
        Step::Download => "Versleutel en download",
        Step::Send => "Verzenden",
    }
}

/// "Stap 2 van 6".
pub fn step_counter(step: Step) -> String {
    format!("Stap {} van {}", step.number(), Step::ALL.len())
}

/// The document title of a step: "Ouder(s) – stap 2 van 6".
pub fn step_page(step: Step) -> String {
    format!(
        "{} – stap {} van {}",
        step_title(step),
        step.number(),
        Step::ALL.len()
    )
}

pub const STEPS_LABEL: &str = "Stappen";
pub const INFO_SHEET: &str = "Infoblad voor de ouders";

pub mod consent {
    use super::CONSENT_POINTS;

    /// What the worker explained, in the order shown; the last is the consent itself.
    pub const POINTS: [&str; CONSENT_POINTS] = [
        "welke gegevens gedeeld worden: enkel de naam en de contactgegevens (adres, telefoonnummer, e-mailadres) van de ouder(s)",
        "aan wie: een maatschappelijk werker van het OCMW, die net als wij gebonden is door het beroepsgeheim",
        "het doel van de toeleiding: het gezin vroeg ondersteunen en helpen om rechten te krijgen waar het recht op heeft",
        "wat er met de gegevens gebeurt: het OCMW gebruikt ze enkel om contact op te nemen voor deze toeleiding",
        "wat de ouder(s) mogen verwachten: het OCMW neemt contact op en bekijkt samen met hen welke hulp mogelijk is",
        "de ouder(s) gaven vrijwillig en uitdrukkelijk hun toestemming om deze gegevens te delen",
    ];
    pub const INTRO: &str = "Je mag de naam en de contactgegevens van de ouder(s) enkel met het OCMW delen als de ouder(s) daar vrijwillig en uitdrukkelijk mee instemmen, nadat je hen het volgende hebt uitgelegd.";
    pub const SHEET_HINT: &str = " Om samen door te nemen en mee te geven.";
    pub const EXPLAINED: &str = "Dit heb ik aan de ouder(s) uitgelegd";
    pub const CONSENT: &str = "Toestemming van de ouder(s)";
    pub const DATE_HINT: &str = "Niet later dan vandaag.";
    pub const NEXT: &str = "Volgende: ouder(s)";
}

pub mod parents {
    pub const INTRO: &str = "Vul per ouder de naam in en minstens één manier om de ouder te bereiken: een volledig adres, een telefoonnummer of een e-mailadres. Andere gegevens mag je niet delen.";
    pub const ADDRESS: &str = "Adres";
    pub const SAME_ADDRESS: &str = "Zelfde adres als ouder 1";
    pub const PHONE_HINT: &str = "Bijvoorbeeld 0470 12 34 56, 09 123 45 67 of +31 6 12345678.";
    pub const ADD: &str = "Tweede ouder toevoegen";
    pub const NEXT: &str = "Volgende: verwijzing";

    /// "Ouder 2".
    pub fn parent(index: usize) -> String {
        format!("Ouder {}", index + 1)
    }

    /// "Ouder 2 verwijderen".
    pub fn remove(index: usize) -> String {
        format!("Ouder {} verwijderen", index + 1)
    }
}

pub mod sender {
    pub const FROM: &str = "Van: jij en je lokaal team";
    pub const TO: &str = "Aan: het OCMW";
    pub const WORKER_PHONE_HINT: &str =
        "Vul je telefoonnummer, je e-mailadres of allebei in, zodat het OCMW je kan bereiken.";
    pub const CHOOSE_OCMW: &str = "Kies een OCMW uit de lijst van je organisatie";
    pub const TYPE_OCMW: &str = "— zelf invullen —";
    pub const OCMW_NAME_HINT: &str = "Bijvoorbeeld OCMW Gent.";
    pub const OCMW_EMAIL_HINT: &str = "Het adres uit de samenwerkingsovereenkomst: enkel medewerkers met beroepsgeheim lezen het.";
    pub const NEXT: &str = "Volgende: controleer";
}

pub mod review {
    pub const INTRO: &str = "Kijk alles na. Precies dit komt in het document voor het OCMW. Wijzig je nog iets, dan kom je hier terug om het opnieuw na te kijken.";
    pub const CHANGE: &str = "Wijzig";
    pub const CONSENT: &str = "Toestemming";
    pub const EXPLAINED: &str = "Uitgelegd aan de ouder(s)";
    pub const EXPLAINED_VALUE: &str =
        "welke gegevens, aan wie, het doel, wat ermee gebeurt, wat ze mogen verwachten";
    pub const CONSENT_DATE: &str = "Toestemming gegeven op";
    pub const REFERRAL: &str = "Verwijzing";
    pub const TEAM: &str = "Lokaal team";
    pub const WORKER: &str = "Medewerker";
    pub const WORKER_PHONE: &str = "Telefoonnummer medewerker";
    pub const WORKER_EMAIL: &str = "E-mailadres medewerker";
    pub const OCMW: &str = "OCMW";
    pub const OCMW_EMAIL: &str = "Beveiligd e-mailadres OCMW";
    pub const FIRST_NAME: &str = "Voornaam";
    pub const LAST_NAME: &str = "Achternaam";
    pub const ADDRESS: &str = "Adres";
    pub const PHONE: &str = "Telefoonnummer";
    pub const EMAIL: &str = "E-mailadres";
    pub const NEXT: &str = "Volgende: versleutel en download";
    pub const INCOMPLETE: &str = "Vul eerst de vorige stappen in.";
}

pub mod download {
    use super::{Failure, Notice, SealError};
    use crate::refer::Format;

    pub const FORMAT_LEGEND: &str = "Bestandsformaat";

    /// The name and the plain advice of a format.
    pub fn format(f: Format) -> (&'static str, &'static str) {
        match f {
            Format::SevenZ => (".7z (aangeraden)", "AES-256; ook de naam van het document is versleuteld. Het OCMW opent het met 7-Zip of met \"Verwijzing openen\"."),
            Format::Zip => (".zip", "AES-256; de naam van het document in het zip-bestand is leesbaar (die bevat geen gegevens van het gezin). Het OCMW opent het met 7-Zip of met \"Verwijzing openen\"; Windows Verkenner kan het niet."),
            Format::ProtectedDocx => ("Word-document met wachtwoord", "Word en LibreOffice openen het meteen nadat het OCMW het wachtwoord typt: geen extra programma nodig."),
        }
    }

    pub const ENCRYPTED_HEADING: &str = "Versleuteld bestand voor het OCMW";
    pub const ENCRYPT: &str = "Versleutel en download";
    pub const NEXT: &str = "Volgende: verzenden";
    pub const PLAIN_HEADING: &str = "Document voor het cliëntdossier";
    pub const PLAIN_WARNING: &str = "Let op: dit document is niet versleuteld.";
    pub const PLAIN_TEXT: &str = " Mail het nooit. Laad het op in het cliëntdossier bij de verwijzingen en verwijder het daarna uit je downloads.";
    pub const PLAIN: &str = "Download onversleuteld document";
    pub const NOT_CONFIRMED: &str =
        "Kijk de verwijzing eerst na op de stap Controleer en kies daar \"Volgende\".";

    /// The status line after a download, or why it failed.
    pub fn notice(notice: &Notice) -> (bool, String) {
        match notice {
            Notice::Working => (true, "Bezig met versleutelen …".into()),
            Notice::Sealed(name) => (true, format!("Het versleutelde bestand {name} staat in je downloads.")),
            Notice::PlainSaved(name) => (true, format!("Het onversleutelde document {name} staat in je downloads. Laad het op in het cliëntdossier en verwijder het daarna uit je downloads.")),
            Notice::Failed(Failure::Download) => (false, "De browser bood het bestand niet aan als download. Probeer opnieuw, of gebruik een recente versie van Edge, Chrome of Firefox.".into()),
            Notice::Failed(Failure::Seal(SealError::Random(_))) => (false, "Deze browser kan geen veilige willekeurige getallen maken, dus ook geen veilig bestand. Gebruik een recente versie van Edge, Chrome of Firefox.".into()),
            Notice::Failed(Failure::Seal(e)) => (false, format!("Versleutelen is niet gelukt ({e}). Probeer opnieuw of gebruik een andere browser.")),
        }
    }
}

pub mod send {
    use super::CHECKLIST_ITEMS;

    pub const MAIL_HEADING: &str = "1. Mail het bestand";
    pub const MAIL_LINK: &str = "Open e-mail aan het OCMW";
    pub const SMS_HEADING: &str = "2. Stuur het wachtwoord per sms";
    pub const AGREED: &str =
        "Je gebruikt een wachtwoord dat je vooraf met het OCMW afsprak. Stuur het niet opnieuw.";
    pub const SMS_NUMBER: &str = "Gsm-nummer van je contactpersoon bij het OCMW";
    pub const SMS_NUMBER_HINT: &str = "Bijvoorbeeld 0470 12 34 56.";
    pub const QR_ALT: &str = "QR-code die een sms met het wachtwoord klaarzet";
    pub const QR_TEXT: &str = "Scan de QR-code met de camera van je werkgsm: de sms staat dan klaar. Of open de sms-app rechtstreeks als je deze pagina op een gsm gebruikt:";
    pub const SMS_LINK: &str = "Open sms";
    pub const SMS_TEXT: &str = "Tekst van de sms: ";
    pub const NEXT_HEADING: &str = "Wat gebeurt er nu?";
    pub const NEXT_STEPS: [&str; 3] = [
        "Het OCMW opent het bestand met het wachtwoord, met 7-Zip of met \"Verwijzing openen\" in Toeleiding.",
        "Een maatschappelijk werker van het OCMW neemt contact op met de ouder(s) en bekijkt samen met hen welke hulp mogelijk is.",
        "Heeft het OCMW vragen over de verwijzing, dan neemt het contact op met jou.",
    ];
    pub const TODO_HEADING: &str = "Wat moet jij nog doen?";
    pub const CHECKLIST: [&str; CHECKLIST_ITEMS] = [
        "Ik registreerde de verwijzing in het cliëntsysteem als psychosociale verwijzing met subtype OCMW.",
        "Ik laadde het onversleutelde document op in het cliëntdossier bij de verwijzingen.",
        "Ik mailde het versleutelde bestand naar het beveiligde adres van het OCMW.",
        "Ik stuurde het wachtwoord per sms (of het OCMW kent het afgesproken wachtwoord al).",
        "Ik verwijderde het versleutelde bestand en het onversleutelde document uit mijn downloads.",
    ];
    pub const DONE: &str = "Alles wissen en nieuwe verwijzing";

    pub fn mail_text(address: &str) -> String {
        format!("Open een e-mail aan {address}. Onderwerp en tekst bevatten geen gegevens van het gezin en geen wachtwoord.")
    }

    pub fn attach(file: &str) -> String {
        format!("Voeg zelf het gedownloade bestand {file} toe als bijlage.")
    }
}
