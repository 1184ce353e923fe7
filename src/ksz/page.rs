//! The page *KSZ lezen* as plain data and one pure reducer: the imported answers, the worker's
//! corrections per person, the person being filled in, the worksheet's state and the practice
//! attempt. The record is never stored: it is derived each time as `combine(answers)` with the
//! corrections replayed ([`KszPage::record`]). The UI only dispatches [`KszAction`]s; reading
//! files and the clock are its effects, passed in as values.

use super::import::{Answer, Disagreement, ImportError};
use super::imported::{Correction, Imported, Refusal};
use super::knowledge::{Dossier, Status, KNOWLEDGE};
use super::person::Role;
use super::record::{Origin, Record, RecordProblem};
use std::rc::Rc;

/// A file as read by the page: its name (screen only) and what the reader made of it.
pub type Read = (String, Result<Answer, ImportError>);

/// The parts of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Sheet,
    Guide,
    Frame,
    Practice,
}

/// The worker's attempt at one practice dossier.
#[derive(Clone, Debug, PartialEq)]
pub struct Attempt {
    pub dossier: &'static Dossier,
    pub record: Record,
    pub compared: bool,
    pub problems: Vec<RecordProblem>,
    pub round: u32,
}

/// The social investigation's part: the imported answers, what was recorded, and the practice
/// attempt. Everything here goes with a wipe, except the OCMW's own numbers (not about a client).
#[derive(Clone, Debug, PartialEq)]
pub struct KszPage {
    pub tab: Tab,
    /// Today (`YYYY-MM-DD`): the consultation's date when no answer gives one.
    pub today: String,
    /// The imported answers and the worker's corrections (the record is derived from them:
    /// [`KszPage::record`]).
    pub imported: Imported,
    /// Whose observations the record form shows and changes.
    pub person: Role,
    /// The last batch: how many files were read, and those refused (name, why).
    pub batch: Option<(usize, usize)>,
    pub refused: Rc<Vec<(String, Refusal)>>,
    /// Grows with every removal (focus moves back to the list).
    pub removals: u32,
    /// Grows with every wipe: a batch read before a wipe but finished after it is dropped.
    pub epoch: u32,
    /// The OCMW's own enterprise numbers and NIS codes, as typed.
    pub own_enterprise: String,
    pub own_nis: String,
    /// The worker asked for the worksheet (it then follows every change of the record).
    pub sheet_shown: bool,
    pub problems: Vec<RecordProblem>,
    pub round: u32,
    pub attempt: Option<Attempt>,
}

