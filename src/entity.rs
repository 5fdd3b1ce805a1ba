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
/// The strings are `Box<str>`, with no spare room (a long text's marks are
/// many: 112 bytes instead of 152); `as_deref()` reads them as `&str`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attrs {
    /// PERSON: the title phrase attached to this mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Box<str>>,
    /// DATE: ISO 8601; FIGURE: the number (or "16/18" for a ratio).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// REGULATION: canonical number and symbol ("21-NQ/TW"); PERSON: one id per person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Box<str>>,
    /// FIGURE: the counted noun ("đảng viên") or measure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Box<str>>,
    /// REGULATION: the document type decoded from the words or symbol ("Nghị quyết").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<Box<str>>,
    /// REGULATION: the issuer decoded from the symbol ("Ban Chấp hành Trung ương").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Box<str>>,
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
    pub attrs: MarkAttrs,
    pub source: Source,
}

/// A mark's [`Attrs`], on the heap only when it has some: most ORG and
/// PLACE marks have none, and a long text's marks are many (each would
/// otherwise carry room for every attribute, 112 bytes). Read and written
/// as an `Attrs` (`e.attrs.role`, `e.attrs.id = …`): reading a mark without
/// attributes gives the empty ones, writing makes them.
#[derive(Clone, Default)]
pub struct MarkAttrs(Option<Box<Attrs>>);

/// What a mark without attributes reads.
static NO_ATTRS: Attrs = Attrs {
    role: None,
    value: None,
    id: None,
    unit: None,
    doc_type: None,
    issuer: None,
};

impl MarkAttrs {
    /// The attributes, boxed as they are (none when the box holds no attribute).
    pub fn from_box(attrs: Option<Box<Attrs>>) -> Self {
        MarkAttrs(attrs.filter(|a| **a != NO_ATTRS))
    }
}

impl From<Attrs> for MarkAttrs {
    fn from(attrs: Attrs) -> Self {
        MarkAttrs::from_box(Some(Box::new(attrs)))
    }
}

impl std::ops::Deref for MarkAttrs {
    type Target = Attrs;
    fn deref(&self) -> &Attrs {
        self.0.as_deref().unwrap_or(&NO_ATTRS)
    }
}

impl std::ops::DerefMut for MarkAttrs {
    fn deref_mut(&mut self) -> &mut Attrs {
        self.0.get_or_insert_default()
    }
}

/// Equal when the attributes are, boxed or not.
impl PartialEq for MarkAttrs {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for MarkAttrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl Serialize for MarkAttrs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark's attributes stay small (the peak memory of a long text's
    /// analysis counts them: README, "Memory of one analysis").
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn attributes_are_112_bytes() {
        assert_eq!(std::mem::size_of::<Attrs>(), 112);
        assert_eq!(std::mem::size_of::<MarkAttrs>(), 8);
    }

    /// A mark without attributes holds no box and reads as empty; one
    /// written to gets them; boxed or not, equal attributes are equal and
    /// print the same.
    #[test]
    // Written field by field on purpose: the write through `DerefMut` is
    // what is tested.
    #[allow(clippy::field_reassign_with_default)]
    fn mark_attributes_are_boxed_only_when_set() {
        let none = MarkAttrs::default();
        assert!(none.0.is_none());
        assert_eq!(*none, Attrs::default());
        assert!(MarkAttrs::from(Attrs::default()).0.is_none());
        assert!(MarkAttrs::from_box(Some(Box::default())).0.is_none());

        let mut set = MarkAttrs::default();
        set.id = Some("P1".into());
        assert!(set.0.is_some());
        assert_eq!(set.id.as_deref(), Some("P1"));
        let same = MarkAttrs::from(Attrs {
            id: Some("P1".into()),
            ..Attrs::default()
        });
        assert_eq!(set, same);

        let mut emptied = set.clone();
        emptied.id = None;
        assert!(emptied.0.is_some());
        assert_eq!(emptied, none);
        assert_eq!(
            serde_json::to_value(&emptied).expect("serializes"),
            serde_json::to_value(&none).expect("serializes")
        );
        assert_eq!(
            serde_json::to_value(&set).expect("serializes"),
            serde_json::to_value(&*same).expect("serializes")
        );
        assert_eq!(format!("{set:?}"), format!("{:?}", *same));
    }
}
