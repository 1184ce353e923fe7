//! Organisation settings: the team, the default worker contact, a directory of OCMWs and the
//! standard purpose sentence. A JSON file, built into a deployment (`settings.json` at the root
//! of the repository) or imported at runtime. Never holds data of a family.

mod json;

use crate::model::{Email, Phone, Text};
use crate::refer::Format;
use json::{Position, Value};
use std::fmt;

/// One OCMW of the directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ocmw {
    pub name: String,
    /// The protected address: only staff bound by professional secrecy read it.
    pub email: Email,
    /// Mobile number of the contact who receives the password by SMS.
    pub sms: Option<Phone>,
}

/// Validated settings. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub team: Option<String>,
    pub worker_name: Option<String>,
    pub worker_phone: Option<Phone>,
    pub worker_email: Option<Email>,
    /// Replaces the standard purpose sentence in the document.
    pub purpose: Option<String>,
    pub ocmws: Vec<Ocmw>,
    /// The encrypted formats the organisation allows, the default first (empty in the file:
    /// all, `.7z` first).
    pub formats: Vec<Format>,
    /// The deployment's Word template, relative to the repository (`sjablonen/ons.docx`). Only
    /// the built-in settings use it: the build compiles the file in ([`DEPLOYMENT_TEMPLATE`]).
    /// A worker chooses a template file under *Instellingen* instead.
    pub template: Option<String>,
}

/// The Word template named by the built-in `settings.json` (file name, bytes), compiled in.
pub const DEPLOYMENT_TEMPLATE: Option<(&str, &[u8])> =
    include!(concat!(env!("OUT_DIR"), "/deployment_template.rs"));

impl Settings {
    /// The allowed formats, the default first.
    pub fn formats(&self) -> &[Format] {
        if self.formats.is_empty() {
            &Format::ALL
        } else {
            &self.formats
        }
    }
}

/// Why a settings file cannot be used. The app keeps the settings it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// Not valid JSON, or an unknown or mistyped field: where, and what (in English).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A field with a value we cannot use, e.g. `ocmws[2].email`.
    Field { path: String, problem: Problem },
}

/// What is wrong with a settings field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// Too long, or holds control characters.
    Text {
        max: usize,
    },
    Email,
    Phone,
    /// Not one of `7z`, `zip`, `docx`.
    Format,
    /// Not a relative path to a `.docx` or `.dotx` inside the repository.
    TemplatePath,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => f.write_str("is empty"),
            Problem::Text { max } => {
                write!(
                    f,
                    "must be at most {max} characters without control characters"
                )
            }
            Problem::Email => f.write_str("is not an e-mail address"),
            Problem::Phone => f.write_str("is not a phone number"),
            Problem::Format => f.write_str("is not a format (7z, zip or docx)"),
            Problem::TemplatePath => f.write_str("is not a relative path to a .docx or .dotx"),
        }
    }
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Syntax {
                line,
                column,
                message,
            } => {
                write!(f, "line {line}, column {column}: {message}")
            }
            SettingsError::Field { path, problem } => write!(f, "{path}: {problem}"),
        }
    }
}

impl std::error::Error for SettingsError {}

#[derive(Default)]
struct RawWorker {
    name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
}

struct RawOcmw {
    name: String,
    email: String,
    sms: Option<String>,
}

#[derive(Default)]
struct RawSettings {
    team: Option<String>,
    worker: Option<RawWorker>,
    purpose: Option<String>,
    ocmws: Vec<RawOcmw>,
    formats: Vec<String>,
    template: Option<String>,
}

fn syntax(at: Position, message: String) -> SettingsError {
    SettingsError::Syntax {
        line: at.line,
        column: at.column,
        message,
    }
}

