//! "KSZ lezen", reading KSZ and MAGDA answers: the import area, the readable view per file, the
//! disagreements, the timeline and the sources in the worksheet. The source's own descriptions
//! (the answers' `Label`, `Omschrijving`) are never here: they are shown as written.

use crate::ksz::import::{
    Category, Group, ImportError, Lane, PartialDate, Run, Seems, Tie, MAX_FILE_BYTES,
};
use crate::ksz::imported::{Refusal, MAX_FILES};
use crate::ksz::Role;
use crate::ksz::Status;

pub const HEADING: &str = "KSZ- en MAGDA-antwoorden inlezen";
pub const INTRO: &str = "Bewaart je OCMW-toepassing de antwoorden van de KSZ of MAGDA als XML-bestand? Sleep ze hierheen of kies ze: Toeleiding leest ze in deze browser, toont ze in gewone taal en vult het werkblad in. Jij controleert en verbetert. Niets wordt opgeladen, bewaard of verstuurd.";
pub const FILES_FIELD: &str = "ksz-bestanden";
pub const FILES_LABEL: &str = "Kies een of meer bestanden";
pub const PASTE_FIELD: &str = "ksz-plak";
pub const PASTE_LABEL: &str = "Of plak de XML van één antwoord";
pub const PASTE_HINT: &str = "Bijvoorbeeld uit het venster waarin je toepassing het bericht toont.";
pub const PASTE_BUTTON: &str = "Lees de geplakte XML";
pub const PASTED_NAME: &str = "geplakte XML";
pub const OWN_SUMMARY: &str = "Gegevens van je eigen OCMW (niet verplicht)";
pub const OWN_INTRO: &str = "Hiermee weet Toeleiding welk leefloon je eigen OCMW betaalde en welk adres in een andere gemeente ligt. Het gaat niet over de cliënt; het wordt niet bewaard en geldt voor de bestanden die je daarna inleest.";
pub const OWN_ENTERPRISE_FIELD: &str = "ksz-eigen-kbo";
pub const OWN_ENTERPRISE_LABEL: &str = "Ondernemingsnummer(s) van je OCMW";
pub const OWN_ENTERPRISE_HINT: &str =
    "Bijvoorbeeld 0212.189.676; meerdere gescheiden door een komma.";
pub const OWN_NIS_FIELD: &str = "ksz-eigen-nis";
pub const OWN_NIS_LABEL: &str = "NIS-code(s) van je gemeente";
pub const OWN_NIS_HINT: &str = "Bijvoorbeeld 44021 voor Gent; meerdere gescheiden door een komma.";
pub const REFUSED_HEADING: &str = "Niet ingelezen";
pub const KEPT: &str = "Wat al ingelezen was, blijft staan.";

pub const FILES_HEADING: &str = "Ingelezen antwoorden";
pub const FILE_NAME: &str = "Bestandsnaam";
pub const SCREEN_ONLY: &str = "(enkel op het scherm, niet op de afdruk)";
pub const UNTESTED: &str = "Getest op voorbeeldbestanden, nog niet op echte antwoorden: vergelijk wat je hier ziet met het antwoord in je toepassing.";
pub const NO_DATA: &str = "Dit antwoord zegt dat er geen gegevens zijn. Voor het werkblad telt het als \"geraadpleegd, niets gevonden\": dat betekent niet dat er geen recht is.";
pub const UNKNOWN: &str = "onbekend gegeven";
pub const NO_FACTS: &str = "Dit antwoord bevat geen gegevens om te tonen.";
pub const IDENTIFYING_NOTE: &str = "Naam, rijksregisternummer, adres, geboortedatum en kaartnummers zie je hier; ze komen niet op de afdruk, net als onbekende gegevens.";
pub const DISAGREE_HEADING: &str = "De antwoorden verschillen";
pub const MANY_PERSONS: &str = "Een of meer bestanden gaan over iemand die niet in het gezin van de aanvrager staat (\"andere persoon\"). Wat ze tonen, staat in het werkblad niet bij de aanvrager. Horen ze niet bij deze cliënt, verwijder ze dan.";

pub const FORM_IMPORTED: &str = "Ingevuld met wat de ingelezen antwoorden vaststellen; bij elk gegeven staat waar het vandaan komt. Verbeter waar nodig: wat je zelf aanduidt, krijgt \"door jou aangeduid\".";
pub const BY_WORKER: &str = "door jou aangeduid";
pub const SOURCES: &str = "Ingelezen antwoorden";

