//! The readable view of the imported answers: per file its service, date and warnings, its facts
//! grouped the way a social worker thinks (identity, residence, household over time, income,
//! work, allowances, property), and a button to remove it; above them where the answers
//! disagree. Identifying and unknown facts and file names stay off the print.

use crate::ksz::import::{summarise, Disagreement, Fact, Item, Kind, PartialDate, Run, Section};
use crate::ksz::imported::Loaded;
use crate::ksz::vec_map::VecMap;
use crate::ksz::Role;
use crate::ui::common::gradual::{placed, use_gradual};
use crate::ui::messages::ksz_import as m;
use std::rc::Rc;
use yew::prelude::*;

/// Birth dates in the answers (as written): printed as their year only.
pub type Births = Rc<VecMap<String, ()>>;

#[derive(Properties, PartialEq)]
pub struct AnswersProps {
    pub files: Vec<Rc<Loaded>>,
    /// Whom each file is about (file number, role), in file order.
    pub holders: Vec<(u32, Role)>,
    pub births: Births,
    pub on_remove: Callback<u32>,
    /// "Dit antwoord gaat over de aanvrager": file number.
    pub on_applicant: Callback<u32>,
}

/// A date as written (flagged when partial or invalid); on paper a birth date is its year.
pub fn date(d: &PartialDate, births: &VecMap<String, ()>) -> Html {
    let shown = m::date(d);
    if births.contains_key(d.raw.trim()) {
        let year: String = d.raw.trim().chars().take(4).collect();
        html! { <><span class="geen-print">{ shown }</span><span class="alleen-print-inline">{ year }</span></> }
    } else {
        html! { { shown } }
    }
}

fn period(f: &Fact, births: &VecMap<String, ()>) -> Html {
    let from = f
        .from
        .as_ref()
        .map(|d| html! { <>{ m::FROM_WORD }{ " " }{ date(d, births) }</> });
    let to =
        f.to.as_ref()
            .map(|d| html! { <>{ m::TO_WORD }{ " " }{ date(d, births) }</> });
    let sep = (from.is_some() && to.is_some()).then_some(" · ");
    html! { <>{ from }{ sep }{ to }</> }
}

fn fact(f: &Fact, births: &VecMap<String, ()>) -> Html {
    let label = if f.unknown {
        format!("{}: {}", m::UNKNOWN, f.label)
    } else {
        f.label.clone()
    };
    let dated = f.from.is_some() || f.to.is_some();
    let uncertain = [&f.from, &f.to]
        .into_iter()
        .flatten()
        .any(|d| d.partial || d.invalid);
    let value = if f.value.trim().is_empty() {
        "—".to_string()
    } else {
        f.value.clone()
    };
    html! {
        <div class={classes!("feit", (f.identifying || f.unknown).then_some("geen-print"), f.unknown.then_some("onbekend"))}>
            <dt>{ label }</dt>
            <dd>
                { value }
                if dated {
                    <span class={classes!("periode", uncertain.then_some("onzeker"))}>{ period(f, births) }</span>
                }
            </dd>
        </div>
    }
}

/// Monthly payments of one amount as one line, the months behind it on request.
fn run(r: &Run, births: &VecMap<String, ()>) -> Html {
    html! {
        <div class="feit maandreeks">
            <dt>{ r.label }</dt>
            <dd>
                { r.value }{ " · " }<span class="periode">{ m::run(r) }</span>
                <details class="geen-print">
                    <summary>{ m::SHOW_MONTHS }</summary>
                    <dl class="feiten">{ for r.facts.iter().map(|f| fact(f, births)) }</dl>
                </details>
            </dd>
        </div>
    }
}

