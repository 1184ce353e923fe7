//! Who is who: every other person the answers name gets a role towards the applicant (partner,
//! numbered children and parents, other household members, other persons), and the applicant's
//! household on a date ("Gezin op <datum>") lists who lives with the applicant then, with the
//! ended ties under "Vroeger", plus what that may point to for the leefloon category.
//!
//! Ties come from the households the answers list (positions towards a reference person, "01")
//! and from the current spouse or legal cohabitant an answer names. The INSZ is used only to
//! recognise the same person in several answers; it is never shown here and never kept in a
//! record.

use crate::ksz::import::date::{current_on, PartialDate};
use crate::ksz::import::model::{Answer, Member};
use crate::ksz::Role;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// What a person is to the applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tie {
    Partner,
    Child,
    Parent,
    /// Another member of the same household.
    Member,
}

/// A person who lives (or lived) with the applicant, or is tied to the applicant.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Housemate {
    /// The person's role in the record and the worksheet.
    #[zeroize(skip)]
    pub role: Role,
    /// What the person is (or was) to the applicant.
    #[zeroize(skip)]
    pub tie: Tie,
    /// The name as written (identifying: on screen only).
    pub name: String,
    pub born: Option<PartialDate>,
    /// Since when they live together, as written (the later of both starts).
    pub since: Option<PartialDate>,
    /// Until when, as written (the earlier of both ends).
    pub until: Option<PartialDate>,
}

/// What the household on a date may point to for the leefloon category (art. 14 § 1 wet 26 mei
/// 2002). Never a conclusion: the social investigation decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Living with others: category 1 (samenwonend).
    Cohabiting,
    /// Nobody else in the household: category 2 (alleenstaand).
    Single,
    /// Living with at least one minor child: category 3 (met gezin ten laste).
    WithFamily,
}

/// The applicant's household on a date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Family {
    /// The applicant stands in a household an answer lists on that date.
    pub known: bool,
    /// Who lives with the applicant on that date.
    pub current: Vec<Housemate>,
    /// Who lived with the applicant before, with the end date.
    pub earlier: Vec<Housemate>,
    #[zeroize(skip)]
    pub hint: Option<Category>,
}

/// One tie as one answer shows it.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
struct Link {
    insz: String,
    #[zeroize(skip)]
    tie: Tie,
    name: String,
    born: Option<PartialDate>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
    /// From a household list (they live together), not only a civil tie.
    housemate: bool,
}

/// What `other` is to the applicant, from both positions towards the same reference person.
fn tie(applicant: &str, other: &str) -> Tie {
    match (applicant.trim(), other.trim()) {
        ("01", "02") | ("02", "01") => Tie::Partner,
        ("01", "03") | ("02", "03") => Tie::Child,
        ("01", "06") | ("03", "01") | ("03", "02") => Tie::Parent,
        _ => Tie::Member,
    }
}

fn overlaps(a: &Member, b: &Member) -> bool {
    let start = |m: &Member| m.from.as_ref().and_then(PartialDate::days);
    let end = |m: &Member| m.to.as_ref().and_then(PartialDate::last_days);
    let before = |x: Option<i64>, y: Option<i64>| x.zip(y).is_none_or(|(x, y)| x <= y);
    before(start(a), end(b)) && before(start(b), end(a))
}

fn later(a: &Option<PartialDate>, b: &Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(x), Some(y)) if y.days() > x.days() => Some(y.clone()),
        (Some(x), _) => Some(x.clone()),
        (None, y) => y.clone(),
    }
}

fn earlier(a: &Option<PartialDate>, b: &Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(x), Some(y)) if y.days() < x.days() => Some(y.clone()),
        (Some(x), _) => Some(x.clone()),
        (None, y) => y.clone(),
    }
}

