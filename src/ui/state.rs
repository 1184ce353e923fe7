//! The app state and its one reducer: every change of the page goes through `Action`.

use super::{browser, messages};
use std::rc::Rc;
use toeleiding::date::Date;
use toeleiding::model::{
    parse_consent, parse_parents, parse_referral, FieldId, Invalid, RawForm, Referral,
};
use toeleiding::open::{OpenError, Opened};
use toeleiding::password::{AgreedError, Password};
use toeleiding::settings::Settings;
use yew::{AttrValue, Reducible};
use zeroize::Zeroizing;

/// What fills the page: the referral steps, the parents' information sheet, or the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Flow,
    Sheet,
    Settings,
    /// The OCMW side: open a received archive.
    Open,
    Accessibility,
    Privacy,
}

/// The opener's state. Everything here is wiped with the rest.
#[derive(Clone, Default, PartialEq)]
pub struct OpenState {
    pub file_name: Option<String>,
    pub bytes: Option<Rc<Zeroizing<Vec<u8>>>>,
    pub password: Zeroizing<String>,
    pub error: Option<OpenError>,
    /// "Openen" was pressed before a file was chosen.
    pub no_file: bool,
    /// Grows with every failed attempt, so the error summary takes focus each time.
    pub round: u32,
    pub opened: Option<Rc<Opened>>,
}

/// The items of the "Wat nu?" checklist.
pub const CHECKLIST: [&str; 5] = [
    "Ik registreerde de verwijzing in het cliëntsysteem als psychosociale verwijzing met subtype OCMW.",
    "Ik laadde het onversleutelde document op in het cliëntdossier bij de verwijzingen.",
    "Ik mailde het versleutelde bestand naar het beveiligde adres van het OCMW.",
    "Ik stuurde het wachtwoord per sms (of het OCMW kent het afgesproken wachtwoord al).",
    "Ik verwijderde het versleutelde bestand en het onversleutelde document uit mijn downloads.",
];

/// The steps of the referral, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Consent,
    Parents,
    Referral,
    Review,
    Download,
    Send,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Consent,
        Step::Parents,
        Step::Referral,
        Step::Review,
        Step::Download,
        Step::Send,
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
            Step::Send => "Verzenden",
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
    pub view: View,
    /// The organisation's settings (built in, remembered or imported). Never family data.
    pub settings: Rc<Settings>,
    /// Whether the settings are kept in this browser's localStorage.
    pub settings_remembered: bool,
    /// The last import problem, in Dutch.
    pub settings_error: Option<String>,
    /// The OCMW contact's mobile number for the SMS, as typed.
    pub sms_number: String,
    /// The worker chose to use a password agreed beforehand with the OCMW.
    pub agreed_mode: bool,
    pub agreed_input: Zeroizing<String>,
    pub agreed_error: Option<AgreedError>,
    /// The current password is the agreed one (so no SMS is needed).
    pub password_agreed: bool,
    /// Name of the last encrypted archive downloaded, once there is one.
    pub archive_name: Option<String>,
    pub checklist: [bool; CHECKLIST.len()],
    pub open: OpenState,
    /// The furthest step reached (Forward in the browser may go back there).
    pub furthest: Step,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Done(String),
    Failed(String),
}

