//! MAGDA Werk: GeefWerkrelaties (Dimona work relations: employer, joint committee, worker type,
//! periods, cancelled declarations, interim) and GeefLoopbaanARZA (self-employed career: fund,
//! contribution category, periods, occupation). Dates relative to the answer's own date, never
//! the clock. Employer names stay out of what is printed.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::{months, PartialDate};
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{
    code_label, code_label_at, date_at, desc_code, digits, joined,
};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// Interpretation: a contract of at most this many days is "very short" (days or weeks)…
const SHORT_DAYS: i64 = 31;
/// …and this many of them in the year before the answer are "a series".
const SHORT_SERIES: usize = 3;
/// Interpretation: at least this many years of declared employment is "a long career".
const LONG_CAREER_YEARS: i64 = 5;
/// "Recent" exit: less than three months before the answer (the knowledge's own words).
const EXIT_MONTHS: i64 = 3;
/// Interpretation: a self-employed activity that stopped in the six months before the answer
/// stopped "recently".
const STOPPED_MONTHS: i64 = 6;

struct Job {
    from: Option<i64>,
    to: Option<i64>,
}

/// Reads `Inhoud/Contracten`.
pub(in crate::ksz::import) fn werkrelaties(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Contracten"]);
    let now = c.answered_on.as_ref().and_then(PartialDate::days);
    let mut jobs: Vec<Job> = Vec::new();
    let contracts = inhoud
        .child("Contracten")
        .map(|n| n.children.as_slice())
        .unwrap_or_default();
    for k in contracts {
        if k.name != "Contract" {
            c.unknown(Group::Work, &k.name, k);
            continue;
        }
        let aangifte = k.child("Aangifte");
        let get = |p: &[&str]| aangifte.and_then(|a| a.text_at(p));
        let from = aangifte.and_then(|a| date_at(a, &["PeriodeTijdstip", "Begin", "Datum"]));
        let to = aangifte.and_then(|a| date_at(a, &["PeriodeTijdstip", "Einde", "Datum"]));
        let cancelled = get(&["Geannuleerd"]) == Some("1");
        let kind = get(&["AardWerknemer"]).unwrap_or_default().to_string();
        let pc = get(&["ParitairComite"]).unwrap_or_default().to_string();
        let employer = k
            .text_at(&["Relatie", "Werkgever", "Ondernemingsnummer"])
            .or_else(|| k.text_at(&["Relatie", "Werkgever", "RSZNummer"]))
            .unwrap_or_default();
        let interim = k.child("InterimOnderneming");
        let mut parts = vec![format!("{} {employer}", L::EMPLOYER)];
        if !pc.is_empty() {
            parts.push(format!("{} {pc}", L::JOINT_COMMITTEE));
        }
        if !kind.is_empty() {
            parts.push(format!("{} {kind}", L::WORKER_TYPE));
        }
        if let Some(action) = aangifte
            .and_then(|a| a.child("LaatsteDimonaActie"))
            .and_then(code_label)
        {
            parts.push(action);
        }
        if let Some(days) = get(&["AantalGeplandeWerkdagen"]) {
            parts.push(format!("{} {days}", L::PLANNED_DAYS));
        }
        let place = k.text_at(&["PlaatsTewerkstelling", "Naam"]);
        if let Some(i) = interim {
            let agency = [
                i.text_at(&["Naam"]),
                i.text_at(&["Ondernemingsnummer"])
                    .or_else(|| i.text_at(&["RSZNummer"])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            parts.push(format!("{} {agency}", L::INTERIM));
            if let Some(pc) = i.text_at(&["ParitairComite"]) {
                parts.push(format!("{} {} {pc}", L::INTERIM, L::JOINT_COMMITTEE));
            }
        }
        if let Some(category) = aangifte
            .and_then(|a| a.child("ServiceCategorie"))
            .and_then(code_label)
        {
            parts.push(format!("{} {category}", L::SERVICE_CATEGORY));
        }
        if let Some(b) = k.child("Bron") {
            let source = desc_code(b.attr("Beschrijving"), b.value()).unwrap_or_default();
            parts.push(format!("{} {source}", L::DECLARED_TO));
        }
        let label = if cancelled {
            L::CANCELLED_DIMONA
        } else {
            L::EMPLOYMENT
        };
        c.add(
            Group::Work,
            Fact::new(label, parts.join("; "))
                .from(from.clone())
                .until(to.clone()),
        );
        if let Some(p) = k.at(&["PlaatsTewerkstelling"]) {
            c.fact(
                Group::Work,
                L::WORKPLACE,
                [
                    place,
                    p.text_at(&["Adres", "Gemeente", "Naam"]),
                    p.text_at(&["Adres", "Land", "Naam"]),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
            );
            if let Some(a) = p.child("Adres") {
                let (text, _, _) = crate::ksz::import::magda::residence::address(a);
                c.add(
                    Group::Work,
                    Fact::new(L::WORKPLACE_ADDRESS, text).identifying(),
                );
            }
        }
        if let Some(w) = k.at(&["Relatie", "Werknemer"]) {
            let who = [
                w.text_at(&["Achternaam"]),
                w.text_at(&["Voornaam"]),
                w.text_at(&["INSZ"]),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            c.add(Group::Identity, Fact::new(L::WORKER, who).identifying());
            if c.summary.subject.is_none() {
                c.summary.subject = w.text_at(&["INSZ"]).map(digits);
            }
        }
        c.rest(
            Group::Work,
            k,
            &[
                "Relatie",
                "Bron",
                "Aangifte",
                "InterimOnderneming",
                "PlaatsTewerkstelling",
            ],
        );
        if cancelled {
            c.observe(ids::DIMONA_CANCELLED);
            continue;
        }
        let interim_job = interim.is_some() || pc == "322";
        match kind.as_str() {
            "STU" => c.observe(ids::DIMONA_STUDENT_JOB),
            "FLX" | "EXT" => c.observe(ids::DIMONA_FLEXI),
            _ => {}
        }
        if interim_job {
            c.observe(ids::DIMONA_INTERIM);
        }
        let print = match kind.as_str() {
            "STU" => L::PRINT_STUDENT_JOB,
            "FLX" | "EXT" => L::PRINT_FLEXI,
            _ if interim_job => L::PRINT_INTERIM,
            _ => L::PRINT_WORK,
        };
        let event = format!(
            "{}: {}",
            L::EMPLOYMENT,
            [place.unwrap_or(employer), &kind]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        );
        c.period(Lane::Work, from.clone(), to.clone(), event, print);
        jobs.push(Job {
            from: from.as_ref().and_then(PartialDate::days),
            to: to.as_ref().and_then(PartialDate::last_days),
        });
    }
    if jobs.is_empty() {
        if !c.has(ids::DIMONA) {
            c.status(ids::DIMONA, crate::ksz::Status::NothingFound);
        }
        return;
    }
    c.status(ids::DIMONA, crate::ksz::Status::Found);
    let Some(now) = now else { return };
    let started = |j: &&Job| j.from.is_none_or(|f| f <= now);
    let active = jobs
        .iter()
        .filter(started)
        .any(|j| j.to.is_none_or(|t| t >= now));
    if active {
        c.observe(ids::DIMONA_ACTIVE_JOB);
    } else if let Some(last) = jobs.iter().filter_map(|j| j.to).filter(|t| *t <= now).max() {
        if last >= now - months(EXIT_MONTHS) {
            c.observe(ids::DIMONA_EXIT_RECENT);
        } else {
            c.observe(ids::DIMONA_EXIT_OLD);
        }
    }
    let short = jobs
        .iter()
        .filter(|j| matches!((j.from, j.to), (Some(f), Some(t)) if t - f < SHORT_DAYS && f >= now - 365 && f <= now))
        .count();
    if short >= SHORT_SERIES {
        c.observe(ids::DIMONA_SHORT_CONTRACTS);
    }
    let worked: i64 = jobs
        .iter()
        .filter_map(|j| Some((j.from?, j.to.unwrap_or(now).min(now))))
        .map(|(f, t)| (t - f + 1).max(0))
        .sum();
    if worked >= LONG_CAREER_YEARS * 365 {
        c.observe(ids::DIMONA_LONG_CAREER);
    }
}

/// Reads `Inhoud/Zelfstandige`.
pub(in crate::ksz::import) fn arza(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Zelfstandige"]);
    let Some(z) = inhoud.child("Zelfstandige") else {
        return;
    };
    let now = c.answered_on.as_ref().and_then(PartialDate::days);
    let mut ends: Vec<Option<i64>> = Vec::new();
    let mut open_kinds: Vec<String> = Vec::new();
    for n in &z.children {
        match n.name.as_str() {
            "INSZ" => {
                c.summary.subject = Some(digits(&n.text));
                c.add(
                    Group::Identity,
                    Fact::new(L::NATIONAL_NUMBER, n.text.trim()).identifying(),
                );
            }
            // A self-employed person's own enterprise number identifies them.
            "Ondernemingsnummer" => c.add(
                Group::Work,
                Fact::new(L::ENTERPRISE, n.text.trim()).identifying(),
            ),
            "Aansluitingen" => {
                for a in n.all("Aansluiting") {
                    let fund = code_label_at(a, &["SociaalVerzekeringsfonds"]).unwrap_or_default();
                    for l in a
                        .at(&["Loopbanen"])
                        .into_iter()
                        .flat_map(|l| l.all("Loopbaan"))
                    {
                        let from = date_at(l, &["Periode", "Begin"]);
                        let to = date_at(l, &["Periode", "Einde"]);
                        let category = code_label_at(l, &["Bijdragereeks"]).unwrap_or_default();
                        let parts = [
                            Some(category.clone()),
                            code_label_at(l, &["Beroep"]),
                            code_label_at(l, &["Hoedanigheid"]),
                            Some(format!("{} {fund}", L::FUND)),
                        ];
                        let value = joined(parts.into_iter().flatten());
                        c.add(
                            Group::Work,
                            Fact::new(L::SELF_EMPLOYED, value)
                                .from(from.clone())
                                .until(to.clone()),
                        );
                        c.period(
                            Lane::Work,
                            from,
                            to.clone(),
                            format!("{}: {category}", L::SELF_EMPLOYED),
                            L::PRINT_SELF_EMPLOYED,
                        );
                        let end = to.as_ref().and_then(PartialDate::last_days);
                        if end.zip(now).is_none_or(|(e, n)| e >= n) {
                            open_kinds.push(crate::case::lower(&category));
                        }
                        ends.push(end);
                    }
                }
            }
            _ => c.unknown(Group::Work, &n.name, n),
        }
    }
    if ends.is_empty() {
        c.status(ids::ZELFSTANDIGE, crate::ksz::Status::NothingFound);
        return;
    }
    c.status(ids::ZELFSTANDIGE, crate::ksz::Status::Found);
    let main = ["hoofdberoep", "activité principale", "hauptberuf"];
    let secondary = ["bijberoep", "complémentaire", "nebenberuf"];
    for kind in &open_kinds {
        if main.iter().any(|w| kind.contains(w)) {
            c.observe(ids::ZELFSTANDIGE_ACTIVE_MAIN);
        } else if secondary.iter().any(|w| kind.contains(w)) {
            c.observe(ids::ZELFSTANDIGE_ACTIVE_SECONDARY);
        }
    }
    if let (true, Some(now)) = (open_kinds.is_empty(), now) {
        if ends
            .iter()
            .flatten()
            .any(|e| *e <= now && *e >= now - months(STOPPED_MONTHS))
        {
            c.observe(ids::ZELFSTANDIGE_STOPPED_RECENT);
        }
    }
}
