//! The referral as a pure state machine: the steps, the furthest step reached, the raw form, the
//! problems shown, the password choice, and every transition (next, back, go to a step — a link
//! or the browser's Back/Forward —, edit, seal) as plain functions over plain data.
//!
//! The validated referral is never stored: it is derived from the form when it is needed
//! ([`Flow::referral`]). Every edit of the form grows a revision number; "Volgende" on
//! *Controleer* records the revision the worker confirmed, and sealing needs exactly that
//! revision. Reaching a step by any route checks every step before it ([`Flow::arrive`]), so an
//! edit after review sends the worker back through *Controleer* before anything is sealed.

use super::choice::{NotReady, PasswordAction, PasswordChoice};
use super::seal::{Format, SealError};
use super::step::Step;
use crate::date::Date;
use crate::model::{
    parse_consent, parse_parents, parse_referral, parse_sender, FieldId, Invalid, RawForm, Referral,
};
use crate::password::{Password, PasswordError};
use crate::settings::{Ocmw, Settings};

/// The number of items on the "Wat moet jij nog doen?" checklist of the last step.
pub const CHECKLIST_ITEMS: usize = 5;

/// A change of the form, as the worker makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Set(FieldId, String),
    Confirm(usize, bool),
    SameAddress(bool),
    AddParent,
    RemoveParent(usize),
}

/// Something the worker did (or a result of an effect the UI ran) that changes the flow.
#[derive(Clone, Debug, PartialEq)]
pub enum FlowAction {
    Edit(Edit),
    /// "Volgende": check the current step and go on if it is complete.
    Next,
    /// "Terug".
    Back,
    /// A link to a step ("Wijzig") or the browser's Back/Forward: only to steps reached before.
    Go(Step),
    Password(PasswordAction),
    /// "Versleutel en download" could not go on: show why.
    SealRefused,
    /// The encrypted format chosen on the download step.
    Format(Format),
    /// Sealing started (it may take a moment: the key derivation); the page says it is busy.
    Sealing,
    /// The UI sealed and downloaded the referral of this ticket as this file.
    Sealed {
        ticket: Ticket,
        file_name: String,
    },
    /// The UI downloaded the unencrypted document as this file.
    PlainSaved(String),
    /// Sealing or downloading failed.
    Failed(Failure),
    SetSmsNumber(String),
    Check(usize, bool),
    /// Another template is in use: the document changes, so the worker reviews it again.
    TemplateChanged,
}

/// What the page shows when something went wrong or a download is ready.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Field(Invalid),
    Password(NotReady),
    /// Sealing was asked for a form the worker did not confirm on *Controleer*.
    NotConfirmed,
}

/// Why a download did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    Seal(SealError),
    /// The browser refused to offer the file.
    Download,
}

/// A short status line on the download step.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Sealing is under way.
    Working,
    /// The encrypted file with this name was downloaded.
    Sealed(String),
    /// The unencrypted document with this name was downloaded.
    PlainSaved(String),
    Failed(Failure),
}

/// Which form (revision) and which password a seal was made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    revision: u64,
    key: u64,
}

/// What sealing needs: the confirmed referral and the password, and the ticket to hand back.
#[derive(Debug)]
pub struct SealInput<'a> {
    pub referral: Referral,
    pub password: &'a Password,
    pub ticket: Ticket,
}

/// The whole referral flow. Lives only in memory; dropping it wipes the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    today: Date,
    step: Step,
    furthest: Step,
    form: RawForm,
    /// Grows on every edit of the form.
    revision: u64,
    /// The revision the worker confirmed on *Controleer*.
    confirmed: Option<u64>,
    password: PasswordChoice,
    /// Grows whenever the sealing password changes.
    key: u64,
    /// The problems shown on the current step.
    problems: Vec<Problem>,
    /// Grows each time problems are shown, so the error summary takes focus each time.
    round: u32,
    /// The file sealed last, and for which ticket.
    sealed: Option<(Ticket, String)>,
    notice: Option<Notice>,
    /// The OCMW contact's mobile number for the SMS, as typed (not family data).
    sms_number: String,
    checklist: [bool; CHECKLIST_ITEMS],
    /// The encrypted format to seal in.
    format: Format,
}

