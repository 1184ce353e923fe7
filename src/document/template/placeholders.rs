//! Typed placeholders (`{naam}`) in a part: found per paragraph over the paragraph's joined text,
//! however Word cut them into runs (spell-check marks, revision ids, bookmarks inside), and
//! filled in place: the first run of a placeholder gets the value and keeps its formatting, the
//! other runs lose the placeholder's pieces. A paragraph or table row whose fields all belong to
//! an absent second parent disappears, and so does a `{#ouder2}` … `{/ouder2}` block.

use super::names::{is_second_parent, normal, BLOCK_CLOSE, BLOCK_OPEN};
use super::tokens::{Kind, Token};

/// One paragraph: its token range, the texts in it, its container and its table row.
#[derive(Clone, Debug)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Token index and text of each `<w:t>` that belongs to this paragraph (not to one nested
    /// in it, e.g. in a text box).
    pub texts: Vec<(usize, String)>,
    /// The start token of the element that holds this paragraph (body, cell, text box …).
    pub parent: Option<usize>,
    /// The row (`<w:tr>`) this paragraph is in, as (start, end) tokens.
    pub row: Option<(usize, usize)>,
}

impl Paragraph {
    pub fn joined(&self) -> String {
        self.texts.iter().map(|(_, t)| t.as_str()).collect()
    }
}

/// A placeholder: where it is in the paragraph's joined text, and its name as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

/// A `{` without its `}` in a paragraph, at this byte of the joined text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed(pub usize);

/// The paragraphs of a part, in document order of their start.
pub fn paragraphs(tokens: &[Token]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    let mut open: Vec<usize> = Vec::new(); // indices into `out`
    let mut containers: Vec<usize> = Vec::new(); // start tokens of open elements
    let mut rows: Vec<usize> = Vec::new();
    let mut row_ends: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Start(n) if n == "w:p" => {
                out.push(Paragraph {
                    start: i,
                    end: i,
                    texts: Vec::new(),
                    parent: containers.last().copied(),
                    row: rows.last().map(|r| (*r, *r)),
                });
                open.push(out.len() - 1);
                containers.push(i);
            }
            Kind::End(n) if n == "w:p" => {
                if let Some(p) = open.pop() {
                    out[p].end = i;
                }
                containers.pop();
            }
            Kind::Start(n) => {
                if n == "w:tr" {
                    rows.push(i);
                }
                containers.push(i);
            }
            Kind::End(n) => {
                if n == "w:tr" {
                    if let Some(r) = rows.pop() {
                        row_ends.push((r, i));
                    }
                }
                containers.pop();
            }
            Kind::Text(text) => {
                if let Some(p) = open.last() {
                    out[*p].texts.push((i, text.clone()));
                }
            }
            _ => {}
        }
    }
    // The end of each row, by the token its start is (a dense table: no search).
    let mut end_of = vec![None; tokens.len()];
    for (start, end) in row_ends {
        end_of[start] = Some(end);
    }
    for p in &mut out {
        if let Some((start, _)) = p.row {
            p.row = end_of[start].map(|end| (start, end));
        }
    }
    out
}

