//! Writes a sample referral (tricky Unicode names, two parents) as `.docx`, in each encrypted
//! format (`sample.zip`, `sample.7z`, `sample-wachtwoord.docx`) and the password into the
//! directory given as first argument. Used by the interop tests in
//! `tests/py/`, for the fuzz seeds (`fuzz/seeds/`) and handy to look at the document by hand.
//! Usage: `sample_referral OUTPUT_DIR [PASSWORD]`.

#[path = "common/sample.rs"]
mod sample;

use std::path::PathBuf;
use toeleiding::document::Template;
use toeleiding::formats::derive::Derived;
use toeleiding::formats::zip as archive;
use toeleiding::formats::{agile, sevenz};
use toeleiding::password::Password;
use toeleiding::refer::{filename, seal, Layout, Sealing};
use toeleiding::{document, random};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: sample_referral OUTPUT_DIR [PASSWORD]"),
    );
    std::fs::create_dir_all(&dir).expect("create output directory");
    let today = sample::today();
    let referral = sample::referral(true);
    let docx = document::write(&referral, today).expect("write docx");
    // An optional second argument fixes the password (for the fuzz seeds, whose password need
    // not pass the agreed-password rule, with cheap work factors); otherwise a generated one
    // and the real `seal` path.
    let entry = filename::document_name(today);
    let (password, zip, seven, protected) = match std::env::args().nth(2) {
        Some(p) => {
            let zip = archive::encrypt(&entry, &docx, &p, [0x11; 16], today).expect("zip");
            let salt = [0x42; 16];
            let key = sevenz::derive_key(&p, &salt, sevenz::CYCLES_POWER);
            let ivs = sevenz::Ivs {
                data: [1; 16],
                header: [2; 16],
            };
            let seven = sevenz::write(
                &entry,
                &docx,
                &key,
                &salt,
                ivs,
                sevenz::write::filetime(today),
            );
            let r = agile::Randomness::draw(&mut random::fill).expect("random");
            let protected = agile::encrypt(&docx, &p, &r).expect("agile");
            (p, zip, seven, protected)
        }
        None => {
            let password = Password::generate_secure().expect("random password");
            let sealed = |how| {
                seal(
                    &referral,
                    &password,
                    today,
                    Layout {
                        template: &Template::builtin(),
                        purpose: document::PURPOSE,
                    },
                    how,
                    &mut random::fill,
                )
                .expect("seal")
                .bytes
                .to_vec()
            };
            let salt = [0x42; 16];
            let randomness = agile::Randomness::draw(&mut random::fill).expect("random");
            let (mut seven_keys, mut word_keys) = (Derived::here(), Derived::here());
            let zip = sealed(Sealing::Zip);
            let seven = sealed(Sealing::SevenZ {
                salt,
                keys: &mut seven_keys,
            });
            let protected = sealed(Sealing::ProtectedDocx {
                randomness: &randomness,
                keys: &mut word_keys,
            });
            (password.expose().to_string(), zip, seven, protected)
        }
    };
    std::fs::write(dir.join("sample.7z"), &seven).expect("write 7z file");
    std::fs::write(dir.join("sample-wachtwoord.docx"), &protected).expect("write protected docx");
    std::fs::write(dir.join(&entry), &docx).expect("write docx file");
    std::fs::write(dir.join("sample.zip"), &zip).expect("write zip file");
    std::fs::write(dir.join("password.txt"), &password).expect("write password");
    println!("{}", dir.join(&entry).display());
}
