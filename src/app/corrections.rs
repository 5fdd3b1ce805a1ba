//! Corrections of the engine's marks: removals, new marks, new types,
//! extents and attributes. Each is an [`Edit`] anchored to the text (the
//! marked words and a little context on each side), not to offsets, so that
//! it survives a re-analysis (a new reference date) and edits of the text
//! elsewhere; an edit whose words are gone is dropped. Pure: no browser.

use serde_json::{json, Value};

use crate::{Attrs, Entity, Kind, Source};

/// Context kept on each side of an anchor, in bytes (cut at a character).
pub const CONTEXT_BYTES: usize = 32;
/// Undo steps kept per article.
pub const HISTORY_LIMIT: usize = 200;

/// Where an edit applies: the words it covers, what surrounds them, and
/// where they were last seen (a byte offset, a hint only).
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub text: String,
    pub before: String,
    pub after: String,
    pub at: usize,
}

/// What an edit does at its anchor.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Removes every mark inside the anchor (it named a mark of this type).
    Remove(Kind),
    /// A mark made or changed by the user: it replaces every mark it overlaps.
    Mark { kind: Kind, attrs: Attrs },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub anchor: Anchor,
    pub change: Change,
}

/// The anchor of `text[start..end]`.
pub fn anchor_at(text: &str, start: usize, end: usize) -> Anchor {
    let mut from = start.saturating_sub(CONTEXT_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    Anchor {
        text: text[start..end].to_string(),
        before: text[from..start].to_string(),
        after: text[end..to].to_string(),
        at: start,
    }
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

/// Where `anchor` is in `text` now: its words where the most context still
/// matches, the nearest to where they were on a tie; `None` when the words
/// are gone, or appear several times with no context to tell them apart.
pub fn locate(text: &str, anchor: &Anchor) -> Option<(usize, usize)> {
    let n = anchor.text.len();
    if n == 0 {
        return None;
    }
    let score = |s: usize| {
        common_suffix(&text[..s], &anchor.before) + common_prefix(&text[s + n..], &anchor.after)
    };
    let full = anchor.before.len() + anchor.after.len();
    if text.get(anchor.at..anchor.at + n) == Some(anchor.text.as_str()) && score(anchor.at) == full
    {
        return Some((anchor.at, anchor.at + n));
    }
    let found: Vec<usize> = text.match_indices(&anchor.text).map(|(i, _)| i).collect();
    let best = found
        .iter()
        .map(|&s| (score(s), s))
        .max_by_key(|&(sc, s)| (sc, std::cmp::Reverse(s.abs_diff(anchor.at))))?;
    (best.0 > 0 || found.len() == 1 || full == 0).then_some((best.1, best.1 + n))
}

/// What [`apply`] gives: the corrected marks, the edits still anchored (with
/// anchors refreshed for this text) and those whose words are gone.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub entities: Vec<Entity>,
    pub kept: Vec<Edit>,
    pub dropped: Vec<Edit>,
}

/// Applies `edits`, in order, to the engine's marks `rule` of `text`.
pub fn apply(text: &str, rule: &[Entity], edits: &[Edit]) -> Applied {
    let mut entities = rule.to_vec();
    if edits.is_empty() {
        return Applied {
            entities,
            kept: Vec::new(),
            dropped: Vec::new(),
        };
    }
    let (mut kept, mut dropped) = (Vec::new(), Vec::new());
    for edit in edits {
        let Some((s, e)) = locate(text, &edit.anchor) else {
            dropped.push(edit.clone());
            continue;
        };
        match &edit.change {
            Change::Remove(_) => entities.retain(|m| m.start < s || m.end > e),
            Change::Mark { kind, attrs } => {
                entities.retain(|m| m.end <= s || m.start >= e);
                let at = entities.partition_point(|m| m.start < s);
                entities.insert(
                    at,
                    Entity {
                        kind: *kind,
                        start: s,
                        end: e,
                        text: text[s..e].to_string(),
                        attrs: attrs.clone().into(),
                        source: Source::User,
                    },
                );
            }
        }
        kept.push(Edit {
            anchor: anchor_at(text, s, e),
            change: edit.change.clone(),
        });
    }
    Applied {
        entities,
        kept,
        dropped,
    }
}

/// Adds `edit` to `edits`, dropping the earlier edits it makes moot (a mark
/// it overlaps, a removal inside it); a removal where the engine has no
/// mark left to remove only drops the user's marks there.
pub fn record(edits: &mut Vec<Edit>, rule: &[Entity], edit: Edit) {
    let (s, e) = (edit.anchor.at, edit.anchor.at + edit.anchor.text.len());
    let inside = |a: &Anchor| a.at >= s && a.at + a.text.len() <= e;
    let overlaps = |a: &Anchor| a.at < e && a.at + a.text.len() > s;
    match edit.change {
        Change::Mark { .. } => edits.retain(|old| match old.change {
            Change::Mark { .. } => !overlaps(&old.anchor),
            Change::Remove(_) => !inside(&old.anchor),
        }),
        Change::Remove(_) => edits.retain(|old| !inside(&old.anchor)),
    }
    let needed = match edit.change {
        Change::Mark { .. } => true,
        Change::Remove(_) => rule.iter().any(|m| m.start >= s && m.end <= e),
    };
    if needed {
        edits.push(edit);
    }
}

/// Whether `c` belongs to a word (letters, digits, combining accents).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Characters a selection's edges shed.
fn is_edge_junk(c: char) -> bool {
    c.is_whitespace() || ",.;:!?\"'()[]{}“”‘’«»…–—-".contains(c)
}

/// A selection `start..end` (bytes) grown to whole words and stripped of
/// spaces and punctuation at its edges; `None` when nothing is left.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut s, mut e) = (start.min(text.len()), end.min(text.len()));
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    while let Some(c) = text[s..e].chars().next().filter(|&c| is_edge_junk(c)) {
        s += c.len_utf8();
    }
    while let Some(c) = text[s..e].chars().next_back().filter(|&c| is_edge_junk(c)) {
        e -= c.len_utf8();
    }
    if s >= e {
        return None;
    }
    while let Some(c) = text[..s].chars().next_back().filter(|&c| is_word_char(c)) {
        s -= c.len_utf8();
    }
    while let Some(c) = text[e..].chars().next().filter(|&c| is_word_char(c)) {
        e += c.len_utf8();
    }
    Some((s, e))
}

