//! AES-256 in CBC mode over whole blocks, in place: what both 7zAES and ECMA-376 Agile use.
//! (The `cbc` crate would add a second abstraction for these ten lines.)

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use aes::Aes256;

/// Encrypts `data` (a multiple of 16 bytes) in place.
pub fn encrypt(key: &[u8; 32], iv: &[u8; 16], data: &mut [u8]) {
    debug_assert_eq!(data.len() % 16, 0);
    let cipher = Aes256::new(key.into());
    let mut previous = *iv;
    for block in data.chunks_exact_mut(16) {
        for (b, p) in block.iter_mut().zip(previous.iter()) {
            *b ^= p;
        }
        let block: &mut [u8; 16] = block.try_into().expect("16-byte chunk");
        cipher.encrypt_block(block.into());
        previous = *block;
    }
}

/// Decrypts `data` in place; a trailing partial block is left as it is.
pub fn decrypt(key: &[u8; 32], iv: &[u8; 16], data: &mut [u8]) {
    let cipher = Aes256::new(key.into());
    let mut previous = *iv;
    for block in data.chunks_exact_mut(16) {
        let block: &mut [u8; 16] = block.try_into().expect("16-byte chunk");
        let this = *block;
        cipher.decrypt_block(block.into());
        for (b, p) in block.iter_mut().zip(previous.iter()) {
            *b ^= p;
        }
        previous = this;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let key = [7u8; 32];
        let iv = [9u8; 16];
        let mut data = *b"0123456789abcdef0123456789ABCDEF";
        encrypt(&key, &iv, &mut data);
        assert_ne!(&data, b"0123456789abcdef0123456789ABCDEF");
        decrypt(&key, &iv, &mut data);
        assert_eq!(&data, b"0123456789abcdef0123456789ABCDEF");
    }
}
