//! 7z's variable-length numbers: the count of leading one bits of the first byte says how many
//! little-endian bytes follow.

/// Appends `value` in 7z's number encoding.
pub fn put(out: &mut Vec<u8>, value: u64) {
    for extra in 0..8u32 {
        // With `extra` following bytes the first byte keeps 7 - extra bits of the value.
        let room = 7 - extra;
        if value < (1u64 << (room + 8 * extra)) {
            let mask: u8 = !(0xFFu8 >> extra);
            let high = (value >> (8 * extra)) as u8;
            out.push(mask | high);
            out.extend_from_slice(&value.to_le_bytes()[..extra as usize]);
            return;
        }
    }
    out.push(0xFF);
    out.extend_from_slice(&value.to_le_bytes());
}

/// Reads a number at `*at`, moving past it; `None` if the bytes run out.
pub fn get(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let first = *bytes.get(*at)?;
    *at += 1;
    let extra = first.leading_ones().min(8) as usize;
    let mut value: u64 = 0;
    for i in 0..extra {
        value |= u64::from(*bytes.get(*at + i)?) << (8 * i);
    }
    *at += extra;
    if extra < 8 {
        let high = u64::from(first) & (0xFFu64 >> (extra + 1));
        value |= high << (8 * extra);
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_matches_7zip() {
        for v in [
            0u64,
            1,
            0x7F,
            0x80,
            0x3FFF,
            0x4000,
            1 << 20,
            u32::MAX as u64,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put(&mut out, v);
            let mut at = 0;
            assert_eq!(get(&out, &mut at), Some(v), "{v}");
            assert_eq!(at, out.len());
        }
        let mut out = Vec::new();
        put(&mut out, 0x20);
        put(&mut out, 0x1d);
        assert_eq!(out, [0x20, 0x1d]);
        let mut out = Vec::new();
        put(&mut out, 200);
        assert_eq!(out, [0x80, 200]);
    }
}
