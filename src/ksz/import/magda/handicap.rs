//! MAGDA SocZek.GeefDossierHandicap: the KSZ Handi answer inside (`ConsultFilesByDateResponse`),
//! per source (DG Personen met een handicap and the regional ones): a request still running,
//! recognitions, rights (IVT / IT categories, monthly amounts) and payments. A regional source
//! answering NO_DATA_FOUND with MSG00021 ("not sufficiently integrated") is *niet beschikbaar*,
//! never "no right".

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::rules::status_text;
use crate::ksz::import::xml::text::{date_at, digits, euro_decimal, flatten, joined};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

/// The name we show for a Handi source (`dgphResult` → "DG Personen met een handicap").
pub(in crate::ksz::import) fn source_name(element: &str) -> String {
    let key = element.strip_suffix("Result").unwrap_or(element);
    match key {
        "dgph" => L::SRC_DGPH.to_string(),
        "irisCare" => L::SRC_IRISCARE.to_string(),
        "aviq" => L::SRC_AVIQ.to_string(),
        "dsl" => L::SRC_DSL.to_string(),
        "vsb" => L::SRC_VSB.to_string(),
        _ => key.to_string(),
    }
}

/// Reads `Inhoud/ConsultFilesByDateResponse` (the KSZ Handi answer).
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
    }
    c.rest(Group::Other, r, &["status", "ssin", "results"]);
    let mut sources = Sources::default();
    for result in r
        .at(&["results"])
        .map(|n| n.children.as_slice())
        .unwrap_or_default()
    {
        let source = sources.read(c, result);
        for file in result.all("file") {
            handi_file(c, file, &source);
        }
        c.rest(Group::Allowances, result, &["status", "file"]);
    }
    sources.finish(c, false);
}

/// What the regional sources of a Handi answer said, one by one (each shown as a fact), and
/// the flow's status they make: found when one found data, else nothing found, else not
/// consulted when a source is "not sufficiently integrated" (MSG00021).
#[derive(Default)]
pub(in crate::ksz::import) struct Sources {
    found: bool,
    nothing: bool,
    unavailable: bool,
}

impl Sources {
    /// `nothing`: the answer as a whole said it found no data.
    pub(in crate::ksz::import) fn new(nothing: bool) -> Self {
        Sources {
            nothing,
            ..Sources::default()
        }
    }

    /// Shows one source's status and notes it; the source's name.
    pub(in crate::ksz::import) fn read(&mut self, c: &mut Collect, result: &Node) -> String {
        let source = source_name(&result.name);
        let value = result.text_at(&["status", "value"]).unwrap_or_default();
        let code = result.text_at(&["status", "code"]).unwrap_or_default();
        let status = result.child("status").map(status_text).unwrap_or_default();
        let shown = if code == "MSG00021" {
            self.unavailable = true;
            format!("{}: {status}", L::NOT_AVAILABLE)
        } else if value == "NO_DATA_FOUND" {
            self.nothing = true;
            format!("{}: {status}", L::NOTHING_FOUND)
        } else {
            self.found |= value == "DATA_FOUND";
            status
        };
        c.fact(
            Group::Allowances,
            &format!("{} {source}", L::HANDICAP_SOURCE),
            shown,
        );
        source
    }

    /// Sets the flow's status; `found` also when the caller saw data of its own (payments).
    pub(in crate::ksz::import) fn finish(self, c: &mut Collect, found: bool) {
        if self.found || found {
            c.status(ids::HANDICAP, Status::Found);
            if self.unavailable {
                c.observe(ids::HANDICAP_REGIONAL_UNAVAILABLE);
            }
        } else if self.nothing {
            c.status(ids::HANDICAP, Status::NothingFound);
        } else if self.unavailable {
            c.status(ids::HANDICAP, Status::NotConsulted);
        }
    }
}

/// The Dutch text of a repeated element with a `language` attribute (or the first one).
fn in_dutch<'a>(a: &'a Node, name: &'a str) -> Option<&'a str> {
    let all: Vec<&Node> = a.all(name).collect();
    all.iter()
        .find(|n| {
            n.attr("language")
                .is_some_and(|l| l.eq_ignore_ascii_case("NL"))
        })
        .or(all.first())
        .and_then(|n| n.value())
}