/// What the worker (or an effect on her behalf) does on the page.
#[derive(Debug)]
pub enum KszAction {
    Tab(Tab),
    /// A batch of files was read (by the import area's effect), started in this epoch.
    Batch(u32, Vec<Read>),
    Remove(u32),
    OwnEnterprise(String),
    OwnNis(String),
    /// Fill in the record of another person (by role, never by name).
    Person(Role),
    /// The worker says file `n` is about the applicant (when the first person the answers name
    /// is someone else).
    Applicant(u32),
    /// A flow's status for the person being filled in.
    Status(&'static str, Option<Status>),
    /// An observation about the person being filled in.
    Tick(&'static str, bool),
    /// The consultation's date as a date field gives it (`YYYY-MM-DD`, or empty).
    Date(String),
    MakeSheet,
    /// Open a practice dossier, or go back to the list.
    Open(Option<&'static str>),
    PracticeStatus(&'static str, Option<Status>),
    PracticeTick(&'static str, bool),
    Compare,
}

/// Whether a typed date may go into the record: empty, or `YYYY-MM-DD` of a real day. Anything
/// else (a name typed where a browser without a date picker shows a text field) never does.
pub fn acceptable_date(d: &str) -> bool {
    d.is_empty() || crate::date::Date::parse_iso(d).is_ok()
}

impl KszPage {
    /// A fresh page on `today` (`YYYY-MM-DD`).
    pub fn new(today: String) -> KszPage {
        KszPage {
            tab: Tab::Sheet,
            today,
            imported: Imported::default(),
            person: Role::Applicant,
            batch: None,
            refused: Rc::default(),
            removals: 0,
            epoch: 0,
            own_enterprise: String::new(),
            own_nis: String::new(),
            sheet_shown: false,
            problems: Vec::new(),
            round: 0,
            attempt: None,
        }
    }

    /// The record: the combined answers with the worker's corrections (or an empty record dated
    /// today), and where the answers disagree. Derived each time, never stored.
    pub fn record(&self) -> (Record, Vec<Disagreement>) {
        self.imported.record(&self.today)
    }

    fn correct(&mut self, c: Correction) {
        self.imported.corrections.push(c);
    }

    fn batch(&mut self, files: Vec<Read>) {
        let mut read = 0;
        let mut refused = Vec::new();
        for (name, result) in files {
            match self.imported.add(&name, result) {
                Ok(_) => read += 1,
                Err(why) => refused.push((name, why)),
            }
        }
        self.batch = Some((read, refused.len()));
        self.refused = Rc::new(refused);
    }

    /// The one reducer of the page.
    pub fn apply(&mut self, action: KszAction) {
        match action {
            KszAction::Tab(t) => self.tab = t,
            KszAction::Batch(epoch, files) if epoch == self.epoch => self.batch(files),
            KszAction::Batch(..) => {}
            KszAction::Remove(n) => {
                self.imported.remove(n);
                self.batch = None;
                self.refused = Rc::default();
                self.removals += 1;
            }
            KszAction::OwnEnterprise(s) => self.own_enterprise = s,
            KszAction::OwnNis(s) => self.own_nis = s,
            KszAction::Person(r) => self.person = r,
            KszAction::Applicant(n) if self.imported.files.iter().any(|f| f.number == n) => {
                self.imported.applicant = Some(n);
            }
            KszAction::Applicant(_) => {}
            KszAction::Status(flow, s) => self.correct(Correction::Status(self.person, flow, s)),
            KszAction::Tick(id, on) => self.correct(Correction::Tick(self.person, id, on)),
            KszAction::Date(d) if acceptable_date(&d) => self.correct(Correction::Date(d)),
            KszAction::Date(_) => {}
            KszAction::MakeSheet => {
                self.problems = self.record().0.problems();
                self.sheet_shown = self.problems.is_empty();
                if !self.problems.is_empty() {
                    self.round += 1;
                }
            }
            KszAction::Open(id) => {
                self.attempt = id
                    .and_then(|id| KNOWLEDGE.dossier(id))
                    .map(|dossier| Attempt {
                        dossier,
                        record: Record::default(),
                        compared: false,
                        problems: Vec::new(),
                        round: 0,
                    });
            }
            KszAction::PracticeStatus(flow, s) => {
                if let Some(a) = &mut self.attempt {
                    a.record.set_status(flow, s);
                }
            }
            KszAction::PracticeTick(id, on) => {
                if let Some(a) = &mut self.attempt {
                    a.record.set_observation(id, on, Origin::Worker);
                }
            }
            KszAction::Compare => {
                if let Some(a) = &mut self.attempt {
                    a.problems = a.record.problems();
                    a.compared = a.problems.is_empty();
                    if !a.problems.is_empty() {
                        a.round += 1;
                    }
                }
            }
        }
    }

    /// The page after a wipe on `today`: everything about the client gone, the epoch moved on
    /// (a batch still being read is dropped), the OCMW's own numbers kept.
    pub fn wiped(&self, today: String) -> KszPage {
        KszPage {
            epoch: self.epoch.wrapping_add(1),
            own_enterprise: self.own_enterprise.clone(),
            own_nis: self.own_nis.clone(),
            ..KszPage::new(today)
        }
    }

    /// Imported answers or the worker's own entries.
    pub fn holds_work(&self) -> bool {
        !self.imported.files.is_empty() || !self.imported.corrections.is_empty()
    }

    /// The persons the record form offers: every role a hand-made record may add, and the
    /// other persons the answers brought in.
    pub fn persons(&self) -> Vec<Role> {
        let mut list: Vec<Role> = Role::choices().collect();
        for (_, role) in self.imported.holders() {
            if !list.contains(&role) {
                list.push(role);
            }
        }
        list
    }
}
