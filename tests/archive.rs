//! The encrypted archive, read back with our own reader (7-Zip is in tests/sevenzip.rs).

use proptest::prelude::*;
use toeleiding::date::Date;
use toeleiding::formats::zip::{self as archive, ZipError};
use toeleiding::password::Password;

fn seeded(seed: u8) -> Password {
    let mut n = seed;
    Password::generate(|buf: &mut [u8]| {
        for b in buf.iter_mut() {
            n = n.wrapping_mul(73).wrapping_add(11);
            *b = n;
        }
        Ok::<(), String>(())
    })
    .unwrap()
}

fn date() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

/// Reads the AES extra field (0x9901) of the first local header: (vendor version, strength).
fn aes_extra(zip: &[u8]) -> (u16, u8, u32) {
    assert_eq!(&zip[0..4], b"PK\x03\x04");
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]);
    let crc = u32::from_le_bytes([zip[14], zip[15], zip[16], zip[17]]);
    let name_len = usize::from(u16_at(26));
    let extra_len = usize::from(u16_at(28));
    let mut i = 30 + name_len;
    let end = i + extra_len;
    while i < end {
        let (id, len) = (u16_at(i), usize::from(u16_at(i + 2)));
        if id == 0x9901 {
            return (u16_at(i + 4), zip[i + 8], crc);
        }
        i += 4 + len;
    }
    panic!("no AES extra field");
}

#[test]
fn writes_ae2_aes256_without_crc() {
    let contents = vec![b'x'; 5000];
    let pw = seeded(1);
    let zip = archive::encrypt("a.docx", &contents, pw.expose(), [7; 16], date()).unwrap();
    let (vendor, strength, crc) = aes_extra(&zip);
    assert_eq!(vendor, 2, "AE-2");
    assert_eq!(strength, 3, "AES-256");
    assert_eq!(crc, 0, "AE-2 stores no CRC");
    assert_eq!(
        archive::decrypt(&zip, "a.docx", pw.expose()).unwrap(),
        contents
    );
    assert_eq!(
        archive::entry_names(&zip).unwrap(),
        vec!["a.docx".to_string()]
    );
}

#[test]
fn wrong_password_is_refused() {
    let zip = archive::encrypt("a.docx", b"geheim", seeded(2).expose(), [1; 16], date()).unwrap();
    assert!(matches!(
        archive::decrypt(&zip, "a.docx", "aaaa-aaaa-aaaa-aaaa"),
        Err(ZipError::WrongPassword)
    ));
}

#[test]
fn salt_makes_archives_differ_and_is_deterministic() {
    let pw = seeded(3);
    let a = archive::encrypt("a.docx", b"same", pw.expose(), [1; 16], date()).unwrap();
    let b = archive::encrypt("a.docx", b"same", pw.expose(), [2; 16], date()).unwrap();
    let a2 = archive::encrypt("a.docx", b"same", pw.expose(), [1; 16], date()).unwrap();
    assert_ne!(a, b);
    assert_eq!(a, a2);
}

#[test]
fn plaintext_is_not_visible() {
    let secret = "Zoë O'Brien-Van den Broeck, Kerkstraat 12".repeat(20);
    let zip = archive::encrypt(
        "a.docx",
        secret.as_bytes(),
        seeded(4).expose(),
        [9; 16],
        date(),
    )
    .unwrap();
    let hay = String::from_utf8_lossy(&zip);
    assert!(!hay.contains("Kerkstraat") && !hay.contains("Brien"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    #[test]
    fn round_trips_any_bytes(contents in proptest::collection::vec(any::<u8>(), 0..4000), seed in any::<u8>(), salt in any::<[u8; 16]>()) {
        let pw = seeded(seed);
        let zip = archive::encrypt("x.docx", &contents, pw.expose(), salt, date()).unwrap();
        prop_assert_eq!(archive::decrypt(&zip, "x.docx", pw.expose()).unwrap(), contents);
    }
}
