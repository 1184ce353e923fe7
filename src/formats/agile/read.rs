//! Decrypts a Word document with a password (ECMA-376 Agile, SHA-512 and AES-256 as Office
//! 2013+, LibreOffice and our writer use), checking the password with the verifier and the
//! whole package with the data-integrity HMAC before anything is returned. Untrusted input:
//! sizes and the spin count are bounded before any work.

use super::base64::decode;
use super::keys::{block_key, iv};
use super::{
    BLOCK_HMAC_KEY, BLOCK_HMAC_VALUE, BLOCK_KEY_VALUE, BLOCK_VERIFIER_INPUT, BLOCK_VERIFIER_VALUE,
    SEGMENT,
};
use crate::formats::cbc;
use crate::formats::derive::{Derivation, Derived, Request};
use hmac::{Hmac, KeyInit, Mac};
use quick_xml::events::Event;
use sha2::{Digest, Sha512};
use std::io::{Cursor, Read};
use zeroize::Zeroizing;

/// The largest compound file we open, and the largest document inside it.
pub const MAX_FILE: usize = 20 * 1024 * 1024;
pub const MAX_DOCUMENT: u64 = 50 * 1024 * 1024;
/// Office writes 100,000; refusing more than ten times that bounds the work a hostile file can
/// ask for (under `cargo fuzz`, `cfg(fuzzing)`, only cheap ones).
pub const MAX_SPIN_COUNT: u32 = if cfg!(fuzzing) { 16 } else { 1_000_000 };

/// Why a protected Word document could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgileError {
    /// Not an OLE compound file, or one without EncryptionInfo/EncryptedPackage.
    NotProtectedDocument,
    /// Office 2007's "Standard" or another encryption we do not read.
    UnsupportedEncryption,
    /// A descriptor or stream that does not hold together.
    Damaged,
    TooLarge,
    WrongPassword,
    /// The password is right but the integrity check fails: changed or damaged on the way.
    IntegrityFailed,
    /// Not a failure: called with [`decrypt_with`], the caller derives this password hash and
    /// calls again.
    KeyNeeded(Request),
}

impl std::fmt::Display for AgileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AgileError::NotProtectedDocument => "not a password-protected office document",
            AgileError::UnsupportedEncryption => "an office encryption we do not read",
            AgileError::Damaged => "the protected document is damaged",
            AgileError::TooLarge => "the protected document is too large",
            AgileError::WrongPassword => "wrong password",
            AgileError::IntegrityFailed => "the document's integrity check failed",
            AgileError::KeyNeeded(_) => "a key derivation is needed",
        })
    }
}

impl std::error::Error for AgileError {}

/// The parts of the descriptor we need.
#[derive(Default)]
struct Descriptor {
    key_salt: Vec<u8>,
    hmac_key: Vec<u8>,
    hmac_value: Vec<u8>,
    spin: u32,
    password_salt: Vec<u8>,
    verifier_input: Vec<u8>,
    verifier_hash: Vec<u8>,
    key_value: Vec<u8>,
    supported: bool,
}

fn attribute(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| String::from_utf8(a.value.into_owned()).ok())
}

