//! One job's output line: an analyzed file or JSON Lines line, or what is wrong.

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Map, Value};
use soi::input::{self, Lang};
use soi::{CivilDate, Options};

use super::super::read_input;
use super::{Done, Job};

pub(super) fn process(job: Job, options: &Options, lang: Lang) -> Done {
    let what = match &job {
        Job::File { name, .. } => (Some(name.clone()), None),
        Job::Line { file, line, .. } => (file.as_deref().map(str::to_string), Some(*line)),
        Job::Ready(_) => (None, None),
    };
    match catch_unwind(AssertUnwindSafe(|| process_job(job, options, lang))) {
        Ok(done) => done,
        // Never expected (the engine is fuzzed); keep the stream going.
        Err(_) => {
            let msg = "internal error: the analysis panicked".to_string();
            match what {
                (file, Some(line)) => line_error(file.as_deref(), line, Value::Null, msg),
                (name, None) => unreadable(name.as_deref().unwrap_or("-"), msg),
            }
        }
    }
}

fn process_job(job: Job, options: &Options, lang: Lang) -> Done {
    match job {
        Job::Ready(done) => done,
        Job::File { name, path } => match read_input(&path, lang) {
            Err(msg) => unreadable(&name, msg),
            Ok(decoded) => {
                let analysis = soi::analyze(&decoded.text, options);
                let file = Value::from(name.as_str());
                let json = soi::contract::ContractJson::new(&analysis, &decoded.text)
                    .with_field("file", &file);
                Done {
                    record: serde_json::to_string(&json)
                        .expect("the contract serializes to a string"),
                    note: decoded.note.map(|n| format!("soi: {name}: note: {n}")),
                    failed: false,
                }
            }
        },
        Job::Line { file, line, bytes } => match analyze_line(&bytes, options, lang) {
            Ok(record) => Done {
                record,
                note: None,
                failed: false,
            },
            Err((id, msg)) => line_error(file.as_deref(), line, id, msg),
        },
    }
}

/// An input that cannot be read at all: `{"file", "error"}`, exit code 1.
pub(super) fn unreadable(name: &str, msg: String) -> Done {
    Done {
        note: Some(format!("soi: {name}: {msg}")),
        record: json!({"file": name, "error": msg}).to_string(),
        failed: true,
    }
}

/// A malformed line: `{"id", "line", "error"}` (and "file"), in-band.
pub(super) fn line_error(file: Option<&str>, line: u64, id: Value, msg: String) -> Done {
    let mut record = Map::new();
    if let Some(f) = file {
        record.insert("file".into(), f.into());
    }
    record.insert("id".into(), id);
    record.insert("line".into(), line.into());
    record.insert("error".into(), msg.clone().into());
    Done {
        note: Some(format!("soi: {}:{line}: {msg}", file.unwrap_or("-"))),
        record: Value::Object(record).to_string(),
        failed: false,
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One JSON Lines record: the contract plus its "id", or the id (if
/// any) and what is wrong.
fn analyze_line(bytes: &[u8], options: &Options, lang: Lang) -> Result<String, (Value, String)> {
    let vi = lang == Lang::Vi;
    let pick = |en: String, vi_text: String| if vi { vi_text } else { en };
    let line = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        (
            Value::Null,
            pick(
                format!("the line is not UTF-8 (byte {at})"),
                format!("dòng không phải UTF-8 (byte {at})"),
            ),
        )
    })?;
    let value: Value = serde_json::from_str(line).map_err(|e| {
        (
            Value::Null,
            pick(format!("not JSON: {e}"), format!("không phải JSON: {e}")),
        )
    })?;
    let Value::Object(mut obj) = value else {
        let kind = json_kind(&value);
        return Err((
            Value::Null,
            pick(
                format!("expected an object {{\"id\", \"text\", \"reference_date\"?}}, not {kind}"),
                format!("cần một đối tượng {{\"id\", \"text\", \"reference_date\"?}}, không phải {kind}"),
            ),
        ));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => {
            return Err((
                id,
                pick("no \"text\" field".into(), "thiếu trường \"text\"".into()),
            ))
        }
        Some(other) => {
            let kind = json_kind(&other);
            return Err((
                id,
                pick(
                    format!("\"text\" must be a string, not {kind}"),
                    format!("\"text\" phải là chuỗi, không phải {kind}"),
                ),
            ));
        }
    };
    if text.len() > input::MAX_INPUT_BYTES {
        let too_large = input::InputError::TooLarge {
            size: text.len(),
            max: input::MAX_INPUT_BYTES,
        };
        return Err((id, too_large.message(lang)));
    }
    let reference_date = match obj.remove("reference_date") {
        None | Some(Value::Null) => options.reference_date,
        Some(Value::String(s)) => match CivilDate::parse(&s) {
            Some(d) => Some(d),
            None => {
                return Err((
                    id,
                    pick(
                        format!("\"reference_date\" '{s}' is not a date: use YYYY-MM-DD"),
                        format!("\"reference_date\" '{s}' không phải ngày: dùng YYYY-MM-DD"),
                    ),
                ))
            }
        },
        Some(other) => {
            let kind = json_kind(&other);
            return Err((
                id,
                pick(
                    format!("\"reference_date\" must be a string \"YYYY-MM-DD\", not {kind}"),
                    format!("\"reference_date\" phải là chuỗi \"YYYY-MM-DD\", không phải {kind}"),
                ),
            ));
        }
    };
    let analysis = soi::analyze(&text, &Options { reference_date });
    let json = soi::contract::ContractJson::new(&analysis, &text).with_field("id", &id);
    Ok(serde_json::to_string(&json).expect("the contract serializes to a string"))
}
