//! The page "Verwijzing maken": its part (the flow and the organisation's settings), the views it
//! adds to the frame (the information sheet, the settings), and its title.

use super::history;
use super::languages::{self, Load};
use super::settings::SettingsPage;
use super::sheet::InfoSheet;
use super::template::{Chosen, Keep, Source, TemplateFailure, TemplateSection};
use super::FlowPage;
use crate::password::Password;
use crate::refer::{Flow, FlowAction};
use crate::settings::Settings;
use crate::ui::browser;
use crate::ui::messages::{app as m, refer as rm, sheet as sm};
use crate::ui::shell::state::{Fresh, Part, ShellAction, View};
use crate::ui::shell::{frame_title, framed, fresh, use_shell, PagePart};
use std::rc::Rc;
use yew::prelude::*;

/// The settings built into this deployment (`settings.json` at the root of the repository).
const BUILT_IN_SETTINGS: &str = include_str!("../../../settings.json");

/// Why imported settings were not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsFailure {
    /// The file could not be read as text.
    Unreadable,
    Invalid(crate::settings::SettingsError),
}

/// The sender's part: the referral being made and the organisation's settings.
#[derive(Clone, PartialEq)]
pub struct ReferPart {
    pub flow: Rc<Flow>,
    /// Built in, remembered or imported. Never family data.
    pub settings: Rc<Settings>,
    /// Whether the settings are kept in this browser's localStorage.
    pub remembered: bool,
    /// Why the last import was not used.
    pub failure: Option<SettingsFailure>,
    /// The template that fills the document. Never family data; kept when the page is wiped.
    pub template: Rc<Chosen>,
    pub keep_template: Keep,
    /// Why the last template chosen was not used.
    pub template_failure: Option<TemplateFailure>,
    /// The parents' language for the sheet and the points (an index into
    /// `crate::languages::LANGUAGES`). Page state only: not in the flow, the document, a file
    /// name, the mail or the settings; a wipe drops it.
    pub language: Option<usize>,
    /// Whether the translations are loaded (they hold nothing of the family).
    pub load: Load,
}

pub enum ReferAction {
    Flow(FlowAction),
    /// New settings (`remembered` tells whether they are in localStorage).
    ApplySettings(Rc<Settings>, bool),
    SettingsFailed(SettingsFailure),
    Remembered(bool),
    /// Fill the OCMW fields from the directory.
    ChooseOcmw(String),
    /// A checked template to use, and whether it is kept on this device.
    ApplyTemplate(Rc<Chosen>, Keep),
    TemplateFailed(TemplateFailure),
    KeepTemplate(Keep),
    /// Back to the deployment's template (or the built-in document).
    DefaultTemplate,
    /// Show the sheet and the points in the parents' language too (or Dutch only).
    Language(Option<usize>),
    /// The sheet's texts are wanted (the sheet opens): load them unless they are there.
    WantTexts,
    /// The sheet's texts arrived (`true`) or could not be loaded.
    Loaded(bool),
}

impl ReferPart {
    fn new(
        fresh: Fresh,
        settings: Rc<Settings>,
        remembered: bool,
        (template, keep_template): (Rc<Chosen>, Keep),
    ) -> ReferPart {
        let mut flow = Flow::new(fresh.today, fresh.password);
        flow.prefill(&settings);
        ReferPart {
            flow: Rc::new(flow),
            settings,
            remembered,
            failure: None,
            template,
            keep_template,
            template_failure: None,
            language: None,
            load: Load::initial(),
        }
    }

    fn use_template(&mut self, template: Rc<Chosen>) {
        if template != self.template {
            Rc::make_mut(&mut self.flow).apply(FlowAction::TemplateChanged);
        }
        self.template = template;
        self.template_failure = None;
    }

    /// The sentence on the purpose of the referral: the organisation's own, or the standard one.
    fn purpose(&self) -> &str {
        self.settings
            .purpose
            .as_deref()
            .unwrap_or(crate::document::PURPOSE)
    }
}

impl Part for ReferPart {
    type Action = ReferAction;

    fn apply(&mut self, action: ReferAction) {
        match action {
            ReferAction::Flow(a) => Rc::make_mut(&mut self.flow).apply(a),
            ReferAction::ApplySettings(settings, remembered) => {
                Rc::make_mut(&mut self.flow).prefill(&settings);
                self.settings = settings;
                self.remembered = remembered;
                self.failure = None;
            }
            ReferAction::SettingsFailed(e) => self.failure = Some(e),
            ReferAction::Remembered(on) => self.remembered = on,
            ReferAction::ChooseOcmw(name) => {
                if let Some(o) = self.settings.ocmw(&name) {
                    Rc::make_mut(&mut self.flow).choose_ocmw(o);
                }
            }
            ReferAction::ApplyTemplate(template, keep) => {
                self.use_template(template);
                self.keep_template = keep;
            }
            ReferAction::TemplateFailed(f) => self.template_failure = Some(f),
            ReferAction::KeepTemplate(keep) => self.keep_template = keep,
            ReferAction::DefaultTemplate => {
                self.use_template(Rc::new(Chosen::default_for_deployment()));
                self.keep_template = Keep::No;
            }
            ReferAction::Language(language) => {
                self.language = language;
                if language.is_some() && self.load != Load::Ready {
                    self.load = Load::Loading;
                }
            }
            ReferAction::WantTexts => {
                if self.load != Load::Ready {
                    self.load = Load::Loading;
                }
            }
            ReferAction::Loaded(ok) => self.load = if ok { Load::Ready } else { Load::Failed },
        }
    }

