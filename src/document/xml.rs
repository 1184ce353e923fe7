//! The few WordprocessingML building blocks the referral needs, with correct escaping and
//! elements in schema order (CT_P, CT_R, CT_Tbl, CT_Tc as in ECMA-376 part 1).

use std::fmt::Write;

/// The character an XML reference (`&name;`) stands for: one of the five predefined entities or
/// a character reference (`#233`, `#xE9`); `None` for anything else (a DTD's entities are never
/// expanded). The inverse of [`escape`], shared by every reader of XML.
pub fn reference(name: &str) -> Option<char> {
    if let Some(text) = quick_xml::escape::resolve_xml_entity(name) {
        return text.chars().next();
    }
    let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => name.strip_prefix('#')?.parse().ok()?,
    };
    char::from_u32(code)
}

/// Escapes text for XML content and attribute values. The model guarantees there are no
/// characters that XML 1.0 forbids (see `model::text::is_forbidden`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A run of text, optionally bold. Spaces are kept exactly (`xml:space="preserve"`).
pub fn run(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

/// A paragraph with an optional style and the given runs.
pub fn paragraph(style: Option<&str>, runs: &str) -> String {
    match style {
        Some(s) => format!(r#"<w:p><w:pPr><w:pStyle w:val="{s}"/></w:pPr>{runs}</w:p>"#),
        None => format!("<w:p>{runs}</w:p>"),
    }
}

/// A paragraph of plain text.
pub fn text(style: Option<&str>, text: &str) -> String {
    paragraph(style, &run(text, false))
}

/// A table cell of the given width (twentieths of a point) holding one paragraph per line.
pub fn cell(width: u32, lines: &[String], bold: bool, shaded: bool) -> String {
    let mut out = format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#);
    if shaded {
        out.push_str(r#"<w:shd w:val="clear" w:color="auto" w:fill="E7EBF0"/>"#);
    }
    out.push_str("</w:tcPr>");
    if lines.is_empty() {
        out.push_str("<w:p/>");
    }
    for line in lines {
        out.push_str(&paragraph(None, &run(line, bold)));
    }
    out.push_str("</w:tc>");
    out
}

/// A table with borders. `rows[0]` is repeated as header on each page when `header` is set;
/// the first column is bold (labels).
pub fn table(widths: &[u32], rows: &[Vec<Vec<String>>], header: bool) -> String {
    let total: u32 = widths.iter().sum();
    let mut out = String::from("<w:tbl><w:tblPr>");
    let _ = write!(out, r#"<w:tblW w:w="{total}" w:type="dxa"/>"#);
    out.push_str("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(
            out,
            r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="CBD2DA"/>"#
        );
    }
    out.push_str("</w:tblBorders>");
    out.push_str(r#"<w:tblLayout w:type="fixed"/>"#);
    out.push_str(r#"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#);
    out.push_str("</w:tblPr><w:tblGrid>");
    for w in widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    for (r, row) in rows.iter().enumerate() {
        let is_header = header && r == 0;
        out.push_str("<w:tr>");
        if is_header {
            out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (c, lines) in row.iter().enumerate() {
            out.push_str(&cell(widths[c], lines, is_header || c == 0, is_header));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"a & <b> "c" 'd'"#),
            "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(escape("Zoë محمد"), "Zoë محمد");
    }

    #[test]
    fn runs_preserve_space() {
        assert_eq!(
            run(" x ", true),
            r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> x </w:t></w:r>"#
        );
    }
}