/// Every tie the answers show between the applicant and another person.
fn links(answers: &[Answer], applicant: &str) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::new();
    for a in answers {
        let list = &a.summary.household;
        let mine: Vec<&Member> = list.iter().filter(|m| m.insz == applicant).collect();
        for m in list {
            if m.insz.is_empty() || m.insz == applicant {
                continue;
            }
            let Some(me) = mine
                .iter()
                .find(|me| overlaps(me, m))
                .or_else(|| mine.first())
            else {
                continue;
            };
            let link = Link {
                insz: m.insz.clone(),
                tie: tie(&me.position, &m.position),
                name: m.name.clone(),
                born: m.born.clone(),
                since: later(&m.from, &me.from),
                until: earlier(&m.to, &me.to),
                housemate: true,
            };
            if !out.contains(&link) {
                out.push(link);
            }
        }
        if a.summary.subject.as_deref() == Some(applicant) {
            if let Some(p) = a.summary.partner.as_ref().filter(|p| !p.is_empty()) {
                if !out.iter().any(|l| &l.insz == p && l.tie == Tie::Partner) {
                    out.push(Link {
                        insz: p.clone(),
                        tie: Tie::Partner,
                        name: String::new(),
                        born: None,
                        since: None,
                        until: None,
                        housemate: false,
                    });
                }
            }
        }
    }
    out
}

/// The persons of a consultation: the INSZ of each other person and its role. The applicant
/// is the subject of the first answer that names one. Children are numbered oldest first where
/// the birth date is known; a person who is the partner on `on` is the partner, an earlier
/// partner is another person.
pub fn roles(answers: &[Answer], on: Option<&PartialDate>) -> Roles {
    roles_of(answers, None, on)
}

/// As [`roles`], with the applicant chosen by the worker (the position of an answer about the
/// applicant), when the first person named is not the applicant.
pub fn roles_of(answers: &[Answer], chosen: Option<usize>, on: Option<&PartialDate>) -> Roles {
    let chosen = chosen
        .and_then(|i| answers.get(i))
        .and_then(|a| a.summary.subject.clone())
        .filter(|s| !s.is_empty());
    let Some(applicant) = chosen.or_else(|| applicant(answers)) else {
        return Roles::default();
    };
    let links = links(answers, &applicant);
    let mut roles: Vec<(String, Role)> = Vec::new();
    let mut add = |insz: &str, role: Role| {
        if !roles.iter().any(|(i, _)| i == insz) {
            roles.push((insz.to_string(), role));
        }
    };
    let partner = links
        .iter()
        .filter(|l| l.tie == Tie::Partner)
        .find(|l| current_on(l.since.as_ref(), l.until.as_ref(), on));
    if let Some(p) = partner {
        add(&p.insz, Role::Partner);
    }
    let mut children: Vec<&Link> = links.iter().filter(|l| l.tie == Tie::Child).collect();
    crate::order::sort_by(&mut children, |l| {
        let born = l.born.as_ref().and_then(PartialDate::days);
        (born.unwrap_or(i64::MAX), 0, 0)
    });
    let numbered = |list: Vec<&Link>, make: fn(u8) -> Role, add: &mut dyn FnMut(&str, Role)| {
        let mut n = 0u8;
        let mut seen: Vec<&str> = Vec::new();
        for l in list {
            if !seen.contains(&l.insz.as_str()) {
                seen.push(&l.insz);
                n = n.saturating_add(1);
                add(&l.insz, make(n));
            }
        }
    };
    numbered(children, Role::Child, &mut add);
    let parents: Vec<&Link> = links.iter().filter(|l| l.tie == Tie::Parent).collect();
    numbered(parents, Role::Parent, &mut add);
    let members: Vec<&Link> = links
        .iter()
        .filter(|l| l.tie == Tie::Member && l.housemate)
        .collect();
    numbered(members, Role::Member, &mut add);
    // Earlier partners and anyone else an answer is about.
    let mut other = 0u8;
    let rest = links
        .iter()
        .map(|l| l.insz.clone())
        .chain(answers.iter().filter_map(|a| a.summary.subject.clone()));
    for insz in rest {
        if insz.is_empty() || insz == applicant || roles.iter().any(|(i, _)| *i == insz) {
            continue;
        }
        other = other.saturating_add(1);
        roles.push((insz, Role::Other(other)));
    }
    Roles {
        applicant: Some(applicant),
        others: roles,
        links,
    }
}

