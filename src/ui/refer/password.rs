//! The password block of the download step: the generated password (shown in groups, copy, new)
//! or the one agreed with the OCMW (typed, then applied). One choice, see `PasswordChoice`.

use crate::password::Password;
use crate::refer::{Flow, FlowAction, PasswordAction, PasswordChoice, Problem};
use crate::ui::browser;
use crate::ui::common::fields::{Checkbox, TextField};
use crate::ui::messages::password as m;
use std::rc::Rc;
use yew::prelude::*;
use zeroize::Zeroizing;

/// The id of the agreed-password field, where a password problem is shown.
pub const AGREED_FIELD: &str = "afgesproken-wachtwoord-tekst";
/// The id of the checkbox that switches to an agreed password.
pub const AGREED_CHECKBOX: &str = "afgesproken-wachtwoord";

/// The field a password problem points at.
pub fn field_id(flow: &Flow) -> &'static str {
    match flow.password() {
        PasswordChoice::AgreedPending { .. } => AGREED_FIELD,
        _ => AGREED_CHECKBOX,
    }
}

#[derive(Properties, PartialEq)]
pub struct PasswordBlockProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
}

/// A new generated password: randomness is an effect, made here and dispatched as a value.
fn generated() -> FlowAction {
    FlowAction::Password(PasswordAction::Generated(Password::generate_secure()))
}

fn shown_password(
    password: &Password,
    on: &Callback<FlowAction>,
    copied: &UseStateHandle<Option<bool>>,
) -> Html {
    let on_copy = {
        let copied = copied.clone();
        let text = Zeroizing::new(password.expose().to_string());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&text).await));
            });
        })
    };
    let on_new = {
        let copied = copied.clone();
        on.reform(move |_: MouseEvent| {
            copied.set(None);
            generated()
        })
    };
    html! {
        <>
            <p>{ m::GENERATED_TEXT }</p>
            <p class="wachtwoord" id="wachtwoord" aria-label={m::LABEL}>
                { for password.groups().enumerate().map(|(i, g)| html! {
                    <>
                        if i > 0 { <span class="streep">{ "-" }</span> }
                        <span class="groep">{ g.to_string() }</span>
                    </>
                }) }
            </p>
            <div class="acties">
                <button type="button" class="knop knop-secundair" onclick={on_copy}>{ m::COPY }</button>
                <button type="button" class="knop knop-secundair" onclick={on_new}>{ m::NEW }</button>
            </div>
            <p class="status" role="status">
                { match **copied {
                    Some(true) => m::COPIED,
                    Some(false) => m::NOT_COPIED,
                    None => "",
                } }
            </p>
        </>
    }
}

/// Whether the word lists that judge an agreed password are there (see `password::vocabulary`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lists {
    Loading,
    Ready,
    Failed,
}

/// Fetches the word lists once an agreed password is chosen (an effect: the result is kept in
/// the core's `vocabulary`, which holds no family data and survives a wipe).
#[hook]
fn use_password_lists(agreed: bool) -> Lists {
    let lists = use_state(|| {
        if crate::password::vocabulary::installed().is_some() {
            Lists::Ready
        } else {
            Lists::Loading
        }
    });
    {
        let lists = lists.clone();
        use_effect_with(agreed, move |agreed| {
            if *agreed && *lists != Lists::Ready {
                lists.set(Lists::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    let installed = browser::password_lists()
                        .await
                        .ok()
                        .is_some_and(|bytes| crate::password::vocabulary::install(&bytes).is_ok());
                    lists.set(if installed {
                        Lists::Ready
                    } else {
                        Lists::Failed
                    });
                });
            }
        });
    }
    *lists
}

#[function_component(PasswordBlock)]
pub fn password_block(p: &PasswordBlockProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let on = &p.on;
    let choice = p.flow.password();
    let lists = use_password_lists(choice.is_agreed());
    let on_mode = on.reform(|agreed: bool| {
        if agreed {
            FlowAction::Password(PasswordAction::StartAgreed)
        } else {
            generated()
        }
    });
    // A problem found when sealing was refused wins over the last refusal of "Gebruik dit wachtwoord".
    let seal_problem = p.flow.problems().iter().find_map(|pr| match pr {
        Problem::Password(nr) => Some(m::not_ready(nr)),
        _ => None,
    });
    let body = match choice {
        PasswordChoice::Generated(password) => shown_password(password, on, &copied),
        PasswordChoice::Unavailable(_) => html! { <p class="melding-fout">{ m::UNAVAILABLE }</p> },
        PasswordChoice::Agreed(_) => html! { <p class="melding-ok">{ m::APPLIED }</p> },
        PasswordChoice::AgreedPending { typed, refused } => {
            let error = seal_problem.or_else(|| refused.as_ref().map(m::refused));
            let on_type = on.reform(|v| FlowAction::Password(PasswordAction::Type(v)));
            let on_apply = on.reform(|_: MouseEvent| FlowAction::Password(PasswordAction::Apply));
            let on_generated = on.reform(|_: MouseEvent| generated());
            let status = match lists {
                Lists::Loading => {
                    html! { <p class="status" role="status">{ m::LISTS_LOADING }</p> }
                }
                Lists::Ready => {
                    html! { <p class="status sr-only" role="status">{ m::LISTS_READY }</p> }
                }
                Lists::Failed => {
                    html! { <p class="melding-fout" role="alert">{ m::LISTS_FAILED }</p> }
                }
            };
            html! {
                <>
                    { status }
                    <TextField id={AGREED_FIELD} label={m::AGREED_LABEL} kind="password" width="breed-l"
                        hint={Some(AttrValue::Static(m::AGREED_HINT))}
                        value={typed.to_string()} error={error.map(AttrValue::from)} oninput={on_type} />
                    <div class="acties">
                        <button type="button" class="knop knop-secundair" onclick={on_apply}>{ m::APPLY }</button>
                        if refused.is_some() {
                            <button type="button" class="knop knop-secundair" onclick={on_generated}>{ m::USE_GENERATED }</button>
                        }
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="wachtwoord-blok" aria-labelledby="wachtwoord-titel">
            <h2 id="wachtwoord-titel">{ m::HEADING }</h2>
            <Checkbox id={AGREED_CHECKBOX} label={m::USE_AGREED} checked={choice.is_agreed()} onchange={on_mode} />
            { body }
        </section>
    }
}
