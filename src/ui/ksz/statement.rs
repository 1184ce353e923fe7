//! A statement of the knowledge with its basis: the source's title, or "interpretatie".

use crate::ksz::knowledge::{Basis, Note, Statement, KNOWLEDGE};
use crate::ui::messages::ksz as m;
use yew::prelude::*;

/// The basis of a statement: "interpretatie" and/or "Bron: …" (the notes must be installed:
/// the source's title is deferred).
pub fn basis(b: &Basis) -> Html {
    let source = b.source.and_then(|id| KNOWLEDGE.source(id));
    html! {
        <>
            if b.interpretation {
                <span class="interpretatie">{ m::INTERPRETATION }</span>
            }
            if let Some(s) = source {
                <span class="bron">{ m::source(s.title.get(), b.article) }</span>
            }
        </>
    }
}

/// A statement as a list item.
pub fn item(s: &Statement) -> Html {
    html! { <li>{ s.text }{ " " }{ basis(&s.basis) }</li> }
}

/// A list of statements (nothing when empty).
pub fn list(items: &[Statement]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! { <ul class="uitspraken">{ for items.iter().map(item) }</ul> }
}

/// A list of deferred statements (the notes must be installed: see `notes::use_notes`).
pub fn notes(items: &[Note]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <ul class="uitspraken">
            { for items.iter().map(|s| html! { <li>{ s.text.get() }{ " " }{ basis(&s.basis) }</li> }) }
        </ul>
    }
}