impl Flow {
    /// A new, empty referral dated `today`, with a generated password (made by the caller).
    pub fn new(today: Date, password: Result<Password, PasswordError>) -> Flow {
        let mut form = RawForm::default();
        form.consent.date = today.iso();
        Flow {
            today,
            step: Step::Consent,
            furthest: Step::Consent,
            form,
            revision: 0,
            confirmed: None,
            password: PasswordChoice::generated(password),
            key: 0,
            problems: Vec::new(),
            round: 0,
            sealed: None,
            notice: None,
            sms_number: String::new(),
            checklist: [false; CHECKLIST_ITEMS],
            format: Format::SevenZ,
        }
    }

    pub fn step(&self) -> Step {
        self.step
    }

    pub fn furthest(&self) -> Step {
        self.furthest
    }

    pub fn today(&self) -> Date {
        self.today
    }

    pub fn form(&self) -> &RawForm {
        &self.form
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn round(&self) -> u32 {
        self.round
    }

    pub fn password(&self) -> &PasswordChoice {
        &self.password
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn sms_number(&self) -> &str {
        &self.sms_number
    }

    pub fn checklist(&self) -> &[bool; CHECKLIST_ITEMS] {
        &self.checklist
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The first problem of one field, if any.
    pub fn field_problem(&self, field: FieldId) -> Option<&Invalid> {
        self.problems.iter().find_map(|p| match p {
            Problem::Field(i) if i.field == field => Some(i),
            _ => None,
        })
    }

    /// The referral as the form gives it now (derived, never stored).
    pub fn referral(&self) -> Option<Referral> {
        parse_referral(&self.form, self.today).ok()
    }

    /// The name of the file sealed for the current form and password, if there is one.
    pub fn sealed_file(&self) -> Option<&str> {
        self.sealed
            .as_ref()
            .filter(|(ticket, _)| *ticket == self.ticket() && self.is_confirmed())
            .map(|(_, name)| name.as_str())
    }

    fn ticket(&self) -> Ticket {
        Ticket {
            revision: self.revision,
            key: self.key,
        }
    }

    fn is_confirmed(&self) -> bool {
        self.confirmed == Some(self.revision)
    }

    /// The referral the worker confirmed on *Controleer*, if the form has not changed since and
    /// the worker is past it (on *Versleutel en download* or *Verzenden*).
    pub fn confirmed_referral(&self) -> Result<Referral, Vec<Problem>> {
        let referral = parse_referral(&self.form, self.today)
            .map_err(|e| e.into_iter().map(Problem::Field).collect::<Vec<_>>())?;
        if self.step < Step::Download || !self.is_confirmed() {
            return Err(vec![Problem::NotConfirmed]);
        }
        Ok(referral)
    }

    /// Everything sealing needs, or every reason it cannot go on.
    pub fn seal_input(&self) -> Result<SealInput<'_>, Vec<Problem>> {
        let password = self.password.ready().map_err(Problem::Password);
        match (self.confirmed_referral(), password) {
            (Ok(referral), Ok(password)) => Ok(SealInput {
                referral,
                password,
                ticket: self.ticket(),
            }),
            (referral, password) => {
                let mut problems = referral.err().unwrap_or_default();
                problems.extend(password.err());
                Err(problems)
            }
        }
    }

    /// Applies one action. Pure: the same flow and action always give the same result.
    pub fn apply(&mut self, action: FlowAction) {
        match action {
            FlowAction::Edit(edit) => self.edit(edit),
            FlowAction::Next => self.next(),
            FlowAction::Back => self.arrive(self.step.previous()),
            FlowAction::Go(step) => {
                if step <= self.furthest {
                    self.arrive(step);
                }
            }
            FlowAction::Password(action) => {
                if self.password.apply(action) {
                    self.key += 1;
                    self.notice = None;
                }
                self.problems.retain(|p| !matches!(p, Problem::Password(_)));
            }
            FlowAction::SealRefused => {
                let problems = self.seal_input().err().unwrap_or_default();
                self.show_problems(problems);
            }
            FlowAction::Sealed { ticket, file_name } => {
                if ticket == self.ticket() && self.is_confirmed() {
                    self.notice = Some(Notice::Sealed(file_name.clone()));
                    self.sealed = Some((ticket, file_name));
                }
            }
            FlowAction::Format(format) => {
                if format != self.format {
                    self.format = format;
                    // A file in another format is another file: the old one is not this choice's.
                    self.key += 1;
                    self.notice = None;
                }
            }
            FlowAction::Sealing => self.notice = Some(Notice::Working),
            FlowAction::PlainSaved(name) => self.notice = Some(Notice::PlainSaved(name)),
            FlowAction::Failed(failure) => self.notice = Some(Notice::Failed(failure)),
            FlowAction::SetSmsNumber(number) => self.sms_number = number,
            FlowAction::TemplateChanged => {
                // Like an edit: what was confirmed is no longer what would be sealed.
                self.revision += 1;
                self.notice = None;
            }
            FlowAction::Check(i, on) => {
                if let Some(c) = self.checklist.get_mut(i) {
                    *c = on;
                }
            }
        }
    }

    fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::Set(field, value) => self.form.set(field, value),
            Edit::Confirm(point, on) => self.form.set_confirmed(point, on),
            Edit::SameAddress(on) => self.form.same_address = on,
            Edit::AddParent => self.form.add_parent(),
            Edit::RemoveParent(i) => {
                self.form.remove_parent(i);
                // Field ids of the parents shift: the old problems no longer point at their field.
                self.problems.clear();
            }
        }
        self.revision += 1;
    }

