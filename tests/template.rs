//! Filling Word templates: placeholders however Word cut them, mail-merge fields, headers,
//! footers, text boxes, content controls, the optional second parent, and what the filled
//! package must not carry (the template's author, mail-merge settings).

mod common;

use common::{package, part, part_paragraphs, sample_form, today};
use proptest::prelude::*;
use toeleiding::document::template::{values, Template};
use toeleiding::document::{self, PURPOSE};
use toeleiding::model::{parse_referral, FieldId, ParentField, Referral};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

const TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

/// A paragraph of runs (`*` before a text makes its run bold).
fn p(runs: &[&str]) -> String {
    let runs: String = runs
        .iter()
        .map(|r| match r.strip_prefix('*') {
            Some(t) => format!("<w:r><w:rPr><w:b/></w:rPr><w:t>{t}</w:t></w:r>"),
            None => format!(r#"<w:r><w:t xml:space="preserve">{r}</w:t></w:r>"#),
        })
        .collect();
    format!("<w:p>{runs}</w:p>")
}

fn row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!("<w:tc>{}</w:tc>", p(&[c])))
        .collect();
    format!("<w:tr>{cells}</w:tr>")
}

/// A template using every kind of placeholder Word files hold.
fn template_xml() -> String {
    let cut = r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Naam: {</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00A1"><w:t>ouder1_</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:t>voornaam</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>} { OUDER1_Achternaam }.</w:t></w:r></w:p>"#;
    let simple = r#"<w:p><w:r><w:t xml:space="preserve">Team: </w:t></w:r><w:fldSimple w:instr=" MERGEFIELD team \* MERGEFORMAT "><w:r><w:rPr><w:i/></w:rPr><w:t>«team»</w:t></w:r></w:fldSimple></w:p>"#;
    let complex = r#"<w:p><w:r><w:t xml:space="preserve">OCMW: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> </w:instrText></w:r><w:r><w:instrText>MERGEFIELD </w:instrText></w:r><w:r><w:instrText>ocmw_naam</w:instrText></w:r><w:r><w:instrText xml:space="preserve"> </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>«ocmw_naam»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#;
    let text_box = format!(
        r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        p(&["Mail: {ouder1_", "email}"]),
        p(&["Mail: {ouder1_", "email}"])
    );
    let control = r#"<w:sdt><w:sdtPr><w:alias w:val="Gemeente"/><w:showingPlcHdr/><w:dataBinding w:xpath="/ns0:x[1]" w:storeItemID="{1}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{ouder1_gemeente}</w:t></w:r></w:p></w:sdtContent></w:sdt>"#;
    let table = format!(
        "<w:tbl><w:tblPr/><w:tblGrid/>{}{}{}</w:tbl>",
        row(&["Ouder", "Telefoon"]),
        row(&["{ouder1_voornaam}", "{ouder1_telefoon}"]),
        row(&["{ouder2_voornaam}", "{ouder2_telefoon}"]),
    );
    let body = [
        cut.to_string(),
        simple.to_string(),
        complex.to_string(),
        text_box,
        control.to_string(),
        table,
        p(&["Tweede ouder: {ouder2_voornaam} {ouder2_achternaam}"]),
        p(&["{#ouder2}"]),
        p(&["Beide ouders gaven toestemming."]),
        p(&["{/ouder2}"]),
        p(&["Toestemming op {toestemming_datum}."]),
        p(&["{doel}"]),
    ]
    .concat();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="first" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/><w:titlePg/></w:sectPr></w:body></w:document>"#
    )
}

fn header(text: &str, root: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {W}>{}</w:{root}>"#,
        p(&[text])
    )
}

