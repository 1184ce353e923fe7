//! A small reader of the zip container of a Word file: the central directory, stored and
//! deflated parts, each checked against its CRC-32, with bounds on every size.
//!
//! Why not the zip crate's reader: on the referral page it added 34 KB of code (zip64, AES,
//! extended timestamps, NTFS and Unicode extra fields, their error texts), about a third of
//! the page's budget, for files Word writes with none of those. The opener, which must read
//! every archive a worker receives, keeps the zip crate. Inflating is miniz_oxide's, already on
//! the page for the password lists.

/// Why the container cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnzipError {
    /// No end-of-central-directory record: not a zip file.
    NotZip,
    /// A record points outside the file, a part does not inflate or fails its CRC.
    Damaged,
    /// A part is encrypted.
    Encrypted,
    /// More parts or more unpacked bytes than allowed.
    TooLarge,
    /// Zip64, a split archive or a compression other than deflate.
    Unsupported,
}

fn u16_at(b: &[u8], at: usize) -> Result<usize, UnzipError> {
    b.get(at..at.saturating_add(2))
        .map(|s| usize::from(u16::from_le_bytes([s[0], s[1]])))
        .ok_or(UnzipError::Damaged)
}

fn u32_at(b: &[u8], at: usize) -> Result<usize, UnzipError> {
    b.get(at..at.saturating_add(4))
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
        .ok_or(UnzipError::Damaged)
}

/// The end-of-central-directory record: (entries, directory offset, directory size).
fn directory(bytes: &[u8]) -> Result<(usize, usize, usize), UnzipError> {
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = bytes[from..]
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .map(|p| p + from)
        .ok_or(UnzipError::NotZip)?;
    // The whole record, with its comment.
    let comment = u16_at(bytes, at + 20)?;
    if at + 22 + comment > bytes.len() {
        return Err(UnzipError::Damaged);
    }
    let (disk, disk_entries) = (u16_at(bytes, at + 4)?, u16_at(bytes, at + 8)?);
    let entries = u16_at(bytes, at + 10)?;
    let (size, offset) = (u32_at(bytes, at + 12)?, u32_at(bytes, at + 16)?);
    if entries == 0xFFFF || offset == 0xFFFF_FFFF || disk != 0 || disk_entries != entries {
        return Err(UnzipError::Unsupported);
    }
    if offset.checked_add(size).is_none_or(|end| end > at) {
        return Err(UnzipError::Damaged);
    }
    Ok((entries, offset, size))
}

/// Every file of the container (name, bytes), directories left out. At most `max_entries`
/// entries and `max_total` unpacked bytes.
pub fn entries(
    bytes: &[u8],
    max_entries: usize,
    max_total: usize,
) -> Result<Vec<(String, Vec<u8>)>, UnzipError> {
    let (count, offset, size) = directory(bytes)?;
    if count > max_entries {
        return Err(UnzipError::TooLarge);
    }
    let dir = &bytes[offset..offset + size];
    let mut out = Vec::with_capacity(count);
    let (mut at, mut total) = (0usize, 0usize);
    for _ in 0..count {
        if dir.get(at..at + 4) != Some(b"PK\x01\x02") {
            return Err(UnzipError::Damaged);
        }
        let flags = u16_at(dir, at + 8)?;
        let method = u16_at(dir, at + 10)?;
        let crc = u32_at(dir, at + 16)? as u32;
        let (packed, unpacked) = (u32_at(dir, at + 20)?, u32_at(dir, at + 24)?);
        let (name_len, extra_len) = (u16_at(dir, at + 28)?, u16_at(dir, at + 30)?);
        let comment_len = u16_at(dir, at + 32)?;
        let local = u32_at(dir, at + 42)?;
        let name = dir
            .get(at + 46..at + 46 + name_len)
            .ok_or(UnzipError::Damaged)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at += 46 + name_len + extra_len + comment_len;
        if name.ends_with('/') {
            continue;
        }
        if flags & 1 != 0 {
            return Err(UnzipError::Encrypted);
        }
        if packed == 0xFFFF_FFFF || unpacked == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            return Err(UnzipError::Unsupported);
        }
        total = total.saturating_add(unpacked);
        if total > max_total {
            return Err(UnzipError::TooLarge);
        }
        if bytes.get(local..local.saturating_add(4)) != Some(b"PK\x03\x04") {
            return Err(UnzipError::Damaged);
        }
        let start = local
            .saturating_add(30)
            .saturating_add(u16_at(bytes, local.saturating_add(26))?)
            .saturating_add(u16_at(bytes, local.saturating_add(28))?);
        let data = bytes
            .get(start..start.saturating_add(packed))
            .ok_or(UnzipError::Damaged)?;
        let data = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, unpacked)
                .map_err(|_| UnzipError::Damaged)?,
            _ => return Err(UnzipError::Unsupported),
        };
        if data.len() != unpacked || crc32fast::hash(&data) != crc {
            return Err(UnzipError::Damaged);
        }
        out.push((name, data));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn zip(files: &[(&str, &[u8], zip::CompressionMethod)]) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data, method) in files {
            let options = zip::write::SimpleFileOptions::default().compression_method(*method);
            z.start_file(*name, options).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_stored_and_deflated_parts_and_checks_them() {
        let text = "Zoë ".repeat(1000);
        let bytes = zip(&[
            ("a.xml", text.as_bytes(), zip::CompressionMethod::Deflated),
            ("b/c.xml", b"stored", zip::CompressionMethod::Stored),
        ]);
        let got = entries(&bytes, 10, 1 << 20).unwrap();
        assert_eq!(got[0], ("a.xml".to_string(), text.into_bytes()));
        assert_eq!(got[1], ("b/c.xml".to_string(), b"stored".to_vec()));
        assert_eq!(entries(&bytes, 1, 1 << 20), Err(UnzipError::TooLarge));
        assert_eq!(entries(&bytes, 10, 100), Err(UnzipError::TooLarge));
        assert_eq!(entries(b"no zip at all", 10, 100), Err(UnzipError::NotZip));
        // A flipped byte in the stored part fails its CRC.
        let mut broken = bytes.clone();
        let at = broken.windows(6).position(|w| w == b"stored").unwrap();
        broken[at] = b'S';
        assert_eq!(entries(&broken, 10, 1 << 20), Err(UnzipError::Damaged));
        // Every cut of the file is refused, never a panic.
        for cut in 0..bytes.len() {
            assert!(
                entries(&bytes[..cut], 10, 1 << 20).is_err(),
                "cut {cut} of {}",
                bytes.len()
            );
        }
    }
}
