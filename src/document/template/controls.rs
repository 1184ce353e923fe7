//! Content controls (`w:sdt`) that received a value: Word would still show their text as the
//! grey "click here" placeholder (`w:showingPlcHdr`) or overwrite it from a data binding
//! (`w:dataBinding`, e.g. to the template's author), so a filled control loses both.

use super::tokens::{Kind, Token};

/// Removes `w:showingPlcHdr` and `w:dataBinding` from every control holding a changed token.
pub fn settle(tokens: &mut [Token], changed: &[usize]) {
    // How many changed tokens come before each token, so "a changed token inside this
    // control" is one subtraction.
    let mut before = vec![0usize; tokens.len() + 1];
    for c in changed.iter().filter(|c| **c < tokens.len()) {
        before[c + 1] += 1;
    }
    for i in 1..before.len() {
        before[i] += before[i - 1];
    }
    let mut open: Vec<usize> = Vec::new();
    let mut filled: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Start(n) if n == "w:sdt" => open.push(i),
            Kind::End(n) if n == "w:sdt" => {
                if let Some(s) = open.pop() {
                    // Changed tokens strictly between s and i.
                    if before[i] > before[s + 1] {
                        filled.push((s, i));
                    }
                }
            }
            _ => {}
        }
    }
    for (s, e) in filled {
        let mut depth = 0;
        for t in &mut tokens[s + 1..e] {
            match &t.kind {
                Kind::Start(n) if n == "w:sdt" => depth += 1,
                Kind::End(n) if n == "w:sdt" => depth -= 1,
                Kind::Empty(n)
                    if depth == 0 && (n == "w:showingPlcHdr" || n == "w:dataBinding") =>
                {
                    t.raw.clear()
                }
                _ => {}
            }
        }
    }
}
