//! The deployment's own Word template: when `settings.json` names one (`"template":
//! "sjablonen/ons-sjabloon.docx"`, relative to the repository), its bytes are compiled in as
//! `settings::DEPLOYMENT_TEMPLATE`. A named file that does not exist stops the build; whether the
//! template passes the check is tested (`tests/settings.rs`).

use std::path::Path;

pub fn generate(out: &str) {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let settings = Path::new(&root).join("settings.json");
    println!("cargo:rerun-if-changed={}", settings.display());
    let text = std::fs::read_to_string(&settings).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let code = match value.get("template").and_then(|t| t.as_str()) {
        None | Some("") => "None".to_string(),
        Some(relative) => {
            let path = Path::new(&root).join(relative);
            assert!(
                path.is_file(),
                "settings.json names the template {relative}, which does not exist"
            );
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            format!(
                "Some(({name:?}, include_bytes!({:?})))",
                path.display().to_string()
            )
        }
    };
    std::fs::write(Path::new(out).join("deployment_template.rs"), code)
        .expect("write deployment_template.rs");
}
