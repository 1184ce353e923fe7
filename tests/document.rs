//! The Word document: structure, metadata without personal data, text exactly as typed.

mod common;

use common::{docx_paragraphs, sample_form, today};
use proptest::prelude::*;
use std::io::{Cursor, Read};
use toeleiding::document;
use toeleiding::model::{parse_referral, FieldId, ParentField};

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn document_holds_the_referral() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let text = docx_paragraphs(&docx).join("\n");
    for expected in [
        document::TITLE,
        "22 november 2026",
        "Lokaal team Gent-Noord",
        "An Peeters",
        "09 123 45 67",
        "OCMW Gent",
        "toeleiding@ocmw.gent.be",
        "Zoë",
        "O'Brien-Van den Broeck",
        "Kerkstraat 12A bus 3",
        "9000 Gent",
        "0470 12 34 56",
        "zoe@example.be",
        "op 20 november 2026 vrijwillig en uitdrukkelijk",
        document::PURPOSE,
        document::SECRECY,
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn metadata_and_names_carry_no_personal_data() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let core = part(&docx, "docProps/core.xml");
    let app = part(&docx, "docProps/app.xml");
    for secret in [
        "Zoë",
        "Brien",
        "Kerkstraat",
        "0470",
        "zoe@",
        "Peeters",
        "Gent",
    ] {
        assert!(!core.contains(secret) && !app.contains(secret), "{secret}");
    }
    assert!(core.contains("<dc:title>Toeleiding naar het OCMW</dc:title>"));
    assert!(core.contains("2026-11-22T00:00:00Z"));
    let zip = zip::ZipArchive::new(Cursor::new(&docx[..])).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    assert!(names.iter().all(|n| n.is_ascii()));
}

#[test]
fn language_is_dutch_belgium_and_page_is_a4() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    assert!(part(&docx, "word/styles.xml").contains(r#"<w:lang w:val="nl-BE""#));
    assert!(part(&docx, "word/document.xml").contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
}

#[test]
fn two_parents_get_two_tables() {
    let mut form = sample_form();
    form.add_parent();
    form.same_address = true;
    form.set(FieldId::Parent(1, ParentField::FirstName), "Ğülşen".into());
    form.set(FieldId::Parent(1, ParentField::LastName), "محمد".into());
    let referral = parse_referral(&form, today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let paragraphs = docx_paragraphs(&docx);
    assert!(paragraphs.iter().any(|p| p == "Ouder 2"));
    assert!(paragraphs.iter().any(|p| p == "محمد"));
    // Parent 2 gave no phone: the table shows "not given".
    assert!(paragraphs.iter().any(|p| p == document::NOT_GIVEN));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Random Unicode names and addresses the form accepts come out of the document exactly as
    /// typed.
    #[test]
    fn unicode_round_trips(
        first in "\\PC{1,30}",
        last in "[&<>\"' a-zA-Z\\PC]{1,30}",
        street in "\\PC{1,40}",
        town in "\\PC{1,30}",
    ) {
        // The form refuses control characters, line separators and bidirectional controls
        // (`model::text::is_forbidden`); that refusal is tested in tests/model.rs.
        let forbidden = toeleiding::model::text::is_forbidden;
        for s in [&first, &last, &street, &town] {
            prop_assume!(!s.trim().is_empty() && !s.chars().any(forbidden));
        }
        let mut form = sample_form();
        let p = |f| FieldId::Parent(0, f);
        form.set(p(ParentField::FirstName), first.clone());
        form.set(p(ParentField::LastName), last.clone());
        form.set(p(ParentField::Street), street.clone());
        form.set(p(ParentField::Municipality), town.clone());
        let referral = parse_referral(&form, today()).unwrap();
        let docx = document::write(&referral, today()).unwrap();
        let paragraphs = docx_paragraphs(&docx);
        prop_assert!(paragraphs.iter().any(|x| x == first.trim()));
        prop_assert!(paragraphs.iter().any(|x| x == last.trim()));
        let address = format!("{} 12A bus 3, 9000 {}", street.trim(), town.trim());
        prop_assert!(paragraphs.contains(&address), "{address:?} not in {paragraphs:?}");
    }
}

#[test]
fn organisation_purpose_replaces_the_standard_sentence() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let own = "Ons eigen doel: samen met het OCMW gezinnen sneller helpen.";
    let docx = document::write_with_purpose(&referral, today(), own).unwrap();
    let paragraphs = docx_paragraphs(&docx);
    assert!(paragraphs.iter().any(|p| p == own));
    assert!(!paragraphs.iter().any(|p| p == document::PURPOSE));
}
