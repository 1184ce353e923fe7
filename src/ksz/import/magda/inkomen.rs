//! MAGDA Inkomen.GeefAanslagbiljetPersonenbelasting 02.00: the personal income tax assessment
//! of one income year (the person asked about and their fiscal status, a related person on the
//! same assessment, the article number, the amounts as codes with a value).
//!
//! The codes of the amounts (`A7270`, `A7555`, …) come without a description in every answer we
//! have seen, and we found no public table of their meaning that we could cite: a code is shown
//! with the description the answer itself gives (`Omschrijving`, or a `Beschrijving` attribute),
//! otherwise as written. The schema does not say the unit of `Waarde` (a string): it is shown as
//! written and, beside it, read in cents — the worker checks it against a known assessment, as
//! the knowledge of the flow says.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::xml::text::{amount_unsure, code_label, desc_code, digits, positive};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

/// Reads `Inhoud/AanslagbiljetPersonenbelasting` (one per income year).
pub(in crate::ksz::import) fn aanslagbiljet(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["AanslagbiljetPersonenbelasting"]);
    let mut assessments = 0;
    for a in inhoud.all("AanslagbiljetPersonenbelasting") {
        assessments += 1;
        let year_text = a.text_at(&["Inkomensjaar"]).unwrap_or_default();
        // The income year is the period of everything on the assessment.
        let year = PartialDate::parse(year_text);
        let dated = |f: Fact| f.from(year.clone()).until(year.clone());
        if !year_text.is_empty() {
            c.add_from(Group::Income, dated(Fact::new(L::TAX_YEAR, year_text)), a);
        }
        if let Some(p) = a.child("GevraagdePersoon") {
            person(c, p, L::NATIONAL_NUMBER, &year);
            if let Some(insz) = p.text_at(&["INSZ"]) {
                c.summary.subject = Some(digits(insz));
            }
        }
        if let Some(p) = a.child("GerelateerdePersoon") {
            person(c, p, L::TAX_RELATED, &year);
            // Interpretation: a second person on the same assessment is a joint assessment
            // (spouses and legal cohabitants are assessed together).
            c.observe(ids::BELASTING_JOINT_ASSESSMENT);
        }
        if let Some(n) = a.text_at(&["Artikelnummer"]) {
            c.add(
                Group::Income,
                dated(Fact::new(L::TAX_ARTICLE, n.trim())).identifying(),
            );
        }
        let mut amounts = false;
        for list in a.all("Items") {
            for item in &list.children {
                if item.name != "Item" {
                    c.unknown(Group::Income, &item.name, item);
                    continue;
                }
                let code = item.text_at(&["Code"]);
                let desc = item
                    .text_at(&["Omschrijving"])
                    .or_else(|| item.child("Code").and_then(|k| k.attr("Beschrijving")));
                let name = desc_code(desc, code).unwrap_or_default();
                let value = item.text_at(&["Waarde"]).unwrap_or_default();
                amounts |= positive(value);
                c.add_from(
                    Group::Income,
                    dated(Fact::new(
                        L::TAX_ITEM,
                        format!("{name}: {}", amount_unsure(value)),
                    )),
                    item,
                );
                c.rest(Group::Income, item, &["Code", "Omschrijving", "Waarde"]);
            }
            c.rest(Group::Income, list, &["Item"]);
        }
        // Interpretation: an assessment with an amount above zero shows an assessed income.
        if amounts {
            c.observe(ids::BELASTING_INCOME_KNOWN);
        }
        c.rest(
            Group::Income,
            a,
            &[
                "GevraagdePersoon",
                "GerelateerdePersoon",
                "Inkomensjaar",
                "Artikelnummer",
                "Items",
            ],
        );
    }
    if assessments > 0 && !c.has(ids::BELASTING) {
        c.status(ids::BELASTING, Status::Found);
    }
}

/// A person on the assessment: the national number (identifying) and the fiscal status.
fn person(c: &mut Collect, p: &Node, label: &str, year: &Option<PartialDate>) {
    if let Some(insz) = p.text_at(&["INSZ"]) {
        c.add(Group::Identity, Fact::new(label, insz.trim()).identifying());
    }
    if let Some(s) = p.child("FiscaleStatus").and_then(code_label) {
        let label = if label == L::NATIONAL_NUMBER {
            L::TAX_STATUS.to_string()
        } else {
            format!("{label}: {}", L::TAX_STATUS)
        };
        c.add(
            Group::Income,
            Fact::new(&label, s).from(year.clone()).until(year.clone()),
        );
    }
    c.rest(Group::Identity, p, &["INSZ", "FiscaleStatus"]);
}
