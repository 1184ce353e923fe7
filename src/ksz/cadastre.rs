//! The cadastral income (KI) as a resource for the leefloon, as a pure function: the parcels of
//! the applicant and the amounts of `knowledge/amounts.toml` in, the yearly amount counted and
//! every step out. Euro cents as integers, never floats. No page uses it yet: it is here for the
//! knowledge tests and a later calculator (ARCHITECTURE.md).
//!
//! The rule as the sources we could read give it (Brusselse sociale databank, fiche 2.2.4.10;
//! ADAS; droitsquotidiens.be — the text of the KB of 11 July 2002 itself was not read, so the
//! amounts are marked "niet bevestigd" in `amounts.toml`):
//!
//! - built property (the own home included), as full owner or usufructuary: the non-indexed KI,
//!   added up, counts for the part above 750 EUR plus 125 EUR per child for whom the applicant
//!   receives the family allowance; that part counts three times, per year;
//! - unbuilt property (land): the part of its KI above 30 EUR, not raised for children, three
//!   times;
//! - a let property: the rent received counts (per year), not its KI — how exactly (costs,
//!   interest, a let part of a home) we could not read, so the rent is counted as given.
//!
//! What is NOT here, because no source we read says how: shares in co-ownership (pass the KI
//! of the applicant's part), the deduction of mortgage interest, bare ownership (it yields no
//! KI: leave such a parcel out), property abroad (counted "the same way": pass its KI or rent).

use super::knowledge::{Amount, Per, AMOUNTS};

/// The kind of a parcel, as the rule distinguishes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A house, flat, garage … (the own home included).
    Built,
    /// Land.
    Unbuilt,
}

/// One parcel of the applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parcel {
    pub kind: Kind,
    /// The non-indexed cadastral income of the applicant's part, euro cents per year.
    pub cadastral_income: i64,
    /// The rent received when the parcel is let, euro cents per year.
    pub rent: Option<i64>,
}

/// What the rule needs to know.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CadastreInput {
    pub parcels: Vec<Parcel>,
    /// Children for whom the applicant receives the family allowance (bijslagtrekkende).
    pub children: u32,
}

/// The amounts the rule uses, in hundredths (see [`Amount::hundredths`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CadastreAmounts {
    /// KI of built property that never counts (750 EUR).
    pub built_exempt: i64,
    /// Added to `built_exempt` per child (125 EUR).
    pub per_child: i64,
    /// KI of unbuilt property that never counts (30 EUR).
    pub unbuilt_exempt: i64,
    /// The factor times 100 (300).
    pub factor: i64,
}

/// The ids of the amounts in `amounts.toml`.
pub const BUILT_EXEMPT: &str = "ki-vrijstelling-bebouwd";
pub const PER_CHILD: &str = "ki-verhoging-per-kind";
pub const UNBUILT_EXEMPT: &str = "ki-vrijstelling-onbebouwd";
pub const FACTOR: &str = "ki-factor";

/// Why the rule cannot give an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CadastreError {
    /// Parcel `n` (from 0) has a negative cadastral income.
    NegativeIncome(usize),
    /// Parcel `n` (from 0) has a negative rent.
    NegativeRent(usize),
    /// An amount (or the sum) is beyond what the rule can count (more than 10^12 cents).
    TooLarge,
    /// The amounts table lacks this amount, or gives it in the wrong unit.
    MissingAmount(&'static str),
}

impl std::fmt::Display for CadastreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CadastreError::NegativeIncome(n) => {
                write!(f, "parcel {n} has a negative cadastral income")
            }
            CadastreError::NegativeRent(n) => write!(f, "parcel {n} has a negative rent"),
            CadastreError::TooLarge => f.write_str("an amount is too large to count"),
            CadastreError::MissingAmount(id) => write!(f, "the amount {id} is missing"),
        }
    }
}

impl std::error::Error for CadastreError {}

/// No amount or sum beyond this (ten billion euro): keeps every product far from overflow.
const LIMIT: i64 = 1_000_000_000_000;

fn find(table: &[Amount], id: &'static str, per: Per) -> Result<i64, CadastreError> {
    table
        .iter()
        .find(|a| a.id == id && a.per == per && (0..=LIMIT).contains(&a.hundredths))
        .map(|a| a.hundredths)
        .ok_or(CadastreError::MissingAmount(id))
}

impl CadastreAmounts {
    /// The amounts from a table like [`AMOUNTS`].
    pub fn from_table(table: &[Amount]) -> Result<CadastreAmounts, CadastreError> {
        Ok(CadastreAmounts {
            built_exempt: find(table, BUILT_EXEMPT, Per::Year)?,
            per_child: find(table, PER_CHILD, Per::Year)?,
            unbuilt_exempt: find(table, UNBUILT_EXEMPT, Per::Year)?,
            factor: find(table, FACTOR, Per::Factor)?,
        })
    }

