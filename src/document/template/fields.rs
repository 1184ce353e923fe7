//! Word's own mail-merge fields turned into typed placeholders before filling: a simple field
//! (`<w:fldSimple w:instr=" MERGEFIELD naam ">`) and a complex one (`fldChar` begin, one or more
//! `instrText`, separate, the shown result, end) both become `{naam}` in the result's first run,
//! keeping its formatting. Other fields (PAGE, DATE …) stay; fields we cannot fill (IF, ASK …)
//! and fields inside fields are reported.

use super::tokens::{attribute, Kind, Token};

/// A field that cannot be filled, and the token where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldIssue {
    /// A field type that decides or asks something (IF, ASK, FILLIN, NEXT …).
    Unsupported { kind: String, at: usize },
    /// A field inside another field.
    Nested { at: usize },
}

const UNSUPPORTED: [&str; 10] = [
    "IF", "ASK", "FILLIN", "NEXT", "NEXTIF", "SKIPIF", "SET", "MERGEREC", "MERGESEQ", "DATABASE",
];

/// The field's kind and, for MERGEFIELD, the merge field's name.
fn instruction(text: &str) -> (String, Option<String>) {
    let mut words = text.split_whitespace();
    let kind = words.next().unwrap_or_default().to_ascii_uppercase();
    let name = (kind == "MERGEFIELD")
        .then(|| words.next().map(|n| n.trim_matches('"').to_string()))
        .flatten();
    (kind, name)
}

/// The last token of the element starting at `i`: its end tag for a start tag, else `i`.
fn element_end(tokens: &[Token], i: usize) -> usize {
    let Some(Kind::Start(name)) = tokens.get(i).map(|t| &t.kind) else {
        return i;
    };
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(i + 1) {
        match &t.kind {
            Kind::Start(n) if n == name => depth += 1,
            Kind::End(n) if n == name && depth == 0 => return j,
            Kind::End(n) if n == name => depth -= 1,
            _ => {}
        }
    }
    tokens.len() - 1
}

/// Removes the element starting at `i` (a `fldChar` may hold children, e.g. form-field data):
/// its tokens write nothing and no longer count as structure.
fn clear(tokens: &mut [Token], i: usize) {
    let end = element_end(tokens, i);
    tokens[i..=end].iter_mut().for_each(blank);
}

/// One token that writes nothing and no longer counts as structure.
fn blank(t: &mut Token) {
    t.raw.clear();
    t.kind = Kind::Other;
}

fn placeholder(name: &str, wrapped: bool) -> Token {
    Token::text(&format!("{{{name}}}"), wrapped)
}

fn is(t: &Token, kind: &str) -> bool {
    matches!(&t.kind, Kind::Empty(n) | Kind::Start(n) if n == "w:fldChar")
        && attribute(&t.raw, "w:fldCharType").as_deref() == Some(kind)
}

/// Puts `{name}` in the first result text between `from` and `to`, blanks the others; when there
/// is no result text, the token at `fallback` (inside a run) becomes the placeholder.
fn fill_result(tokens: &mut [Token], from: usize, to: usize, name: &str, fallback: usize) {
    let mut first = true;
    for t in &mut tokens[from..to] {
        if let Kind::Text(_) = t.kind {
            if first {
                t.set_text(&format!("{{{name}}}"));
                first = false;
            } else {
                t.set_text("");
            }
        }
    }
    if first {
        // No result text: the placeholder takes the place of the field's first token, which
        // sits in a run for a complex field and between runs for a simple one.
        let in_run = !matches!(&tokens[fallback].kind, Kind::Start(n) if n == "w:fldSimple");
        tokens[fallback] = placeholder(name, !in_run);
    }
}

fn simple_fields(tokens: &mut [Token], issues: &mut Vec<FieldIssue>) {
    let mut i = 0;
    while i < tokens.len() {
        let (is_start, is_empty) = match &tokens[i].kind {
            Kind::Start(n) if n == "w:fldSimple" => (true, false),
            Kind::Empty(n) if n == "w:fldSimple" => (false, true),
            _ => (false, false),
        };
        if !(is_start || is_empty) {
            i += 1;
            continue;
        }
        let (kind, name) = instruction(&attribute(&tokens[i].raw, "w:instr").unwrap_or_default());
        let end = if is_start {
            let mut depth = 0;
            let mut j = i;
            loop {
                j += 1;
                match tokens.get(j).map(|t| &t.kind) {
                    Some(Kind::Start(n)) if n == "w:fldSimple" => depth += 1,
                    Some(Kind::End(n)) if n == "w:fldSimple" && depth == 0 => break,
                    Some(Kind::End(n)) if n == "w:fldSimple" => depth -= 1,
                    // Not closed: the tokenizer refuses such a part, so this is never reached.
                    None => return,
                    _ => {}
                }
            }
            j
        } else {
            i
        };
        if UNSUPPORTED.contains(&kind.as_str()) {
            issues.push(FieldIssue::Unsupported { kind, at: i });
        } else if let Some(name) = name {
            if is_empty {
                tokens[i] = placeholder(&name, true);
            } else {
                blank(&mut tokens[end]);
                fill_result(tokens, i + 1, end, &name, i);
                if !matches!(tokens[i].kind, Kind::Text(_)) {
                    blank(&mut tokens[i]);
                }
            }
        }
        i = end + 1;
    }
}

fn complex_fields(tokens: &mut [Token], issues: &mut Vec<FieldIssue>) {
    let mut i = 0;
    while i < tokens.len() {
        if !is(&tokens[i], "begin") {
            i += 1;
            continue;
        }
        let begin = i;
        let (mut separate, mut end, mut depth) = (None, None, 0usize);
        let mut instr = String::new();
        let mut j = i + 1;
        while j < tokens.len() {
            if is(&tokens[j], "begin") {
                depth += 1;
                issues.push(FieldIssue::Nested { at: j });
            } else if is(&tokens[j], "end") {
                if depth == 0 {
                    end = Some(j);
                    break;
                }
                depth -= 1;
            } else if depth == 0 && is(&tokens[j], "separate") {
                separate = Some(j);
            } else if let (Kind::Instr(t), 0, None) = (&tokens[j].kind, depth, separate) {
                instr.push_str(t);
            }
            j += 1;
        }
        let Some(end) = end else { break };
        let (kind, name) = instruction(&instr);
        if UNSUPPORTED.contains(&kind.as_str()) {
            issues.push(FieldIssue::Unsupported { kind, at: begin });
        } else if let (Some(name), true) = (name, depth == 0) {
            let result_from = separate.unwrap_or(end);
            for t in &mut tokens[begin..result_from] {
                if matches!(t.kind, Kind::Instr(_)) {
                    t.raw.clear();
                }
            }
            clear(tokens, end);
            if let Some(s) = separate {
                clear(tokens, s);
            }
            clear(tokens, begin);
            fill_result(tokens, result_from, end, &name, begin);
        }
        i = end + 1;
    }
}

/// Turns the mail-merge fields of a part into typed placeholders; reports what cannot be filled.
pub fn convert(tokens: &mut [Token]) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    simple_fields(tokens, &mut issues);
    complex_fields(tokens, &mut issues);
    issues
}
