//! The encrypted file formats people really use, written by the sender and read by the OCMW:
//! [`sevenz`] (7-Zip's own `.7z` with AES-256 and encrypted names) and [`agile`] (a Word
//! document with a password, ECMA-376 Agile encryption in an OLE compound file) and [`zip`]
//! (written with the zip crate, read by our one bounded reader: WinZip AES archives and Word
//! packages). [`derive`] lets a reader's caller run the long key derivations in steps.

pub mod agile;
pub mod cbc;
pub mod compound;
pub mod derive;
pub mod sevenz;
pub mod zip;
