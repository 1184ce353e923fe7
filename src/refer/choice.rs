//! The one password choice of a referral: generated, or agreed beforehand with the OCMW (typed
//! but not yet applied, or applied). One enum, so "agreed, but nothing applied" cannot seal.

use crate::password::{AgreedError, Password, PasswordError};
use zeroize::Zeroizing;

/// Which password seals the referral.
#[derive(Clone, Debug, PartialEq)]
pub enum PasswordChoice {
    /// A password Toeleiding generated; shown to the worker and sent by SMS.
    Generated(Password),
    /// The browser could not make a secure random password.
    Unavailable(PasswordError),
    /// The worker wants a password agreed with the OCMW and is typing it: not usable yet.
    AgreedPending {
        typed: Zeroizing<String>,
        /// Why the last "Gebruik dit wachtwoord" refused what was typed.
        refused: Option<AgreedError>,
    },
    /// The agreed password, checked and applied. Never shown, not sent by SMS.
    Agreed(Password),
}

/// What the password choice lacks before it can seal.
#[derive(Clone, Debug, PartialEq)]
pub enum NotReady {
    /// No generated password could be made.
    Unavailable,
    /// Agreed mode, nothing typed.
    AgreedEmpty,
    /// Agreed mode, typed but not applied with "Gebruik dit wachtwoord".
    AgreedNotApplied,
    /// Agreed mode, what was typed was refused.
    AgreedRefused(AgreedError),
}

/// A change of the password choice. Randomness is made by the caller (the UI's callback), so
/// this stays a plain value.
#[derive(Clone, Debug, PartialEq)]
pub enum PasswordAction {
    /// Use a generated password: "Nieuw wachtwoord", or leaving agreed mode.
    Generated(Result<Password, PasswordError>),
    /// Switch to a password agreed with the OCMW.
    StartAgreed,
    /// What is typed in the agreed-password field.
    Type(String),
    /// "Gebruik dit wachtwoord": check what was typed and use it if it is strong enough.
    Apply,
}

impl PasswordChoice {
    /// A generated password, or why there is none.
    pub fn generated(result: Result<Password, PasswordError>) -> PasswordChoice {
        match result {
            Ok(p) => PasswordChoice::Generated(p),
            Err(e) => PasswordChoice::Unavailable(e),
        }
    }

    /// The password that seals, or what is missing.
    pub fn ready(&self) -> Result<&Password, NotReady> {
        match self {
            PasswordChoice::Generated(p) | PasswordChoice::Agreed(p) => Ok(p),
            PasswordChoice::Unavailable(_) => Err(NotReady::Unavailable),
            PasswordChoice::AgreedPending {
                refused: Some(e), ..
            } => Err(NotReady::AgreedRefused(e.clone())),
            PasswordChoice::AgreedPending { typed, .. } if typed.is_empty() => {
                Err(NotReady::AgreedEmpty)
            }
            PasswordChoice::AgreedPending { .. } => Err(NotReady::AgreedNotApplied),
        }
    }

    /// The worker chose a password agreed with the OCMW (pending or applied).
    pub fn is_agreed(&self) -> bool {
        matches!(
            self,
            PasswordChoice::AgreedPending { .. } | PasswordChoice::Agreed(_)
        )
    }

    /// Applies a change; returns whether the sealing password changed.
    pub fn apply(&mut self, action: PasswordAction) -> bool {
        let before = self.ready().ok().cloned();
        match action {
            PasswordAction::Generated(result) => *self = PasswordChoice::generated(result),
            PasswordAction::StartAgreed => {
                if !self.is_agreed() {
                    *self = PasswordChoice::AgreedPending {
                        typed: Zeroizing::new(String::new()),
                        refused: None,
                    };
                }
            }
            PasswordAction::Type(text) => {
                if let PasswordChoice::AgreedPending { typed, refused } = self {
                    *typed = Zeroizing::new(text);
                    *refused = None;
                }
            }
            PasswordAction::Apply => {
                if let PasswordChoice::AgreedPending { typed, refused } = self {
                    match Password::agreed(typed) {
                        Ok(p) => *self = PasswordChoice::Agreed(p),
                        Err(e) => *refused = Some(e),
                    }
                }
            }
        }
        before.as_ref() != self.ready().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated() -> Password {
        Password::generate(|b: &mut [u8]| {
            b.iter_mut().for_each(|x| *x = 7);
            Ok::<(), PasswordError>(())
        })
        .unwrap()
    }

    #[test]
    fn agreed_mode_without_an_applied_password_is_not_ready() {
        let mut c = PasswordChoice::Generated(generated());
        assert!(c.ready().is_ok());
        assert!(c.apply(PasswordAction::StartAgreed));
        assert_eq!(c.ready(), Err(NotReady::AgreedEmpty));
        c.apply(PasswordAction::Type("Marieke1985!".into()));
        assert_eq!(c.ready(), Err(NotReady::AgreedNotApplied));
        c.apply(PasswordAction::Apply);
        assert!(matches!(
            c.ready(),
            Err(NotReady::AgreedRefused(AgreedError::Weak { .. }))
        ));
        let strong = "kaneel-vuurtoren-sjaal-knikker-oever";
        c.apply(PasswordAction::Type(strong.into()));
        assert_eq!(c.ready(), Err(NotReady::AgreedNotApplied));
        assert!(c.apply(PasswordAction::Apply));
        assert_eq!(c.ready().unwrap().expose(), strong);
        // Typing after applying changes nothing: the applied password stays.
        assert!(!c.apply(PasswordAction::Type("x".into())));
        assert_eq!(c.ready().unwrap().expose(), strong);
    }

    #[test]
    fn leaving_agreed_mode_takes_the_new_generated_password() {
        let mut c = PasswordChoice::Agreed(
            Password::agreed("kaneel-vuurtoren-sjaal-knikker-oever").unwrap(),
        );
        assert!(c.apply(PasswordAction::Generated(Ok(generated()))));
        assert_eq!(c.ready().unwrap(), &generated());
        assert!(!c.is_agreed());
        c.apply(PasswordAction::Generated(Err(PasswordError::Random(
            "none".into(),
        ))));
        assert_eq!(c.ready(), Err(NotReady::Unavailable));
    }
}
