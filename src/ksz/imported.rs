//! The answers a social worker imported for one client, and the record made from them with the
//! worker's own corrections on top. Pure: reading the files is the caller's effect; this keeps
//! the set, gives each file a neutral label ("bestand 2") that is what a worksheet's origin
//! holds — a file's name may hold a person's name or national number, so it is shown on screen
//! only and never goes into the record or a print —, and replays the worker's corrections in
//! order over [`combine`] whenever the set changes. It also groups the answers per client (one
//! timeline each).

use super::import::{
    combine_for, labels, roles_of, Answer, Disagreement, Event, Family, ImportError, Lane, Options,
    PartialDate,
};
use super::knowledge::Status;
use super::person::Role;
use super::record::{Origin, Record};
use super::vec_map::VecMap;
use std::collections::HashMap;
use std::rc::Rc;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// At most this many answers at once (one client's consultation has a handful).
pub const MAX_FILES: usize = 30;

/// One imported answer with its file's name (screen only) and its neutral label.
#[derive(Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Loaded {
    /// 1, 2, 3 … in the order the files were read; never reused while the set lives.
    #[zeroize(skip)]
    pub number: u32,
    /// The file's name as chosen (may be personal: shown on screen, never printed or recorded).
    pub name: String,
    /// The answer; its `file_name` is the neutral label.
    pub answer: Answer,
}

impl Loaded {
    /// "bestand 2".
    pub fn label(&self) -> String {
        label(self.number)
    }
}

/// The neutral label of file `number`.
pub fn label(number: u32) -> String {
    format!("{} {number}", labels::FILE)
}

/// Why a read answer was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Import(ImportError),
    /// The same answer is already in the set (under this number).
    Duplicate(u32),
    /// [`MAX_FILES`] are loaded.
    TooMany,
}

/// A correction by the worker, replayed in order over the imported record: a flow's status or
/// an observation for one person (by role), or the consultation's date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Correction {
    Status(Role, &'static str, Option<Status>),
    Tick(Role, &'static str, bool),
    Date(String),
}

/// Where a flow's status comes from: (file number, service, date of the answer as written,
/// status).
pub type FlowSource = (u32, String, Option<String>, Status);

/// The imported answers and the worker's corrections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub files: Vec<Rc<Loaded>>,
    next: u32,
    pub corrections: Vec<Correction>,
    /// The file the worker marked as being about the applicant (otherwise the applicant is the
    /// first person the answers name).
    pub applicant: Option<u32>,
}

impl Imported {
    /// Adds a read answer under the next number; refuses a duplicate or one too many.
    pub fn add(&mut self, name: &str, answer: Result<Answer, ImportError>) -> Result<u32, Refusal> {
        let mut answer = answer.map_err(Refusal::Import)?;
        if self.files.len() >= MAX_FILES {
            return Err(Refusal::TooMany);
        }
        for f in &self.files {
            answer.file_name.clone_from(&f.answer.file_name);
            if answer == f.answer {
                return Err(Refusal::Duplicate(f.number));
            }
        }
        self.next += 1;
        let number = self.next;
        answer.file_name = label(number);
        self.files.push(Rc::new(Loaded {
            number,
            name: name.to_string(),
            answer,
        }));
        Ok(number)
    }

    /// Removes file `number` (its findings leave the record; corrections stay).
    pub fn remove(&mut self, number: u32) {
        self.files.retain(|f| f.number != number);
        if self.applicant == Some(number) {
            self.applicant = None;
        }
    }

    /// The position of the file marked as about the applicant, if it is still loaded.
    fn chosen(&self) -> Option<usize> {
        let n = self.applicant?;
        self.files.iter().position(|f| f.number == n)
    }

    pub fn answers(&self) -> Vec<&Answer> {
        self.files.iter().map(|f| &f.answer).collect()
    }

    /// The record: the combined answers (or an empty record dated `today` without any), with
    /// every correction replayed in order, and where the answers disagree.
    pub fn record(&self, today: &str) -> (Record, Vec<Disagreement>) {
        let (mut record, disagreements) = if self.files.is_empty() {
            (Record::default(), Vec::new())
        } else {
            let c = combine_for(&self.owned(), self.chosen());
            (c.record, c.disagreements)
        };
        if record.consulted_on.is_empty() {
            record.consulted_on = today.to_string();
        }
        for c in &self.corrections {
            match c {
                Correction::Status(who, flow, s) => record.set_status_of(*who, flow, *s),
                Correction::Tick(who, id, on) => {
                    record.set_observation_of(*who, id, *on, Origin::Worker)
                }
                Correction::Date(d) => record.consulted_on.clone_from(d),
            }
        }
        (record, disagreements)
    }

