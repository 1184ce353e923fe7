//! The worksheet: per leefloon condition the three columns, each line with the flows it comes
//! from, its reason and its basis; signals marked "Te bespreken". Prints as an A4 working note
//! with the date and the flows consulted, and nothing that identifies the client.

use super::notes::{waiting, Notes};
use super::statement::basis;
use crate::ksz::knowledge::{Column, Status, KNOWLEDGE};
use crate::ksz::{ConditionSheet, Line, LineKind, Role, Worksheet};
use crate::ui::messages::ksz as m;
use yew::prelude::*;

/// One line: its text, where it comes from, why, and its basis.
pub fn line(l: &Line, extra: Html) -> Html {
    let flows: Vec<&str> = l.flows.iter().map(|f| f.name).collect();
    let (text, why, b) = parts(l);
    let about_others = l.persons.iter().any(|r| *r != Role::Applicant);
    html! {
        <li class={classes!("lijn", l.is_signal().then_some("signaal"))}>
            if l.is_signal() {
                <strong class="label-signaal">{ m::SIGNAL }{ ": " }</strong>
            }
            { text }
            <span class="herkomst">{ format!(" ({} {})", m::FROM, flows.join(", ")) }</span>
            { " " }{ basis(&b) }
            if let Some(why) = why {
                <span class="waarom">{ format!("{}: {why}", m::WHY) }</span>
            }
            if about_others {
                <span class="over-wie">{ crate::ui::messages::ksz_import::line_persons(&l.persons) }</span>
            }
            { extra }
        </li>
    }
}

/// A line in short: text, flows, basis (the compact "Niet (meer) vragen" list).
fn short_line(l: &Line) -> Html {
    let flows: Vec<&str> = l.flows.iter().map(|f| f.name).collect();
    let (text, _, b) = parts(l);
    html! {
        <li class="lijn kort">
            { text }
            <span class="herkomst">{ format!(" ({} {})", m::FROM, flows.join(", ")) }</span>
            { " " }{ basis(&b) }
        </li>
    }
}

/// *Eerst doen*: at most seven lines, each with its group, its flows and where it stands below.
fn first(w: &Worksheet) -> Html {
    let top = crate::ksz::first(w);
    if top.is_empty() {
        return html! {};
    }
    html! {
        <section class="eerst-doen" aria-labelledby="eerst-doen-titel">
            <h3 id="eerst-doen-titel">{ m::FIRST }</h3>
            <ol>
                { for top.iter().map(|f| {
                    let flows: Vec<&str> = f.line.flows.iter().map(|x| x.name).collect();
                    let (text, _, _) = parts(f.line);
                    html! {
                        <li>
                            <span class="groep">{ f.group.title }{ ": " }</span>
                            { text }
                            <span class="herkomst">{ format!(" ({} {})", m::FROM, flows.join(", ")) }</span>
                            <span class="zie">{ m::see(f.condition.title) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// A line's text, its reason (for a rule) and its basis.
fn parts(l: &Line) -> (String, Option<&'static str>, crate::ksz::knowledge::Basis) {
    match l.kind {
        LineKind::Rule(r) => (r.text.get().to_string(), Some(r.why.get()), r.basis),
        LineKind::NothingFound(f) => (
            format!("{} {}", m::nothing_found(f.name), f.nothing_found.text),
            None,
            f.nothing_found.basis,
        ),
        LineKind::NotConsulted(f) => (
            format!("{} {}", m::not_consulted(f.name), f.not_consulted.text),
            None,
            f.not_consulted.basis,
        ),
    }
}

fn column(sheet: &ConditionSheet, c: Column) -> Html {
    let lines = sheet.column(c);
    html! {
        <div class="kolom">
            <h4>{ m::column(c) }</h4>
            if lines.is_empty() {
                <p class="leeg">{ "—" }</p>
            } else {
                if c == Column::DontAsk {
                    <ul class="kort">{ for lines.iter().map(short_line) }</ul>
                } else {
                    <ul>{ for lines.iter().map(|l| line(l, html! {})) }</ul>
                }
            }
        </div>
    }
}

fn condition(sheet: &ConditionSheet) -> Html {
    html! {
        <section class="voorwaarde" aria-labelledby={format!("voorwaarde-{}", sheet.condition.id)}>
            <h3 id={format!("voorwaarde-{}", sheet.condition.id)}>{ sheet.condition.title }</h3>
            <p class="vraag">{ sheet.condition.question }</p>
            if sheet.is_empty() {
                <p class="leeg">{ m::NOTHING_YET }</p>
            } else {
                <div class="kolommen">
                    { column(sheet, Column::Established) }
                    { column(sheet, Column::Needed) }
                    { column(sheet, Column::DontAsk) }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub worksheet: Worksheet,
    /// Where the lines' texts are (the notes file, loaded by `KszApp` at the page's start).
    pub notes: Notes,
    /// The date of the consultation, as typed.
    pub consulted_on: AttrValue,
    /// The imported answers, print-safe ("bestand 1: GeefPersoon 02.02, antwoord van …").
    #[prop_or_default]
    pub sources: Vec<String>,
    /// Shown between the header and the conditions ("Gezin op <datum>" when answers were read).
    #[prop_or_default]
    pub children: Html,
}

/// The working note: header (date, flows, knowledge date, no identity) and the conditions.
#[function_component(SheetView)]
pub fn sheet_view(p: &SheetProps) -> Html {
    let w = &p.worksheet;
    let ready = p.notes;
    let consulted: Vec<String> = w
        .recorded
        .iter()
        .map(|(f, s)| format!("{} ({})", f.name, m::status(*s).to_ascii_lowercase()))
        .collect();
    let not_filled: Vec<&str> = w.not_recorded.iter().map(|f| f.name).collect();
    let on_print = Callback::from(|_: MouseEvent| crate::ui::browser::print());
    let found = w
        .recorded
        .iter()
        .filter(|(_, s)| *s == Status::Found)
        .count();
    html! {
        <section class="werkblad" aria-labelledby="werkblad-titel">
            <h2 id="werkblad-titel" tabindex="-1">{ m::SHEET_HEADING }</h2>
            <div class="werknota-kop">
                <p class="alleen-print"><strong>{ m::NOTE_TITLE }</strong></p>
                <p>{ m::consulted_on(&p.consulted_on) }{ format!(" · {found} met gegevens") }</p>
                <p><strong>{ m::CONSULTED }{ ": " }</strong>{ consulted.join("; ") }</p>
                if !p.sources.is_empty() {
                    <p><strong>{ crate::ui::messages::ksz_import::SOURCES }{ ": " }</strong>{ p.sources.join("; ") }</p>
                }
                if !not_filled.is_empty() {
                    <p class="hint"><strong>{ m::NOT_FILLED }{ ": " }</strong>{ not_filled.join(", ") }</p>
                }
                <p class="hint">{ m::reviewed() }{ " " }{ m::DISCLAIMER }{ " " }{ m::NO_IDENTITY }</p>
            </div>
            <p class="geen-print">
                <button type="button" class="knop knop-secundair" onclick={on_print}>{ m::PRINT }</button>
            </p>
            { waiting(ready) }
            if ready == Notes::Ready {
                { first(w) }
                { p.children.clone() }
                { for w.conditions.iter().map(condition) }
            }
        </section>
    }
}

/// Every condition in order (for the practice comparison's headings).
pub fn condition_title(id: &str) -> &'static str {
    KNOWLEDGE.condition(id).map_or("", |c| c.title)
}
