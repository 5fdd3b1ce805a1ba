//! Pure views of an analysis: text segments, normalized details and the
//! summary tables. Nothing here touches the browser.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::{Analysis, Entity, Kind, Options};

use super::i18n::Lang;

/// A text and its analysis. Two docs are equal when they come from the same
/// analysis run, so components skip re-rendering cheaply.
#[derive(Debug, Clone)]
pub struct Doc {
    generation: u64,
    pub text: String,
    pub analysis: Analysis,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Doc) -> bool {
        self.generation == other.generation
    }
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

impl Doc {
    pub fn analyze(text: &str, options: &Options) -> Doc {
        Doc {
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            text: text.to_string(),
            analysis: super::sample::analyze(text, options),
        }
    }

    /// Which analysis run this is (new for every run).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A doc for an analysis made elsewhere (the worker).
    pub fn new(text: String, analysis: Analysis) -> Doc {
        Doc {
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            text,
            analysis,
        }
    }

    /// How many marks of each type, in [`Kind::ALL`] order.
    pub fn counts(&self) -> [usize; 6] {
        let mut counts = [0; 6];
        for e in &self.analysis.entities {
            counts[kind_index(e.kind)] += 1;
        }
        counts
    }
}

pub fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// A piece of the reading view.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment<'a> {
    Text(&'a str),
    Mark(usize, &'a Entity),
}

/// The text cut into plain runs and marks (entities are sorted and disjoint;
/// anything out of order or out of bounds is left as plain text).
pub fn segments<'a>(text: &'a str, entities: &'a [Entity]) -> Vec<Segment<'a>> {
    segments_in(
        text,
        entities,
        &Block {
            from: 0,
            to: text.len(),
            first: 0,
            last: entities.len(),
        },
    )
}

/// A stretch of the text that ends at a line break (or the end) and cuts no
/// mark: the reading view renders a huge text block by block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the text.
    pub from: usize,
    pub to: usize,
    /// The marks that start in it: `entities[first..last]`.
    pub first: usize,
    pub last: usize,
}

/// The text cut into blocks of about `size` bytes, each ending after a line
/// break outside every mark.
pub fn blocks(text: &str, entities: &[Entity], size: usize) -> Vec<Block> {
    let mut out = Vec::new();
    let (mut from, mut first) = (0, 0);
    while from < text.len() {
        let mut to = from + size;
        let mut last = first;
        loop {
            if to >= text.len() {
                to = text.len();
            } else {
                to = text.as_bytes()[to..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(text.len(), |i| to + i + 1);
            }
            while last < entities.len() && entities[last].start < to {
                last += 1;
            }
            // A mark that runs past the cut moves it on.
            match entities[first..last].iter().map(|e| e.end).max() {
                Some(end) if end > to && to < text.len() => to = end,
                _ => break,
            }
        }
        out.push(Block {
            from,
            to,
            first,
            last,
        });
        from = to;
        first = last;
    }
    out
}

/// [`segments`] of one block; marks keep their index in the whole list.
pub fn segments_in<'a>(text: &'a str, entities: &'a [Entity], block: &Block) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity((block.last - block.first) * 2 + 1);
    let mut pos = block.from;
    let text = &text[..block.to];
    for (i, e) in entities
        .iter()
        .enumerate()
        .take(block.last)
        .skip(block.first)
    {
        let ok = e.start >= pos
            && e.end > e.start
            && e.end <= text.len()
            && text.is_char_boundary(e.start)
            && text.is_char_boundary(e.end);
        if !ok {
            continue;
        }
        if e.start > pos {
            out.push(Segment::Text(&text[pos..e.start]));
        }
        out.push(Segment::Mark(i, e));
        pos = e.end;
    }
    if pos < block.to {
        out.push(Segment::Text(&text[pos..]));
    }
    out
}

/// A normalized fact worth showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Role,
    Value,
    Id,
    Unit,
    DocType,
    Issuer,
}

impl Field {
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.texts();
        match self {
            Field::Role => t.role,
            Field::Value => t.value,
            Field::Id => t.id,
            Field::Unit => t.unit,
            Field::DocType => t.doc_type,
            Field::Issuer => t.issuer,
        }
    }
}

/// A JSON value as a reader wants it: strings unquoted.
pub fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The normalized facts of a mark, in reading order.
pub fn details(e: &Entity) -> Vec<(Field, String)> {
    let a = &e.attrs;
    let mut out = Vec::new();
    if let Some(r) = &a.role {
        out.push((Field::Role, r.to_string()));
    }
    if let Some(v) = &a.value {
        out.push((Field::Value, value_text(v)));
    }
    if let Some(u) = &a.unit {
        out.push((Field::Unit, u.to_string()));
    }
    if e.kind == Kind::Regulation {
        if let Some(id) = &a.id {
            out.push((Field::Id, id.to_string()));
        }
    }
    if let Some(t) = &a.doc_type {
        out.push((Field::DocType, t.to_string()));
    }
    if let Some(i) = &a.issuer {
        out.push((Field::Issuer, i.to_string()));
    }
    out
}

