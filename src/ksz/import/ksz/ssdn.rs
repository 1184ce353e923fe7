//! KSZ SSDN replies (`SSDNReply`) of the service `OCMWCPASIdentifyPerson`: the result summaries
//! (OK / WARNING / ERROR, the return code, each reason code with its diagnostic) and the
//! person found in the Rijksregister (bare codes: shown as written), with an address in Belgium
//! or a diplomatic post abroad.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::error::{ImportError, Seems};
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Answer, Fact, Group, Kind};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{code_label, digits};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

fn summary(c: &mut Collect, s: &Node, label: &str) {
    let ok = s.attr("ok").unwrap_or_default();
    let value = [Some(ok), s.text_at(&["ReturnCode"])]
        .into_iter()
        .flatten()
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>();
    let value = match value.as_slice() {
        [ok, code] => format!("{ok} ({code})"),
        [one] => one.to_string(),
        _ => String::new(),
    };
    c.fact(Group::Other, label, value);
    for d in s.all("Detail") {
        let severity = d.text_at(&["Severity"]).unwrap_or_default();
        let code = d.text_at(&["ReasonCode"]).unwrap_or_default();
        let mut value = format!(
            "{} ({code})",
            d.text_at(&["Diagnostic"]).unwrap_or_default()
        );
        for extra in [severity, d.text_at(&["AuthorCodeList"]).unwrap_or_default()] {
            if !extra.is_empty() {
                value.push_str(&format!("; {extra}"));
            }
        }
        c.fact(Group::Other, L::REASON_CODE, value);
        for i in d.all("Information") {
            let field = i.text_at(&["FieldName"]).unwrap_or_default();
            let v = i.text_at(&["FieldValue"]).unwrap_or_default();
            c.add(
                Group::Other,
                Fact::new(L::REASON_INFORMATION, format!("{field}: {v}")).identifying(),
            );
        }
    }
}

/// Reads an `SSDNReply`; only IdentifyPerson is known.
pub(in crate::ksz::import) fn read(
    root: &Node,
    file_name: &str,
    _options: &Options,
) -> Result<Answer, ImportError> {
    let reply = root.child("ServiceReply");
    let service_id = reply
        .and_then(|r| r.text_at(&["ServiceId"]))
        .unwrap_or_default();
    if service_id != "OCMWCPASIdentifyPerson" {
        return Err(ImportError::UnknownFormat {
            root: format!("SSDNReply {service_id}").trim().to_string(),
            seems: Seems::OtherXml,
        });
    }
    let version = reply
        .and_then(|r| r.text_at(&["Version"]))
        .unwrap_or_default();
    let mut c = Collect::new(format!("{service_id} {version}").trim().to_string());
    c.answered_on = root
        .text_at(&["ReplyContext", "Message", "TimeResponse"])
        .and_then(PartialDate::parse);
    if let Some(s) = root.at(&["ReplyContext", "ResultSummary"]) {
        summary(&mut c, s, L::RESULT_MESSAGE);
    }
    if let Some(r) = reply.and_then(|r| r.child("ResultSummary")) {
        summary(&mut c, r, L::RESULT_SERVICE);
    }
    let results = reply.and_then(|r| r.at(&["IdentifyPersonReply", "SearchResults"]));
    let people: Vec<&Node> = results
        .map(|r| r.all("LimitedLegalData").collect())
        .unwrap_or_default();
    for p in &people {
        person(&mut c, p);
    }
    let no_data = people.is_empty();
    if no_data {
        c.status(ids::RR, Status::NothingFound);
    }
    Ok(c.finish(file_name, Kind::IdentifyPerson, None, no_data))
}

