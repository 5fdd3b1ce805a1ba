//! How an analysis crosses from the Web Worker (`www/worker.js`, which runs
//! the same wasm) to the page: a compact text form, one line per mark, cheap
//! to write and to read back. Huge texts are analyzed off the main thread so
//! the page never freezes; small ones are analyzed in place.

use crate::{Analysis, Attrs, CivilDate, Entity, Kind, Options, ReferenceSource};

/// Texts longer than this (bytes) are analyzed in the worker.
pub const WORKER_MIN_BYTES: usize = 64 * 1024;

/// Analyzes `text` (with `reference`, "" for none: an ISO date) and encodes the result.
pub fn analyze_encoded(text: &str, reference: &str) -> String {
    let options = Options {
        reference_date: CivilDate::parse(reference),
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

/// Line 1: `reference\tsource\tdateline`; then `KIND\tstart\tend\tattrs-json` per mark.
pub fn encode(a: &Analysis) -> String {
    let mut out = String::with_capacity(64 + a.entities.len() * 32);
    out.push_str(&date_str(a.reference_date));
    out.push('\t');
    out.push_str(source_str(a.reference_source));
    out.push('\t');
    out.push_str(&date_str(a.dateline));
    for e in &a.entities {
        out.push('\n');
        out.push_str(e.kind.as_str());
        out.push('\t');
        out.push_str(&e.start.to_string());
        out.push('\t');
        out.push_str(&e.end.to_string());
        out.push('\t');
        // JSON escapes tabs and line breaks inside strings.
        out.push_str(&serde_json::to_string(&e.attrs).unwrap_or_else(|_| "{}".into()));
    }
    out
}

fn attrs_from(json: &str) -> Attrs {
    if json == "{}" {
        return Attrs::default();
    }
    let Ok(serde_json::Value::Object(mut m)) = serde_json::from_str(json) else {
        return Attrs::default();
    };
    let mut s = |k: &str| match m.remove(k) {
        Some(serde_json::Value::String(v)) => Some(v),
        _ => None,
    };
    let role = s("role");
    let id = s("id");
    let unit = s("unit");
    let doc_type = s("doc_type");
    let issuer = s("issuer");
    Attrs {
        role,
        value: m.remove("value"),
        id,
        unit,
        doc_type,
        issuer,
    }
}

/// Reads [`encode`]'s output back, for `text` (the text that was analyzed).
/// Marks that do not fit `text` are dropped.
pub fn decode(text: &str, wire: &str) -> Option<Analysis> {
    let mut lines = wire.split('\n');
    let mut head = lines.next()?.split('\t');
    let reference_date = CivilDate::parse(head.next()?);
    let reference_source = match head.next()? {
        "given" => ReferenceSource::Given,
        "dateline" => ReferenceSource::Dateline,
        "year" => ReferenceSource::YearInText,
        _ => ReferenceSource::None,
    };
    let dateline = CivilDate::parse(head.next()?);
    let mut entities = Vec::new();
    for line in lines {
        let mut f = line.splitn(4, '\t');
        let (Some(kind), Some(start), Some(end), Some(attrs)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let (Some(kind), Ok(start), Ok(end)) = (
            Kind::parse(kind),
            start.parse::<usize>(),
            end.parse::<usize>(),
        ) else {
            continue;
        };
        let Some(slice) = text.get(start..end) else {
            continue;
        };
        entities.push(Entity {
            kind,
            start,
            end,
            text: slice.to_string(),
            attrs: attrs_from(attrs),
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
        for reference in ["", "2020-03-15"] {
            let options = Options {
                reference_date: CivilDate::parse(reference),
            };
            let direct = crate::analyze(text, &options);
            let back = decode(text, &analyze_encoded(text, reference)).unwrap();
            assert_eq!(back, direct);
            assert!(!back.entities.is_empty());
        }
    }

    #[test]
    fn bad_lines_are_dropped() {
        let a = decode(
            "abc",
            "-\tnone\t-\nDATE\t0\t99\t{}\nXX\t0\t1\t{}\nORG\t0\t3\t{}",
        )
        .unwrap();
        assert_eq!(a.entities.len(), 1);
        assert_eq!(a.entities[0].text, "abc");
    }
}
