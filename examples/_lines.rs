use toeleiding::ksz::knowledge::KNOWLEDGE;
use toeleiding::ksz::practice::model;
use toeleiding::ksz::LineKind;
fn main() {
    let id = std::env::args().nth(1).unwrap();
    let d = KNOWLEDGE.dossier(&id).unwrap();
    let w = model(d);
    for c in &w.conditions {
        println!("== {}", c.condition.id);
        for (col, ls) in [("V", &c.established), ("N", &c.needed), ("X", &c.dont_ask)] {
            for l in ls.iter() {
                let t = match l.kind {
                    LineKind::Rule(r) => r.text.get().to_string(),
                    LineKind::NothingFound(f) => f.nothing_found.text.to_string(),
                    LineKind::NotConsulted(f) => f.not_consulted.text.to_string(),
                };
                println!(
                    "{col} {:38} {}",
                    l.key(),
                    &t.chars().take(150).collect::<String>()
                );
            }
        }
    }
}
