//! Checks a Word template and fills it with the sample referral, for the interop tests in
//! `tests/py/` and to try a template by hand.
//! Usage: `fill_template TEMPLATE.docx OUTPUT.docx [one|two]` (default two parents). Prints the
//! check's report as JSON; exits with 2 when the template cannot be used (nothing written).
//! `fill_template --builtin OUTPUT.docx` writes the built-in template itself.

#[path = "common/sample.rs"]
mod sample;

use toeleiding::document::template::{Template, TemplateError};
use toeleiding::document::{self, PURPOSE};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--builtin") {
        let out = args
            .get(1)
            .expect("usage: fill_template --builtin OUTPUT.docx");
        std::fs::write(out, document::builtin_template()).expect("write the template");
        return;
    }
    let [input, output, rest @ ..] = args.as_slice() else {
        panic!("usage: fill_template TEMPLATE.docx OUTPUT.docx [one|two]");
    };
    let two = rest.first().map(String::as_str) != Some("one");
    let bytes = std::fs::read(input).expect("read the template");
    let template = match Template::load(&bytes) {
        Ok(t) => t,
        Err(TemplateError::Problems(report)) => {
            let problems: Vec<serde_json::Value> = report
                .problems
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "part": format!("{:?}", p.part),
                        "context": p.context,
                        "issue": format!("{:?}", p.issue),
                    })
                })
                .collect();
            let missing: Vec<String> = report.missing.iter().map(|m| format!("{m:?}")).collect();
            println!(
                "{}",
                serde_json::json!({ "used": report.used, "problems": problems, "missing": missing })
            );
            std::process::exit(2);
        }
        Err(e) => {
            println!("{}", serde_json::json!({ "error": format!("{e:?}") }));
            std::process::exit(2);
        }
    };
    let referral = sample::referral(two);
    let docx = document::fill(&template, &referral, sample::today(), PURPOSE).expect("fill");
    std::fs::write(output, &*docx).expect("write the document");
    let values = document::template::values(&referral, sample::today(), PURPOSE);
    println!(
        "{}",
        serde_json::json!({
            "used": template.report().used,
            "unused": template.report().unused(),
            "left_out": template.left_out(&values),
        })
    );
}
