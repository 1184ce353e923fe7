//! Writes an OLE compound file (MS-CFB, version 3, 512-byte sectors): the container of a Word
//! document with a password. Storages and streams from paths; streams under 4,096 bytes in the
//! mini stream, as the format demands; FAT sectors beyond 109 through DIFAT sectors.
//!
//! Why not the cfb crate's writer: on the referral page it was 19 KB (gzip) of the 350 KB
//! budget, for a file of eight fixed entries written once. The opener keeps the cfb crate to
//! read compound files, and the tests read every file written here with it.

const SECTOR: usize = 512;
const MINI: usize = 64;
const CUTOFF: usize = 4096;
const FREE: u32 = 0xFFFF_FFFF;
const END: u32 = 0xFFFF_FFFE;
const FAT_SECTOR: u32 = 0xFFFF_FFFD;
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
/// Entries per FAT, mini FAT or DIFAT sector.
const PER_SECTOR: usize = SECTOR / 4;

/// Why the file cannot be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompoundError {
    /// A name longer than 31 characters, or a stream whose storage was not made first.
    BadPath,
    /// A stream of 4 GB or more.
    TooLarge,
}

struct Entry {
    name: Vec<u16>,
    /// 1 storage, 2 stream, 5 root.
    kind: u8,
    parent: usize,
    data: Vec<u8>,
    start: u32,
    left: u32,
    right: u32,
    child: u32,
    black: bool,
}

/// MS-CFB's order of siblings: shorter names first, then by upper-case UTF-16.
fn order(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    let upper = |n: &[u16]| -> Vec<u16> {
        n.iter()
            .map(|c| match *c {
                0x61..=0x7A => c - 0x20,
                c => c,
            })
            .collect()
    };
    a.len().cmp(&b.len()).then_with(|| upper(a).cmp(&upper(b)))
}

/// Links `ids` (sorted) as a balanced tree; the last, incomplete level is red, so every path
/// has the same number of black entries. Returns the root.
fn tree(entries: &mut [Entry], ids: &[usize], depth: u32, height: u32) -> u32 {
    if ids.is_empty() {
        return FREE;
    }
    let mid = ids.len() / 2;
    let id = ids[mid];
    let left = tree(entries, &ids[..mid], depth + 1, height);
    let right = tree(entries, &ids[mid + 1..], depth + 1, height);
    let e = &mut entries[id];
    (e.left, e.right) = (left, right);
    e.black = depth < height || depth == 1;
    id as u32
}

/// Appends a chain of `count` sectors from `first` to a FAT.
fn chain(fat: &mut Vec<u32>, first: usize, count: usize) {
    for s in first..first + count {
        fat.push(if s + 1 == first + count {
            END
        } else {
            s as u32 + 1
        });
    }
}

fn sectors(bytes: usize, size: usize) -> usize {
    bytes.div_ceil(size)
}