    /// Fills the sender fields the worker has not typed yet from the organisation's settings,
    /// and takes the organisation's default format (if the current one is not allowed).
    pub fn prefill(&mut self, settings: &Settings) {
        let allowed = settings.formats();
        if !allowed.contains(&self.format) || self.revision == 0 {
            if let Some(first) = allowed.first() {
                self.apply(FlowAction::Format(*first));
            }
        }
        let values = [
            (FieldId::Team, settings.team.clone()),
            (FieldId::WorkerName, settings.worker_name.clone()),
            (
                FieldId::WorkerPhone,
                settings.worker_phone.as_ref().map(|p| p.display()),
            ),
            (
                FieldId::WorkerEmail,
                settings
                    .worker_email
                    .as_ref()
                    .map(|e| e.as_str().to_string()),
            ),
        ];
        for (field, value) in values {
            if let Some(v) = value {
                if self.form.get(field).trim().is_empty() {
                    self.edit(Edit::Set(field, v));
                }
            }
        }
    }

    /// Fills the OCMW fields and the SMS number from the organisation's directory.
    pub fn choose_ocmw(&mut self, ocmw: &Ocmw) {
        self.edit(Edit::Set(FieldId::OcmwName, ocmw.name.clone()));
        self.edit(Edit::Set(
            FieldId::OcmwEmail,
            ocmw.email.as_str().to_string(),
        ));
        self.sms_number = ocmw.sms.as_ref().map(|p| p.display()).unwrap_or_default();
    }

    fn next(&mut self) {
        match self.step {
            Step::Review => {
                if parse_referral(&self.form, self.today).is_ok() {
                    self.confirmed = Some(self.revision);
                    self.arrive(Step::Download);
                } else {
                    self.arrive(Step::Review);
                }
            }
            step => match self.complete(step) {
                Ok(()) => self.arrive(step.next()),
                Err(problems) => self.show_problems(problems),
            },
        }
    }

    /// Whether a step is done, so the worker may go past it; the problems when it is not.
    fn complete(&self, step: Step) -> Result<(), Vec<Problem>> {
        let fields = |e: Vec<Invalid>| e.into_iter().map(Problem::Field).collect::<Vec<_>>();
        match step {
            Step::Consent => parse_consent(&self.form.consent, self.today)
                .map(|_| ())
                .map_err(fields),
            Step::Parents => parse_parents(&self.form).map(|_| ()).map_err(fields),
            Step::Referral => parse_sender(&self.form).map(|_| ()).map_err(fields),
            Step::Review if self.is_confirmed() => Ok(()),
            Step::Download if self.sealed_file().is_some() => Ok(()),
            Step::Review | Step::Download => Err(Vec::new()),
            Step::Send => Ok(()),
        }
    }

    /// Goes to `target`, or to the first step before it that is not complete (with its problems).
    pub fn arrive(&mut self, target: Step) {
        let blocked = Step::ALL
            .into_iter()
            .take_while(|s| *s < target)
            .find_map(|s| self.complete(s).err().map(|problems| (s, problems)));
        let (step, problems) = blocked.unwrap_or((target, Vec::new()));
        if step != self.step {
            self.notice = None;
        }
        self.step = step;
        self.furthest = self.furthest.max(step);
        self.problems.clear();
        self.show_problems(problems);
    }

    fn show_problems(&mut self, problems: Vec<Problem>) {
        if !problems.is_empty() {
            self.round += 1;
        }
        self.problems = problems;
    }
}