/// The members of an object, refusing any key not in `known`.
fn members(
    value: Value,
    at: Position,
    known: &[&str],
) -> Result<Vec<(String, Value, Position)>, SettingsError> {
    let Value::Object(members) = value else {
        return Err(syntax(at, "invalid type: expected an object".into()));
    };
    if let Some((key, _, at)) = members
        .iter()
        .find(|(k, _, _)| !known.contains(&k.as_str()))
    {
        let expected = known.join("`, `");
        return Err(syntax(
            *at,
            format!("unknown field `{key}`, expected one of `{expected}`"),
        ));
    }
    Ok(members)
}

/// A string, or absent for `null`.
fn string(value: Value, at: Position) -> Result<Option<String>, SettingsError> {
    match value {
        Value::String(s) => Ok(Some(s)),
        Value::Null => Ok(None),
        _ => Err(syntax(at, "invalid type: expected a string".into())),
    }
}

fn required(value: Value, at: Position, key: &str) -> Result<String, SettingsError> {
    string(value, at)?.ok_or_else(|| syntax(at, format!("missing field `{key}`")))
}

fn array(value: Value, at: Position) -> Result<Vec<(Value, Position)>, SettingsError> {
    match value {
        Value::Array(items) => Ok(items),
        Value::Null => Ok(Vec::new()),
        _ => Err(syntax(at, "invalid type: expected a list".into())),
    }
}

fn raw_ocmw(value: Value, at: Position) -> Result<RawOcmw, SettingsError> {
    let (mut name, mut email, mut sms) = (None, None, None);
    for (key, v, at) in members(value, at, &["name", "email", "sms"])? {
        match key.as_str() {
            "name" => name = Some(required(v, at, "name")?),
            "email" => email = Some(required(v, at, "email")?),
            _ => sms = string(v, at)?,
        }
    }
    Ok(RawOcmw {
        name: name.ok_or_else(|| syntax(at, "missing field `name`".into()))?,
        email: email.ok_or_else(|| syntax(at, "missing field `email`".into()))?,
        sms,
    })
}

fn raw_settings(json: &str) -> Result<RawSettings, SettingsError> {
    let (value, at) = json::parse(json).map_err(|e| syntax(e.at, e.message))?;
    let known = ["team", "worker", "purpose", "ocmws", "formats", "template"];
    let mut raw = RawSettings::default();
    for (key, v, at) in members(value, at, &known)? {
        match key.as_str() {
            "team" => raw.team = string(v, at)?,
            "purpose" => raw.purpose = string(v, at)?,
            "template" => raw.template = string(v, at)?,
            "worker" => {
                let mut w = RawWorker::default();
                if v != Value::Null {
                    for (key, v, at) in members(v, at, &["name", "phone", "email"])? {
                        let value = string(v, at)?;
                        match key.as_str() {
                            "name" => w.name = value,
                            "phone" => w.phone = value,
                            _ => w.email = value,
                        }
                    }
                }
                raw.worker = Some(w);
            }
            "ocmws" => {
                for (v, at) in array(v, at)? {
                    raw.ocmws.push(raw_ocmw(v, at)?);
                }
            }
            _ => {
                for (v, at) in array(v, at)? {
                    raw.formats.push(required(v, at, "formats")?);
                }
            }
        }
    }
    Ok(raw)
}

/// A relative path to a Word file inside the repository; empty counts as absent.
fn template_path(value: Option<String>) -> Result<Option<String>, SettingsError> {
    let Some(v) = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
    else {
        return Ok(None);
    };
    let lower = v.to_ascii_lowercase();
    let relative = !v.starts_with('/') && !v.contains('\\') && !v.contains(':');
    let inside = v.split('/').all(|part| part != ".." && !part.is_empty());
    let word = lower.ends_with(".docx") || lower.ends_with(".dotx");
    if relative && inside && v.len() <= 200 && word {
        Ok(Some(v))
    } else {
        Err(field_error("template", Problem::TemplatePath))
    }
}

fn field_error(path: &str, problem: Problem) -> SettingsError {
    SettingsError::Field {
        path: path.into(),
        problem,
    }
}

