//! MAGDA SocEcon.GeefStatusRechtOndersteuningen 02.00: VDAB's support measures for the person
//! (a measure such as customised work or the Flemish support premium, its status, the date of
//! the decision and the period). Finding: `vdab.support-measure` for a measure whose period is
//! current on the answer's date.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{code_label, date_at};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;

/// Reads `Inhoud/StatusRechtOndersteuningen`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["StatusRechtOndersteuningen"]);
    for list in inhoud.all("StatusRechtOndersteuningen") {
        for s in &list.children {
            if s.name != "StatusRechtOndersteuning" {
                c.unknown(Group::Work, &s.name, s);
                continue;
            }
            let from = date_at(s, &["Periode", "Begin"]);
            let to = date_at(s, &["Periode", "Einde"]);
            let measure = s
                .child("Maatregel")
                .and_then(code_label)
                .unwrap_or_default();
            let mut parts = vec![measure.clone()];
            parts.extend(s.child("Status").and_then(code_label));
            if let Some(d) = s.text_at(&["DatumBeslissing"]) {
                parts.push(format!("{} {}", L::DECIDED_ON, d.trim()));
            }
            c.add_from(
                Group::Work,
                Fact::new(L::SUPPORT_MEASURE, parts.join("; "))
                    .from(from.clone())
                    .until(to.clone()),
                s,
            );
            if crate::ksz::import::date::current_on(
                from.as_ref(),
                to.as_ref(),
                c.answered_on.as_ref(),
            ) {
                c.observe(crate::ksz::knowledge::ids::VDAB_SUPPORT_MEASURE);
            }
            c.period(
                Lane::Work,
                from,
                to,
                format!("{}: {measure}", L::SUPPORT_MEASURE),
                L::PRINT_SUPPORT_MEASURE,
            );
            if let Some(insz) = s.text_at(&["INSZ"]) {
                c.subject_number(insz);
            }
            if let Some(p) = s.child("Periode") {
                c.rest(Group::Work, p, &["Begin", "Einde"]);
            }
            c.rest(
                Group::Work,
                s,
                &["Maatregel", "INSZ", "Status", "DatumBeslissing", "Periode"],
            );
        }
    }
}
