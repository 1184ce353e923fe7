//! Organisation settings: the documented example parses, mistakes are named by line or field.

use toeleiding::settings::{Settings, SettingsError};

#[test]
fn example_and_built_in_settings_parse() {
    let example = Settings::from_json(include_str!("../settings.example.json")).unwrap();
    assert_eq!(example.team.as_deref(), Some("Lokaal team Gent-Noord"));
    assert_eq!(example.ocmws.len(), 2);
    let gent = example.ocmw("OCMW Gent").unwrap();
    assert_eq!(gent.email.as_str(), "toeleiding@ocmw.gent.be");
    assert_eq!(gent.sms.as_ref().unwrap().e164(), "+32470112233");
    assert!(example.purpose.is_some());
    Settings::from_json(include_str!("../settings.json")).unwrap();
}

#[test]
fn round_trips_through_json() {
    let example = Settings::from_json(include_str!("../settings.example.json")).unwrap();
    assert_eq!(Settings::from_json(&example.to_json()).unwrap(), example);
}

#[test]
fn syntax_errors_name_the_line() {
    let err = Settings::from_json("{\n  \"team\": \"x\",\n  \"ocmws\": [\n    { \"name\": \"A\" \"email\": \"a@b.be\" }\n  ]\n}").unwrap_err();
    assert!(
        matches!(err, SettingsError::Syntax { line: 4, .. }),
        "{err:?}"
    );
}

#[test]
fn unknown_fields_are_refused() {
    let err = Settings::from_json(r#"{ "tem": "typo" }"#).unwrap_err();
    match err {
        SettingsError::Syntax { message, .. } => assert!(message.contains("tem"), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_values_name_the_field() {
    let err = Settings::from_json(
        r#"{ "ocmws": [ { "name": "A", "email": "a@b.be" }, { "name": "B", "email": "nope" } ] }"#,
    )
    .unwrap_err();
    assert!(
        matches!(&err, SettingsError::Field { path, .. } if path == "ocmws[1].email"),
        "{err:?}"
    );
    let err = Settings::from_json(r#"{ "worker": { "phone": "12" } }"#).unwrap_err();
    assert!(
        matches!(&err, SettingsError::Field { path, .. } if path == "worker.phone"),
        "{err:?}"
    );
}

#[test]
fn a_template_is_a_relative_path_to_a_word_file() {
    let with = |path: &str| Settings::from_json(&format!(r#"{{"template": {path:?}}}"#));
    assert_eq!(
        with("sjablonen/ons.docx").unwrap().template.as_deref(),
        Some("sjablonen/ons.docx")
    );
    assert_eq!(with("").unwrap().template, None);
    for bad in [
        "/etc/ons.docx",
        "../ons.docx",
        "ons.pdf",
        "C:\\ons.docx",
        "a//b.docx",
    ] {
        assert!(
            matches!(with(bad), Err(SettingsError::Field { ref path, .. }) if path == "template"),
            "{bad}"
        );
    }
}

/// The template the built-in settings name (compiled in by the build) passes the check.
#[test]
fn the_deployment_template_if_any_is_usable() {
    let built_in = Settings::from_json(include_str!("../settings.json")).unwrap();
    match (built_in.template, toeleiding::settings::DEPLOYMENT_TEMPLATE) {
        (None, None) => {}
        (Some(path), Some((name, bytes))) => {
            assert!(path.ends_with(name));
            toeleiding::document::Template::load(bytes).expect("the deployment template");
        }
        other => panic!("settings.json and the compiled-in template disagree: {other:?}"),
    }
}