/// One line that says what a mark means: "2023-12-29", "15527 lượt xem".
pub fn summary_line(e: &Entity) -> String {
    let a = &e.attrs;
    match e.kind {
        Kind::Figure => {
            let v = a.value.as_ref().map(value_text);
            match (v, &a.unit) {
                (Some(v), Some(u)) => format!("{v} {u}"),
                (Some(v), None) => v,
                (None, Some(u)) => u.to_string(),
                (None, None) => String::new(),
            }
        }
        Kind::Regulation => {
            let parts: Vec<&str> = [&a.doc_type, &a.id, &a.issuer]
                .into_iter()
                .filter_map(|p| p.as_deref())
                .collect();
            parts.join(" · ")
        }
        _ => details(e)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// The accessible name of a mark: "người: Nguyễn Văn A — Bí thư".
pub fn aria_label(e: &Entity, lang: Lang) -> String {
    let line = summary_line(e);
    if line.is_empty() {
        format!("{}: {}", lang.kind_name(e.kind), e.text)
    } else {
        format!("{}: {} — {}", lang.kind_name(e.kind), e.text, line)
    }
}

/// The byte offset in `text` of UTF-16 offset `units` (what JavaScript
/// counts), on a character boundary.
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// A value typed in the details panel: a number when it reads as one
/// ("2024", "60.52"), else the text ("16/18", "2023-11-24"); empty: none.
pub fn typed_value(s: &str) -> Option<serde_json::Value> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    Some(match s.parse::<f64>() {
        Ok(n) if n.is_finite() && n.fract() == 0.0 && n.abs() < 9.0e15 => (n as i64).into(),
        Ok(n) if n.is_finite() => n.into(),
        _ => s.into(),
    })
}

/// The sentence around `start..end` in `text` (at most ~240 bytes each side).
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let is_stop = |s: &str, i: usize| {
        let b = s.as_bytes()[i];
        b == b'\n'
            || (matches!(b, b'.' | b'!' | b'?' | b';')
                && s.as_bytes()
                    .get(i + 1)
                    .is_none_or(|n| n.is_ascii_whitespace()))
    };
    let mut from = start;
    let limit_back = start.saturating_sub(240);
    while from > limit_back && !is_stop(text, from - 1) {
        from -= 1;
    }
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = end;
    let limit_fwd = (end + 240).min(text.len());
    while to < limit_fwd && !is_stop(text, to) {
        to += 1;
    }
    if to < text.len() && text.as_bytes()[to] != b'\n' {
        to += 1; // keep the full stop
    }
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text[from..to].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(kind: Kind, text: &str, hay: &str) -> Entity {
        let start = hay.find(text).unwrap();
        Entity {
            kind,
            start,
            end: start + text.len(),
            text: text.to_string(),
            attrs: Default::default(),
            source: crate::Source::Rule,
        }
    }

    #[test]
    fn segments_cover_the_text() {
        let text = "Ông Nguyễn Văn A đến Hà Nội.";
        let ents = vec![
            ent(Kind::Person, "Nguyễn Văn A", text),
            ent(Kind::Place, "Hà Nội", text),
        ];
        let segs = segments(text, &ents);
        let joined: String = segs
            .iter()
            .map(|s| match s {
                Segment::Text(t) => t.to_string(),
                Segment::Mark(_, e) => e.text.clone(),
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(segs.len(), 5);
    }

    #[test]
    fn blocks_cover_the_text_and_cut_no_mark() {
        let text = include_str!("../../www/sample.txt");
        let a = crate::analyze(text, &Options::default());
        for size in [1, 100, 1000, 1 << 20] {
            let bs = blocks(text, &a.entities, size);
            let mut joined = String::new();
            let mut marks = 0;
            for (k, b) in bs.iter().enumerate() {
                assert!(k == 0 || b.from == bs[k - 1].to);
                for seg in segments_in(text, &a.entities, b) {
                    match seg {
                        Segment::Text(t) => joined.push_str(t),
                        Segment::Mark(i, e) => {
                            assert_eq!(i, marks);
                            marks += 1;
                            joined.push_str(&e.text)
                        }
                    }
                }
            }
            assert_eq!(joined, text, "size {size}");
            assert_eq!(marks, a.entities.len());
        }
    }

    #[test]
    fn offsets_and_typed_values() {
        let t = "Hà 😀 Nội";
        assert_eq!(utf16_to_byte(t, 3), "Hà ".len());
        assert_eq!(utf16_to_byte(t, 5), "Hà 😀".len());
        assert_eq!(utf16_to_byte(t, 99), t.len());
        assert_eq!(typed_value(" 2024 "), Some(2024.into()));
        assert_eq!(typed_value("60.52"), Some(60.52.into()));
        assert_eq!(typed_value("16/18"), Some("16/18".into()));
        assert_eq!(typed_value("  "), None);
    }

    #[test]
    fn sentence_is_found() {
        let text = "Câu một. Năm 2023 có 15.527 đảng viên mới. Câu ba.";
        let s = text.find("15.527").unwrap();
        assert_eq!(
            sentence_around(text, s, s + 6),
            "Năm 2023 có 15.527 đảng viên mới."
        );
    }
}
