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

fn made_by_sevenzip(dir: &Path, name: &str, args: &[&str], files: &[&str]) -> Vec<u8> {
    let mut all = vec!["a", "-t7z"];
    all.extend_from_slice(args);
    all.push(name);
    all.extend_from_slice(files);
    let made = sevenzip(&all, dir);
    assert!(made.status.success(), "{made:?}");
    std::fs::read(dir.join(name)).unwrap()
}

#[test]
fn we_read_what_sevenzip_writes_by_default_and_with_every_usual_method() {
    use toeleiding::formats::sevenz::read::{open, SevenZError};
    let dir = workdir("sevenz-theirs");
    let text: String = (0..3000)
        .map(|i| format!("regel {i}: Zoë & co\n"))
        .collect();
    std::fs::write(dir.join("brief.docx"), &text).unwrap();
    std::fs::write(dir.join("tweede.txt"), "tweede bestand").unwrap();
    let cases: [(&str, &[&str]); 5] = [
        ("default-hidden.7z", &["-pgeheim", "-mhe=on"]),
        ("default-names.7z", &["-pgeheim"]),
        ("lzma.7z", &["-pgeheim", "-m0=lzma", "-mhe=on"]),
        ("copy.7z", &["-pgeheim", "-m0=copy"]),
        ("plain.7z", &[]),
    ];
    for (name, args) in cases {
        let bytes = made_by_sevenzip(&dir, name, args, &["brief.docx", "tweede.txt"]);
        let encrypted = !args.is_empty();
        let hidden = args.contains(&"-mhe=on");
        if hidden {
            assert_eq!(
                open(&bytes, None).err(),
                Some(SevenZError::PasswordMissing),
                "{name}"
            );
            assert_eq!(
                open(&bytes, Some("fout")).err(),
                Some(SevenZError::WrongPassword),
                "{name}"
            );
        }
        let password = encrypted.then_some("geheim");
        let mut archive = open(&bytes, password).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(archive.names_hidden, hidden, "{name}");
        assert_eq!(archive.encrypted, encrypted, "{name}");
        let names: Vec<&str> = archive.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["brief.docx", "tweede.txt"], "{name}");
        if encrypted && !hidden {
            let mut wrong = open(&bytes, Some("fout")).unwrap();
            assert_eq!(
                wrong.read(0, Some("fout")).err(),
                Some(SevenZError::WrongPassword),
                "{name}"
            );
        }
        assert_eq!(
            &archive.read(0, password).unwrap()[..],
            text.as_bytes(),
            "{name}"
        );
        assert_eq!(
            &archive.read(1, password).unwrap()[..],
            b"tweede bestand",
            "{name}"
        );
    }
}

#[test]
fn our_7z_reads_back_and_damage_is_caught() {
    use toeleiding::formats::sevenz::read::open;
    let contents = b"een kleine referral".to_vec();
    let bytes = ours(&contents);
    let mut archive = open(&bytes, Some(PASSWORD)).unwrap();
    assert_eq!(archive.entries[0].name, "toeleiding-ocmw-2026-11-22.docx");
    assert_eq!(&archive.read(0, Some(PASSWORD)).unwrap()[..], &contents[..]);
    for i in (0..bytes.len()).step_by(5) {
        let mut bad = bytes.clone();
        bad[i] ^= 0x40;
        // Never a panic, never a different document.
        if let Ok(mut a) = open(&bad, Some(PASSWORD)) {
            if let Ok(out) = a.read(0, Some(PASSWORD)) {
                assert_eq!(&out[..], &contents[..], "flip at {i}");
            }
        }
    }
}
