//! Hostile and foreign input is an error value with what it seems to be: size first, truncated
//! and deep XML, no entity expansion; and nothing identifying reaches a print label.

use super::*;

#[test]
fn hostile_and_other_files_are_errors() {
    assert_eq!(read("x", b""), Err(ImportError::NotXml));
    assert_eq!(
        read("x", b"\x00\x01\x02\xff\xfe\x03"),
        Err(ImportError::NotXml)
    );
    assert_eq!(
        read("x.xml", b"just some words"),
        Err(unknown("", Seems::Text))
    );
    assert_eq!(read("x.xml", b"{\"a\": 1}"), Err(unknown("", Seems::Json)));
    assert_eq!(
        read("answer.xml", b"%PDF-1.7\n..."),
        Err(unknown("", Seems::Pdf))
    );
    let docx =
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml....PK\x03\x04word/document.xml....";
    assert_eq!(read("answer.xml", docx), Err(unknown("", Seems::Docx)));
    assert_eq!(
        read("answer.docx", b"PK\x03\x04\x14\x00notes.txt"),
        Err(unknown("", Seems::Zip))
    );
    assert_eq!(
        read("a.xml", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1...."),
        Err(unknown("", Seems::OldOffice))
    );
    assert_eq!(
        read("a.xml", b"<!DOCTYPE html><html><body><p>x</body></html>"),
        Err(unknown("html", Seems::Html))
    );
    assert_eq!(
        read("a.xml", b"<?xml version=\"1.0\"?><note><to>x</to></note>"),
        Err(unknown("note", Seems::OtherXml))
    );
    let soap_other = b"<s:Envelope xmlns:s=\"urn:s\"><s:Body><other/></s:Body></s:Envelope>";
    assert_eq!(
        read("a.xml", soap_other),
        Err(unknown("other", Seems::OtherXml))
    );
    let ssdn_other = b"<SSDNReply><ServiceReply><ServiceId>OCMWCPASManageAccess</ServiceId></ServiceReply></SSDNReply>";
    assert!(matches!(
        read("a.xml", ssdn_other),
        Err(ImportError::UnknownFormat {
            seems: Seems::OtherXml,
            ..
        })
    ));
    for e in [
        ImportError::TooLarge,
        ImportError::Malformed,
        unknown("x", Seems::Zip),
    ] {
        assert_eq!(e.to_string(), e.to_string().to_lowercase());
    }
}

#[test]
fn size_is_checked_before_parsing() {
    let mut big = b"<a>".to_vec();
    big.resize(MAX_FILE_BYTES + 1, b' ');
    assert_eq!(read("big.xml", &big), Err(ImportError::TooLarge));
    let exactly = vec![b' '; MAX_FILE_BYTES];
    assert_eq!(read("spaces.xml", &exactly), Err(ImportError::NotXml));
}

#[test]
fn truncated_and_deep_xml() {
    let bytes = std::fs::read(fixtures().join("tx25_v2_fr.xml")).unwrap();
    for cut in [bytes.len() / 3, bytes.len() / 2, bytes.len() - 20] {
        assert_eq!(
            read("t.xml", &bytes[..cut]),
            Err(ImportError::Malformed),
            "{cut}"
        );
    }
    let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
    assert_eq!(read("deep.xml", deep.as_bytes()), Err(ImportError::TooDeep));
    let unclosed = "<a>".repeat(200_000);
    assert_eq!(
        read("deep.xml", unclosed.as_bytes()),
        Err(ImportError::TooDeep)
    );
    let wide = format!("<a>{}</a>", "<b/>".repeat(300_000));
    assert_eq!(
        read("wide.xml", wide.as_bytes()),
        Err(ImportError::TooManyElements)
    );
}

fn persoon_with(doctype: &str, surname: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>{doctype}<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie></Context>
        <Antwoorden><Antwoord><Inhoud><Persoon><INSZ>86661512345</INSZ><Naam><Achternamen><Achternaam>{surname}</Achternaam></Achternamen></Naam></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>"#
    )
}