/// The test template as a package, with the leaks Word templates carry.
fn template() -> Vec<u8> {
    let document = template_xml();
    let head = header("Verwijzing van {team}", "hdr");
    let foot = header("Verzonden op { datum }", "ftr");
    package(&[
        ("[Content_Types].xml", TYPES),
        ("_rels/.rels", RELS),
        (
            "docProps/core.xml",
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Frida Janssens</dc:creator></cp:coreProperties>"#,
        ),
        (
            "docProps/app.xml",
            r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Gemeente Voorbeeld</Company></Properties>"#,
        ),
        ("word/document.xml", &document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/header1.xml", &head),
        ("word/footer1.xml", &foot),
        (
            "word/settings.xml",
            &format!(
                r#"<w:settings {W}><w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataSource r:id="rId1"/><w:query w:val="SELECT * FROM `D:\Users\Frida\adressen.xlsx`"/></w:mailMerge></w:settings>"#
            ),
        ),
        (
            "word/_rels/settings.xml.rels",
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///D:\Users\Frida\adressen.xlsx" TargetMode="External"/></Relationships>"#,
        ),
    ])
}

fn referral(two_parents: bool) -> Referral {
    let mut form = sample_form();
    if two_parents {
        form.add_parent();
        form.set(FieldId::Parent(1, ParentField::FirstName), "Gül".into());
        form.set(
            FieldId::Parent(1, ParentField::LastName),
            "Yılmaz & <Co>".into(),
        );
        form.set(
            FieldId::Parent(1, ParentField::Phone),
            "0470 98 76 54".into(),
        );
    }
    parse_referral(&form, today()).unwrap()
}

fn filled(template: &[u8], two_parents: bool) -> Vec<u8> {
    let t = Template::load(template).unwrap();
    document::fill(&t, &referral(two_parents), today(), PURPOSE)
        .unwrap()
        .to_vec()
}

#[test]
fn every_kind_of_placeholder_is_filled_where_it_was() {
    let docx = filled(&template(), false);
    let body = part_paragraphs(&docx, "word/document.xml");
    for expected in [
        "Naam: Zoë O'Brien-Van den Broeck.",
        "Team: Lokaal team Gent-Noord",
        "OCMW: OCMW Gent",
        "Mail: zoe@example.be",
        "Gent",
        "Toestemming op 20 november 2026.",
        PURPOSE,
    ] {
        assert!(
            body.iter().any(|p| p == expected),
            "{expected:?} not in {body:?}"
        );
    }
    // Both copies of the text box.
    assert_eq!(
        body.iter().filter(|p| *p == "Mail: zoe@example.be").count(),
        2
    );
    assert_eq!(
        part_paragraphs(&docx, "word/header1.xml"),
        ["Verwijzing van Lokaal team Gent-Noord"]
    );
    assert_eq!(
        part_paragraphs(&docx, "word/footer1.xml"),
        ["Verzonden op 22 november 2026"]
    );
    let xml = part(&docx, "word/document.xml");
    for gone in [
        "{",
        "}",
        "«",
        "»",
        "MERGEFIELD",
        "fldChar",
        "showingPlcHdr",
        "dataBinding",
    ] {
        assert!(!xml.contains(gone), "{gone} left in {xml}");
    }
    // The first run keeps its formatting: the name sits in the bold run.
    assert!(xml.contains(r#"<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Naam: Zoë O&apos;Brien-Van den Broeck.</w:t>"#) || xml.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">Naam: Zoë"), "{xml}");
    assert!(
        xml.contains(r#"<w:i/></w:rPr><w:t xml:space="preserve">Lokaal team Gent-Noord</w:t>"#),
        "{xml}"
    );
}

#[test]
fn without_a_second_parent_its_row_paragraph_and_block_disappear() {
    let one = part_paragraphs(&filled(&template(), false), "word/document.xml");
    assert!(one.iter().any(|p| p == "0470 12 34 56"));
    for gone in ["Tweede ouder", "Beide ouders gaven toestemming.", "—"] {
        assert!(!one.iter().any(|p| p.contains(gone)), "{gone} in {one:?}");
    }
    // Only the paragraph that anchors the text box has no text of its own.
    assert_eq!(one.iter().filter(|p| p.is_empty()).count(), 1, "{one:?}");
    let two = part_paragraphs(&filled(&template(), true), "word/document.xml");
    for present in [
        "Gül",
        "0470 98 76 54",
        "Tweede ouder: Gül Yılmaz & <Co>",
        "Beide ouders gaven toestemming.",
    ] {
        assert!(two.iter().any(|p| p == present), "{present} not in {two:?}");
    }
    assert!(!two.iter().any(|p| p.contains("ouder2")), "{two:?}");
}

#[test]
fn the_package_loses_the_templates_author_and_mail_merge_settings() {
    let docx = filled(&template(), true);
    let all: String = [
        "docProps/core.xml",
        "docProps/app.xml",
        "word/settings.xml",
        "word/_rels/settings.xml.rels",
        "[Content_Types].xml",
    ]
    .iter()
    .map(|n| part(&docx, n))
    .collect();
    for leak in [
        "Frida",
        "Voorbeeld",
        "mailMerge",
        "adressen",
        "template.main+xml",
    ] {
        assert!(!all.contains(leak), "{leak} in {all}");
    }
    assert!(part(&docx, "docProps/core.xml").contains("<dc:creator>Toeleiding</dc:creator>"));
    assert!(part(&docx, "[Content_Types].xml").contains("document.main+xml"));
    for secret in ["Zoë", "Gent", "0470"] {
        assert!(!part(&docx, "docProps/core.xml").contains(secret));
    }
}

#[test]
fn the_builtin_template_is_a_template_like_any_other() {
    let builtin = Template::builtin();
    let report = builtin.report();
    assert!(report.used.contains(&"ouder1_adres") && report.used.contains(&"ouder2_email"));
    assert_eq!(
        builtin.left_out(&values(&referral(true), today(), PURPOSE)),
        Vec::<&str>::new()
    );
    let docx = filled(&document::builtin_template(), true);
    assert_eq!(
        docx,
        document::write(&referral(true), today()).unwrap().to_vec()
    );
    let text = part_paragraphs(&docx, "word/document.xml");
    assert!(
        text.iter().any(|p| p == "Kerkstraat 12A bus 3, 9000 Gent"),
        "{text:?}"
    );
    assert!(text.iter().any(|p| p == "Ouder 2"));
    let one = part_paragraphs(
        &filled(&document::builtin_template(), false),
        "word/document.xml",
    );
    assert!(
        !one.iter().any(|p| p == "Ouder 2" || p.contains('{')),
        "{one:?}"
    );
}

#[test]
fn what_a_template_does_not_show_is_named() {
    let document = format!(
        r#"<w:document {W}><w:body>{}</w:body></w:document>"#,
        p(&["{ouder1_voornaam} {ouder1_achternaam}, {ouder1_straat} {ouder1_huisnummer}, {ouder1_postcode} {ouder1_gemeente}"])
    );
    let docx = package(&[
        ("[Content_Types].xml", TYPES),
        ("word/document.xml", &document),
    ]);
    let t = Template::load(&docx).unwrap();
    let left = t.left_out(&values(&referral(true), today(), PURPOSE));
    for field in [
        "ouder1_bus",
        "ouder1_telefoon",
        "ouder1_email",
        "ouder2_voornaam",
        "ouder2_telefoon",
        "team",
        "doel",
    ] {
        assert!(left.contains(&field), "{field} not in {left:?}");
    }
    // Given nothing: not named.
    assert!(
        !left.contains(&"ouder2_email") && !left.contains(&"ouder1_adres"),
        "{left:?}"
    );
}

/// Cuts `text` at the given byte positions (on char boundaries) into runs, with spell-check
/// marks and bookmarks between some of them.
fn cut_into_runs(text: &str, cuts: &[usize]) -> String {
    let mut points: Vec<usize> = cuts
        .iter()
        .map(|c| c % (text.len() + 1))
        .filter(|c| text.is_char_boundary(*c))
        .collect();
    points.extend([0, text.len()]);
    points.sort_unstable();
    points.dedup();
    let mut out = String::new();
    for (i, w) in points.windows(2).enumerate() {
        let piece = &text[w[0]..w[1]];
        match i % 3 {
            0 => out.push_str(r#"<w:proofErr w:type="spellStart"/>"#),
            1 => out.push_str(&format!(
                r#"<w:bookmarkStart w:id="{i}" w:name="_GoBack"/><w:bookmarkEnd w:id="{i}"/>"#
            )),
            _ => {}
        }
        out.push_str(&format!(
            r#"<w:r w:rsidR="00{i:02}"><w:t xml:space="preserve">{}</w:t></w:r>"#,
            piece.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    format!("<w:p>{out}</w:p>")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    /// Cutting a template's placeholders into random runs never changes what it is filled with.
    #[test]
    fn random_cuts_never_change_the_result(
        cuts in proptest::collection::vec(0usize..200, 0..12),
        two in any::<bool>(),
    ) {
        let lines = [
            "Beste {ouder1_voornaam} { ouder1_achternaam }, uw adres {OUDER1_ADRES}.",
            "Team {team} & OCMW {ocmw_naam} <{ocmw_email}>",
            "{ouder2_voornaam} {ouder2_telefoon}",
            "{#ouder2}",
            "Twee ouders: {ouder2_achternaam}",
            "{/ouder2}",
        ];
        let whole: String = lines.iter().map(|l| p(&[&l.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")])).collect();
        let cut: String = lines.iter().enumerate().map(|(i, l)| {
            let shifted: Vec<usize> = cuts.iter().map(|c| c + i * 7).collect();
            cut_into_runs(l, &shifted)
        }).collect();
        let wrap = |b: &str| package(&[("[Content_Types].xml", TYPES), ("word/document.xml", &format!(r#"<w:document {W}><w:body>{b}</w:body></w:document>"#))]);
        let expected = part_paragraphs(&filled(&wrap(&whole), two), "word/document.xml");
        let got = part_paragraphs(&filled(&wrap(&cut), two), "word/document.xml");
        prop_assert_eq!(got, expected);
    }
}