    /// What each answer said about a flow, in file order.
    pub fn flow_sources(&self, flow: &str) -> Vec<FlowSource> {
        self.files
            .iter()
            .filter_map(|f| {
                f.answer.finding(flow).map(|finding| {
                    (
                        f.number,
                        f.answer.service.clone(),
                        f.answer.answered_on.as_ref().map(|d| d.raw.clone()),
                        finding.status,
                    )
                })
            })
            .collect()
    }

    /// Every birth date the answers give (as written): on paper a date that is someone's birth
    /// date shows its year only, whatever it dates (a register since birth, a child in the
    /// household since birth).
    pub fn birth_dates(&self) -> VecMap<String, ()> {
        let facts = self
            .files
            .iter()
            .flat_map(|f| f.answer.all_facts())
            .filter(|f| f.label == labels::BIRTH_DATE)
            .map(|f| f.value.trim().to_string());
        // Household members' birth dates, also where the answer shows them as no fact.
        let members = self
            .files
            .iter()
            .flat_map(|f| f.answer.summary.household.iter())
            .filter_map(|m| m.born.as_ref().map(|b| b.raw.trim().to_string()));
        let mut set = VecMap::default();
        for v in facts.chain(members).filter(|v| !v.is_empty()) {
            set.insert(v, ());
        }
        set
    }

    /// The answers, owned (what [`combine`] and [`roles`] read).
    fn owned(&self) -> Vec<Answer> {
        self.files.iter().map(|f| f.answer.clone()).collect()
    }

    /// Whom each file is about, in file order (the applicant: the first person an answer
    /// names).
    pub fn holders(&self) -> Vec<(u32, Role)> {
        let answers = self.owned();
        let latest = latest_date(&answers);
        let roles = roles_of(&answers, self.chosen(), latest.as_ref());
        self.files
            .iter()
            .map(|f| (f.number, roles.of(f.answer.summary.subject.as_deref())))
            .collect()
    }

    /// The applicant's household on `on` (`YYYY-MM-DD`, the consultation's date): who lives
    /// with the applicant then, who did before. Roles are those of the latest answer's date.
    pub fn family(&self, on: &str) -> Family {
        let answers = self.owned();
        let latest = latest_date(&answers);
        let on = PartialDate::parse(on).filter(PartialDate::is_complete);
        roles_of(&answers, self.chosen(), latest.as_ref()).family(&answers, on.as_ref())
    }

    /// The screen name of a neutral label ("bestand 2" → the file's name), if still loaded.
    pub fn name_of(&self, label: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.label() == label)
            .map(|f| f.name.as_str())
    }
}

/// The latest complete date among the answers' own dates.
fn latest_date(answers: &[Answer]) -> Option<PartialDate> {
    answers
        .iter()
        .filter_map(|a| a.answered_on.as_ref())
        .filter(|d| d.is_complete())
        .max_by_key(|d| d.days())
        .cloned()
}

/// The reading OCMW's own numbers from what the worker typed: enterprise numbers and NIS codes
/// separated by commas, semicolons or line breaks (dots, dashes and spaces inside a number are
/// fine: only its digits count).
pub fn options(enterprise_numbers: &str, nis_codes: &str) -> Options {
    let list = |s: &str| -> Vec<String> {
        s.split([',', ';', '\n'])
            .map(|p| p.chars().filter(char::is_ascii_digit).collect::<String>())
            .filter(|p| !p.is_empty())
            .collect()
    };
    Options {
        own_enterprise_numbers: list(enterprise_numbers),
        own_nis_codes: list(nis_codes),
    }
}

