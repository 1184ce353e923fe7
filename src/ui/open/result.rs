//! What an opened archive held: our referral as a structured view with vCards, or any other
//! document as its text; and the document itself as a download.

use crate::open::docx_text::Block;
use crate::open::{vcard, Content, Opened, ParentView, Protection};
use crate::refer::seal::DOCX_MIME;
use crate::ui::browser;
use crate::ui::common::fields::summary_row;
use crate::ui::messages::open as m;
use yew::prelude::*;

fn parent_section(i: usize, p: &ParentView) -> Html {
    let card = vcard::vcard(p);
    let onclick = Callback::from(move |_: MouseEvent| {
        let _ = browser::download(card.as_bytes(), &vcard::file_name(i), "text/vcard");
    });
    let address = match (&p.street_line, &p.municipality_line) {
        (None, None) => None,
        (a, b) => Some(
            [a.as_deref(), b.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
        ),
    };
    html! {
        <section class="overzicht">
            <div class="overzicht-kop">
                <h3>{ m::parent(i) }</h3>
                <button type="button" class="knop knop-secundair" {onclick}>{ m::vcard(i) }</button>
            </div>
            <dl>
                { summary_row(m::FIRST_NAME, Some(&p.first_name)) }
                { summary_row(m::LAST_NAME, Some(&p.last_name)) }
                { summary_row(m::ADDRESS, address.as_ref()) }
                { summary_row(m::PHONE, p.phone.as_ref()) }
                { summary_row(m::EMAIL, p.email.as_ref()) }
            </dl>
        </section>
    }
}

fn blocks(blocks: &[Block]) -> Html {
    html! {
        <div class="document-tekst">
            { for blocks.iter().map(|b| match b {
                Block::Paragraph(p) if p.is_empty() => html! {},
                Block::Paragraph(p) => html! { <p>{ p }</p> },
                Block::Table(rows) => html! {
                    <table>
                        { for rows.iter().map(|r| html! {
                            <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                        }) }
                    </table>
                },
            }) }
        </div>
    }
}

/// The opened archive's content and its download button.
pub fn result(opened: &Opened) -> Html {
    let docx = opened.docx.clone();
    let name = opened.docx_name.clone();
    let on_docx = Callback::from(move |_: MouseEvent| {
        let _ = browser::download(&docx, &name, DOCX_MIME);
    });
    let protection = match opened.protection {
        Protection::Aes(bits) => m::protected(bits),
        Protection::SevenZ { names_hidden } => m::sevenz(names_hidden).into(),
        Protection::WordPassword => m::WORD_PASSWORD.into(),
        Protection::PlainWord => m::NOT_PROTECTED_WORD.into(),
        Protection::None => m::NOT_ENCRYPTED.into(),
    };
    let body = match &opened.content {
        Content::Referral(v) => html! {
            <>
                <h2 id="open-resultaat" tabindex="-1">{ m::REFERRAL }</h2>
                <p>{ protection }</p>
                { for v.parents.iter().enumerate().map(|(i, p)| parent_section(i, p)) }
                <section class="overzicht">
                    <h3>{ m::FROM }</h3>
                    <dl>
                        { summary_row(m::TEAM, v.team.as_ref()) }
                        { summary_row(m::WORKER, v.worker.as_ref()) }
                        { summary_row(m::PHONE, v.worker_phone.as_ref()) }
                        { summary_row(m::EMAIL, v.worker_email.as_ref()) }
                        { summary_row(m::TO, v.ocmw.as_ref()) }
                        { summary_row(m::DATE, v.date.as_ref()) }
                    </dl>
                </section>
                if let Some(consent) = &v.consent {
                    <section>
                        <h3>{ m::CONSENT }</h3>
                        <p>{ consent }</p>
                    </section>
                }
            </>
        },
        Content::Text(b) => html! {
            <>
                <h2 id="open-resultaat" tabindex="-1">{ m::CONTENT }</h2>
                <p>{ protection }{ m::FOREIGN }</p>
                { blocks(b) }
            </>
        },
    };
    html! {
        <>
            { body }
            <div class="acties">
                <button type="button" class="knop knop-primair" onclick={on_docx}>{ m::DOWNLOAD_DOCX }</button>
            </div>
        </>
    }
}