/// A Handi address: "STREET 12 bus A, 9030 CITY".
fn handi_address(a: &Node) -> String {
    let street = in_dutch(a, "streetName").unwrap_or_default();
    let number = a.text_at(&["houseNumber"]).unwrap_or_default();
    let mut line = format!("{street} {number}");
    if let Some(b) = a.text_at(&["boxNumber"]) {
        line.push_str(&format!(" {} {b}", L::BOX));
    }
    let zip = a.text_at(&["postalCode"]).unwrap_or_default();
    let town = format!("{zip} {}", in_dutch(a, "cityName").unwrap_or_default());
    format!("{}, {}", line.trim(), town.trim())
}

/// Handi's yes/no elements we show, with our Dutch words and the source's name in brackets
/// (their exact legal meaning is Handi's).
const REQUEST_FLAGS: [(&str, &str); 3] = [
    ("administrativePendingRequest", L::HANDI_PENDING_REQUEST),
    ("handicapRecognitionPending", L::HANDI_RECOGNITION_PENDING),
    ("appeal", L::HANDI_APPEAL),
];
const ADULT_FLAGS: [(&str, &str); 1] = [("diminuationEarnings", L::HANDI_EARNINGS)];
const DETAIL_FLAGS: [(&str, &str); 4] = [
    ("lowerLimbs50p", L::HANDI_LOWER_LIMBS),
    ("fullBlindness", L::HANDI_BLIND),
    ("upperLimbsAmputated", L::HANDI_AMPUTATED),
    ("upperLimbsParalyzed", L::HANDI_PARALYZED),
];
const RIGHTS_FLAGS: [(&str, &str); 1] = [("partnerIncome", L::HANDI_PARTNER_INCOME)];

