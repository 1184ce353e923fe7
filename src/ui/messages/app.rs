//! The page frame: header, navigation, footer, titles, the wipe and its warning.

pub const SKIP_LINK: &str = "Naar de inhoud";
pub const BRAND: &str = "Toeleiding";
pub const BRAND_TAIL: &str = " naar het OCMW";
pub const NAV_LABEL: &str = "Wat wil je doen?";
pub const NAV_REFER: &str = "Verwijzing maken";
pub const NAV_OPEN: &str = "Verwijzing openen";
pub const NAV_KSZ: &str = "KSZ lezen";
pub const SETTINGS: &str = "Instellingen";
pub const WIPE: &str = "Alles wissen";
pub const IDLE_WARNING: &str = "Je was 14 minuten niet actief. Om de gegevens van het gezin te beschermen, wordt over 1 minuut alles gewist.";
pub const STILL_HERE: &str = "Ik werk verder";
pub const WIPED_FOR_INACTIVITY: &str =
    "Alles werd gewist na 15 minuten zonder activiteit. Je kunt een nieuwe verwijzing beginnen.";
pub const FOOTER: &str = "Alles wat je invult blijft in deze browser. Er wordt niets verstuurd of bewaard; \"Alles wissen\" maakt het formulier leeg.";
pub const STATEMENTS_LABEL: &str = "Verklaringen";
pub const ACCESSIBILITY: &str = "Toegankelijkheidsverklaring";
pub const PRIVACY: &str = "Privacyverklaring";
pub const BACK_TO_APP: &str = "Terug naar Toeleiding";
pub const BACK_TO_REFERRAL: &str = "Terug naar de verwijzing";

/// The footer's version line: `Toeleiding versie 0.1.0 · build abc123`.
pub fn version(version: &str, build: Option<&str>) -> String {
    match build {
        Some(b) => format!("Toeleiding versie {}", b.replacen(' ', " · build ", 1)),
        None => format!("Toeleiding versie {version}"),
    }
}

/// The document title: the page, and "Fout: " in front while errors show.
pub fn title(page: &str, errors: bool) -> String {
    let prefix = if errors {
        super::common::ERROR_PREFIX
    } else {
        ""
    };
    format!("{prefix}{page} – Toeleiding")
}
