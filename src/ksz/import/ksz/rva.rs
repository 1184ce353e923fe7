//! KSZ UnemploymentData v2 (RVA/ONEM), from its schema only (`UnemploymentDataTypesV2.xsd`; no
//! public real answer exists, so the answer is marked untested): paid sums per month (amounts in
//! euro cents, dossier status COMPLETED / PROVISIONAL / NOT_STARTED), rights and the absence of
//! a right (sanction, exclusion, end of rights), the current situation, payments, career breaks
//! and activation allowances. It never sets `rva.ended-time-limit` (issue 18, item 3): the schema
//! gives no reason for an end of the right.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Fact, Group, Kind, Lane};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{date_at, digits, euro_cents, flatten, joined, positive};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

/// The root local names of the service's operations.
pub(in crate::ksz::import) const ROOTS: [&str; 7] = [
    "consultPaidSumsResponse",
    "consultSituationResponse",
    "consultRightsResponse",
    "consultPaymentsResponse",
    "consultActivationPaidSumsResponse",
    "consultScheduledPaymentResponse",
    "consultCareerBreakResponse",
];

/// The payload elements that only this service has.
pub(in crate::ksz::import) const PAYLOADS: [&str; 7] = [
    "paidSums",
    "situation",
    "rights",
    "payment",
    "activationAllowances",
    "scheduledPayment",
    "careerBreaks",
];

#[derive(Default)]
struct Seen {
    paid: bool,
    pending: bool,
    right: bool,
    payment: bool,
}

fn paid_sum(c: &mut Collect, p: &Node, seen: &mut Seen) {
    let month = date_at(p, &["relatedMonth"]);
    let paid = p.text_at(&["paidAmount"]).unwrap_or_default();
    let status = p.text_at(&["dossierStatus"]).unwrap_or_default();
    let mut parts = vec![format!("{} {}", euro_cents(paid), L::PAID)];
    if let Some(a) = p.text_at(&["acceptedAmount"]) {
        parts.push(format!("{} {}", euro_cents(a), L::ACCEPTED));
    }
    parts.push(status.to_string());
    if let Some(n) = p.text_at(&["nbrOfAllowances"]) {
        parts.push(format!("{} {n}", L::ALLOWANCES));
    }
    let value = parts.join("; ");
    c.add_period(
        Group::Income,
        Lane::Unemployment,
        Fact::new(L::RVA_PAID, value)
            .from(month.clone())
            .until(month),
        format!("{} {}", L::PRINT_RVA, euro_cents(paid)),
    );
    match status {
        "PROVISIONAL" | "NOT_STARTED" => seen.pending = true,
        _ if positive(paid) => seen.paid = true,
        _ => {}
    }
}

fn right(c: &mut Collect, r: &Node, seen: &mut Seen) {
    seen.right = true;
    let from = date_at(r, &["rightStartingDate"]);
    let to = date_at(r, &["theoricRightsEndingDate"]);
    let status = r.text_at(&["unemployedWorkerStatus"]).unwrap_or_default();
    let mut parts = vec![status.to_string()];
    if let Some(a) = r.text_at(&["theoricDailyAllowanceAmount"]) {
        parts.push(format!("{} {}", euro_cents(a), L::PER_DAY));
    }
    if let Some(f) = r.text_at(&["familyState"]) {
        parts.push(format!("{} {f}", L::FAMILY_STATE));
    }
    if let Some(code) = r.text_at(&["unemploymentCode"]) {
        parts.push(format!("{} {code}", L::UNEMPLOYMENT_CODE));
    }
    if let Some(x) = r.text_at(&["indemnificationRegime"]) {
        parts.push(format!("{} {x}", L::REGIME));
    }
    let value = joined(parts);
    c.add_period(
        Group::Income,
        Lane::Unemployment,
        Fact::new(L::RVA_RIGHT, value).from(from).until(to.clone()),
        L::PRINT_RVA_RIGHT,
    );
    let ended = match (
        to.as_ref().and_then(PartialDate::days),
        c.answered_on.as_ref().and_then(PartialDate::days),
    ) {
        (Some(end), Some(now)) => end < now,
        _ => false,
    };
    if status == "INSERTION_ALLOCATION" && ended {
        c.observe(ids::RVA_INSERTION_LOST);
    }
}

fn no_right(c: &mut Collect, n: &Node) {
    c.observe(ids::RVA_NO_RIGHT);
    let mut parts = Vec::new();
    for x in &n.children {
        let begin = date_at(x, &["beginDate"]);
        match x.name.as_str() {
            "sanction" => {
                c.observe(ids::RVA_SANCTION);
                let end = date_at(x, &["endDate"]);
                let mut v = L::SANCTION.to_string();
                if let Some(w) = x.text_at(&["nbrOfWeeksSanction"]) {
                    v.push_str(&format!("; {w} {}", L::WEEKS));
                }
                if let Some(a) = x.text_at(&["article"]) {
                    v.push_str(&format!("; {} {a}", L::ARTICLE));
                }
                c.add(
                    Group::Income,
                    Fact::new(L::RVA_NO_RIGHT, v.clone())
                        .from(begin.clone())
                        .until(end.clone()),
                );
                c.period(Lane::Unemployment, begin, end, v, L::PRINT_SANCTION);
            }
            "exclusion" => {
                c.observe(ids::RVA_SANCTION);
                c.add(
                    Group::Income,
                    Fact::new(L::RVA_NO_RIGHT, L::EXCLUSION).from(begin.clone()),
                );
                c.mark(Lane::Unemployment, begin, L::EXCLUSION, L::EXCLUSION);
            }
            // An end of the right carries only a date. The schema (2016) has no reason code,
            // so nothing here says that the time limit of 2026 ended it: `rva.ended-time-limit`
            // is never set by this reader; the worker ticks it from the RVA's letter.
            "rightsEnd" => {
                c.add(
                    Group::Income,
                    Fact::new(L::RVA_NO_RIGHT, L::RIGHTS_END).from(begin.clone()),
                );
                c.mark(Lane::Unemployment, begin, L::RIGHTS_END, L::RIGHTS_END);
            }
            "admissibilityArticle" | "indemnisabilityArticle" => {
                parts.push(format!("{}: {}", x.name, x.text.trim()))
            }
            "triggerDate" => parts.push(format!("{}: {}", L::TRIGGER_DATE, x.text.trim())),
            _ => c.unknown(Group::Income, &x.name, x),
        }
    }
    if !parts.is_empty() {
        c.fact(Group::Income, L::RVA_NO_RIGHT, parts.join("; "));
    }
}

