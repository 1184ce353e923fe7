//! The reading guide per flow, and the page on the frame of the social investigation.

use super::notes::{waiting, Notes};
use super::statement::{basis, item, list, notes};
use crate::ksz::knowledge::{Amount, Flow, AMOUNTS, KNOWLEDGE};
use crate::ui::messages::ksz as m;
use yew::prelude::*;

fn flow(f: &'static Flow) -> Html {
    let informs: Vec<&str> = f
        .conditions
        .iter()
        .filter_map(|c| KNOWLEDGE.condition(c).map(|c| c.title))
        .collect();
    let title = match f.name_fr {
        Some(fr) => format!("{} ({fr})", f.name),
        None => f.name.to_string(),
    };
    html! {
        <section class="leeswijzer-stroom" aria-labelledby={format!("gids-{}", f.id)}>
            <h3 id={format!("gids-{}", f.id)}>{ title }</h3>
            <dl class="overzicht">
                <div class="overzicht-rij"><dt>{ m::INSTITUTION }</dt><dd>{ f.institution }</dd></div>
                <div class="overzicht-rij"><dt>{ m::SERVICE }</dt><dd>{ f.service }</dd></div>
                <div class="overzicht-rij"><dt>{ m::INFORMS }</dt><dd>{ informs.join(", ") }</dd></div>
            </dl>
            <h4>{ m::CONTAINS }</h4>
            { notes(f.contains) }
            <h4>{ m::READ }</h4>
            { notes(f.read) }
            <h4>{ m::PITFALLS }</h4>
            { notes(f.pitfalls) }
            <h4>{ m::INDICATES }</h4>
            { notes(f.indicates) }
            <h4>{ m::WHEN_NOTHING }</h4>
            <ul class="uitspraken">{ item(&f.nothing_found) }</ul>
            <h4>{ m::WHEN_NOT }</h4>
            <ul class="uitspraken">{ item(&f.not_consulted) }</ul>
        </section>
    }
}

/// One amount: label, value, date, source; "niet bevestigd" and "mogelijk verouderd" where so.
fn amount(a: &'static Amount) -> Html {
    html! {
        <li>
            { a.label.get() }{ ": " }<strong>{ a.shown() }</strong>{ m::per(a.per) }
            { ", " }{ m::valid(a.valid_from, a.start_known) }{ ". " }
            if a.unconfirmed {
                <span class="interpretatie">{ m::UNCONFIRMED }</span>
            }
            { basis(&a.basis) }
            if let Some(n) = a.note {
                <span class="waarom">{ n.get() }</span>
            }
            if let Some(r) = a.stale_ok {
                <span class="waarom">{ m::maybe_outdated(r.get()) }</span>
            }
        </li>
    }
}

/// The section "Bedragen" (the notes must be installed).
fn amounts() -> Html {
    html! {
        <section class="leeswijzer-stroom" aria-labelledby="gids-bedragen">
            <h3 id="gids-bedragen">{ m::AMOUNTS_HEADING }</h3>
            <p class="hint">{ m::AMOUNTS_INTRO }</p>
            <ul class="uitspraken">{ for AMOUNTS.iter().map(amount) }</ul>
        </section>
    }
}

/// Where the knowledge's longer texts are (`KszApp` loads them).
#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub notes: Notes,
}

#[function_component(Guide)]
pub fn guide(p: &NotesProps) -> Html {
    let ready = p.notes;
    html! {
        <section class="leeswijzer" aria-labelledby="leeswijzer-titel">
            <h2 id="leeswijzer-titel" tabindex="-1">{ m::GUIDE_HEADING }</h2>
            <p class="inleiding">{ m::GUIDE_INTRO }</p>
            <p class="hint">{ m::reviewed() }{ " " }{ m::DISCLAIMER }</p>
            { waiting(ready) }
            if ready == Notes::Ready {
                { for KNOWLEDGE.flows.iter().map(flow) }
                { amounts() }
            }
        </section>
    }
}

#[function_component(FrameGuide)]
pub fn frame_guide(p: &NotesProps) -> Html {
    let frame = &KNOWLEDGE.frame;
    let ready = p.notes;
    html! {
        <section class="kader" aria-labelledby="kader-titel">
            <h2 id="kader-titel" tabindex="-1">{ frame.title }</h2>
            <p class="hint">{ m::reviewed() }{ " " }{ m::DISCLAIMER }</p>
            { waiting(ready) }
            if ready == Notes::Ready {
                { for frame.sections.iter().map(|s| html! {
                    <>
                        <h3>{ s.heading.get() }</h3>
                        { notes(s.statements) }
                    </>
                }) }
            }
            <h3>{ m::CONDITIONS }</h3>
            { for KNOWLEDGE.conditions.iter().map(|c| html! {
                <>
                    <h4>{ c.title }</h4>
                    <p>{ c.question }</p>
                    { list(c.explain) }
                </>
            }) }
        </section>
    }
}
