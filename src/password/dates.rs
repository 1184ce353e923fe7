//! Years and dates inside a password (`1985`, `24121985`, `24-12-85`, `1985-12-24`): a guesser
//! tries every day of about 150 years, which is few guesses.

/// Guesses for a year: the guesser tries about 150 years.
const YEAR_GUESSES: f64 = 150.0;

/// Guesses for a year (1900–2039) or a date (day, month and maybe year, with or without
/// separators), or `None`.
pub fn date_or_year(piece: &[char]) -> Option<f64> {
    if piece.iter().all(char::is_ascii_digit) && piece.len() == 4 {
        if let Some(y) = number(piece) {
            if (1900..=2039).contains(&y) {
                return Some(YEAR_GUESSES);
            }
        }
    }
    // Split into digit groups at separators.
    let separators = [' ', '-', '/', '.', '_', ','];
    let groups: Vec<&[char]> = piece
        .split(|c| separators.contains(c))
        .filter(|g| !g.is_empty())
        .collect();
    let digits_only = groups.iter().all(|g| g.iter().all(char::is_ascii_digit));
    if !digits_only || piece.first().is_none_or(|c| !c.is_ascii_digit()) {
        return None;
    }
    let separated = groups.len() > 1;
    let extra = if separated { 4.0 } else { 1.0 };
    let candidates: Vec<(u32, u32, Option<u32>)> = match (groups.len(), piece.len()) {
        (1, 4) => vec![split2(piece, 2), split2r(piece, 2)],
        (1, 6) => vec![split3(piece, 2, 2), split3r(piece, 2, 2), split3y(piece, 2)],
        (1, 8) => vec![split3(piece, 2, 2), split3r(piece, 2, 2), split3y(piece, 4)],
        (1, 5) | (1, 7) => vec![split3(piece, 1, 2), split3(piece, 2, 1)],
        (2, _) => groups_dm(&groups),
        (3, _) => groups_dmy(&groups),
        _ => Vec::new(),
    }
    .into_iter()
    .flatten()
    .collect();
    candidates.into_iter().find_map(|(d, m, y)| {
        let valid_day = (1..=31).contains(&d) && (1..=12).contains(&m);
        let year_guesses = match y {
            None => Some(1.0),
            Some(y) if y < 100 => Some(100.0),
            Some(y) if (1900..=2039).contains(&y) => Some(YEAR_GUESSES),
            Some(_) => None,
        };
        (valid_day)
            .then_some(year_guesses)
            .flatten()
            .map(|g| 366.0 * g * extra)
    })
}

fn number(digits: &[char]) -> Option<u32> {
    digits.iter().try_fold(0u32, |acc, c| {
        c.to_digit(10)
            .map(|d| acc.saturating_mul(10).saturating_add(d))
    })
}

/// day-month from 4 digits (ddmm).
fn split2(p: &[char], at: usize) -> Option<(u32, u32, Option<u32>)> {
    Some((number(&p[..at])?, number(&p[at..])?, None))
}

/// month-day from 4 digits (mmdd).
fn split2r(p: &[char], at: usize) -> Option<(u32, u32, Option<u32>)> {
    Some((number(&p[at..])?, number(&p[..at])?, None))
}

/// day, month, year (ddmmyy, ddmmyyyy, dmmyy...).
fn split3(p: &[char], d: usize, m: usize) -> Option<(u32, u32, Option<u32>)> {
    Some((
        number(&p[..d])?,
        number(&p[d..d + m])?,
        Some(number(&p[d + m..])?),
    ))
}

/// month, day, year.
fn split3r(p: &[char], m: usize, d: usize) -> Option<(u32, u32, Option<u32>)> {
    Some((
        number(&p[m..m + d])?,
        number(&p[..m])?,
        Some(number(&p[m + d..])?),
    ))
}

/// year first (yymmdd, yyyymmdd).
fn split3y(p: &[char], y: usize) -> Option<(u32, u32, Option<u32>)> {
    Some((
        number(&p[y + 2..])?,
        number(&p[y..y + 2])?,
        Some(number(&p[..y])?),
    ))
}

fn groups_dm(groups: &[&[char]]) -> Vec<Option<(u32, u32, Option<u32>)>> {
    let (a, b) = (number(groups[0]), number(groups[1]));
    vec![
        a.zip(b).map(|(a, b)| (a, b, None)),
        a.zip(b).map(|(a, b)| (b, a, None)),
    ]
}

fn groups_dmy(groups: &[&[char]]) -> Vec<Option<(u32, u32, Option<u32>)>> {
    let (a, b, c) = (number(groups[0]), number(groups[1]), number(groups[2]));
    let all = a.zip(b).zip(c).map(|((a, b), c)| (a, b, c));
    vec![
        all.map(|(a, b, c)| (a, b, Some(c))),
        all.map(|(a, b, c)| (b, a, Some(c))),
        all.map(|(a, b, c)| (c, b, Some(a))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_years() {
        assert!(date_or_year(&"1985".chars().collect::<Vec<_>>()).is_some());
        assert!(date_or_year(&"24121985".chars().collect::<Vec<_>>()).is_some());
        assert!(date_or_year(&"24-12-85".chars().collect::<Vec<_>>()).is_some());
        assert!(date_or_year(&"1985-12-24".chars().collect::<Vec<_>>()).is_some());
        assert!(date_or_year(&"3412".chars().collect::<Vec<_>>()).is_none());
        assert!(date_or_year(&"9999".chars().collect::<Vec<_>>()).is_none());
    }
}
