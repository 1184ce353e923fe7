//! Key derivations a reader may leave to its caller. The `.7z` key (2^19 SHA-256 rounds), the
//! Word password hash (100,000 SHA-512 rounds) and the WinZip AES key (PBKDF2, 1000 HMAC-SHA1
//! iterations for each password candidate) are long work: in the browser the page computes
//! them in steps between which it yields, never in one long task. A reader
//! given [`Derived::given`] asks for a key it does not have with a [`Request`]; the caller
//! derives it, [`Derived::add`]s it and calls the reader again. [`Derived::here`] derives what is
//! missing on the spot, in one pass (native code, tests, fuzzing).

use super::agile::keys::password_hash;
use super::sevenz::kdf::derive_key;
use super::zip::aes;
use zeroize::Zeroizing;

/// Which derivation, with its parameters from the file (or the writer's random salt).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Derivation {
    /// 7-Zip's SHA-256 key: salt and `2^cycles` rounds.
    SevenZ { salt: Vec<u8>, cycles: u8 },
    /// The Agile password hash H_n: salt and spin count.
    Agile { salt: [u8; 16], spin: u32 },
    /// A WinZip AES entry's key material: its salt and key length in bits.
    ZipAes { salt: Vec<u8>, bits: u16 },
}

/// A key to derive: the password (wiped on drop) and the derivation.
#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    pub password: Zeroizing<String>,
    pub derivation: Derivation,
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        write!(f, "Request({:?})", self.derivation)
    }
}

impl Request {
    pub fn new(password: &str, derivation: Derivation) -> Request {
        Request {
            password: Zeroizing::new(password.to_string()),
            derivation,
        }
    }

    /// The key, derived here in one pass: 32 bytes for a `.7z`, the 64-byte H_n for Word, the
    /// key material (AES key, HMAC key, password check) for WinZip AES.
    pub fn derive_here(&self) -> Zeroizing<Vec<u8>> {
        match &self.derivation {
            Derivation::SevenZ { salt, cycles } => {
                Zeroizing::new(derive_key(&self.password, salt, *cycles).to_vec())
            }
            Derivation::Agile { salt, spin } => {
                Zeroizing::new(password_hash(&self.password, salt, *spin).to_vec())
            }
            Derivation::ZipAes { salt, bits } => aes::derive(self.password.as_bytes(), salt, *bits),
        }
    }
}

/// Derives a key in one pass ([`Request::derive_here`]).
type DeriveHere = fn(&Request) -> Zeroizing<Vec<u8>>;

/// The keys derived so far (wiped on drop), and how a missing one is derived on the spot, if it
/// is. A function, not a flag: a page that only ever asks ([`Derived::given`]) then carries no
/// code of derivations it never runs (the referral page, the opener's zip key).
#[derive(Clone, Default)]
pub struct Derived {
    here: Option<DeriveHere>,
    keys: Vec<(Request, Zeroizing<Vec<u8>>)>,
}

impl Derived {
    /// Derives a missing key on the spot, in one pass.
    pub fn here() -> Derived {
        Derived {
            here: Some(Request::derive_here),
            keys: Vec::new(),
        }
    }

    /// Only the keys the caller [`Derived::add`]s; a missing one is asked for with a [`Request`].
    pub fn given() -> Derived {
        Derived::default()
    }

    /// A key the caller derived for `request`.
    pub fn add(&mut self, request: Request, key: Zeroizing<Vec<u8>>) {
        self.keys.push((request, key));
    }

    /// The key for `password` and `derivation`: known, derived here, or asked for.
    pub fn key(
        &mut self,
        password: &str,
        derivation: Derivation,
    ) -> Result<Zeroizing<Vec<u8>>, Request> {
        let known = self
            .keys
            .iter()
            .find(|(r, _)| r.password.as_str() == password && r.derivation == derivation);
        if let Some((_, key)) = known {
            return Ok(key.clone());
        }
        let request = Request::new(password, derivation);
        let Some(derive) = self.here else {
            return Err(request);
        };
        let key = derive(&request);
        self.keys.push((request, key.clone()));
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_asks_once_and_then_knows() {
        let mut keys = Derived::given();
        let derivation = Derivation::SevenZ {
            salt: vec![1, 2],
            cycles: 4,
        };
        let request = keys.key("geheim", derivation.clone()).unwrap_err();
        assert_eq!(request.derivation, derivation);
        assert!(!format!("{request:?}").contains("geheim"));
        let key = request.derive_here();
        keys.add(request, key.clone());
        assert_eq!(keys.key("geheim", derivation.clone()).unwrap(), key);
        assert!(keys.key("anders", derivation).is_err());
    }

    #[test]
    fn here_derives_the_same_keys() {
        let mut keys = Derived::here();
        let agile = Derivation::Agile {
            salt: [3; 16],
            spin: 10,
        };
        assert_eq!(
            &keys.key("geheim", agile).unwrap()[..],
            &password_hash("geheim", &[3; 16], 10)[..]
        );
        let sevenz = Derivation::SevenZ {
            salt: vec![],
            cycles: 3,
        };
        assert_eq!(
            &keys.key("geheim", sevenz).unwrap()[..],
            &derive_key("geheim", &[], 3)[..]
        );
    }
}
