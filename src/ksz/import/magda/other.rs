//! MAGDA Gezin.GeefKindVoordelen (Groeipakket: source region, fund, beneficiaries, children and
//! categories per period, bonuses) and Kadaster.ZoekEigendomstoestanden (parcels, cadastral
//! income, rights and shares, `WoontOpEigendom`).

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{code_label_at, date_at, digits, euro_decimal, flatten};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;
use crate::ksz::Status;

fn category(c: &mut Collect, code: &str) {
    match code {
        "SOCIAAL" => c.observe(ids::GROEIPAKKET_SOCIAL_SUPPLEMENT),
        "ZORG_WEES" => c.observe(ids::GROEIPAKKET_ORPHAN_SUPPLEMENT),
        "ZORG_SPECIALE_NODEN" => c.observe(ids::GROEIPAKKET_SPECIAL_NEEDS),
        "ZORG_PLEEG" => c.observe(ids::GROEIPAKKET_FOSTER_CARE),
        "KINDEROPVANG" | "KLEUTER" => c.observe(ids::GROEIPAKKET_CHILDCARE),
        _ => {}
    }
}

/// One `Betalingsperiode`: a fact, an event and its category's finding.
fn period(c: &mut Collect, p: &Node, whose: &str) {
    let from = date_at(p, &["Periode", "BeginMaand"]).or(date_at(p, &["Periode", "Begin"]));
    let to = date_at(p, &["Periode", "EindeMaand"]).or(date_at(p, &["Periode", "Einde"]));
    let code = p.text_at(&["Categorie", "Code"]).unwrap_or_default();
    let value = code_label_at(p, &["Categorie"]).unwrap_or_default();
    category(c, code);
    c.add(
        Group::Allowances,
        Fact::new(
            &format!("{} ({whose})", L::CHILD_BENEFIT_CATEGORY),
            value.clone(),
        )
        .from(from.clone())
        .until(to.clone()),
    );
    c.period(
        Lane::ChildBenefits,
        from,
        to,
        format!("{}: {value}", L::CHILD_BENEFIT),
        format!("{} {code}", L::PRINT_CHILD_BENEFIT),
    );
}

/// Reads `Inhoud/KindVoordelen`.
pub(in crate::ksz::import) fn kind_voordelen(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["KindVoordelen"]);
    let list = inhoud
        .child("KindVoordelen")
        .map(|n| n.children.as_slice())
        .unwrap_or_default();
    let mut any = false;
    for k in list {
        if k.name != "KindVoordeel" {
            c.unknown(Group::Allowances, &k.name, k);
            continue;
        }
        any = true;
        let subject = k.text_at(&["INSZ"]).map(digits).unwrap_or_default();
        if c.summary.subject.is_none() && !subject.is_empty() {
            c.summary.subject = Some(subject.clone());
        }
        let mut is_child = false;
        // The client is the beneficiary (bijslagtrekkende) of this file, and of which children.
        let mut receives = false;
        let mut other_children = false;
        for n in &k.children {
            match n.name.as_str() {
                "INSZ" => c.add(
                    Group::Identity,
                    Fact::new(L::NATIONAL_NUMBER, n.text.trim()).identifying(),
                ),
                "Bron" => {
                    let bron = n.text.trim();
                    c.fact(Group::Allowances, L::CHILD_BENEFIT_SOURCE, bron);
                    if !bron.is_empty() && !bron.eq_ignore_ascii_case("VLAANDEREN") {
                        c.observe(ids::GROEIPAKKET_OTHER_REGION);
                    }
                }
                "KindVoordeelFonds" => c.fact(Group::Allowances, L::CHILD_BENEFIT_FUND, flatten(n)),
                "Begunstigden" => {
                    for b in n.all("Begunstigde") {
                        let who = b.text_at(&["INSZ"]).map(digits).unwrap_or_default();
                        c.add(
                            Group::Allowances,
                            Fact::new(L::BENEFICIARY, b.text_at(&["INSZ"]).unwrap_or_default())
                                .identifying(),
                        );
                        receives |= !subject.is_empty() && who == subject;
                        for p in b
                            .at(&["Betalingsperiodes"])
                            .into_iter()
                            .flat_map(|p| p.all("Betalingsperiode"))
                        {
                            period(c, p, L::BENEFICIARY_LOWER);
                        }
                        for bonus in b.at(&["Bonussen"]).into_iter().flat_map(|p| p.all("Bonus")) {
                            let on = date_at(bonus, &["Betalingsdatum"]);
                            let code = bonus.text_at(&["Categorie", "Code"]).unwrap_or_default();
                            let value = code_label_at(bonus, &["Categorie"]).unwrap_or_default();
                            c.add(
                                Group::Allowances,
                                Fact::new(L::BONUS, value.clone()).from(on.clone()),
                            );
                            c.mark(
                                Lane::ChildBenefits,
                                on,
                                format!("{}: {value}", L::BONUS),
                                format!("{} {code}", L::PRINT_CHILD_BENEFIT),
                            );
                        }
                    }
                }
                "Kinderen" => {
                    for kid in n.all("Kind") {
                        let insz = kid.text_at(&["INSZ"]).map(digits).unwrap_or_default();
                        is_child |= !subject.is_empty() && insz == subject;
                        other_children |= insz != subject;
                        c.add(
                            Group::Allowances,
                            Fact::new(L::CHILD, kid.text_at(&["INSZ"]).unwrap_or_default())
                                .identifying(),
                        );
                        for p in kid
                            .at(&["Betalingsperiodes"])
                            .into_iter()
                            .flat_map(|p| p.all("Betalingsperiode"))
                        {
                            period(c, p, L::CHILD_LOWER);
                            let receivers: Vec<String> = p
                                .at(&["Begunstigden"])
                                .into_iter()
                                .flat_map(|b| b.all("Begunstigde"))
                                .filter_map(|b| b.value().map(digits))
                                .collect();
                            if !subject.is_empty()
                                && !receivers.is_empty()
                                && !receivers.contains(&subject)
                                && insz != subject
                            {
                                c.observe(ids::GROEIPAKKET_OTHER_RECEIVES);
                            }
                        }
                    }
                }
                _ => c.unknown(Group::Allowances, &n.name, n),
            }
        }
        // A young adult who is both the child and the beneficiary draws it for himself: his own
        // income (issue 18, item 1), not an allowance for children he raises.
        if receives && (other_children || !is_child) {
            c.observe(ids::GROEIPAKKET_CLIENT_RECEIVES);
        }
        if receives && is_child {
            c.observe(ids::GROEIPAKKET_CLIENT_RECEIVES_SELF);
        } else if is_child {
            c.observe(ids::GROEIPAKKET_CLIENT_IS_CHILD);
        }
    }
    let status = if any {
        Status::Found
    } else {
        Status::NothingFound
    };
    c.status(ids::GROEIPAKKET, status);
}

