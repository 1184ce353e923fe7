//! Encrypts a `.docx` into a Word document with a password (ECMA-376 Agile).

use super::base64::encode;
use super::keys::{block_key, iv, password_hash};
use super::{
    BLOCK_HMAC_KEY, BLOCK_HMAC_VALUE, BLOCK_KEY_VALUE, BLOCK_VERIFIER_INPUT, BLOCK_VERIFIER_VALUE,
    SEGMENT, SPIN_COUNT,
};
use crate::formats::cbc;
use crate::formats::derive::{Derivation, Request};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha512};
use zeroize::Zeroizing;

/// The random values of one encryption (from the caller's CSPRNG, or fixed in tests).
#[derive(Clone)]
pub struct Randomness {
    pub key_salt: [u8; 16],
    pub password_salt: [u8; 16],
    pub secret_key: Zeroizing<[u8; 32]>,
    pub verifier_input: [u8; 16],
    /// 64 bytes, as LibreOffice writes (Office is known to reject the spec's 16).
    pub hmac_key: Zeroizing<[u8; 64]>,
}

impl Randomness {
    /// Draws every value from `fill`.
    pub fn draw<E>(fill: &mut dyn FnMut(&mut [u8]) -> Result<(), E>) -> Result<Randomness, E> {
        let mut r = Randomness {
            key_salt: [0; 16],
            password_salt: [0; 16],
            secret_key: Zeroizing::new([0; 32]),
            verifier_input: [0; 16],
            hmac_key: Zeroizing::new([0; 64]),
        };
        fill(&mut r.key_salt)?;
        fill(&mut r.password_salt)?;
        fill(&mut r.secret_key[..])?;
        fill(&mut r.verifier_input)?;
        fill(&mut r.hmac_key[..])?;
        Ok(r)
    }
}

/// AES-CBC of `data` padded with zeros to whole blocks.
fn sealed(key: &[u8; 32], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    out.resize(data.len().div_ceil(16) * 16, 0);
    cbc::encrypt(key, iv, &mut out);
    out
}

/// The EncryptedPackage stream: the plaintext size, then 4096-byte segments, each with its IV.
fn package(secret: &[u8; 32], key_salt: &[u8; 16], docx: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + docx.len().div_ceil(16) * 16);
    out.extend_from_slice(&(docx.len() as u64).to_le_bytes());
    for (i, segment) in docx.chunks(SEGMENT).enumerate() {
        let iv = iv(key_salt, &(i as u32).to_le_bytes());
        out.extend_from_slice(&sealed(secret, &iv, segment));
    }
    out
}