pub const TIMELINE_HEADING: &str = "Tijdlijn";
pub const TIMELINE_INTRO: &str = "Een balk is een periode, een ruit één gebeurtenis, een pijl betekent \"tot vandaag\" en een rode stippellijn een onderbreking zonder gegevens. Een gestreepte rand: een datum die onvolledig of ongeldig geschreven is. Ga met Tab of de pijltjestoetsen door de balken voor de details, of toon de tabel.";
pub const WINDOW_LABEL: &str = "Periode";
pub const WINDOW_ALL: &str = "alles";
pub const WINDOW_10: &str = "laatste 10 jaar";
pub const WINDOW_5: &str = "laatste 5 jaar";
pub const SHOW_TABLE: &str = "Toon de tijdlijn als tabel";
pub const HIDE_TABLE: &str = "Verberg de tabel";
pub const TABLE_CAPTION: &str = "De tijdlijn als tabel";
pub const COL_LANE: &str = "Onderdeel";
pub const COL_WHAT: &str = "Wat";
pub const COL_FROM: &str = "Van";
pub const COL_TO: &str = "Tot";
pub const COL_SOURCE: &str = "Bron";
pub const TODAY: &str = "vandaag";
pub const GAP: &str = "onderbreking: geen gegevens";
pub const NO_DATE: &str = "zonder datum";
pub const TODAY_LINE: &str = "vandaag";

/// The status after a batch of files.
pub fn batch(read: usize, refused: usize) -> String {
    let files = |n: usize| if n == 1 { "bestand" } else { "bestanden" };
    match (read, refused) {
        (r, 0) => format!("{r} {} ingelezen.", files(r)),
        (0, f) => format!("{f} {} niet ingelezen.", files(f)),
        (r, f) => format!("{r} {} ingelezen, {f} niet.", files(r)),
    }
}

/// The file hint, with the size limit.
pub fn files_hint() -> String {
    format!("XML-antwoorden (TX25, IdentifyPerson, MAGDA, RVA, ziekteverzekering), elk tot {} MB. Je kunt ook meerdere bestanden tegelijk hierheen slepen.", MAX_FILE_BYTES / (1024 * 1024))
}

fn seems(s: Seems) -> &'static str {
    match s {
        Seems::Docx => "een Word-document",
        Seems::Pdf => "een PDF-document",
        Seems::Zip => "een ZIP-archief",
        Seems::SevenZ => "een 7z-archief",
        Seems::OldOffice => "een ouder Office-document (zoals .doc of .xls)",
        Seems::Image => "een afbeelding",
        Seems::Html => "een webpagina",
        Seems::Json => "JSON-gegevens",
        Seems::OtherXml => "XML van een andere soort",
        Seems::Text => "gewone tekst",
        Seems::Binary => "binaire gegevens",
    }
}

const KNOWN: &str = "Toeleiding leest TX25 (RetrieveTIGroups), IdentifyPerson, MAGDA-antwoorden, RVA UnemploymentData en HealthCareInsurance.";

/// Why a file was not read, and what to do.
pub fn refusal(r: &Refusal) -> String {
    let e = match r {
        Refusal::Duplicate(n) => return format!("Dit antwoord is al ingelezen, als bestand {n}."),
        Refusal::TooMany => {
            return format!(
                "Er zijn al {MAX_FILES} bestanden ingelezen: verwijder er eerst enkele."
            )
        }
        Refusal::Import(e) => e,
    };
    match e {
        ImportError::TooLarge => format!("Dit bestand is groter dan {} MB; een KSZ- of MAGDA-antwoord is veel kleiner. Kies het antwoord zelf, of bewaar het per persoon apart.", MAX_FILE_BYTES / (1024 * 1024)),
        ImportError::NotXml => "Dit bestand is leeg of geen XML-tekst. Bewaar het antwoord in je OCMW-toepassing als XML en kies dat bestand.".into(),
        ImportError::Malformed => "Dit XML-bestand is onvolledig of beschadigd (bijvoorbeeld afgebroken bij het kopiëren), of het gebruikt een DTD of entiteiten, die Toeleiding nooit uitvoert. Bewaar of kopieer het antwoord opnieuw, volledig.".into(),
        ImportError::Unavailable => "Toeleiding kon dit bestand nu niet lezen: het leesdeel van de pagina laadde niet of stopte. Kies het bestand opnieuw; lukt dat niet, herlaad dan de pagina (wat al ingelezen is, kies je daarna opnieuw).".into(),
        ImportError::TooDeep | ImportError::TooManyElements => "Dit XML-bestand is te groot of te diep genest voor een KSZ- of MAGDA-antwoord en wordt niet gelezen. Kies het antwoord zelf.".into(),
        ImportError::UnknownFormat { root, seems: s } => {
            let what = seems(*s);
            let todo = match s {
                Seems::Pdf | Seems::Docx | Seems::Image | Seems::OldOffice | Seems::Text => "Toeleiding leest het XML-antwoord zelf, geen afdruk of schermafbeelding ervan: bewaar het antwoord in je toepassing als XML.".to_string(),
                Seems::Zip | Seems::SevenZ => "Pak het archief eerst uit en kies de XML-bestanden erin.".to_string(),
                Seems::Html => "Bewaar het antwoord als XML, niet als webpagina.".to_string(),
                _ if root.is_empty() => KNOWN.to_string(),
                _ => format!("Het hoofdelement is «{root}». {KNOWN}"),
            };
            format!("Dit lijkt {what}, geen KSZ- of MAGDA-antwoord. {todo}")
        }
    }
}