/// The party ids (`PartijId`) of the persons named in `Partijen`, with their INSZ.
fn parties(eigendom: &Node) -> Vec<(String, String)> {
    eigendom
        .at(&["Partijen", "Personen"])
        .into_iter()
        .flat_map(|p| p.all("Persoon"))
        .map(|p| {
            (
                p.text_at(&["PartijId"]).unwrap_or_default().to_string(),
                p.text_at(&["INSZ"]).map(digits).unwrap_or_default(),
            )
        })
        .collect()
}

/// Reads `Inhoud/Eigendom`.
pub(in crate::ksz::import) fn kadaster(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Eigendom"]);
    let Some(e) = inhoud.child("Eigendom") else {
        return;
    };
    let persons = parties(e);
    let mut owners: Vec<(String, String)> = Vec::new();
    for p in e
        .at(&["Partijen", "Personen"])
        .into_iter()
        .flat_map(|p| p.all("Persoon"))
    {
        if let (Some(id), Some(name)) = (
            p.text_at(&["PartijId"]),
            crate::ksz::import::magda::residence::name(p),
        ) {
            owners.push((id.to_string(), name));
        }
        let who = [
            crate::ksz::import::magda::residence::person(p),
            p.text_at(&["Geboortedatum"]).map(str::to_string),
            p.text_at(&["Gemeente", "PostCode"])
                .map(|z| format!("{} {z}", L::POSTCODE)),
            p.text_at(&["Land", "Naam"]).map(str::to_string),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ");
        c.add(Group::Property, Fact::new(L::OWNER, who).identifying());
    }
    let states: Vec<&Node> = e
        .at(&["Eigendomstoestanden"])
        .into_iter()
        .flat_map(|s| s.all("Eigendomstoestand"))
        .collect();
    // The client: the only person named, or (interpretation) the one person who holds a right
    // in every property listed, as the search was made for them.
    // The parties holding a right in each property, read once.
    let holders: Vec<Vec<&str>> = states
        .iter()
        .map(|s| {
            s.find_all("PartijId")
                .into_iter()
                .filter_map(Node::value)
                .collect()
        })
        .collect();
    let subject = match persons.as_slice() {
        [(id, _)] => Some(id.clone()),
        _ => persons
            .iter()
            .find(|(id, _)| !holders.is_empty() && holders.iter().all(|h| h.contains(&id.as_str())))
            .map(|(id, _)| id.clone()),
    };
    if let Some(insz) = subject
        .as_ref()
        .and_then(|s| persons.iter().find(|(id, _)| id == s))
        .map(|(_, i)| i.clone())
    {
        c.summary.subject = Some(insz).filter(|i| !i.is_empty());
    }
    for s in &states {
        let parcel = s.at(&["Perceel", "Identificatie"]);
        let mut where_ = vec![parcel
            .and_then(|p| code_label_at(p, &["KadastraleAfdeling"]))
            .unwrap_or_default()];
        if let Some(p) = parcel {
            let number = [
                "Sectie",
                "Grondnummer",
                "Cijferexponent",
                "Letterexponent",
                "Partitie",
            ]
            .iter()
            .filter_map(|k| p.text_at(&[k]))
            .collect::<Vec<_>>()
            .join(" ");
            where_.push(number);
        }
        where_.extend(code_label_at(s, &["Perceel", "AardKadastraalPerceel"]));
        where_.extend(
            s.find_all("AlgemeneInformatie")
                .into_iter()
                .find_map(|i| i.text_at(&["Gemeente", "Naam"]))
                .map(str::to_string),
        );
        where_.extend(code_label_at(s, &["Perceel", "StatusPatrimoniaalPerceel"]));
        // Owned since the legal period's begin, else the status period's (a year at least),
        // else when this version of the state was written.
        let since = date_at(s, &["StatusInformatie", "PeriodeJuridisch", "Begin"])
            .or(date_at(s, &["StatusInformatie", "PeriodeStatus", "Begin"]))
            .or(date_at(
                s,
                &["StatusInformatie", "PeriodeStatus", "JaarBegin"],
            ))
            .or(date_at(s, &["StatusInformatie", "Versie", "Begin"]));
        // A state whose legal period ended (a property sold, a right given up) is history:
        // shown with its end, never counted as owned today.
        let until = date_at(s, &["StatusInformatie", "PeriodeJuridisch", "Einde"])
            .or(date_at(s, &["StatusInformatie", "PeriodeStatus", "Einde"]));
        let ended = crate::ksz::import::rules::ended(until.as_ref(), c.answered_on.as_ref());
        c.add(
            Group::Property,
            Fact::new(L::PARCEL, where_.join("; "))
                .from(since)
                .until(until)
                .identifying(),
        );
        for info in s.find_all("KadastraalInkomen") {
            let parts = [
                info.text_at(&["Bedrag"]).map(euro_decimal),
                code_label_at(info, &["Lettercode"]),
                code_label_at(info, &["CijferCode"]),
                info.text_at(&["DatumEindeVrijstelling"])
                    .map(|d| format!("{} {d}", L::EXEMPT_UNTIL)),
            ];
            c.fact(
                Group::Property,
                L::CADASTRAL_INCOME,
                parts.into_iter().flatten().collect::<Vec<_>>().join("; "),
            );
        }
        crate::ksz::import::magda::kadaster::details(c, s, &owners);
        for r in s.find_all("EigenaarRecht") {
            let ids = r.find_all("PartijId");
            let mine = ids
                .iter()
                .find(|n| subject.as_deref().is_some_and(|s| n.value() == Some(s)));
            let rights: Vec<&Node> = r
                .at(&["ZakelijkRecht", "Ongestructureerd", "Rechten"])
                .into_iter()
                .flat_map(|x| x.all("Recht"))
                .collect();
            for right in &rights {
                let share = match (
                    right.text_at(&["Aandeel", "Teller"]),
                    right.text_at(&["Aandeel", "Noemer"]),
                ) {
                    (Some(t), Some(n)) => format!("{t}/{n}"),
                    _ => String::new(),
                };
                let value = [code_label_at(right, &["Type"]), Some(share.clone())]
                    .into_iter()
                    .flatten()
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join("; ");
                c.fact(Group::Property, L::RIGHT, value);
                let full = right.text_at(&["Type", "Code"]) == Some("VE")
                    && (share.is_empty() || share == "1/1");
                if mine.is_some() && !full && !ended {
                    c.observe(ids::KADASTER_SHARE_OR_USUFRUCT);
                }
            }
            if let Some(m) = mine {
                let lives = m.attr("WoontOpEigendom") == Some("1");
                c.fact(
                    Group::Property,
                    L::LIVES_THERE,
                    if lives { L::YES } else { L::NO },
                );
                if !ended {
                    c.observe(if lives {
                        ids::KADASTER_OWNS_HOME_LIVES_IN
                    } else {
                        ids::KADASTER_OWNS_OTHER_PROPERTY
                    });
                }
            }
        }
    }
    if states.is_empty() {
        c.status(ids::KADASTER, Status::NothingFound);
    } else {
        c.status(ids::KADASTER, Status::Found);
    }
}
