//! The knowledge of *KSZ lezen* as static tables: the leefloon conditions, the KSZ flows with
//! their reading guide and observations, the rules that turn observations into worksheet lines,
//! the frame of the social investigation, and the practice dossiers. The tables are generated at
//! build time from the reviewed TOML files in `src/ksz/knowledge/` (see its README.md), so the
//! knowledge is data a social worker can correct, not code.

/// Where a statement comes from: a source, our own interpretation, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    /// The id of a [`Source`].
    pub source: Option<&'static str>,
    /// The article of the source it rests on ("art. 34, § 1"), shown after the source.
    pub article: Option<&'static str>,
    /// Our own reading, shown as "interpretatie".
    pub interpretation: bool,
}

/// One sentence of knowledge and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    pub text: &'static str,
    pub basis: Basis,
}

/// A leefloon condition (verblijf, leeftijd, …), in worksheet order.
#[derive(Debug, PartialEq, Eq)]
pub struct Condition {
    pub id: &'static str,
    pub title: &'static str,
    pub question: &'static str,
    pub explain: &'static [Statement],
}

/// A source statements refer to.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// Its title (deferred: see [`Text`]).
    pub title: Text,
    /// Quotes and where it was read (deferred: see [`Text`]).
    pub detail: Option<Text>,
    /// A primary legal text: what rests on it names the article.
    pub primary: bool,
}

/// Who checked a knowledge file against which sources, and when (`reviewed` in the TOML).
#[derive(Debug, PartialEq, Eq)]
pub struct Review {
    /// The file, relative to the knowledge folder (`flows/05-rva.toml`).
    pub file: &'static str,
    /// `YYYY-MM-DD`.
    pub on: &'static str,
    pub by: &'static str,
    /// The ids of the sources it was read against.
    pub against: &'static [&'static str],
}

/// One KSZ flow: what it is, how to read it, and what a worker can observe in it.
#[derive(Debug, PartialEq, Eq)]
pub struct Flow {
    pub id: &'static str,
    pub name: &'static str,
    pub name_fr: Option<&'static str>,
    pub service: &'static str,
    pub institution: &'static str,
    /// The conditions this flow informs; the first is where its status lines go.
    pub conditions: &'static [&'static str],
    pub contains: &'static [Note],
    pub read: &'static [Note],
    pub pitfalls: &'static [Note],
    pub indicates: &'static [Note],
    /// What is still needed when the flow was consulted and nothing was found.
    pub nothing_found: Statement,
    /// What is still needed when the flow was not consulted or not accessible.
    pub not_consulted: Statement,
    pub observations: &'static [Observation],
}

/// A choice on a flow's short list ("Recht op uitkering, met betalingen").
#[derive(Debug, PartialEq, Eq)]
pub struct Observation {
    /// `flow.observation`, e.g. `rva.right-paid`.
    pub id: &'static str,
    pub label: &'static str,
    pub basis: Basis,
}

/// What the worker recorded for a flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// *Gevonden*: the flow holds data; the observations say which.
    Found,
    /// *Geraadpleegd, niets gevonden*. Never the same as "no right".
    NothingFound,
    /// *Niet geraadpleegd / geen toegang* (also: "not sufficiently integrated").
    NotConsulted,
}

impl Status {
    /// Every status, in declaration order.
    pub const ALL: [Status; 3] = [Status::Found, Status::NothingFound, Status::NotConsulted];
}

/// Something a rule asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// An observation was made (its flow was found).
    Observation(&'static str),
    /// A flow has this status.
    Status(&'static str, Status),
}

/// The three columns of the worksheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// "KSZ stelt vast".
    Established,
    /// "Nog nodig": a document or a question, and why.
    Needed,
    /// "Niet (meer) vragen": what the client need not prove again.
    DontAsk,
}

/// When all of `when` and none of `unless` hold, `text` goes into `column` of `condition`.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub when: &'static [Term],
    pub unless: &'static [Term],
    pub condition: &'static str,
    pub column: Column,
    /// The line (deferred: see [`Text`]).
    pub text: Text,
    /// The reason shown under it (deferred).
    pub why: Text,
    /// "Kan wijzen op …": something to discuss, never a conclusion.
    pub signal: bool,
    /// Whose observations the rule looks at (`scope` in the TOML; the applicant by default).
    pub scope: Scope,
    pub basis: Basis,
}

/// A section of the page on the frame of the social investigation.
#[derive(Debug, PartialEq, Eq)]
pub struct FrameSection {
    pub heading: Text,
    pub statements: &'static [Note],
}

/// The page on the frame of the social investigation.
#[derive(Debug, PartialEq, Eq)]
pub struct Frame {
    pub title: &'static str,
    pub sections: &'static [FrameSection],
}

/// What the KSZ shows in one flow of a practice dossier, in words.
#[derive(Debug, PartialEq, Eq)]
pub struct Shown {
    pub flow: &'static str,
    pub text: Text,
}

/// The model record of one flow in a practice dossier.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub flow: &'static str,
    pub status: Status,
    pub observations: &'static [&'static str],
}

/// A fictional practice dossier with its model answer.
#[derive(Debug, PartialEq, Eq)]
pub struct Dossier {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: Text,
    pub shows: &'static [Shown],
    /// The keys of every line the model record gives (see `engine::Line::key`).
    pub expected: &'static [&'static str],
    /// Extra explanation per line key, for this dossier.
    pub commentary: &'static [(&'static str, Text)],
    pub record: &'static [Entry],
}