fn rights(c: &mut Collect, n: &Node, seen: &mut Seen) {
    for r in &n.children {
        match r.name.as_str() {
            "right" => right(c, r, seen),
            "noRight" => no_right(c, r),
            _ => c.unknown(Group::Income, &r.name, r),
        }
    }
}

fn payment(c: &mut Collect, p: &Node, seen: &mut Seen) {
    seen.payment = true;
    let month = date_at(p, &["paidMonth"]);
    let value = [
        p.text_at(&["theoricDailyAllowanceAmount"])
            .map(|a| format!("{} {}", euro_cents(a), L::PER_DAY)),
        p.text_at(&["nbrOfAllowances"])
            .map(|n| format!("{} {n}", L::ALLOWANCES)),
        p.text_at(&["unemploymentCode"])
            .map(|u| format!("{} {u}", L::UNEMPLOYMENT_CODE)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("; ");
    if p.text_at(&["nbrOfAllowances"]).is_none_or(positive) {
        seen.paid = true;
    }
    c.add_period(
        Group::Income,
        Lane::Unemployment,
        Fact::new(L::RVA_PAYMENT, value)
            .from(month.clone())
            .until(month),
        L::PRINT_RVA,
    );
}

/// Reads one of the service's responses.
pub(in crate::ksz::import) fn read(root: &Node, file_name: &str, _options: &Options) -> Answer {
    let mut c = Collect::new(format!(
        "UnemploymentData v2 ({})",
        root.name.trim_end_matches("Response")
    ));
    c.answered_on = crate::ksz::import::xml::text::ksz_answered_on(root);
    let mut seen = Seen::default();
    let mut no_data = false;
    for n in &root.children {
        match n.name.as_str() {
            "informationCustomer" | "informationCBSS" => {}
            "legalContext" => c.fact(Group::Other, L::LEGAL_CONTEXT, n.text.trim()),
            "searchCriteria" => {
                c.summary.subject = n.text_at(&["ssin"]).map(digits);
                let period = [
                    date_at(n, &["period", "beginDate"]),
                    date_at(n, &["period", "endDate"]),
                ];
                let asked = date_at(n, &["date"]).map(|d| d.raw.clone());
                let value = asked
                    .or_else(|| {
                        Some(
                            period
                                .iter()
                                .flatten()
                                .map(|d| d.raw.clone())
                                .collect::<Vec<_>>()
                                .join(" – "),
                        )
                    })
                    .unwrap_or_default();
                c.fact(Group::Other, L::SEARCHED_PERIOD, value);
            }
            "status" => {
                let v = n.text_at(&["value"]).unwrap_or_default();
                no_data = v == "NO_DATA_FOUND";
                c.fact(Group::Other, L::STATUS, rules::status_text(n));
                if v != "DATA_FOUND" && !no_data {
                    c.status(ids::RVA, Status::NotConsulted);
                }
            }
            "paidSums" => n
                .all("paidSum")
                .for_each(|p| paid_sum(&mut c, p, &mut seen)),
            "rights" => rights(&mut c, n, &mut seen),
            "payment" => payment(&mut c, n, &mut seen),
            "situation" => {
                for s in &n.children {
                    match s.name.as_str() {
                        "payment" => payment(&mut c, s, &mut seen),
                        "rights" => rights(&mut c, s, &mut seen),
                        _ => c.unknown(Group::Income, &s.name, s),
                    }
                }
                if seen.right && !seen.payment {
                    seen.pending = true;
                }
            }
            "activationAllowances" | "scheduledPayment" | "careerBreaks" => {
                for x in n
                    .children
                    .iter()
                    .filter(|x| x.name != "benifitiaryInformation")
                {
                    c.fact(
                        Group::Income,
                        &format!("{} {}", L::RVA_OTHER, x.name),
                        flatten(x),
                    );
                }
                c.status(ids::RVA, Status::Found);
            }
            _ => c.unknown(Group::Other, &n.name, n),
        }
    }
    if seen.paid {
        c.observe(ids::RVA_RIGHT_PAID);
    }
    if seen.pending {
        c.observe(ids::RVA_RIGHT_PENDING);
    }
    if seen.right {
        c.status(ids::RVA, Status::Found);
    }
    if no_data {
        c.status(ids::RVA, Status::NothingFound);
    }
    c.finish(file_name, Kind::Unemployment, None, no_data)
}
