//! What the page asks of the Web Worker (`www/worker.js`): the message it
//! posts, a plain JS object `{id, text, reference}`, built from [`Request`]
//! and read back into it with `serde-wasm-bindgen` (the worker hands the
//! message to `analyze_wire` as it is). The answer goes the other way as
//! bytes ([`super::wire`]), the fastest form measured; a request is one small
//! object, which serde-wasm-bindgen reads field by field with a plain error
//! for whatever is missing or of the wrong type.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::CivilDate;

/// One analysis asked of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request<'a> {
    /// Which request the answer is for (the worker echoes it; the page drops
    /// answers to requests it has moved on from).
    pub id: u64,
    /// The text to analyze.
    pub text: Cow<'a, str>,
    /// The reference date for relative dates: "2023-11-25", "2023-11" or
    /// "2023"; absent or null for none (the article's own dateline).
    #[serde(default, with = "iso_date", skip_serializing_if = "Option::is_none")]
    pub reference: Option<CivilDate>,
}

/// The longest reason a malformed request's error quotes (a request that is
/// a whole text instead of an object would otherwise be quoted whole).
const REASON_MAX_BYTES: usize = 200;

impl Request<'_> {
    /// The analysis asked for, in the worker's wire form.
    pub fn answer(&self) -> Vec<u8> {
        super::wire::analyze_encoded(&self.text, self.reference)
    }

    /// The JS object the page posts to the worker.
    pub fn to_js(&self) -> Result<wasm_bindgen::JsValue, String> {
        serde_wasm_bindgen::to_value(self).map_err(|e| e.to_string())
    }
}

impl Request<'static> {
    /// Reads the message the worker was posted; a malformed one gives the
    /// error the worker answers with, saying what is wrong.
    pub fn from_js(message: wasm_bindgen::JsValue) -> Result<Self, String> {
        serde_wasm_bindgen::from_value(message).map_err(|e| malformed(&e.to_string()))
    }
}

/// The error for a request that could not be read: the reason, cut short.
pub fn malformed(reason: &str) -> String {
    let reason = reason.strip_prefix("Error: ").unwrap_or(reason);
    let mut end = reason.len().min(REASON_MAX_BYTES);
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    let more = if end < reason.len() { "…" } else { "" };
    format!(
        "malformed analysis request (expected {{id, text, reference?}}): {}{more}",
        &reason[..end]
    )
}

/// A reference date as its ISO string.
mod iso_date {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::CivilDate;

    pub fn serialize<S: Serializer>(date: &Option<CivilDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<CivilDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => CivilDate::parse(&s).map(Some).ok_or_else(|| {
                D::Error::custom(format_args!(
                    "reference {s:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                ))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serde side of the request, read here from JSON (serde-wasm-bindgen
    /// reads the same derive from a JS object: tests/e2e/engine.test.mjs).
    fn read(json: &str) -> Result<Request<'static>, String> {
        serde_json::from_str(json).map_err(|e| malformed(&e.to_string()))
    }

    #[test]
    fn a_request_round_trips_with_or_without_a_reference() {
        for reference in [None, CivilDate::new(2020, 3, 15), CivilDate::parse("2023")] {
            let r = Request {
                id: 7,
                text: "Sáng 10.1".into(),
                reference,
            };
            assert_eq!(read(&serde_json::to_string(&r).unwrap()).unwrap(), r);
        }
        let r = read(r#"{"id": 1, "text": "x", "reference": null}"#).unwrap();
        assert_eq!(r.reference, None);
    }

    #[test]
    fn a_malformed_request_says_what_is_wrong() {
        let e = read(r#"{"id": 1}"#).unwrap_err();
        assert!(e.starts_with("malformed analysis request"), "{e}");
        assert!(e.contains("missing field `text`"), "{e}");
        let e = read(r#"{"id": 1, "text": 5}"#).unwrap_err();
        assert!(e.contains("invalid type"), "{e}");
        let e = read(r#"{"id": 1, "text": "x", "reference": "2023-13-45"}"#).unwrap_err();
        assert!(e.contains(r#"reference "2023-13-45" is not a date"#), "{e}");
        assert!(read(r#"{"text": "x"}"#).unwrap_err().contains("`id`"));
    }

    #[test]
    fn a_long_reason_is_cut_short() {
        let e = malformed(&format!(
            "Error: invalid type: string \"{}\"",
            "ư".repeat(500)
        ));
        assert!(e.ends_with('…'), "{e}");
        assert!(e.len() < REASON_MAX_BYTES + 100, "{}", e.len());
        assert!(!e.contains("Error:"));
    }
}
