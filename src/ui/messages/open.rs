//! "Verwijzing openen": the OCMW social worker's page, and what each failure means.

use crate::open::{OpenError, Seems, MAX_ARCHIVE_BYTES};

pub const TITLE: &str = "Verwijzing openen";
pub const INTRO: &str = "Open het versleutelde bestand dat je van een lokaal team van Kind en Gezin kreeg (.7z, .zip of een Word-document met wachtwoord), met het wachtwoord uit de sms. Het bestand blijft op deze computer: er wordt niets verstuurd of bewaard.";
pub const SUMMARY_TITLE: &str = "Het bestand kan niet geopend worden";
pub const FILE_LABEL: &str = "Ontvangen bestand";
pub const PASSWORD_LABEL: &str = "Wachtwoord uit de sms";
pub const PASSWORD_HINT: &str = "Je mag het plakken, met of zonder spaties en streepjes.";
pub const OPEN: &str = "Openen";
pub const NO_FILE: &str = "Kies het bestand dat je van Kind en Gezin kreeg.";
pub const NOT_PROTECTED_WORD: &str = "Let op: dit Word-document had geen wachtwoord. Gegevens van een gezin horen versleuteld te reizen: vraag de afzender om voortaan een wachtwoord te gebruiken.";
pub const WORD_PASSWORD: &str = "Het Word-document was beveiligd met een wachtwoord (AES-256).";
pub const BUSY: &str = "Bezig met openen …";
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
    format!("Het zip-bestand was versleuteld met AES-{bits}.")
}

/// How a .7z was protected.
pub fn sevenz(names_hidden: bool) -> &'static str {
    if names_hidden {
        "Het .7z-bestand was versleuteld met AES-256, ook de namen van de bestanden."
    } else {
        "Het .7z-bestand was versleuteld met AES-256; de namen van de bestanden waren leesbaar."
    }
}

fn seems(s: &Seems) -> &'static str {
    match s {
        Seems::Pdf => "een PDF-bestand",
        Seems::Excel => "een Excel-bestand",
        Seems::PowerPoint => "een PowerPoint-bestand",
        Seems::OldOffice => "een oud Office-bestand (bijvoorbeeld .doc) zonder wachtwoord",
        Seems::Image => "een afbeelding",
        Seems::Text => "een tekstbestand",
        _ => "een bestand dat Toeleiding niet kent",
    }
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
        OpenError::DocumentTooLarge => (FILE_FIELD, "Het document in dit bestand is te groot (of het bestand bevat te veel onderdelen) om een verwijzing te zijn. Open het niet verder en vraag de afzender wat het is.".into()),
        OpenError::NotRecognised(what) => (FILE_FIELD, format!("Dit lijkt {}: geen versleutelde verwijzing. Kies het .7z-, .zip- of Word-bestand uit de e-mail van Kind en Gezin.", seems(what))),
        OpenError::Damaged => (FILE_FIELD, "Het bestand is beschadigd of onvolledig. Sla de bijlage opnieuw op uit de e-mail, of vraag de afzender om het opnieuw te sturen.".into()),
        OpenError::NoDocument => (FILE_FIELD, "In dit bestand zit geen Word-document (.docx). Vraag de afzender om het juiste bestand.".into()),
        OpenError::PasswordMissing => (PASSWORD_FIELD, "Vul het wachtwoord uit de sms in.".into()),
        OpenError::WrongPassword => (PASSWORD_FIELD, "Het wachtwoord klopt niet. Typ of plak het zoals in de sms. Lukt het niet, vraag de afzender dan om het wachtwoord opnieuw te sturen.".into()),
        OpenError::ZipCrypto => (FILE_FIELD, "Dit bestand is versleuteld met de oude ZipCrypto-methode. Die is niet veilig genoeg voor persoonsgegevens, daarom opent Toeleiding het niet. Vraag de afzender om het opnieuw te versleutelen met AES-256 (in 7-Zip: versleutelingsmethode AES-256).".into()),
        OpenError::Unsupported => (FILE_FIELD, "Dit zip-bestand gebruikt een compressiemethode die Toeleiding niet kan lezen. Open het met 7-Zip of vraag de afzender om een nieuw bestand.".into()),
        OpenError::UnsupportedMethod(m) => (FILE_FIELD, format!("Dit .7z-bestand gebruikt een methode die Toeleiding niet kan lezen ({m}). Open het met 7-Zip, of vraag de afzender om het opnieuw te maken met de gewone instellingen van 7-Zip (LZMA2 en AES-256).")),
        OpenError::UnsupportedEncryption => (FILE_FIELD, "Dit Word-document is beveiligd met een oudere manier (van Office 2007) die Toeleiding niet leest. Open het met Word of LibreOffice, of vraag de afzender om het opnieuw te beveiligen met een recente versie.".into()),
        OpenError::IntegrityFailed => (FILE_FIELD, "Het wachtwoord klopt, maar het document is onderweg veranderd of beschadigd: de controle op echtheid faalt. Open het niet en vraag de afzender om het opnieuw te sturen.".into()),
        OpenError::InvalidDocument => (FILE_FIELD, "Het document in het bestand is geen leesbaar Word-document. Vraag de afzender om het opnieuw te sturen.".into()),
    }
}
