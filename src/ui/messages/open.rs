//! "Verwijzing openen": the OCMW social worker's page, and what each failure means.

use crate::open::{OpenError, MAX_ARCHIVE_BYTES};

pub const TITLE: &str = "Verwijzing openen";
pub const INTRO: &str = "Open het zip-bestand dat je van een lokaal team van Kind en Gezin kreeg, met het wachtwoord uit de sms. Het bestand blijft op deze computer: er wordt niets verstuurd of bewaard.";
pub const SUMMARY_TITLE: &str = "Het bestand kan niet geopend worden";
pub const FILE_LABEL: &str = "Ontvangen zip-bestand";
pub const PASSWORD_LABEL: &str = "Wachtwoord uit de sms";
pub const PASSWORD_HINT: &str = "Je mag het plakken, met of zonder spaties en streepjes.";
pub const OPEN: &str = "Openen";
pub const NO_FILE: &str = "Kies het zip-bestand dat je van Kind en Gezin kreeg.";
pub const REFERRAL: &str = "Verwijzing";
pub const CONTENT: &str = "Inhoud van het document";
pub const FOREIGN: &str = " Dit document is niet met Toeleiding gemaakt: hieronder staat de tekst.";
pub const NOT_ENCRYPTED: &str = "Let op: dit bestand was niet versleuteld.";
pub const FROM: &str = "Doorverwezen door";
pub const TEAM: &str = "Lokaal team";
pub const WORKER: &str = "Medewerker";
pub const PHONE: &str = "Telefoonnummer";
pub const EMAIL: &str = "E-mailadres";
pub const TO: &str = "Aan";
pub const DATE: &str = "Datum van het document";
pub const CONSENT: &str = "Toestemming";
pub const FIRST_NAME: &str = "Voornaam";
pub const LAST_NAME: &str = "Achternaam";
pub const ADDRESS: &str = "Adres";
pub const DOWNLOAD_DOCX: &str = "Download document (.docx)";

/// The id of the field a problem belongs to.
pub const FILE_FIELD: &str = "open-bestand";
pub const PASSWORD_FIELD: &str = "open-wachtwoord";

fn limit_mb() -> usize {
    MAX_ARCHIVE_BYTES / (1024 * 1024)
}

/// "Kies het bestand of sleep het hierheen. Hoogstens 20 MB."
pub fn file_hint() -> String {
    format!(
        "Kies het bestand of sleep het hierheen. Hoogstens {} MB.",
        limit_mb()
    )
}

/// "Gekozen: naam.zip".
pub fn chosen(name: &str) -> String {
    format!("Gekozen: {name}")
}

/// "Het bestand was versleuteld met AES-256."
pub fn protected(bits: u16) -> String {
    format!("Het bestand was versleuteld met AES-{bits}.")
}

/// "Ouder 1", "vCard ouder 1".
pub fn parent(index: usize) -> String {
    format!("Ouder {}", index + 1)
}

pub fn vcard(index: usize) -> String {
    format!("vCard ouder {}", index + 1)
}

/// What went wrong and what to do next, in Dutch; and the field it belongs to.
pub fn error(e: &OpenError) -> (&'static str, String) {
    let limit = limit_mb();
    match e {
        OpenError::TooLarge => (FILE_FIELD, format!("Dit bestand is groter dan {limit} MB. Een verwijzing is veel kleiner: controleer of je het juiste bestand koos.")),
        OpenError::NotZip => (FILE_FIELD, "Dit is geen zip-bestand. Kies het .zip-bestand uit de e-mail van Kind en Gezin.".into()),
        OpenError::Damaged => (FILE_FIELD, "Het zip-bestand is beschadigd of onvolledig. Sla de bijlage opnieuw op uit de e-mail, of vraag de afzender om het opnieuw te sturen.".into()),
        OpenError::NoDocument => (FILE_FIELD, "In dit zip-bestand zit geen Word-document (.docx). Vraag de afzender om het juiste bestand.".into()),
        OpenError::PasswordMissing => (PASSWORD_FIELD, "Vul het wachtwoord uit de sms in.".into()),
        OpenError::WrongPassword => (PASSWORD_FIELD, "Het wachtwoord klopt niet. Typ of plak het zoals in de sms. Lukt het niet, vraag de afzender dan om het wachtwoord opnieuw te sturen.".into()),
        OpenError::ZipCrypto => (FILE_FIELD, "Dit bestand is versleuteld met de oude ZipCrypto-methode. Die is niet veilig genoeg voor persoonsgegevens, daarom opent Toeleiding het niet. Vraag de afzender om het opnieuw te versleutelen met AES-256 (in 7-Zip: versleutelingsmethode AES-256).".into()),
        OpenError::Unsupported => (FILE_FIELD, "Dit zip-bestand gebruikt een compressiemethode die Toeleiding niet kan lezen. Open het met 7-Zip of vraag de afzender om een nieuw bestand.".into()),
        OpenError::InvalidDocument => (FILE_FIELD, "Het document in het zip-bestand is geen leesbaar Word-document. Vraag de afzender om het opnieuw te sturen.".into()),
    }
}
