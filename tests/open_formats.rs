//! The opener recognises every received file by its content: our three formats, 7-Zip's own
//! `.7z` archives, Word documents with and without a password, and what is none of these (PDF,
//! Excel, an old compound file, a zip bomb) gets its own error.

mod common;

use common::{sample_form, today};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use toeleiding::document::{self, Template};
use toeleiding::formats::agile;
use toeleiding::formats::derive::Derived;
use toeleiding::model::parse_referral;
use toeleiding::open::{self, Content, OpenError, Protection, Seems};
use toeleiding::password::Password;
use toeleiding::refer::{seal, Layout, Sealing};

const PASSWORD: &str = "kaneel-vuurtoren-sjaal-knikker-oever";

fn sealed(how: Sealing<'_>) -> Vec<u8> {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let password = Password::agreed(PASSWORD).unwrap();
    let file = seal(
        &referral,
        &password,
        today(),
        Layout {
            template: &Template::builtin(),
            purpose: document::PURPOSE,
        },
        how,
        &mut toeleiding::random::fill,
    )
    .unwrap();
    file.bytes.to_vec()
}

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sevenzip(args: &[&str], dir: &Path) {
    let out = Command::new("7zz")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("7-Zip (7zz) must be installed: run `make test`");
    assert!(out.status.success(), "{out:?}");
}

fn docx() -> Vec<u8> {
    document::write(&parse_referral(&sample_form(), today()).unwrap(), today())
        .unwrap()
        .to_vec()
}

#[test]
fn our_three_formats_open_as_our_referral() {
    let salt = [9u8; 16];
    let randomness = agile::Randomness::draw(&mut toeleiding::random::fill).unwrap();
    let (mut seven_keys, mut word_keys) = (Derived::here(), Derived::here());
    for (bytes, protection) in [
        (sealed(Sealing::Zip), Protection::Aes(256)),
        (
            sealed(Sealing::SevenZ {
                salt,
                keys: &mut seven_keys,
            }),
            Protection::SevenZ { names_hidden: true },
        ),
        (
            sealed(Sealing::ProtectedDocx {
                randomness: &randomness,
                keys: &mut word_keys,
            }),
            Protection::WordPassword,
        ),
    ] {
        let opened =
            open::open(&bytes, PASSWORD).unwrap_or_else(|e| panic!("{protection:?}: {e:?}"));
        assert_eq!(opened.protection, protection);
        assert!(
            matches!(opened.content, Content::Referral(_)),
            "{protection:?}"
        );
        // Pasted from an SMS with spaces for dashes.
        assert!(
            open::open(&bytes, &PASSWORD.replace('-', " ")).is_ok(),
            "{protection:?}"
        );
        assert_eq!(
            open::open(&bytes, "fout-fout").unwrap_err(),
            OpenError::WrongPassword,
            "{protection:?}"
        );
        assert_eq!(
            open::open(&bytes, "").unwrap_err(),
            OpenError::PasswordMissing,
            "{protection:?}"
        );
    }
}

#[test]
fn sevenzip_archives_as_7zip_writes_them_open() {
    let dir = workdir("open-7z");
    std::fs::write(dir.join("verwijzing.docx"), docx()).unwrap();
    std::fs::write(dir.join("notitie.txt"), "nog een bestand").unwrap();
    for (name, args) in [
        ("lzma2-hidden.7z", vec!["-mhe=on"]),
        ("lzma2.7z", vec![]),
        ("copy.7z", vec!["-m0=copy", "-mhe=on"]),
    ] {
        let mut all = vec!["a", "-t7z", "-pgeheim-2026"];
        all.extend(args);
        all.extend([name, "notitie.txt", "verwijzing.docx"]);
        sevenzip(&all, &dir);
        let opened = open::open(&std::fs::read(dir.join(name)).unwrap(), "geheim-2026").unwrap();
        assert_eq!(opened.docx_name, "verwijzing.docx", "{name}");
        assert!(matches!(opened.content, Content::Referral(_)), "{name}");
    }
    sevenzip(
        &[
            "a",
            "-t7z",
            "-pgeheim-2026",
            "-m0=PPMd",
            "ppmd.7z",
            "verwijzing.docx",
        ],
        &dir,
    );
    let err = open::open(&std::fs::read(dir.join("ppmd.7z")).unwrap(), "geheim-2026").unwrap_err();
    assert!(matches!(err, OpenError::UnsupportedMethod(_)), "{err:?}");
    sevenzip(
        &["a", "-t7z", "-pgeheim-2026", "zonder.7z", "notitie.txt"],
        &dir,
    );
    let err = open::open(
        &std::fs::read(dir.join("zonder.7z")).unwrap(),
        "geheim-2026",
    )
    .unwrap_err();
    assert_eq!(err, OpenError::NoDocument);
}

#[test]
fn a_word_document_without_password_opens_and_says_so() {
    let opened = open::open(&docx(), "").unwrap();
    assert_eq!(opened.protection, Protection::PlainWord);
    assert!(matches!(opened.content, Content::Referral(_)));
}

#[test]
fn other_kinds_of_files_are_named() {
    // An Excel workbook (a ZIP package with xl/).
    let mut xlsx = zip::ZipWriter::new(Cursor::new(Vec::new()));
    xlsx.start_file(
        "[Content_Types].xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    xlsx.write_all(b"<Types/>").unwrap();
    xlsx.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    xlsx.write_all(b"<workbook/>").unwrap();
    let xlsx = xlsx.finish().unwrap().into_inner();
    assert_eq!(
        open::open(&xlsx, "x").unwrap_err(),
        OpenError::NotRecognised(Seems::Excel)
    );
    // A compound file without EncryptionInfo (like an old .doc).
    let mut cfb = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    cfb.create_stream("/WordDocument")
        .unwrap()
        .write_all(b"oud")
        .unwrap();
    cfb.flush().unwrap();
    let old = cfb.into_inner().into_inner();
    assert_eq!(
        open::open(&old, "x").unwrap_err(),
        OpenError::NotRecognised(Seems::OldOffice)
    );
    assert_eq!(
        open::open(b"\x89PNG\r\n", "x").unwrap_err(),
        OpenError::NotRecognised(Seems::Image)
    );
}

#[test]
fn a_small_zip_bomb_is_the_document_being_too_large_not_the_file() {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    z.start_file("bom.docx", options).unwrap();
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..(open::MAX_DOCUMENT_BYTES / (1024 * 1024) + 1) {
        z.write_all(&zeros).unwrap();
    }
    let bomb = z.finish().unwrap().into_inner();
    assert!(
        bomb.len() < 1024 * 1024,
        "the bomb itself is small: {}",
        bomb.len()
    );
    assert_eq!(
        open::open(&bomb, "").unwrap_err(),
        OpenError::DocumentTooLarge
    );
}
