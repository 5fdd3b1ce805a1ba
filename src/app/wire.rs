//! How an analysis crosses from the Web Worker (`www/worker.js`, which runs
//! the same wasm) to the page: a compact binary form, handed over as a
//! transferable `ArrayBuffer` (moved, not copied, between the threads). Huge
//! texts are analyzed off the main thread so the page never freezes; small
//! ones are analyzed in place. The request the other way is a small JS
//! object read with serde-wasm-bindgen ([`super::request`]).
//!
//! Measured against the earlier text form (a line per mark, attributes as
//! JSON) and `serde-wasm-bindgen` objects, from the worker's analysis being
//! done to the marks being ready in the page (README, "Performance"): for the
//! 1 MB bench input (7,747 marks) 4 ms, against 7–10 ms and 27–29 ms.
//!
//! The form, all integers little-endian:
//!
//! ```text
//! answer = str(reference date) str(reference source) str(dateline) u32(marks) mark*
//! mark   = u8(kind: index in Kind::ALL) u32(start) u32(end) u8(fields)
//!          [str(role)] [str(id)] [str(unit)] [str(doc_type)] [str(issuer)] [value]
//!          (bit i of `fields` set: the i-th of role, id, unit, doc_type, issuer, value is there)
//! value  = u8(1) str | u8(2) i64 | u8(3) u64 | u8(4) f64 | u8(5) str(any other JSON)
//! str    = u32(byte length) UTF-8 bytes
//! ```
//!
//! Start and end are byte offsets into the text that was analyzed (which the
//! page keeps: the mark's text is sliced from it, not sent).

use serde_json::Value;

use crate::{Analysis, Attrs, CivilDate, Entity, Kind, Options, ReferenceSource};

/// Texts longer than this (bytes) are analyzed in the worker.
pub const WORKER_MIN_BYTES: usize = 64 * 1024;

/// Analyzes `text` (with `reference`, if any, for relative dates) and encodes the result.
pub fn analyze_encoded(text: &str, reference: Option<CivilDate>) -> Vec<u8> {
    let options = Options {
        reference_date: reference,
    };
    encode(&crate::analyze(text, &options))
}

fn date_str(d: Option<CivilDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn source_str(s: ReferenceSource) -> &'static str {
    match s {
        ReferenceSource::Given => "given",
        ReferenceSource::Dateline => "dateline",
        ReferenceSource::YearInText => "year",
        ReferenceSource::None => "none",
    }
}

fn source_from(s: &str) -> ReferenceSource {
    match s {
        "given" => ReferenceSource::Given,
        "dateline" => ReferenceSource::Dateline,
        "year" => ReferenceSource::YearInText,
        _ => ReferenceSource::None,
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

const VALUE_FIELD: u8 = 1 << 5;

/// The analysis in the form above.
pub fn encode(a: &Analysis) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + a.entities.len() * 24);
    put_str(&mut out, &date_str(a.reference_date));
    put_str(&mut out, source_str(a.reference_source));
    put_str(&mut out, &date_str(a.dateline));
    put_u32(&mut out, a.entities.len());
    for e in &a.entities {
        let kind = Kind::ALL.iter().position(|&k| k == e.kind).unwrap_or(0);
        out.push(kind as u8);
        put_u32(&mut out, e.start);
        put_u32(&mut out, e.end);
        let at = &e.attrs;
        let strings = [&at.role, &at.id, &at.unit, &at.doc_type, &at.issuer];
        let mut fields = 0u8;
        for (i, s) in strings.iter().enumerate() {
            if s.is_some() {
                fields |= 1 << i;
            }
        }
        if at.value.is_some() {
            fields |= VALUE_FIELD;
        }
        out.push(fields);
        for s in strings.into_iter().flatten() {
            put_str(&mut out, s);
        }
        match &at.value {
            None => {}
            Some(Value::String(s)) => {
                out.push(1);
                put_str(&mut out, s);
            }
            Some(Value::Number(n)) if n.is_i64() => {
                out.push(2);
                out.extend_from_slice(&n.as_i64().unwrap_or_default().to_le_bytes());
            }
            Some(Value::Number(n)) if n.is_u64() => {
                out.push(3);
                out.extend_from_slice(&n.as_u64().unwrap_or_default().to_le_bytes());
            }
            Some(Value::Number(n)) if n.is_f64() => {
                out.push(4);
                out.extend_from_slice(&n.as_f64().unwrap_or_default().to_le_bytes());
            }
            Some(v) => {
                out.push(5);
                put_str(&mut out, &v.to_string());
            }
        }
    }
    out
}

