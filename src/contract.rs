//! The JSON contract (`soi --json`, `--jsonl`) written straight from an
//! analysis: the same bytes as [`Analysis::to_contract_json`] printed by
//! `serde_json`, without building the `Value` tree first (a copy of every
//! mark's text and attributes, a map with owned keys per mark, then a string
//! of the whole output). For 8 MB of articles that tree was most of the
//! CLI's time after the analysis, and several times the input in memory.
//!
//! `serde_json` without `preserve_order` prints an object's keys sorted, so
//! the writers here give every key in that order. A test compares both ways
//! on every corpus article.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;

use crate::entity::{Attrs, Entity};
use crate::text::OffsetConverter;
use crate::Analysis;

/// `{"entities": […], "reference_date": …, "reference_source": …}` plus
/// `extra` top-level fields (the `file` or `id` of a JSON Lines record),
/// serializable with any `serde_json` writer.
pub struct ContractJson<'a> {
    analysis: &'a Analysis,
    input: &'a str,
    /// Sorted by key, none of them a key of the contract.
    extra: Vec<(&'a str, &'a Value)>,
}

impl<'a> ContractJson<'a> {
    /// The contract of `analysis`, made by analyzing `input`.
    pub fn new(analysis: &'a Analysis, input: &'a str) -> Self {
        ContractJson {
            analysis,
            input,
            extra: Vec::new(),
        }
    }

    /// With another top-level field; a key the contract has is refused.
    pub fn with_field(mut self, key: &'a str, value: &'a Value) -> Self {
        assert!(
            !CONTRACT_KEYS.contains(&key),
            "{key} is a field of the contract"
        );
        self.extra.push((key, value));
        self.extra.sort_by(|a, b| a.0.cmp(b.0));
        self
    }
}

const CONTRACT_KEYS: [&str; 3] = ["entities", "reference_date", "reference_source"];

impl Serialize for ContractJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.analysis;
        let mut map = serializer.serialize_map(Some(3 + self.extra.len()))?;
        let mut extra = self.extra.iter().peekable();
        // The contract's keys and the extra ones merged in key order.
        for key in CONTRACT_KEYS {
            while let Some((k, v)) = extra.next_if(|(k, _)| *k < key) {
                map.serialize_entry(k, v)?;
            }
            match key {
                "entities" => map.serialize_entry(key, &Entities(&a.entities, self.input))?,
                "reference_date" => {
                    map.serialize_entry(key, &a.reference_date.map(|d| d.to_string()))?
                }
                _ => map.serialize_entry(key, &a.reference_source)?,
            }
        }
        for (k, v) in extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The marks, their offsets counted in code points and UTF-16 units as they
/// are written (one walk over the input for all of them).
struct Entities<'a>(&'a [Entity], &'a str);

impl Serialize for Entities<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut conv = OffsetConverter::new(self.1);
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for e in self.0 {
            let start = conv.at(e.start);
            let end = conv.at(e.end);
            seq.serialize_element(&Mark { e, start, end })?;
        }
        seq.end()
    }
}

/// One mark of the contract: [`crate::ContractEntity`]'s fields, keys sorted.
struct Mark<'a> {
    e: &'a Entity,
    /// (code points, UTF-16 units).
    start: (usize, usize),
    end: (usize, usize),
}

impl Serialize for Mark<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.e;
        // Every attribute named, so that a new one cannot be left out.
        let Attrs {
            role,
            value,
            id,
            unit,
            doc_type,
            issuer,
        } = &*e.attrs;
        let mut map = serializer.serialize_map(None)?;
        if let Some(v) = doc_type {
            map.serialize_entry("doc_type", v)?;
        }
        map.serialize_entry("end", &self.end.0)?;
        map.serialize_entry("end_utf16", &self.end.1)?;
        if let Some(v) = id {
            map.serialize_entry("id", v)?;
        }
        if let Some(v) = issuer {
            map.serialize_entry("issuer", v)?;
        }
        if let Some(v) = role {
            map.serialize_entry("role", v)?;
        }
        map.serialize_entry("source", &e.source)?;
        map.serialize_entry("start", &self.start.0)?;
        map.serialize_entry("start_utf16", &self.start.1)?;
        map.serialize_entry("text", &e.text)?;
        map.serialize_entry("type", &e.kind)?;
        if let Some(v) = unit {
            map.serialize_entry("unit", v)?;
        }
        if let Some(v) = value {
            map.serialize_entry("value", v)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, CivilDate, Options};

    /// Written straight or through the `Value` tree, pretty or compact, with
    /// and without extra fields, the bytes are the same: on every corpus
    /// article, with and without a reference date, and on texts whose marks
    /// carry every attribute and non-ASCII offsets.
    #[test]
    fn written_straight_is_the_value_tree_printed() {
        let mut texts: Vec<String> = crate::corpus_articles::articles(&["dev", "train", "unseen"])
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert!(texts.len() > 300, "only {} articles", texts.len());
        texts.push(String::new());
        texts.push("Theo Nghị quyết số 21-NQ/TW, \"đạt\" 98,4% 😀\t\u{0}\n".to_string());
        let file = Value::from("bài \"1\".txt");
        let id = serde_json::json!({"b": [1, 2], "a": null});
        let mut attributes_seen = [false; 6];
        for (i, text) in texts.iter().enumerate() {
            let reference_date = (i % 2 == 1).then(|| CivilDate::new(2024, 5, 17).expect("a date"));
            let analysis = analyze(text, &Options { reference_date });
            for e in &analysis.entities {
                let a = &e.attrs;
                let set = [
                    a.role.is_some(),
                    a.value.is_some(),
                    a.id.is_some(),
                    a.unit.is_some(),
                    a.doc_type.is_some(),
                    a.issuer.is_some(),
                ];
                for (seen, s) in attributes_seen.iter_mut().zip(set) {
                    *seen |= s;
                }
            }
            let tree = analysis.to_contract_json(text);
            let straight = ContractJson::new(&analysis, text);
            assert_eq!(
                serde_json::to_string_pretty(&straight).expect("serializes"),
                serde_json::to_string_pretty(&tree).expect("serializes"),
                "article {i}"
            );
            for (key, value) in [("file", &file), ("id", &id), ("zzz", &file), ("a", &id)] {
                let mut expected = tree.clone();
                expected
                    .as_object_mut()
                    .expect("an object")
                    .insert(key.to_string(), value.clone());
                let straight = ContractJson::new(&analysis, text).with_field(key, value);
                assert_eq!(
                    serde_json::to_string(&straight).expect("serializes"),
                    expected.to_string(),
                    "article {i} with {key}"
                );
            }
        }
        assert_eq!(attributes_seen, [true; 6], "every attribute met");
    }

    #[test]
    #[should_panic(expected = "entities is a field of the contract")]
    fn a_contract_key_is_not_an_extra_field() {
        let analysis = analyze("", &Options::default());
        let _ = ContractJson::new(&analysis, "").with_field("entities", &Value::Null);
    }
}
