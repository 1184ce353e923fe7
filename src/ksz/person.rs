//! The persons of one consultation, by role towards the applicant — never by name or national
//! number, so a record and a worksheet can hold them: the applicant, the partner, numbered
//! children, a parent, other household members and other persons the answers are about. And the
//! scope a rule of the knowledge looks at.

/// Who an observation is about, relative to the applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The person who asks for help (the client).
    Applicant,
    /// The spouse or legal cohabitant, or the partner the household shows.
    Partner,
    /// A child, numbered from 1 (oldest first where the answers give birth dates).
    Child(u8),
    /// A parent (or the reference person's partner, for a client who is a child there).
    Parent(u8),
    /// Another member of the applicant's household (a sibling, a grandparent, a friend…),
    /// numbered from 1.
    Member(u8),
    /// A person an answer is about who is not in the applicant's household, numbered from 1.
    Other(u8),
}

/// The persons a rule of the knowledge looks at (`scope` in the TOML files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The applicant's own observations (the default).
    Applicant,
    /// The partner's.
    Partner,
    /// Those of a parent or a child of the household (art. 34 § 2 KB 11 juli 2002: their
    /// resources may be counted).
    Relative,
    /// Those of another household member (never counted: art. 34 counts only the partner,
    /// parents and children).
    Member,
}

impl Role {
    /// Whether a rule of this scope looks at this person.
    pub fn in_scope(self, scope: Scope) -> bool {
        matches!(
            (scope, self),
            (Scope::Applicant, Role::Applicant)
                | (Scope::Partner, Role::Partner)
                | (Scope::Relative, Role::Child(_) | Role::Parent(_))
                | (Scope::Member, Role::Member(_))
        )
    }

    /// The role's place in lists: applicant, partner, children, parents, members, others.
    pub fn rank(self) -> i64 {
        match self {
            Role::Applicant => 0,
            Role::Partner => 1,
            Role::Child(n) => 100 + i64::from(n),
            Role::Parent(n) => 200 + i64::from(n),
            Role::Member(n) => 300 + i64::from(n),
            Role::Other(n) => 400 + i64::from(n),
        }
    }

    /// Every role a hand-made record may add, in the order a form lists them.
    pub fn choices() -> impl Iterator<Item = Role> {
        [Role::Applicant, Role::Partner]
            .into_iter()
            .chain((1..=6).map(Role::Child))
            .chain((1..=2).map(Role::Parent))
            .chain((1..=3).map(Role::Member))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_scope_looks_at_its_own_roles_only() {
        assert!(Role::Applicant.in_scope(Scope::Applicant));
        assert!(!Role::Partner.in_scope(Scope::Applicant));
        assert!(Role::Partner.in_scope(Scope::Partner));
        assert!(Role::Child(2).in_scope(Scope::Relative));
        assert!(Role::Parent(1).in_scope(Scope::Relative));
        assert!(!Role::Member(1).in_scope(Scope::Relative));
        assert!(Role::Member(1).in_scope(Scope::Member));
        assert!(!Role::Other(1).in_scope(Scope::Member));
        assert!(Role::choices().all(|r| !matches!(r, Role::Other(_))));
    }
}
