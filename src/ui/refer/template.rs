//! The template section of *Instellingen*: which template fills the document, loading an own
//! one (checked at once, every problem listed; a template with problems is never used), keeping
//! it on this device on request, and the downloads to make one. Reading the file, the check and
//! localStorage are effects in the callbacks, which dispatch only the results.

use crate::document::template::{values, Template, TemplateError};
use crate::document::{self, builtin_template};
use crate::refer::seal::DOCX_MIME;
use crate::ui::browser;
use crate::ui::messages::template as m;
use std::cell::OnceCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where the template in use comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Builtin,
    /// Named by the deployment's `settings.json`, compiled in.
    Deployment(String),
    /// Chosen under *Instellingen*: its file name.
    Own(String),
}

/// The template in use and where it comes from.
///
/// The built-in and the deployment's template are loaded on first use, not when the page
/// starts: loading one (writing the built-in package, then unzipping and checking it) was the
/// largest single piece of the page's first task (BENCHMARKS.md, issue 20). The page asks for it
/// in a task of its own right after the first screen ([`Chosen::prepare`]). An own template is
/// loaded, and checked, when the worker chooses it.
#[derive(Clone, Debug)]
pub struct Chosen {
    pub source: Source,
    template: Rc<OnceCell<Template>>,
}

impl PartialEq for Chosen {
    fn eq(&self, other: &Chosen) -> bool {
        // The same source is the same template, except for two own files of the same name.
        self.source == other.source
            && (Rc::ptr_eq(&self.template, &other.template)
                || self.template.get().map(Template::bytes)
                    == other.template.get().map(Template::bytes))
    }
}

impl Eq for Chosen {}

impl Chosen {
    pub fn builtin() -> Chosen {
        Chosen::lazy(Source::Builtin)
    }

    /// An own template, already checked.
    pub fn own(name: String, template: Template) -> Chosen {
        Chosen {
            source: Source::Own(name),
            template: Rc::new(OnceCell::from(template)),
        }
    }

    fn lazy(source: Source) -> Chosen {
        Chosen {
            source,
            template: Rc::new(OnceCell::new()),
        }
    }

    /// The template itself, loaded now if it was not yet.
    pub fn template(&self) -> &Template {
        self.template
            .get_or_init(|| match crate::settings::DEPLOYMENT_TEMPLATE {
                // A deployment template that fails its check cannot happen in a build whose tests
                // pass (tests/settings.rs); if it did, the built-in document is used.
                Some((_, bytes)) if matches!(self.source, Source::Deployment(_)) => {
                    Template::load(bytes).unwrap_or_else(|_| Template::builtin())
                }
                _ => Template::builtin(),
            })
    }

    /// Loads the template now, so that the first step that needs it does not wait.
    pub fn prepare(&self) {
        let _ = self.template();
    }

    /// The organisation's default: the deployment's template, else the built-in document.
    pub fn default_for_deployment() -> Chosen {
        match crate::settings::DEPLOYMENT_TEMPLATE {
            Some((name, _)) => Chosen::lazy(Source::Deployment(name.to_string())),
            None => Chosen::builtin(),
        }
    }

    /// A remembered own template, else the default.
    pub fn initial() -> (Chosen, Keep) {
        let stored = browser::stored_template().and_then(|(name, bytes)| {
            Template::load(&bytes)
                .ok()
                .map(|template| Chosen::own(name, template))
        });
        match stored {
            Some(chosen) => (chosen, Keep::Yes),
            None => (Chosen::default_for_deployment(), Keep::No),
        }
    }

    /// "Het ingebouwde document van Toeleiding", "Eigen sjabloon: x.docx" …
    pub fn label(&self) -> String {
        match &self.source {
            Source::Builtin => m::BUILTIN.to_string(),
            Source::Deployment(name) => m::deployment(name),
            Source::Own(name) => m::own(name),
        }
    }
}

/// Whether the template is kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    No,
    /// Kept, or (before an own template is loaded) to be kept.
    Yes,
    /// Asked for, but the browser could not keep it (too large).
    Refused,
}

impl Keep {
    fn asked(self) -> bool {
        self != Keep::No
    }
}

/// Remembers the template if asked; what came of it.
fn keep(asked: bool, name: &str, bytes: &[u8]) -> Keep {
    match (asked, asked && browser::remember_template(name, bytes)) {
        (false, _) => Keep::No,
        (true, true) => Keep::Yes,
        (true, false) => Keep::Refused,
    }
}

/// Why a chosen template is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateFailure {
    /// The file could not be read.
    Unreadable,
    Invalid {
        file: String,
        error: TemplateError,
    },
}

#[derive(Properties, PartialEq)]
pub struct TemplateProps {
    pub chosen: Rc<Chosen>,
    pub keep: Keep,
    pub failure: Option<TemplateFailure>,
    /// A checked template was loaded (and remembered or not).
    pub on_apply: Callback<(Rc<Chosen>, Keep)>,
    pub on_failure: Callback<TemplateFailure>,
    pub on_keep: Callback<Keep>,
    /// "Gebruik opnieuw het standaarddocument".
    pub on_default: Callback<()>,
}

