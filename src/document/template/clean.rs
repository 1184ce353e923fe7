//! What a template carries that the filled document must not: Word's mail-merge settings
//! (data-source paths on the author's computer, the recipient list), the attached template's
//! path, and the names and accounts of whoever edited the template.

use super::tokens::{attribute, join, tokenize, Kind, Token};
use crate::document::parts;

/// Revision marks, comments and the people list name whoever edited the template: every
/// `…:author` and `…:initials` attribute becomes "Toeleiding".
pub fn neutral_authors(xml: &str) -> String {
    // Attribute (after its prefix) and what it becomes. The people list (`word/people.xml`)
    // also holds each editor's account: `w15:userId` (an e-mail address) and its provider.
    const NEUTRAL: [(&str, &str); 4] = [
        (":author=\"", "Toeleiding"),
        (":initials=\"", "T"),
        (":userId=\"", "Toeleiding"),
        (":providerId=\"", "None"),
    ];
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some((i, key, value)) = NEUTRAL
        .iter()
        .filter_map(|(k, v)| rest.find(k).map(|i| (i, k, v)))
        .min_by_key(|(i, _, _)| *i)
    {
        out.push_str(&rest[..i + key.len()]);
        out.push_str(value);
        rest = &rest[i + key.len()..];
        rest = &rest[rest.find('"').unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// Blanks the tokens from an element's start to its end (or just the empty element).
fn remove_elements(tokens: &mut [Token], name: &str) {
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i].kind {
            Kind::Empty(n) if n == name => tokens[i].raw.clear(),
            Kind::Start(n) if n == name => {
                let mut depth = 0;
                while i < tokens.len() {
                    match &tokens[i].kind {
                        Kind::Start(n) if n == name => depth += 1,
                        Kind::End(n) if n == name => depth -= 1,
                        _ => {}
                    }
                    tokens[i].raw.clear();
                    if depth == 0 {
                        break;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// `word/settings.xml` without `w:mailMerge` (data source, query, local paths) and without the
/// attached template (a path on the author's computer).
pub fn without_mail_merge(xml: &str) -> String {
    let Ok(mut tokens) = tokenize(xml) else {
        return parts::SETTINGS.to_string();
    };
    remove_elements(&mut tokens, "w:mailMerge");
    remove_elements(&mut tokens, "w:attachedTemplate");
    join(&tokens)
}

/// The content types without the overrides of dropped parts.
pub fn without_overrides(xml: &str, dropped: &[String]) -> String {
    if dropped.is_empty() {
        return xml.to_string();
    }
    let Ok(mut tokens) = tokenize(xml) else {
        return xml.to_string();
    };
    for t in &mut tokens {
        let part = attribute(&t.raw, "PartName").unwrap_or_default();
        if matches!(&t.kind, Kind::Empty(n) if n == "Override")
            && dropped.iter().any(|d| part.trim_start_matches('/') == d)
        {
            t.raw.clear();
        }
    }
    join(&tokens)
}

/// The settings' relationships without the mail-merge data sources and the attached template.
pub fn without_merge_sources(xml: &str) -> String {
    let Ok(mut tokens) = tokenize(xml) else {
        return r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#
            .to_string();
    };
    for t in &mut tokens {
        if matches!(&t.kind, Kind::Empty(n) if n == "Relationship") {
            let kind = attribute(&t.raw, "Type").unwrap_or_default();
            if kind.ends_with("/mailMergeSource")
                || kind.ends_with("/mailMergeHeaderSource")
                || kind.ends_with("/recipientData")
                || kind.ends_with("/attachedTemplate")
                || attribute(&t.raw, "TargetMode").as_deref() == Some("External")
            {
                t.raw.clear();
            }
        }
    }
    join(&tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_merge_settings_and_their_sources_are_removed() {
        let settings = r#"<w:settings xmlns:w="w"><w:attachedTemplate r:id="rId1"/><w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataSource r:id="rId2"/><w:query w:val="SELECT * FROM D:\Users\Frida\bouke.mdb"/></w:mailMerge><w:zoom w:percent="100"/></w:settings>"#;
        let out = without_mail_merge(settings);
        assert_eq!(
            out,
            r#"<w:settings xmlns:w="w"><w:zoom w:percent="100"/></w:settings>"#
        );
        let rels = r#"<Relationships><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///D:\Users\Frida\bouke.mdb" TargetMode="External"/><Relationship Id="rId9" Type="x/other" Target="a.xml"/></Relationships>"#;
        let out = without_merge_sources(rels);
        assert!(!out.contains("Frida") && out.contains("rId9"), "{out}");
        assert_eq!(
            neutral_authors(r#"<w:ins w:id="1" w:author="Frida K" w:date="x"><author="y">"#),
            r#"<w:ins w:id="1" w:author="Toeleiding" w:date="x"><author="y">"#
        );
        assert_eq!(
            neutral_authors(
                r#"<w15:person w15:author="F"><w15:presenceInfo w15:providerId="AD" w15:userId="S::f@x.be::8a"/>"#
            ),
            r#"<w15:person w15:author="Toeleiding"><w15:presenceInfo w15:providerId="None" w15:userId="Toeleiding"/>"#
        );
    }
}