/// The end of the next word after `pos`, or the start of the word before it.
pub fn next_word_boundary(text: &str, pos: usize, forward: bool) -> usize {
    let mut p = pos;
    if forward {
        let rest = |p: usize| text[p..].chars().next();
        while let Some(c) = rest(p).filter(|&c| !is_word_char(c)) {
            p += c.len_utf8();
        }
        while let Some(c) = rest(p).filter(|&c| is_word_char(c)) {
            p += c.len_utf8();
        }
    } else {
        let prev = |p: usize| text[..p].chars().next_back();
        while let Some(c) = prev(p).filter(|&c| !is_word_char(c)) {
            p -= c.len_utf8();
        }
        while let Some(c) = prev(p).filter(|&c| is_word_char(c)) {
            p -= c.len_utf8();
        }
    }
    p
}

/// A mark's extent moved by one word: its end (`start_edge` false) or its
/// start, outwards (`grow`) or inwards; `None` when it would vanish.
pub fn resize_by_word(
    text: &str,
    (s, e): (usize, usize),
    start_edge: bool,
    grow: bool,
) -> Option<(usize, usize)> {
    let (s2, e2) = match (start_edge, grow) {
        (false, true) => (s, next_word_boundary(text, e, true)),
        (false, false) => {
            // Back over the last word, then to the end of the one before.
            let word_start = next_word_boundary(text, e, false);
            let mut p = word_start;
            while let Some(c) = text[..p].chars().next_back().filter(|&c| !is_word_char(c)) {
                p -= c.len_utf8();
            }
            (s, p)
        }
        (true, true) => (next_word_boundary(text, s, false), e),
        (true, false) => {
            let mut p = next_word_boundary(text, s, true);
            while let Some(c) = text[p..].chars().next().filter(|&c| !is_word_char(c)) {
                p += c.len_utf8();
            }
            (p, e)
        }
    };
    (s2 < e2 && (s2, e2) != (s, e)).then_some((s2, e2))
}

/// Undo and redo of a value (an article's edits): snapshots, newest last.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
}

impl<T> History<T> {
    /// Remembers `before`, the value a change is about to replace.
    pub fn push(&mut self, before: T) {
        self.undo.push(before);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The value before the last change; `current` becomes redoable.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let back = self.undo.pop()?;
        self.redo.push(current);
        Some(back)
    }

    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Byte offset → code points, and back (stored edits count code points,
/// like the JSON contract).
fn to_chars(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.chars().count())
}

fn to_byte(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

impl Edit {
    /// The stored form: `{"text","before","after","at" (code points), "remove"|"mark"}`.
    pub fn to_json(&self, text: &str) -> Value {
        let a = &self.anchor;
        let mut v = json!({
            "text": a.text, "before": a.before, "after": a.after, "at": to_chars(text, a.at),
        });
        match &self.change {
            Change::Remove(kind) => v["remove"] = json!(kind),
            Change::Mark { kind, attrs } => {
                v["mark"] = json!(kind);
                v["attrs"] = serde_json::to_value(attrs).unwrap_or_default();
            }
        }
        v
    }

    pub fn from_json(v: &Value, text: &str) -> Option<Edit> {
        let s = |k: &str| v[k].as_str().map(str::to_string);
        let anchor = Anchor {
            text: s("text").filter(|t| !t.is_empty())?,
            before: s("before").unwrap_or_default(),
            after: s("after").unwrap_or_default(),
            at: to_byte(text, v["at"].as_u64().unwrap_or(0) as usize),
        };
        let kind = |k: &str| v[k].as_str().and_then(Kind::parse);
        let change = match (kind("remove"), kind("mark")) {
            (Some(k), _) => Change::Remove(k),
            (None, Some(k)) => Change::Mark {
                kind: k,
                attrs: serde_json::from_value(v["attrs"].clone()).unwrap_or_default(),
            },
            _ => return None,
        };
        Some(Edit { anchor, change })
    }
}

#[cfg(test)]
#[path = "corrections_tests.rs"]
mod tests;
