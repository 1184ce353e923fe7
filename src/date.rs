//! Calendar dates without time zone or clock: parsing `YYYY-MM-DD` and writing Dutch dates.
//!
//! Hand-written on purpose: we need only a validated year-month-day and its Dutch spelling; the
//! clock ("today") always comes from the caller, so the core stays deterministic.

use std::fmt;

/// A valid Gregorian calendar date between the years 1900 and 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was given.
    Empty,
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The numbers do not make a real date (e.g. 31 February).
    OutOfRange,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Empty => "date is empty",
            DateError::Format => "date is not of the form yyyy-mm-dd",
            DateError::OutOfRange => "date does not exist",
        })
    }
}

impl std::error::Error for DateError {}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch name of a month (1–12); empty for anything else.
pub fn dutch_month(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS_NL.get(i))
        .copied()
        .unwrap_or("")
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil);
/// any integers, so that partial or invalid dates as others write them can be placed too.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Builds a date, checking that it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1900..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(DateError::OutOfRange);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::OutOfRange);
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (what `<input type="date">` gives), surrounding spaces allowed.
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let number = |range: std::ops::Range<usize>| -> u16 {
            text[range].parse().expect("checked to be ascii digits")
        };
        let month = u8::try_from(number(5..7)).map_err(|_| DateError::OutOfRange)?;
        let day = u8::try_from(number(8..10)).map_err(|_| DateError::OutOfRange)?;
        Date::new(number(0..4), month, day)
    }

    /// `2026-11-22`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `22 november 2026`.
    pub fn dutch_long(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS_NL[usize::from(self.month - 1)],
            self.year
        )
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let d = Date::parse_iso(" 2026-11-22 ").unwrap();
        assert_eq!(d.iso(), "2026-11-22");
        assert_eq!(d.dutch_long(), "22 november 2026");
        assert_eq!(
            Date::parse_iso("2024-02-29").unwrap().dutch_long(),
            "29 februari 2024"
        );
    }

    #[test]
    fn rejects_bad_dates() {
        assert_eq!(Date::parse_iso(""), Err(DateError::Empty));
        assert_eq!(Date::parse_iso("22/11/2026"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2026-1-22"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2025-02-29"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse_iso("2026-13-01"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse_iso("2026-04-31"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse_iso("1800-01-01"), Err(DateError::OutOfRange));
    }

    #[test]
    fn orders_chronologically() {
        let a = Date::new(2026, 1, 31).unwrap();
        let b = Date::new(2026, 2, 1).unwrap();
        assert!(a < b);
    }
}