fn section(number: u32, s: &Section, births: &VecMap<String, ()>) -> Html {
    let id = format!("bestand-{number}-{:?}", s.group).to_ascii_lowercase();
    // A group with only identifying facts leaves no empty heading on paper.
    let printable = s.facts.iter().any(|f| !f.identifying && !f.unknown);
    html! {
        <section class={classes!("feitengroep", (!printable).then_some("geen-print"))} aria-labelledby={id.clone()}>
            <h4 {id}>{ m::group(s.group) }</h4>
            <dl class="feiten">{ for summarise(&s.facts).iter().map(|item| match item {
                Item::Fact(f) => fact(f, births),
                Item::Run(r) => run(r, births),
            }) }</dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FileProps {
    file: Rc<Loaded>,
    holder: Role,
    births: Births,
    on_remove: Callback<u32>,
    on_applicant: Callback<u32>,
}

/// One answer: a component of its own, so that showing the next answer of a batch does not
/// render the ones already shown again.
#[function_component(AnswerFile)]
fn answer_file(p: &FileProps) -> Html {
    file(
        &p.file,
        p.holder,
        &p.births,
        (&p.on_remove, &p.on_applicant),
    )
}

fn file(
    f: &Loaded,
    holder: Role,
    births: &VecMap<String, ()>,
    (on_remove, on_applicant): (&Callback<u32>, &Callback<u32>),
) -> Html {
    let a = &f.answer;
    let number = f.number;
    let heading_id = format!("bestand-{number}-titel");
    let answered = m::answered(a.answered_on.as_ref(), a.language.as_deref());
    let onclick = on_remove.reform(move |_: MouseEvent| number);
    let mut sections: Vec<&Section> = a.sections.iter().collect();
    crate::order::sort_by(&mut sections, |s| (s.group as i64, 0, 0));
    html! {
        <article class="antwoord" id={format!("bestand-{number}")} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ m::file_heading(number, &a.service) }</h3>
            if !answered.is_empty() {
                <p class="hint">{ answered }</p>
            }
            <p class="hint geen-print">
                <strong>{ m::FILE_NAME }{ ": " }</strong><span class="bestandsnaam">{ &f.name }</span>
                { " " }{ m::SCREEN_ONLY }
            </p>
            if matches!(a.kind, Kind::Magda { known: false, .. }) {
                <p class="melding-let-op onbekende-dienst">{ m::unknown_service(&a.service) }</p>
            }
            if holder != Role::Applicant {
                <div class="melding-let-op over-wie">
                    <p>{ m::about(holder) }</p>
                    <p class="geen-print">
                        <button type="button" class="knop knop-secundair"
                            onclick={on_applicant.reform(move |_: MouseEvent| number)}>{ m::IS_APPLICANT }</button>
                    </p>
                </div>
            }
            if a.untested {
                <p class="melding-let-op ongetest">{ m::UNTESTED }</p>
            }
            if a.no_data {
                <p class="melding-ok">{ m::NO_DATA }</p>
            }
            if sections.is_empty() && !a.no_data {
                <p class="leeg">{ m::NO_FACTS }</p>
            }
            { for sections.iter().map(|s| section(number, s, births)) }
            <p class="geen-print">
                <button type="button" class="knop knop-secundair" {onclick}>{ m::remove(number) }</button>
            </p>
        </article>
    }
}

/// The disagreements between the answers, in plain sentences (on paper: only what about).
pub fn disagreements(list: &[Disagreement]) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <div class="melding-let-op verschillen">
            <h3>{ m::DISAGREE_HEADING }</h3>
            <ul>
                { for list.iter().map(|d| html! {
                    <li>
                        <span class="geen-print">{ m::disagreement(&d.about, &d.values) }</span>
                        <span class="alleen-print">{ m::disagreement_print(&d.about, &d.values) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

#[function_component(Answers)]
pub fn answers(p: &AnswersProps) -> Html {
    // One answer per task, after the task that adds the batch (that one renders the record
    // form): a batch of 30 large answers is thousands of elements.
    let shown = use_gradual(p.files.len(), 0);
    let files: Vec<Html> = p
        .files
        .iter()
        .map(|f| {
            let holder = p
                .holders
                .iter()
                .find(|(n, _)| *n == f.number)
                .map_or(Role::Applicant, |h| h.1);
            html! {
                <AnswerFile key={f.number} file={f.clone()} {holder} births={p.births.clone()}
                    on_remove={p.on_remove.clone()} on_applicant={p.on_applicant.clone()} />
            }
        })
        .collect();
    let busy = if shown < p.files.len() {
        "true"
    } else {
        "false"
    };
    html! {
        <section class="ksz-antwoorden" aria-labelledby="ksz-antwoorden-titel" aria-busy={busy}>
            <h2 id="ksz-antwoorden-titel" tabindex="-1">{ m::FILES_HEADING }</h2>
            <p class="hint geen-print">{ m::IDENTIFYING_NOTE }</p>
            { placed(&files, shown) }
        </section>
    }
}

/// The warnings above the timeline: several persons, and the disagreements.
pub fn warnings(many_persons: bool, list: &[Disagreement]) -> Html {
    html! {
        <>
            if many_persons {
                <p class="melding-let-op">{ m::MANY_PERSONS }</p>
            }
            { disagreements(list) }
        </>
    }
}
