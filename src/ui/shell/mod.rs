//! The page frame every page shares: the header with the links to the parts and "Alles wissen",
//! the inactivity warning, the footer with the statements, and the reducer of one page (`state`).

pub mod idle;
pub mod state;
mod statements;

use super::browser;
use super::messages::{app as m, statements as texts};
use crate::password::Password;
use state::{Fresh, Part, Shell, ShellAction, View};
use statements::Statement;
use yew::prelude::*;

/// The parts of the app, each its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagePart {
    /// "Verwijzing maken" (`index.html`).
    Refer,
    /// "Verwijzing openen" (`openen.html`).
    Open,
    /// "KSZ lezen" (`ksz.html`).
    Ksz,
}

impl PagePart {
    /// The page's file, next to this one: served (`openen.html`) or the single offline file
    /// (`toeleiding-openen.html`), as `scripts/finalize.py` marks it.
    pub fn href(self) -> &'static str {
        let single = browser::is_single_file();
        match (self, single) {
            (PagePart::Refer, false) => "index.html",
            (PagePart::Refer, true) => "toeleiding.html",
            (PagePart::Open, false) => "openen.html",
            (PagePart::Open, true) => "toeleiding-openen.html",
            (PagePart::Ksz, false) => "ksz.html",
            (PagePart::Ksz, true) => "toeleiding-ksz.html",
        }
    }
}

/// A page's content in the frame, wired to its shell: the same for every page (the page says
/// which it is and whether it has settings).
pub fn framed<P: Part>(
    shell: &Shell<P>,
    send: &Callback<ShellAction<P::Action>>,
    page: PagePart,
    settings: bool,
    content: Html,
) -> Html {
    html! {
        <Frame
            {page}
            view={shell.view}
            idle_warning={shell.idle_warning}
            wiped_for_inactivity={shell.wiped_for_inactivity}
            generation={shell.generation}
            on_show={send.reform(ShellAction::Show)}
            on_wipe={send.reform(|_: ()| ShellAction::Wipe(fresh()))}
            on_still_here={send.reform(|_: ()| ShellAction::IdleWarning(false))}
            {settings}
        >
            { content }
        </Frame>
    }
}

/// The effects of a wipe (revoke every download URL, read the clock, make a new password); the
/// result is dispatched.
pub fn fresh() -> Fresh {
    browser::revoke_all();
    Fresh {
        today: browser::today(),
        password: Password::generate_secure(),
    }
}

/// The page's reducer, with the automatic wipe and the question before leaving installed.
#[hook]
pub fn use_shell<P: Part, F: FnOnce() -> P>(init: F) -> UseReducerHandle<Shell<P>> {
    let state = use_reducer(move || Shell::new(init()));
    let dispatcher = state.dispatcher();
    let on_warning = {
        let d = dispatcher.clone();
        Callback::from(move |on| d.dispatch(ShellAction::IdleWarning(on)))
    };
    let on_wipe =
        Callback::from(move |_| dispatcher.dispatch(ShellAction::WipeForInactivity(fresh())));
    idle::use_auto_wipe(state.idle_warning, on_warning, on_wipe);
    use_effect_with(state.part.holds_work(), |work| {
        browser::warn_before_leaving(*work)
    });
    // Focus the heading of a page other than the part itself when it opens.
    use_effect_with(state.view, move |view| {
        if *view != View::Main {
            browser::focus_selector("main h1");
        }
    });
    state
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub page: PagePart,
    pub view: View,
    pub idle_warning: bool,
    pub wiped_for_inactivity: bool,
    /// Grows with every wipe (see `Shell::generation`).
    pub generation: u32,
    pub on_show: Callback<View>,
    pub on_wipe: Callback<()>,
    pub on_still_here: Callback<()>,
    /// Show the "Instellingen" button (the sender's page).
    #[prop_or_default]
    pub settings: bool,
    /// The part's own content (shown for [`View::Main`] and the part's own views).
    pub children: Html,
}

/// The header, the warning, the main content (or a statement) and the footer.
#[function_component(Frame)]
pub fn frame(p: &FrameProps) -> Html {
    let build = use_memo((), |_| browser::build_fingerprint());
    let show = |v: View| p.on_show.reform(move |_: MouseEvent| v);
    let on_wipe = p.on_wipe.reform(|_: MouseEvent| ());
    let on_still_here = p.on_still_here.reform(|_: MouseEvent| {
        idle::touch();
    });
    let back = p.on_show.reform(|_: ()| View::Main);
    let content = match p.view {
        View::Accessibility => html! { <Statement page={&texts::ACCESSIBILITY} on_back={back} /> },
        View::Privacy => html! { <Statement page={&texts::PRIVACY} on_back={back} /> },
        _ => p.children.clone(),
    };
    let link = |part: PagePart, label: &'static str| {
        let current = part == p.page;
        html! {
            <a class="knop-link" href={part.href()} aria-current={current.then_some("page")}>{ label }</a>
        }
    };
    html! {
        <>
            <a class="skip-link" href="#inhoud">{ m::SKIP_LINK }</a>
            <header class="kop">
                <div class="wrap kop-inhoud">
                    <p class="merk"><span class="merk-naam">{ m::BRAND }</span>{ m::BRAND_TAIL }</p>
                    <nav class="modus" aria-label={m::NAV_LABEL}>
                        { link(PagePart::Refer, m::NAV_REFER) }
                        { link(PagePart::Open, m::NAV_OPEN) }
                        { link(PagePart::Ksz, m::NAV_KSZ) }
                    </nav>
                    <div class="kop-acties">
                        if p.settings {
                            <button type="button" class="knop knop-wissen" onclick={show(View::Settings)}>{ m::SETTINGS }</button>
                        }
                        <button type="button" class="knop knop-wissen" onclick={on_wipe}>{ m::WIPE }</button>
                    </div>
                </div>
            </header>
            if p.idle_warning {
                <div class="wis-waarschuwing" role="alert">
                    <div class="wrap">
                        <p>{ m::IDLE_WARNING }</p>
                        <button type="button" class="knop knop-primair" onclick={on_still_here}>{ m::STILL_HERE }</button>
                    </div>
                </div>
            }
            <main id="inhoud" class="wrap" key={p.generation.to_string()}>
                if p.wiped_for_inactivity {
                    <p class="melding-ok" role="status">{ m::WIPED_FOR_INACTIVITY }</p>
                }
                { content }
            </main>
            <footer class="voet">
                <div class="wrap">
                    <p>{ m::FOOTER }</p>
                    <nav aria-label={m::STATEMENTS_LABEL} class="voet-links">
                        <button type="button" class="knop-link" onclick={show(View::Accessibility)}>{ m::ACCESSIBILITY }</button>
                        <button type="button" class="knop-link" onclick={show(View::Privacy)}>{ m::PRIVACY }</button>
                    </nav>
                    <p class="versie">{ m::version(env!("CARGO_PKG_VERSION"), build.as_deref()) }</p>
                </div>
            </footer>
        </>
    }
}

/// The document title of the frame's own views, or `None` for the part's.
pub fn frame_title(view: View) -> Option<String> {
    match view {
        View::Accessibility => Some(m::title(m::ACCESSIBILITY, false)),
        View::Privacy => Some(m::title(m::PRIVACY, false)),
        _ => None,
    }
}