/// The heading of a file's view: "Bestand 2: GeefPersoon 02.02".
pub fn file_heading(number: u32, service: &str) -> String {
    format!("Bestand {number}: {service}")
}

pub fn remove(number: u32) -> String {
    format!("Verwijder bestand {number}")
}

/// "Antwoord van 2017-06-01 · taal nl".
pub fn answered(on: Option<&PartialDate>, language: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(d) = on {
        parts.push(format!("Antwoord van {}", date(d)));
    }
    if let Some(l) = language {
        parts.push(format!("taal van het antwoord: {l}"));
    }
    parts.join(" · ")
}

/// A date as written, flagged when partial or invalid.
pub fn date(d: &PartialDate) -> String {
    if d.invalid {
        format!("{} (ongeldige datum, zo geschreven)", d.raw)
    } else if d.partial {
        format!("{} (onvolledige datum)", d.raw)
    } else {
        d.raw.clone()
    }
}

/// Before a fact's start and end date: "vanaf 1994-09-12", "tot 2021-08".
pub const FROM_WORD: &str = "vanaf";
pub const TO_WORD: &str = "tot";

/// How a social worker groups what an answer says.
pub fn group(g: Group) -> &'static str {
    match g {
        Group::Identity => "Identiteit",
        Group::Residence => "Verblijf en adres",
        Group::Household => "Gezin doorheen de tijd",
        Group::Income => "Inkomen",
        Group::Work => "Werk",
        Group::Allowances => "Uitkeringen en rechten",
        Group::Property => "Eigendom",
        Group::Other => "Over het antwoord",
    }
}

/// One disagreement in a plain sentence: "Over Adres zeggen de antwoorden iets anders: …".
pub fn disagreement(about: &str, values: &[(String, String)]) -> String {
    let said: Vec<String> = values.iter().map(|(s, v)| format!("{s}: {v}")).collect();
    format!("Over \"{about}\" zeggen de antwoorden iets anders — {}. Zoek uit welk gegeven klopt (bijvoorbeeld bij het huisbezoek) voor je erop steunt.", said.join("; "))
}

/// The same, for print: only what it is about and which services.
pub fn disagreement_print(about: &str, values: &[(String, String)]) -> String {
    let services: Vec<&str> = values.iter().map(|(s, _)| s.as_str()).collect();
    format!(
        "De antwoorden verschillen over \"{about}\" ({}).",
        services.join(", ")
    )
}

/// The source of an observation on screen: "uit bestand 2 (naam.xml), GeefPersoon 02.02,
/// antwoord van 2017-06-01".
pub fn source(label: &str, name: Option<&str>, service: &str, on: Option<&str>) -> String {
    let mut s = format!("uit {label}");
    if let Some(n) = name {
        s.push_str(&format!(" ({n})"));
    }
    s.push_str(&format!(", {service}"));
    if let Some(d) = on {
        s.push_str(&format!(", antwoord van {d}"));
    }
    s
}

/// What the answers said about one flow: "Ingelezen: bestand 1 (GeefPersoon 02.02, 2017-06-01):
/// gevonden".
pub fn flow_sources(items: &[(u32, String, Option<String>, Status)]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|(n, service, on, status)| {
            let on = on.as_ref().map(|d| format!(", {d}")).unwrap_or_default();
            format!(
                "bestand {n} ({service}{on}): {}",
                super::ksz::status(*status).to_ascii_lowercase()
            )
        })
        .collect();
    format!("Ingelezen: {}", parts.join("; "))
}

