//! The wire format between *KSZ lezen*'s page and its reader module (`reader/`, a wasm of its
//! own that the page loads after its first screen): a request (the OCMW's own
//! numbers and one answer's bytes) goes in, a result (an [`Answer`] or an [`ImportError`]) comes
//! out. Both sides are built from the same commit; the decoder still checks every length against
//! what is left, so malformed bytes are a [`WireError`], never a panic or a large allocation.
//!
//! Plain bytes: lengths and counts as u32 little-endian, text as UTF-8, `Option` and `bool` as
//! one byte, a field-less enum as its position in the enum's `ALL` list. A finding's flow and observation ids travel as text and are taken back from
//! [`KNOWLEDGE`] (never invented). Encoding measures first and then writes into a buffer of
//! exactly that size, so no growing buffer leaves a copy of the client's data behind; the
//! buffers are wiped when dropped.

use super::{
    Answer, Event, Fact, Finding, Group, ImportError, Kind, Lane, Member, Options, PartialDate,
    Section, Seems, Summary,
};
use crate::ksz::{Status, KNOWLEDGE};
use zeroize::Zeroizing;

/// Why bytes are not a request or a result of this build's reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireError {
    /// The bytes end before what they announce.
    Truncated,
    /// A tag, a text or an id that this build does not know, or bytes left over.
    Invalid,
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WireError::Truncated => "the reader's message is truncated",
            WireError::Invalid => "the reader's message is not one this page reads",
        })
    }
}

impl std::error::Error for WireError {}

/// The request for one answer: the reading OCMW's own numbers, then the answer's bytes.
pub fn encode_request(options: &Options, bytes: &[u8]) -> Zeroizing<Vec<u8>> {
    encode(|w| {
        w.list(&options.own_enterprise_numbers, |w, s| w.text(s));
        w.list(&options.own_nis_codes, |w, s| w.text(s));
        w.raw(bytes);
    })
}

/// The options and the answer's bytes of a request (borrowed from it).
pub fn decode_request(bytes: &[u8]) -> Result<(Options, &[u8]), WireError> {
    let mut r = Reader { bytes, at: 0 };
    let own_enterprise_numbers = r.list(Reader::text)?;
    let own_nis_codes = r.list(Reader::text)?;
    let rest = &bytes[r.at..];
    let options = Options {
        own_enterprise_numbers,
        own_nis_codes,
    };
    Ok((options, rest))
}

/// What reading gave, as bytes.
pub fn encode_result(result: &Result<Answer, ImportError>) -> Zeroizing<Vec<u8>> {
    encode(|w| match result {
        Ok(answer) => {
            w.byte(0);
            w.answer(answer);
        }
        Err(error) => {
            w.byte(1);
            w.error(error);
        }
    })
}

/// What reading gave, from its bytes.
pub fn decode_result(bytes: &[u8]) -> Result<Result<Answer, ImportError>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let result = match r.byte()? {
        0 => Ok(r.answer()?),
        1 => Err(r.error()?),
        _ => return Err(WireError::Invalid),
    };
    if r.at != bytes.len() {
        return Err(WireError::Invalid);
    }
    Ok(result)
}

/// Runs `write` twice: once to measure, once into a buffer of exactly that size.
fn encode(write: impl Fn(&mut Writer)) -> Zeroizing<Vec<u8>> {
    let mut measure = Writer { out: None, len: 0 };
    write(&mut measure);
    let mut w = Writer {
        out: Some(Zeroizing::new(Vec::with_capacity(measure.len))),
        len: 0,
    };
    write(&mut w);
    let out = w.out.unwrap_or_default();
    debug_assert_eq!(out.len(), measure.len);
    out
}

/// Writes or, without a buffer, only counts.
struct Writer {
    out: Option<Zeroizing<Vec<u8>>>,
    len: usize,
}

impl Writer {
    fn raw(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        if let Some(out) = &mut self.out {
            out.extend_from_slice(bytes);
        }
    }

    fn byte(&mut self, b: u8) {
        self.raw(&[b]);
    }

    fn flag(&mut self, b: bool) {
        self.byte(u8::from(b));
    }

