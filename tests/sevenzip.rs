//! Interop: real 7-Zip (`7zz`) opens what we write, refuses a wrong password, and its listing
//! shows no data of the family. A missing 7-Zip is a failure, never a skip.

mod common;

use common::{sample_form, today};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use toeleiding::document::{self, Template};
use toeleiding::formats::zip as archive;
use toeleiding::model::parse_referral;
use toeleiding::password::Password;
use toeleiding::refer::{filename, seal, Layout, Sealing};

fn sevenzip(args: &[&str], dir: &Path) -> Output {
    Command::new("7zz")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("7-Zip (7zz) must be installed: run `make test`, which installs Debian's 7zip")
}

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn sevenzip_opens_our_archive_and_refuses_a_wrong_password() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let password = Password::generate_secure().unwrap();
    // The real path: `seal`, as the UI calls it.
    let sealed = seal(
        &referral,
        &password,
        today(),
        Layout {
            template: &Template::builtin(),
            purpose: document::PURPOSE,
        },
        Sealing::Zip,
        &mut toeleiding::random::fill,
    )
    .unwrap();
    let docx = document::write(&referral, today()).unwrap();
    let entry = filename::document_name(today());
    let dir = workdir("sevenzip-roundtrip");
    let zip_name = sealed.name.clone();
    assert!(zip_name.starts_with("toeleiding-ocmw-") && zip_name.ends_with(".zip"));
    std::fs::write(dir.join(&zip_name), &*sealed.bytes).unwrap();

    // The listing (readable without password) shows AES-256 and no family data.
    let list = sevenzip(&["l", "-slt", &zip_name], &dir);
    let listing = String::from_utf8_lossy(&list.stdout);
    assert!(list.status.success(), "{listing}");
    assert!(listing.contains("Method = AES-256 Deflate"), "{listing}");
    assert!(listing.contains("WzAES"), "{listing}");
    assert!(listing.contains(&format!("Path = {entry}")), "{listing}");
    for secret in ["Zo", "Brien", "Kerkstraat", "0470", "zoe@", "9000"] {
        assert!(!listing.contains(secret), "{secret} in listing:\n{listing}");
    }

    // Wrong password: 7-Zip refuses with exit code 2 and extracts nothing usable.
    let wrong = sevenzip(&["t", "-paaaa-aaaa-aaaa-aaaa", &zip_name], &dir);
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");
    let wrong = sevenzip(
        &["t", &format!("-p{}x", password.expose()), &zip_name],
        &dir,
    );
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");

    // Right password: test and extract give back exactly our document.
    let ok = sevenzip(&["t", &format!("-p{}", password.expose()), &zip_name], &dir);
    assert!(ok.status.success(), "{ok:?}");
    let out = dir.join("out");
    let ok = sevenzip(
        &[
            "x",
            &format!("-p{}", password.expose()),
            &format!("-o{}", out.display()),
            &zip_name,
        ],
        &dir,
    );
    assert!(ok.status.success(), "{ok:?}");
    assert_eq!(std::fs::read(out.join(&entry)).unwrap(), *docx);
}

#[test]
fn we_open_what_sevenzip_writes() {
    let dir = workdir("sevenzip-written");
    std::fs::write(dir.join("brief.txt"), "Zoë & co <test>").unwrap();
    let made = sevenzip(
        &[
            "a",
            "-tzip",
            "-mem=AES256",
            "-pgeheim-wachtwoord",
            "made.zip",
            "brief.txt",
        ],
        &dir,
    );
    assert!(made.status.success(), "{made:?}");
    let zip = std::fs::read(dir.join("made.zip")).unwrap();
    let text = archive::decrypt(&zip, "brief.txt", "geheim-wachtwoord").unwrap();
    assert_eq!(text, "Zoë & co <test>".as_bytes());
    assert!(archive::decrypt(&zip, "brief.txt", "fout").is_err());
}