/// An optional text, with the same rules as the form's texts (trimmed, bounded, no control
/// characters); empty counts as absent.
fn text(path: &str, value: Option<String>, max: usize) -> Result<Option<String>, SettingsError> {
    let Some(v) = value else { return Ok(None) };
    Text::parse_optional(&v, max)
        .map(|t| t.map(|t| t.as_str().to_string()))
        .map_err(|_| field_error(path, Problem::Text { max }))
}

/// An optional value parsed by the model (`Phone::parse`, `Email::parse`); empty counts as absent.
fn optional<T, E>(
    path: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Result<T, E>,
    problem: Problem,
) -> Result<Option<T>, SettingsError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => parse(v).map(Some).map_err(|_| field_error(path, problem)),
    }
}

impl Settings {
    /// Parses and validates a settings file.
    pub fn from_json(json: &str) -> Result<Settings, SettingsError> {
        let raw = raw_settings(json)?;
        let worker = raw.worker.unwrap_or_default();
        let mut ocmws = Vec::new();
        for (i, o) in raw.ocmws.into_iter().enumerate() {
            let path = |field: &str| format!("ocmws[{i}].{field}");
            let name = text(&path("name"), Some(o.name), 120)?
                .ok_or_else(|| field_error(&path("name"), Problem::Empty))?;
            let email =
                Email::parse(&o.email).map_err(|_| field_error(&path("email"), Problem::Email))?;
            let sms = optional(&path("sms"), o.sms.as_deref(), Phone::parse, Problem::Phone)?;
            ocmws.push(Ocmw { name, email, sms });
        }
        Ok(Settings {
            team: text("team", raw.team, 120)?,
            worker_name: text("worker.name", worker.name, 100)?,
            worker_phone: optional(
                "worker.phone",
                worker.phone.as_deref(),
                Phone::parse,
                Problem::Phone,
            )?,
            worker_email: optional(
                "worker.email",
                worker.email.as_deref(),
                Email::parse,
                Problem::Email,
            )?,
            purpose: text("purpose", raw.purpose, 1000)?,
            ocmws,
            formats: raw
                .formats
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    Format::from_id(id.trim())
                        .ok_or_else(|| field_error(&format!("formats[{i}]"), Problem::Format))
                })
                .collect::<Result<Vec<_>, _>>()?,
            template: template_path(raw.template)?,
        })
    }

    /// Writes the settings back as JSON (to remember them on this device).
    pub fn to_json(&self) -> String {
        let text = |v: Option<&str>| v.map_or("null".to_string(), json::quote);
        let ocmws: Vec<String> = self
            .ocmws
            .iter()
            .map(|o| {
                format!(
                    "    {{ \"name\": {}, \"email\": {}, \"sms\": {} }}",
                    json::quote(&o.name),
                    json::quote(o.email.as_str()),
                    text(o.sms.as_ref().map(|p| p.e164()))
                )
            })
            .collect();
        let formats: Vec<String> = self.formats.iter().map(|f| json::quote(f.id())).collect();
        format!(
            "{{\n  \"team\": {},\n  \"worker\": {{ \"name\": {}, \"phone\": {}, \"email\": {} }},\n  \"purpose\": {},\n  \"ocmws\": [\n{}\n  ],\n  \"formats\": [{}],\n  \"template\": {}\n}}\n",
            text(self.team.as_deref()),
            text(self.worker_name.as_deref()),
            text(self.worker_phone.as_ref().map(|p| p.e164())),
            text(self.worker_email.as_ref().map(|e| e.as_str())),
            text(self.purpose.as_deref()),
            ocmws.join(",\n"),
            formats.join(", "),
            text(self.template.as_deref()),
        )
    }

    /// The OCMW of the directory with this name.
    pub fn ocmw(&self, name: &str) -> Option<&Ocmw> {
        self.ocmws.iter().find(|o| o.name == name)
    }
}
