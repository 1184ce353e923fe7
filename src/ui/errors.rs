//! The error summary at the top of a step: takes focus and links to each field.

use super::{browser, messages};
use toeleiding::model::Invalid;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<Invalid>,
    /// Changes on every failed submit, so focus moves here again.
    pub round: u32,
}

#[function_component(ErrorSummary)]
pub fn error_summary(p: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.round, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }
    if p.errors.is_empty() {
        return html! {};
    }
    let count = p.errors.len();
    let heading = if count == 1 {
        "Er is 1 probleem".to_string()
    } else {
        format!("Er zijn {count} problemen")
    };
    html! {
        <div class="foutoverzicht" role="alert" aria-labelledby="foutoverzicht-titel" tabindex="-1" ref={node}>
            <h2 id="foutoverzicht-titel">{ heading }</h2>
            <ul>
                { for p.errors.iter().map(|e| {
                    let id = e.field.slug();
                    let target = id.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        browser::focus_id(&target);
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ messages::message(e) }</a></li> }
                }) }
            </ul>
        </div>
    }
}
