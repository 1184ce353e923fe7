//! MAGDA Kadaster.ZoekEigendomstoestanden, what a property state says besides its parcel, income
//! and rights (read in `other.rs`): the version of the state in the cadastre, the parcel's
//! area, its buildings (kind, construction, areas, address) and unbuilt plots, a private part,
//! the kind of ownership and each owner's share as the cadastre structures it.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::address;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::xml::text::{code_label_at, date_at, date_attr};
use crate::ksz::import::xml::tree::Node;

/// The details of one `Eigendomstoestand`; `owners` are (PartijId, name) of the answer's parties.
pub(in crate::ksz::import) fn details(c: &mut Collect, state: &Node, owners: &[(String, String)]) {
    if let Some(v) = state.at(&["StatusInformatie", "Versie"]) {
        let end = date_at(v, &["Einde"]);
        let value = match end {
            Some(_) => L::CADASTRE_VERSION_REPLACED,
            None => L::CADASTRE_VERSION_CURRENT,
        };
        c.add(
            Group::Property,
            Fact::new(L::CADASTRE_VERSION, value)
                .from(date_at(v, &["Begin"]))
                .until(end),
        );
    }
    let Some(parcel) = state.child("Perceel") else {
        return;
    };
    for info in parcel.find_all("AlgemeneInformatie") {
        // "belast 13418 m²; Oppervlakte - geen titel of geen verificatie (-)".
        let mut parts: Vec<String> = info
            .child("Oppervlakte")
            .into_iter()
            .flat_map(|a| a.children.iter())
            .filter_map(|x| {
                Some(format!(
                    "{} {} {}",
                    crate::case::lower(&x.name),
                    x.value()?,
                    L::M2
                ))
            })
            .collect();
        parts.extend(code_label_at(info, &["ValidatieOppervlakte"]));
        c.fact(Group::Property, L::AREA, parts.join("; "));
    }
    if let Some(part) = parcel.text_at(&["BeschrijvingPrivatiefGedeelte"]) {
        c.fact(Group::Property, L::PRIVATE_PART, part);
    }
    for g in parcel.find_all("Gebouw") {
        c.fact(Group::Property, L::BUILDING, building(g));
        if let Some(a) = g.child("Adres") {
            c.add(
                Group::Property,
                Fact::new(L::BUILDING_ADDRESS, address(a).0)
                    .from(date_attr(a, "DatumBegin"))
                    .identifying(),
            );
        }
    }
    for plot in parcel.find_all("Onbebouwd") {
        let parts = [
            code_label_at(plot, &["PUR", "Type"]),
            code_label_at(plot, &["PUR", "Aard"]),
            plot.text_at(&["Locatie"]).map(str::to_string),
        ];
        c.add(
            Group::Property,
            Fact::new(
                L::PLOT,
                parts.into_iter().flatten().collect::<Vec<_>>().join("; "),
            )
            .identifying(),
        );
    }
    for r in state.find_all("EigenaarRecht") {
        let kind = [
            r.at(&["LijstId"])
                .and_then(|l| l.attr("Type"))
                .map(str::to_string),
            code_label_at(r, &["Type"]),
        ];
        c.fact(
            Group::Property,
            L::OWNERSHIP_KIND,
            kind.into_iter().flatten().collect::<Vec<_>>().join("; "),
        );
        for right in r
            .at(&["ZakelijkRecht", "Gestructureerd", "Rechten"])
            .into_iter()
            .flat_map(|x| x.all("Recht"))
        {
            let who = right
                .text_at(&["PartijId"])
                .and_then(|id| owners.iter().find(|(o, _)| o == id))
                .map(|(_, name)| name.clone());
            let share = right
                .text_at(&["Percentage_VG"])
                .map(|p| format!("{}%", p.replace('.', ",")));
            let parts = [
                who,
                right.text_at(&["Omschrijving"]).map(str::to_string),
                share,
            ];
            c.add(
                Group::Property,
                Fact::new(
                    L::RIGHT_PER_OWNER,
                    parts.into_iter().flatten().collect::<Vec<_>>().join("; "),
                )
                .identifying(),
            );
        }
    }
}

/// "HUIS (200); Gebouw (1); Villa (540); …; bebouwde oppervlakte 186 m²; 5 ruimtes".
fn building(g: &Node) -> String {
    let mut parts: Vec<String> = [
        &["PUR", "Aard"][..],
        &["PUR", "Type"],
        &["Constructie", "Indicatie"],
        &["Constructie", "Type"],
        &["Constructie", "Kwaliteit"],
    ]
    .iter()
    .filter_map(|p| code_label_at(g, p))
    .collect();
    if let Some(year) = code_label_at(g, &["Constructie", "Jaar"]) {
        parts.push(format!("{} {year}", L::BUILT_YEAR));
    }
    let numbers: [(&[&str], &str, &str); 8] = [
        (&["BebouwdeOppervlakte"], L::BUILT_AREA, L::M2),
        (&["Oppervlakte", "Gebruikte"], L::USED_AREA, L::M2),
        (&["AantalWoongelegenheden"], L::DWELLINGS, ""),
        (&["AantalRuimtes"], L::ROOMS, ""),
        (&["AantalBadkamers"], L::BATHROOMS, ""),
        (&["AantalVerdiepingen", "Bovengronds"], L::FLOORS, ""),
        (&["AantalGarages"], L::GARAGES, ""),
        (&["JaarFysiekeModificatie"], L::MODIFIED, ""),
    ];
    for (path, label, unit) in numbers {
        if let Some(v) = g.text_at(path) {
            parts.push(format!("{label} {v} {unit}").trim_end().to_string());
        }
    }
    if let Some(v) = g.text_at(&["CentraleVerwarming"]) {
        let yes = matches!(v, "1" | "true");
        parts.push(format!(
            "{} {}",
            L::CENTRAL_HEATING,
            if yes { L::YES } else { L::NO }
        ));
    }
    parts.join("; ")
}
