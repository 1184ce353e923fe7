//! The information sheet for the parents (plain Dutch, level B1), for printing on A4.

pub const TITLE: &str = "Informatie voor de ouder(s)";
pub const PRINT: &str = "Afdrukken";
/// A blank to fill in by hand when the form does not hold the value yet.
pub const BLANK: &str = "........................................";

/// What the sheet needs from the form (already trimmed; blanks where missing).
pub struct SheetFacts<'a> {
    pub team: &'a str,
    pub ocmw: &'a str,
    pub worker: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub consent_date: &'a str,
}

/// The sheet's headings and paragraphs, in order.
pub fn sections(f: &SheetFacts) -> (String, Vec<(&'static str, String)>) {
    let SheetFacts {
        team,
        ocmw,
        worker,
        consent_date,
        ..
    } = f;
    let intro = format!("{team} van Kind en Gezin wil je helpen om de juiste steun te vinden. Daarom vragen we of we je gegevens mogen doorgeven aan {ocmw}.");
    let mut contact = format!("Neem contact op met {worker} van {team}");
    if let Some(phone) = f.phone {
        contact.push_str(&format!(", telefoon {phone}"));
    }
    if let Some(email) = f.email {
        contact.push_str(&format!(", e-mail {email}"));
    }
    contact.push('.');
    let sections = vec![
        ("Welke gegevens geven we door?", "Alleen je naam, je adres, je telefoonnummer en je e-mailadres. Niets anders.".to_string()),
        ("Aan wie?", format!("Aan een maatschappelijk werker van {ocmw}. Die persoon moet, net als wij, alles geheimhouden. Dat heet beroepsgeheim.")),
        ("Waarom?", "Het OCMW kan je misschien helpen, bijvoorbeeld met geld, huur, energie, gezondheid of papieren. Zo krijg je sneller de hulp en de rechten die bij jouw situatie horen.".to_string()),
        ("Wat gebeurt er met je gegevens?", "We sturen ze beveiligd naar het OCMW, met een wachtwoord. Het OCMW gebruikt ze alleen om contact met je op te nemen. Ze gaan naar niemand anders.".to_string()),
        ("Wat mag je verwachten?", "Een maatschappelijk werker van het OCMW neemt contact met je op. Samen bekijken jullie welke hulp mogelijk is. Jij beslist of je die hulp wilt.".to_string()),
        ("Je toestemming", format!("Je gaf je toestemming op {consent_date}. Je koos daar zelf voor. Wil je toch niet dat we je gegevens doorgeven? Laat het ons zo snel mogelijk weten.")),
        ("Vragen?", contact),
    ];
    (intro, sections)
}
