//! KSZ JobSeeker v1 (`consultContactAndInscription`), from its schema only
//! (`JobSeekerTypesV1.xsd`, `JobSeekerCommonV1.xsd`; no public real answer exists, so the
//! answer is marked untested): per regional employment service (VDAB, Actiris, Forem, ADG) its
//! status, the contact data it holds (address, phone, e-mail: hidden in print) and each
//! registration as a job-seeker (since when, the service's category and the national NEO
//! category, the Eurostat date). Finding: `vdab.registered` for a registration, nothing found
//! when the answer says `NO_DATA_FOUND`.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Fact, Group, Kind, Lane};
use crate::ksz::import::rules::status_text;
use crate::ksz::import::xml::text::{date_at, desc_code, digits, joined};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::{ids, Status};

/// The root local name of the service's operation (first letter compared in lower case).
pub(in crate::ksz::import) const ROOTS: [&str; 1] = ["consultContactAndInscriptionResponse"];

/// The payload elements an answer of this service has.
pub(in crate::ksz::import) const PAYLOADS: [&str; 3] = ["criteria", "results", "status"];

/// A category's code with its Dutch description (or the first one).
fn category(n: &Node) -> String {
    let all: Vec<&Node> = n.all("description").collect();
    let desc = all
        .iter()
        .find(|d| {
            d.attr("language")
                .is_some_and(|l| l.eq_ignore_ascii_case("nl"))
        })
        .or(all.first())
        .and_then(|d| d.value());
    desc_code(desc, n.text_at(&["code"])).unwrap_or_default()
}

pub(in crate::ksz::import) fn read(root: &Node, file_name: &str, _options: &Options) -> Answer {
    let mut c = Collect::new("JobSeeker v1 (consultContactAndInscription)");
    c.answered_on = crate::ksz::import::xml::text::ksz_answered_on(root);
    let mut no_data = false;
    for n in &root.children {
        match n.name.as_str() {
            // Message metadata (ticket numbers and timestamps), as in the other KSZ readers.
            "informationCustomer" | "informationCBSS" => {}
            "legalContext" => c.fact(Group::Other, L::LEGAL_CONTEXT, n.text.trim()),
            "criteria" => {
                if c.summary.subject.is_none() {
                    c.summary.subject = n.text_at(&["ssin"]).map(digits);
                }
                let period = [
                    date_at(n, &["period", "beginDate"]),
                    date_at(n, &["period", "endDate"]),
                ]
                .iter()
                .flatten()
                .map(|d| d.raw.clone())
                .collect::<Vec<_>>()
                .join(" – ");
                c.fact(Group::Other, L::SEARCHED_PERIOD, period);
                let services: Vec<&str> = n
                    .at(&["publicEmploymentServices"])
                    .into_iter()
                    .flat_map(|p| p.all("publicEmploymentService"))
                    .filter_map(Node::value)
                    .collect();
                c.fact(Group::Other, L::SEARCHED_SERVICES, services.join(", "));
                c.rest(
                    Group::Other,
                    n,
                    &["ssin", "period", "publicEmploymentServices"],
                );
            }
            "status" => {
                no_data = n.text_at(&["value"]) == Some("NO_DATA_FOUND");
                c.fact(Group::Other, L::STATUS, status_text(n));
                c.rest(
                    Group::Other,
                    n,
                    &["value", "code", "description", "information"],
                );
            }
            "ssin" => {
                c.summary.subject = Some(digits(&n.text));
                let mut value = n.text.trim().to_string();
                for (k, v) in &n.attrs {
                    value.push_str(&format!("; {k} {}", v.trim()));
                }
                c.add(
                    Group::Identity,
                    Fact::new(L::NATIONAL_NUMBER, value).identifying(),
                );
            }
            "results" => {
                for pes in &n.children {
                    if pes.name == "pes" {
                        service(&mut c, pes);
                    } else {
                        c.unknown(Group::Work, &pes.name, pes);
                    }
                }
            }
            _ => c.unknown(Group::Other, &n.name, n),
        }
    }
    if no_data {
        c.status(ids::VDAB, Status::NothingFound);
    }
    let mut answer = c.finish(file_name, Kind::JobSeeker, None, no_data);
    answer.untested = true;
    answer
}

