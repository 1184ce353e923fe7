//! The no-silent-loss guard (issue 17): every element value and attribute of every sample
//! answer is shown (in a fact, a date, an event), or listed in the readers' table of what is
//! ignored on purpose, with the reason (`toeleiding::ksz::import::IGNORED`). A value that is
//! neither is lost silently: the test names it.

use super::*;
use quick_xml::events::Event as XmlEvent;
use quick_xml::Reader;
use std::collections::BTreeMap;
use toeleiding::ksz::import::{decode, IGNORED};

/// Every (path, value) of an XML text: element texts and attributes (`@name`), local names
/// only, namespace declarations left out. An embedded answer (SSDN `xmlString`) is walked as
/// its own tree.
fn leaves(xml: &str, out: &mut Vec<(String, String)>) {
    let mut reader = Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(XmlEvent::Start(e)) | Ok(XmlEvent::Empty(e)) if false => drop(e),
            Ok(XmlEvent::Start(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_string();
                path.push(name);
                attributes(&e, &path, out);
                text.clear();
            }
            Ok(XmlEvent::Empty(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_string();
                path.push(name);
                attributes(&e, &path, out);
                path.pop();
            }
            Ok(XmlEvent::Text(t)) => text.push_str(&t.decode().unwrap_or_default()),
            Ok(XmlEvent::GeneralRef(r)) => {
                // A character reference (`&#233;`) is its character, as the crate reads it.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                    continue;
                }
                let name = String::from_utf8_lossy(r.as_ref()).to_string();
                text.push_str(match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            Ok(XmlEvent::CData(t)) => text.push_str(&String::from_utf8_lossy(&t)),
            Ok(XmlEvent::End(_)) => {
                let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if value.starts_with('<') {
                    leaves(&value, out);
                } else if !value.is_empty() {
                    out.push((path.join("/"), value));
                }
                text.clear();
                path.pop();
            }
            Ok(XmlEvent::Eof) | Err(_) => break,
            _ => {}
        }
    }
}

fn attributes(e: &quick_xml::events::BytesStart, path: &[String], out: &mut Vec<(String, String)>) {
    for a in e.attributes().flatten() {
        let key = String::from_utf8_lossy(a.key.as_ref()).to_string();
        if key == "xmlns" || key.starts_with("xmlns:") || key.contains(':') {
            continue;
        }
        let value = a
            .unescape_value()
            .map(|v| v.to_string())
            .unwrap_or_default();
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if !value.is_empty() {
            out.push((format!("{}/@{key}", path.join("/")), value));
        }
    }
}

/// Everything an answer shows, as one text.
fn shown(a: &Answer) -> String {
    let mut s = format!(
        "{} {}",
        a.service,
        a.answered_on.as_ref().map_or("", |d| d.raw.as_str())
    );
    for f in a.all_facts() {
        for part in [&f.label, &f.value] {
            s.push('\n');
            s.push_str(part);
        }
        for d in [&f.from, &f.to].into_iter().flatten() {
            s.push('\n');
            s.push_str(&d.raw);
        }
    }
    for e in &a.events {
        s.push('\n');
        s.push_str(&e.label);
    }
    s
}

/// The forms a value may be shown in: as written, an amount in euro (decimal, whole euros or
/// cents), a date without its time, a yes/no flag in Dutch (as the readers write them).
fn forms(value: &str) -> Vec<String> {
    let mut forms = vec![value.to_string()];
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let thousands = |whole: &str| {
        let w = whole.trim_start_matches('0');
        let w = if w.is_empty() { "0" } else { w };
        let mut out = String::new();
        for (i, c) in w.chars().enumerate() {
            if i > 0 && (w.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        out
    };
    let v = value.trim_start_matches('-');
    if let Some((whole, frac)) = v.split_once('.') {
        if digits(whole) && digits(frac) && frac.len() <= 2 {
            forms.push(format!("{},{frac:0<2}", thousands(whole)));
        }
    } else if digits(v) {
        forms.push(format!("{},00", thousands(v)));
        if v.len() >= 3 {
            let (whole, frac) = v.split_at(v.len() - 2);
            forms.push(format!("{},{frac}", thousands(whole)));
        }
    }
    let b = value.as_bytes();
    if b.len() > 10 && b[4] == b'-' && (b[10] == b'T' || b[10] == b' ') {
        forms.push(value[..10].to_string());
    }
    match value {
        "true" => forms.push(L::YES.to_string()),
        "false" => forms.push(L::NO.to_string()),
        _ => {}
    }
    forms
}

/// Whether a path is ignored on purpose: an entry names the path's last elements, or an
/// element the path lies below (its child elements and their attributes; the listed element's
/// own attributes stay checked).
fn ignored(path: &str) -> Option<&'static str> {
    let path = format!("/{path}");
    IGNORED
        .iter()
        .find(|(entry, _)| {
            let entry = format!("/{entry}");
            path.ends_with(&entry)
                || path
                    .match_indices(&format!("{entry}/"))
                    .any(|(i, m)| !path[i + m.len()..].starts_with('@'))
        })
        .map(|(_, why)| *why)
}

#[test]
fn every_value_of_every_sample_is_shown_or_ignored_on_purpose() {
    let Some(dir) = samples() else { return };
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "xml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut lost: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut checked = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let Ok(answer) = read("x.xml", &bytes) else {
            continue;
        };
        let haystack = shown(&answer);
        // Decoded as the crate decodes it (UTF-8, UTF-16 with BOM, declared ISO-8859-1).
        let text = decode(&bytes).expect("a sample the crate reads decodes");
        let mut all = Vec::new();
        leaves(&text, &mut all);
        for (p, v) in all {
            checked += 1;
            if ignored(&p).is_some() || forms(&v).iter().any(|f| haystack.contains(f.as_str())) {
                continue;
            }
            let key: Vec<&str> = p.rsplit('/').take(3).collect();
            let key: Vec<&str> = key.into_iter().rev().collect();
            let entry = lost.entry(key.join("/")).or_insert((0, String::new()));
            entry.0 += 1;
            if entry.1.is_empty() {
                entry.1 = format!("{} = {v:?}", path.strip_prefix(&dir).unwrap().display());
            }
        }
    }
    println!(
        "no-silent-loss guard: {} files, {checked} values and attributes checked",
        files.len()
    );
    for (k, (n, example)) in &lost {
        println!("LOST {n:>4}  {k}   e.g. {example}");
    }
    assert!(
        lost.is_empty(),
        "{} kinds of values are lost silently (see above)",
        lost.len()
    );
}
