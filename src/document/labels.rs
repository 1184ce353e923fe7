//! The fixed headings and labels of the referral document. The writer (`body.rs`) and the
//! OCMW opener (`open::recognise`) both use these, so the document is always read back as written.

pub const HEADING_FROM: &str = "Van";
pub const HEADING_TO: &str = "Aan";
pub const HEADING_PARENTS: &str = "Gegevens van de ouder(s)";
pub const HEADING_CONSENT: &str = "Toestemming";
/// Starts the paragraph with the date the document was made.
pub const DATE_PREFIX: &str = "Datum: ";

pub const TEAM: &str = "Lokaal team";
pub const WORKER: &str = "Medewerker";
pub const PHONE: &str = "Telefoon";
pub const EMAIL: &str = "E-mail";
pub const OCMW: &str = "OCMW";
pub const PROTECTED_EMAIL: &str = "Beveiligd e-mailadres";

/// Before each parent's table: "Ouder 1", "Ouder 2".
pub const PARENT: &str = "Ouder";
/// The full address on one line: "Kerkstraat 12A bus 3, 9000 Gent".
pub const ADDRESS: &str = "Adres";
/// First cell of the parents table's header row in documents of Toeleiding before 2026-12
/// (one table, a column per parent); still read by the opener.
pub const PARENTS_HEADER: &str = "Gegeven";
pub const FIRST_NAME: &str = "Voornaam";
pub const LAST_NAME: &str = "Achternaam";
pub const STREET: &str = "Straat en nummer";
pub const MUNICIPALITY: &str = "Postcode en gemeente";