/// Reads the form from the front of a byte slice; `None` when it ends early.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.rest.len() < n {
            return None;
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<usize> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?) as usize)
    }

    fn eight(&mut self) -> Option<[u8; 8]> {
        self.take(8)?.try_into().ok()
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()?;
        std::str::from_utf8(self.take(n)?).ok()
    }

    fn value(&mut self) -> Option<Value> {
        Some(match self.u8()? {
            1 => Value::String(self.str()?.to_string()),
            2 => Value::from(i64::from_le_bytes(self.eight()?)),
            3 => Value::from(u64::from_le_bytes(self.eight()?)),
            4 => serde_json::Number::from_f64(f64::from_le_bytes(self.eight()?))
                .map_or(Value::Null, Value::Number),
            _ => serde_json::from_str(self.str()?).ok()?,
        })
    }
}

/// Reads [`encode`]'s output back, for `text` (the text that was analyzed).
/// Marks that do not fit `text` are dropped; `None` when the bytes are not
/// an answer.
pub fn decode(text: &str, wire: &[u8]) -> Option<Analysis> {
    let mut r = Reader { rest: wire };
    let reference_date = CivilDate::parse(r.str()?);
    let reference_source = source_from(r.str()?);
    let dateline = CivilDate::parse(r.str()?);
    let count = r.u32()?;
    // Each mark takes at least 10 bytes: no allocation larger than the answer warrants.
    let mut entities = Vec::with_capacity(count.min(wire.len() / 10));
    for _ in 0..count {
        let kind = Kind::ALL.get(usize::from(r.u8()?)).copied();
        let start = r.u32()?;
        let end = r.u32()?;
        let fields = r.u8()?;
        let mut string = |i: u8| -> Option<Option<Box<str>>> {
            Some(match fields & (1 << i) {
                0 => None,
                _ => Some(r.str()?.into()),
            })
        };
        let (role, id, unit, doc_type, issuer) =
            (string(0)?, string(1)?, string(2)?, string(3)?, string(4)?);
        let value = match fields & VALUE_FIELD {
            0 => None,
            _ => Some(r.value()?),
        };
        let (Some(kind), Some(slice)) = (kind, text.get(start..end)) else {
            continue;
        };
        entities.push(Entity {
            kind,
            start,
            end,
            text: slice.to_string(),
            attrs: Attrs {
                role,
                value,
                id,
                unit,
                doc_type,
                issuer,
            }
            .into(),
            source: crate::Source::Rule,
        });
    }
    Some(Analysis {
        entities,
        reference_date,
        reference_source,
        dateline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_equals_the_analysis() {
        let text = include_str!("../../www/sample.txt");
        for reference in [None, CivilDate::new(2020, 3, 15)] {
            let options = Options {
                reference_date: reference,
            };
            let direct = crate::analyze(text, &options);
            let back = decode(text, &analyze_encoded(text, reference)).unwrap();
            assert_eq!(back, direct);
            assert!(!back.entities.is_empty());
        }
    }

    #[test]
    fn every_attribute_and_value_shape_round_trips() {
        let text = "abcdefghij";
        let mark = |start, value: Option<Value>| Entity {
            kind: Kind::Figure,
            start,
            end: start + 1,
            text: text[start..start + 1].to_string(),
            attrs: Attrs {
                role: Some("Bí thư\tTỉnh ủy\n".into()),
                value,
                id: Some("P1".into()),
                unit: Some("đảng viên".into()),
                doc_type: Some("".into()),
                issuer: None,
            }
            .into(),
            source: crate::Source::Rule,
        };
        let a = Analysis {
            entities: vec![
                mark(0, None),
                mark(1, Some(Value::from("2023-11-24"))),
                mark(2, Some(Value::from(-42i64))),
                mark(3, Some(Value::from(u64::MAX))),
                mark(4, Some(Value::from(60.52))),
                mark(5, Some(Value::from(9.004e15))),
                mark(6, Some(serde_json::json!([1, "x"]))),
            ],
            reference_date: CivilDate::parse("2023-11-25"),
            reference_source: ReferenceSource::Dateline,
            dateline: CivilDate::parse("2023-11-25"),
        };
        assert_eq!(decode(text, &encode(&a)).unwrap(), a);
    }

    #[test]
    fn bad_answers_are_refused_and_bad_marks_dropped() {
        let text = "abc";
        let good = Entity {
            kind: Kind::Org,
            start: 0,
            end: 3,
            text: "abc".into(),
            attrs: Default::default(),
            source: crate::Source::Rule,
        };
        let outside = Entity {
            end: 99,
            ..good.clone()
        };
        let a = Analysis {
            entities: vec![outside, good.clone()],
            reference_date: None,
            reference_source: ReferenceSource::None,
            dateline: None,
        };
        let mut wire = encode(&a);
        assert_eq!(decode(text, &wire).unwrap().entities, vec![good]);
        // An unknown kind: that mark is dropped.
        let second = wire.len() - 10;
        wire[second] = 200;
        assert!(decode(text, &wire).unwrap().entities.is_empty());
        // Cut short, or not an answer at all.
        assert!(decode(text, &wire[..wire.len() - 1]).is_none());
        assert!(decode(text, b"").is_none());
        assert!(decode(text, b"\xff\xff\xff\xff").is_none());
    }
}
