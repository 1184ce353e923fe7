//! The timeline of one client, hand-written SVG over the core's layout (`ksz::timeline`): lanes,
//! periods as bars, single events as marks, open periods with an arrow to today, gaps as red
//! dashes. Every bar can take focus (Tab, the arrow keys, Home and End) and has an accessible
//! name (period and source); hovering or focusing shows its detail. An event two answers give
//! the same way is one bar naming both (`ksz::imported::entry_positions`, kept between renders). A table says the same for
//! screen readers and on paper, where only the print-safe labels appear (never a name, a
//! national number or a street).

use super::answers::{date, Births};
use crate::ksz::import::{Event as KszEvent, Lane};
use crate::ksz::imported::{entry_positions, label, Loaded, Position};
use crate::ksz::timeline::{self as t, layout, Bar, Layout, Span, Window};
use crate::ui::browser;
use crate::ui::messages::ksz_import as m;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The files about this client.
    pub files: Vec<Rc<Loaded>>,
    pub heading: AttrValue,
    /// Makes ids unique when there are several clients ("tijdlijn-1").
    pub id: AttrValue,
    /// Today, in days since 1970-01-01: where open periods end.
    pub today: i64,
    pub births: Births,
}

/// An event with every answer that gives it (see [`entries`]).
struct Item<'a> {
    event: &'a KszEvent,
    /// (neutral file label, the service as that answer names it).
    sources: Vec<(String, &'a str)>,
}

impl Item<'_> {
    fn when(&self) -> String {
        let e = self.event;
        m::when(e.from.as_ref(), e.to.as_ref(), e.mark)
    }

    fn source(&self) -> String {
        let each: Vec<String> = self
            .sources
            .iter()
            .map(|(file, service)| m::event_source(file, service))
            .collect();
        each.join("; ")
    }

    fn name(&self) -> String {
        let e = self.event;
        m::bar_name(m::lane(e.lane), &e.label, &self.when(), &self.source())
    }
}

fn lane_index(l: Lane) -> usize {
    Lane::ALL.iter().position(|x| *x == l).unwrap_or(0)
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{cut}…")
}

fn axis(l: &Layout) -> Html {
    let h = l.height;
    html! {
        <g class="tl-as" aria-hidden="true">
            { for l.ticks.iter().map(|tick| html! {
                <>
                    <line x1={t::px(tick.x)} x2={t::px(tick.x)} y1={t::px(t::AXIS - 6.0)} y2={t::px(h - 4.0)} class="tl-jaarlijn" />
                    if tick.label {
                        <text x={t::px(tick.x + 3.0)} y={t::px(t::AXIS - 8.0)} class="tl-jaar">{ tick.year }</text>
                    }
                </>
            }) }
            { for l.lanes.iter().map(|b| html! {
                <>
                    <line x1="0" x2={t::px(t::WIDTH)} y1={t::px(b.y - t::LANE_GAP / 2.0)} y2={t::px(b.y - t::LANE_GAP / 2.0)} class="tl-scheiding" />
                    <text x="6" y={t::px(b.y + 13.0)} class="tl-baan-naam">{ m::lane(b.lane) }</text>
                </>
            }) }
            { for l.gaps.iter().map(|g| html! {
                <line x1={t::px(g.x)} x2={t::px(g.x + g.width)} y1={t::px(g.y)} y2={t::px(g.y)} class="tl-gat" />
            }) }
            <line x1={t::px(l.today_x)} x2={t::px(l.today_x)} y1="4" y2={t::px(h)} class="tl-vandaag" />
            <text x={t::px(l.today_x - 3.0)} y="12" class="tl-vandaag-tekst">{ m::TODAY_LINE }</text>
        </g>
    }
}

/// Arrow keys, Home and End move from bar to bar (in reading order: lane by lane).
fn keys(prefix: &str, pos: usize, count: usize) -> Callback<KeyboardEvent> {
    let prefix = prefix.to_string();
    Callback::from(move |e: KeyboardEvent| {
        let to = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (pos + 1).min(count.saturating_sub(1)),
            "ArrowLeft" | "ArrowUp" => pos.saturating_sub(1),
            "Home" => 0,
            "End" => count.saturating_sub(1),
            _ => return,
        };
        e.prevent_default();
        browser::focus_id(&format!("{prefix}-balk-{to}"));
    })
}

