//! The practice dossiers: the list, one dossier (what the KSZ shows, the worker's record) and
//! the comparison with the model answer, line by line, with the reasons.

use super::notes::{waiting, Notes};
use super::record_form::RecordForm;
use super::sheet::{condition_title, line};
use crate::ksz::knowledge::{Status, KNOWLEDGE};
use crate::ksz::practice::{compare, Mark};
use crate::ui::common::errors::ErrorSummary;
use crate::ui::messages::ksz as m;
use yew::prelude::*;

pub use crate::ksz::page::Attempt;

#[derive(Properties, PartialEq)]
pub struct PracticeProps {
    /// Where the knowledge's longer texts are (`KszApp` loads them).
    pub notes: Notes,
    pub attempt: Option<Attempt>,
    pub on_open: Callback<Option<&'static str>>,
    pub on_status: Callback<(&'static str, Option<Status>)>,
    pub on_tick: Callback<(&'static str, bool)>,
    pub on_compare: Callback<()>,
}

fn list(on_open: &Callback<Option<&'static str>>) -> Html {
    html! {
        <section aria-labelledby="oefenen-titel">
            <h2 id="oefenen-titel" tabindex="-1">{ m::PRACTICE_HEADING }</h2>
            <p class="inleiding">{ m::PRACTICE_INTRO }</p>
            { for KNOWLEDGE.dossiers.iter().map(|d| {
                let onclick = on_open.reform(move |_: MouseEvent| Some(d.id));
                html! {
                    <section class="dossier-kaart">
                        <h3>{ d.title }</h3>
                        <p>{ d.intro.get() }</p>
                        <button type="button" class="knop knop-secundair" {onclick}>
                            { m::OPEN_DOSSIER }<span class="sr-only">{ format!(": {}", d.title) }</span>
                        </button>
                    </section>
                }
            }) }
        </section>
    }
}

fn comparison(a: &Attempt) -> Html {
    let rows = compare(a.dossier, &a.record);
    let mut html_rows = Vec::new();
    let mut last = "";
    for c in &rows {
        if c.condition != last {
            html_rows.push(html! { <h4>{ condition_title(c.condition) }</h4> });
            last = c.condition;
        }
        let (class, mark) = match c.mark {
            Mark::Both => ("vergelijk-ok", m::MARK_BOTH),
            Mark::Missed => ("vergelijk-gemist", m::MARK_MISSED),
            Mark::Extra => ("vergelijk-extra", m::MARK_EXTRA),
        };
        let extra = html! {
            <>
                <span class={classes!("markering", class)}>{ format!("{} – {}", m::column(c.column), mark) }</span>
                if let Some(text) = c.commentary {
                    <span class="commentaar">{ text }</span>
                }
            </>
        };
        html_rows.push(html! { <ul class="vergelijking">{ line(&c.line, extra) }</ul> });
    }
    html! {
        <section class="modelantwoord" aria-labelledby="model-titel">
            <h3 id="model-titel" tabindex="-1">{ m::MODEL_HEADING }</h3>
            { for html_rows }
        </section>
    }
}

#[function_component(Practice)]
pub fn practice(p: &PracticeProps) -> Html {
    let ready = p.notes;
    if ready != Notes::Ready {
        return html! {
            <section aria-labelledby="oefenen-titel">
                <h2 id="oefenen-titel" tabindex="-1">{ m::PRACTICE_HEADING }</h2>
                { waiting(ready) }
            </section>
        };
    }
    let Some(a) = &p.attempt else {
        return list(&p.on_open);
    };
    let d = a.dossier;
    let on_back = p.on_open.reform(|_: MouseEvent| None);
    let onsubmit = p.on_compare.reform(|e: SubmitEvent| e.prevent_default());
    let summary: Vec<(String, String)> = a
        .problems
        .iter()
        .map(|pr| {
            (
                super::record_form::problem_field("oefen", pr),
                m::problem(pr),
            )
        })
        .collect();
    html! {
        <section class="dossier" aria-labelledby="dossier-titel">
            <button type="button" class="knop-link terug" onclick={on_back}>{ m::BACK_TO_LIST }</button>
            <h2 id="dossier-titel" tabindex="-1">{ d.title }</h2>
            <p class="inleiding">{ d.intro.get() }</p>
            <h3>{ m::KSZ_SHOWS }</h3>
            <dl class="overzicht">
                { for d.shows.iter().map(|s| html! {
                    <div class="overzicht-rij">
                        <dt>{ KNOWLEDGE.flow(s.flow).map_or(s.flow, |f| f.name) }</dt>
                        <dd>{ s.text.get() }</dd>
                    </div>
                }) }
            </dl>
            <ErrorSummary items={summary} round={a.round} title={m::SUMMARY_TITLE} />
            <form novalidate=true {onsubmit}>
                <h3>{ m::RECORD_HEADING }</h3>
                <RecordForm record={a.record.clone()} problems={a.problems.clone()} prefix="oefen"
                    on_status={p.on_status.clone()} on_tick={p.on_tick.clone()} />
                <div class="acties">
                    <button type="submit" class="knop knop-primair">{ m::COMPARE }</button>
                </div>
            </form>
            if a.compared && a.problems.is_empty() {
                { comparison(a) }
            }
        </section>
    }
}
