//! The OCMW opener: our archives, real 7-Zip archives of every AES strength, and every kind of
//! bad input (wrong password, truncated, bit-flipped, random bytes, ZipCrypto, no document).

mod common;

use common::{sample_form, today};
use proptest::prelude::*;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use toeleiding::document;
use toeleiding::formats::zip as archive;
use toeleiding::model::{parse_referral, FieldId, ParentField};
use toeleiding::open::docx_text::Block;
use toeleiding::open::vcard;
use toeleiding::open::{self, Content, OpenError, Protection, Seems};
use toeleiding::password::Password;
use toeleiding::refer::filename;

fn our_archive() -> (Vec<u8>, Password) {
    static CACHE: std::sync::OnceLock<(Vec<u8>, Password)> = std::sync::OnceLock::new();
    CACHE.get_or_init(make_our_archive).clone()
}

fn make_our_archive() -> (Vec<u8>, Password) {
    let mut form = sample_form();
    form.add_parent();
    form.set(FieldId::Parent(1, ParentField::FirstName), "Ğülşen".into());
    form.set(FieldId::Parent(1, ParentField::LastName), "محمد".into());
    form.set(
        FieldId::Parent(1, ParentField::Email),
        "gulsen@example.be".into(),
    );
    let referral = parse_referral(&form, today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let password = Password::generate_secure().unwrap();
    let zip = archive::encrypt(
        &filename::document_name(today()),
        &docx,
        password.expose(),
        [3; 16],
        today(),
    )
    .unwrap();
    (zip, password)
}

/// A Word document as another tool would write it: a template with free paragraphs and a table.
fn foreign_docx() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", o).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#).unwrap();
    zip.start_file("word/document.xml", o).unwrap();
    zip.write_all(r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Aanmelding OCMW</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Naam: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Zoë Janssens</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Adres</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kerkstraat 1, 9000 Gent</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `7zz a -tzip -mem=<method> -p<password>` around the given files.
fn sevenzip(method: &str, password: &str, files: &[(&str, &[u8])]) -> Vec<u8> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let d = dir(&format!("open-{method}-{n}"));
    for (name, bytes) in files {
        std::fs::write(d.join(name), bytes).unwrap();
    }
    let mut cmd = Command::new("7zz");
    cmd.args([
        "a",
        "-tzip",
        &format!("-mem={method}"),
        &format!("-p{password}"),
        "out.zip",
    ]);
    cmd.args(files.iter().map(|(n, _)| *n)).current_dir(&d);
    let out = cmd
        .output()
        .expect("7-Zip (7zz) must be installed: run `make test`");
    assert!(out.status.success(), "{out:?}");
    std::fs::read(d.join("out.zip")).unwrap()
}

#[test]
fn opens_our_archive_as_a_structured_referral() {
    let (zip, password) = our_archive();
    let opened = open::open(&zip, password.expose()).unwrap();
    assert_eq!(opened.docx_name, "toeleiding-ocmw-2026-11-22.docx");
    assert_eq!(opened.protection, Protection::Aes(256));
    let Content::Referral(view) = &opened.content else {
        panic!("not recognised: {:?}", opened.content)
    };
    assert_eq!(view.parents.len(), 2);
    let p = &view.parents[0];
    assert_eq!(
        (p.first_name.as_str(), p.last_name.as_str()),
        ("Zoë", "O'Brien-Van den Broeck")
    );
    assert_eq!(p.street_line.as_deref(), Some("Kerkstraat 12A bus 3"));
    assert_eq!(p.municipality_line.as_deref(), Some("9000 Gent"));
    assert_eq!(p.phone.as_deref(), Some("0470 12 34 56"));
    assert_eq!(view.parents[1].last_name, "محمد");
    assert_eq!(view.parents[1].phone, None);
    assert_eq!(view.team.as_deref(), Some("Lokaal team Gent-Noord"));
    assert_eq!(view.worker.as_deref(), Some("An Peeters"));
    assert_eq!(view.worker_phone.as_deref(), Some("09 123 45 67"));
    assert_eq!(view.ocmw.as_deref(), Some("OCMW Gent"));
    assert!(view
        .consent
        .as_deref()
        .unwrap()
        .contains("20 november 2026"));
    assert_eq!(view.date.as_deref(), Some("22 november 2026"));
    let card = vcard::vcard(p);
    assert!(card.contains("TEL;TYPE=CELL:+32470123456"));
}

#[test]
fn pasted_passwords_with_spaces_or_without_dashes_work() {
    let (zip, password) = our_archive();
    let groups: Vec<&str> = password.groups().collect();
    for typed in [
        format!("  {}  ", password.expose()),
        groups.join(" "),
        groups.concat(),
        groups.concat().to_uppercase(),
        format!("{}\n{}", groups[..2].join("-"), groups[2..].join("-")),
    ] {
        assert!(open::open(&zip, &typed).is_ok(), "{typed:?}");
    }
}

#[test]
fn wrong_or_missing_password_is_reported() {
    let (zip, _) = our_archive();
    assert_eq!(
        open::open(&zip, "aaaa-aaaa-aaaa-aaaa").unwrap_err(),
        OpenError::WrongPassword
    );
    assert_eq!(
        open::open(&zip, "  ").unwrap_err(),
        OpenError::PasswordMissing
    );
}

#[test]
fn opens_sevenzip_archives_of_every_aes_strength() {
    let (zip, password) = our_archive();
    let ours = open::open(&zip, password.expose()).unwrap();
    for (method, bits) in [("AES128", 128), ("AES192", 192), ("AES256", 256)] {
        let made = sevenzip(
            method,
            "Geheim wachtwoord 77!",
            &[("verwijzing.docx", &ours.docx)],
        );
        let opened = open::open(&made, "Geheim wachtwoord 77!").unwrap();
        assert_eq!(opened.protection, Protection::Aes(bits));
        assert!(matches!(opened.content, Content::Referral(_)));
        assert_eq!(
            open::open(&made, "fout").unwrap_err(),
            OpenError::WrongPassword,
            "{method}"
        );
    }
}

#[test]
fn any_word_template_is_shown_as_text() {
    let made = sevenzip(
        "AES256",
        "sjabloon-wachtwoord",
        &[("brief.docx", &foreign_docx())],
    );
    let opened = open::open(&made, "sjabloon-wachtwoord").unwrap();
    let Content::Text(blocks) = &opened.content else {
        panic!("expected text")
    };
    assert_eq!(blocks[0], Block::Paragraph("Aanmelding OCMW".into()));
    assert_eq!(blocks[1], Block::Paragraph("Naam: Zoë Janssens".into()));
    assert_eq!(
        blocks[2],
        Block::Table(vec![vec!["Adres".into(), "Kerkstraat 1, 9000 Gent".into()]])
    );
}

#[test]
fn zipcrypto_is_refused() {
    let made = sevenzip("ZipCrypto", "zwak", &[("brief.docx", &foreign_docx())]);
    assert_eq!(open::open(&made, "zwak").unwrap_err(), OpenError::ZipCrypto);
}

#[test]
fn archive_without_document_or_with_a_broken_one() {
    let made = sevenzip("AES256", "x-x-x-x-x", &[("notities.txt", b"hallo")]);
    assert_eq!(
        open::open(&made, "x-x-x-x-x").unwrap_err(),
        OpenError::NoDocument
    );
    let made = sevenzip(
        "AES256",
        "x-x-x-x-x",
        &[("kapot.docx", b"dit is geen docx")],
    );
    assert_eq!(
        open::open(&made, "x-x-x-x-x").unwrap_err(),
        OpenError::InvalidDocument
    );
}

#[test]
fn other_files_truncated_and_too_large() {
    assert_eq!(
        open::open(b"%PDF-1.7 hallo", "x").unwrap_err(),
        OpenError::NotRecognised(Seems::Pdf)
    );
    assert_eq!(
        open::open(&[], "x").unwrap_err(),
        OpenError::NotRecognised(Seems::Unknown)
    );
    assert_eq!(
        open::open(b"gewoon een brief", "x").unwrap_err(),
        OpenError::NotRecognised(Seems::Text)
    );
    let (zip, password) = our_archive();
    for cut in [10, zip.len() / 2, zip.len() - 30] {
        let err = open::open(&zip[..cut], password.expose()).unwrap_err();
        assert!(
            matches!(err, OpenError::Damaged | OpenError::NotRecognised(_)),
            "{cut}: {err:?}"
        );
    }
    let big = vec![0u8; open::MAX_ARCHIVE_BYTES + 1];
    assert_eq!(open::open(&big, "x").unwrap_err(), OpenError::TooLarge);
}

#[test]
fn every_single_bit_flip_in_the_encrypted_data_is_caught() {
    let (zip, password) = our_archive();
    // Local header (30 bytes) + name (31) + AES extra (11) + salt (16) + verifier (2): the
    // encrypted data and its authentication code follow.
    let start = 30 + 31 + 11 + 18;
    for i in (start..start + 400).step_by(7) {
        let mut bad = zip.clone();
        bad[i] ^= 0x10;
        assert!(
            open::open(&bad, password.expose()).is_err(),
            "flip at {i} not caught"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Random bytes never panic.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = open::open(&bytes, "aaaa-aaaa-aaaa-aaaa");
    }

    /// Random damage to a real archive never panics and never yields a different document.
    #[test]
    fn damaged_archives_never_panic(flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..8)) {
        let (zip, password) = our_archive();
        let original = open::open(&zip, password.expose()).unwrap();
        let mut bad = zip.clone();
        for (i, x) in flips {
            let at = i.index(bad.len());
            bad[at] ^= x;
        }
        if let Ok(opened) = open::open(&bad, password.expose()) {
            prop_assert_eq!(opened.docx, original.docx);
        }
    }
}

#[test]
fn fuzz_seeds_cover_each_path() {
    let seed = |name: &str| std::fs::read(Path::new("fuzz/seeds").join(name)).unwrap();
    const PASSWORD: &str = "fuzz-seed-wachtwoord-2026";
    let ours = open::open(&seed("ours-aes256.zip"), PASSWORD).unwrap();
    assert!(matches!(ours.content, Content::Referral(_)));
    assert_eq!(
        open::open(&seed("7zip-aes128.zip"), PASSWORD)
            .unwrap()
            .protection,
        Protection::Aes(128)
    );
    assert_eq!(
        open::open(&seed("7zip-zipcrypto.zip"), PASSWORD).unwrap_err(),
        OpenError::ZipCrypto
    );
    assert_eq!(
        open::open(&seed("unencrypted.zip"), "").unwrap().protection,
        Protection::None
    );
    assert_eq!(
        open::open(&seed("ours.7z"), PASSWORD).unwrap().protection,
        Protection::SevenZ { names_hidden: true }
    );
    assert_eq!(
        open::open(&seed("ours-wachtwoord.docx"), PASSWORD)
            .unwrap()
            .protection,
        Protection::WordPassword
    );
    let xml = String::from_utf8(seed("document.xml")).unwrap();
    assert!(toeleiding::open::docx_text::parse_body(&xml).unwrap().len() > 10);
}

/// WinZip AES checks a password with only 2 bytes, so about one wrong password in 65,536 passes
/// that check and fails later, on the authentication code. Found by search (salt [7; 16]): the
/// candidate "wachtwoord-56439-test" passes the check of "wachtwoord56439test". Typed with spaces,
/// the candidates are tried in the order "wachtwoord 56439 test", "wachtwoord-56439-test" (the
/// false pass) and "wachtwoord56439test" (the right one): the loop must go on to the last.
#[test]
fn a_wrong_candidate_that_passes_the_two_byte_check_does_not_stop_the_search() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let zip = archive::encrypt("a.docx", &docx, "wachtwoord56439test", [7; 16], today()).unwrap();
    let typed = "wachtwoord 56439 test";
    let candidates = open::password_candidates(typed);
    assert_eq!(candidates[1].as_str(), "wachtwoord-56439-test");
    assert_eq!(candidates[2].as_str(), "wachtwoord56439test");
    // The false pass really passes the 2-byte check and then fails: zip says the data is bad.
    let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
    let mut out = Vec::new();
    let read = archive
        .by_index_decrypt(0, b"wachtwoord-56439-test")
        .map(|mut f| std::io::Read::read_to_end(&mut f, &mut out));
    assert!(
        matches!(read, Ok(Err(_))),
        "expected a pass of the check, then an error"
    );
    let opened = open::open(&zip, typed).expect("the last candidate opens it");
    assert!(matches!(opened.content, Content::Referral(_)));
}
