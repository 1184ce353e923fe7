//! Lowercase for the texts the KSZ readers compare and show: ASCII, Latin-1 and Latin
//! Extended-A (Dutch, French and German, with their accents, and the other Latin letters of
//! names in the registers). Written out because `str::to_lowercase` brings the whole Unicode
//! case table into the page's wasm (measured in BENCHMARKS.md); other scripts stay as written.

/// One character in lowercase (unchanged outside the ranges above).
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x178 => 0xFF,
        // Latin Extended-A: mostly pairs (capital, small), even then odd…
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        // … odd then even in these two runs.
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// A text in lowercase (see [`lower_char`]).
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_what_the_registers_write_as_the_standard_library_does() {
        let sample = "ÉCOLE Straße ÀÖØÞ ĀĆČĐĘĞĪĶĹĽŁŃŇŊŒŘŚŠŤŪŮŰŸŹŻŽ İ Ω Ж 42";
        for c in sample.chars().filter(|c| (*c as u32) < 0x180 && *c != 'İ') {
            let std: String = c.to_lowercase().collect();
            assert_eq!(lower_char(c).to_string(), std, "{c}");
        }
        assert_eq!(lower("Hoogstraat 63 BUS A"), "hoogstraat 63 bus a");
        // Outside the ranges: as written.
        assert_eq!(lower("Ω Ж"), "Ω Ж");
    }
}
