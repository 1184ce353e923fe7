//! The long key derivations without a long task on the main thread (issue 20): the `.7z` key
//! (2^19 SHA-256 rounds), the Word password hash (100,000 SHA-512 rounds), both with `sha2`, and
//! the WinZip AES key (PBKDF2-HMAC-SHA1, for each password candidate), a slice at a time;
//! between slices the page's event loop runs, so it keeps showing that it is busy and answers
//! input, and the password never leaves wasm memory. Not WebCrypto: its digest
//! of the 7z message ran on the main thread as one long task (BENCHMARKS.md, "Main thread").
//! Each derivation is measured (`sleutel-7z`, `sleutel-word`, `sleutel-zip`) for the benchmarks
//! and the tests.

use crate::formats::agile::keys::Spin;
use crate::formats::derive::{Derivation, Derived, Request};
use crate::formats::sevenz::Rounds;
use crate::formats::zip::aes::Stretch;
use crate::open::{open_with, OpenError, Opened, Pending};
use crate::ui::browser;
use zeroize::Zeroizing;

/// A slice of work ends once it has run this long; then the event loop runs. Measured against
/// the wall clock, so on a slow (or throttled) computer the slices do less, not take longer.
const SLICE_MS: f64 = 10.0;

/// Rounds per step between clock checks (each step well under a millisecond here).
const SHA256_ROUNDS: u64 = 512;
const SHA512_ROUNDS: u32 = 128;
const PBKDF2_ROUNDS: u32 = 64;

struct Slices {
    since: f64,
}

impl Slices {
    fn new() -> Slices {
        Slices {
            since: browser::now(),
        }
    }

    /// Yields to the event loop if this slice has run long enough.
    async fn tick(&mut self) {
        if browser::now() - self.since >= SLICE_MS {
            browser::yield_now().await;
            self.since = browser::now();
        }
    }
}

/// The key the sealer asks for: the 32-byte `.7z` key or the 64-byte Word H_n. Sealing needs no
/// other (the zip writer derives its own): for any other request there is none, and sealing
/// reports the key as missing. Kept apart from [`open_key`] so that the referral page carries no
/// code of the opener's zip key.
pub async fn seal_key(request: &Request) -> Option<Zeroizing<Vec<u8>>> {
    let password = &request.password;
    Some(match &request.derivation {
        Derivation::SevenZ { salt, cycles } => {
            measured("sleutel-7z", sevenz(password, salt, *cycles)).await
        }
        Derivation::Agile { salt, spin } => {
            measured("sleutel-word", agile(password, salt, *spin)).await
        }
        Derivation::ZipAes { .. } => return None,
    })
}

/// The key the opener asks for: a WinZip AES entry's key material here, the `.7z` key and the
/// Word H_n as the sealer derives them ([`seal_key`] has every derivation but this one, so its
/// `None` cannot happen here).
async fn open_key(request: &Request) -> Zeroizing<Vec<u8>> {
    if let Derivation::ZipAes { salt, bits } = &request.derivation {
        return measured("sleutel-zip", zip_aes(&request.password, salt, *bits)).await;
    }
    seal_key(request).await.unwrap_or_default()
}

/// Runs a derivation after letting the page show that it is busy, measured as `name`.
async fn measured(
    name: &str,
    derivation: impl std::future::Future<Output = Zeroizing<Vec<u8>>>,
) -> Zeroizing<Vec<u8>> {
    browser::yield_now().await;
    let (start, end) = (format!("{name}-start"), format!("{name}-klaar"));
    browser::mark(&start);
    let key = derivation.await;
    browser::mark(&end);
    browser::measure(name, &start, &end);
    key
}

async fn sevenz(password: &str, salt: &[u8], cycles: u8) -> Zeroizing<Vec<u8>> {
    let mut slices = Slices::new();
    let mut rounds = Rounds::new(password, salt, cycles);
    while !rounds.run(SHA256_ROUNDS) {
        slices.tick().await;
    }
    Zeroizing::new(rounds.key().to_vec())
}

async fn agile(password: &str, salt: &[u8; 16], spin: u32) -> Zeroizing<Vec<u8>> {
    let mut slices = Slices::new();
    let mut spins = Spin::new(password, salt, spin);
    while !spins.run(SHA512_ROUNDS) {
        slices.tick().await;
    }
    Zeroizing::new(spins.hash().to_vec())
}

async fn zip_aes(password: &str, salt: &[u8], bits: u16) -> Zeroizing<Vec<u8>> {
    let mut slices = Slices::new();
    let mut stretch = Stretch::new(password.as_bytes(), salt, bits);
    while !stretch.run(PBKDF2_ROUNDS) {
        slices.tick().await;
    }
    stretch.key()
}

/// [`crate::open::open`] as the page runs it: every key the opener asks for is derived here,
/// in slices, and the opener is called again.
pub async fn open(file: &[u8], password: &str) -> Result<Opened, OpenError> {
    let mut keys = Derived::given();
    loop {
        match open_with(file, password, &mut keys) {
            Ok(opened) => return Ok(opened),
            Err(Pending::Failed(e)) => return Err(e),
            Err(Pending::Key(request)) => {
                let key = open_key(&request).await;
                keys.add(request, key);
            }
        }
    }
}
