//! Content controls (`w:sdt`) that received a value: Word would still show their text as the
//! grey "click here" placeholder (`w:showingPlcHdr`) or overwrite it from a data binding
//! (`w:dataBinding`, e.g. to the template's author), so a filled control loses both.

use super::tokens::{Kind, Token};

/// Removes `w:showingPlcHdr` and `w:dataBinding` from every control holding a changed token.
pub fn settle(tokens: &mut [Token], changed: &[usize]) {
    // Sorted, so "a changed token inside this control" is one binary search.
    let mut changed = changed.to_vec();
    changed.sort_unstable();
    let mut open: Vec<usize> = Vec::new();
    let mut filled: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Start(n) if n == "w:sdt" => open.push(i),
            Kind::End(n) if n == "w:sdt" => {
                if let Some(s) = open.pop() {
                    let next = changed.partition_point(|c| *c <= s);
                    if changed.get(next).is_some_and(|c| *c < i) {
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