impl AppState {
    pub fn new(today: Date, settings: Rc<Settings>, remembered: bool) -> AppState {
        let mut form = RawForm::default();
        form.consent.date = today.iso();
        prefill(&mut form, &settings);
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
            view: View::Flow,
            settings,
            settings_remembered: remembered,
            settings_error: None,
            sms_number: String::new(),
            agreed_mode: false,
            agreed_input: Zeroizing::new(String::new()),
            agreed_error: None,
            password_agreed: false,
            archive_name: None,
            checklist: [false; CHECKLIST.len()],
            open: OpenState::default(),
            furthest: Step::Consent,
        }
    }

    /// A fresh state that keeps the settings (they hold no family data). Download URLs made
    /// from the old state are revoked too.
    fn wiped(&self, today: Date) -> AppState {
        browser::revoke_all();
        AppState::new(today, self.settings.clone(), self.settings_remembered)
    }

    /// The sentence on the purpose of the referral: the organisation's own, or the standard one.
    pub fn purpose(&self) -> &str {
        self.settings
            .purpose
            .as_deref()
            .unwrap_or(toeleiding::document::PURPOSE)
    }

    /// The Dutch message for the (first) error of one field, if any.
    pub fn error(&self, field: FieldId) -> Option<AttrValue> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| messages::message(e).into())
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
    /// Jump back to an earlier step from the review ("Wijzig") or with the browser's Back button.
    Edit(Step),
    /// The browser's Back/Forward buttons: go to that step if it was reached before.
    History(Step),
    NewPassword(Password),
    Notice(Notice),
    /// Forget everything and start again.
    Wipe(Date),
    Show(View),
    /// New settings: imported from a file (`remembered` tells whether they are in localStorage).
    ApplySettings(Rc<Settings>, bool),
    SettingsError(String),
    Remembered(bool),
    /// Fill the OCMW fields from the directory.
    ChooseOcmw(String),
    SetSmsNumber(String),
    AgreedMode(bool),
    SetAgreed(String),
    UseAgreed,
    Downloaded(String),
    Check(usize, bool),
    /// A received archive was chosen (name, bytes), or it could not be taken.
    OpenFile(String, Rc<Zeroizing<Vec<u8>>>),
    OpenFileError(OpenError),
    SetOpenPassword(String),
    /// Try to open the chosen archive with the typed password.
    DoOpen,
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
            Action::History(step) => {
                if step.number() <= s.furthest.number() && step != s.step {
                    s.view = View::Flow;
                    go(&mut s, step);
                }
            }
            Action::NewPassword(p) => {
                s.password = Some(p);
                s.password_agreed = false;
                s.archive_name = None;
                s.notice = None;
            }
            Action::Notice(n) => s.notice = Some(n),
            Action::Wipe(today) => {
                let view = s.view;
                s = s.wiped(today);
                if view == View::Open {
                    s.view = View::Open;
                }
            }
            Action::WipeForInactivity(today) => {
                s = s.wiped(today);
                s.wiped_for_inactivity = true;
            }
            Action::Show(view) => s.view = view,
            Action::ApplySettings(settings, remembered) => {
                prefill(&mut s.form, &settings);
                s.settings = settings;
                s.settings_remembered = remembered;
                s.settings_error = None;
            }
            Action::SettingsError(e) => s.settings_error = Some(e),
            Action::Remembered(on) => s.settings_remembered = on,
            Action::ChooseOcmw(name) => {
                if let Some(o) = s.settings.ocmw(&name).cloned() {
                    s.form.set(FieldId::OcmwName, o.name.clone());
                    s.form.set(FieldId::OcmwEmail, o.email.as_str().to_string());
                    s.sms_number = o.sms.map(|p| p.display()).unwrap_or_default();
                }
            }
            Action::SetSmsNumber(v) => s.sms_number = v,
            Action::AgreedMode(on) => {
                s.agreed_mode = on;
                s.agreed_error = None;
                if !on && s.password_agreed {
                    s.password = Password::generate_secure().ok();
                    s.password_agreed = false;
                    s.archive_name = None;
                }
            }
            Action::SetAgreed(v) => s.agreed_input = Zeroizing::new(v),
            Action::UseAgreed => match Password::agreed(&s.agreed_input) {
                Ok(p) => {
                    s.password = Some(p);
                    s.password_agreed = true;
                    s.agreed_error = None;
                    s.agreed_input = Zeroizing::new(String::new());
                    s.archive_name = None;
                    s.notice = None;
                }
                Err(e) => s.agreed_error = Some(e),
            },
            Action::Downloaded(name) => s.archive_name = Some(name),
            Action::OpenFile(name, bytes) => {
                s.open.file_name = Some(name);
                s.open.bytes = Some(bytes);
                s.open.no_file = false;
                s.open.error = None;
                s.open.opened = None;
            }
            Action::OpenFileError(e) => {
                s.open = OpenState {
                    password: s.open.password.clone(),
                    round: s.open.round + 1,
                    error: Some(e),
                    ..OpenState::default()
                };
            }
            Action::SetOpenPassword(v) => s.open.password = Zeroizing::new(v),
            Action::DoOpen => {
                let o = &mut s.open;
                o.no_file = o.bytes.is_none();
                let result = o
                    .bytes
                    .as_ref()
                    .map(|bytes| toeleiding::open::open(bytes, &o.password));
                o.opened = None;
                o.error = None;
                match result {
                    Some(Ok(opened)) => o.opened = Some(Rc::new(opened)),
                    Some(Err(e)) => o.error = Some(e),
                    None => {}
                }
                if o.opened.is_none() {
                    o.round += 1;
                }
            }
            Action::Check(i, on) => {
                if let Some(c) = s.checklist.get_mut(i) {
                    *c = on;
                }
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
    if step.number() > s.furthest.number() {
        s.furthest = step;
    }
}

fn next(s: &mut AppState) {
    let result = match s.step {
        Step::Consent => parse_consent(&s.form.consent, s.today).map(|_| ()),
        Step::Parents => parse_parents(&s.form).map(|_| ()),
        // The whole referral: step 3, and anything left invalid on an earlier step.
        Step::Referral => parse_referral(&s.form, s.today).map(|r| s.referral = Some(Rc::new(r))),
        Step::Review => Ok(()),
        // Sending comes after the encrypted file was downloaded.
        Step::Download if s.archive_name.is_some() => Ok(()),
        Step::Download | Step::Send => return,
    };
    if let Err(errors) = result {
        s.errors = errors;
        s.error_round += 1;
        return;
    }
    go(s, s.step.next());
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

/// Fills the sender fields the worker has not typed yet from the settings.
fn prefill(form: &mut RawForm, settings: &Settings) {
    let mut fill = |field: FieldId, value: Option<String>| {
        if let Some(v) = value {
            if form.get(field).trim().is_empty() {
                form.set(field, v);
            }
        }
    };
    fill(FieldId::Team, settings.team.clone());
    fill(FieldId::WorkerName, settings.worker_name.clone());
    fill(
        FieldId::WorkerPhone,
        settings.worker_phone.as_ref().map(|p| p.display()),
    );
    fill(
        FieldId::WorkerEmail,
        settings
            .worker_email
            .as_ref()
            .map(|e| e.as_str().to_string()),
    );
}
