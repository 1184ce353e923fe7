//! The 7z header (7-Zip's `7zFormat.txt`): pack info, folders and their coders, sub-streams and
//! the files' names. Every count is checked against the bytes left (and a fixed limit) before a
//! vector of that size is made, so a lying header cannot make us allocate.

use super::number::get;
use super::AES_CODER;

const K_END: u64 = 0x00;
const K_HEADER: u64 = 0x01;
const K_ARCHIVE_PROPERTIES: u64 = 0x02;
const K_ADDITIONAL_STREAMS: u64 = 0x03;
const K_MAIN_STREAMS: u64 = 0x04;
const K_FILES_INFO: u64 = 0x05;
const K_PACK_INFO: u64 = 0x06;
const K_UNPACK_INFO: u64 = 0x07;
const K_SUBSTREAMS_INFO: u64 = 0x08;
const K_SIZE: u64 = 0x09;
const K_CRC: u64 = 0x0A;
const K_FOLDER: u64 = 0x0B;
const K_CODERS_UNPACK_SIZE: u64 = 0x0C;
const K_NUM_UNPACK_STREAM: u64 = 0x0D;
const K_EMPTY_STREAM: u64 = 0x0E;
const K_NAME: u64 = 0x11;

const MAX_FOLDERS: u64 = 4096;
const MAX_CODERS: u64 = 8;
/// Most files, and most sub-streams over all folders together (not per folder).
const MAX_FILES: u64 = 10_000;

/// The header does not hold together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

type R<T> = Result<T, Malformed>;

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn number(&mut self) -> R<u64> {
        get(self.bytes, &mut self.at).ok_or(Malformed)
    }
    fn byte(&mut self) -> R<u8> {
        let b = *self.bytes.get(self.at).ok_or(Malformed)?;
        self.at += 1;
        Ok(b)
    }
    fn take(&mut self, n: u64) -> R<&'a [u8]> {
        let n = usize::try_from(n).map_err(|_| Malformed)?;
        let end = self.at.checked_add(n).ok_or(Malformed)?;
        let s = self.bytes.get(self.at..end).ok_or(Malformed)?;
        self.at = end;
        Ok(s)
    }
    fn left(&self) -> u64 {
        (self.bytes.len() - self.at.min(self.bytes.len())) as u64
    }
    /// A count that must fit both a fixed limit and the bytes left (one byte per item at least).
    fn count(&mut self, limit: u64) -> R<usize> {
        let n = self.number()?;
        if n > limit || n > self.left().max(1) * 8 {
            return Err(Malformed);
        }
        usize::try_from(n).map_err(|_| Malformed)
    }
    fn u32(&mut self) -> R<u32> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| Malformed)?,
        ))
    }
    fn bits(&mut self, n: usize) -> R<Vec<bool>> {
        let bytes = self.take(n.div_ceil(8) as u64)?;
        Ok((0..n)
            .map(|i| bytes[i / 8] & (0x80 >> (i % 8)) != 0)
            .collect())
    }
    /// `AllAreDefined` then the defined CRCs.
    fn digests(&mut self, n: usize) -> R<Vec<Option<u32>>> {
        let all = self.byte()? != 0;
        let defined = if all { vec![true; n] } else { self.bits(n)? };
        defined
            .into_iter()
            .map(|d| if d { self.u32().map(Some) } else { Ok(None) })
            .collect()
    }
}

/// One coder of a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coder {
    pub id: Vec<u8>,
    pub properties: Vec<u8>,
    inputs: u64,
    outputs: u64,
}

/// A folder (block): coders, how their streams are bound, and the sizes of their outputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folder {
    pub coders: Vec<Coder>,
    /// (in stream, out stream): the in stream reads that out stream.
    binds: Vec<(u64, u64)>,
    /// The size of every coder's output, in coder order.
    pub unpack_sizes: Vec<u64>,
    pub crc: Option<u32>,
    packed_streams: usize,
}

impl Folder {
    fn simple(&self) -> bool {
        self.coders.iter().all(|c| c.inputs == 1 && c.outputs == 1)
    }

    /// The size of the folder's final output (the one no bind pair reads).
    pub fn unpack_size(&self) -> u64 {
        (0..self.unpack_sizes.len())
            .find(|i| !self.binds.iter().any(|(_, out)| *out == *i as u64))
            .and_then(|i| self.unpack_sizes.get(i).copied())
            .unwrap_or(0)
    }

    /// The coder that reads the packed stream (simple chains only).
    pub fn packed_coder(&self) -> Option<usize> {
        if !self.simple() || self.packed_streams != 1 {
            return None;
        }
        (0..self.coders.len()).find(|i| !self.binds.iter().any(|(input, _)| *input == *i as u64))
    }

    /// The coder that reads this coder's output, if any.
    pub fn consumer_of(&self, coder: usize) -> Option<usize> {
        self.binds
            .iter()
            .find(|(_, out)| *out == coder as u64)
            .and_then(|(input, _)| usize::try_from(*input).ok())
    }

