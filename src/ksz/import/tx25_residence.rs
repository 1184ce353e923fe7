//! The TX25's identity and residence IT groups (000 to 031), one handler each: the source's
//! `Label` shown as is with its `Code` in brackets (the Lino convention), `Date` as the start and
//! `DelDate` as the end. What a handler does not know inside a known group becomes an "onbekend
//! gegeven" with its raw name and leaves.

use super::collect::Collect;
use super::labels as L;
use super::model::{Fact, Group};
use super::text::{code_label_at, flatten};
use super::tree::Node;
use super::tx25_seen::{coded, dated, dates, leftovers, name, shown, Address, Seen};

/// Reads one IT group of this part; `false` when the type is not one of them.
pub(super) fn group(c: &mut Collect, seen: &mut Seen, it_type: &str, it: &Node) -> bool {
    match it_type {
        "000" => {
            let nn = it
                .text_at(&["NationalNumber", "NationalNumber"])
                .unwrap_or_default();
            c.add(
                Group::Identity,
                Fact::new(L::NATIONAL_NUMBER, nn).identifying(),
            );
            if let Some(sex) = it.text_at(&["NationalNumber", "Sex"]) {
                c.fact(Group::Identity, L::SEX, sex);
            }
        }
        "001" => {
            let r = coded(it, &["Residence"]);
            let label = if r.code == "99991" {
                L::REMOVED
            } else {
                L::RESIDENCE_MUNICIPALITY
            };
            c.add(
                Group::Residence,
                Fact::new(label, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["Residence", "Fusion", "Language"],
            );
            seen.residences.push(r);
        }
        "003" => {
            let value = it.text_at(&["Graphic1"]).map(str::to_string);
            dated(c, Group::Residence, it, L::ASCERTAINED_ADDRESS, value);
            leftovers(c, Group::Residence, it_type, it, &["Graphic1"]);
        }
        "005" => {
            let (to, from) = (
                code_label_at(it, &["DestinationPlace"]),
                code_label_at(it, &["OriginPlace"]),
            );
            let value = match (to, from) {
                (Some(t), _) => format!("{} {t}", L::TOWARDS),
                (None, Some(f)) => format!("{} {f}", L::COMING_FROM),
                (None, None) => String::new(),
            };
            dated(c, Group::Residence, it, L::ADDRESS_CHANGE, Some(value));
            leftovers(
                c,
                Group::Residence,
                it_type,
                it,
                &["DestinationPlace", "OriginPlace"],
            );
        }
        "006" => {
            dated(
                c,
                Group::Residence,
                it,
                L::COUNTRY_OF_ORIGIN,
                code_label_at(it, &["Country"]),
            );
            if let Some(g) = it.text_at(&["Graphic"]) {
                c.add(
                    Group::Residence,
                    Fact::new(L::ADDRESS_ORIGIN, g).identifying(),
                );
            }
            leftovers(c, Group::Residence, it_type, it, &["Country", "Graphic"]);
        }
        "010" => {
            let (from, to) = dates(it);
            let value = it.child("Name").and_then(name).unwrap_or_default();
            c.add(
                Group::Identity,
                Fact::new(L::NAME, value).from(from).until(to).identifying(),
            );
            leftovers(c, Group::Identity, it_type, it, &["Name"]);
        }
        "020" => {
            let (from, to) = dates(it);
            let a = it.child("Address");
            let get = |p: &[&str]| a.and_then(|a| a.text_at(p)).unwrap_or_default();
            let mut street = format!("{} {}", get(&["Street", "Label"]), get(&["HouseNumber"]));
            if !get(&["Box"]).is_empty() {
                street.push_str(&format!(" {} {}", L::BOX, get(&["Box"])));
            }
            let zip = get(&["ZipCode"]).to_string();
            let text = format!("{}, {zip}", street.trim());
            c.add(
                Group::Residence,
                Fact::new(L::MAIN_ADDRESS, text.clone())
                    .from(from.clone())
                    .until(to)
                    .identifying(),
            );
            leftovers(c, Group::Residence, it_type, it, &["Address"]);
            seen.addresses.push(Address { from, text, zip });
        }
        "022" => {
            let mut r = coded(it, &["Address", "Territory"]);
            if r.label.is_empty() {
                r = coded(it, &["Address", "Address", "Country"]);
            }
            let post = code_label_at(it, &["Address", "PosteDiplomatique"]);
            let value = [Some(shown(&r)), post.map(|p| format!("{} {p}", L::POST))]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
            c.add(
                Group::Residence,
                Fact::new(L::ABROAD, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            if let Some(inner) = it.at(&["Address", "Address"]) {
                let lines: Vec<&str> = inner
                    .children
                    .iter()
                    .filter(|n| n.name.starts_with("Graphic"))
                    .filter_map(Node::value)
                    .collect();
                c.add(
                    Group::Residence,
                    Fact::new(L::ADDRESS_ABROAD, lines.join(", ")).identifying(),
                );
            }
            seen.abroad.push(r);
        }
        "023" => {
            let (from, to) = dates(it);
            let value = it.child("Address").map(flatten).unwrap_or_default();
            c.add(
                Group::Residence,
                Fact::new(L::POSTAL_ABROAD, value)
                    .from(from)
                    .until(to)
                    .identifying(),
            );
        }
        "024" => {
            let r = coded(it, &["Reference"]);
            let rest: Vec<String> = it
                .children
                .iter()
                .filter(|n| !matches!(n.name.as_str(), "Date" | "DelDate"))
                .map(flatten)
                .collect();
            let value = if rest.is_empty() {
                L::YES.to_string()
            } else {
                rest.join("; ")
            };
            c.add(
                Group::Residence,
                Fact::new(L::REFERENCE_ADDRESS, value)
                    .from(r.from.clone())
                    .until(r.to.clone())
                    .identifying(),
            );
            seen.reference.push(r);
        }
        "026" => {
            let r = coded(it, &["Reason"]);
            let value = it
                .children
                .iter()
                .filter(|n| !matches!(n.name.as_str(), "Date" | "DelDate"))
                .map(flatten)
                .collect::<Vec<_>>()
                .join("; ");
            c.add(
                Group::Residence,
                Fact::new(L::TEMPORARY_ABSENCE, value)
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            seen.absence.push(r);
        }
        "031" => {
            let r = coded(it, &["Nationality"]);
            c.add(
                Group::Identity,
                Fact::new(L::NATIONALITY, shown(&r))
                    .from(r.from.clone())
                    .until(r.to.clone()),
            );
            leftovers(c, Group::Identity, it_type, it, &["Nationality"]);
            seen.nationalities.push(r);
        }
        _ => return false,
    }
    true
}