    /// The amounts of the knowledge (`amounts.toml`).
    pub fn current() -> Result<CadastreAmounts, CadastreError> {
        CadastreAmounts::from_table(AMOUNTS)
    }
}

/// One step of the computation, for display (amounts in euro cents per year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The KI of the parcels of this kind that are not let, added up.
    Income { kind: Kind, total: i64 },
    /// What never counts: for built property `base + per_child × children`.
    Exempt {
        kind: Kind,
        base: i64,
        per_child: i64,
        children: u32,
        total: i64,
    },
    /// The part above the exemption, times the factor (hundredths).
    Counted {
        kind: Kind,
        above: i64,
        factor: i64,
        counted: i64,
    },
    /// Parcel `parcel` (from 0) is let: its rent counts, not its KI.
    Rent { parcel: usize, rent: i64 },
    /// Everything the rule counts, per year.
    Total { yearly: i64 },
}

/// The yearly amount counted as a resource, and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CadastreResult {
    /// Euro cents per year.
    pub yearly: i64,
    pub steps: Vec<Step>,
}

fn add(a: i64, b: i64) -> Result<i64, CadastreError> {
    a.checked_add(b)
        .filter(|s| *s <= LIMIT)
        .ok_or(CadastreError::TooLarge)
}

/// The part of `income` above `exempt`, times `factor` hundredths (rounded down to the cent).
fn times_factor(above: i64, factor: i64) -> Result<i64, CadastreError> {
    let counted = i128::from(above) * i128::from(factor) / 100;
    i64::try_from(counted)
        .ok()
        .filter(|c| *c <= LIMIT)
        .ok_or(CadastreError::TooLarge)
}

/// The cadastral income counted as a resource for the leefloon, per year (see the module).
pub fn counted_cadastral_income(
    input: &CadastreInput,
    amounts: &CadastreAmounts,
) -> Result<CadastreResult, CadastreError> {
    let mut steps = Vec::new();
    let mut built = 0;
    let mut unbuilt = 0;
    let (mut any_built, mut any_unbuilt) = (false, false);
    let mut rents = 0;
    for (n, p) in input.parcels.iter().enumerate() {
        if p.cadastral_income < 0 {
            return Err(CadastreError::NegativeIncome(n));
        }
        if p.cadastral_income > LIMIT {
            return Err(CadastreError::TooLarge);
        }
        match p.rent {
            Some(r) if r < 0 => return Err(CadastreError::NegativeRent(n)),
            Some(r) => {
                rents = add(rents, r)?;
                steps.push(Step::Rent { parcel: n, rent: r });
            }
            None => match p.kind {
                Kind::Built => {
                    built = add(built, p.cadastral_income)?;
                    any_built = true;
                }
                Kind::Unbuilt => {
                    unbuilt = add(unbuilt, p.cadastral_income)?;
                    any_unbuilt = true;
                }
            },
        }
    }
    let mut yearly = rents;
    if any_built {
        let extra = i64::from(input.children)
            .checked_mul(amounts.per_child)
            .ok_or(CadastreError::TooLarge)?;
        let exempt = add(amounts.built_exempt, extra)?;
        let counted = part(
            Kind::Built,
            built,
            exempt,
            amounts.factor,
            &mut steps,
            |s| Step::Exempt {
                kind: Kind::Built,
                base: amounts.built_exempt,
                per_child: amounts.per_child,
                children: input.children,
                total: s,
            },
        )?;
        yearly = add(yearly, counted)?;
    }
    if any_unbuilt {
        let exempt = amounts.unbuilt_exempt;
        let counted = part(
            Kind::Unbuilt,
            unbuilt,
            exempt,
            amounts.factor,
            &mut steps,
            |s| Step::Exempt {
                kind: Kind::Unbuilt,
                base: s,
                per_child: 0,
                children: 0,
                total: s,
            },
        )?;
        yearly = add(yearly, counted)?;
    }
    steps.push(Step::Total { yearly });
    Ok(CadastreResult { yearly, steps })
}

/// One kind of parcels: income, exemption, the part above it times the factor.
fn part(
    kind: Kind,
    income: i64,
    exempt: i64,
    factor: i64,
    steps: &mut Vec<Step>,
    exempt_step: impl Fn(i64) -> Step,
) -> Result<i64, CadastreError> {
    let above = income.saturating_sub(exempt).max(0);
    let counted = times_factor(above, factor)?;
    steps.push(Step::Income {
        kind,
        total: income,
    });
    steps.push(exempt_step(exempt));
    steps.push(Step::Counted {
        kind,
        above,
        factor,
        counted,
    });
    Ok(counted)
}
