//! The tab "Werkblad": the import area, the warnings and the timeline per client, the readable
//! view of each answer, the record form (prefilled from the answers, with their sources) and the
//! worksheet.

use super::answers::{warnings, Answers, Births};
use super::app::{KszAction, KszPart};
use super::family::FamilyView;
use super::import::ImportArea;
use super::notes::Notes;
use super::record_form::{problem_field, RecordForm};
use super::sheet::SheetView;
use super::timeline::Timeline;
use crate::ksz::import::PartialDate;
use crate::ksz::imported::{clients, options};
use crate::ksz::{worksheet, Role};
use crate::ui::common::errors::ErrorSummary;
use crate::ui::common::fields::TextField;
use crate::ui::common::gradual::Gradually;
use crate::ui::messages::{ksz as m, ksz_import as mi};
use std::rc::Rc;
use yew::prelude::*;

/// One timeline per client (`groups`: indexes into the files, from [`clients`]).
fn timelines(p: &KszPart, groups: &[Vec<usize>], births: &Births, holders: &[(u32, Role)]) -> Html {
    let today = PartialDate::parse(&p.today)
        .and_then(|d| d.days())
        .unwrap_or_default();
    let total = groups.len();
    let items: Vec<Html> = groups
        .iter()
        .enumerate()
        .map(|(n, group)| {
                let files: Vec<_> = group.iter().map(|&i| p.imported.files[i].clone()).collect();
                let labels: Vec<String> = files.iter().map(|f| f.label()).collect();
                // The group's person: the role of its first answer that names one.
                let who = group
                    .iter()
                    .find(|&&i| p.imported.files[i].answer.summary.subject.is_some())
                    .map(|&i| holders[i].1);
                let heading = mi::timeline_heading(who, total, &labels);
                html! {
                    <Timeline key={labels.join(",")} {files} heading={heading} id={format!("tijdlijn-{}", n + 1)} {today} births={births.clone()} />
                }
        })
        .collect();
    // One timeline per task, as the answers below (`Gradually`).
    html! { <Gradually {items} /> }
}

pub fn sheet_tab(p: &KszPart, on: &Callback<KszAction>, notes: Notes) -> Html {
    let summary: Vec<(String, String)> = p
        .problems
        .iter()
        .map(|pr| (problem_field("ksz", pr), m::problem(pr)))
        .collect();
    let onsubmit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        KszAction::MakeSheet
    });
    let files = &p.imported.files;
    let (record, disagreements) = p.record();
    let groups = clients(&p.imported.answers());
    let holders = p.imported.holders();
    let status = p
        .batch
        .map(|(read, refused)| AttrValue::from(mi::batch(read, refused)));
    let sources: Vec<String> = files
        .iter()
        .map(|f| {
            let on = f.answer.answered_on.as_ref().map(|d| d.raw.as_str());
            mi::sheet_source(&f.label(), &f.answer.service, on)
        })
        .collect();
    let imported = Rc::new(p.imported.clone());
    let epoch = p.epoch;
    let births: Births = Rc::new(p.imported.birth_dates());
    let form = html! {
        <form novalidate=true class="geen-print" {onsubmit}>
            <h2>{ m::RECORD_HEADING }</h2>
            if !files.is_empty() {
                <p class="hint">{ mi::FORM_IMPORTED }</p>
            }
            <TextField id={m::DATE_FIELD} label={m::DATE_LABEL} kind="date" width="breed-datum"
                hint={Some(AttrValue::Static(m::DATE_HINT))}
                value={record.consulted_on.clone()} oninput={on.reform(KszAction::Date)} />
            <RecordForm record={record.clone()} problems={p.problems.clone()} prefix="ksz"
                imported={Some(imported)}
                on_status={on.reform(|(f, s)| KszAction::Status(f, s))}
                on_tick={on.reform(|(id, v)| KszAction::Tick(id, v))}
                person={p.person} persons={p.persons()}
                on_person={on.reform(KszAction::Person)} />
            <div class="acties">
                <button type="submit" class="knop knop-primair">{ m::MAKE_SHEET }</button>
            </div>
        </form>
    };
    html! {
        <>
            <ErrorSummary items={summary} round={p.round} title={m::SUMMARY_TITLE} />
            <ImportArea own_enterprise={p.own_enterprise.clone()} own_nis={p.own_nis.clone()}
                options={Rc::new(options(&p.own_enterprise, &p.own_nis))}
                {status} refused={p.refused.clone()}
                on_batch={on.reform(move |files| KszAction::Batch(epoch, files))}
                on_own_enterprise={on.reform(KszAction::OwnEnterprise)}
                on_own_nis={on.reform(KszAction::OwnNis)} />
            if !files.is_empty() {
                { warnings(holders.iter().any(|(_, r)| matches!(r, Role::Other(_))), &disagreements) }
                { timelines(p, &groups, &births, &holders) }
                <Answers files={files.clone()} holders={holders.clone()} births={births.clone()} on_remove={on.reform(KszAction::Remove)}
                    on_applicant={on.reform(KszAction::Applicant)} />
            }
            // The record form (about 260 elements, below the import area) comes in the task
            // after the page's first screen.
            <Gradually items={vec![form]} />
            if p.sheet_shown {
                <SheetView {notes} worksheet={worksheet(&record)} consulted_on={record.consulted_on.clone()} {sources}>
                    if !files.is_empty() {
                        <FamilyView family={Rc::new(p.imported.family(&record.consulted_on))}
                            on={record.consulted_on.clone()} births={births.clone()} />
                    }
                </SheetView>
            }
        </>
    }
}
