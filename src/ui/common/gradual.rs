//! Showing a long list one item per task: the answers of a large batch and their timelines
//! would otherwise be one task of several hundred milliseconds on a slow laptop (BENCHMARKS.md,
//! issue 20). The list says it is still growing with `aria-busy`.

use crate::ui::browser;
use std::rc::Rc;
use yew::prelude::*;

/// How many items are shown. A step names the count it grows from, so a step scheduled before
/// the list was emptied or grown changes nothing.
#[derive(PartialEq)]
struct Shown(usize);

impl Reducible for Shown {
    /// (from, to)
    type Action = (usize, usize);

    fn reduce(self: Rc<Self>, (from, to): (usize, usize)) -> Rc<Self> {
        if self.0 == from {
            Rc::new(Shown(to))
        } else {
            self
        }
    }
}

/// How many of `total` items to render now: `first` at once, then one more in each following
/// task until all are there. A list that shrank counts from its new length (so items added
/// later come one by one too); an emptied one starts again at `first`.
#[hook]
pub fn use_gradual(total: usize, first: usize) -> usize {
    let shown = use_reducer(|| Shown(first));
    {
        let shown = shown.clone();
        use_effect_with((shown.0, total), move |&(n, total)| {
            if n < total {
                wasm_bindgen_futures::spawn_local(async move {
                    browser::yield_now().await;
                    shown.dispatch((n, n + 1));
                });
            } else if n > total.max(first) {
                shown.dispatch((n, total.max(first)));
            }
        });
    }
    shown.0.min(total)
}

#[derive(Properties, PartialEq)]
pub struct GraduallyProps {
    pub items: Vec<Html>,
    /// How many to render at once (by default none: the first comes in the next task).
    #[prop_or(0)]
    pub first: usize,
}

/// `items`, rendered [`use_gradual`]ly.
#[function_component(Gradually)]
pub fn gradually(p: &GraduallyProps) -> Html {
    placed(&p.items, use_gradual(p.items.len(), p.first))
}

/// The first `shown` of `items`, and a [`Pending`] under each other item's key.
pub fn placed(items: &[Html], shown: usize) -> Html {
    html! {
        { for items.iter().enumerate().map(|(i, item)| match item.key() {
            _ if i < shown => item.clone(),
            Some(key) => html! { <Pending key={key.clone()} /> },
            None => html! { <Pending /> },
        }) }
    }
}

/// The place of an item not shown yet: nothing, under the item's key. Every item keeps its place
/// in the list, so showing the next one replaces one placeholder; a list that grew at its end
/// would make Yew's keyed diff move the items already shown.
#[function_component(Pending)]
pub fn pending() -> Html {
    html! {}
}
