//! Tests of the one ZIP reader: stored and deflated parts, every WinZip AES strength and
//! version, ZipCrypto, cut files and lying directories.

use super::*;
use std::io::{Cursor, Write};

fn zip(files: &[(&str, &[u8], ::zip::CompressionMethod)]) -> Vec<u8> {
    let mut z = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data, method) in files {
        let options = ::zip::write::SimpleFileOptions::default().compression_method(*method);
        z.start_file(*name, options).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn reads_stored_and_deflated_parts_and_checks_them() {
    let text = "Zoë ".repeat(1000);
    let bytes = zip(&[
        ("a.xml", text.as_bytes(), ::zip::CompressionMethod::Deflated),
        ("b/c.xml", b"stored", ::zip::CompressionMethod::Stored),
    ]);
    let got = entries(&bytes, 10, 1 << 20).unwrap();
    assert_eq!(got[0], ("a.xml".to_string(), text.into_bytes()));
    assert_eq!(got[1], ("b/c.xml".to_string(), b"stored".to_vec()));
    assert_eq!(entries(&bytes, 1, 1 << 20), Err(ZipError::TooLarge));
    assert_eq!(entries(&bytes, 10, 100), Err(ZipError::TooLarge));
    assert_eq!(entries(b"no zip at all", 10, 100), Err(ZipError::NotZip));
    // A flipped byte in the stored part fails its CRC.
    let mut broken = bytes.clone();
    let at = broken.windows(6).position(|w| w == b"stored").unwrap();
    broken[at] = b'S';
    assert_eq!(entries(&broken, 10, 1 << 20), Err(ZipError::Damaged));
    // Every cut of the file is refused, never a panic.
    for cut in 0..bytes.len() {
        assert!(
            entries(&bytes[..cut], 10, 1 << 20).is_err(),
            "cut {cut} of {}",
            bytes.len()
        );
    }
}

#[test]
fn winzip_aes_of_every_strength_and_both_versions_opens_with_its_password_only() {
    for mode in [
        ::zip::AesMode::Aes128,
        ::zip::AesMode::Aes192,
        ::zip::AesMode::Aes256,
    ] {
        // The seekable writer writes AE-1 (CRC stored) for 20 bytes or more, the stream
        // writer AE-2: both are read.
        let contents = "vertrouwelijk ".repeat(50);
        for stream in [false, true] {
            let options = ::zip::write::SimpleFileOptions::default()
                .compression_method(::zip::CompressionMethod::Deflated)
                .with_aes_encryption(mode, "geheim");
            let bytes = if stream {
                let mut z = ::zip::ZipWriter::new_stream(Vec::new());
                z.start_file("a.docx", options).unwrap();
                z.write_all(contents.as_bytes()).unwrap();
                z.finish().unwrap().into_inner()
            } else {
                let mut z = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
                z.start_file("a.docx", options).unwrap();
                z.write_all(contents.as_bytes()).unwrap();
                z.finish().unwrap().into_inner()
            };
            let archive = Archive::open(&bytes, 10).unwrap();
            assert!(matches!(
                archive.entries[0].protection,
                Protection::Aes { .. }
            ));
            let got = archive
                .read_with_password(0, Some("geheim"), 1 << 20)
                .unwrap();
            assert_eq!(got.as_slice(), contents.as_bytes(), "{mode:?} {stream}");
            assert_eq!(
                archive.read_with_password(0, Some("fout"), 1 << 20),
                Err(ZipError::WrongPassword)
            );
            assert_eq!(
                archive.read_with_password(0, None, 1 << 20),
                Err(ZipError::Encrypted)
            );
            assert_eq!(
                archive.read_with_password(0, Some("geheim"), 10),
                Err(ZipError::TooLarge)
            );
            // A flipped byte of the encrypted data fails the authentication code.
            let mut tampered = bytes.clone();
            let data_at = 30 + "a.docx".len() + 11 + 16 + 2 + 3;
            tampered[data_at] ^= 1;
            let archive = Archive::open(&tampered, 10).unwrap();
            assert!(archive
                .read_with_password(0, Some("geheim"), 1 << 20)
                .is_err());
        }
    }
}

#[test]
fn zipcrypto_is_refused() {
    // Made by 7-Zip with `-tzip -mem=ZipCrypto` (the opener's fuzz seed).
    let bytes = include_bytes!("../../../fuzz/seeds/7zip-zipcrypto.zip");
    let archive = Archive::open(bytes, 10).unwrap();
    assert_eq!(archive.entries[0].protection, Protection::ZipCrypto);
    assert_eq!(
        archive.read_with_password(0, Some("geheim"), 1 << 20),
        Err(ZipError::Encrypted)
    );
}

#[test]
fn a_directory_that_claims_more_entries_than_it_holds_is_damage() {
    let mut bytes = zip(&[("a.xml", b"x", ::zip::CompressionMethod::Stored)]);
    let eocd = bytes.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
    for at in [eocd + 8, eocd + 10] {
        bytes[at..at + 2].copy_from_slice(&5000u16.to_le_bytes());
    }
    assert_eq!(Archive::open(&bytes, 10_000).err(), Some(ZipError::Damaged));
}
