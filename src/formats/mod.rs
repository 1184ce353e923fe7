//! The encrypted file formats people really use, written by the sender and read by the OCMW:
//! [`sevenz`] (7-Zip's own `.7z` with AES-256 and encrypted names) and [`agile`] (a Word
//! document with a password, ECMA-376 Agile encryption in an OLE compound file). The ZIP with
//! WinZip AES lives in `refer::archive` (written) and `open` (read) through the zip crate.

pub mod agile;
pub mod cbc;
pub mod compound;
pub mod sevenz;