/// A compound file holding `storages` (paths like `/a/b`, parents first) and `streams`
/// (path, bytes).
pub fn write(storages: &[&str], streams: &[(&str, &[u8])]) -> Result<Vec<u8>, CompoundError> {
    let mut entries = vec![Entry {
        name: "Root Entry".encode_utf16().collect(),
        kind: 5,
        parent: 0,
        data: Vec::new(),
        start: END,
        left: FREE,
        right: FREE,
        child: FREE,
        black: true,
    }];
    let paths: Vec<(&str, u8, &[u8])> = storages
        .iter()
        .map(|p| (*p, 1u8, &[][..]))
        .chain(streams.iter().map(|(p, d)| (*p, 2u8, *d)))
        .collect();
    let mut names: Vec<&str> = vec![""];
    for (path, kind, data) in &paths {
        let (parent, name) = path.rsplit_once('/').ok_or(CompoundError::BadPath)?;
        let parent = names
            .iter()
            .position(|n| *n == parent)
            .ok_or(CompoundError::BadPath)?;
        let name: Vec<u16> = name.encode_utf16().collect();
        if name.is_empty() || name.len() > 31 {
            return Err(CompoundError::BadPath);
        }
        if data.len() >= u32::MAX as usize {
            return Err(CompoundError::TooLarge);
        }
        names.push(path);
        entries.push(Entry {
            name,
            kind: *kind,
            parent,
            data: data.to_vec(),
            start: END,
            left: FREE,
            right: FREE,
            child: FREE,
            black: true,
        });
    }
    // The sibling trees under each storage.
    for storage in 0..entries.len() {
        let mut ids: Vec<usize> = (1..entries.len())
            .filter(|i| entries[*i].parent == storage)
            .collect();
        // A handful of entries: an insertion sort (a library sort is code on the page).
        for i in 1..ids.len() {
            let mut j = i;
            while j > 0 && order(&entries[ids[j - 1]].name, &entries[ids[j]].name).is_gt() {
                ids.swap(j - 1, j);
                j -= 1;
            }
        }
        let height = usize::BITS - ids.len().leading_zeros();
        let root = tree(&mut entries, &ids, 1, height);
        entries[storage].child = root;
    }
    // The mini stream: small streams in 64-byte mini sectors.
    let (mut mini_stream, mut mini_fat) = (Vec::new(), Vec::new());
    for e in entries
        .iter_mut()
        .filter(|e| e.kind == 2 && e.data.len() < CUTOFF)
    {
        if e.data.is_empty() {
            continue;
        }
        let first = mini_stream.len() / MINI;
        e.start = first as u32;
        chain(&mut mini_fat, first, sectors(e.data.len(), MINI));
        mini_stream.extend_from_slice(&e.data);
        mini_stream.resize(sectors(mini_stream.len(), MINI) * MINI, 0);
    }
    let dir_sectors = sectors(entries.len() * 128, SECTOR);
    let mini_fat_sectors = sectors(mini_fat.len() * 4, SECTOR);
    let mini_sectors = sectors(mini_stream.len(), SECTOR);
    let big: usize = entries
        .iter()
        .filter(|e| e.kind == 2 && e.data.len() >= CUTOFF)
        .map(|e| sectors(e.data.len(), SECTOR))
        .sum();
    let content = dir_sectors + mini_fat_sectors + mini_sectors + big;
    // FAT and DIFAT sectors describe themselves too: grow until they fit.
    let (mut fat_sectors, mut difat_sectors) = (0, 0);
    loop {
        let total = content + fat_sectors + difat_sectors;
        let (fat, difat) = (
            sectors(total, PER_SECTOR),
            sectors(fat_sectors.saturating_sub(109), PER_SECTOR - 1),
        );
        if (fat, difat) == (fat_sectors, difat_sectors) {
            break;
        }
        (fat_sectors, difat_sectors) = (fat, difat);
    }
    // Sector order: DIFAT, FAT, directory, mini FAT, mini stream, big streams.
    let mut fat: Vec<u32> = Vec::new();
    fat.extend(std::iter::repeat_n(DIFAT_SECTOR, difat_sectors));
    fat.extend(std::iter::repeat_n(FAT_SECTOR, fat_sectors));
    let dir_start = fat.len();
    chain(&mut fat, dir_start, dir_sectors);
    let mini_fat_start = fat.len();
    chain(&mut fat, mini_fat_start, mini_fat_sectors);
    let mini_start = fat.len();
    chain(&mut fat, mini_start, mini_sectors);
    if mini_sectors > 0 {
        entries[0].start = mini_start as u32;
    }
    entries[0].data = mini_stream;
    let mut body: Vec<u8> = Vec::new();
    for e in entries
        .iter_mut()
        .filter(|e| e.kind == 2 && e.data.len() >= CUTOFF)
    {
        let first = fat.len();
        e.start = first as u32;
        chain(&mut fat, first, sectors(e.data.len(), SECTOR));
        body.extend_from_slice(&e.data);
        body.resize(sectors(body.len(), SECTOR) * SECTOR, 0);
    }
    fat.resize(fat_sectors * PER_SECTOR, FREE);
    mini_fat.resize(mini_fat_sectors * PER_SECTOR, FREE);

    let le = |out: &mut Vec<u8>, v: u32| out.extend_from_slice(&v.to_le_bytes());
    let mut out = Vec::with_capacity((1 + content + fat_sectors + difat_sectors) * SECTOR);
    out.extend_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    out.extend_from_slice(&[0; 16]);
    out.extend_from_slice(&[0x3E, 0, 3, 0, 0xFE, 0xFF, 9, 0, 6, 0, 0, 0, 0, 0, 0, 0]);
    le(&mut out, 0); // directory sectors: always 0 in version 3
    le(&mut out, fat_sectors as u32);
    le(&mut out, dir_start as u32);
    le(&mut out, 0); // transaction signature
    le(&mut out, CUTOFF as u32);
    le(
        &mut out,
        if mini_fat_sectors > 0 {
            mini_fat_start as u32
        } else {
            END
        },
    );
    le(&mut out, mini_fat_sectors as u32);
    le(&mut out, if difat_sectors > 0 { 0 } else { END });
    le(&mut out, difat_sectors as u32);
    let fat_at = |i: usize| (difat_sectors + i) as u32;
    for i in 0..109 {
        le(&mut out, if i < fat_sectors { fat_at(i) } else { FREE });
    }
    for d in 0..difat_sectors {
        for k in 0..PER_SECTOR - 1 {
            let i = 109 + d * (PER_SECTOR - 1) + k;
            le(&mut out, if i < fat_sectors { fat_at(i) } else { FREE });
        }
        le(
            &mut out,
            if d + 1 < difat_sectors {
                d as u32 + 1
            } else {
                END
            },
        );
    }
    for v in &fat {
        le(&mut out, *v);
    }
    for e in &entries {
        let mut name = [0u8; 64];
        for (i, c) in e.name.iter().enumerate() {
            name[i * 2..i * 2 + 2].copy_from_slice(&c.to_le_bytes());
        }
        out.extend_from_slice(&name);
        out.extend_from_slice(&((e.name.len() as u16 + 1) * 2).to_le_bytes());
        out.extend_from_slice(&[e.kind, u8::from(e.black)]);
        for v in [e.left, e.right, e.child] {
            le(&mut out, v);
        }
        out.extend_from_slice(&[0; 36]); // CLSID, state bits, creation and modification time
        let start = match e.kind {
            1 => 0,
            2 if e.data.is_empty() => END,
            _ => e.start,
        };
        le(&mut out, start);
        le(&mut out, e.data.len() as u32);
        le(&mut out, 0);
    }
    // Unused directory entries in the last sector.
    for _ in entries.len()..dir_sectors * (SECTOR / 128) {
        out.extend_from_slice(&[0; 64]);
        out.extend_from_slice(&[0, 0, 0, 0]);
        for v in [FREE, FREE, FREE] {
            le(&mut out, v);
        }
        out.extend_from_slice(&[0; 36]);
        out.extend_from_slice(&[0; 12]);
    }
    for v in &mini_fat {
        le(&mut out, *v);
    }
    out.extend_from_slice(&entries[0].data);
    out.resize(sectors(out.len(), SECTOR) * SECTOR, 0);
    out.extend_from_slice(&body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn read(file: &[u8], path: &str) -> Vec<u8> {
        let mut c = cfb::CompoundFile::open(std::io::Cursor::new(file)).unwrap();
        let mut out = Vec::new();
        c.open_stream(path).unwrap().read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn the_cfb_crate_reads_what_we_write() {
        let small = b"klein".repeat(100);
        let big: Vec<u8> = (0..20_000u32).map(|i| (i * 7) as u8).collect();
        let file = write(
            &["/\u{6}A", "/\u{6}A/b", "/\u{6}A/c"],
            &[
                ("/\u{6}A/b/x", &small),
                ("/\u{6}A/y", b""),
                ("/S1", &small[..10]),
                ("/Big", &big),
                ("/Exactly4096", &[1u8; 4096]),
            ],
        )
        .unwrap();
        assert_eq!(file.len() % SECTOR, 0);
        assert_eq!(read(&file, "/\u{6}A/b/x"), small);
        assert_eq!(read(&file, "/\u{6}A/y"), b"");
        assert_eq!(read(&file, "/S1"), &small[..10]);
        assert_eq!(read(&file, "/Big"), big);
        assert_eq!(read(&file, "/Exactly4096"), vec![1u8; 4096]);
        let c = cfb::CompoundFile::open(std::io::Cursor::new(&file)).unwrap();
        assert!(c.is_storage("/\u{6}A/c"));
        assert_eq!(write(&[], &[("/a/b", b"x")]), Err(CompoundError::BadPath));
    }

    #[test]
    fn many_fat_sectors_go_through_difat() {
        // 8 MB needs 16,385 sectors: 129 FAT sectors, more than the header's 109.
        let big = vec![0x5Au8; 8 * 1024 * 1024];
        let file = write(&[], &[("/Big", &big), ("/small", b"s")]).unwrap();
        assert_eq!(read(&file, "/Big"), big);
        assert_eq!(read(&file, "/small"), b"s");
    }
}
