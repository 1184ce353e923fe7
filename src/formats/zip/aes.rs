//! WinZip AES (AE-1 and AE-2) decryption of one entry's data: PBKDF2-HMAC-SHA1 (1000 rounds,
//! fixed by the format) gives the AES key, the HMAC key and a 2-byte password check; the data
//! are AES in counter mode (little-endian counter from 1); the last 10 bytes are
//! HMAC-SHA1-80 over the encrypted data, checked before anything is decrypted.
//!
//! [`Stretch`] computes the PBKDF2 a number of iterations at a time, so that the opener page can
//! yield between steps: one derivation is about 30 ms at 4x CPU, and every password candidate
//! needs its own. The `pbkdf2` crate computes it in one call only; the tests compare the two.

use aes::cipher::consts::U16;
use aes::cipher::{BlockCipherEncrypt, KeyInit};
use hmac::{Mac, SimpleHmacReset};
use sha1::Sha1;
use zeroize::Zeroizing;

/// The same HMAC type as the `zip` crate's writer, so a page that seals as zip links one.
type HmacSha1 = SimpleHmacReset<Sha1>;

const ROUNDS: u32 = 1000;
const CHECK: usize = 2;
const TAG: usize = 10;
const SHA1_LEN: usize = 20;

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

/// Bytes of key material an entry of `bits` needs: AES key, HMAC key, password check.
pub fn derived_len(bits: u16) -> Option<usize> {
    key_len(bits).map(|n| 2 * n + CHECK)
}

/// The salt at the start of an entry's stored data (half the key length).
pub fn salt(data: &[u8], bits: u16) -> Result<&[u8], AesFailure> {
    let n = key_len(bits).ok_or(AesFailure::Damaged)?;
    if data.len() < n / 2 + CHECK + TAG {
        return Err(AesFailure::Damaged);
    }
    Ok(&data[..n / 2])
}

/// PBKDF2-HMAC-SHA1 (1000 iterations) of a password and salt, a number of iterations at a time.
pub struct Stretch {
    mac: HmacSha1,
    salt: Vec<u8>,
    out: Zeroizing<Vec<u8>>,
    /// The output block being computed (from 0), and its iterations done.
    block: usize,
    done: u32,
    u: Zeroizing<[u8; SHA1_LEN]>,
    t: Zeroizing<[u8; SHA1_LEN]>,
}

impl Stretch {
    /// The key material of an entry of `bits` ([`derived_len`]; none for a key length WinZip
    /// AES does not have: decrypting with it reports damage).
    pub fn new(password: &[u8], salt: &[u8], bits: u16) -> Stretch {
        let len = derived_len(bits).unwrap_or(0);
        Stretch {
            mac: <HmacSha1 as KeyInit>::new_from_slice(password).expect("any key size"),
            salt: salt.to_vec(),
            out: Zeroizing::new(vec![0; len]),
            block: 0,
            done: 0,
            u: Zeroizing::new([0; SHA1_LEN]),
            t: Zeroizing::new([0; SHA1_LEN]),
        }
    }

    fn blocks(&self) -> usize {
        self.out.len().div_ceil(SHA1_LEN)
    }

    /// Runs the next `count` iterations; true once the key material is complete.
    pub fn run(&mut self, count: u32) -> bool {
        let mut left = count;
        while self.block < self.blocks() && left > 0 {
            let mut mac = self.mac.clone();
            if self.done == 0 {
                mac.update(&self.salt);
                mac.update(&(self.block as u32 + 1).to_be_bytes());
            } else {
                mac.update(&self.u[..]);
            }
            self.u.copy_from_slice(&mac.finalize().into_bytes());
            for (t, u) in self.t.iter_mut().zip(self.u.iter()) {
                *t = if self.done == 0 { *u } else { *t ^ u };
            }
            self.done += 1;
            left -= 1;
            if self.done == ROUNDS {
                let start = self.block * SHA1_LEN;
                let end = (start + SHA1_LEN).min(self.out.len());
                self.out[start..end].copy_from_slice(&self.t[..end - start]);
                self.block += 1;
                self.done = 0;
            }
        }
        self.block == self.blocks()
    }

    /// The key material (every iteration must have run: [`Stretch::run`] returned true).
    pub fn key(self) -> Zeroizing<Vec<u8>> {
        self.out
    }
}

/// The key material for an entry of `bits` ([`Stretch`]), derived here in one pass.
pub fn derive(password: &[u8], salt: &[u8], bits: u16) -> Zeroizing<Vec<u8>> {
    let mut stretch = Stretch::new(password, salt, bits);
    stretch.run(u32::MAX);
    stretch.key()
}

/// Decrypts `data` (salt, check, ciphertext, code) with the key material `derived` from the
/// password and the salt ([`derive`] or [`Stretch`]).
pub fn decrypt(data: &[u8], bits: u16, derived: &[u8]) -> Result<Zeroizing<Vec<u8>>, AesFailure> {
    let n = key_len(bits).ok_or(AesFailure::Damaged)?;
    let salt_len = salt(data, bits)?.len();
    if derived.len() != 2 * n + CHECK {
        return Err(AesFailure::Damaged);
    }
    let (_, rest) = data.split_at(salt_len);
    let (check, rest) = rest.split_at(CHECK);
    let (cipher_text, tag) = rest.split_at(rest.len() - TAG);
    if derived[2 * n..] != *check {
        return Err(AesFailure::WrongPassword);
    }
    let mut mac = <HmacSha1 as KeyInit>::new_from_slice(&derived[n..2 * n])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretch_in_steps_equals_the_pbkdf2_crate() {
        for bits in [128u16, 192, 256] {
            let len = derived_len(bits).unwrap();
            let mut expected = vec![0u8; len];
            pbkdf2::pbkdf2::<HmacSha1>(b"geheim", b"zout1234", ROUNDS, &mut expected).unwrap();
            assert_eq!(&derive(b"geheim", b"zout1234", bits)[..], &expected[..]);
            for step in [1, 7, 999, 1000, 1001] {
                let mut stretch = Stretch::new(b"geheim", b"zout1234", bits);
                let mut steps = 1;
                while !stretch.run(step) {
                    steps += 1;
                }
                assert_eq!(
                    &stretch.key()[..],
                    &expected[..],
                    "{bits} bits, step {step}"
                );
                assert_eq!(
                    steps,
                    (len.div_ceil(SHA1_LEN) * ROUNDS as usize).div_ceil(step as usize)
                );
            }
        }
    }

    #[test]
    fn a_key_length_winzip_does_not_have_is_damage() {
        assert!(derive(b"geheim", b"zout", 100).is_empty());
        assert_eq!(
            decrypt(&[0; 64], 100, &[]).unwrap_err(),
            AesFailure::Damaged
        );
        assert_eq!(
            decrypt(&[0; 64], 256, &[0; 3]).unwrap_err(),
            AesFailure::Damaged
        );
    }
}