/// The answers per client: answers naming the same person (`Summary::subject`) together; an
/// answer without a subject joins the client whose national number its household lists, else
/// the only client, else a group of its own. Indexes into `answers`, in order of appearance.
pub fn clients(answers: &[&Answer]) -> Vec<Vec<usize>> {
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    let subject = |a: &Answer| a.summary.subject.clone().filter(|s| !s.is_empty());
    for (i, a) in answers.iter().enumerate() {
        if let Some(s) = subject(a) {
            match groups.iter_mut().find(|(g, _)| g.as_ref() == Some(&s)) {
                Some((_, members)) => members.push(i),
                None => groups.push((Some(s), vec![i])),
            }
        }
    }
    let named = groups.len();
    let mut loose = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        if subject(a).is_some() {
            continue;
        }
        let listed = groups.iter().position(|(g, _)| {
            g.as_ref()
                .is_some_and(|s| a.summary.household.iter().any(|m| &m.insz == s))
        });
        match listed {
            Some(g) => groups[g].1.push(i),
            None if named == 1 => groups[0].1.push(i),
            None => loose.push(i),
        }
    }
    if !loose.is_empty() {
        groups.push((None, loose));
    }
    groups
        .into_iter()
        .map(|(_, mut members)| {
            crate::order::sort_by(&mut members, |&i| (i as i64, 0, 0));
            members
        })
        .collect()
}

/// One line of a client's timeline: an event and every answer that gives it.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The event as the first answer gives it (its label is shown).
    pub event: &'a Event,
    /// (file number, the event in that file), in file order.
    pub sources: Vec<(u32, &'a Event)>,
}

/// The timeline's lines of the answers (file number, event): an event that a *later* answer
/// gives the same way — lane, print label, dates, single or period — joins the line of the
/// earlier one as a second source (GeefPersoon and GeefGezinssamenstelling both list the
/// household), at most once per answer, so two children born the same day in one answer stay
/// two lines. Events of one answer are never merged with each other.
///
/// Linear in the events: the entries of one key (lane, label, dates, mark) are kept in order,
/// and an answer's n-th event of a key can only join that key's n-th entry (its events always
/// take the earliest entry without them), so no entry is searched.
pub fn entries<'a>(events: impl IntoIterator<Item = (u32, &'a Event)>) -> Vec<Entry<'a>> {
    entries_tagged(events.into_iter().map(|(file, event)| (file, event, event)))
        .into_iter()
        .map(|(event, sources)| Entry { event, sources })
        .collect()
}

/// Where an event is among a client's files: (file position, event position). A page keeps
/// these between renders instead of references.
pub type Position = (usize, usize);

/// As [`entries`], as positions in `files` (file number and its events): computed once when
/// the answers change, not on every render.
pub fn entry_positions(files: &[(u32, &[Event])]) -> Vec<(Position, Vec<(u32, Position)>)> {
    entries_tagged(files.iter().enumerate().flat_map(|(f, (number, events))| {
        events
            .iter()
            .enumerate()
            .map(move |(e, event)| (*number, (f, e), event))
    }))
}

/// The merge of [`entries`], carrying a tag of each event.
fn entries_tagged<'a, T: Copy>(
    events: impl IntoIterator<Item = (u32, T, &'a Event)>,
) -> Vec<(T, Vec<(u32, T)>)> {
    type Key<'a> = (
        Lane,
        &'a str,
        Option<&'a PartialDate>,
        Option<&'a PartialDate>,
        bool,
    );
    // Per key: its entries in order, and how many events of each answer it has seen.
    // Per key: its entries, and per file how many of its events it has seen (a short list:
    // at most 30 files).
    /// A key's entries, and per file how many of its events it has seen.
    type Seen = (Vec<usize>, Vec<(u32, usize)>);
    let mut keys: HashMap<Key<'a>, Seen> = HashMap::new();
    let mut out: Vec<(T, Vec<(u32, T)>)> = Vec::new();
    for (file, tag, event) in events {
        let key = (
            event.lane,
            event.print_label.as_str(),
            event.from.as_ref(),
            event.to.as_ref(),
            event.mark,
        );
        let (list, seen) = keys.entry(key).or_default();
        let nth = match seen.iter().position(|(f, _)| *f == file) {
            Some(i) => &mut seen[i].1,
            None => {
                seen.push((file, 0));
                &mut seen.last_mut().unwrap_or_else(|| unreachable!()).1
            }
        };
        match list.get(*nth) {
            Some(at) => out[*at].1.push((file, tag)),
            None => {
                list.push(out.len());
                out.push((tag, vec![(file, tag)]));
            }
        }
        *nth += 1;
    }
    out
}

#[cfg(test)]
#[path = "imported_tests.rs"]
mod tests;
