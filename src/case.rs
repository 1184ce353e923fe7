//! Lower case for the texts we compare (KSZ labels and descriptions, our own Dutch texts) without
//! the standard library's Unicode case tables, which cost a page about 30 KB of wasm (BENCHMARKS.md,
//! issue 20).
//!
//! [`lower`] equals `str::to_lowercase` for every character up to U+017F (ASCII, Latin-1 and
//! Latin Extended-A: every letter of Dutch, French, German and the other languages written in
//! Latin script in the KSZ's answers), checked character by character in the tests. Any other
//! character is left as it is: no text we compare needs it lowered.

/// `s` in lower case (see the module's note for the characters it lowers).
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

/// `s` with its first character in lower case.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        push_lower(&mut out, first);
    }
    out.push_str(chars.as_str());
    out
}

fn push_lower(out: &mut String, c: char) {
    let u = c as u32;
    let lowered = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        // İ lowers to i and a combining dot above, as in the standard library.
        0x130 => {
            out.push_str("i\u{307}");
            return;
        }
        0x178 => 0xFF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        _ => u,
    };
    out.push(char::from_u32(lowered).unwrap_or(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // the reference
    fn equals_the_standard_library_up_to_latin_extended_a() {
        for u in 0..=0x17F_u32 {
            let c = char::from_u32(u).expect("a scalar value");
            let s = c.to_string();
            assert_eq!(lower(&s), s.to_lowercase(), "U+{u:04X}");
        }
    }

    #[test]
    fn leaves_other_scripts_as_they_are() {
        assert_eq!(lower("ΑΒΓ Жук"), "ΑΒΓ Жук");
        assert_eq!(lower("Vluchteling ÉTÉ Ÿ"), "vluchteling été ÿ");
        assert_eq!(lower_first("Adres"), "adres");
        assert_eq!(lower_first("ÉÉN"), "éÉN");
        assert_eq!(lower_first(""), "");
    }
}
