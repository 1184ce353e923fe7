//! MAGDA Werk.GeefDmfaVoorWerknemer 03.00: the employer's quarterly declarations (DmfA) about
//! the worker — per attest its status and version, per quarter the employer, the worker line
//! (category, worker code, period) and each occupation (joint committee, days per week, hours,
//! contract, performances, the gross wage for sickness where given).
//!
//! DmfA writes amounts in euro cents and days and hours in hundredths ("400" = 4,00 days per
//! week, "3500" = 35,00 hours). Remuneration elements (`Bezoldigingen`) are not in the samples
//! we have and their schema is not public here: when an answer has them they are shown as
//! unknown data, never dropped. A cancelled attest is shown, but gives no period on the
//! timeline.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::xml::text::{code_label, date_at, digits, euro_cents};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;

/// "400" → "4,00": DmfA's hundredths; anything else as written.
fn hundredths(text: &str) -> String {
    let t = text.trim();
    match t.parse::<u64>() {
        Ok(n) if t.len() <= 12 => format!("{},{:02}", n / 100, n % 100),
        _ => t.to_string(),
    }
}

/// "20232" → 1 April 2023 – 30 June 2023.
fn quarter(text: &str) -> (Option<PartialDate>, Option<PartialDate>) {
    let t = text.trim();
    if t.len() != 5 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return (None, None);
    }
    let (year, q) = (&t[..4], &t[4..]);
    let (start, end) = match q {
        "1" => ("01-01", "03-31"),
        "2" => ("04-01", "06-30"),
        "3" => ("07-01", "09-30"),
        "4" => ("10-01", "12-31"),
        _ => return (None, None),
    };
    (
        PartialDate::parse(&format!("{year}-{start}")),
        PartialDate::parse(&format!("{year}-{end}")),
    )
}

/// A child's name, our label and how its value is shown.
type Field<'a> = (&'a str, &'a str, fn(&str) -> String);

/// "label value" for the simple children named in `fields`, in the order of the list.
fn parts(n: &Node, fields: &[Field]) -> Vec<String> {
    fields
        .iter()
        .filter_map(|(name, label, show)| {
            n.text_at(&[name])
                .map(|v| format!("{label} {}", show(v)).trim().to_string())
        })
        .collect()
}

fn plain(v: &str) -> String {
    v.trim().to_string()
}

fn yes_no(v: &str) -> String {
    match v.trim() {
        "1" | "true" => L::YES.to_string(),
        "0" | "false" => L::NO.to_string(),
        other => other.to_string(),
    }
}

/// Reads `Inhoud/Attesten` (and the paging elements beside it).
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Attesten"]);
    for list in inhoud.all("Attesten") {
        for attest in &list.children {
            if attest.name == "Attest" {
                read_attest(c, attest);
            } else {
                c.unknown(Group::Work, &attest.name, attest);
            }
        }
    }
}