fn service(c: &mut Collect, pes: &Node) {
    let source = pes.attr("source").unwrap_or_default().trim().to_string();
    if let Some(s) = pes.child("status") {
        c.add_from(
            Group::Work,
            Fact::new(
                &format!("{} {source}", L::JOB_SEEKER_SOURCE),
                status_text(s),
            ),
            s,
        );
    }
    let Some(result) = pes.child("result") else {
        c.rest(Group::Work, pes, &["status"]);
        return;
    };
    c.rest(Group::Work, pes, &["status", "result"]);
    if let Some(k) = result.child("contact") {
        contact(c, k, &source);
    }
    for list in result.all("inscriptions") {
        for i in &list.children {
            if i.name != "inscription" {
                c.unknown(Group::Work, &i.name, i);
                continue;
            }
            let since = date_at(i, &["inceptionTimestamp"]);
            let mut parts = vec![source.clone()];
            parts.extend(i.all("categoryPES").map(category));
            parts.extend(
                i.all("categoryNEO")
                    .map(|n| format!("{} {}", L::NEO_CATEGORY, category(n))),
            );
            if let Some(d) = i.text_at(&["eurostatDate"]) {
                parts.push(format!("{} {}", L::EUROSTAT_DATE, d.trim()));
            }
            let value = joined(parts);
            c.add_from(
                Group::Work,
                Fact::new(L::JOB_SEEKER, value).from(since.clone()),
                i,
            );
            c.observe(ids::VDAB_REGISTERED);
            c.period(
                Lane::Work,
                since,
                None,
                format!("{}: {source}", L::JOB_SEEKER),
                L::PRINT_JOB_SEEKER,
            );
            c.rest(
                Group::Work,
                i,
                &[
                    "inceptionTimestamp",
                    "categoryPES",
                    "categoryNEO",
                    "eurostatDate",
                ],
            );
        }
    }
    c.rest(Group::Work, result, &["contact", "inscriptions"]);
}

/// The contact data a service holds: address, phone numbers, e-mail (identifying), and when it
/// was last updated.
fn contact(c: &mut Collect, k: &Node, source: &str) {
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = k.child("belgianAddress") {
        let get = |p: &str| a.text_at(&[p]).map(str::trim).unwrap_or_default();
        let mut line = format!("{} {}", get("streetName"), get("houseNumber"));
        if !get("boxNumber").is_empty() {
            line.push_str(&format!(" {} {}", L::BOX, get("boxNumber")));
        }
        parts.push(format!(
            "{}, {} {}",
            line.trim(),
            get("postalCode"),
            get("cityName")
        ));
        c.rest(
            Group::Work,
            a,
            &[
                "postalCode",
                "cityName",
                "cityCode",
                "streetName",
                "streetCode",
                "houseNumber",
                "boxNumber",
            ],
        );
    }
    if let Some(a) = k.text_at(&["foreignAddress"]) {
        parts.push(a.trim().to_string());
    }
    for p in k.all("phoneNumber") {
        parts.push(p.text.trim().to_string());
    }
    if let Some(e) = k.text_at(&["emailAddress"]) {
        parts.push(e.trim().to_string());
    }
    let updated = date_at(k, &["updateTimestamp"]);
    c.add_from(
        Group::Work,
        Fact::new(
            &format!("{} {source}", L::JOB_SEEKER_CONTACT),
            parts.join("; "),
        )
        .from(updated)
        .identifying(),
        k,
    );
    c.rest(
        Group::Work,
        k,
        &[
            "belgianAddress",
            "foreignAddress",
            "phoneNumber",
            "emailAddress",
            "updateTimestamp",
        ],
    );
}