fn bar(
    b: &Bar,
    (pos, count, prefix): (usize, usize, &str),
    item: &Item,
    selected: &UseStateHandle<Option<usize>>,
) -> Html {
    let i = b.item;
    let bar_id = format!("{prefix}-balk-{pos}");
    let onkeydown = keys(prefix, pos, count);
    let class = classes!(
        "tl-balk",
        format!("baan-{}", lane_index(b.lane)),
        b.open.then_some("open"),
        b.uncertain.then_some("onzeker"),
        b.mark.then_some("tl-merk"),
        (**selected == Some(i)).then_some("gekozen")
    );
    let show = |s: &UseStateHandle<Option<usize>>| {
        let s = s.clone();
        Callback::from(move |_: FocusEvent| s.set(Some(i)))
    };
    let hide = |s: &UseStateHandle<Option<usize>>| {
        let s = s.clone();
        Callback::from(move |_: FocusEvent| s.set(None))
    };
    let enter = {
        let s = selected.clone();
        Callback::from(move |_: MouseEvent| s.set(Some(i)))
    };
    let leave = {
        let s = selected.clone();
        Callback::from(move |_: MouseEvent| s.set(None))
    };
    let name = item.name();
    let mid = b.y + t::BAR / 2.0;
    if b.mark {
        let d = format!(
            "M{x},{a} L{r},{m} L{x},{z} L{l},{m} Z",
            x = t::px(b.x),
            a = t::px(mid - 7.0),
            z = t::px(mid + 7.0),
            r = t::px(b.x + t::MARK),
            l = t::px(b.x - t::MARK),
            m = t::px(mid)
        );
        return html! {
            <path id={bar_id} {d} {class} tabindex="0" role="img" aria-label={name} {onkeydown}
                onfocus={show(selected)} onblur={hide(selected)} onmouseenter={enter} onmouseleave={leave} />
        };
    }
    let end = b.x + b.width;
    // An address bar names its municipality (the print-safe label) when it has room, so moves
    // show at a glance; about 6.2 units per character at this size.
    let fits = ((b.width - 6.0) / 6.2).floor();
    let town = matches!(b.lane, Lane::Address | Lane::ReferenceAddress)
        .then(|| item.event.print_label.trim())
        .filter(|t| !t.is_empty() && fits >= 4.0)
        .map(|t| short(t, fits as usize));
    html! {
        <>
            <rect x={t::px(b.x)} y={t::px(b.y)} width={t::px(b.width)} height={t::px(t::BAR)} rx="2"
                id={bar_id} {class} tabindex="0" role="img" aria-label={name} {onkeydown}
                onfocus={show(selected)} onblur={hide(selected)} onmouseenter={enter} onmouseleave={leave} />
            if let Some(town) = town {
                <text x={t::px(b.x + 3.0)} y={t::px(b.y + t::BAR - 2.5)} class="tl-balk-tekst" aria-hidden="true">{ town }</text>
            }
            if b.open {
                <path d={format!("M{e},{} L{},{m} L{e},{} Z", t::px(b.y - 1.0), t::px(end + 7.0), t::px(b.y + t::BAR + 1.0), e = t::px(end), m = t::px(mid))}
                    class={classes!("tl-pijl", format!("baan-{}", lane_index(b.lane)))} aria-hidden="true" />
            }
        </>
    }
}

fn tooltip(l: &Layout, items: &[Item], selected: Option<usize>) -> Html {
    let Some(b) = selected.and_then(|i| l.bars.iter().find(|b| b.item == i)) else {
        return html! {};
    };
    let item = &items[b.item];
    let first = short(&item.event.label, 86);
    let second = short(&format!("{} · {}", item.when(), item.source()), 86);
    let chars = first.chars().count().max(second.chars().count()) as f64;
    let (w, h) = ((chars * 6.9 + 18.0).min(t::WIDTH - 4.0), 40.0);
    let (x, y) = t::tooltip_at(b, w, h, l.height);
    html! {
        <g class="tl-tip geen-print" aria-hidden="true">
            <rect x={t::px(x)} y={t::px(y)} width={t::px(w)} height={t::px(h)} rx="3" />
            <text x={t::px(x + 9.0)} y={t::px(y + 16.0)} class="tl-tip-kop">{ first }</text>
            <text x={t::px(x + 9.0)} y={t::px(y + 32.0)}>{ second }</text>
        </g>
    }
}