fn descriptor(xml: &str) -> Result<Descriptor, AgileError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut d = Descriptor::default();
    let (mut key_data, mut encrypted_key) = (false, false);
    loop {
        match reader.read_event().map_err(|_| AgileError::Damaged)? {
            Event::Start(e) | Event::Empty(e) => {
                let b64 = |n: &[u8]| attribute(&e, n).and_then(|v| decode(&v));
                let algorithms_ok = attribute(&e, b"hashAlgorithm").as_deref() == Some("SHA512")
                    && attribute(&e, b"cipherAlgorithm").as_deref() == Some("AES")
                    && attribute(&e, b"keyBits").as_deref() == Some("256")
                    && attribute(&e, b"cipherChaining").as_deref() == Some("ChainingModeCBC");
                match e.local_name().as_ref() {
                    b"keyData" => {
                        key_data = algorithms_ok;
                        d.key_salt = b64(b"saltValue").unwrap_or_default();
                    }
                    b"dataIntegrity" => {
                        d.hmac_key = b64(b"encryptedHmacKey").unwrap_or_default();
                        d.hmac_value = b64(b"encryptedHmacValue").unwrap_or_default();
                    }
                    b"encryptedKey" => {
                        encrypted_key = algorithms_ok;
                        d.spin = attribute(&e, b"spinCount")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(u32::MAX);
                        d.password_salt = b64(b"saltValue").unwrap_or_default();
                        d.verifier_input = b64(b"encryptedVerifierHashInput").unwrap_or_default();
                        d.verifier_hash = b64(b"encryptedVerifierHashValue").unwrap_or_default();
                        d.key_value = b64(b"encryptedKeyValue").unwrap_or_default();
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    d.supported = key_data && encrypted_key;
    Ok(d)
}

fn stream(
    file: &mut cfb::CompoundFile<Cursor<&[u8]>>,
    name: &str,
    max: u64,
) -> Result<Vec<u8>, AgileError> {
    let mut s = file
        .open_stream(name)
        .map_err(|_| AgileError::NotProtectedDocument)?;
    if s.len() > max {
        return Err(AgileError::TooLarge);
    }
    let mut out = Vec::new();
    s.by_ref()
        .take(max + 1)
        .read_to_end(&mut out)
        .map_err(|_| AgileError::Damaged)?;
    Ok(out)
}

/// AES-256-CBC decryption of a field whose length must be a whole number of blocks.
fn open_field(
    key: &[u8; 32],
    iv: &[u8; 16],
    data: &[u8],
    keep: usize,
) -> Result<Zeroizing<Vec<u8>>, AgileError> {
    if data.is_empty() || data.len() % 16 != 0 || data.len() < keep {
        return Err(AgileError::Damaged);
    }
    let mut out = Zeroizing::new(data.to_vec());
    cbc::decrypt(key, iv, &mut out);
    out.truncate(keep);
    Ok(out)
}

fn array<const N: usize>(v: &[u8]) -> Result<[u8; N], AgileError> {
    v.get(..N)
        .and_then(|s| s.try_into().ok())
        .ok_or(AgileError::Damaged)
}

/// Whether these bytes are an OLE compound file (the container of protected Office files).
pub fn is_compound_file(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The decrypted `.docx` (or other package) inside a protected Office file. Derives the password
/// hash on the spot, in one pass.
pub fn decrypt(file: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>, AgileError> {
    decrypt_with(file, password, &mut Derived::here())
}

/// As [`decrypt`], with the password hashes the caller derived ([`Derived::given`]): a missing
/// one is [`AgileError::KeyNeeded`].
pub fn decrypt_with(
    file: &[u8],
    password: &str,
    keys: &mut Derived,
) -> Result<Zeroizing<Vec<u8>>, AgileError> {
    if file.len() > MAX_FILE {
        return Err(AgileError::TooLarge);
    }
    if !is_compound_file(file) {
        return Err(AgileError::NotProtectedDocument);
    }
    let mut cfb = cfb::CompoundFile::open(Cursor::new(file)).map_err(|_| AgileError::Damaged)?;
    let info = stream(&mut cfb, "/EncryptionInfo", 1024 * 1024)?;
    let package = stream(&mut cfb, "/EncryptedPackage", MAX_DOCUMENT + 4096)?;
    match info.get(..4) {
        Some([4, 0, 4, 0]) => {}
        Some(_) => return Err(AgileError::UnsupportedEncryption),
        None => return Err(AgileError::Damaged),
    }
    let xml = std::str::from_utf8(info.get(8..).ok_or(AgileError::Damaged)?)
        .map_err(|_| AgileError::Damaged)?;
    let d = descriptor(xml)?;
    if !d.supported {
        return Err(AgileError::UnsupportedEncryption);
    }
    if d.spin > MAX_SPIN_COUNT {
        return Err(AgileError::Damaged);
    }
    let password_salt: [u8; 16] = array(&d.password_salt)?;
    let key_salt: [u8; 16] = array(&d.key_salt)?;

    // The password: the verifier input's hash must match the verifier hash.
    let derivation = Derivation::Agile {
        salt: password_salt,
        spin: d.spin,
    };
    let h: [u8; 64] = array(
        &keys
            .key(password, derivation)
            .map_err(AgileError::KeyNeeded)?,
    )?;
    let h = Zeroizing::new(h);
    let input = open_field(
        &block_key(&h, &BLOCK_VERIFIER_INPUT),
        &password_salt,
        &d.verifier_input,
        16,
    )?;
    let expected = open_field(
        &block_key(&h, &BLOCK_VERIFIER_VALUE),
        &password_salt,
        &d.verifier_hash,
        64,
    )?;
    if Sha512::digest(&input[..])[..] != expected[..] {
        return Err(AgileError::WrongPassword);
    }
    let secret: [u8; 32] = array(&open_field(
        &block_key(&h, &BLOCK_KEY_VALUE),
        &password_salt,
        &d.key_value,
        32,
    )?)?;
    let secret = Zeroizing::new(secret);

    // The integrity of the whole package, before anything is decrypted.
    let hmac_key = open_field(&secret, &iv(&key_salt, &BLOCK_HMAC_KEY), &d.hmac_key, 64)?;
    let hmac_value = open_field(
        &secret,
        &iv(&key_salt, &BLOCK_HMAC_VALUE),
        &d.hmac_value,
        64,
    )?;
    let mut mac =
        <Hmac<Sha512> as KeyInit>::new_from_slice(&hmac_key).map_err(|_| AgileError::Damaged)?;
    mac.update(&package);
    mac.verify_slice(&hmac_value)
        .map_err(|_| AgileError::IntegrityFailed)?;

    let size = u64::from_le_bytes(array(&package)?);
    if size > MAX_DOCUMENT {
        return Err(AgileError::TooLarge);
    }
    let body = &package[8..];
    if (body.len() as u64) < size {
        return Err(AgileError::Damaged);
    }
    let mut out = Zeroizing::new(Vec::with_capacity(size as usize));
    for (i, segment) in body.chunks(SEGMENT).enumerate() {
        if out.len() as u64 >= size {
            break;
        }
        let mut plain = Zeroizing::new(segment.to_vec());
        let whole = plain.len() / 16 * 16;
        cbc::decrypt(
            &secret,
            &iv(&key_salt, &(i as u32).to_le_bytes()),
            &mut plain[..whole],
        );
        out.extend_from_slice(&plain[..whole]);
    }
    out.truncate(size as usize);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::write::{encrypt, Randomness};
    use super::*;

    fn randomness() -> Randomness {
        let mut n = 0u8;
        Randomness::draw(&mut |b: &mut [u8]| {
            b.iter_mut().for_each(|x| {
                n = n.wrapping_add(37);
                *x = n;
            });
            Ok::<(), ()>(())
        })
        .unwrap()
    }

    #[test]
    fn round_trips_and_refuses_a_wrong_password_and_tampering() {
        let docx: Vec<u8> = (0..10_000u32).map(|i| (i % 253) as u8).collect();
        let file = encrypt(&docx, "geheim-wachtwoord", &randomness()).unwrap();
        assert!(is_compound_file(&file));
        assert_eq!(&decrypt(&file, "geheim-wachtwoord").unwrap()[..], &docx[..]);
        assert_eq!(
            decrypt(&file, "fout").unwrap_err(),
            AgileError::WrongPassword
        );
        assert_eq!(
            decrypt(b"PK\x03\x04", "x").unwrap_err(),
            AgileError::NotProtectedDocument
        );
        // Flip a byte inside the encrypted package: the integrity check catches it.
        let mut cfb = cfb::CompoundFile::open(Cursor::new(&file[..])).unwrap();
        let package = stream(&mut cfb, "/EncryptedPackage", MAX_DOCUMENT).unwrap();
        let probe = &package[5000..5032];
        let at = file.windows(32).position(|w| w == probe).unwrap();
        let mut tampered = file.clone();
        tampered[at] ^= 1;
        let e = decrypt(&tampered, "geheim-wachtwoord").unwrap_err();
        assert!(
            matches!(e, AgileError::IntegrityFailed | AgileError::Damaged),
            "{e:?}"
        );
    }
}
