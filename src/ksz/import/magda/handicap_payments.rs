//! MAGDA SocZek.GeefBetalingenHandicap 03.00: the KSZ Handi payments answer inside
//! (`ConsultPaymentsResponse`), per source (DG Personen met een handicap and the regional ones):
//! each month's payment (`yearMonth`, `amount` in euro, `cancelledPayment`). A cancelled payment
//! is shown as such and is no income; a regional source answering MSG00021 is *niet
//! beschikbaar*, never "no payment".

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::handicap::Sources;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::rules::status_text;
use crate::ksz::import::xml::text::{digits, euro_decimal};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// Reads `Inhoud/ConsultPaymentsResponse`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    let Some(r) = inhoud.children.first() else {
        return;
    };
    c.rest(Group::Other, inhoud, &[r.name.as_str()]);
    if let Some(s) = r.child("status") {
        c.fact(Group::Other, L::STATUS, status_text(s));
    }
    if let Some(s) = r.text_at(&["ssin"]) {
        c.summary.subject = Some(digits(s));
        c.add(
            Group::Identity,
            Fact::new(L::NATIONAL_NUMBER, s.trim()).identifying(),
        );
    }
    c.rest(Group::Other, r, &["status", "ssin", "results"]);
    let overall = r.text_at(&["status", "value"]).unwrap_or_default();
    let mut sources = Sources::new(overall == "NO_DATA_FOUND");
    let mut paid = false;
    for result in r
        .at(&["results"])
        .map(|n| n.children.as_slice())
        .unwrap_or_default()
    {
        let source = sources.read(c, result);
        for list in result.all("payments") {
            for p in &list.children {
                if p.name != "payment" {
                    c.unknown(Group::Allowances, &p.name, p);
                    continue;
                }
                paid |= payment(c, p, &source);
            }
            c.rest(Group::Allowances, list, &["payment"]);
        }
        c.rest(Group::Allowances, result, &["status", "payments"]);
    }
    if paid {
        c.observe(ids::HANDICAP_PAYMENTS_VISIBLE);
    }
    sources.finish(c, paid);
}

/// One month's payment; whether it was really paid (not cancelled).
fn payment(c: &mut Collect, p: &Node, source: &str) -> bool {
    let month = p.text_at(&["yearMonth"]).and_then(PartialDate::parse);
    let amount = p.text_at(&["amount"]).map(euro_decimal).unwrap_or_default();
    let cancelled = matches!(p.text_at(&["cancelledPayment"]), Some("1" | "true"));
    let mut value = amount.clone();
    if cancelled {
        value.push_str(&format!(" ({})", L::CANCELLED));
    }
    value.push_str(&format!("; {source}"));
    c.add_from(
        Group::Allowances,
        Fact::new(L::HANDICAP_PAYMENT, value.clone())
            .from(month.clone())
            .until(month.clone()),
        p,
    );
    if !cancelled {
        c.mark(
            Lane::Handicap,
            month,
            format!("{}: {amount}", L::HANDICAP_PAYMENT),
            L::PRINT_HANDICAP_PAYMENT,
        );
    }
    c.rest(
        Group::Allowances,
        p,
        &["yearMonth", "amount", "cancelledPayment"],
    );
    !cancelled
        && p.text_at(&["amount"])
            .is_some_and(crate::ksz::import::xml::text::positive)
}
