//! The statements a public body must publish (accessibility and privacy), rendered from their
//! texts in `messages::statements`.

use crate::ui::messages::app::BACK_TO_APP;
use crate::ui::messages::Page;
use yew::prelude::*;

#[derive(Properties)]
pub struct StatementProps {
    pub page: &'static Page,
    pub on_back: Callback<()>,
}

impl PartialEq for StatementProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.page, other.page) && self.on_back == other.on_back
    }
}

#[function_component(Statement)]
pub fn statement(p: &StatementProps) -> Html {
    let onclick = p.on_back.reform(|_: MouseEvent| ());
    let page = p.page;
    html! {
        <article class="verklaring">
            <button type="button" class="knop-link terug" {onclick}>{ BACK_TO_APP }</button>
            <h1 tabindex="-1">{ page.title }</h1>
            <p class="inleiding">{ page.intro }</p>
            { for page.sections.iter().map(|s| html! {
                <>
                    <h2>{ s.heading }</h2>
                    { for s.paragraphs.iter().map(|t| html! { <p>{ *t }</p> }) }
                    if !s.bullets.is_empty() {
                        <ul>{ for s.bullets.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
                    }
                    { for s.after.iter().map(|t| html! { <p>{ *t }</p> }) }
                </>
            }) }
        </article>
    }
}