/// Everything *KSZ lezen* knows.
#[derive(Debug, PartialEq, Eq)]
pub struct Knowledge {
    /// The oldest of the files' review dates (`YYYY-MM-DD`): see [`REVIEWS`].
    pub reviewed: &'static str,
    pub conditions: &'static [Condition],
    pub sources: &'static [Source],
    pub flows: &'static [Flow],
    pub rules: &'static [Rule],
    pub frame: Frame,
    pub dossiers: &'static [Dossier],
    /// *Eerst doen*: which lines go to the top of the worksheet, group by group.
    pub first: &'static [FirstGroup],
}

/// A group of *Eerst doen* (`first.toml`): at most `at_most` of its `lines` (line keys, in order
/// of priority) that the worksheet holds.
#[derive(Debug, PartialEq, Eq)]
pub struct FirstGroup {
    pub title: &'static str,
    pub at_most: usize,
    pub lines: &'static [&'static str],
}

/// What an [`Amount`] counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    /// Euro per year.
    Year,
    /// Euro per month.
    Month,
    /// A factor ("maal 3"), not euro.
    Factor,
}

/// An amount as dated data (`amounts.toml`): the leefloon per category, the cadastral
/// thresholds and factor, the socio-professional exemption. Only the guide shows its texts, so
/// they are deferred; the value and its date are here for the rules that compute with them
/// (`ksz::cadastre`).
#[derive(Debug, PartialEq, Eq)]
pub struct Amount {
    pub id: &'static str,
    pub label: Text,
    /// Euro cents, or a factor times 100.
    pub hundredths: i64,
    pub per: Per,
    /// `YYYY-MM-DD`: valid from this date (or, when `start_known` is false, valid on it).
    pub valid_from: &'static str,
    pub start_known: bool,
    /// Where it was read (and the article, when that is a legal text).
    pub basis: Basis,
    /// Not confirmed in a primary or official source: shown as "niet bevestigd".
    pub unconfirmed: bool,
    pub note: Option<Text>,
    /// Why it may be older than twelve months (shown as "mogelijk verouderd").
    pub stale_ok: Option<Text>,
}

impl Amount {
    /// Whether `valid_from` lies more than twelve months before `today`.
    pub fn older_than_a_year(&self, today: crate::date::Date) -> bool {
        match crate::date::Date::parse_iso(self.valid_from) {
            Ok(d) => {
                let a_year_on = (u32::from(d.year()) + 1, d.month(), d.day());
                a_year_on < (u32::from(today.year()), today.month(), today.day())
            }
            // A date that is no date is never current.
            Err(_) => true,
        }
    }

    /// Older than twelve months without a reason why that is fine: must be updated.
    pub fn stale(&self, today: crate::date::Date) -> bool {
        self.stale_ok.is_none() && self.older_than_a_year(today)
    }

    /// The amount as the guide shows it: "€ 1.314,20", or "× 3" for a factor.
    pub fn shown(&self) -> String {
        match self.per {
            Per::Factor if self.hundredths % 100 == 0 => format!("× {}", self.hundredths / 100),
            Per::Factor => format!("× {}", euro_digits(self.hundredths)),
            _ => format!("€ {}", euro_digits(self.hundredths)),
        }
    }
}

/// 131420 → "1.314,20" (Dutch: points between thousands, a comma before the cents).
pub fn euro_digits(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    let whole = (h / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped},{:02}", h % 100)
}

/// The amount with this id.
pub fn amount(id: &str) -> Option<&'static Amount> {
    AMOUNTS.iter().find(|a| a.id == id)
}

pub use super::notes::{Note, Text};

/// A flow id of the knowledge (`ids::RVA`): only the generated constants make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowId(&'static str);

/// An observation id of the knowledge (`ids::RVA_RIGHT_PAID`): only the generated constants
/// make one, so a misspelt id is a compile error.
///
/// ```
/// use toeleiding::ksz::knowledge::ids;
/// assert_eq!(ids::RVA_RIGHT_PAID.as_str(), "rva.right-paid");
/// ```
///
/// ```compile_fail
/// // Not an observation of the knowledge: no such constant.
/// let _ = toeleiding::ksz::knowledge::ids::RVA_RIGHT_PAYED;
/// ```
///
/// ```compile_fail
/// // Nor can one be made from a string outside the knowledge.
/// let _ = toeleiding::ksz::knowledge::ObsId("rva.right-payed");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObsId(&'static str);

impl FlowId {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl ObsId {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}
pub use super::person::Scope;

include!(concat!(env!("OUT_DIR"), "/ksz_knowledge.rs"));

impl Knowledge {
    pub fn flow(&self, id: &str) -> Option<&'static Flow> {
        KNOWLEDGE.flows.iter().find(|f| f.id == id)
    }

    pub fn condition(&self, id: &str) -> Option<&'static Condition> {
        KNOWLEDGE.conditions.iter().find(|c| c.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        KNOWLEDGE.sources.iter().find(|s| s.id == id)
    }

    pub fn dossier(&self, id: &str) -> Option<&'static Dossier> {
        KNOWLEDGE.dossiers.iter().find(|d| d.id == id)
    }

    /// The observation with this full id, and its flow.
    pub fn observation(&self, id: &str) -> Option<(&'static Flow, &'static Observation)> {
        let (flow, _) = id.split_once('.')?;
        let flow = self.flow(flow)?;
        flow.observations
            .iter()
            .find(|o| o.id == id)
            .map(|o| (flow, o))
    }
}

impl Term {
    /// The flow a term is about.
    pub fn flow(&self) -> &'static str {
        match self {
            Term::Observation(id) => id.split_once('.').map_or(id, |(f, _)| f),
            Term::Status(flow, _) => flow,
        }
    }
}
