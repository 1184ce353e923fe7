//! Helpers for sending: the neutral mail, the SMS with the password and its QR code.
//!
//! The mail's subject and body never hold data of the family or the password; the SMS text holds
//! the password and nothing about the family.

use crate::date::Date;
use crate::model::{Email, Phone, Sender};
use crate::password::Password;
use crate::refer::Format;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use zeroize::Zeroizing;

/// The subject of every mail: the same for every family.
pub const MAIL_SUBJECT: &str = "Toeleiding Kind en Gezin – versleuteld document";

/// Everything but RFC 3986's unreserved characters is escaped in mailto and sms links.
const ESCAPE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// In the address part of a mailto link `@` stays as it is.
const ESCAPE_ADDRESS: &AsciiSet = &ESCAPE.remove(b'@');

/// Why a QR code could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrError(pub String);

impl std::fmt::Display for QrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not make a qr code: {}", self.0)
    }
}

impl std::error::Error for QrError {}

/// How to open the attachment, per format.
fn how_to_open(format: Format) -> &'static str {
    match format {
        Format::SevenZ => "Open het .7z-bestand met 7-Zip of met de pagina \"Verwijzing openen\" van Toeleiding (Windows Verkenner en macOS kunnen het niet openen).",
        Format::Zip => "Open het zip-bestand met 7-Zip (Windows Verkenner en macOS kunnen AES-256-zipbestanden niet openen) of met de pagina \"Verwijzing openen\" van Toeleiding.",
        Format::ProtectedDocx => "Open het Word-document met Word of LibreOffice: het vraagt het wachtwoord. U kunt het ook openen met de pagina \"Verwijzing openen\" van Toeleiding.",
    }
}

/// The neutral mail body: what is attached, how the password comes, how to open the file.
pub fn mail_body(sender: &Sender, format: Format) -> String {
    let mut body = String::from(
        "Beste collega,\n\n\
         In bijlage vindt u een versleuteld document van het lokaal team van Kind en Gezin, \
         in het kader van een toeleiding naar het OCMW.\n\n\
         Het wachtwoord krijgt u apart per sms. Het staat nooit in een e-mail.\n\n",
    );
    body.push_str(how_to_open(format));
    body.push_str("\n\nMet vriendelijke groeten,\n");
    body.push_str(sender.worker_name.as_str());
    body.push('\n');
    body.push_str(sender.team.as_str());
    if let Some(phone) = &sender.worker_phone {
        body.push('\n');
        body.push_str(&phone.display());
    }
    body.push('\n');
    body
}

/// A `mailto:` link to the OCMW's protected address with the neutral subject and body.
pub fn mail_link(to: &Email, sender: &Sender, format: Format) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(to.as_str(), ESCAPE_ADDRESS),
        utf8_percent_encode(MAIL_SUBJECT, ESCAPE),
        utf8_percent_encode(&mail_body(sender, format).replace('\n', "\r\n"), ESCAPE),
    )
}

/// The SMS text: the password and when the document was sent; nothing about the family.
pub fn sms_text(password: &Password, date: Date) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "Kind en Gezin: wachtwoord voor het versleutelde document (toeleiding OCMW, {}): {}",
        date.dutch_long(),
        password.expose()
    ))
}

/// `SMSTO:<number>:<text>`: a phone camera turns this QR payload into a ready SMS.
pub fn qr_payload(number: &Phone, text: &str) -> Zeroizing<String> {
    Zeroizing::new(format!("SMSTO:{}:{}", number.e164(), text))
}

/// An `sms:` link for when the page is opened on a phone.
pub fn sms_link(number: &Phone, text: &str) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "sms:{}?body={}",
        number.e164(),
        utf8_percent_encode(text, ESCAPE)
    ))
}

/// The payload as a QR code (error correction M), rendered as a standalone SVG document.
pub fn qr_svg(payload: &str) -> Result<Zeroizing<String>, QrError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| QrError(e.to_string()))?;
    Ok(Zeroizing::new(
        code.render::<svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    ))
}

/// The QR modules as rows of booleans (dark = true), for tests that decode the code.
pub fn qr_modules(payload: &str) -> Result<(usize, Vec<bool>), QrError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| QrError(e.to_string()))?;
    let dark = code
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    Ok((code.width(), dark))
}