    /// The bytes all its coders produce together (`None` when the sum overflows).
    pub fn work(&self) -> Option<u64> {
        self.unpack_sizes
            .iter()
            .try_fold(0u64, |sum, s| sum.checked_add(*s))
    }

    pub fn encrypted(&self) -> bool {
        self.coders.iter().any(|c| c.id == AES_CODER)
    }
}

/// The sub-streams (files) of one folder: size and CRC of each.
type Substreams = Vec<(u64, Option<u32>)>;

/// Pack info, folders and sub-streams.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Streams {
    pack_position: u64,
    pack_sizes: Vec<u64>,
    pub folders: Vec<Folder>,
    /// Per folder: the sizes of its sub-streams (files), and their CRCs.
    substreams: Vec<Substreams>,
}

impl Streams {
    /// The byte range of a folder's (first) packed stream in the archive.
    pub fn pack_range(&self, folder: usize) -> Option<std::ops::Range<usize>> {
        let first: usize = self
            .folders
            .get(..folder)?
            .iter()
            .map(|f| f.packed_streams)
            .sum();
        let before = self
            .pack_sizes
            .get(..first)?
            .iter()
            .try_fold(0u64, |sum, s| sum.checked_add(*s))?;
        let start = 32u64.checked_add(self.pack_position)?.checked_add(before)?;
        let end = start.checked_add(*self.pack_sizes.get(first)?)?;
        Some(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    }
}

fn folder(c: &mut Cursor) -> R<Folder> {
    let n = c.count(MAX_CODERS)?;
    let mut coders = Vec::with_capacity(n);
    for _ in 0..n {
        let flags = c.byte()?;
        if flags & 0x80 != 0 {
            return Err(Malformed); // alternative methods: never written by 7-Zip
        }
        let id = c.take(u64::from(flags & 0x0F))?.to_vec();
        let (inputs, outputs) = if flags & 0x10 != 0 {
            (c.number()?.min(32), c.number()?.min(32))
        } else {
            (1, 1)
        };
        let properties = if flags & 0x20 != 0 {
            let size = c.number()?;
            c.take(size)?.to_vec()
        } else {
            Vec::new()
        };
        coders.push(Coder {
            id,
            properties,
            inputs,
            outputs,
        });
    }
    let outputs: u64 = coders.iter().map(|c| c.outputs).sum();
    let inputs: u64 = coders.iter().map(|c| c.inputs).sum();
    let mut binds = Vec::new();
    for _ in 0..outputs.saturating_sub(1) {
        binds.push((c.number()?, c.number()?));
    }
    let packed = inputs.checked_sub(binds.len() as u64).ok_or(Malformed)?;
    if packed > 1 {
        for _ in 0..packed {
            c.number()?;
        }
    }
    Ok(Folder {
        coders,
        binds,
        unpack_sizes: Vec::new(),
        crc: None,
        packed_streams: usize::try_from(packed).map_err(|_| Malformed)?,
    })
}

fn streams(c: &mut Cursor) -> R<Streams> {
    let mut s = Streams::default();
    loop {
        match c.number()? {
            K_END => break,
            K_PACK_INFO => {
                s.pack_position = c.number()?;
                let n = c.count(MAX_FOLDERS * 4)?;
                loop {
                    match c.number()? {
                        K_END => break,
                        K_SIZE => s.pack_sizes = (0..n).map(|_| c.number()).collect::<R<_>>()?,
                        K_CRC => {
                            c.digests(n)?;
                        }
                        _ => return Err(Malformed),
                    }
                }
            }
            K_UNPACK_INFO => {
                if c.number()? != K_FOLDER {
                    return Err(Malformed);
                }
                let n = c.count(MAX_FOLDERS)?;
                if c.byte()? != 0 {
                    return Err(Malformed); // external
                }
                s.folders = (0..n).map(|_| folder(c)).collect::<R<_>>()?;
                if c.number()? != K_CODERS_UNPACK_SIZE {
                    return Err(Malformed);
                }
                for f in &mut s.folders {
                    let outputs: u64 = f.coders.iter().map(|c| c.outputs).sum();
                    f.unpack_sizes = (0..outputs).map(|_| c.number()).collect::<R<_>>()?;
                }
                loop {
                    match c.number()? {
                        K_END => break,
                        K_CRC => {
                            let crcs = c.digests(s.folders.len())?;
                            for (f, crc) in s.folders.iter_mut().zip(crcs) {
                                f.crc = crc;
                            }
                        }
                        _ => return Err(Malformed),
                    }
                }
            }
            K_SUBSTREAMS_INFO => s.substreams = substreams(c, &s.folders)?,
            _ => return Err(Malformed),
        }
    }
    if s.substreams.is_empty() {
        s.substreams = s
            .folders
            .iter()
            .map(|f| vec![(f.unpack_size(), f.crc)])
            .collect();
    }
    Ok(s)
}

fn substreams(c: &mut Cursor, folders: &[Folder]) -> R<Vec<Substreams>> {
    let mut counts = vec![1usize; folders.len()];
    let mut id = c.number()?;
    if id == K_NUM_UNPACK_STREAM {
        let mut total = 0u64;
        for n in &mut counts {
            *n = c.count(MAX_FILES - total)?;
            total += *n as u64;
        }
        id = c.number()?;
    }
    let mut sizes: Vec<Vec<u64>> = Vec::with_capacity(folders.len());
    let has_sizes = id == K_SIZE;
    for (f, n) in folders.iter().zip(&counts) {
        let mut list = Vec::with_capacity(*n);
        if *n > 0 {
            let mut used = 0u64;
            for _ in 1..*n {
                let size = if has_sizes { c.number()? } else { 0 };
                used = used.checked_add(size).ok_or(Malformed)?;
                list.push(size);
            }
            list.push(f.unpack_size().checked_sub(used).ok_or(Malformed)?);
        }
        sizes.push(list);
    }
    if has_sizes {
        id = c.number()?;
    }
    let mut crcs: Vec<Vec<Option<u32>>> = folders
        .iter()
        .zip(&counts)
        .map(|(f, n)| {
            if *n == 1 && f.crc.is_some() {
                vec![f.crc]
            } else {
                vec![None; *n]
            }
        })
        .collect();
    while id != K_END {
        if id == K_CRC {
            let unknown: usize = folders
                .iter()
                .zip(&counts)
                .map(|(f, n)| if *n == 1 && f.crc.is_some() { 0 } else { *n })
                .sum();
            let mut digests = c.digests(unknown)?.into_iter();
            for (i, (f, n)) in folders.iter().zip(&counts).enumerate() {
                if !(*n == 1 && f.crc.is_some()) {
                    for slot in crcs[i].iter_mut() {
                        *slot = digests.next().flatten();
                    }
                }
            }
        } else {
            let size = c.number()?;
            c.take(size)?;
        }
        id = c.number()?;
    }
    Ok(sizes
        .into_iter()
        .zip(crcs)
        .map(|(s, c)| s.into_iter().zip(c).collect())
        .collect())
}

/// The encoded header's streams (after the `kEncodedHeader` byte).
pub fn parse_streams(bytes: &[u8]) -> R<Streams> {
    streams(&mut Cursor { bytes, at: 0 })
}

/// One file of the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub size: u64,
    pub folder: Option<usize>,
    pub offset: u64,
    pub crc: Option<u32>,
}