fn read_attest(c: &mut Collect, attest: &Node) {
    let id = attest.child("Identificatie");
    let status = id.and_then(|i| i.child("Status"));
    let cancelled = status.and_then(|s| s.text_at(&["Code"])) == Some("2");
    let mut head: Vec<String> = Vec::new();
    if let Some(i) = id {
        head.extend(parts(
            i,
            &[
                ("Nummer", L::DMFA_ATTEST, plain),
                ("Versie", L::DMFA_VERSION, plain),
            ],
        ));
        head.extend(status.and_then(code_label));
        if let Some(d) = i.text_at(&["DatumCreatie"]) {
            head.push(format!("{} {}", L::DMFA_CREATED, d.trim()));
        }
        c.rest(
            Group::Work,
            i,
            &["Nummer", "Versie", "Status", "DatumCreatie"],
        );
    }
    if let Some(v) = attest.child("Versie") {
        head.extend(parts(
            v,
            &[
                ("Vorige", L::DMFA_PREVIOUS, plain),
                ("Volgende", L::DMFA_NEXT, plain),
            ],
        ));
        c.rest(Group::Work, v, &["Vorige", "Volgende"]);
    }
    c.rest(
        Group::Work,
        attest,
        &["Identificatie", "Versie", "AangifteWerkgever"],
    );
    let Some(a) = attest.child("AangifteWerkgever") else {
        c.fact(Group::Work, L::DMFA, head.join("; "));
        return;
    };
    let (from, to) = quarter(a.text_at(&["Kwartaal"]).unwrap_or_default());
    let mut value = parts(
        a,
        &[
            ("Kwartaal", L::DMFA_QUARTER, plain),
            ("Ondernemingsnummer", L::EMPLOYER, plain),
            ("RSZNummer", L::DMFA_RSZ, plain),
            ("Bron", L::SOURCE, plain),
            ("SectorIndicator", L::DMFA_SECTOR, plain),
            ("VerschuldigdNettoBedrag", L::DMFA_NET_DUE, euro_cents),
            ("OnderCuratele", L::DMFA_CURATELE, yes_no),
            ("ConversieNaarRegime5", L::DMFA_REGIME5, yes_no),
            ("DatumBeginVakantie", L::DMFA_HOLIDAY, plain),
        ],
    );
    value.extend(head);
    c.add_from(
        Group::Work,
        Fact::new(L::DMFA, value.join("; "))
            .from(from.clone())
            .until(to.clone()),
        a,
    );
    const DECLARATION: [&str; 10] = [
        "Kwartaal",
        "Ondernemingsnummer",
        "RSZNummer",
        "Bron",
        "SectorIndicator",
        "VerschuldigdNettoBedrag",
        "OnderCuratele",
        "ConversieNaarRegime5",
        "DatumBeginVakantie",
        "Werknemer",
    ];
    c.rest(Group::Work, a, &DECLARATION);
    for w in a.all("Werknemer") {
        if let Some(insz) = w.text_at(&["INSZ"]) {
            c.add(
                Group::Identity,
                Fact::new(L::WORKER, insz.trim()).identifying(),
            );
            if c.summary.subject.is_none() {
                c.summary.subject = Some(digits(insz));
            }
        }
        if let Some(v) = w.text_at(&["OriolusValidatie"]) {
            c.add_from(
                Group::Work,
                Fact::new(L::DMFA_ORIOLUS, yes_no(v))
                    .from(from.clone())
                    .until(to.clone()),
                w,
            );
        }
        for line in w.all("Werknemerslijn") {
            worker_line(c, line, cancelled);
        }
        c.rest(
            Group::Work,
            w,
            &["INSZ", "OriolusValidatie", "Werknemerslijn"],
        );
    }
}

fn worker_line(c: &mut Collect, line: &Node, cancelled: bool) {
    let from = date_at(line, &["Periode", "Begin"]);
    let to = date_at(line, &["Periode", "Einde"]);
    let value = parts(
        line,
        &[
            ("Categorie", L::DMFA_CATEGORY, plain),
            ("Kerngetal", L::DMFA_CODE, plain),
            ("Grensarbeider", L::DMFA_FRONTIER, yes_no),
        ],
    );
    let fact = Fact::new(L::DMFA_LINE, value.join("; "))
        .from(from.clone())
        .until(to.clone());
    if cancelled {
        c.add_from(Group::Work, fact, line);
    } else {
        c.add_from(Group::Work, fact.clone(), line);
        c.period(
            Lane::Work,
            from,
            to,
            format!("{}: {}", L::DMFA_LINE, fact.value),
            L::PRINT_WORK,
        );
    }
    if let Some(p) = line.child("Periode") {
        c.rest(Group::Work, p, &["Begin", "Einde"]);
    }
    for jobs in line.all("Tewerkstellingen") {
        for job in &jobs.children {
            if job.name == "Tewerkstelling" {
                occupation(c, job);
            } else {
                c.unknown(Group::Work, &job.name, job);
            }
        }
    }
    c.rest(
        Group::Work,
        line,
        &[
            "Categorie",
            "Kerngetal",
            "Periode",
            "Grensarbeider",
            "Tewerkstellingen",
        ],
    );
}

