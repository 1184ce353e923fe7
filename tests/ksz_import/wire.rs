//! The wire format between *KSZ lezen*'s page and its reader module: every sample and fixture,
//! and every error, comes back exactly as read; malformed bytes are an error, never a panic.

use super::*;
use toeleiding::ksz::import::wire::{
    decode_request, decode_result, encode_request, encode_result, WireError,
};

fn own() -> Options {
    Options {
        own_enterprise_numbers: vec!["0212189676".into(), "0207.437.468".into()],
        own_nis_codes: vec!["44021".into()],
    }
}

#[test]
fn every_sample_and_fixture_comes_back_as_read() {
    let mut files = xml_files(&fixtures());
    if let Some(dir) = samples() {
        files.extend(xml_files(&dir));
    }
    println!("wire: {} answers", files.len());
    assert!(files.len() >= 13);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let read = read_with("", &bytes, &own());
        assert!(read.is_ok(), "{}", path.display());
        let wire = encode_result(&read);
        assert_eq!(decode_result(&wire), Ok(read), "{}", path.display());
    }
}

#[test]
fn every_error_comes_back_as_made() {
    let errors = [
        ImportError::TooLarge,
        ImportError::NotXml,
        ImportError::Malformed,
        unknown("", Seems::Pdf),
        unknown("w:document", Seems::Docx),
        unknown("html", Seems::Html),
        unknown("x", Seems::Binary),
        ImportError::TooDeep,
        ImportError::TooManyElements,
        ImportError::Unavailable,
    ];
    for e in errors {
        let wire = encode_result(&Err(e.clone()));
        assert_eq!(decode_result(&wire), Ok(Err(e)));
    }
}

#[test]
fn a_request_carries_the_options_and_the_bytes() {
    let bytes = b"<x>\xff\x00</x>";
    let wire = encode_request(&own(), bytes);
    let (options, back) = decode_request(&wire).unwrap();
    assert_eq!(options, own());
    assert_eq!(back, bytes);
    let empty = encode_request(&Options::default(), b"");
    let (options, back) = decode_request(&empty).unwrap();
    assert_eq!((options, back), (Options::default(), &b""[..]));
}

#[test]
fn a_cut_or_changed_result_is_an_error() {
    let answer = fixture("tx25_v2_fr.xml");
    let wire = encode_result(&Ok(answer));
    for end in 0..wire.len() {
        assert!(decode_result(&wire[..end]).is_err(), "cut at {end}");
    }
    let mut longer = wire.to_vec();
    longer.push(0);
    assert_eq!(decode_result(&longer), Err(WireError::Invalid));
    let mut tag = wire.to_vec();
    tag[0] = 2;
    assert_eq!(decode_result(&tag), Err(WireError::Invalid));
    // A count of 2^32 - 1 facts in a few bytes is refused before anything is allocated.
    assert_eq!(
        decode_result(&[1, 3, 0xff, 0xff, 0xff, 0xff]),
        Err(WireError::Truncated)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode_result(&bytes);
        let _ = decode_request(&bytes);
    }

    #[test]
    fn any_changed_byte_decodes_without_panic(at in any::<prop::sample::Index>(), to in any::<u8>()) {
        let wire = encode_result(&Ok(fixture("magda_soap_kadaster.xml")));
        let mut changed = wire.to_vec();
        let i = at.index(changed.len());
        changed[i] = to;
        let _ = decode_result(&changed);
    }
}
