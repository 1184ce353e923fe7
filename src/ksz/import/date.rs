//! Dates as the answers write them: ISO (`2022-11-31`, `2019-01`, `2017-07-01T09:15:23`), SSDN
//! (`20120521T134019`) and the TX25's Century/Year/Month/Day elements. A date may be partial
//! (Century and Year only) or invalid (`2022-11-31`): it is then shown as written, never
//! corrected. A date is never derived from an INSZ or TST number.

use crate::date::days_from_civil;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Whether a period as written is current on `on`: begun (a start on or before `on`, or no
/// start) and not ended (no end, or an end after `on`). The one reading of "current" that every
/// reader, the household on a date and the worksheet share. Without a usable `on`, any end
/// means ended and any start means begun. A start or end that is not a date at all (no year)
/// is taken as written: an end without a year has ended, a start without one has begun.
pub fn current_on(
    from: Option<&PartialDate>,
    to: Option<&PartialDate>,
    on: Option<&PartialDate>,
) -> bool {
    let now = on.and_then(PartialDate::days);
    let begun = match (from.and_then(PartialDate::days), now) {
        (Some(start), Some(now)) => start <= now,
        _ => true,
    };
    let ended = match (to, now) {
        (None, _) => false,
        (Some(end), Some(now)) => end.days().is_none_or(|end| end <= now),
        (Some(_), None) => true,
    };
    begun && !ended
}

/// A date as written in an answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Zeroize, ZeroizeOnDrop)]
pub struct PartialDate {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// As written (TX25 parts joined as `CCYY-MM-DD`).
    pub raw: String,
    /// Some parts are missing (no month or no day).
    pub partial: bool,
    /// The parts do not make a calendar date (`2022-11-31`, month 13): shown as written.
    pub invalid: bool,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // At most four ASCII digits: summed by hand (the reader's hottest line on a large answer).
    Some(s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

impl PartialDate {
    fn build(year: Option<u32>, month: Option<u32>, day: Option<u32>, raw: String) -> Self {
        // 0 means "unknown" in the RR (`00` month or day).
        let year = year.and_then(|y| u16::try_from(y).ok());
        let month = month.filter(|m| *m != 0).and_then(|m| u8::try_from(m).ok());
        let day = day.filter(|d| *d != 0).and_then(|d| u8::try_from(d).ok());
        let partial = year.is_none() || month.is_none() || day.is_none();
        let invalid = match (year, month, day) {
            (_, Some(m), _) if m > 12 => true,
            (Some(y), Some(m), Some(d)) => d > days_in_month(y, m),
            (None, Some(m), Some(d)) => d > days_in_month(2000, m),
            (_, None, Some(_)) => true,
            _ => false,
        };
        PartialDate {
            year,
            month,
            day,
            raw,
            partial,
            invalid,
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, with an optional time after `T` or a space, or the
    /// compact `YYYYMMDD[Thhmmss]`. `None` when it does not look like a date at all.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let raw = text.trim();
        if raw.is_empty() || raw.len() > 40 {
            return None;
        }
        let date = raw.split(['T', ' ']).next().unwrap_or(raw);
        let parts: Vec<&str> = date.split('-').collect();
        let (y, m, d) = match parts.as_slice() {
            [y] if y.len() == 8 && y.bytes().all(|b| b.is_ascii_digit()) => (
                number(&y[..4])?,
                Some(number(&y[4..6])?),
                Some(number(&y[6..])?),
            ),
            [y] if y.len() == 4 => (number(y)?, None, None),
            [y, m] if y.len() == 4 && m.len() <= 2 => (number(y)?, Some(number(m)?), None),
            [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
                (number(y)?, Some(number(m)?), Some(number(d)?))
            }
            _ => return None,
        };
        // A timestamp keeps its date part only (the time is not part of the date).
        Some(Self::build(Some(y), m, d, date.to_string()))
    }

    /// The TX25's parts (each as written; any may be missing).
    pub fn from_parts(
        century: Option<&str>,
        year: Option<&str>,
        month: Option<&str>,
        day: Option<&str>,
    ) -> Option<PartialDate> {
        fn clean(s: Option<&str>) -> Option<&str> {
            s.map(str::trim).filter(|s| !s.is_empty())
        }
        let (c, y, m, d) = (clean(century), clean(year), clean(month), clean(day));
        if c.is_none() && y.is_none() && m.is_none() && d.is_none() {
            return None;
        }
        let mut raw = format!(
            "{}{}",
            c.unwrap_or("??"),
            y.map_or("??".to_string(), |y| format!("{y:0>2}"))
        );
        for part in [m, d] {
            match part {
                Some(p) => raw.push_str(&format!("-{p:0>2}")),
                None => break,
            }
        }
        let year = match (c.and_then(number), y.and_then(number)) {
            (Some(c), Some(y)) if y < 100 => Some(c * 100 + y),
            _ => None,
        };
        let mut date = Self::build(year, m.and_then(number), d.and_then(number), raw);
        if (c.is_some() || y.is_some()) && year.is_none() {
            date.invalid = true;
        }
        Some(date)
    }

    /// A usable calendar date: complete and valid.
    pub fn is_complete(&self) -> bool {
        !self.partial && !self.invalid
    }

    /// Days since 1970-01-01, with a missing month or day taken as the first, and an invalid day
    /// clamped to the month's end (for ordering and comparisons only). `None` without a year or
    /// with an impossible month.
    pub fn days(&self) -> Option<i64> {
        let y = i64::from(self.year?);
        let m = self.month.unwrap_or(1);
        if m > 12 {
            return None;
        }
        let d = self
            .day
            .unwrap_or(1)
            .min(days_in_month(self.year?, m).max(1));
        Some(days_from_civil(y, i64::from(m), i64::from(d)))
    }

    /// The end of the period this date names: the last day of its month or year when partial.
    pub fn last_days(&self) -> Option<i64> {
        let year = self.year?;
        let m = self.month.unwrap_or(12);
        if m > 12 {
            return None;
        }
        let d = self
            .day
            .unwrap_or(days_in_month(year, m))
            .min(days_in_month(year, m).max(1));
        Some(days_from_civil(i64::from(year), i64::from(m), i64::from(d)))
    }

    /// `YYYY-MM-DD` for a complete date.
    pub fn iso(&self) -> Option<String> {
        if !self.is_complete() {
            return None;
        }
        Some(format!(
            "{:04}-{:02}-{:02}",
            self.year?, self.month?, self.day?
        ))
    }

    /// Full years from `self` (a birth date) to `on`; only for complete dates.
    pub fn years_until(&self, on: &PartialDate) -> Option<i64> {
        if !self.is_complete() || !on.is_complete() {
            return None;
        }
        let (by, bm, bd) = (i64::from(self.year?), self.month?, self.day?);
        let (y, m, d) = (i64::from(on.year?), on.month?, on.day?);
        let mut years = y - by;
        if (m, d) < (bm, bd) {
            years -= 1;
        }
        Some(years)
    }
}

/// Roughly this many months of days (for "within the last months" rules).
pub const fn months(n: i64) -> i64 {
    n * 3044 / 100
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_partial_invalid_and_compact() {
        let d = PartialDate::parse("2022-11-31").unwrap();
        assert!(d.invalid && !d.partial);
        assert_eq!(d.raw, "2022-11-31");
        assert_eq!(d.days(), PartialDate::parse("2022-11-30").unwrap().days());
        let m = PartialDate::parse("2019-01").unwrap();
        assert!(m.partial && !m.invalid);
        assert_eq!(
            PartialDate::parse("20120521T134019")
                .unwrap()
                .iso()
                .unwrap(),
            "2012-05-21"
        );
        assert_eq!(
            PartialDate::parse("2017-07-01T09:15:23.458")
                .unwrap()
                .iso()
                .unwrap(),
            "2017-07-01"
        );
        assert_eq!(
            PartialDate::parse("1999-10-11 11:46:00")
                .unwrap()
                .iso()
                .unwrap(),
            "1999-10-11"
        );
        assert!(PartialDate::parse("Bureau R").is_none());
        assert!(PartialDate::parse("20é1010").is_none());
        assert!(PartialDate::parse("2€-1-1").is_none());
        assert!(PartialDate::parse("2024-02-29").unwrap().is_complete());
        assert!(PartialDate::parse("2023-02-29").unwrap().invalid);
        assert!(PartialDate::parse("2023-13-01").unwrap().invalid);
    }

    #[test]
    fn tx25_parts() {
        let d = PartialDate::from_parts(Some("19"), Some("98"), Some("5"), Some("26")).unwrap();
        assert_eq!(d.iso().unwrap(), "1998-05-26");
        assert_eq!(d.raw, "1998-05-26");
        let p = PartialDate::from_parts(Some("19"), Some("72"), None, None).unwrap();
        assert!(p.partial && p.year == Some(1972) && p.raw == "1972");
        let z = PartialDate::from_parts(Some("19"), Some("00"), Some("00"), Some("00")).unwrap();
        assert!(z.partial && z.month.is_none());
        assert!(PartialDate::from_parts(None, None, None, None).is_none());
        assert!(
            PartialDate::from_parts(Some("x"), Some("1"), None, None)
                .unwrap()
                .invalid
        );
    }

    #[test]
    fn ages_and_days() {
        let birth = PartialDate::parse("1967-12-24").unwrap();
        assert_eq!(
            birth.years_until(&PartialDate::parse("2017-12-23").unwrap()),
            Some(49)
        );
        assert_eq!(
            birth.years_until(&PartialDate::parse("2017-12-24").unwrap()),
            Some(50)
        );
        assert_eq!(PartialDate::parse("1970-01-01").unwrap().days(), Some(0));
        assert_eq!(
            PartialDate::parse("2019-01").unwrap().last_days(),
            PartialDate::parse("2019-01-31").unwrap().days()
        );
    }
}