/// "verlies verdienvermogen (diminuationEarnings): ja; …" for the flags a node has.
fn flags(n: &Node, list: &[(&str, &str)]) -> String {
    list.iter()
        .filter_map(|(name, label)| {
            let v = yes_no(n.text_at(&[name]))?;
            Some(format!(
                "{label} ({name}): {}",
                if v { L::YES } else { L::NO }
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn yes_no(v: Option<&str>) -> Option<bool> {
    match v? {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

fn handi_file(c: &mut Collect, file: &Node, source: &str) {
    let on = c.answered_on.as_ref().and_then(PartialDate::days);
    let ended = |end: &Option<PartialDate>| {
        end.as_ref()
            .and_then(PartialDate::days)
            .zip(on)
            .is_some_and(|(e, n)| e < n)
    };
    let mut granted = false;
    let mut recognised = false;
    for n in &file.children {
        match n.name.as_str() {
            "addressHandicappedPerson" => {
                let who = [n.text_at(&["lastName"]), n.text_at(&["firstName"])]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                c.add(Group::Identity, Fact::new(L::NAME, who).identifying());
                if let Some(a) = n.child("address") {
                    let text = handi_address(a);
                    c.add(
                        Group::Residence,
                        Fact::new(L::ADDRESS_HANDICAP, text).identifying(),
                    );
                    if let Some(town) = in_dutch(a, "cityName") {
                        c.fact(Group::Residence, L::MUNICIPALITY, town);
                    }
                }
            }
            "evolutionOfRequest" => {
                let pending: Vec<&str> = [
                    "administrativePendingRequest",
                    "handicapRecognitionPending",
                    "appeal",
                ]
                .into_iter()
                .filter(|k| yes_no(n.text_at(&[k])) == Some(true))
                .collect();
                if !pending.is_empty() {
                    c.observe(ids::HANDICAP_PENDING_REQUEST);
                }
                let value = if pending.is_empty() {
                    L::NO_PENDING.to_string()
                } else {
                    pending.join(", ")
                };
                c.fact(Group::Allowances, L::HANDICAP_REQUEST, value);
                c.fact(
                    Group::Allowances,
                    L::HANDICAP_REQUEST_DETAIL,
                    flags(n, &REQUEST_FLAGS),
                );
            }
            "handicapRecognitions" => {
                for h in n.all("handicapRecognition") {
                    recognised = true;
                    let from = date_at(h, &["recognitionStatus", "startDateRecognition"]);
                    let to = date_at(h, &["recognitionStatus", "endDateRecognition"]);
                    let mut parts = vec![h
                        .text_at(&["decisionStatus"])
                        .unwrap_or_default()
                        .to_string()];
                    if let Some(p) = h.text_at(&[
                        "resultRecognitionAdult",
                        "diminuationIndependence",
                        "totalPoints",
                    ]) {
                        parts.push(format!("{} {p}", L::POINTS));
                    }
                    if let Some(adult) = h.child("resultRecognitionAdult") {
                        parts.push(flags(adult, &ADULT_FLAGS));
                    }
                    if let Some(details) = h.child("handicapRecognitionDetails") {
                        parts.push(flags(details, &DETAIL_FLAGS));
                    }
                    parts.retain(|p| !p.is_empty());
                    if ended(&to) {
                        c.observe(ids::HANDICAP_RECOGNITION_ENDED);
                    }
                    c.add(
                        Group::Allowances,
                        Fact::new(L::HANDICAP_RECOGNITION, parts.join("; "))
                            .from(from.clone())
                            .until(to.clone()),
                    );
                    c.period(
                        Lane::Handicap,
                        from,
                        to,
                        format!("{} ({source})", L::HANDICAP_RECOGNITION),
                        L::PRINT_RECOGNITION,
                    );
                }
            }
            "rights" => {
                let from = date_at(n, &["period", "beginDate"]);
                let to = date_at(n, &["period", "endDate"]);
                let ivt = n.text_at(&["categoryIVT"]);
                let it = n.text_at(&["categoryIT"]);
                let mut parts: Vec<String> = Vec::new();
                parts.extend(ivt.map(|v| format!("IVT {v}")));
                parts.extend(it.map(|v| format!("IT {v}")));
                if let Some(m) = n.text_at(&["monthAmount"]) {
                    parts.push(format!("{} {}", euro_decimal(m), L::PER_MONTH));
                }
                if let Some(t) = n.text_at(&["totalMonthAmount"]) {
                    parts.push(format!("{} {}", L::TOTAL, euro_decimal(t)));
                }
                parts.push(flags(n, &RIGHTS_FLAGS));
                let decision = n.text_at(&["decisionStatus"]).unwrap_or_default();
                parts.push(decision.to_string());
                let positive_decision = !decision.eq_ignore_ascii_case("NEGATIVE");
                if (ivt.is_some() || it.is_some()) && positive_decision && !ended(&to) {
                    granted = true;
                    c.observe(ids::HANDICAP_IVT_IT_GRANTED);
                }
                if ended(&to) {
                    c.observe(ids::HANDICAP_RECOGNITION_ENDED);
                }
                let value = joined(parts);
                c.add_period(
                    Group::Allowances,
                    Lane::Handicap,
                    Fact::new(L::HANDICAP_RIGHT, value).from(from).until(to),
                    L::PRINT_HANDICAP_RIGHT,
                );
            }
            "payments" | "payment" => {
                c.observe(ids::HANDICAP_PAYMENTS_VISIBLE);
                for p in n.children.iter().filter(|p| !p.children.is_empty()) {
                    let from =
                        date_at(p, &["paymentDate"]).or(date_at(p, &["period", "beginDate"]));
                    c.add(
                        Group::Allowances,
                        Fact::new(L::HANDICAP_PAYMENT, flatten(p)).from(from.clone()),
                    );
                    c.mark(
                        Lane::Handicap,
                        from,
                        format!("{}: {}", L::HANDICAP_PAYMENT, flatten(p)),
                        L::PRINT_HANDICAP_PAYMENT,
                    );
                }
            }
            _ => c.unknown(Group::Allowances, &n.name, n),
        }
    }
    if recognised && !granted {
        c.observe(ids::HANDICAP_RECOGNISED_NO_ALLOWANCE);
    }
}
