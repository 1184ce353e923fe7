//! KSZ HealthCareInsurance v1 (NIC/CIN), from its schema only
//! (`HealthCareInsuranceTypesV1.xsd`; no public real answer exists, so the answer is marked
//! untested): the insuring organisation, the right to reimbursement, CT1/CT2, the paying third
//! party, the maximum charge (MAF), the medical house, the increased intervention (VT), the
//! complementary insurance and the global medical file.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Fact, Group, Kind, Lane};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{date_at, digits};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

/// The root local names of the service's operations (either case of the first letter).
pub(in crate::ksz::import) const ROOTS: [&str; 3] = [
    "getInsuranceOrganizationInformationsResponse",
    "consultMAFResponse",
    "consultHolderCodeResponse",
];

fn yes(n: &Node) -> Option<bool> {
    match n.text_at(&["value"]).or_else(|| n.value())? {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

fn organisation(n: &Node) -> String {
    n.attr("insuringOrganization")
        .map(|o| format!(" ({} {o})", L::INSURER))
        .unwrap_or_default()
}

fn yes_no(v: bool) -> &'static str {
    if v {
        L::YES
    } else {
        L::NO
    }
}

/// One element of a `result` (or of `sfdfL891/insurance`).
fn item(c: &mut Collect, n: &Node) {
    let no_right = n.child("noRight").is_some();
    let org = organisation(n);
    match n.name.as_str() {
        "ssin" => {}
        "insuringOrganization" => {
            let value = if no_right {
                L::NONE.to_string()
            } else {
                format!(
                    "{} {}",
                    L::MUTUALITY,
                    n.text_at(&["mutuality"]).unwrap_or_default()
                )
            };
            c.fact(Group::Allowances, L::HEALTH_FUND, format!("{value}{org}"));
        }
        "reimbursementRight" => {
            let v = yes(n);
            if let Some(v) = v {
                c.observe(if v {
                    ids::ZIEKTEVERZEKERING_INSURED
                } else {
                    ids::ZIEKTEVERZEKERING_NOT_INSURED
                });
                c.fact(
                    Group::Allowances,
                    L::REIMBURSEMENT,
                    format!("{}{org}", yes_no(v)),
                );
            }
        }
        "ct1ct2" => {
            let value = if no_right {
                L::NONE.to_string()
            } else {
                format!(
                    "{}/{}",
                    n.text_at(&["ct1"]).unwrap_or_default(),
                    n.text_at(&["ct2"]).unwrap_or_default()
                )
            };
            let (from, to) = (
                date_at(n, &["period", "startDate"]),
                date_at(n, &["period", "endDate"]),
            );
            c.add(
                Group::Allowances,
                Fact::new(L::CT1CT2, value).from(from).until(to),
            );
        }
        "payingThirdParty" => {
            if let Some(v) = yes(n) {
                c.fact(
                    Group::Allowances,
                    L::THIRD_PARTY,
                    format!("{}{org}", yes_no(v)),
                );
            }
        }
        "maximumCharge" => {
            let years: Vec<&str> = n
                .all("year")
                .filter_map(Node::value)
                .chain(n.all("value").filter_map(Node::value))
                .collect();
            if !years.is_empty() {
                c.observe(ids::ZIEKTEVERZEKERING_MAF);
            }
            let value = if years.is_empty() {
                L::NONE.to_string()
            } else {
                years.join(", ")
            };
            c.fact(Group::Allowances, L::MAF, value);
        }
        "medicalHouse" => {
            let (from, to) = (
                date_at(n, &["period", "startDate"]),
                date_at(n, &["period", "endDate"]),
            );
            if no_right {
                c.fact(Group::Allowances, L::MEDICAL_HOUSE, L::NONE);
            } else {
                c.observe(ids::ZIEKTEVERZEKERING_MEDICAL_HOUSE);
                let who: Vec<&str> = ["doctor", "kine", "nurse"]
                    .into_iter()
                    .filter(|k| n.text_at(&[k]) == Some("true"))
                    .collect();
                c.add(
                    Group::Allowances,
                    Fact::new(L::MEDICAL_HOUSE, who.join(", "))
                        .from(from)
                        .until(to),
                );
            }
        }
        "increasedIntervention" => {
            if no_right {
                c.fact(Group::Allowances, L::VT, L::NONE);
            } else {
                let (from, to) = (
                    date_at(n, &["period", "startDate"]),
                    date_at(n, &["period", "endDate"]),
                );
                c.observe(ids::ZIEKTEVERZEKERING_VT);
                c.add(
                    Group::Allowances,
                    Fact::new(L::VT, L::YES)
                        .from(from.clone())
                        .until(to.clone()),
                );
                c.period(Lane::OtherBenefits, from, to, L::VT, L::PRINT_VT);
            }
        }
        "statusComplementaryInsurance" => {
            if let Some(v) = yes(n) {
                if !v {
                    c.observe(ids::ZIEKTEVERZEKERING_COMPLEMENTARY_ARREARS);
                }
                c.fact(
                    Group::Allowances,
                    L::COMPLEMENTARY,
                    format!("{}{org}", if v { L::IN_ORDER } else { L::NOT_IN_ORDER }),
                );
            }
        }
        "globalMedicalFile" => {
            if no_right {
                c.fact(Group::Allowances, L::GMD, L::NONE);
            } else {
                c.observe(ids::ZIEKTEVERZEKERING_GMD);
                c.fact(Group::Allowances, L::GMD, L::YES);
                if let Some(p) = n.text_at(&["healthCareProvider"]) {
                    c.add(Group::Allowances, Fact::new(L::GMD_DOCTOR, p).identifying());
                }
            }
        }
        "sfdfL891" => {
            for x in &n.children {
                match x.name.as_str() {
                    "noReimbursementRight" => {
                        c.observe(ids::ZIEKTEVERZEKERING_NOT_INSURED);
                        c.fact(
                            Group::Allowances,
                            L::REIMBURSEMENT,
                            format!("{}{}", L::NO, organisation(x)),
                        );
                    }
                    "insurance" => {
                        c.observe(ids::ZIEKTEVERZEKERING_INSURED);
                        x.children.iter().for_each(|y| item(c, y));
                    }
                    _ => c.unknown(Group::Allowances, &x.name, x),
                }
            }
        }
        _ => c.unknown(Group::Allowances, &n.name, n),
    }
}

/// Reads one of the service's responses.
pub(in crate::ksz::import) fn read(root: &Node, file_name: &str, _options: &Options) -> Answer {
    let mut c = Collect::new(format!(
        "HealthCareInsurance v1 ({})",
        root.name.trim_end_matches("Response")
    ));
    c.answered_on = crate::ksz::import::xml::text::ksz_answered_on(root);
    let mut no_data = false;
    for n in &root.children {
        match n.name.as_str() {
            "informationCustomer" | "informationCBSS" => {}
            "legalContext" => c.fact(Group::Other, L::LEGAL_CONTEXT, n.text.trim()),
            "criterion" => {
                c.summary.subject = n.text_at(&["ssin"]).map(digits);
                let on = n
                    .text_at(&["temporalCriteria", "date"])
                    .map(str::to_string)
                    .or_else(|| {
                        n.at(&["temporalCriteria", "today"])
                            .map(|_| L::TODAY.to_string())
                    });
                c.fact(Group::Other, L::SEARCHED_DATE, on.unwrap_or_default());
            }
            "status" => {
                let v = n.text_at(&["value"]).unwrap_or_default();
                no_data = v == "NO_DATA_FOUND";
                c.fact(Group::Other, L::STATUS, rules::status_text(n));
                if no_data {
                    c.status(ids::ZIEKTEVERZEKERING, Status::NothingFound);
                } else if v != "DATA_FOUND" {
                    c.status(ids::ZIEKTEVERZEKERING, Status::NotConsulted);
                }
            }
            "result" => {
                n.children.iter().for_each(|x| item(&mut c, x));
                c.status(ids::ZIEKTEVERZEKERING, Status::Found);
            }
            _ => c.unknown(Group::Other, &n.name, n),
        }
    }
    c.finish(file_name, Kind::HealthCare, None, no_data)
}
