//! The passwords to try for what the OCMW worker typed or pasted from the SMS.

use zeroize::Zeroizing;

/// The passwords to try for what was typed or pasted: as is, and with the spaces, dashes or
/// line breaks an SMS app may add or drop (our passwords are `xxxx-xxxx-xxxx-xxxx`).
pub fn password_candidates(typed: &str) -> Vec<Zeroizing<String>> {
    let trimmed = typed.trim();
    let mut out: Vec<Zeroizing<String>> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !out.iter().any(|o| **o == s) {
            out.push(Zeroizing::new(s));
        }
    };
    push(trimmed.to_string());
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    push(words.join("-"));
    push(words.concat());
    let bare: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if bare.len() == 16 && bare.is_ascii() {
        let groups: Vec<&str> = (0..4).map(|i| &bare[i * 4..i * 4 + 4]).collect();
        let grouped = groups.join("-");
        let lower = grouped.to_ascii_lowercase();
        push(grouped);
        push(lower);
    }
    push(bare);
    out
}
