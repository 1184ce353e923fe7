//! MAGDA SocZek.GeefBetalingenHandicap 03.00: the KSZ Handi payments answer inside
//! (`ConsultPaymentsResponse`), per source (DG Personen met een handicap and the regional ones):
//! each month's payment (`yearMonth`, `amount` in euro, `cancelledPayment`). A cancelled payment
//! is shown as such and is no income; a regional source answering MSG00021 is *niet
//! beschikbaar*, never "no payment".

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::handicap::source_name;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::rules::status_text;
use crate::ksz::import::xml::text::{digits, euro_decimal};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

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
    let (mut found, mut nothing, mut unavailable) = (false, overall == "NO_DATA_FOUND", false);
    let mut paid = false;
    for result in r
        .at(&["results"])
        .map(|n| n.children.as_slice())
        .unwrap_or_default()
    {
        let source = source_name(&result.name);
        let value = result.text_at(&["status", "value"]).unwrap_or_default();
        let code = result.text_at(&["status", "code"]).unwrap_or_default();
        let status = result.child("status").map(status_text).unwrap_or_default();
        let shown = if code == "MSG00021" {
            unavailable = true;
            format!("{}: {status}", L::NOT_AVAILABLE)
        } else if value == "NO_DATA_FOUND" {
            nothing = true;
            format!("{}: {status}", L::NOTHING_FOUND)
        } else {
            found |= value == "DATA_FOUND";
            status
        };
        c.fact(
            Group::Allowances,
            &format!("{} {source}", L::HANDICAP_SOURCE),
            shown,
        );
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
    if found || paid {
        c.status(ids::HANDICAP, Status::Found);
        if unavailable {
            c.observe(ids::HANDICAP_REGIONAL_UNAVAILABLE);
        }
    } else if nothing {
        c.status(ids::HANDICAP, Status::NothingFound);
    } else if unavailable {
        c.status(ids::HANDICAP, Status::NotConsulted);
    }
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
