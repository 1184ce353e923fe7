//! ZIP, the one module that writes and reads it: the Word package (`write::Package`), the
//! encrypted archive with WinZip AES-256 (`write::encrypt`, AE-2, as 7-Zip writes it), and one
//! bounded reader (`read`) for everything we receive: the OCMW's archive (WinZip AES 128/192/256,
//! AE-1 and AE-2; ZipCrypto refused) and an organisation's Word template.
//!
//! Why our own reader and not the zip crate's: on the referral page the zip crate's reader added
//! 34 KB of code (zip64, extended timestamps, NTFS and Unicode extra fields, their error texts)
//! for files Word and 7-Zip write with none of those; and one reader we bound ourselves is
//! easier to keep bounded than two. Writing stays with the zip crate (its `ZipWriter`).

pub mod aes;
pub mod read;
pub mod write;

pub use read::{decrypt, entry_names, Archive, Entry, ZipError};
pub use write::{encrypt, Package};