/// The plain header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub streams: Streams,
    pub files: Vec<File>,
}

fn names(data: &[u8], n: usize) -> R<Vec<String>> {
    let (&external, data) = data.split_first().ok_or(Malformed)?;
    if external != 0 {
        return Err(Malformed);
    }
    let units: Vec<u16> = data
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let names: Vec<String> = units
        .split(|u| *u == 0)
        .take(n)
        .map(String::from_utf16_lossy)
        .collect();
    if names.len() < n {
        return Err(Malformed);
    }
    Ok(names)
}

/// Parses the plain header (starting with `kHeader`).
pub fn parse_header(bytes: &[u8]) -> R<Header> {
    let mut c = Cursor { bytes, at: 0 };
    if c.number()? != K_HEADER {
        return Err(Malformed);
    }
    let mut header = Header {
        streams: Streams::default(),
        files: Vec::new(),
    };
    loop {
        match c.number()? {
            K_END => break,
            K_ARCHIVE_PROPERTIES => loop {
                if c.number()? == K_END {
                    break;
                }
                let size = c.number()?;
                c.take(size)?;
            },
            K_ADDITIONAL_STREAMS => {
                streams(&mut c)?;
            }
            K_MAIN_STREAMS => header.streams = streams(&mut c)?,
            K_FILES_INFO => header.files = files(&mut c, &header.streams)?,
            _ => return Err(Malformed),
        }
    }
    Ok(header)
}

fn files(c: &mut Cursor, streams: &Streams) -> R<Vec<File>> {
    let n = c.count(MAX_FILES)?;
    let mut empty = vec![false; n];
    let mut file_names = vec![String::new(); n];
    loop {
        let id = c.number()?;
        if id == K_END {
            break;
        }
        let size = c.number()?;
        let data = c.take(size)?;
        match id {
            K_EMPTY_STREAM => {
                let mut inner = Cursor { bytes: data, at: 0 };
                empty = inner.bits(n)?;
            }
            K_NAME => file_names = names(data, n)?,
            _ => {}
        }
    }
    // Non-empty files take the sub-streams in order.
    let mut slots = streams.substreams.iter().enumerate().flat_map(|(f, list)| {
        let mut offset = 0u64;
        list.iter()
            .map(move |(size, crc)| {
                let slot = (f, offset, *size, *crc);
                offset += size;
                slot
            })
            .collect::<Vec<_>>()
    });
    let mut out = Vec::with_capacity(n);
    for (name, is_empty) in file_names.into_iter().zip(empty) {
        if is_empty {
            out.push(File {
                name,
                size: 0,
                folder: None,
                offset: 0,
                crc: None,
            });
        } else {
            let (folder, offset, size, crc) = slots.next().ok_or(Malformed)?;
            out.push(File {
                name,
                size,
                folder: Some(folder),
                offset,
                crc,
            });
        }
    }
    Ok(out)
}
