//! The app state and its one reducer. The reducer is pure: it only records what happened.
//! Effects (random numbers, downloads and object URLs, opening archives, reading files, timers,
//! localStorage) run in callbacks and effects, which dispatch their results as actions.

use super::open::state::{OpenAction, OpenState};
use std::rc::Rc;
use toeleiding::date::Date;
use toeleiding::password::{Password, PasswordError};
use toeleiding::refer::{Flow, FlowAction};
use toeleiding::settings::{Settings, SettingsError};
use yew::Reducible;

/// What fills the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The referral steps ("Verwijzing maken").
    Flow,
    /// The parents' information sheet.
    Sheet,
    Settings,
    /// The OCMW side: open a received archive ("Verwijzing openen").
    Open,
    Accessibility,
    Privacy,
}

/// Why imported settings were not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsFailure {
    /// The file could not be read as text.
    Unreadable,
    Invalid(SettingsError),
}

/// Everything the page knows. Lives only in memory.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub view: View,
    /// The referral being made: its form, steps and password.
    pub flow: Rc<Flow>,
    /// The opener: the received file and what it held.
    pub open: Rc<OpenState>,
    /// The organisation's settings (built in, remembered or imported). Never family data.
    pub settings: Rc<Settings>,
    /// Whether the settings are kept in this browser's localStorage.
    pub settings_remembered: bool,
    /// Why the last import was not used.
    pub settings_failure: Option<SettingsFailure>,
    /// The one-minute warning before the automatic wipe is showing.
    pub idle_warning: bool,
    /// Everything was wiped automatically after inactivity (tell the worker why it is empty).
    pub wiped_for_inactivity: bool,
}

impl AppState {
    pub fn new(
        today: Date,
        password: Result<Password, PasswordError>,
        settings: Rc<Settings>,
        remembered: bool,
    ) -> AppState {
        let mut flow = Flow::new(today, password);
        flow.prefill(&settings);
        AppState {
            view: View::Flow,
            flow: Rc::new(flow),
            open: Rc::new(OpenState::default()),
            settings,
            settings_remembered: remembered,
            settings_failure: None,
            idle_warning: false,
            wiped_for_inactivity: false,
        }
    }

    /// The sentence on the purpose of the referral: the organisation's own, or the standard one.
    pub fn purpose(&self) -> &str {
        self.settings
            .purpose
            .as_deref()
            .unwrap_or(toeleiding::document::PURPOSE)
    }
}

pub enum Action {
    Flow(FlowAction),
    Open(OpenAction),
    Show(View),
    /// Forget every family's data and start again (the caller revoked the download URLs and made
    /// the new password). The settings stay: they hold no family data.
    Wipe {
        today: Date,
        password: Result<Password, PasswordError>,
    },
    /// The same, done automatically after 15 minutes without activity.
    WipeForInactivity {
        today: Date,
        password: Result<Password, PasswordError>,
    },
    IdleWarning(bool),
    /// New settings: imported from a file (`remembered` tells whether they are in localStorage).
    ApplySettings(Rc<Settings>, bool),
    SettingsFailed(SettingsFailure),
    Remembered(bool),
    /// Fill the OCMW fields from the directory.
    ChooseOcmw(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Flow(a) => Rc::make_mut(&mut s.flow).apply(a),
            Action::Open(a) => Rc::make_mut(&mut s.open).apply(a),
            Action::Show(view) => {
                s.view = view;
                s.wiped_for_inactivity = false;
            }
            Action::Wipe { today, password } => {
                let view = match s.view {
                    View::Open => View::Open,
                    _ => View::Flow,
                };
                s = AppState::new(today, password, s.settings.clone(), s.settings_remembered);
                s.view = view;
            }
            Action::WipeForInactivity { today, password } => {
                s = AppState::new(today, password, s.settings.clone(), s.settings_remembered);
                s.wiped_for_inactivity = true;
            }
            Action::IdleWarning(on) => s.idle_warning = on,
            Action::ApplySettings(settings, remembered) => {
                Rc::make_mut(&mut s.flow).prefill(&settings);
                s.settings = settings;
                s.settings_remembered = remembered;
                s.settings_failure = None;
            }
            Action::SettingsFailed(e) => s.settings_failure = Some(e),
            Action::Remembered(on) => s.settings_remembered = on,
            Action::ChooseOcmw(name) => {
                if let Some(o) = s.settings.ocmw(&name) {
                    Rc::make_mut(&mut s.flow).choose_ocmw(o);
                }
            }
        }
        Rc::new(s)
    }
}