fn occupation(c: &mut Collect, job: &Node) {
    let from = date_at(job, &["Periode", "Begin"]);
    let to = date_at(job, &["Periode", "Einde"]);
    let mut value = parts(
        job,
        &[
            ("Volgnummer", L::DMFA_SEQUENCE, plain),
            ("ParitairComite", L::JOINT_COMMITTEE, plain),
            ("AantalWerkdagenPerWeek", L::DMFA_DAYS_WEEK, hundredths),
            ("TypeContract", L::DMFA_CONTRACT, plain),
        ],
    );
    if let Some(h) = job.child("GemiddeldAantalUrenPerWeek") {
        value.extend(parts(
            h,
            &[
                ("Referentiepersoon", L::DMFA_HOURS_REF, hundredths),
                ("Werknemer", L::DMFA_HOURS_WORKER, hundredths),
            ],
        ));
        c.rest(Group::Work, h, &["Referentiepersoon", "Werknemer"]);
    }
    if let Some(u) = job.child("LokaleEenheid") {
        value.extend(parts(
            u,
            &[
                ("Nummer", L::DMFA_UNIT, plain),
                ("NISCode", L::DMFA_NIS, plain),
            ],
        ));
        c.rest(Group::Work, u, &["Nummer", "NISCode"]);
    }
    c.add_from(
        Group::Work,
        Fact::new(L::DMFA_JOB, value.join("; "))
            .from(from.clone())
            .until(to.clone()),
        job,
    );
    // The employer's own number for the worker identifies the person: hidden in print.
    if let Some(n) = job.text_at(&["InternNummer"]) {
        c.add_from(
            Group::Work,
            Fact::new(L::DMFA_INTERNAL, n.trim())
                .from(from.clone())
                .until(to.clone())
                .identifying(),
            job,
        );
    }
    if let Some(p) = job.child("Periode") {
        c.rest(Group::Work, p, &["Begin", "Einde"]);
    }
    for info in job.all("Informatie") {
        if let Some(w) = info.text_at(&["BrutoLoonZiekte"]) {
            c.add_from(
                Group::Income,
                Fact::new(L::DMFA_SICK_WAGE, euro_cents(w))
                    .from(from.clone())
                    .until(to.clone()),
                info,
            );
        }
        c.rest(Group::Income, info, &["BrutoLoonZiekte"]);
    }
    for list in job.all("Prestaties") {
        for p in &list.children {
            if p.name != "Prestatie" {
                c.unknown(Group::Work, &p.name, p);
                continue;
            }
            let value = parts(
                p,
                &[
                    ("Volgnummer", L::DMFA_SEQUENCE, plain),
                    ("Code", L::UNEMPLOYMENT_CODE, plain),
                    ("Dagen", L::DMFA_DAYS, hundredths),
                ],
            );
            c.add_from(
                Group::Work,
                Fact::new(L::DMFA_PERFORMANCE, value.join("; "))
                    .from(from.clone())
                    .until(to.clone()),
                p,
            );
            c.rest(Group::Work, p, &["Volgnummer", "Code", "Dagen"]);
        }
    }
    c.rest(
        Group::Work,
        job,
        &[
            "Volgnummer",
            "ParitairComite",
            "AantalWerkdagenPerWeek",
            "TypeContract",
            "InternNummer",
            "GemiddeldAantalUrenPerWeek",
            "LokaleEenheid",
            "Periode",
            "Informatie",
            "Prestaties",
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_and_hundredths() {
        let (f, t) = quarter("20232");
        assert_eq!(f.unwrap().raw, "2023-04-01");
        assert_eq!(t.unwrap().raw, "2023-06-30");
        assert_eq!(quarter("20235"), (None, None));
        assert_eq!(hundredths("400"), "4,00");
        assert_eq!(hundredths("3500"), "35,00");
        assert_eq!(hundredths("x"), "x");
    }
}
