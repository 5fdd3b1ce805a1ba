//! The example corpus each rule module keeps beside its rules
//! (`src/<type>/examples.txt`), in the spirit of Duckling's per-dimension
//! corpora. One line is one example:
//!
//! ```text
//! # a comment
//! @ref 2023-11-25                      reference date for the lines below ("@ref none" clears it)
//! Sáng nay [[24/11 => 2023-11-24]], Ban…  the marks of this type, with the key attribute after "=>"
//! lần thứ 15                           no bracket: no mark of this type at all (a negative)
//! Đảng,\nBí thư …                         "\n" is a line break inside the example
//! ```
//!
//! The key attribute is `value` for DATE and FIGURE, `id` for REGULATION and
//! `role` for PERSON; it may be left out (`[[Tỉnh ủy]]`). Every line is run
//! through the full `analyze`, so examples also guard how types compete.

use crate::{analyze, CivilDate, Entity, Kind, Options};

/// One expected mark: its text, its char offset in the plain line, and the
/// key attribute if given.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub text: String,
    pub start: usize,
    pub attr: Option<String>,
}

/// A parsed example line.
#[derive(Debug, Clone)]
pub struct Example {
    pub line_no: usize,
    pub plain: String,
    pub expected: Vec<Expected>,
    pub reference: Option<CivilDate>,
}

/// Parses an examples file.
pub fn parse(file: &str) -> Vec<Example> {
    let mut reference = None;
    let mut out = Vec::new();
    for (i, raw) in file.lines().enumerate() {
        // "\n" stands for a line break inside one example.
        let raw = raw.replace("\\n", "\n");
        let line = raw.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(r) = line.strip_prefix("@ref ") {
            reference = CivilDate::parse(r);
            continue;
        }
        let mut plain = String::new();
        let mut expected = Vec::new();
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            plain.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let close = after
                .find("]]")
                .unwrap_or_else(|| panic!("line {}: unclosed [[", i + 1));
            let inner = &after[..close];
            let (text, attr) = match inner.split_once(" => ") {
                Some((t, a)) => (t, Some(a.to_string())),
                None => (inner, None),
            };
            expected.push(Expected {
                text: text.to_string(),
                start: plain.len(),
                attr,
            });
            plain.push_str(text);
            rest = &after[close + 2..];
        }
        plain.push_str(rest);
        out.push(Example {
            line_no: i + 1,
            plain,
            expected,
            reference,
        });
    }
    out
}

/// The key attribute of a mark, as the examples write it.
pub fn key_attr(e: &Entity) -> Option<String> {
    let a = &e.attrs;
    match e.kind {
        Kind::Date | Kind::Figure => a.value.as_ref().map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
        Kind::Regulation => a.id.as_deref().map(str::to_string),
        Kind::Person => a.role.as_deref().map(str::to_string),
        Kind::Org | Kind::Place => None,
    }
}

/// Runs every example of `kind`; returns one message per failure.
pub fn failures(kind: Kind, file: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for ex in parse(file) {
        let options = Options {
            reference_date: ex.reference,
        };
        let analysis = analyze(&ex.plain, &options);
        let got: Vec<&Entity> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .collect();
        let got_spans: Vec<(usize, &str)> =
            got.iter().map(|e| (e.start, e.text.as_str())).collect();
        let want_spans: Vec<(usize, &str)> = ex
            .expected
            .iter()
            .map(|e| (e.start, e.text.as_str()))
            .collect();
        if got_spans != want_spans {
            problems.push(format!(
                "line {}: {:?}\n    want {:?}\n    got  {:?}",
                ex.line_no,
                ex.plain,
                want_spans.iter().map(|s| s.1).collect::<Vec<_>>(),
                got_spans.iter().map(|s| s.1).collect::<Vec<_>>()
            ));
            continue;
        }
        for (want, e) in ex.expected.iter().zip(&got) {
            if let Some(attr) = &want.attr {
                let have = key_attr(e);
                if have.as_deref() != Some(attr.as_str()) {
                    problems.push(format!(
                        "line {}: {:?} attribute want {:?} got {:?}",
                        ex.line_no, want.text, attr, have
                    ));
                }
            }
        }
    }
    problems
}

/// Panics with every failure of the file (for the per-module tests).
pub fn assert_examples(kind: Kind, file: &str) {
    let problems = failures(kind, file);
    let total = parse(file).len();
    assert!(
        total >= 10,
        "an examples file should hold at least 10 examples, has {total}"
    );
    assert!(
        problems.is_empty(),
        "{} of {} {} examples fail:\n{}",
        problems.len(),
        total,
        kind.as_str(),
        problems.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_marks_and_references() {
        let ex =
            parse("@ref 2023-11-25\nSáng [[24/11 => 2023-11-24]] và [[Tỉnh ủy]].\nlần thứ 15\n");
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].plain, "Sáng 24/11 và Tỉnh ủy.");
        assert_eq!(ex[0].expected[0].start, "Sáng ".len());
        assert_eq!(ex[0].expected[0].attr.as_deref(), Some("2023-11-24"));
        assert_eq!(ex[0].expected[1].attr, None);
        assert_eq!(ex[0].reference, CivilDate::new(2023, 11, 25));
        assert!(ex[1].expected.is_empty());
    }
}
