//! Fuzz target for *KSZ lezen*'s importer: any bytes as a KSZ or MAGDA answer (`read`), what it
//! gives through the reader module's wire format (must come back equal), and combined with itself
//! and with a copy read knowing its own OCMW (`combine`). Must never panic, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toeleiding::ksz::import::wire::{decode_result, encode_result};
use toeleiding::ksz::import::{combine, read, read_with, Options};

fuzz_target!(|data: &[u8]| {
    let result = read("fuzz.xml", data);
    assert_eq!(decode_result(&encode_result(&result)), Ok(result.clone()));
    if let Ok(answer) = result {
        let options = Options {
            own_enterprise_numbers: vec!["0212189676".into()],
            own_nis_codes: vec!["44021".into()],
        };
        let mut answers = vec![answer];
        if let Ok(other) = read_with("fuzz.xml", data, &options) {
            answers.push(other);
        }
        let combined = combine(&answers);
        let _ = toeleiding::ksz::worksheet(&combined.record);
    }
});