fn failure_view(failure: &TemplateFailure) -> Html {
    let (file, lines): (Option<&str>, Vec<String>) = match failure {
        TemplateFailure::Unreadable => (None, vec![m::UNREADABLE.to_string()]),
        TemplateFailure::Invalid { file, error } => {
            let lines = match (m::error(error), error) {
                (Some(text), _) => vec![text.to_string()],
                (None, TemplateError::Problems(report)) => report
                    .problems
                    .iter()
                    .map(m::problem)
                    .chain((report.more > 0).then(|| m::more_problems(report.more)))
                    .chain(report.missing.iter().map(|x| m::missing(x).to_string()))
                    .collect(),
                (None, _) => Vec::new(),
            };
            (Some(file.as_str()), lines)
        }
    };
    html! {
        <div class="foutoverzicht" role="alert" tabindex="-1" id="sjabloon-fouten">
            <h3>{ m::NOT_LOADED }{ file.map(|f| format!(": {f}")).unwrap_or_default() }</h3>
            if lines.len() > 1 || matches!(failure, TemplateFailure::Invalid { error: TemplateError::Problems(_), .. }) {
                <p>{ m::PROBLEMS_INTRO }</p>
            }
            <ul>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
            <p>{ m::KEPT }</p>
        </div>
    }
}

fn fields_view(template: &Template) -> Html {
    let used = &template.report().used;
    let not_shown = template.not_shown();
    html! {
        <dl class="overzicht">
            <div class="overzicht-rij">
                <dt>{ m::USED }</dt>
                <dd><ul class="veldenlijst">{ for used.iter().map(|f| html! { <li><code>{ format!("{{{f}}}") }</code>{ format!(" – {}", m::field(f)) }</li> }) }</ul></dd>
            </div>
            <div class="overzicht-rij">
                <dt>{ m::NOT_USED }</dt>
                <dd>
                    if not_shown.is_empty() { { m::ALL_USED } } else { { m::field_list(&not_shown) } }
                </dd>
            </div>
        </dl>
    }
}

#[function_component(TemplateSection)]
pub fn template_section(p: &TemplateProps) -> Html {
    let on_file = {
        let (on_apply, on_failure, asked) =
            (p.on_apply.clone(), p.on_failure.clone(), p.keep.asked());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file may be chosen again after fixing it in Word.
            input.set_value("");
            let (on_apply, on_failure) = (on_apply.clone(), on_failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                if file.size() > document::template::MAX_TEMPLATE_BYTES as f64 {
                    let error = TemplateError::TooLarge;
                    return on_failure.emit(TemplateFailure::Invalid { file: name, error });
                }
                let Ok(bytes) = browser::read_bytes(&file).await else {
                    return on_failure.emit(TemplateFailure::Unreadable);
                };
                match Template::load(&bytes) {
                    Ok(template) => {
                        let kept = keep(asked, &name, &bytes);
                        on_apply.emit((Rc::new(Chosen::own(name, template)), kept));
                    }
                    Err(error) => on_failure.emit(TemplateFailure::Invalid { file: name, error }),
                }
            });
        })
    };
    let own = matches!(p.chosen.source, Source::Own(_));
    let on_remember = {
        let chosen = p.chosen.clone();
        p.on_keep.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match (&chosen.source, input.checked()) {
                (Source::Own(name), true) => keep(true, name, chosen.template().bytes()),
                // Kept once an own template is loaded.
                (_, true) => Keep::Yes,
                (_, false) => {
                    browser::forget_template();
                    Keep::No
                }
            }
        })
    };
    let on_default = p.on_default.reform(|_: MouseEvent| {
        browser::forget_template();
    });
    let download_template = Callback::from(|_: MouseEvent| {
        let _ = browser::download(&builtin_template(), "toeleiding-sjabloon.docx", DOCX_MIME);
    });
    let download_data = Callback::from(|_: MouseEvent| {
        let data = values::merge_data_file();
        let _ = browser::download(&data, "toeleiding-velden.csv", "text/csv");
    });
    html! {
        <section class="sjabloon" aria-labelledby="sjabloon-kop">
            <h2 id="sjabloon-kop">{ m::HEADING }</h2>
            <p>{ m::INTRO }</p>
            if let Some(f) = &p.failure { { failure_view(f) } }
            <dl class="overzicht">
                <div class="overzicht-rij"><dt>{ m::IN_USE }</dt><dd>{ p.chosen.label() }</dd></div>
            </dl>
            { fields_view(p.chosen.template()) }
            <div class="veld">
                <label for="sjabloon-bestand">{ m::FILE_LABEL }</label>
                <p class="hint" id="sjabloon-bestand-hint">{ m::FILE_HINT }</p>
                <input type="file" id="sjabloon-bestand" accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby="sjabloon-bestand-hint" onchange={on_file} />
            </div>
            <div class="vinkje">
                <input type="checkbox" id="sjabloon-onthouden" checked={p.keep == Keep::Yes} onchange={on_remember} />
                <label for="sjabloon-onthouden">{ m::REMEMBER }</label>
            </div>
            if p.keep == Keep::Refused {
                <p class="melding-fout" role="status">{ m::TOO_LARGE_TO_REMEMBER }</p>
            }
            if own {
                <div class="acties">
                    <button type="button" class="knop" onclick={on_default}>{ m::USE_DEFAULT }</button>
                </div>
            }
            <h3>{ m::DOWNLOADS }</h3>
            <p>{ m::DOWNLOADS_INTRO }</p>
            <div class="acties">
                <button type="button" class="knop" onclick={download_template}>{ m::DOWNLOAD_TEMPLATE }</button>
                <button type="button" class="knop" onclick={download_data}>{ m::DOWNLOAD_DATA }</button>
            </div>
        </section>
    }
}
