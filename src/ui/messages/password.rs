//! The password block of the download step: the generated password, the agreed one, and what to
//! do when an agreed password cannot be used.

use crate::password::{AgreedError, Weakness, MAX_AGREED_LEN, MIN_AGREED_BITS};
use crate::refer::NotReady;

pub const HEADING: &str = "Wachtwoord";
pub const USE_AGREED: &str = "Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak";
pub const GENERATED_TEXT: &str = "Het OCMW heeft dit wachtwoord nodig om het bestand te openen. Stuur het per sms, nooit per e-mail. Typ het precies zoals het hier staat, met de streepjes.";
pub const LABEL: &str = "Wachtwoord";
pub const COPY: &str = "Kopieer wachtwoord";
pub const NEW: &str = "Nieuw wachtwoord";
pub const COPIED: &str = "Het wachtwoord is gekopieerd.";
pub const NOT_COPIED: &str = "Kopiëren lukte niet. Selecteer het wachtwoord en kopieer het zelf.";
pub const AGREED_LABEL: &str = "Afgesproken wachtwoord";
pub const AGREED_HINT: &str = "Enkel tekens van een gewoon toetsenbord (geen é of ë). Sterk genoeg is bijvoorbeeld vijf of meer willekeurige woorden, zoals kaneel-vuurtoren-sjaal-knikker-oever.";
pub const APPLY: &str = "Gebruik dit wachtwoord";
pub const APPLIED: &str =
    "Het afgesproken wachtwoord wordt gebruikt. Het wordt nergens bewaard of getoond.";
pub const USE_GENERATED: &str = "Gebruik toch een wachtwoord van Toeleiding";
pub const UNAVAILABLE: &str = "Deze browser kan geen veilig wachtwoord maken. Gebruik een recente versie van Edge, Chrome of Firefox, of een wachtwoord dat je met het OCMW afsprak.";

pub const LISTS_LOADING: &str =
    "De woordenlijsten om een afgesproken wachtwoord te controleren worden geladen…";
pub const LISTS_READY: &str = "De woordenlijsten om het wachtwoord te controleren zijn geladen.";
pub const LISTS_FAILED: &str = "De woordenlijsten om een afgesproken wachtwoord te controleren konden niet geladen worden. Herlaad de pagina om het opnieuw te proberen, of gebruik een wachtwoord van Toeleiding.";
const LISTS_LOADING_APPLY: &str = "De controle van het wachtwoord is nog niet klaar: wacht tot de woordenlijsten geladen zijn en kies dan opnieuw \"Gebruik dit wachtwoord\", of gebruik een wachtwoord van Toeleiding.";

/// How to make a strong agreed password, said after every refusal.
const HOW: &str = "Kies vijf of meer willekeurige woorden die niets met jou, het gezin of het werk te maken hebben (bijvoorbeeld kaneel-vuurtoren-sjaal-knikker-oever), of gebruik een wachtwoord van Toeleiding en stuur het per sms.";

/// What a guesser found, as a short Dutch phrase.
fn weakness(w: Weakness) -> &'static str {
    match w {
        Weakness::Name => "een voornaam of familienaam",
        Weakness::CommonPassword => "een veelgebruikt wachtwoord",
        Weakness::CommonWord => "een bekend woord of een plaatsnaam",
        Weakness::YearOrDate => "een jaartal of een datum",
        Weakness::KeyboardWalk => "toetsen die naast elkaar liggen",
        Weakness::Repeat => "een herhaling",
        Weakness::Sequence => "een reeks zoals abcd of 1234",
        Weakness::KnownPhrase => "een bekende uitdrukking, een liedjestekst of een citaat",
        Weakness::Sentence => "gewone woorden in een zin",
    }
}

fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

/// Dutch advice for an agreed password that cannot be used.
pub fn refused(e: &AgreedError) -> String {
    match e {
        AgreedError::Empty => "Typ het wachtwoord dat je met het OCMW afsprak.".into(),
        AgreedError::NotAscii => "Gebruik enkel letters zonder accenten, cijfers, spaties en leestekens van een gewoon toetsenbord: 7-Zip op Windows leest andere tekens anders, en dan gaat het bestand niet open.".into(),
        AgreedError::EdgeSpace => "Haal de spatie aan het begin of het einde weg: die valt bij het overtypen makkelijk weg.".into(),
        AgreedError::TooLong => format!("Gebruik hoogstens {MAX_AGREED_LEN} tekens."),
        AgreedError::NotChecked => LISTS_LOADING_APPLY.into(),
        AgreedError::Weak { bits, found } => {
            let found: Vec<&str> = found.iter().map(|w| weakness(*w)).collect();
            let what = if found.is_empty() {
                String::new()
            } else {
                format!(" Het bevat {}: dat proberen kraakprogramma's eerst.", list(&found))
            };
            let what = if found.contains(&weakness(Weakness::Sentence)) {
                format!("{what} Gewone woorden in een zin zijn makkelijk te raden, ook een lange zin.")
            } else {
                what
            };
            // Whole numbers as integers: formatting an f64 costs 11 KB of code on the page.
            let (bits, min) = (bits.max(0.0).round() as u32, MIN_AGREED_BITS as u32);
            format!(
                "Dit wachtwoord is te makkelijk te raden (ongeveer {bits} bits, minstens {min} nodig).{what} {HOW}"
            )
        }
    }
}

/// Why "Versleutel en download" cannot go on with this password choice.
pub fn not_ready(e: &NotReady) -> String {
    match e {
        NotReady::Unavailable => UNAVAILABLE.into(),
        NotReady::AgreedEmpty => "Typ het wachtwoord dat je met het OCMW afsprak en kies \"Gebruik dit wachtwoord\", of vink het afgesproken wachtwoord uit.".into(),
        NotReady::AgreedNotApplied => "Kies eerst \"Gebruik dit wachtwoord\": het afgesproken wachtwoord is nog niet gecontroleerd, dus er is nog niets versleuteld.".into(),
        NotReady::AgreedRefused(e) => refused(e),
    }
}
