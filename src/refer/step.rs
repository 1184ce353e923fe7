//! The steps of a referral, in order.

/// One step of the referral. The order of the variants is the order of the steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// 1 to 6, as shown ("Stap 2 van 6") and used in the browser history (`#stap-2`).
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step with this number, if there is one.
    pub fn from_number(n: usize) -> Option<Step> {
        n.checked_sub(1).and_then(|i| Step::ALL.get(i).copied())
    }

    /// The step before this one (the first step stays).
    pub fn previous(self) -> Step {
        Step::from_number(self.number() - 1).unwrap_or(Step::Consent)
    }

    /// The step after this one (the last step stays).
    pub fn next(self) -> Step {
        Step::from_number(self.number() + 1).unwrap_or(Step::Send)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_ends_stay() {
        for s in Step::ALL {
            assert_eq!(Step::from_number(s.number()), Some(s));
        }
        assert_eq!(Step::from_number(0), None);
        assert_eq!(Step::from_number(7), None);
        assert_eq!(Step::Consent.previous(), Step::Consent);
        assert_eq!(Step::Send.next(), Step::Send);
        assert!(Step::Review < Step::Download);
    }
}