/// A line of the sources in the working note (print-safe: no file name).
pub fn sheet_source(label: &str, service: &str, on: Option<&str>) -> String {
    match on {
        Some(d) => format!("{label}: {service}, antwoord van {d}"),
        None => format!("{label}: {service}"),
    }
}

/// "Tijdlijn" or, with several clients, "Tijdlijn van persoon 2 (bestand 3, bestand 4)".
pub fn timeline_heading(who: Option<Role>, total: usize, files: &[String]) -> String {
    match who {
        _ if total <= 1 => TIMELINE_HEADING.to_string(),
        Some(r) => format!("Tijdlijn: {} ({})", role(r), files.join(", ")),
        None => format!("Tijdlijn: persoon niet vermeld ({})", files.join(", ")),
    }
}

pub fn lane(l: Lane) -> &'static str {
    match l {
        Lane::Address => "Adressen",
        Lane::ReferenceAddress => "Referentieadres",
        Lane::Household => "Gezin",
        Lane::Work => "Werk (Dimona)",
        Lane::Unemployment => "Werkloosheid",
        Lane::Leefloon => "Leefloon",
        Lane::OtherBenefits => "Andere uitkeringen",
        Lane::ChildBenefits => "Groeipakket",
        Lane::Handicap => "Handicap",
    }
}

/// "Geen gegevens in deze bestanden over: werk (Dimona), werkloosheid."
pub fn empty_lanes(lanes: &[Lane]) -> String {
    let names: Vec<String> = lanes.iter().map(|l| crate::case::lower(lane(*l))).collect();
    format!(
        "Geen gegevens in deze bestanden over: {}.",
        names.join(", ")
    )
}

/// "3 gegevens vallen buiten de gekozen periode; de tabel toont ze."
pub fn outside(n: usize) -> String {
    let w = if n == 1 {
        "gegeven valt"
    } else {
        "gegevens vallen"
    };
    format!("{n} {w} buiten de gekozen periode; de tabel toont ze.")
}

/// The accessible name (and tooltip) of a bar: lane, what, period, source.
pub fn bar_name(lane_name: &str, what: &str, when: &str, source: &str) -> String {
    format!("{lane_name}: {what}; {when}; bron: {source}")
}

/// "van 2022-07-01 tot 2022-07-31", "van 1994-09-12 tot vandaag", "op 2015-03-31".
pub fn when(from: Option<&PartialDate>, to: Option<&PartialDate>, mark: bool) -> String {
    let d = |x: Option<&PartialDate>| x.map_or(NO_DATE.to_string(), date);
    if mark {
        return format!("op {}", d(from));
    }
    let until = to.map_or(TODAY.to_string(), date);
    format!("van {} tot {until}", d(from))
}

/// "bestand 2 (GeefPersoon 02.02)".
pub fn event_source(label: &str, service: &str) -> String {
    format!("{label} ({service})")
}

/// A person's role towards the applicant, as the worksheet and the print name it (never a
/// name).
pub fn role(r: Role) -> String {
    match r {
        Role::Applicant => "aanvrager".to_string(),
        Role::Partner => "partner".to_string(),
        Role::Child(n) => format!("kind {n}"),
        Role::Parent(n) => format!("ouder {n}"),
        Role::Member(n) => format!("ander gezinslid {n}"),
        Role::Other(n) => format!("andere persoon {n}"),
    }
}

/// What a person in "Gezin op …" is called: an earlier partner is "partner" there (in the
/// record an earlier partner is another person).
pub fn housemate(role_of: Role, tie: Tie) -> String {
    match tie {
        Tie::Partner => "partner".to_string(),
        _ => role(role_of),
    }
}

/// Above an answer about someone else than the applicant.
pub fn about(r: Role) -> String {
    format!(
        "Dit antwoord gaat over: {}. Wat het toont, staat in het werkblad bij die persoon, niet bij de aanvrager.",
        role(r)
    )
}

/// After a worksheet line about other persons.
pub fn line_persons(list: &[Role]) -> String {
    let words: Vec<String> = list.iter().map(|r| role(*r)).collect();
    format!("Over: {}", words.join(", "))
}

