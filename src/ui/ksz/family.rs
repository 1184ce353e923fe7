//! "Gezin op <datum>": who lives with the applicant on the consultation's date (role, since
//! when), under it "Vroeger" with the ended ties and their end dates, and what that may point to
//! for the leefloon category. On screen a person's name follows the role; on paper only the
//! role and a birth year ("kind 1, geboren 2014").

use super::answers::date;
use crate::ksz::import::{Family, Housemate, Tie};
use crate::ksz::vec_map::VecMap;
use crate::ui::messages::ksz_import as m;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FamilyProps {
    pub family: Rc<Family>,
    /// The consultation's date as typed.
    pub on: AttrValue,
    /// Birth dates in the answers (a "since" that is a birth date prints as its year).
    pub births: Rc<VecMap<String, ()>>,
}

fn person(h: &Housemate, births: &VecMap<String, ()>, ended: bool) -> Html {
    let word = m::housemate(h.role, h.tie);
    // A child's birth year tells the worker which child; an adult's is not needed.
    let born = h
        .born
        .as_ref()
        .filter(|_| h.tie == Tie::Child)
        .and_then(|b| b.year)
        .map(|y| format!(", {} {y}", m::BORN_WORD));
    let name = (!h.name.trim().is_empty()).then(|| {
        html! { <span class="geen-print naam">{ format!(" ({})", h.name.trim()) }</span> }
    });
    let when = if ended {
        h.until
            .as_ref()
            .map(|d| html! { <>{ ", " }{ m::TO_WORD }{ " " }{ date(d, births) }</> })
    } else {
        h.since
            .as_ref()
            .map(|d| html! { <>{ ", " }{ m::SINCE_WORD }{ " " }{ date(d, births) }</> })
    };
    html! { <li>{ word }{ name }{ born }{ when }</li> }
}

#[function_component(FamilyView)]
pub fn family_view(p: &FamilyProps) -> Html {
    let f = &p.family;
    html! {
        <section class="gezin-op-datum" aria-labelledby="gezin-op-datum-titel">
            <h3 id="gezin-op-datum-titel">{ m::family_heading(&p.on) }</h3>
            if !f.known && f.current.is_empty() {
                <p class="leeg">{ m::FAMILY_UNKNOWN }</p>
            } else if f.current.is_empty() {
                <p>{ m::FAMILY_NOBODY }</p>
            } else {
                <ul class="gezinsleden">{ for f.current.iter().map(|h| person(h, &p.births, false)) }</ul>
            }
            <h4>{ m::FAMILY_EARLIER }</h4>
            if f.earlier.is_empty() {
                <p class="leeg">{ m::FAMILY_NOBODY_BEFORE }</p>
            } else {
                <ul class="gezinsleden vroeger">{ for f.earlier.iter().map(|h| person(h, &p.births, true)) }</ul>
            }
            if let Some(c) = f.hint {
                <p class="lijn signaal">
                    <strong class="label-signaal">{ m::CATEGORY_LABEL }{ ": " }</strong>
                    { m::category(c) }{ " " }<span class="basis">{ m::CATEGORY_BASIS }</span>
                </p>
            }
        </section>
    }
}
