//! One page's state: the part it shows (the referral flow, or the opener) and the frame around
//! it (which view, the inactivity warning). The reducer is pure: it only records what happened;
//! effects (random numbers, downloads and object URLs, opening archives, reading files, timers,
//! localStorage) run in callbacks and effects, which dispatch their results as actions.

use crate::date::Date;
use crate::password::{Password, PasswordError};
use std::rc::Rc;
use yew::Reducible;

/// What fills the page besides the part itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The part: the referral steps, or the opener.
    Main,
    /// The parents' information sheet (sender's page).
    Sheet,
    /// The organisation's settings (sender's page).
    Settings,
    Accessibility,
    Privacy,
}

/// What a wipe needs from the outside world (the caller reads the clock and makes the password).
#[derive(Clone, Debug, PartialEq)]
pub struct Fresh {
    pub today: Date,
    pub password: Result<Password, PasswordError>,
}

/// The part of the app a page shows.
pub trait Part: Clone + PartialEq + 'static {
    type Action;
    /// Applies one action (pure).
    fn apply(&mut self, action: Self::Action);
    /// The part after "Alles wissen": every family's data gone, what holds none (settings) kept.
    fn wiped(&self, fresh: Fresh) -> Self;
    /// Whether leaving the page would lose something typed or imported (nothing is stored):
    /// the page then asks before it is left.
    fn holds_work(&self) -> bool {
        false
    }
}

/// Everything one page knows. Lives only in memory.
#[derive(Clone, PartialEq)]
pub struct Shell<P: Part> {
    pub view: View,
    pub part: Rc<P>,
    /// The one-minute warning before the automatic wipe is showing.
    pub idle_warning: bool,
    /// Everything was wiped automatically after inactivity (tell the worker why it is empty).
    pub wiped_for_inactivity: bool,
    /// Grows with every wipe: the page's content is rebuilt from scratch, so no element keeps
    /// anything of before (a file input keeps its chosen file otherwise).
    pub generation: u32,
}

pub enum ShellAction<A> {
    Part(A),
    Show(View),
    /// "Alles wissen" (the caller revoked the download URLs and made the fresh values).
    Wipe(Fresh),
    /// The same, done automatically after 15 minutes without activity.
    WipeForInactivity(Fresh),
    IdleWarning(bool),
}

impl<P: Part> Shell<P> {
    pub fn new(part: P) -> Shell<P> {
        Shell {
            view: View::Main,
            part: Rc::new(part),
            idle_warning: false,
            wiped_for_inactivity: false,
            generation: 0,
        }
    }

    /// A fresh page after a wipe.
    fn wiped(&self, fresh: Fresh) -> Shell<P> {
        Shell {
            generation: self.generation.wrapping_add(1),
            ..Shell::new(self.part.wiped(fresh))
        }
    }
}

impl<P: Part> Reducible for Shell<P> {
    type Action = ShellAction<P::Action>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            ShellAction::Part(a) => Rc::make_mut(&mut s.part).apply(a),
            ShellAction::Show(view) => {
                s.view = view;
                s.wiped_for_inactivity = false;
            }
            ShellAction::Wipe(fresh) => s = s.wiped(fresh),
            ShellAction::WipeForInactivity(fresh) => {
                s = s.wiped(fresh);
                s.wiped_for_inactivity = true;
            }
            ShellAction::IdleWarning(on) => s.idle_warning = on,
        }
        Rc::new(s)
    }
}
