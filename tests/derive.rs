//! The key derivations in steps, as the browser runs them (issue 20: no long task on the main
//! thread), give exactly the keys of the one-pass derivations and of 7-Zip's definition (the
//! SHA-256 of one long message): on files made by 7-Zip (.7z and zip with WinZip AES) and by
//! msoffcrypto-tool (independent writers), on our own sealed files, and through the opener's
//! loop that asks for one key at a time.

use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Command;
use toeleiding::formats::agile::{self, keys};
use toeleiding::formats::derive::{Derivation, Derived, Request};
use toeleiding::formats::sevenz;
use toeleiding::formats::zip::aes as zip_aes;
use toeleiding::open::{self, Pending};
use zeroize::Zeroizing;

/// The 7z key as the page derives it: `sha2` a few thousand rounds at a time.
fn sevenz_in_rounds(request: &Request) -> Zeroizing<Vec<u8>> {
    let Derivation::SevenZ { salt, cycles } = &request.derivation else {
        panic!("not a 7z request");
    };
    let mut rounds = sevenz::Rounds::new(&request.password, salt, *cycles);
    let mut steps = 0;
    while !rounds.run(10_007) {
        steps += 1;
    }
    assert_eq!(steps, (1usize << cycles).div_ceil(10_007) - 1);
    Zeroizing::new(rounds.key().to_vec())
}

/// The Word password hash as the page derives it: 100,000 rounds a thousand at a time.
fn agile_in_steps(request: &Request) -> Zeroizing<Vec<u8>> {
    let Derivation::Agile { salt, spin } = &request.derivation else {
        panic!("not a Word request");
    };
    let mut spins = keys::Spin::new(&request.password, salt, *spin);
    let mut steps = 0;
    while !spins.run(1_000) {
        steps += 1;
    }
    assert_eq!(steps, (*spin as usize).div_ceil(1_000) - 1);
    Zeroizing::new(spins.hash().to_vec())
}

/// The WinZip AES key as the page derives it: PBKDF2 a hundred iterations at a time.
fn zip_in_steps(request: &Request) -> Zeroizing<Vec<u8>> {
    let Derivation::ZipAes { salt, bits } = &request.derivation else {
        panic!("not a zip request");
    };
    let len = zip_aes::derived_len(*bits).unwrap();
    let mut stretch = zip_aes::Stretch::new(request.password.as_bytes(), salt, *bits);
    let mut steps = 0;
    while !stretch.run(100) {
        steps += 1;
    }
    // 1000 iterations for each 20-byte block of key material.
    assert_eq!(steps, len.div_ceil(20) * 10 - 1);
    stretch.key()
}

/// The opener's loop as the page runs it, with `derive` for every key it asks for; returns the
/// result and the requests it made.
fn open_asking(
    file: &[u8],
    password: &str,
    derive: fn(&Request) -> Zeroizing<Vec<u8>>,
) -> (Result<open::Opened, open::OpenError>, Vec<Request>) {
    let mut keys = Derived::given();
    let mut asked = Vec::new();
    loop {
        match open::open_with(file, password, &mut keys) {
            Ok(opened) => return (Ok(opened), asked),
            Err(Pending::Failed(e)) => return (Err(e), asked),
            Err(Pending::Key(request)) => {
                asked.push(request.clone());
                assert!(asked.len() < 20, "asks for keys without end");
                let key = derive(&request);
                assert_eq!(key, request.derive_here(), "{request:?}");
                keys.add(request, key);
            }
        }
    }
}

fn workdir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const MSOFFCRYPTO: &[u8] = include_bytes!("fixtures/agile/msoffcrypto.docx");

#[test]
fn a_word_file_of_msoffcrypto_tool_opens_with_the_hash_in_steps() {
    // Made with `msoffcrypto-tool -e -p Geheim-2026-x` (5.4.2) from a python-docx document.
    let one_pass = agile::decrypt(MSOFFCRYPTO, "Geheim-2026-x").unwrap();
    // Pasted with spaces for dashes: the first candidates are wrong, each its own hash.
    let (opened, asked) = open_asking(MSOFFCRYPTO, "Geheim 2026 x", agile_in_steps);
    let opened = opened.unwrap();
    assert_eq!(&opened.docx[..], &one_pass[..]);
    assert!(asked.len() >= 2, "{asked:?}");
    assert!(asked
        .iter()
        .all(|r| matches!(r.derivation, Derivation::Agile { spin: 100_000, .. })));
    // A wrong password: every candidate asked once, then the answer.
    let (wrong, asked) = open_asking(MSOFFCRYPTO, "fout", agile_in_steps);
    assert_eq!(wrong.unwrap_err(), open::OpenError::WrongPassword);
    assert_eq!(asked.len(), 1);
}

