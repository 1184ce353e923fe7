//! The opener's state and its pure transitions. Opening an archive is an effect: the page's
//! callback runs `crate::open::open` and dispatches the result.

use crate::open::{OpenError, Opened};
use std::rc::Rc;
use zeroize::Zeroizing;

/// What is wrong, shown in the error summary and next to its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenProblem {
    /// "Openen" was pressed before a file was chosen.
    NoFile,
    Open(OpenError),
}

/// The opener's state. Everything here is wiped with the rest.
#[derive(Clone, Default, PartialEq)]
pub struct OpenState {
    pub file_name: Option<String>,
    pub bytes: Option<Rc<Zeroizing<Vec<u8>>>>,
    pub password: Zeroizing<String>,
    pub problem: Option<OpenProblem>,
    /// Grows with every failed attempt, so the error summary takes focus each time.
    pub round: u32,
    pub opened: Option<Rc<Opened>>,
    /// Opening is under way (a .7z key derivation takes a moment).
    pub busy: bool,
    /// How many times this page was wiped. A file read or an opening finishes after the task that
    /// started it: its result names the epoch it began in and is dropped in another one, so a
    /// referral whose keys were still deriving when "Alles wissen" was pressed never appears on
    /// the wiped page, nor a file chosen just before.
    pub epoch: u32,
}

pub enum OpenAction {
    /// A received file was chosen and read (epoch, name, bytes).
    File(u32, String, Rc<Zeroizing<Vec<u8>>>),
    /// The chosen file could not be taken (too large, unreadable), in an epoch.
    FileFailed(u32, OpenError),
    Password(String),
    /// "Openen" without a file.
    NoFile,
    /// Opening started.
    Busy,
    /// What opening the chosen file with the typed password gave, in an epoch.
    Opened(u32, Result<Rc<Opened>, OpenError>),
}

impl OpenState {
    pub fn apply(&mut self, action: OpenAction) {
        match action {
            // What an earlier epoch started (the page was wiped meanwhile): dropped.
            OpenAction::File(epoch, ..)
            | OpenAction::FileFailed(epoch, _)
            | OpenAction::Opened(epoch, _)
                if epoch != self.epoch => {}
            OpenAction::File(_, name, bytes) => {
                self.file_name = Some(name);
                self.bytes = Some(bytes);
                self.problem = None;
                self.opened = None;
            }
            OpenAction::FileFailed(_, e) => {
                *self = OpenState {
                    password: self.password.clone(),
                    round: self.round + 1,
                    problem: Some(OpenProblem::Open(e)),
                    epoch: self.epoch,
                    ..OpenState::default()
                };
            }
            OpenAction::Password(p) => self.password = Zeroizing::new(p),
            OpenAction::NoFile => self.fail(OpenProblem::NoFile),
            OpenAction::Busy => self.busy = true,
            OpenAction::Opened(_, Ok(opened)) => {
                self.busy = false;
                self.opened = Some(opened);
                self.problem = None;
            }
            OpenAction::Opened(_, Err(e)) => self.fail(OpenProblem::Open(e)),
        }
    }

    fn fail(&mut self, problem: OpenProblem) {
        self.busy = false;
        self.opened = None;
        self.problem = Some(problem);
        self.round += 1;
    }
}

impl crate::ui::shell::state::Part for OpenState {
    type Action = OpenAction;

    fn apply(&mut self, action: OpenAction) {
        OpenState::apply(self, action);
    }

    fn wiped(&self, _fresh: crate::ui::shell::state::Fresh) -> OpenState {
        OpenState {
            epoch: self.epoch.wrapping_add(1),
            ..OpenState::default()
        }
    }
}