    fn count(&mut self, n: usize) {
        // Every length here is bounded by the 10 MB file limit.
        self.raw(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
    }

    fn text(&mut self, s: &str) {
        self.count(s.len());
        self.raw(s.as_bytes());
    }

    fn list<T>(&mut self, items: &[T], each: impl Fn(&mut Self, &T)) {
        self.count(items.len());
        for item in items {
            each(self, item);
        }
    }

    fn option<T>(&mut self, value: Option<&T>, each: impl Fn(&mut Self, &T)) {
        match value {
            None => self.byte(0),
            Some(v) => {
                self.byte(1);
                each(self, v);
            }
        }
    }

    fn date(&mut self, d: &PartialDate) {
        self.option(d.year.as_ref(), |w, y| w.raw(&y.to_le_bytes()));
        self.option(d.month.as_ref(), |w, m| w.byte(*m));
        self.option(d.day.as_ref(), |w, m| w.byte(*m));
        self.text(&d.raw);
        self.flag(d.partial);
        self.flag(d.invalid);
    }

    fn opt_date(&mut self, d: Option<&PartialDate>) {
        self.option(d, Writer::date);
    }

    /// `value` as its position in `all` (every variant of its enum).
    fn one_of<T: PartialEq>(&mut self, all: &[T], value: &T) {
        let at = all.iter().position(|v| v == value).unwrap_or(0);
        self.byte(u8::try_from(at).unwrap_or(0));
    }

    fn opt_text(&mut self, s: Option<&String>) {
        self.option(s, |w, s| w.text(s));
    }

    fn answer(&mut self, a: &Answer) {
        self.text(&a.file_name);
        match &a.kind {
            Kind::Tx25 { version } => {
                self.byte(0);
                self.byte(*version);
            }
            Kind::IdentifyPerson => self.byte(1),
            Kind::Magda {
                service,
                version,
                known,
            } => {
                self.byte(2);
                self.text(service);
                self.text(version);
                self.flag(*known);
            }
            Kind::Unemployment => self.byte(3),
            Kind::HealthCare => self.byte(4),
            Kind::JobSeeker => self.byte(5),
        }
        self.text(&a.service);
        self.opt_text(a.language.as_ref());
        self.opt_date(a.answered_on.as_ref());
        self.flag(a.no_data);
        self.flag(a.untested);
        self.list(&a.sections, Writer::section);
        self.list(&a.findings, Writer::finding);
        self.list(&a.events, Writer::event);
        self.summary(&a.summary);
    }

    fn section(&mut self, s: &Section) {
        self.one_of(&Group::ALL, &s.group);
        self.list(&s.facts, Writer::fact);
    }

    fn fact(&mut self, f: &Fact) {
        self.text(&f.label);
        self.text(&f.value);
        self.opt_date(f.from.as_ref());
        self.opt_date(f.to.as_ref());
        self.flag(f.unknown);
        self.flag(f.identifying);
    }

    fn finding(&mut self, f: &Finding) {
        self.text(f.flow);
        self.one_of(&Status::ALL, &f.status);
        self.list(&f.observations, |w, o| w.text(o));
    }

    fn event(&mut self, e: &Event) {
        self.one_of(&Lane::ALL, &e.lane);
        self.opt_date(e.from.as_ref());
        self.opt_date(e.to.as_ref());
        self.flag(e.mark);
        self.text(&e.label);
        self.text(&e.print_label);
        self.text(&e.source);
    }

    fn summary(&mut self, s: &Summary) {
        self.opt_text(s.subject.as_ref());
        self.opt_text(s.address.as_ref());
        self.opt_text(s.register.as_ref());
        self.opt_text(s.nationality.as_ref());
        self.opt_text(s.civil_state.as_ref());
        self.list(&s.household, Writer::member);
        self.opt_text(s.partner.as_ref());
    }

    fn member(&mut self, m: &Member) {
        self.text(&m.insz);
        self.text(&m.position);
        self.opt_date(m.from.as_ref());
        self.opt_date(m.to.as_ref());
        self.text(&m.name);
        self.opt_date(m.born.as_ref());
    }

    fn error(&mut self, e: &ImportError) {
        match e {
            ImportError::TooLarge => self.byte(0),
            ImportError::NotXml => self.byte(1),
            ImportError::Malformed => self.byte(2),
            ImportError::UnknownFormat { root, seems } => {
                self.byte(3);
                self.text(root);
                self.one_of(&Seems::ALL, seems);
            }
            ImportError::TooDeep => self.byte(4),
            ImportError::TooManyElements => self.byte(5),
            ImportError::Unavailable => self.byte(6),
        }
    }
}

/// Reads what [`Writer`] wrote; every length is checked against what is left.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self.at.checked_add(n).ok_or(WireError::Truncated)?;
        let out = self.bytes.get(self.at..end).ok_or(WireError::Truncated)?;
        self.at = end;
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    fn flag(&mut self) -> Result<bool, WireError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError::Invalid),
        }
    }

    fn count(&mut self) -> Result<usize, WireError> {
        let b = self.take(4)?;
        let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
        // Every item takes at least one byte: a count beyond what is left is a lie.
        if n > self.bytes.len() - self.at {
            return Err(WireError::Truncated);
        }
        Ok(n)
    }

    fn text(&mut self) -> Result<String, WireError> {
        let n = self.count()?;
        let bytes = self.take(n)?;
        let text = std::str::from_utf8(bytes).map_err(|_| WireError::Invalid)?;
        Ok(text.to_string())
    }

    fn list<T>(
        &mut self,
        mut each: impl FnMut(&mut Self) -> Result<T, WireError>,
    ) -> Result<Vec<T>, WireError> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(each(self)?);
        }
        Ok(out)
    }

    fn option<T>(
        &mut self,
        each: impl FnOnce(&mut Self) -> Result<T, WireError>,
    ) -> Result<Option<T>, WireError> {
        if self.flag()? {
            each(self).map(Some)
        } else {
            Ok(None)
        }
    }

    fn date(&mut self) -> Result<PartialDate, WireError> {
        Ok(PartialDate {
            year: self.option(|r| {
                let b = r.take(2)?;
                Ok(u16::from_le_bytes([b[0], b[1]]))
            })?,
            month: self.option(Reader::byte)?,
            day: self.option(Reader::byte)?,
            raw: self.text()?,
            partial: self.flag()?,
            invalid: self.flag()?,
        })
    }

    fn opt_date(&mut self) -> Result<Option<PartialDate>, WireError> {
        self.option(Reader::date)
    }

    /// The variant of `all` at the position read.
    fn one_of<T: Copy>(&mut self, all: &[T]) -> Result<T, WireError> {
        all.get(usize::from(self.byte()?))
            .copied()
            .ok_or(WireError::Invalid)
    }

    fn opt_text(&mut self) -> Result<Option<String>, WireError> {
        self.option(Reader::text)
    }

    fn answer(&mut self) -> Result<Answer, WireError> {
        let file_name = self.text()?;
        let kind = match self.byte()? {
            0 => Kind::Tx25 {
                version: self.byte()?,
            },
            1 => Kind::IdentifyPerson,
            2 => Kind::Magda {
                service: self.text()?,
                version: self.text()?,
                known: self.flag()?,
            },
            3 => Kind::Unemployment,
            4 => Kind::HealthCare,
            5 => Kind::JobSeeker,
            _ => return Err(WireError::Invalid),
        };
        Ok(Answer {
            file_name,
            kind,
            service: self.text()?,
            language: self.opt_text()?,
            answered_on: self.opt_date()?,
            no_data: self.flag()?,
            untested: self.flag()?,
            sections: self.list(Reader::section)?,
            findings: self.list(Reader::finding)?,
            events: self.list(Reader::event)?,
            summary: self.summary()?,
        })
    }

    fn section(&mut self) -> Result<Section, WireError> {
        Ok(Section {
            group: self.one_of(&Group::ALL)?,
            facts: self.list(Reader::fact)?,
        })
    }

    fn fact(&mut self) -> Result<Fact, WireError> {
        Ok(Fact {
            label: self.text()?,
            value: self.text()?,
            from: self.opt_date()?,
            to: self.opt_date()?,
            unknown: self.flag()?,
            identifying: self.flag()?,
        })
    }

    fn finding(&mut self) -> Result<Finding, WireError> {
        let flow = KNOWLEDGE.flow(&self.text()?).ok_or(WireError::Invalid)?;
        let status = self.one_of(&Status::ALL)?;
        let observations = self.list(|r| {
            let id = r.text()?;
            flow.observations
                .iter()
                .find(|o| o.id == id)
                .map(|o| o.id)
                .ok_or(WireError::Invalid)
        })?;
        Ok(Finding {
            flow: flow.id,
            status,
            observations,
        })
    }

    fn event(&mut self) -> Result<Event, WireError> {
        Ok(Event {
            lane: self.one_of(&Lane::ALL)?,
            from: self.opt_date()?,
            to: self.opt_date()?,
            mark: self.flag()?,
            label: self.text()?,
            print_label: self.text()?,
            source: self.text()?,
        })
    }

    fn summary(&mut self) -> Result<Summary, WireError> {
        Ok(Summary {
            subject: self.opt_text()?,
            address: self.opt_text()?,
            register: self.opt_text()?,
            nationality: self.opt_text()?,
            civil_state: self.opt_text()?,
            household: self.list(Reader::member)?,
            partner: self.opt_text()?,
        })
    }

    fn member(&mut self) -> Result<Member, WireError> {
        Ok(Member {
            insz: self.text()?,
            position: self.text()?,
            from: self.opt_date()?,
            to: self.opt_date()?,
            name: self.text()?,
            born: self.opt_date()?,
        })
    }

    fn error(&mut self) -> Result<ImportError, WireError> {
        Ok(match self.byte()? {
            0 => ImportError::TooLarge,
            1 => ImportError::NotXml,
            2 => ImportError::Malformed,
            3 => {
                let root = self.text()?;
                let seems = self.one_of(&Seems::ALL)?;
                ImportError::UnknownFormat { root, seems }
            }
            4 => ImportError::TooDeep,
            5 => ImportError::TooManyElements,
            6 => ImportError::Unavailable,
            _ => return Err(WireError::Invalid),
        })
    }
}
