//! Shared test helpers: a complete sample form, reading text back out of a .docx, and a KSZ
//! record as a worker fills it in.
#![allow(dead_code)]

use std::io::{Cursor, Read};
use toeleiding::date::Date;
use toeleiding::model::{FieldId, ParentField, RawForm};

pub fn today() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

/// A valid form with one parent and every field filled.
pub fn sample_form() -> RawForm {
    let mut f = RawForm::default();
    f.consent.confirmed = [true; 6];
    f.consent.date = "2026-11-20".into();
    let p = |field| FieldId::Parent(0, field);
    f.set(p(ParentField::FirstName), "Zoë".into());
    f.set(p(ParentField::LastName), "O'Brien-Van den Broeck".into());
    f.set(p(ParentField::Street), "Kerkstraat".into());
    f.set(p(ParentField::HouseNumber), "12A".into());
    f.set(p(ParentField::Box), "3".into());
    f.set(p(ParentField::Postcode), "9000".into());
    f.set(p(ParentField::Municipality), "Gent".into());
    f.set(p(ParentField::Phone), "0470/12.34.56".into());
    f.set(p(ParentField::Email), "zoe@example.be".into());
    f.set(FieldId::Team, "Lokaal team Gent-Noord".into());
    f.set(FieldId::WorkerName, "An Peeters".into());
    f.set(FieldId::WorkerPhone, "09 123 45 67".into());
    f.set(FieldId::WorkerEmail, "an.peeters@kindengezin.be".into());
    f.set(FieldId::OcmwName, "OCMW Gent".into());
    f.set(FieldId::OcmwEmail, "toeleiding@ocmw.gent.be".into());
    f
}

/// The sample form as the edits a worker makes in the flow (every consent point, then the fields).
pub fn sample_edits() -> Vec<toeleiding::refer::Edit> {
    use toeleiding::refer::Edit;
    let form = sample_form();
    let mut edits: Vec<Edit> = (0..toeleiding::model::CONSENT_POINTS)
        .map(|i| Edit::Confirm(i, true))
        .collect();
    edits.push(Edit::Set(FieldId::ConsentDate, form.consent.date.clone()));
    let mut fields: Vec<FieldId> = ParentField::ALL
        .iter()
        .map(|f| FieldId::Parent(0, *f))
        .collect();
    fields.extend([
        FieldId::Team,
        FieldId::WorkerName,
        FieldId::WorkerPhone,
        FieldId::WorkerEmail,
        FieldId::OcmwName,
        FieldId::OcmwEmail,
    ]);
    edits.extend(
        fields
            .into_iter()
            .map(|f| Edit::Set(f, form.get(f).to_string())),
    );
    edits
}

/// The text of every paragraph of `word/document.xml` (runs joined), read with quick-xml.
pub fn docx_paragraphs(docx: &[u8]) -> Vec<String> {
    part_paragraphs(docx, "word/document.xml")
}

/// One part of a package as text.
pub fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// A Word package from its parts (name, XML), written with the zip crate.
pub fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The text of every paragraph of one part (runs joined; a paragraph in a text box comes
/// before the paragraph that holds it).
pub fn part_paragraphs(docx: &[u8], name: &str) -> Vec<String> {
    let xml = part(docx, name);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut paragraphs = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"w:p" => {
                open.push(std::mem::take(&mut current))
            }
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:p" => paragraphs.push(
                std::mem::replace(&mut current, open.pop().unwrap_or_default()),
            ),
            quick_xml::events::Event::Text(t) if in_text => {
                current.push_str(&t.xml_content().unwrap())
            }
            quick_xml::events::Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8(r.to_vec()).unwrap();
                current.push_str(match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                });
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    paragraphs
}

/// A KSZ record as a worker fills it in for the applicant: a status per flow, observations
/// ticked.
pub fn ksz_record(
    entries: &[(&str, toeleiding::ksz::Status)],
    observations: &[&str],
) -> toeleiding::ksz::Record {
    let mut r = toeleiding::ksz::Record::default();
    for (flow, status) in entries {
        r.set_status(flow, Some(*status));
    }
    for o in observations {
        r.set_observation(o, true, toeleiding::ksz::Origin::Worker);
    }
    r
}
