//! The sheet's and the points' columns as HTML text, every text escaped, for the page to insert
//! as is (`Html::from_html_unchecked`). Written as text rather than with Yew's `html!` because
//! the referral page's first load has little room: the same markup as components cost it KBs.
//! Each column carries its language's `lang` and `dir`. The values put into the texts (the team,
//! the OCMW, the worker's name, phone and e-mail) are typed by the worker: escaped like every
//! text, and the page's CSP runs no inline script or handler anyway (`tests/languages.rs`).

use super::sheet::{notice, Sheet, POINTS};
use super::texts::Texts;
use super::Language;
use crate::document::xml::escape;

fn push(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

fn open(out: &mut String, t: &Texts, main: bool) {
    let lang = if main { "nl-BE" } else { t.get("code") };
    let dir = if t.rtl() { "rtl" } else { "ltr" };
    push(
        out,
        &[
            "<section class=\"taal-kolom\" lang=\"",
            &escape(lang),
            "\" dir=\"",
            dir,
            "\">",
        ],
    );
}

/// "Deze vertaling is nog niet nagelezen …" in Dutch and in the language, when no native
/// speaker has read it; nothing otherwise.
pub fn notice_html(dutch: &Texts, t: &Texts) -> String {
    let mut out = String::new();
    if let Some(text) = notice(t) {
        let dir = if t.rtl() { "rtl" } else { "ltr" };
        push(
            &mut out,
            &[
                "<div class=\"melding-let-op vertaling-melding\"><p lang=\"nl-BE\" dir=\"ltr\">",
                &escape(dutch.get("unreviewed")),
                "</p><p lang=\"",
                &escape(t.get("code")),
                "\" dir=\"",
                dir,
                "\">",
                &escape(text),
                "</p></div>",
            ],
        );
    }
    out
}

/// One language's sheet as a column. The Dutch one (`main`) comes under the page's `h1` (the
/// sheet's title, which the page writes itself) with `h2` sections; a translation has the notice,
/// an `h2` title and `h3` sections.
pub fn sheet_column(dutch: &Texts, t: &Texts, s: &Sheet, main: bool) -> String {
    let mut out = String::with_capacity(4096);
    open(&mut out, t, main);
    if !main {
        out.push_str(&notice_html(dutch, t));
        push(&mut out, &["<h2>", &escape(&s.title), "</h2>"]);
    }
    push(
        &mut out,
        &["<p class=\"inleiding\">", &escape(&s.intro), "</p>"],
    );
    let h = if main { "h2>" } else { "h3>" };
    for (heading, text) in &s.sections {
        push(
            &mut out,
            &[
                "<",
                h,
                &escape(heading),
                "</",
                h,
                "<p>",
                &escape(text),
                "</p>",
            ],
        );
    }
    out.push_str("</section>");
    out
}

/// The five points in plain Dutch and, beside them, in the language (each a column with its
/// heading, the list and "Jij beslist"), after the notice.
pub fn points(dutch: &Texts, t: &Texts) -> String {
    let mut out = notice_html(dutch, t);
    out.push_str("<div class=\"talen\">");
    for (texts, main) in [(dutch, true), (t, false)] {
        open(&mut out, texts, main);
        push(
            &mut out,
            &["<h2>", &escape(texts.get("points.heading")), "</h2><ol>"],
        );
        for key in POINTS {
            push(&mut out, &["<li>", &escape(texts.get(key)), "</li>"]);
        }
        push(
            &mut out,
            &[
                "</ol><p>",
                &escape(texts.get("points.choice")),
                "</p></section>",
            ],
        );
    }
    out.push_str("</div>");
    out
}

/// The choice's options: "Alleen Nederlands" (value "") and each language as "Arabisch –
/// العربية" (value: its index), the chosen one selected.
pub fn options(languages: &[Language], chosen: Option<usize>, only_dutch: &str) -> String {
    let mut out = String::with_capacity(1024);
    let selected = |on: bool| if on { " selected" } else { "" };
    push(
        &mut out,
        &[
            "<option value=\"\"",
            selected(chosen.is_none()),
            ">",
            &escape(only_dutch),
            "</option>",
        ],
    );
    for (i, l) in languages.iter().enumerate() {
        let label = if l.name == l.endonym {
            escape(l.name)
        } else {
            escape(&format!("{} – {}", l.name, l.endonym))
        };
        push(
            &mut out,
            &[
                "<option value=\"",
                &i.to_string(),
                "\"",
                selected(chosen == Some(i)),
                ">",
                &label,
                "</option>",
            ],
        );
    }
    out
}
