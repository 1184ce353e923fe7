//! MAGDA Werk.GeefLoopbaanonderbrekingen 02.00: career breaks, time credit and thematic leave
//! (source, file number, period, category, reduction, reason, monthly allowance). The unit of
//! `BedragMaandelijkseUitkering` is not said in the answer: it is shown as written and read in
//! cents beside it. No finding: no flow of the knowledge is about career breaks.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{amount_unsure, code_label, date_at};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;

/// Reads `Inhoud/Loopbaanonderbrekingen`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Loopbaanonderbrekingen"]);
    for list in inhoud.all("Loopbaanonderbrekingen") {
        for b in &list.children {
            if b.name != "Loopbaanonderbreking" {
                c.unknown(Group::Work, &b.name, b);
                continue;
            }
            let from = date_at(b, &["Periode", "Begin"]);
            let to = date_at(b, &["Periode", "Einde"]);
            let category = b.child("Categorie").and_then(code_label);
            let mut parts: Vec<String> = Vec::new();
            parts.extend(category.clone());
            parts.extend(b.child("Vermindering").and_then(code_label));
            parts.extend(b.child("Reden").and_then(code_label));
            if let Some(a) = b.text_at(&["BedragMaandelijkseUitkering"]) {
                parts.push(format!("{} {}", L::MONTHLY_ALLOWANCE, amount_unsure(a)));
            }
            if let Some(s) = b.text_at(&["Bron"]) {
                parts.push(format!("{} {}", crate::case::lower(L::SOURCE), s.trim()));
            }
            if let Some(d) = b.text_at(&["Dossiernummer"]) {
                parts.push(format!("{} {}", L::FILE_NUMBER, d.trim()));
            }
            c.add_from(
                Group::Work,
                Fact::new(L::CAREER_BREAK, parts.join("; "))
                    .from(from.clone())
                    .until(to.clone()),
                b,
            );
            c.period(
                Lane::Work,
                from,
                to,
                format!("{}: {}", L::CAREER_BREAK, category.unwrap_or_default()),
                L::PRINT_CAREER_BREAK,
            );
            if let Some(insz) = b.text_at(&["INSZ"]) {
                c.subject_number(insz);
            }
            if let Some(p) = b.child("Periode") {
                c.rest(Group::Work, p, &["Begin", "Einde"]);
            }
            c.rest(
                Group::Work,
                b,
                &[
                    "Bron",
                    "Dossiernummer",
                    "INSZ",
                    "Periode",
                    "Categorie",
                    "Vermindering",
                    "Reden",
                    "BedragMaandelijkseUitkering",
                ],
            );
        }
    }
}
