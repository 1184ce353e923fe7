//! The app state and its one reducer: every change of the page goes through `Action`.

use std::rc::Rc;
use toeleiding::date::Date;
use toeleiding::model::{
    parse_consent, parse_parents, parse_referral, parse_sender, FieldId, Invalid, RawForm, Referral,
};
use toeleiding::password::Password;
use yew::Reducible;

/// The steps of the referral, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Consent,
    Parents,
    Referral,
    Review,
    Download,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Consent,
        Step::Parents,
        Step::Referral,
        Step::Review,
        Step::Download,
    ];

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Consent => "Toestemming",
            Step::Parents => "Ouder(s)",
            Step::Referral => "Verwijzing",
            Step::Review => "Controleer",
            Step::Download => "Versleutel en download",
        }
    }

    fn previous(self) -> Step {
        let i = self.number() - 1;
        Step::ALL[i.saturating_sub(1)]
    }

    fn next(self) -> Step {
        let i = self.number() - 1;
        Step::ALL[(i + 1).min(Step::ALL.len() - 1)]
    }
}

/// Everything the page knows. Lives only in memory.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub step: Step,
    pub form: RawForm,
    /// Problems found at the last "Volgende"; cleared when the step changes.
    pub errors: Vec<Invalid>,
    /// Grows with every failed "Volgende", so the error summary takes focus each time.
    pub error_round: u32,
    /// The validated referral, set when the review step is reached.
    pub referral: Option<Rc<Referral>>,
    pub password: Option<Password>,
    pub today: Date,
    /// A short status line for the download step (what was downloaded, or what failed).
    pub notice: Option<Notice>,
    /// The one-minute warning before the automatic wipe is showing.
    pub idle_warning: bool,
    /// The form was wiped automatically after inactivity (tell the worker why it is empty).
    pub wiped_for_inactivity: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Done(String),
    Failed(String),
}

impl AppState {
    pub fn new(today: Date) -> AppState {
        let mut form = RawForm::default();
        form.consent.date = today.iso();
        AppState {
            step: Step::Consent,
            form,
            errors: Vec::new(),
            error_round: 0,
            referral: None,
            password: None,
            today,
            notice: None,
            idle_warning: false,
            wiped_for_inactivity: false,
        }
    }

    /// The error of one field, if any (the first one).
    pub fn error(&self, field: FieldId) -> Option<&Invalid> {
        self.errors.iter().find(|e| e.field == field)
    }
}

pub enum Action {
    Set(FieldId, String),
    Confirm(usize, bool),
    SameAddress(bool),
    AddParent,
    RemoveParent(usize),
    /// Validate the current step and go on if it is valid.
    Next,
    Back,
    /// Jump back to an earlier step from the review ("Wijzig").
    Edit(Step),
    NewPassword(Password),
    Notice(Notice),
    /// Forget everything and start again.
    Wipe(Date),
    /// The same, done automatically after 15 minutes without activity.
    WipeForInactivity(Date),
    IdleWarning(bool),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Set(field, value) => s.form.set(field, value),
            Action::Confirm(point, on) => s.form.set_confirmed(point, on),
            Action::SameAddress(on) => s.form.same_address = on,
            Action::AddParent => s.form.add_parent(),
            Action::RemoveParent(i) => {
                s.form.remove_parent(i);
                s.errors.clear();
            }
            Action::Next => next(&mut s),
            Action::Back => {
                let previous = s.step.previous();
                go(&mut s, previous);
            }
            Action::Edit(step) => go(&mut s, step),
            Action::NewPassword(p) => {
                s.password = Some(p);
                s.notice = None;
            }
            Action::Notice(n) => s.notice = Some(n),
            Action::Wipe(today) => s = AppState::new(today),
            Action::WipeForInactivity(today) => {
                s = AppState::new(today);
                s.wiped_for_inactivity = true;
            }
            Action::IdleWarning(on) => s.idle_warning = on,
        }
        Rc::new(s)
    }
}

fn go(s: &mut AppState, step: Step) {
    s.step = step;
    s.errors.clear();
    s.notice = None;
}

fn next(s: &mut AppState) {
    let result = match s.step {
        Step::Consent => parse_consent(&s.form.consent, s.today).map(|_| ()),
        Step::Parents => parse_parents(&s.form).map(|_| ()),
        Step::Referral => parse_sender(&s.form).map(|_| ()),
        Step::Review => Ok(()),
        Step::Download => return,
    };
    if let Err(errors) = result {
        s.errors = errors;
        s.error_round += 1;
        return;
    }
    if s.step == Step::Referral {
        match parse_referral(&s.form, s.today) {
            Ok(r) => s.referral = Some(Rc::new(r)),
            Err(errors) => {
                s.errors = errors;
                s.error_round += 1;
                return;
            }
        }
    }
    let following = s.step.next();
    go(s, following);
    if s.step == Step::Download && s.password.is_none() {
        match Password::generate_secure() {
            Ok(p) => s.password = Some(p),
            Err(_) => {
                s.notice = Some(Notice::Failed(
                    "Deze browser kan geen veilig wachtwoord maken. Gebruik een recente versie van Edge, Chrome of Firefox.".into(),
                ))
            }
        }
    }
}