/// `UNICODE-LP-P4`: byte length, UTF-16LE, padded to 4 bytes.
fn lp_p4(out: &mut Vec<u8>, text: &str) {
    let units: Vec<u8> = text.encode_utf16().flat_map(|c| c.to_le_bytes()).collect();
    out.extend_from_slice(&(units.len() as u32).to_le_bytes());
    out.extend_from_slice(&units);
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

fn versions(out: &mut Vec<u8>) {
    for _ in 0..3 {
        out.extend_from_slice(&[1, 0, 0, 0]); // major 1, minor 0
    }
}

/// The `\x06DataSpaces` streams (MS-OFFCRYPTO 2.1.5–2.1.9), as Office writes them.
fn data_spaces() -> [(&'static str, Vec<u8>); 4] {
    let mut version = Vec::new();
    lp_p4(&mut version, "Microsoft.Container.DataSpaces");
    versions(&mut version);

    let mut map = vec![8, 0, 0, 0, 1, 0, 0, 0];
    let mut entry = vec![0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
    lp_p4(&mut entry, "EncryptedPackage");
    lp_p4(&mut entry, "StrongEncryptionDataSpace");
    let len = entry.len() as u32;
    entry[..4].copy_from_slice(&len.to_le_bytes());
    map.extend_from_slice(&entry);

    let mut definition = vec![8, 0, 0, 0, 1, 0, 0, 0];
    lp_p4(&mut definition, "StrongEncryptionTransform");

    let mut header = vec![0, 0, 0, 0, 1, 0, 0, 0];
    lp_p4(&mut header, "{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}");
    let len = header.len() as u32;
    header[..4].copy_from_slice(&len.to_le_bytes());
    let mut transform = header;
    lp_p4(&mut transform, "Microsoft.Container.EncryptionTransform");
    versions(&mut transform);
    // EncryptionName (empty), EncryptionBlockSize, CipherMode, Reserved: as Office writes them.
    for v in [0u32, 0, 0, 4] {
        transform.extend_from_slice(&v.to_le_bytes());
    }
    [
        ("/\u{6}DataSpaces/Version", version),
        ("/\u{6}DataSpaces/DataSpaceMap", map),
        (
            "/\u{6}DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace",
            definition,
        ),
        (
            "/\u{6}DataSpaces/TransformInfo/StrongEncryptionTransform/\u{6}Primary",
            transform,
        ),
    ]
}

/// The EncryptionInfo stream: version 4.4, flags 0x40, and the XML descriptor.
fn encryption_info(r: &Randomness, h: &[u8; 64], package: &[u8], spin: u32) -> Vec<u8> {
    let verifier_hash = Sha512::digest(r.verifier_input);
    let encrypted_input = sealed(
        &block_key(h, &BLOCK_VERIFIER_INPUT),
        &r.password_salt,
        &r.verifier_input,
    );
    let encrypted_hash = sealed(
        &block_key(h, &BLOCK_VERIFIER_VALUE),
        &r.password_salt,
        &verifier_hash,
    );
    let encrypted_key = sealed(
        &block_key(h, &BLOCK_KEY_VALUE),
        &r.password_salt,
        &r.secret_key[..],
    );
    let mut mac = <Hmac<Sha512> as KeyInit>::new_from_slice(&r.hmac_key[..]).expect("any key size");
    mac.update(package);
    let hmac_value = mac.finalize().into_bytes();
    let encrypted_hmac_key = sealed(
        &r.secret_key,
        &iv(&r.key_salt, &BLOCK_HMAC_KEY),
        &r.hmac_key[..],
    );
    let encrypted_hmac_value = sealed(
        &r.secret_key,
        &iv(&r.key_salt, &BLOCK_HMAC_VALUE),
        &hmac_value,
    );
    let common = r#"blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512""#;
    let xml = format!(
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n",
            "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\" ",
            "xmlns:p=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\" ",
            "xmlns:c=\"http://schemas.microsoft.com/office/2006/keyEncryptor/certificate\">",
            "<keyData saltSize=\"16\" {common} saltValue=\"{key_salt}\"/>",
            "<dataIntegrity encryptedHmacKey=\"{hmac_key}\" encryptedHmacValue=\"{hmac_value}\"/>",
            "<keyEncryptors><keyEncryptor uri=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">",
            "<p:encryptedKey spinCount=\"{spin}\" saltSize=\"16\" {common} saltValue=\"{password_salt}\" ",
            "encryptedVerifierHashInput=\"{input}\" encryptedVerifierHashValue=\"{hash}\" encryptedKeyValue=\"{key}\"/>",
            "</keyEncryptor></keyEncryptors></encryption>"
        ),
        common = common,
        key_salt = encode(&r.key_salt),
        hmac_key = encode(&encrypted_hmac_key),
        hmac_value = encode(&encrypted_hmac_value),
        spin = spin,
        password_salt = encode(&r.password_salt),
        input = encode(&encrypted_input),
        hash = encode(&encrypted_hash),
        key = encode(&encrypted_key),
    );
    let mut out = vec![4, 0, 4, 0, 0x40, 0, 0, 0];
    out.extend_from_slice(xml.as_bytes());
    out
}

/// The `.docx` bytes encrypted with `password` into a compound file Word opens after asking it.
pub fn encrypt(docx: &[u8], password: &str, r: &Randomness) -> std::io::Result<Vec<u8>> {
    encrypt_with_spin(docx, password, r, SPIN_COUNT)
}

/// As [`encrypt`], with the password hash the caller computed (in steps, or elsewhere):
/// `hash` is H_n of [`password_hash`] over `r.password_salt` and [`SPIN_COUNT`] rounds
/// ([`Randomness::hash_request`] says what to derive).
pub fn encrypt_with_hash(docx: &[u8], hash: &[u8; 64], r: &Randomness) -> std::io::Result<Vec<u8>> {
    write(docx, hash, r, SPIN_COUNT)
}

impl Randomness {
    /// The password hash [`encrypt_with_hash`] needs.
    pub fn hash_request(&self, password: &str) -> Request {
        Request::new(
            password,
            Derivation::Agile {
                salt: self.password_salt,
                spin: SPIN_COUNT,
            },
        )
    }
}

/// As [`encrypt`] with another spin count, for cheap fuzz seeds only. Never use anything but
/// [`SPIN_COUNT`] for real.
#[doc(hidden)]
pub fn encrypt_with_spin(
    docx: &[u8],
    password: &str,
    r: &Randomness,
    spin: u32,
) -> std::io::Result<Vec<u8>> {
    let h = password_hash(password, &r.password_salt, spin);
    write(docx, &h, r, spin)
}

fn write(docx: &[u8], h: &[u8; 64], r: &Randomness, spin: u32) -> std::io::Result<Vec<u8>> {
    let package = package(&r.secret_key, &r.key_salt, docx);
    let info = encryption_info(r, h, &package, spin);
    let spaces = data_spaces();
    let mut streams: Vec<(&str, &[u8])> = spaces.iter().map(|(n, d)| (*n, d.as_slice())).collect();
    streams.push(("/EncryptionInfo", &info));
    streams.push(("/EncryptedPackage", &package));
    let storages = [
        "/\u{6}DataSpaces",
        "/\u{6}DataSpaces/DataSpaceInfo",
        "/\u{6}DataSpaces/TransformInfo",
        "/\u{6}DataSpaces/TransformInfo/StrongEncryptionTransform",
    ];
    crate::formats::compound::write(&storages, &streams)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
}