fn person(c: &mut Collect, p: &Node) {
    if let Some(o) = p.attr("origin") {
        c.fact(Group::Other, L::SOURCE, o);
    }
    let b = p.child("Basic");
    let get = |n: Option<&Node>, k: &str| {
        n.and_then(|n| n.text_at(&[k]))
            .unwrap_or_default()
            .to_string()
    };
    let ssin = get(b, "SocialSecurityUser");
    c.add(
        Group::Identity,
        Fact::new(L::NATIONAL_NUMBER, ssin.clone()).identifying(),
    );
    if c.summary.subject.is_none() && !ssin.is_empty() {
        c.summary.subject = Some(digits(&ssin));
    }
    let name = ["LastName", "FirstName", "MiddleName"]
        .iter()
        .map(|k| get(b, k))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    c.add(Group::Identity, Fact::new(L::NAME, name).identifying());
    let birth = get(b, "BirthDate");
    c.add(
        Group::Identity,
        Fact::new(L::BIRTH_DATE, birth.clone()).identifying(),
    );
    c.fact(Group::Identity, L::SEX, get(b, "Gender"));
    if let Some(a) = b.and_then(|b| b.child("Address")) {
        let first = |k: &str| {
            a.all(k)
                .filter_map(Node::value)
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let street = format!(
            "{} {} {}",
            first("Street"),
            first("HouseNumber"),
            first("Box")
        );
        let town = format!("{} {}", first("PostalCode"), first("Municipality"));
        let text = format!("{}, {}", street.trim(), town.trim());
        c.add(
            Group::Residence,
            Fact::new(L::MAIN_ADDRESS, text.clone()).identifying(),
        );
        let municipality = crate::ksz::import::xml::text::desc_code(
            Some(&first("Municipality")),
            Some(&first("MunicipalityCode")),
        )
        .unwrap_or_default();
        c.fact(Group::Residence, L::MUNICIPALITY, municipality);
        c.summary.address = Some(text);
    }
    // A person living abroad has a diplomatic post instead of an address (as Lino's reader of
    // these replies reads it: `CountryCode`, `Post`, `AddressPlainText`).
    if let Some(d) = b.and_then(|b| b.child("DiplomaticPost")) {
        c.add(
            Group::Residence,
            Fact::new(L::ADDRESS_ABROAD, get(Some(d), "AddressPlainText")).identifying(),
        );
        c.fact(Group::Residence, L::COUNTRY, get(Some(d), "CountryCode"));
        c.fact(Group::Residence, L::DIPLOMATIC_POST, get(Some(d), "Post"));
        c.rest(
            Group::Residence,
            d,
            &["CountryCode", "Post", "AddressPlainText"],
        );
        c.observe(ids::ADRES_ABROAD);
    }
    if let Some(b) = b {
        c.rest(
            Group::Identity,
            b,
            &[
                "SocialSecurityUser",
                "LastName",
                "FirstName",
                "MiddleName",
                "BirthDate",
                "Gender",
                "Address",
                "DiplomaticPost",
            ],
        );
    }
    let e = p.child("Extended");
    let civil = get(e, "CivilState");
    c.fact(Group::Household, L::CIVIL_STATE, civil.clone());
    c.fact(
        Group::Identity,
        L::BIRTH_PLACE,
        e.and_then(|e| e.child("BirthLocation"))
            .and_then(code_label)
            .unwrap_or_else(|| get(e, "BirthLocationCode")),
    );
    c.fact(
        Group::Identity,
        L::INSCRIPTION_REGISTER,
        get(e, "InscriptionRegister"),
    );
    let nationality = get(e, "NationalityCode");
    c.fact(Group::Identity, L::NATIONALITY, nationality.clone());
    if !nationality.is_empty() {
        c.summary.nationality = Some(nationality.clone());
        rules::nationality(c, &[(nationality.as_str(), "")]);
    }
    if !civil.is_empty() {
        c.summary.civil_state = Some(civil.clone());
        rules::civil_state(c, &civil, "", false);
    }
    if let (Some(b), Some(on)) = (PartialDate::parse(&birth), c.answered_on.clone()) {
        rules::age(c, &b, &on);
    }
    if let Some(e) = e {
        c.rest(
            Group::Identity,
            e,
            &[
                "CivilState",
                "BirthLocationCode",
                "BirthLocation",
                "InscriptionRegister",
                "NationalityCode",
            ],
        );
    }
    if !c.has(ids::RR) {
        c.status(ids::RR, Status::Found);
    }
}