/// "Gezin op 4 december 2026" (the date as typed when it is not a date).
pub fn family_heading(on: &str) -> String {
    match crate::date::Date::parse_iso(on) {
        Ok(d) => format!("Gezin op {}", d.dutch_long()),
        Err(_) if on.trim().is_empty() => {
            "Gezin op de datum van de raadpleging (nog niet ingevuld)".to_string()
        }
        Err(_) => format!("Gezin op {on}"),
    }
}

pub const FAMILY_EARLIER: &str = "Vroeger";
pub const FAMILY_NOBODY: &str =
    "Volgens de antwoorden woont op die datum niemand anders bij de aanvrager.";
pub const FAMILY_UNKNOWN: &str = "De ingelezen antwoorden tonen niet wie op die datum bij de aanvrager woont. Lees een gezinssamenstelling (GeefGezinssamenstelling of GeefPersoon) in, of vraag ze op.";
pub const FAMILY_NOBODY_BEFORE: &str = "Geen vroegere gezinsleden in de antwoorden.";
pub const SINCE_WORD: &str = "sinds";
pub const BORN_WORD: &str = "geboren";
/// Above the category hint.
pub const CATEGORY_LABEL: &str = "Te bespreken";
pub const CATEGORY_BASIS: &str = "(interpretatie; wet van 26 mei 2002, art. 14 § 1)";

/// What the household on the date may point to for the leefloon category, and what still
/// decides it.
pub fn category(c: Category) -> &'static str {
    match c {
        Category::Single => "Kan wijzen op de categorie alleenstaande (categorie 2): volgens de antwoorden woont niemand anders bij de aanvrager. Wat nog beslist: of er feitelijk niemand meewoont; de inschrijving alleen bewijst dat niet.",
        Category::Cohabiting => "Kan wijzen op de categorie samenwonende (categorie 1): er staan andere personen in het gezin. Wat nog beslist: of ze onder hetzelfde dak wonen en de huishouding hoofdzakelijk samen regelen; op hetzelfde adres ingeschreven zijn alleen is nog geen samenwonen.",
        Category::WithFamily => "Kan wijzen op de categorie persoon met gezin ten laste (categorie 3): er woont een minderjarig kind bij de aanvrager. Wat nog beslist: of het kind ongehuwd is en ten laste van de aanvrager, en met wie de aanvrager verder samenwoont.",
    }
}

/// Above the record form: whose observations it shows.
pub const PERSON_LABEL: &str = "Voor wie vul je in?";
pub const PERSON_HINT: &str = "Wat de KSZ over de partner of een ander gezinslid toont, vul je bij die persoon in: het komt dan in het werkblad bij de bestaansmiddelen van het gezin, nooit bij de aanvrager. Kies een rol, nooit een naam.";

/// "juli 2022" (a date without a month as written).
fn month_year(d: &PartialDate) -> String {
    match (d.month, d.year) {
        (Some(m), Some(y)) => format!("{} {y}", crate::date::dutch_month(m)),
        _ => d.raw.clone(),
    }
}

/// A run of monthly payments: "per maand, juli 2022 – december 2023: 12 maanden, 6 maanden
/// zonder betaling ertussen".
pub fn run(r: &Run) -> String {
    let mut s = format!(
        "per maand, {} – {}: {} {}",
        month_year(r.first),
        month_year(r.last),
        r.months,
        if r.months == 1 { "maand" } else { "maanden" }
    );
    if r.gaps > 0 {
        s.push_str(&format!(
            ", {} {} zonder betaling ertussen",
            r.gaps,
            if r.gaps == 1 { "maand" } else { "maanden" }
        ));
    }
    if r.invalid > 0 {
        s.push_str(&format!(
            "; {} met een datum die niet bestaat zoals ze geschreven is (zie de maanden)",
            r.invalid
        ));
    }
    if r.repeated > 0 {
        s.push_str(&format!(
            "; {} {} staan twee keer in het antwoord",
            r.repeated,
            if r.repeated == 1 { "maand" } else { "maanden" }
        ));
    }
    s
}

pub const SHOW_MONTHS: &str = "Toon de maanden";

/// Above an answer of a MAGDA service Toeleiding does not read yet.
pub fn unknown_service(service: &str) -> String {
    format!("Dit antwoord ({service}) kent Toeleiding nog niet: de gegevens staan hieronder zoals in het bestand; ze vullen het werkblad niet in.")
}

/// On an answer about someone else: the worker says it is about the applicant after all.
pub const IS_APPLICANT: &str = "Dit antwoord gaat over de aanvrager";
