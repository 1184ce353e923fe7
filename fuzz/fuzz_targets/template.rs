//! Fuzz target for the template path: any file chosen as a template is read, checked and, when
//! usable, filled for one and for two parents; any text is also tried as the body part of a
//! package, so the XML paths are reached without the zip framing. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;
use std::sync::OnceLock;
use toeleiding::date::Date;
use toeleiding::document::template::{values, Template, TemplateError, Values};
use toeleiding::model::{parse_referral, FieldId, ParentField, RawForm};

fn filled_values() -> &'static [Values; 2] {
    static VALUES: OnceLock<[Values; 2]> = OnceLock::new();
    VALUES.get_or_init(|| {
        let today = Date::new(2026, 11, 22).expect("date");
        let mut form = RawForm::default();
        form.consent.confirmed = [true; 6];
        form.consent.date = "2026-11-20".into();
        for (field, value) in [
            (FieldId::Parent(0, ParentField::FirstName), "Zoë & <Co>"),
            (FieldId::Parent(0, ParentField::LastName), "O'Brien"),
            (FieldId::Parent(0, ParentField::Phone), "0470 12 34 56"),
            (FieldId::Team, "Lokaal team"),
            (FieldId::WorkerName, "An"),
            (FieldId::WorkerPhone, "09 123 45 67"),
            (FieldId::OcmwName, "OCMW Gent"),
            (FieldId::OcmwEmail, "a@ocmw.be"),
        ] {
            form.set(field, value.into());
        }
        let one = parse_referral(&form, today).expect("valid form");
        form.add_parent();
        form.set(FieldId::Parent(1, ParentField::FirstName), "Gül".into());
        form.set(FieldId::Parent(1, ParentField::LastName), "محمد".into());
        form.set(FieldId::Parent(1, ParentField::Email), "g@x.be".into());
        let two = parse_referral(&form, today).expect("valid form");
        [values(&one, today, "Doel"), values(&two, today, "Doel")]
    })
}

fn try_template(bytes: &[u8]) {
    if let Ok(template) = Template::load(bytes) {
        let today = Date::new(2026, 11, 22).expect("date");
        for v in filled_values() {
            let _ = template.left_out(v);
            let filled = template
                .fill(v, today)
                .expect("a checked template always fills");
            // What we write reads again and holds no placeholder, typed or Word's.
            match Template::load(&filled) {
                Ok(_) => {}
                Err(TemplateError::Problems(report)) => {
                    assert!(report.problems.is_empty(), "{:?}", report.problems)
                }
                Err(e) => panic!("the filled document cannot be read: {e:?}"),
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    try_template(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        if zip.start_file("word/document.xml", options).is_ok()
            && zip.write_all(text.as_bytes()).is_ok()
        {
            if let Ok(done) = zip.finish() {
                try_template(&done.into_inner());
            }
        }
    }
});
