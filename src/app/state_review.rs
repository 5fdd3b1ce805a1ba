//! The reducer's corrections of marks: remove, retype, resize, new marks
//! from a selection, attributes; undo and redo. Each correction is recorded
//! as an anchored edit ([`super::corrections`]) in the shown article.

use std::rc::Rc;

use crate::{Attrs, Kind};

use super::corrections::{self, anchor_at, Change, Edit};
use super::state::{AppState, TextSelection};

/// A correction asked for in the reading view or the details panel; marks
/// are indices into the shown (corrected) marks.
#[derive(Debug, Clone, PartialEq)]
pub enum Correction {
    Remove(usize),
    Retype(usize, Kind),
    SetAttrs(usize, Attrs),
    /// Move one edge of a mark by a word: its start (`start_edge`) or end,
    /// outwards (`grow`) or inwards.
    Resize {
        mark: usize,
        start_edge: bool,
        grow: bool,
    },
    /// Mark the selected text (whole words) as `kind`, replacing the marks
    /// it overlaps: a new mark, or a new extent for one.
    MarkSelection(Kind),
}

/// The attributes a mark keeps when its type changes to `kind`.
fn attrs_for(kind: Kind, old_kind: Kind, old: &Attrs) -> Attrs {
    if kind == old_kind {
        old.clone()
    } else {
        Attrs::default()
    }
}

impl AppState {
    /// Applies `c`; false when it changes nothing (or the text is not analyzed yet).
    pub(super) fn correct(&mut self, c: Correction) -> bool {
        if self.stale() {
            return false;
        }
        let doc = self.doc.clone();
        let (text, marks) = (doc.text.as_str(), &doc.analysis.entities);
        let mark_edit = |s: usize, e: usize, kind: Kind, attrs: Attrs| Edit {
            anchor: anchor_at(text, s, e),
            change: Change::Mark { kind, attrs },
        };
        let removed_at = match c {
            Correction::Remove(i) => Some(i),
            _ => None,
        };
        let (edit, focus) = match c {
            Correction::Remove(i) => {
                let Some(m) = marks.get(i) else {
                    return false;
                };
                let edit = Edit {
                    anchor: anchor_at(text, m.start, m.end),
                    change: Change::Remove(m.kind),
                };
                (edit, None)
            }
            Correction::Retype(i, kind) => {
                let Some(m) = marks.get(i).filter(|m| m.kind != kind) else {
                    return false;
                };
                let attrs = attrs_for(kind, m.kind, &m.attrs);
                (mark_edit(m.start, m.end, kind, attrs), Some(m.start))
            }
            Correction::SetAttrs(i, attrs) => {
                let Some(m) = marks.get(i).filter(|m| *m.attrs != attrs) else {
                    return false;
                };
                (mark_edit(m.start, m.end, m.kind, attrs), Some(m.start))
            }
            Correction::Resize {
                mark,
                start_edge,
                grow,
            } => {
                let Some(m) = marks.get(mark) else {
                    return false;
                };
                let span = (m.start, m.end);
                let Some((s, e)) = corrections::resize_by_word(text, span, start_edge, grow) else {
                    return false;
                };
                (mark_edit(s, e, m.kind, (*m.attrs).clone()), Some(s))
            }
            Correction::MarkSelection(kind) => {
                let Some(TextSelection { start, end, .. }) = self.selection else {
                    return false;
                };
                // Over a mark of the same extent: a retype that keeps what fits.
                let attrs = marks
                    .iter()
                    .find(|m| (m.start, m.end) == (start, end))
                    .map(|m| attrs_for(kind, m.kind, &m.attrs))
                    .unwrap_or_default();
                (mark_edit(start, end, kind, attrs), Some(start))
            }
        };
        let rule = self.rule_analysis();
        let article = self.article_mut();
        let before = article.edits.clone();
        corrections::record(&mut article.edits, &rule.entities, edit);
        if article.edits == before {
            return false;
        }
        Rc::make_mut(&mut article.history).push(before);
        article.rev += 1;
        self.selection = None;
        self.apply_edits();
        // Keep the keyboard where it was: on the changed mark, or the one
        // that took the removed mark's place.
        let count = self.doc.analysis.entities.len();
        let target = match (focus, removed_at) {
            (Some(start), _) => self
                .doc
                .analysis
                .entities
                .iter()
                .position(|m| m.start == start),
            (None, Some(i)) if count > 0 => Some(i.min(count - 1)),
            _ => None,
        };
        self.selected = target;
        let n = self.focus.map_or(1, |f| f.1 + 1);
        self.focus = target.map(|i| (i, n));
        true
    }

    /// Undo (`redo` false) or redo the last correction of the shown article.
    pub(super) fn undo_correction(&mut self, redo: bool) -> bool {
        if self.stale() {
            return false;
        }
        let article = self.article_mut();
        let current = article.edits.clone();
        let back = if redo {
            Rc::make_mut(&mut article.history).redo(current)
        } else {
            Rc::make_mut(&mut article.history).undo(current)
        };
        let Some(edits) = back else {
            return false;
        };
        article.edits = edits;
        article.rev += 1;
        self.selected = None;
        self.apply_edits();
        true
    }

    /// Keeps the selection, grown to whole words (offsets in bytes of the shown text).
    pub(super) fn select_text(&mut self, sel: Option<TextSelection>) -> bool {
        let snapped = sel.and_then(|s| {
            let (start, end) = corrections::snap_to_words(&self.doc.text, s.start, s.end)?;
            Some(TextSelection { start, end, ..s })
        });
        if snapped == self.selection || self.stale() && snapped.is_some() {
            return false;
        }
        self.selection = snapped;
        true
    }
}