/// Our msoffcrypto-tool fixture's document, archived by 7-Zip with `options` and the password
/// `geheim-2026` into `archive` (in a fresh folder `name`); the archive's bytes.
fn archived_by_7zip(name: &str, options: &[&str], archive: &str) -> Vec<u8> {
    let dir = workdir(name);
    let docx = agile::decrypt(MSOFFCRYPTO, "Geheim-2026-x").unwrap();
    std::fs::write(dir.join("a.docx"), docx.as_slice()).unwrap();
    let out = Command::new("7zz")
        .arg("a")
        .args(options)
        .args(["-pgeheim-2026", archive, "a.docx"])
        .current_dir(&dir)
        .output()
        .expect("7-Zip (7zz) must be installed: run `make test`");
    assert!(out.status.success(), "{out:?}");
    std::fs::read(dir.join(archive)).unwrap()
}

#[test]
fn a_7zip_archive_opens_with_the_key_in_steps() {
    let file = archived_by_7zip("derive-7z", &["-t7z", "-mhe=on"], "a.7z");
    let one_pass = open::open(&file, "geheim-2026").unwrap();
    {
        let (opened, asked) = open_asking(&file, "geheim 2026", sevenz_in_rounds);
        assert_eq!(opened.unwrap().docx, one_pass.docx);
        // 7-Zip uses one salt (an empty one) for header and data: one key per candidate tried.
        assert!(asked.len() >= 2, "{asked:?}");
        for (i, request) in asked.iter().enumerate() {
            assert!(matches!(
                request.derivation,
                Derivation::SevenZ { cycles: 19, .. }
            ));
            assert!(!asked[..i].contains(request), "a key asked twice");
        }
    }
}

#[test]
fn a_7zip_zip_archive_with_winzip_aes_opens_with_the_key_in_steps() {
    for (method, bits) in [("AES128", 128), ("AES256", 256)] {
        let file = archived_by_7zip(
            &format!("derive-zip-{bits}"),
            &["-tzip", &format!("-mem={method}")],
            "a.zip",
        );
        let one_pass = open::open(&file, "geheim-2026").unwrap();
        // Pasted with spaces for dashes: the first candidates are wrong, each its own key.
        let (opened, asked) = open_asking(&file, "geheim 2026", zip_in_steps);
        assert_eq!(opened.unwrap().docx, one_pass.docx);
        assert!(asked.len() >= 2, "{asked:?}");
        for (i, request) in asked.iter().enumerate() {
            assert!(
                matches!(&request.derivation, Derivation::ZipAes { bits: b, salt } if *b == bits && salt.len() == bits as usize / 16),
                "{request:?}"
            );
            assert!(!asked[..i].contains(request), "a key asked twice");
        }
        // A wrong password: every candidate asked once, then the answer.
        let (wrong, asked) = open_asking(&file, "fout", zip_in_steps);
        assert_eq!(wrong.unwrap_err(), open::OpenError::WrongPassword);
        assert_eq!(asked.len(), 1);
    }
}

#[test]
fn our_sealed_word_file_is_what_the_one_pass_writer_makes() {
    let docx = agile::decrypt(MSOFFCRYPTO, "Geheim-2026-x").unwrap();
    let mut n = 0u8;
    let randomness = agile::Randomness::draw(&mut |b: &mut [u8]| {
        b.iter_mut().for_each(|x| {
            n = n.wrapping_add(29);
            *x = n;
        });
        Ok::<(), ()>(())
    })
    .unwrap();
    let request = randomness.hash_request("zon-maan-ster");
    let hash: [u8; 64] = agile_in_steps(&request)[..].try_into().unwrap();
    let stepped = agile::encrypt_with_hash(&docx, &hash, &randomness).unwrap();
    let one_pass = agile::encrypt(&docx, "zon-maan-ster", &randomness).unwrap();
    assert_eq!(stepped, one_pass);
    assert_eq!(
        &agile::decrypt(&stepped, "zon-maan-ster").unwrap()[..],
        &docx[..]
    );
}

#[test]
fn the_7z_key_in_steps_is_derive_key_at_2_19_rounds() {
    let request = sevenz::key_request("abcd-efgh-jkmn-pqrs", &[0x5a; 16]);
    let one_pass = sevenz::derive_key("abcd-efgh-jkmn-pqrs", &[0x5a; 16], sevenz::CYCLES_POWER);
    assert_eq!(&sevenz_in_rounds(&request)[..], &one_pass[..]);
    assert_eq!(
        &Sha256::digest(&sevenz::kdf_message("abcd-efgh-jkmn-pqrs", &[0x5a; 16], 19)[..])[..],
        &one_pass[..]
    );
}
