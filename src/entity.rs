//! What an analysis returns: typed marks with normalized values.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The six types of `GUIDELINES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Kind {
    Person,
    Org,
    Place,
    Date,
    Regulation,
    Figure,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Person,
        Kind::Org,
        Kind::Place,
        Kind::Date,
        Kind::Regulation,
        Kind::Figure,
    ];

    /// The name used in JSON, CSS classes and `data-type` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "PERSON",
            Kind::Org => "ORG",
            Kind::Place => "PLACE",
            Kind::Date => "DATE",
            Kind::Regulation => "REGULATION",
            Kind::Figure => "FIGURE",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(name))
    }
}

/// Normalized facts about a mark. Which fields are set depends on the type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attrs {
    /// PERSON: the title phrase attached to this mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// DATE: ISO 8601; FIGURE: the number (or "16/18" for a ratio).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// REGULATION: canonical number and symbol ("21-NQ/TW"); PERSON: one id per person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// FIGURE: the counted noun ("đảng viên") or measure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// REGULATION: the document type decoded from the words or symbol ("Nghị quyết").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// REGULATION: the issuer decoded from the symbol ("Ban Chấp hành Trung ương").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

/// Who made a mark: the engine's rules, or a person correcting them (in the
/// web app). The engine and the CLI only ever give [`Source::Rule`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    #[default]
    Rule,
    User,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Rule => "rule",
            Source::User => "user",
        }
    }
}

/// One mark, with byte offsets into the text as the caller gave it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(flatten)]
    pub attrs: Attrs,
    pub source: Source,
}

/// A mark as the JSON contract prints it: code-point offsets, plus UTF-16
/// offsets for JavaScript callers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContractEntity {
    #[serde(rename = "type")]
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(flatten)]
    pub attrs: Attrs,
    /// "rule" or "user" (a correction made in the web app).
    pub source: Source,
    pub start_utf16: usize,
    pub end_utf16: usize,
}
