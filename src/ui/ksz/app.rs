//! The page "KSZ lezen": its part (the imported answers, the worker's corrections and the record
//! made of both, the worksheet, the practice attempt), its tabs and its title.

use super::guide::{FrameGuide, Guide};
use super::import::Read;
use super::practice::{Attempt, Practice};
use super::sheet_tab::sheet_tab;
use crate::ksz::import::Disagreement;
use crate::ksz::imported::{Correction, Imported, Refusal};
use crate::ksz::knowledge::{Status, KNOWLEDGE};
use crate::ksz::{Origin, Record, RecordProblem};
use crate::ui::browser;
use crate::ui::messages::{app as am, ksz as m};
use crate::ui::shell::state::{Fresh, Part, ShellAction};
use crate::ui::shell::{frame_title, framed, use_shell, PagePart};
use std::rc::Rc;
use yew::prelude::*;

/// The parts of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Sheet,
    Guide,
    Frame,
    Practice,
}

/// The social investigation's part: the imported answers, what was recorded, and the practice
/// attempt. Everything here goes with a wipe, except the OCMW's own numbers (not about a client).
#[derive(Clone, Debug, PartialEq)]
pub struct KszPart {
    pub tab: Tab,
    /// Today (`YYYY-MM-DD`): the consultation's date when no answer gives one.
    pub today: String,
    /// The imported answers and the worker's corrections (the record is derived from them:
    /// [`KszPart::record`]).
    pub imported: Imported,
    /// The last batch: how many files were read, and those refused (name, why).
    pub batch: Option<(usize, usize)>,
    pub refused: Rc<Vec<(String, Refusal)>>,
    /// Grows with every removal (focus moves back to the list).
    pub removals: u32,
    /// Grows with every wipe: a batch read before a wipe but finished after it is dropped.
    pub epoch: u32,
    /// The OCMW's own enterprise numbers and NIS codes, as typed.
    pub own_enterprise: String,
    pub own_nis: String,
    /// The worker asked for the worksheet (it then follows every change of the record).
    pub sheet_shown: bool,
    pub problems: Vec<RecordProblem>,
    pub round: u32,
    pub attempt: Option<Attempt>,
}

pub enum KszAction {
    Tab(Tab),
    /// A batch of files was read (by the import area's effect), started in this epoch.
    Batch(u32, Vec<Read>),
    Remove(u32),
    OwnEnterprise(String),
    OwnNis(String),
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
        KszPart {
            tab: Tab::Sheet,
            today: fresh.today.iso(),
            imported: Imported::default(),
            batch: None,
            refused: Rc::default(),
            removals: 0,
            epoch: 0,
            own_enterprise: String::new(),
            own_nis: String::new(),
            sheet_shown: false,
            problems: Vec::new(),
            round: 0,
            attempt: None,
        }
    }

    /// The record: the combined answers with the worker's corrections (or an empty record dated
    /// today), and where the answers disagree. Derived each time, never stored.
    pub fn record(&self) -> (Record, Vec<Disagreement>) {
        self.imported.record(&self.today)
    }

    fn correct(&mut self, c: Correction) {
        self.imported.corrections.push(c);
    }

    fn batch(&mut self, files: Vec<Read>) {
        let mut read = 0;
        let mut refused = Vec::new();
        for (name, result) in files {
            match self.imported.add(&name, result) {
                Ok(_) => read += 1,
                Err(why) => refused.push((name, why)),
            }
        }
        self.batch = Some((read, refused.len()));
        self.refused = Rc::new(refused);
    }
}

impl Part for KszPart {
    type Action = KszAction;

    fn apply(&mut self, action: KszAction) {
        match action {
            KszAction::Tab(t) => self.tab = t,
            KszAction::Batch(epoch, files) if epoch == self.epoch => self.batch(files),
            KszAction::Batch(..) => {}
            KszAction::Remove(n) => {
                self.imported.remove(n);
                self.batch = None;
                self.refused = Rc::default();
                self.removals += 1;
            }
            KszAction::OwnEnterprise(s) => self.own_enterprise = s,
            KszAction::OwnNis(s) => self.own_nis = s,
            KszAction::Status(flow, s) => self.correct(Correction::Status(flow, s)),
            KszAction::Tick(id, on) => self.correct(Correction::Tick(id, on)),
            KszAction::Date(d) => self.correct(Correction::Date(d)),
            KszAction::MakeSheet => {
                self.problems = self.record().0.problems();
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
        KszPart {
            epoch: self.epoch.wrapping_add(1),
            own_enterprise: self.own_enterprise.clone(),
            own_nis: self.own_nis.clone(),
            ..KszPart::new(&fresh)
        }
    }

    /// Imported answers or the worker's own entries.
    fn holds_work(&self) -> bool {
        !self.imported.files.is_empty() || !self.imported.corrections.is_empty()
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
    // After a removal, focus goes back to the list of answers (or the import area when empty).
    use_effect_with(p.removals, |n| {
        if *n > 0 {
            browser::focus_id("ksz-import-titel");
            browser::focus_id("ksz-antwoorden-titel");
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
    let page = html! {
        <>
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding geen-print">{ m::INTRO }</p>
            <p class="hint geen-print">{ m::reviewed() }{ " " }{ m::DISCLAIMER }</p>
            { tabs(p.tab, &on) }
            { content }
        </>
    };
    framed(&state, &send, PagePart::Ksz, false, page)
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<KszApp>::new().render();
}