    fn wiped(&self, fresh: Fresh) -> ReferPart {
        let template = (self.template.clone(), self.keep_template);
        ReferPart::new(fresh, self.settings.clone(), self.remembered, template)
    }

    /// A parent's data typed (the prefilled team and OCMW are not family data), or an own
    /// template loaded but not remembered (leaving would drop it without a word).
    fn holds_work(&self) -> bool {
        let unkept_template =
            matches!(self.template.source, Source::Own(_)) && self.keep_template != Keep::Yes;
        self.flow.form().holds_family_data() || unkept_template
    }
}

/// Remembered settings win over the built-in ones; a broken remembered file is ignored.
fn initial_settings() -> (Rc<Settings>, bool) {
    if let Some(settings) = browser::stored_settings().and_then(|j| Settings::from_json(&j).ok()) {
        return (Rc::new(settings), true);
    }
    let built_in = Settings::from_json(BUILT_IN_SETTINGS).unwrap_or_default();
    (Rc::new(built_in), false)
}

#[function_component(ReferApp)]
pub fn refer_app() -> Html {
    let state = use_shell(|| {
        let (settings, remembered) = initial_settings();
        let fresh = Fresh {
            today: browser::today(),
            password: Password::generate_secure(),
        };
        let (template, keep) = Chosen::initial();
        ReferPart::new(fresh, settings, remembered, (Rc::new(template), keep))
    });
    let d = state.dispatcher();
    let send = Callback::from(move |a: ShellAction<ReferAction>| d.dispatch(a));
    let part = send.reform(ShellAction::Part);
    let on_flow = part.reform(ReferAction::Flow);
    let on_sheet = {
        let (send, part) = (send.clone(), part.clone());
        Callback::from(move |_: ()| {
            part.emit(ReferAction::WantTexts);
            languages::load(part.reform(ReferAction::Loaded));
            send.emit(ShellAction::Show(View::Sheet));
        })
    };
    let on_language = {
        let part = part.clone();
        Callback::from(move |choice: Option<usize>| {
            part.emit(ReferAction::Language(choice));
            if choice.is_some() {
                languages::load(part.reform(ReferAction::Loaded));
            }
        })
    };
    let p = &state.part;
    history::use_step_history(p.flow.step(), on_flow.clone());
    // The template loads in a task of its own after the first screen (see `Chosen`).
    use_effect_with(p.template.clone(), |chosen| {
        let chosen = chosen.clone();
        wasm_bindgen_futures::spawn_local(async move {
            browser::yield_now().await;
            chosen.prepare();
        });
    });

    let title = frame_title(state.view).unwrap_or_else(|| match state.view {
        View::Settings => m::title(m::SETTINGS, false),
        View::Sheet => m::title(sm::TITLE, false),
        _ => m::title(&rm::step_page(p.flow.step()), !p.flow.problems().is_empty()),
    });
    use_effect_with(title, |t| browser::set_title(t));

    let back = send.reform(|_: ()| ShellAction::Show(View::Main));
    let content = match state.view {
        View::Sheet => html! {
            <InfoSheet
                flow={p.flow.clone()}
                on_back={back.clone()}
                language={p.language}
                load={p.load}
                on_language={on_language.clone()}
            />
        },
        View::Settings => html! {
            <SettingsPage
                settings={p.settings.clone()}
                remembered={p.remembered}
                failure={p.failure.clone()}
                on_apply={part.reform(|(s, kept)| ReferAction::ApplySettings(s, kept))}
                on_failure={part.reform(ReferAction::SettingsFailed)}
                on_remembered={part.reform(ReferAction::Remembered)}
                on_back={back.clone()}
                deployment={p.settings.template == Settings::from_json(BUILT_IN_SETTINGS).ok().and_then(|s| s.template)}
            >
                <TemplateSection
                    chosen={p.template.clone()}
                    keep={p.keep_template}
                    failure={p.template_failure.clone()}
                    on_apply={part.reform(|(t, keep)| ReferAction::ApplyTemplate(t, keep))}
                    on_failure={part.reform(ReferAction::TemplateFailed)}
                    on_keep={part.reform(ReferAction::KeepTemplate)}
                    on_default={part.reform(|_: ()| ReferAction::DefaultTemplate)}
                />
            </SettingsPage>
        },
        _ => html! {
            <FlowPage
                flow={p.flow.clone()}
                on={on_flow.clone()}
                settings={p.settings.clone()}
                purpose={AttrValue::from(p.purpose().to_string())}
                template={p.template.clone()}
                on_sheet={on_sheet}
                language={p.language}
                load={p.load}
                on_language={on_language.clone()}
                on_choose_ocmw={part.reform(ReferAction::ChooseOcmw)}
                on_done={send.reform(|_: ()| ShellAction::Wipe(fresh()))}
            />
        },
    };
    framed(&state, &send, PagePart::Refer, true, content)
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<ReferApp>::new().render();
}