#[test]
fn entities_are_never_expanded() {
    let xxe = persoon_with(
        r#"<!DOCTYPE w [<!ENTITY naam "UITGEBREID"><!ENTITY ext SYSTEM "file:///etc/passwd">]>"#,
        "&naam;&ext;&amp;&#233;",
    );
    let a = read("e.xml", xxe.as_bytes()).unwrap();
    let name = &facts(&a, L::NAME)[0].value;
    assert_eq!(name, "&naam;&ext;&é");
    assert!(!a
        .all_facts()
        .any(|f| f.value.contains("UITGEBREID") || f.value.contains("root:")));

    let mut laughs = String::from(r#"<!DOCTYPE w [<!ENTITY lol "lol">"#);
    for i in 1..=9 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        laughs.push_str(&format!(
            r#"<!ENTITY lol{i} "{}">"#,
            format!("&{prev};").repeat(10)
        ));
    }
    laughs.push_str("]>");
    let bomb = persoon_with(&laughs, &"&lol9;".repeat(100));
    let a = read("bomb.xml", bomb.as_bytes()).unwrap();
    let name = &facts(&a, L::NAME)[0].value;
    assert!(name.len() < 1_000, "{}", name.len());
    assert!(name.starts_with("&lol9;"));
}

/// Whether a text holds 11 digits in a row (national numbers, also written "980526 001-51").
fn has_national_number(text: &str) -> bool {
    let mut run = 0;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 11 {
                return true;
            }
        } else if matches!(c, ' ' | '-' | '.' | '/')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            continue;
        } else {
            run = 0;
        }
    }
    false
}

const NAME_LABELS: [&str; 12] = [
    L::NAME,
    L::PERSON,
    L::SPOUSE,
    L::PARTNER,
    L::PARENT,
    L::CHILD,
    L::REUNIFIER,
    L::GUARDIAN_NAME,
    L::OWNER,
    L::WORKER,
    L::BENEFICIARY,
    L::NATIONAL_NUMBER,
];

#[test]
fn print_labels_hold_no_name_street_or_national_number() {
    let mut files = xml_files(&fixtures());
    if let Some(dir) = samples() {
        files.extend(xml_files(&dir));
    }
    let mut checked = 0;
    for path in &files {
        let a = load(path);
        let mut secrets: Vec<String> = Vec::new();
        for f in a.all_facts().filter(|f| f.identifying) {
            if NAME_LABELS.contains(&f.label.as_str()) {
                secrets.extend(
                    f.value
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().count() >= 3)
                        .map(str::to_lowercase),
                );
            } else if let Some((street, _)) = f.value.split_once(", ") {
                let street: String = street
                    .chars()
                    .filter(|c| c.is_alphabetic() || *c == ' ')
                    .collect();
                let street = street
                    .split_whitespace()
                    .filter(|w| *w != L::BOX)
                    .collect::<Vec<_>>()
                    .join(" ");
                if street.chars().count() >= 4 {
                    secrets.push(street.to_lowercase());
                }
            }
        }
        for e in &a.events {
            let p = e.print_label.to_lowercase();
            assert!(
                !has_national_number(&p),
                "{}: {}",
                path.display(),
                e.print_label
            );
            let words: Vec<&str> = p.split(|c: char| !c.is_alphabetic()).collect();
            for s in &secrets {
                let hit = if s.contains(' ') {
                    p.contains(s.as_str())
                } else {
                    words.contains(&s.as_str())
                };
                assert!(
                    !hit,
                    "{}: print label {:?} holds {s:?}",
                    path.display(),
                    e.print_label
                );
            }
            checked += 1;
        }
    }
    println!("checked {checked} print labels");
    assert!(checked > 50);
    assert!(has_national_number("980526 001-51") && has_national_number("67722499797"));
    assert!(!has_national_number("2015-04-01") && !has_national_number("€ 1.234,56"));
}
