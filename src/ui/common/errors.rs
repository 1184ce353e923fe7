//! The error summary at the top of a page: takes focus and links to each field.

use crate::ui::browser;
use crate::ui::messages::common::problems;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The id of the field each problem belongs to, and its Dutch message.
    pub items: Vec<(String, String)>,
    /// Changes on every failed submit, so focus moves here again.
    pub round: u32,
    /// Heading; by default it counts the problems.
    #[prop_or_default]
    pub title: Option<AttrValue>,
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
    if p.items.is_empty() {
        return html! {};
    }
    let heading = match &p.title {
        Some(title) => title.to_string(),
        None => problems(p.items.len()),
    };
    html! {
        <div class="foutoverzicht" role="alert" aria-labelledby="foutoverzicht-titel" tabindex="-1" ref={node}>
            <h2 id="foutoverzicht-titel">{ heading }</h2>
            <ul>
                { for p.items.iter().map(|(id, message)| {
                    let target = id.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        browser::focus_id(&target);
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ message }</a></li> }
                }) }
            </ul>
        </div>
    }
}