/// The placeholders of a joined paragraph text, and the `{` left open.
pub fn scan(text: &str) -> (Vec<Found>, Vec<Unclosed>) {
    let mut found = Vec::new();
    let mut unclosed = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                if let Some(o) = open {
                    unclosed.push(Unclosed(o));
                }
                open = Some(i);
            }
            '}' => {
                if let Some(o) = open.take() {
                    found.push(Found {
                        start: o,
                        end: i + 1,
                        name: text[o + 1..i].to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        unclosed.push(Unclosed(o));
    }
    (found, unclosed)
}

/// Replaces `[start, end)` of the paragraph's joined text with `value`, in the texts' tokens.
/// Returns the tokens it changed.
/// `offsets[i]` is where `texts[i]` starts in the joined text (computed once per paragraph), so
/// a placeholder finds its first run by binary search: filling stays linear in the paragraph.
fn replace(
    tokens: &mut [Token],
    texts: &[(usize, String)],
    offsets: &[usize],
    (start, end): (usize, usize),
    value: &str,
    changed: &mut Vec<usize>,
) {
    let mut placed = false;
    let first = offsets.partition_point(|o| *o <= start).saturating_sub(1);
    for ((index, text), from) in texts.iter().zip(offsets).skip(first) {
        let (from, to) = (*from, from + text.len());
        if from >= end {
            break;
        }
        if to <= start {
            continue;
        }
        let current = match &tokens[*index].kind {
            Kind::Text(t) => t.clone(),
            _ => continue,
        };
        // Positions are in the original text of this token; earlier replacements in the same
        // paragraph were made from the end backwards, so they do not shift these.
        let cut_from = start.saturating_sub(from).min(text.len());
        let cut_to = (end - from).min(text.len()).min(current.len());
        let (head, tail) = (&current[..cut_from], &current[cut_to..]);
        let middle = if placed { "" } else { value };
        placed = true;
        tokens[*index].set_text(&format!("{head}{middle}{tail}"));
        changed.push(*index);
    }
}

/// What filling a part needs to know about the values.
pub trait Lookup {
    /// The value of a known field, or `None` for a field of an absent second parent.
    fn value(&self, name: &str) -> Option<&str>;
    fn second_parent(&self) -> bool;
}

/// A token range, both ends included.
type Range = (usize, usize);

/// The tables of a part: their token range and their own rows (not those of nested tables).
fn tables(tokens: &[Token]) -> Vec<(Range, Vec<Range>)> {
    let mut done = Vec::new();
    let mut open: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
    let mut row: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match &t.kind {
            Kind::Start(n) if n == "w:tbl" => open.push((i, Vec::new())),
            Kind::Start(n) if n == "w:tr" => row.push(i),
            Kind::End(n) if n == "w:tr" => {
                if let (Some(r), Some(table)) = (row.pop(), open.last_mut()) {
                    table.1.push((r, i));
                }
            }
            Kind::End(n) if n == "w:tbl" => {
                if let Some((s, rows)) = open.pop() {
                    done.push(((s, i), rows));
                }
            }
            _ => {}
        }
    }
    done
}

/// Which ranges to remove for an absent second parent: its paragraphs (never the last one of a
/// text box or cell: that one stays, empty), its rows (the whole table when no row is left)
/// and the `{#ouder2}` blocks; with a second parent only the block markers go.
fn removals(
    tokens: &[Token],
    paragraphs: &[Paragraph],
    values: &dyn Lookup,
) -> Vec<(usize, usize)> {
    let second = values.second_parent();
    let mut remove: Vec<(usize, usize)> = Vec::new();
    // Per row (by its start token): whether all its paragraphs with fields are the second
    // parent's, once one was seen.
    let mut rows: Vec<Option<bool>> = vec![None; tokens.len()];
    let mut block_open: Option<&Paragraph> = None;
    for p in paragraphs {
        let joined = p.joined();
        let (found, _) = scan(&joined);
        let names: Vec<String> = found.iter().map(|f| normal(&f.name)).collect();
        if names.len() == 1 && joined.trim() == &joined[found[0].start..found[0].end] {
            if names[0] == BLOCK_OPEN {
                block_open = Some(p);
                continue;
            }
            if names[0] == BLOCK_CLOSE {
                if let Some(open) = block_open.take() {
                    if second {
                        remove.push((open.start, open.end));
                        remove.push((p.start, p.end));
                    } else {
                        remove.push((open.start, p.end));
                    }
                }
                continue;
            }
        }
        let second_only = !names.is_empty() && names.iter().all(|n| is_second_parent(n));
        match p.row {
            Some((row, _)) if !names.is_empty() => {
                let all = rows[row].get_or_insert(true);
                *all &= second_only;
            }
            None if second_only && !second => remove.push((p.start, p.end)),
            _ => {}
        }
    }
    if !second {
        // A row goes when all its paragraphs with fields are the second parent's.
        let gone = |(start, _): &(usize, usize)| rows[*start] == Some(true);
        for (table, own) in tables(tokens) {
            if !own.is_empty() && own.iter().all(gone) {
                remove.push(table);
            } else {
                remove.extend(own.iter().filter(|r| gone(r)));
            }
        }
    }
    remove
}

/// Fills every placeholder of a part and removes what belongs to an absent second parent.
/// Unknown names are left to the load-time check (a checked template has none). Returns the
/// tokens whose text changed.
pub fn fill(tokens: &mut [Token], values: &dyn Lookup) -> Vec<usize> {
    let paragraphs = paragraphs(tokens);
    let remove = removals(tokens, &paragraphs, values);
    let mut changed = Vec::new();
    for p in &paragraphs {
        let (found, _) = scan(&p.joined());
        let offsets: Vec<usize> = p
            .texts
            .iter()
            .scan(0, |at, (_, t)| {
                let from = *at;
                *at += t.len();
                Some(from)
            })
            .collect();
        for f in found.iter().rev() {
            let name = normal(&f.name);
            let value = values.value(&name).unwrap_or("");
            replace(
                tokens,
                &p.texts,
                &offsets,
                (f.start, f.end),
                value,
                &mut changed,
            );
        }
    }
    let last = tokens.len().saturating_sub(1);
    // Which tokens a removal covers: a running count over the ranges' ends (linear).
    let mut depth = vec![0i32; tokens.len() + 1];
    for (from, to) in &remove {
        let (from, to) = ((*from).min(last), (*to).min(last));
        if tokens.is_empty() || from > to {
            continue;
        }
        depth[from] += 1;
        depth[to + 1] -= 1;
    }
    let mut covered = vec![false; tokens.len()];
    let mut running = 0;
    for (i, c) in covered.iter_mut().enumerate() {
        running += depth[i];
        *c = running > 0;
    }
    let inside = |i: usize| covered.get(i).copied().unwrap_or(false);
    // A container other than the body keeps at least one paragraph: per container (by its
    // start token), whether all its own paragraphs go, and its last one.
    let mut containers: Vec<Option<(bool, usize)>> = vec![None; tokens.len()];
    let mut parents: Vec<usize> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if let Some(parent) = p.parent {
            let entry = containers[parent].get_or_insert_with(|| {
                parents.push(parent);
                (true, i)
            });
            entry.0 &= inside(p.start);
            entry.1 = i;
        }
    }
    let keep: Vec<(usize, usize)> = parents
        .into_iter()
        .filter_map(|parent| {
            let (all_go, last_paragraph) = containers[parent]?;
            let is_body = matches!(&tokens[parent].kind, Kind::Start(n) if n == "w:body");
            (all_go && !is_body && !inside(parent)).then_some((parent, last_paragraph))
        })
        .collect();
    // A section break sits in the last paragraph of its section: a paragraph that goes leaves
    // its break behind, in an empty paragraph, so page size and headers stay as they were.
    let mut breaks: Vec<(usize, String)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if matches!(&t.kind, Kind::Start(n) if n == "w:sectPr") && inside(i) {
            let end = (i..tokens.len())
                .find(|j| matches!(&tokens[*j].kind, Kind::End(n) if n == "w:sectPr"))
                .unwrap_or(i);
            let raw: String = tokens[i..=end].iter().map(|t| t.raw.as_str()).collect();
            breaks.push((i, raw));
        }
    }
    for (from, to) in &remove {
        for t in &mut tokens[*from..=(*to).min(last)] {
            t.raw.clear();
        }
    }
    for (at, raw) in breaks {
        tokens[at].raw = format!("<w:p><w:pPr>{raw}</w:pPr></w:p>");
    }
    for (_, last_paragraph) in keep {
        tokens[paragraphs[last_paragraph].start].raw = "<w:p/>".to_string();
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{join, tokenize};
    use super::*;

    struct V(bool);
    impl Lookup for V {
        fn value(&self, name: &str) -> Option<&str> {
            match name {
                "a" => Some("Zoë & <co>"),
                "ouder2_voornaam" if self.0 => Some("Gül"),
                _ => None,
            }
        }
        fn second_parent(&self) -> bool {
            self.0
        }
    }

    fn filled(xml: &str, second: bool) -> String {
        let mut t = tokenize(xml).unwrap();
        let _ = fill(&mut t, &V(second));
        join(&t)
    }

    #[test]
    fn a_placeholder_cut_into_runs_is_filled_in_the_first_run() {
        let xml = r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>x {</w:t></w:r><w:proofErr/><w:r><w:t> A</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>} y</w:t></w:r></w:p>"#;
        let out = filled(xml, false);
        assert_eq!(
            out,
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">x Zoë &amp; &lt;co&gt;</w:t></w:r><w:proofErr/><w:r><w:t xml:space="preserve"></w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t xml:space="preserve"> y</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn second_parent_paragraphs_rows_and_blocks_disappear_without_one() {
        let xml = r#"<w:body><w:p><w:r><w:t>{ouder2_voornaam}</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Naam</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{ouder2_voornaam}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>{#ouder2}</w:t></w:r></w:p><w:p><w:r><w:t>weg</w:t></w:r></w:p><w:p><w:r><w:t>{/ouder2}</w:t></w:r></w:p><w:p><w:r><w:t>{a}</w:t></w:r></w:p></w:body>"#;
        let without = filled(xml, false);
        assert!(
            !without.contains("weg") && !without.contains("Naam") && !without.contains("ouder2"),
            "{without}"
        );
        assert!(without.contains("Zoë"));
        let with = filled(xml, true);
        assert!(
            with.contains("weg") && with.contains("Naam") && with.contains("Gül"),
            "{with}"
        );
        assert!(!with.contains("{"), "{with}");
    }

    #[test]
    fn a_removed_paragraph_leaves_its_section_break() {
        let sect = r#"<w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>"#;
        let xml = format!(
            r#"<w:body><w:p><w:pPr>{sect}</w:pPr><w:r><w:t>{{ouder2_voornaam}}</w:t></w:r></w:p><w:p><w:r><w:t>{{#ouder2}}</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:pPr>{sect}</w:pPr><w:r><w:t>{{/ouder2}}</w:t></w:r></w:p></w:body>"#
        );
        for second in [false, true] {
            let out = filled(&xml, second);
            let kept = format!("<w:p><w:pPr>{sect}</w:pPr></w:p>");
            assert_eq!(out.matches(sect).count(), 2, "{out}");
            assert_eq!(
                out.matches(&kept).count(),
                if second { 1 } else { 2 },
                "{out}"
            );
        }
    }

    #[test]
    fn text_in_a_text_box_belongs_to_its_own_paragraph() {
        let xml = r#"<w:p><w:r><w:t>{a</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>{a}</w:t></w:r></w:p></w:txbxContent></w:r><w:r><w:t>}</w:t></w:r></w:p>"#;
        let out = filled(xml, false);
        assert_eq!(out.matches("Zoë").count(), 2, "{out}");
    }
}
