//! Turns the KSZ knowledge (`src/ksz/knowledge/*.toml`, schema in its README.md) into Rust tables
//! (`OUT_DIR/ksz_knowledge.rs`, included by `src/ksz/knowledge.rs`). Only the form is checked
//! here (a typo in a field name fails the build with the file and the field); what the content
//! means (references, sources, dossiers) is checked by `tests/ksz_knowledge.rs`.

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const ROOT: &str = "src/ksz/knowledge";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Statement {
    text: String,
    source: Option<String>,
    /// The article of `source` the statement rests on ("art. 34, § 1").
    article: Option<String>,
    #[serde(default)]
    interpretation: bool,
}

/// Who checked a knowledge file, when, and against which sources (ids of `[[source]]`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reviewed {
    on: String,
    by: String,
    against: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Conditions {
    reviewed: Reviewed,
    condition: Vec<Condition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Condition {
    id: String,
    title: String,
    question: String,
    explain: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sources {
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    title: String,
    detail: Option<String>,
    /// A primary legal text (a law, a decree, an instruction): statements on it name an article.
    #[serde(default)]
    primary: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Flow {
    reviewed: Reviewed,
    id: String,
    name: String,
    name_fr: Option<String>,
    service: String,
    institution: String,
    conditions: Vec<String>,
    contains: Vec<Statement>,
    read: Vec<Statement>,
    pitfalls: Vec<Statement>,
    indicates: Vec<Statement>,
    nothing_found: Statement,
    not_consulted: Statement,
    #[serde(default)]
    observation: Vec<Observation>,
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Observation {
    id: String,
    label: String,
    source: Option<String>,
    article: Option<String>,
    #[serde(default)]
    interpretation: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    when: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    condition: String,
    column: String,
    text: String,
    why: String,
    #[serde(default)]
    signal: bool,
    /// Whose observations the rule looks at: aanvrager (default), partner, ouder-of-kind,
    /// huisgenoot.
    scope: Option<String>,
    source: Option<String>,
    article: Option<String>,
    #[serde(default)]
    interpretation: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Signals {
    reviewed: Reviewed,
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Frame {
    reviewed: Reviewed,
    title: String,
    section: Vec<FrameSection>,
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameSection {
    heading: String,
    statements: Vec<Statement>,
}

/// `first.toml`: the lines that go to *Eerst doen*, in order of priority.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct First {
    reviewed: Reviewed,
    group: Vec<FirstGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FirstGroup {
    title: String,
    at_most: usize,
    lines: Vec<String>,
}

/// `amounts.toml`: amounts as dated data, with their own sources (ids `amounts-…`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Amounts {
    amount: Vec<AmountEntry>,
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmountEntry {
    id: String,
    label: String,
    /// Euro as a decimal string with a point and at most two decimals ("1314.20"), or a factor.
    value: String,
    /// jaar | maand | factor
    per: String,
    /// `YYYY-MM-DD`.
    valid_from: String,
    /// `false`: the source only shows the amount was valid on `valid_from`, not since when.
    #[serde(default = "yes")]
    start_known: bool,
    source: String,
    article: Option<String>,
    #[serde(default)]
    unconfirmed: bool,
    note: Option<String>,
    /// Why an amount older than twelve months is still here (shown as "mogelijk verouderd").
    stale_ok: Option<String>,
}

fn yes() -> bool {
    true
}

/// "1314.20" → 131420 (hundredths); anything else fails the build with the file and the id.
fn hundredths(value: &str, id: &str) -> i64 {
    let (whole, frac) = value.split_once('.').unwrap_or((value, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let ok =
        !whole.is_empty() && whole.len() <= 12 && digits(whole) && frac.len() <= 2 && digits(frac);
    assert!(
        ok,
        "{ROOT}/amounts.toml: {id}: value {value:?} is not like \"1314.20\""
    );
    let whole: i64 = whole.parse().unwrap_or_default();
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or_default();
    whole * 100 + frac
}

fn per(p: &str, id: &str) -> &'static str {
    match p {
        "jaar" => "Per::Year",
        "maand" => "Per::Month",
        "factor" => "Per::Factor",
        other => panic!("{ROOT}/amounts.toml: {id}: unknown per {other:?} (jaar, maand, factor)"),
    }
}

/// A date the build can trust to be `YYYY-MM-DD` (the tests check that it exists).
fn iso_date(d: &str, id: &str) -> String {
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    assert!(
        ok,
        "{ROOT}/amounts.toml: {id}: valid_from {d:?} is not YYYY-MM-DD"
    );
    d.to_string()
}

/// The amounts as code; their texts are deferred (only the guide shows them).
fn amounts(list: &[AmountEntry], notes: &mut Notes) -> Vec<String> {
    list.iter()
        .map(|a| {
            format!(
                "Amount {{ id: {}, label: {}, hundredths: {}, per: {}, valid_from: {}, start_known: {}, basis: {}, unconfirmed: {}, note: {}, stale_ok: {} }}",
                lit(&a.id),
                notes.text(&a.label),
                hundredths(&a.value, &a.id),
                per(&a.per, &a.id),
                lit(&iso_date(&a.valid_from, &a.id)),
                a.start_known,
                basis(&Some(a.source.clone()), &a.article, false),
                a.unconfirmed,
                notes.optional(&a.note),
                notes.optional(&a.stale_ok),
            )
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Dossier {
    id: String,
    title: String,
    intro: String,
    shows: Vec<Shown>,
    expected: Vec<String>,
    #[serde(default)]
    commentary: std::collections::BTreeMap<String, String>,
    record: std::collections::BTreeMap<String, Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Shown {
    flow: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    status: String,
    #[serde(default)]
    observations: Vec<String>,
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `.toml` files of a folder, in name order (the order of the flows in the app).
fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(ROOT).join(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt(s: &Option<String>) -> String {
    match s {
        Some(v) => format!("Some({v:?})"),
        None => "None".into(),
    }
}

fn basis(source: &Option<String>, article: &Option<String>, interpretation: bool) -> String {
    format!(
        "Basis {{ source: {}, article: {}, interpretation: {interpretation} }}",
        opt(source),
        opt(article)
    )
}

fn statement(s: &Statement) -> String {
    format!(
        "Statement {{ text: {}, basis: {} }}",
        lit(&s.text),
        basis(&s.source, &s.article, s.interpretation)
    )
}

/// Texts only the guide, the frame and the practice dossiers show: kept out of the page's wasm
/// and loaded when such a tab opens (`ksz_notes.txt`, see `src/ksz/notes.rs`).
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    /// The reference to a deferred text.
    fn text(&mut self, text: &str) -> String {
        assert!(
            !text.contains(crate::bundle::SEPARATOR),
            "a knowledge text contains the record separator"
        );
        self.0.push(text.to_string());
        format!("Text({})", self.0.len() - 1)
    }

    /// The reference to an optional deferred text (`Some(Text(n))` or `None`).
    fn optional(&mut self, text: &Option<String>) -> String {
        match text {
            Some(t) => format!("Some({})", self.text(t)),
            None => "None".to_string(),
        }
    }

    fn note(&mut self, s: &Statement) -> String {
        format!(
            "Note {{ text: {}, basis: {} }}",
            self.text(&s.text),
            basis(&s.source, &s.article, s.interpretation)
        )
    }

    fn notes(&mut self, list: &[Statement]) -> String {
        let items: Vec<String> = list.iter().map(|s| self.note(s)).collect();
        format!("&[{}]", items.join(", "))
    }
}

/// `rr.card-expired` → `RR_CARD_EXPIRED`.
fn constant(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn statements(list: &[Statement]) -> String {
    let items: Vec<String> = list.iter().map(statement).collect();
    format!("&[{}]", items.join(", "))
}

fn strs(list: &[String]) -> String {
    let items: Vec<String> = list.iter().map(|s| lit(s)).collect();
    format!("&[{}]", items.join(", "))
}

fn status(s: &str, file: &Path) -> &'static str {
    match s {
        "gevonden" => "Status::Found",
        "niets" => "Status::NothingFound",
        "niet" => "Status::NotConsulted",
        other => panic!(
            "{}: unknown status {other:?} (gevonden, niets, niet)",
            file.display()
        ),
    }
}

/// `rva.right-paid` is an observation; `rva:niets` a flow's status.
fn term(t: &str, file: &Path) -> String {
    match t.split_once(':') {
        Some((flow, s)) => format!("Term::Status({}, {})", lit(flow), status(s, file)),
        None => format!("Term::Observation({})", lit(t)),
    }
}

fn terms(list: &[String], file: &Path) -> String {
    let items: Vec<String> = list.iter().map(|t| term(t, file)).collect();
    format!("&[{}]", items.join(", "))
}

fn column(c: &str, file: &Path) -> &'static str {
    match c {
        "vastgesteld" => "Column::Established",
        "nodig" => "Column::Needed",
        "niet-vragen" => "Column::DontAsk",
        other => panic!(
            "{}: unknown column {other:?} (vastgesteld, nodig, niet-vragen)",
            file.display()
        ),
    }
}

fn scope(s: Option<&str>, file: &Path) -> &'static str {
    match s.unwrap_or("aanvrager") {
        "aanvrager" => "Scope::Applicant",
        "partner" => "Scope::Partner",
        "ouder-of-kind" => "Scope::Relative",
        "huisgenoot" => "Scope::Member",
        other => panic!(
            "{}: unknown scope {other:?} (aanvrager, partner, ouder-of-kind, huisgenoot)",
            file.display()
        ),
    }
}

/// A rule; its `text` and `why` are deferred with the guide's texts (only the worksheet shows
/// them, and it waits for the notes).
fn rule(r: &Rule, file: &Path, notes: &mut Notes) -> String {
    format!(
        "Rule {{ id: {}, when: {}, unless: {}, condition: {}, column: {}, text: {}, why: {}, signal: {}, scope: {}, basis: {} }}",
        lit(&r.id),
        terms(&r.when, file),
        terms(&r.unless, file),
        lit(&r.condition),
        column(&r.column, file),
        notes.text(&r.text),
        notes.text(&r.why),
        r.signal,
        scope(r.scope.as_deref(), file),
        basis(&r.source, &r.article, r.interpretation)
    )
}

/// A source: its title and its detail (quotes, where it was read) deferred with the guide's
/// texts (see `Notes`): only the guide, the frame and the worksheet show them, and they wait for
/// the notes.
fn source(s: &Source, notes: &mut Notes) -> String {
    let detail = notes.optional(&s.detail);
    format!(
        "Source {{ id: {}, title: {}, detail: {}, primary: {} }}",
        lit(&s.id),
        notes.text(&s.title),
        detail,
        s.primary
    )
}

/// A file's review as code, and its date.
fn review(file: &str, r: &Reviewed) -> (String, String) {
    let code = format!(
        "Review {{ file: {}, on: {}, by: {}, against: {} }}",
        lit(file),
        lit(&r.on),
        lit(&r.by),
        strs(&r.against)
    );
    (code, r.on.clone())
}

/// `flows/05-rva.toml` for a flow file.
fn name_of(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    format!("flows/{}", name.unwrap_or_default())
}

pub fn generate(out: &str) {
    println!("cargo:rerun-if-changed={ROOT}");
    let conditions: Conditions = read(&Path::new(ROOT).join("conditions.toml"));
    let mut sources: Vec<Source> = read::<Sources>(&Path::new(ROOT).join("sources.toml")).source;
    let frame_path = Path::new(ROOT).join("frame.toml");
    let frame: Option<Frame> = frame_path.exists().then(|| read(&frame_path));
    let signals_path = Path::new(ROOT).join("signals.toml");
    let signals: Option<Signals> = signals_path.exists().then(|| read(&signals_path));

    let mut rules = Vec::new();
    let mut flows = Vec::new();
    // Who checked each file (`REVIEWS`, for the tests; the page shows only the oldest date).
    let mut reviews = vec![review("conditions.toml", &conditions.reviewed)];
    let mut notes = Notes::default();
    // Typed constants of every flow and observation id (`knowledge::ids`): a reader that names
    // an id that does not exist does not compile.
    let mut ids = Vec::new();
    for path in files("flows") {
        let flow: Flow = read(&path);
        reviews.push(review(&name_of(&path), &flow.reviewed));
        let observations: Vec<String> = flow
            .observation
            .iter()
            .map(|o| {
                format!(
                    "Observation {{ id: {}, label: {}, basis: {} }}",
                    lit(&format!("{}.{}", flow.id, o.id)),
                    lit(&o.label),
                    basis(&o.source, &o.article, o.interpretation)
                )
            })
            .collect();
        ids.push(format!(
            "pub const {}: FlowId = FlowId({});",
            constant(&flow.id),
            lit(&flow.id)
        ));
        for o in &flow.observation {
            let full = format!("{}.{}", flow.id, o.id);
            ids.push(format!(
                "pub const {}: ObsId = ObsId({});",
                constant(&full),
                lit(&full)
            ));
        }
        rules.extend(flow.rule.iter().map(|r| rule(r, &path, &mut notes)));
        flows.push(format!(
            "Flow {{ id: {}, name: {}, name_fr: {}, service: {}, institution: {}, conditions: {}, contains: {}, read: {}, pitfalls: {}, indicates: {}, nothing_found: {}, not_consulted: {}, observations: &[{}] }}",
            lit(&flow.id),
            lit(&flow.name),
            opt(&flow.name_fr),
            lit(&flow.service),
            lit(&flow.institution),
            strs(&flow.conditions),
            notes.notes(&flow.contains),
            notes.notes(&flow.read),
            notes.notes(&flow.pitfalls),
            notes.notes(&flow.indicates),
            statement(&flow.nothing_found),
            statement(&flow.not_consulted),
            observations.join(", ")
        ));
        sources.extend(flow.source);
    }
    if let Some(signals) = signals {
        reviews.push(review("signals.toml", &signals.reviewed));
        rules.extend(
            signals
                .rule
                .iter()
                .map(|r| rule(r, &signals_path, &mut notes)),
        );
        sources.extend(signals.source);
    }
    // Rules about the other persons of the household: same shape as the signals.
    let persons_path = Path::new(ROOT).join("persons.toml");
    if persons_path.exists() {
        let persons: Signals = read(&persons_path);
        reviews.push(review("persons.toml", &persons.reviewed));
        rules.extend(
            persons
                .rule
                .iter()
                .map(|r| rule(r, &persons_path, &mut notes)),
        );
        sources.extend(persons.source);
    }

    let first: First = read(&Path::new(ROOT).join("first.toml"));
    reviews.push(review("first.toml", &first.reviewed));
    let first_code: Vec<String> = first
        .group
        .iter()
        .map(|g| {
            format!(
                "FirstGroup {{ title: {}, at_most: {}, lines: {} }}",
                lit(&g.title),
                g.at_most,
                strs(&g.lines)
            )
        })
        .collect();

    let mut dossiers = Vec::new();
    for path in files("dossiers") {
        let d: Dossier = read(&path);
        let shows: Vec<String> = d
            .shows
            .iter()
            .map(|s| {
                format!(
                    "Shown {{ flow: {}, text: {} }}",
                    lit(&s.flow),
                    notes.text(&s.text)
                )
            })
            .collect();
        let commentary: Vec<String> = d
            .commentary
            .iter()
            .map(|(k, v)| format!("({}, {})", lit(k), notes.text(v)))
            .collect();
        let record: Vec<String> = d
            .record
            .iter()
            .map(|(flow, e)| {
                format!(
                    "Entry {{ flow: {}, status: {}, observations: {} }}",
                    lit(flow),
                    status(&e.status, &path),
                    strs(&e.observations)
                )
            })
            .collect();
        dossiers.push(format!(
            "Dossier {{ id: {}, title: {}, intro: {}, shows: &[{}], expected: {}, commentary: &[{}], record: &[{}] }}",
            lit(&d.id),
            lit(&d.title),
            notes.text(&d.intro),
            shows.join(", "),
            strs(&d.expected),
            commentary.join(", "),
            record.join(", ")
        ));
    }

    let (frame_title, frame_sections, frame_sources) = match frame {
        Some(f) => {
            reviews.push(review("frame.toml", &f.reviewed));
            let sections: Vec<String> = f
                .section
                .iter()
                .map(|s| {
                    format!(
                        "FrameSection {{ heading: {}, statements: {} }}",
                        notes.text(&s.heading),
                        notes.notes(&s.statements)
                    )
                })
                .collect();
            (f.title, sections, f.source)
        }
        None => (String::new(), Vec::new(), Vec::new()),
    };
    sources.extend(frame_sources);
    let conditions_code: Vec<String> = conditions
        .condition
        .iter()
        .map(|c| {
            format!(
                "Condition {{ id: {}, title: {}, question: {}, explain: {} }}",
                lit(&c.id),
                lit(&c.title),
                lit(&c.question),
                statements(&c.explain)
            )
        })
        .collect();
    let amounts_file: Amounts = read(&Path::new(ROOT).join("amounts.toml"));
    let amounts_code = amounts(&amounts_file.amount, &mut notes);
    sources.extend(amounts_file.source);
    let sources_code: Vec<String> = sources.iter().map(|s| source(s, &mut notes)).collect();

    let mut code = String::new();
    let _ = writeln!(
        code,
        "// Generated by build/knowledge.rs from {ROOT}: do not edit."
    );
    let _ = writeln!(code, "pub static KNOWLEDGE: Knowledge = Knowledge {{");
    // The page shows the oldest review date: the whole is checked no later than that.
    let oldest = reviews
        .iter()
        .map(|(_, on)| on.clone())
        .min()
        .unwrap_or_default();
    let _ = writeln!(code, "    reviewed: {},", lit(&oldest));
    let _ = writeln!(code, "    conditions: &[{}],", conditions_code.join(",\n"));
    let _ = writeln!(code, "    sources: &[{}],", sources_code.join(",\n"));
    let _ = writeln!(code, "    flows: &[{}],", flows.join(",\n"));
    let _ = writeln!(code, "    rules: &[{}],", rules.join(",\n"));
    let _ = writeln!(
        code,
        "    frame: Frame {{ title: {}, sections: &[{}] }},",
        lit(&frame_title),
        frame_sections.join(",\n")
    );
    let _ = writeln!(code, "    dossiers: &[{}],", dossiers.join(",\n"));
    let _ = writeln!(code, "    first: &[{}],", first_code.join(",\n"));
    let _ = writeln!(code, "}};");
    let review_code: Vec<String> = reviews.into_iter().map(|(code, _)| code).collect();
    let _ = writeln!(
        code,
        "/// Who checked each knowledge file.\npub static REVIEWS: &[Review] = &[{}];",
        review_code.join(",\n")
    );
    let _ = writeln!(
        code,
        "/// The amounts of `amounts.toml`, in file order.\npub static AMOUNTS: &[Amount] = &[{}];",
        amounts_code.join(",\n")
    );
    let _ = writeln!(
        code,
        "/// Every flow and observation id as a constant.\npub mod ids {{\n    use super::{{FlowId, ObsId}};\n    {}\n}}",
        ids.join("\n    ")
    );
    let (blob, (count, hash)) = crate::bundle::join(&notes.0);
    let _ = writeln!(
        code,
        "pub const NOTES: (usize, u64) = ({count}, {hash:#x});"
    );
    std::fs::write(Path::new(out).join("ksz_knowledge.rs"), code).expect("write to OUT_DIR");
    std::fs::write(Path::new(out).join("ksz_notes.txt"), blob).expect("write to OUT_DIR");
}
