//! WinZip AES (AE-1 and AE-2) decryption of one entry's data: PBKDF2-HMAC-SHA1 (1000 rounds,
//! fixed by the format) gives the AES key, the HMAC key and a 2-byte password check; the data
//! are AES in counter mode (little-endian counter from 1); the last 10 bytes are
//! HMAC-SHA1-80 over the encrypted data, checked before anything is decrypted.

use aes::cipher::consts::U16;
use aes::cipher::{BlockCipherEncrypt, KeyInit};
use hmac::{Mac, SimpleHmacReset};
use sha1::Sha1;
use zeroize::Zeroizing;

const ROUNDS: u32 = 1000;
const CHECK: usize = 2;
const TAG: usize = 10;

/// Why an entry's data do not decrypt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AesFailure {
    /// The 2-byte password check fails (about one wrong password in 65,536 passes it).
    WrongPassword,
    /// The check passed but the authentication code does not: a wrong password that slipped
    /// through the check, or damaged data.
    Unauthentic,
    /// Shorter than salt, check and code.
    Damaged,
}

/// Key length in bytes of AES-128, 192 or 256.
fn key_len(bits: u16) -> Option<usize> {
    matches!(bits, 128 | 192 | 256).then_some(usize::from(bits / 8))
}

fn keystream_apply<C: BlockCipherEncrypt<BlockSize = U16>>(cipher: &C, data: &mut [u8]) {
    let mut counter: u128 = 1;
    for chunk in data.chunks_mut(16) {
        let mut block = counter.to_le_bytes();
        cipher.encrypt_block((&mut block).into());
        for (d, k) in chunk.iter_mut().zip(block.iter()) {
            *d ^= k;
        }
        counter = counter.wrapping_add(1);
    }
}

/// Decrypts `data` (salt, check, ciphertext, code) with `password`.
pub fn decrypt(data: &[u8], bits: u16, password: &[u8]) -> Result<Zeroizing<Vec<u8>>, AesFailure> {
    let n = key_len(bits).ok_or(AesFailure::Damaged)?;
    let salt_len = n / 2;
    if data.len() < salt_len + CHECK + TAG {
        return Err(AesFailure::Damaged);
    }
    let (salt, rest) = data.split_at(salt_len);
    let (check, rest) = rest.split_at(CHECK);
    let (cipher_text, tag) = rest.split_at(rest.len() - TAG);
    let mut derived = Zeroizing::new(vec![0u8; 2 * n + CHECK]);
    pbkdf2::pbkdf2::<SimpleHmacReset<Sha1>>(password, salt, ROUNDS, &mut derived)
        .map_err(|_| AesFailure::Damaged)?;
    if derived[2 * n..] != *check {
        return Err(AesFailure::WrongPassword);
    }
    let mut mac = <SimpleHmacReset<Sha1> as KeyInit>::new_from_slice(&derived[n..2 * n])
        .map_err(|_| AesFailure::Damaged)?;
    mac.update(cipher_text);
    mac.verify_truncated_left(tag)
        .map_err(|_| AesFailure::Unauthentic)?;
    let mut out = Zeroizing::new(cipher_text.to_vec());
    let key = &derived[..n];
    let damaged = |_| AesFailure::Damaged;
    match n {
        16 => keystream_apply(
            &aes::Aes128::new_from_slice(key).map_err(damaged)?,
            &mut out,
        ),
        24 => keystream_apply(
            &aes::Aes192::new_from_slice(key).map_err(damaged)?,
            &mut out,
        ),
        _ => keystream_apply(
            &aes::Aes256::new_from_slice(key).map_err(damaged)?,
            &mut out,
        ),
    }
    Ok(out)
}