/// The table: every event and gap, by lane and date; on paper the print labels.
fn table(l: &Layout, items: &[Item], births: &Births, id: &str, shown: bool) -> Html {
    let mut rows: Vec<(crate::order::Key, Html)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let e = item.event;
            let key = (
                lane_index(e.lane) as i64,
                e.from.as_ref().and_then(|d| d.days()).unwrap_or(i64::MAX),
                i as i64,
            );
            let from = e
                .from
                .as_ref()
                .map_or(html! { { m::NO_DATE } }, |d| date(d, births));
            let to = match (&e.to, e.mark) {
                (_, true) => html! {},
                (Some(d), false) => date(d, births),
                (None, false) => html! { { m::TODAY } },
            };
            let row = html! {
                <tr>
                    <td>{ m::lane(e.lane) }</td>
                    <td><span class="geen-print">{ &e.label }</span><span class="alleen-print">{ &e.print_label }</span></td>
                    <td>{ from }</td>
                    <td>{ to }</td>
                    <td>{ item.source() }</td>
                </tr>
            };
            (key, row)
        })
        .collect();
    for (n, g) in l.gaps.iter().enumerate() {
        let row = html! {
            <tr class="tl-gat-rij">
                <td>{ m::lane(g.lane) }</td>
                <td>{ m::GAP }</td>
                <td>{ t::iso(g.from) }</td>
                <td>{ t::iso(g.to) }</td>
                <td>{ "—" }</td>
            </tr>
        };
        rows.push((
            (lane_index(g.lane) as i64, g.from, i64::MAX - n as i64),
            row,
        ));
    }
    crate::order::sort_by(&mut rows, |(k, _)| *k);
    html! {
        <div id={format!("{id}-tabel")} class={classes!("tl-tabel", (!shown).then_some("tl-tabel-verborgen"))}>
            <table>
                <caption>{ m::TABLE_CAPTION }</caption>
                <thead><tr>
                    <th scope="col">{ m::COL_LANE }</th><th scope="col">{ m::COL_WHAT }</th>
                    <th scope="col">{ m::COL_FROM }</th><th scope="col">{ m::COL_TO }</th>
                    <th scope="col">{ m::COL_SOURCE }</th>
                </tr></thead>
                <tbody>{ for rows.into_iter().map(|(_, r)| r) }</tbody>
            </table>
        </div>
    }
}

#[function_component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let window = use_state(|| Window::All);
    let selected = use_state(|| None::<usize>);
    let shown = use_state(|| false);
    // The merge of alike events runs when the answers change, not on every render.
    let merged = use_memo(p.files.clone(), |files| {
        let lists: Vec<(u32, &[KszEvent])> = files
            .iter()
            .map(|f| (f.number, f.answer.events.as_slice()))
            .collect();
        entry_positions(&lists)
    });
    let event = |(f, e): Position| &p.files[f].answer.events[e];
    let items: Vec<Item> = merged
        .iter()
        .map(|(first, sources)| Item {
            event: event(*first),
            sources: sources
                .iter()
                .map(|(n, at)| (label(*n), event(*at).source.as_str()))
                .collect(),
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    let spans: Vec<Span> = items.iter().map(|i| Span::of(i.event)).collect();
    let l = layout(&spans, p.today, *window);
    let id = p.id.as_str();
    let present: Vec<Lane> = items.iter().map(|i| i.event.lane).collect();
    let missing: Vec<Lane> = Lane::ALL
        .into_iter()
        .filter(|l| !present.contains(l))
        .collect();
    let on_window = {
        let (window, selected) = (window.clone(), selected.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            selected.set(None);
            window.set(match select.value().as_str() {
                "10" => Window::Years(10),
                "5" => Window::Years(5),
                _ => Window::All,
            });
        })
    };
    let on_table = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let heading_id = format!("{id}-titel");
    let intro_id = format!("{id}-uitleg");
    let current = match *window {
        Window::All => "alles",
        Window::Years(10) => "10",
        Window::Years(_) => "5",
    };
    let option = |value: &'static str, label: &'static str| {
        html! { <option {value} selected={current == value}>{ label }</option> }
    };
    html! {
        <section class="tijdlijn" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ &p.heading }</h2>
            <p class="hint geen-print" id={intro_id.clone()}>{ m::TIMELINE_INTRO }</p>
            <div class="tl-bediening geen-print">
                <div class="veld">
                    <label for={format!("{id}-periode")}>{ m::WINDOW_LABEL }</label>
                    <select id={format!("{id}-periode")} class="breed-m" onchange={on_window}>
                        { option("alles", m::WINDOW_ALL) }
                        { option("10", m::WINDOW_10) }
                        { option("5", m::WINDOW_5) }
                    </select>
                </div>
                <button type="button" class="knop knop-secundair" aria-expanded={(*shown).to_string()}
                    aria-controls={format!("{id}-tabel")} onclick={on_table}>
                    { if *shown { m::HIDE_TABLE } else { m::SHOW_TABLE } }
                </button>
            </div>
            <div class="tl-rol">
                <svg class="tl-svg" viewBox={format!("0 0 {} {}", t::px(t::WIDTH), t::px(l.height))} role="group"
                    aria-label={p.heading.clone()} aria-describedby={intro_id}>
                    { axis(&l) }
                    { for l.bars.iter().enumerate().map(|(n, b)| bar(b, (n, l.bars.len(), id), &items[b.item], &selected)) }
                    { tooltip(&l, &items, *selected) }
                </svg>
            </div>
            if !l.outside.is_empty() {
                <p class="hint">{ m::outside(l.outside.len()) }</p>
            }
            if !missing.is_empty() {
                <p class="hint">{ m::empty_lanes(&missing) }</p>
            }
            { table(&l, &items, &p.births, id, *shown) }
        </section>
    }
}
