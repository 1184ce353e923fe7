//! The reader module: *KSZ lezen*'s readers (`toeleiding::ksz::import`) as a wasm of their own,
//! with no imports, that the page instantiates afresh for each file (`src/ui/ksz/reader.rs`) and
//! throws away after it. A cdylib built by `scripts/build.py`, so that the page's own wasm
//! carries none of the readers and starts sooner (BENCHMARKS.md, issue 20).
//!
//! One file at a time, in calls the page can yield between (a large answer's reading was one
//! task of 50-60 ms at 4x CPU): [`reader_input`] (room for the request), [`reader_parse`] (the
//! XML into its tree), [`reader_answer`] (the tree into the result, at [`reader_output`]),
//! [`reader_wipe`] (zeroizes the tree, the request and the result, and drops them). Requests and
//! results are in the format of `toeleiding::ksz::import::wire`.

use std::cell::RefCell;
use toeleiding::ksz::import::wire::{decode_request, encode_result};
use toeleiding::ksz::import::{parse, ImportError, Options, Parsed};
use zeroize::Zeroizing;

#[derive(Default)]
struct State {
    input: Zeroizing<Vec<u8>>,
    options: Options,
    parsed: Option<Parsed>,
    output: Zeroizing<Vec<u8>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

/// Wipes what an earlier file left and makes room for a request of `len` bytes; the page
/// writes the request there.
#[no_mangle]
pub extern "C" fn reader_input(len: usize) -> *mut u8 {
    reader_wipe();
    STATE.with_borrow_mut(|s| {
        s.input = Zeroizing::new(vec![0; len]);
        s.input.as_mut_ptr()
    })
}

/// Parses the request's answer and wipes the request. 1: parsed, call [`reader_answer`];
/// 0: the output holds the error already.
#[no_mangle]
pub extern "C" fn reader_parse() -> u32 {
    STATE.with_borrow_mut(|s| {
        let input = std::mem::take(&mut s.input);
        let parsed = match decode_request(&input) {
            Ok((options, bytes)) => {
                s.options = options;
                parse(bytes)
            }
            Err(_) => Err(ImportError::Unavailable),
        };
        match parsed {
            Ok(p) => {
                s.parsed = Some(p);
                1
            }
            Err(e) => {
                s.output = encode_result(&Err(e));
                0
            }
        }
    })
}

/// Reads the parsed answer into the output (the tree stays until [`reader_wipe`], so that
/// dropping a large one is a task of its own).
#[no_mangle]
pub extern "C" fn reader_answer() {
    STATE.with_borrow_mut(|s| {
        let result = match &s.parsed {
            Some(p) => p.answer("", &s.options),
            None => Err(ImportError::Unavailable),
        };
        s.output = encode_result(&result);
    });
}

/// Where the output is.
#[no_mangle]
pub extern "C" fn reader_output() -> *const u8 {
    STATE.with_borrow(|s| s.output.as_ptr())
}

/// How long the output is.
#[no_mangle]
pub extern "C" fn reader_output_len() -> usize {
    STATE.with_borrow(|s| s.output.len())
}

/// Zeroizes and drops the request, the tree and the output.
#[no_mangle]
pub extern "C" fn reader_wipe() {
    STATE.with_borrow_mut(|s| *s = State::default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use toeleiding::ksz::import::read_with;
    use toeleiding::ksz::import::wire::{decode_result, encode_request};

    /// Does what the page does (`src/ui/ksz/reader.rs`), natively.
    fn through_the_module(options: &Options, bytes: &[u8]) -> Vec<u8> {
        let request = encode_request(options, bytes);
        let at = reader_input(request.len());
        // SAFETY: reader_input made room for exactly request.len() bytes at `at`.
        unsafe { std::ptr::copy_nonoverlapping(request.as_ptr(), at, request.len()) };
        if reader_parse() == 1 {
            reader_answer();
        }
        // SAFETY: the output lives until the next call into the module.
        let out = unsafe { std::slice::from_raw_parts(reader_output(), reader_output_len()) };
        let out = out.to_vec();
        reader_wipe();
        assert_eq!(reader_output_len(), 0);
        out
    }

    #[test]
    fn the_module_reads_as_the_core_does() {
        let fixtures =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/ksz");
        let options = Options {
            own_enterprise_numbers: vec!["0212189676".into()],
            own_nis_codes: vec!["44021".into()],
        };
        let mut read = 0;
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "xml") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let out = through_the_module(&options, &bytes);
            assert_eq!(
                decode_result(&out),
                Ok(read_with("", &bytes, &options)),
                "{}",
                path.display()
            );
            read += 1;
        }
        assert!(read >= 13, "{read} fixtures");
        for (bytes, error) in [
            (&b""[..], ImportError::NotXml),
            (
                b"%PDF-1.7",
                ImportError::UnknownFormat {
                    root: String::new(),
                    seems: toeleiding::ksz::import::Seems::Pdf,
                },
            ),
            (b"<a><b></a>", ImportError::Malformed),
        ] {
            let out = through_the_module(&options, bytes);
            assert_eq!(decode_result(&out), Ok(Err(error)));
        }
    }

    #[test]
    fn a_request_that_is_not_one_is_unavailable() {
        let at = reader_input(3);
        // SAFETY: room for 3 bytes at `at`.
        unsafe { std::ptr::copy_nonoverlapping([9u8, 9, 9].as_ptr(), at, 3) };
        assert_eq!(reader_parse(), 0);
        // SAFETY: as above.
        let out = unsafe { std::slice::from_raw_parts(reader_output(), reader_output_len()) };
        assert_eq!(decode_result(out), Ok(Err(ImportError::Unavailable)));
        reader_wipe();
    }
}
