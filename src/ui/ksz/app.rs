//! The page "KSZ lezen": its part (the record, the worksheet, the practice attempt), its tabs and
//! its title.

use super::guide::{FrameGuide, Guide};
use super::practice::{Attempt, Practice};
use super::record_form::{problem_field, RecordForm};
use super::sheet::SheetView;
use crate::ksz::knowledge::{Status, KNOWLEDGE};
use crate::ksz::{worksheet, Origin, Record, RecordProblem};
use crate::ui::browser;
use crate::ui::common::errors::ErrorSummary;
use crate::ui::common::fields::TextField;
use crate::ui::messages::{app as am, ksz as m};
use crate::ui::shell::state::{Fresh, Part, ShellAction};
use crate::ui::shell::{frame_title, fresh, use_shell, Frame, PagePart};
use yew::prelude::*;

/// The parts of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Sheet,
    Guide,
    Frame,
    Practice,
}

/// The social investigation's part: what was recorded, and the practice attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct KszPart {
    pub tab: Tab,
    pub record: Record,
    /// The worker asked for the worksheet (it then follows every change of the record).
    pub sheet_shown: bool,
    pub problems: Vec<RecordProblem>,
    pub round: u32,
    pub attempt: Option<Attempt>,
}

pub enum KszAction {
    Tab(Tab),
    Status(&'static str, Option<Status>),
    Tick(&'static str, bool),
    Date(String),
    MakeSheet,
    /// Open a practice dossier, or go back to the list.
    Open(Option<&'static str>),
    PracticeStatus(&'static str, Option<Status>),
    PracticeTick(&'static str, bool),
    Compare,
}

impl KszPart {
    fn new(fresh: &Fresh) -> KszPart {
        let mut record = Record::default();
        record.consulted_on = fresh.today.iso();
        KszPart {
            tab: Tab::Sheet,
            record,
            sheet_shown: false,
            problems: Vec::new(),
            round: 0,
            attempt: None,
        }
    }
}

impl Part for KszPart {
    type Action = KszAction;

    fn apply(&mut self, action: KszAction) {
        match action {
            KszAction::Tab(t) => self.tab = t,
            KszAction::Status(flow, s) => self.record.set_status(flow, s),
            KszAction::Tick(id, on) => self.record.set_observation(id, on, Origin::Worker),
            KszAction::Date(d) => self.record.consulted_on = d,
            KszAction::MakeSheet => {
                self.problems = self.record.problems();
                self.sheet_shown = self.problems.is_empty();
                if !self.problems.is_empty() {
                    self.round += 1;
                }
            }
            KszAction::Open(id) => {
                self.attempt = id
                    .and_then(|id| KNOWLEDGE.dossier(id))
                    .map(|dossier| Attempt {
                        dossier,
                        record: Record::default(),
                        compared: false,
                        problems: Vec::new(),
                        round: 0,
                    });
            }
            KszAction::PracticeStatus(flow, s) => {
                if let Some(a) = &mut self.attempt {
                    a.record.set_status(flow, s);
                }
            }
            KszAction::PracticeTick(id, on) => {
                if let Some(a) = &mut self.attempt {
                    a.record.set_observation(id, on, Origin::Worker);
                }
            }
            KszAction::Compare => {
                if let Some(a) = &mut self.attempt {
                    a.problems = a.record.problems();
                    a.compared = a.problems.is_empty();
                    if !a.problems.is_empty() {
                        a.round += 1;
                    }
                }
            }
        }
    }

    fn wiped(&self, fresh: Fresh) -> KszPart {
        KszPart::new(&fresh)
    }
}

fn tabs(current: Tab, on: &Callback<KszAction>) -> Html {
    let tab = |t: Tab, label: &'static str| {
        let onclick = on.reform(move |_: MouseEvent| KszAction::Tab(t));
        html! {
            <li><button type="button" class="knop-link" aria-current={(t == current).then_some("page")} {onclick}>{ label }</button></li>
        }
    };
    html! {
        <nav class="tabs geen-print" aria-label={m::TABS_LABEL}>
            <ul>
                { tab(Tab::Sheet, m::TAB_SHEET) }
                { tab(Tab::Guide, m::TAB_GUIDE) }
                { tab(Tab::Frame, m::TAB_FRAME) }
                { tab(Tab::Practice, m::TAB_PRACTICE) }
            </ul>
        </nav>
    }
}

fn sheet_tab(p: &KszPart, on: &Callback<KszAction>) -> Html {
    let summary: Vec<(String, String)> = p
        .problems
        .iter()
        .map(|pr| (problem_field("ksz", pr), m::problem(pr)))
        .collect();
    let onsubmit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        KszAction::MakeSheet
    });
    html! {
        <>
            <ErrorSummary items={summary} round={p.round} title={m::SUMMARY_TITLE} />
            <form novalidate=true class="geen-print" {onsubmit}>
                <h2>{ m::RECORD_HEADING }</h2>
                <TextField id={m::DATE_FIELD} label={m::DATE_LABEL} kind="date" width="breed-datum"
                    hint={Some(AttrValue::Static(m::DATE_HINT))}
                    value={p.record.consulted_on.clone()} oninput={on.reform(KszAction::Date)} />
                <RecordForm record={p.record.clone()} problems={p.problems.clone()} prefix="ksz"
                    on_status={on.reform(|(f, s)| KszAction::Status(f, s))}
                    on_tick={on.reform(|(id, v)| KszAction::Tick(id, v))} />
                <div class="acties">
                    <button type="submit" class="knop knop-primair">{ m::MAKE_SHEET }</button>
                </div>
            </form>
            if p.sheet_shown {
                <SheetView worksheet={worksheet(&p.record)} consulted_on={p.record.consulted_on.clone()} />
            }
        </>
    }
}

#[function_component(KszApp)]
pub fn ksz_app() -> Html {
    let state = use_shell(|| {
        KszPart::new(&Fresh {
            today: browser::today(),
            password: Err(crate::password::PasswordError::Random("not needed".into())),
        })
    });
    let d = state.dispatcher();
    let send = Callback::from(move |a: ShellAction<KszAction>| d.dispatch(a));
    let on = send.reform(ShellAction::Part);
    let p = &state.part;
    let has_problems =
        !p.problems.is_empty() || p.attempt.as_ref().is_some_and(|a| !a.problems.is_empty());
    let title = frame_title(state.view).unwrap_or_else(|| am::title(m::TITLE, has_problems));
    use_effect_with(title, |t| browser::set_title(t));
    // The worksheet takes focus when it appears.
    use_effect_with(p.sheet_shown, |shown| {
        if *shown {
            browser::focus_id("werkblad-titel");
        }
    });
    let compared = p.attempt.as_ref().is_some_and(|a| a.compared);
    use_effect_with(compared, |c| {
        if *c {
            browser::focus_id("model-titel");
        }
    });
    let content = match p.tab {
        Tab::Sheet => sheet_tab(p, &on),
        Tab::Guide => html! { <Guide /> },
        Tab::Frame => html! { <FrameGuide /> },
        Tab::Practice => html! {
            <Practice attempt={p.attempt.clone()}
                on_open={on.reform(KszAction::Open)}
                on_status={on.reform(|(f, s)| KszAction::PracticeStatus(f, s))}
                on_tick={on.reform(|(id, v)| KszAction::PracticeTick(id, v))}
                on_compare={on.reform(|_: ()| KszAction::Compare)} />
        },
    };
    html! {
        <Frame
            page={PagePart::Ksz}
            view={state.view}
            idle_warning={state.idle_warning}
            wiped_for_inactivity={state.wiped_for_inactivity}
            generation={state.generation}
            on_show={send.reform(ShellAction::Show)}
            on_wipe={send.reform(|_: ()| ShellAction::Wipe(fresh()))}
            on_still_here={send.reform(|_: ()| ShellAction::IdleWarning(false))}
        >
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding geen-print">{ m::INTRO }</p>
            <p class="hint geen-print">{ m::reviewed() }{ " " }{ m::DISCLAIMER }</p>
            { tabs(p.tab, &on) }
            { content }
        </Frame>
    }
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<KszApp>::new().render();
}