/// The applicant's INSZ: the subject of the first answer that names one.
pub fn applicant(answers: &[Answer]) -> Option<String> {
    answers
        .iter()
        .find_map(|a| a.summary.subject.clone().filter(|s| !s.is_empty()))
}

/// The roles of a consultation (see [`roles`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Roles {
    applicant: Option<String>,
    #[zeroize(skip)]
    others: Vec<(String, Role)>,
    links: Vec<Link>,
}

impl Roles {
    /// The role of the person an answer is about: the applicant when the answer names nobody
    /// or names the applicant.
    pub fn of(&self, subject: Option<&str>) -> Role {
        match subject.filter(|s| !s.is_empty()) {
            None => Role::Applicant,
            Some(s) if Some(s) == self.applicant.as_deref() => Role::Applicant,
            Some(s) => self
                .others
                .iter()
                .find(|(i, _)| i == s)
                .map_or(Role::Other(0), |(_, r)| *r),
        }
    }

    /// The applicant's household on `on`.
    pub fn family(&self, answers: &[Answer], on: Option<&PartialDate>) -> Family {
        let Some(applicant) = &self.applicant else {
            return Family::default();
        };
        let known = answers.iter().any(|a| {
            a.summary
                .household
                .iter()
                .any(|m| m.insz == *applicant && current_on(m.from.as_ref(), m.to.as_ref(), on))
        });
        let mut family = Family {
            known,
            current: Vec::new(),
            earlier: Vec::new(),
            hint: None,
        };
        for l in self.links.iter().filter(|l| l.housemate) {
            let mate = Housemate {
                role: self.of(Some(&l.insz)),
                tie: l.tie,
                name: l.name.clone(),
                born: l.born.clone(),
                since: l.since.clone(),
                until: l.until.clone(),
            };
            let ended = l.until.is_some() && !current_on(None, l.until.as_ref(), on);
            let list = if ended {
                &mut family.earlier
            } else if current_on(l.since.as_ref(), l.until.as_ref(), on) {
                &mut family.current
            } else {
                // Starts after the date: neither now nor before.
                continue;
            };
            // One line per person now; one per ended period before.
            let same = |m: &Housemate| {
                m.role == mate.role && (!ended || (m.until == mate.until && m.tie == mate.tie))
            };
            if !list.iter().any(same) {
                list.push(mate);
            }
        }
        crate::order::sort_by(&mut family.current, |m| (m.role.rank(), 0, 0));
        crate::order::sort_by(&mut family.earlier, |m| (m.role.rank(), 0, 0));
        family.hint = family.known.then(|| {
            let minor = |m: &Housemate| {
                m.tie == Tie::Child
                    && m.born
                        .as_ref()
                        .zip(on)
                        .and_then(|(b, on)| b.years_until(on))
                        .is_some_and(|y| (0..18).contains(&y))
            };
            if family.current.iter().any(minor) {
                Category::WithFamily
            } else if family.current.is_empty() {
                Category::Single
            } else {
                Category::Cohabiting
            }
        });
        family
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_read_both_positions_towards_the_same_reference_person() {
        assert_eq!(tie("01", "02"), Tie::Partner);
        assert_eq!(tie("02", "01"), Tie::Partner);
        assert_eq!(tie("01", "03"), Tie::Child);
        assert_eq!(tie("03", "01"), Tie::Parent);
        assert_eq!(tie("03", "03"), Tie::Member);
        assert_eq!(tie("01", "12"), Tie::Member);
    }
}
