//! The text the rules see, and the way back to the text the user gave.
//!
//! Rules match against one canonical form: NFC, with the "new" tone-mark
//! placement ("hóa", "thủy", "Ủy"), so that an NFD copy of an article and the
//! "hoá"/"uỷ" spelling give the same marks. Every byte of the canonical text
//! maps back to a byte of the input as given; offsets are converted to code
//! points (the JSON contract) or UTF-16 units (JavaScript) only at the edges.

use std::cell::Cell;

use crate::unorm::UnicodeNormalization;

mod chars;
mod offsets;

pub use chars::is_plain_nfc;
use chars::*;
pub use offsets::OffsetConverter;

/// Where the canonical text differs from the text it came from: sorted,
/// non-overlapping replaced ranges. Bytes outside them map by a shift, bytes
/// inside map to the start of their range. Sparse, because real text needs
/// few edits (a memory of a few bytes per edit, not four per byte).
#[derive(Debug, Clone, Default)]
struct EditMap {
    /// (canonical start, canonical end, source start, source end)
    edits: Vec<(u32, u32, u32, u32)>,
    /// The index the last look-up found: marks are mapped in text order, so
    /// the next one is most often a few edits away (a search costs more).
    last: Cell<usize>,
}

impl EditMap {
    fn push(&mut self, canon: (usize, usize), source: (usize, usize)) {
        self.edits.push((
            canon.0 as u32,
            canon.1 as u32,
            source.0 as u32,
            source.1 as u32,
        ));
    }

    /// How many edits start at or before `pos`: stepped to from the last
    /// answer when it is near, searched for otherwise.
    fn edits_up_to(&self, pos: u32) -> usize {
        const NEAR: usize = 8;
        let edits = &self.edits;
        let mut i = self.last.get().min(edits.len());
        let mut steps = 0;
        while i < edits.len() && edits[i].0 <= pos && steps < NEAR {
            i += 1;
            steps += 1;
        }
        while i > 0 && edits[i - 1].0 > pos && steps < NEAR {
            i -= 1;
            steps += 1;
        }
        let settled = (i == edits.len() || edits[i].0 > pos) && (i == 0 || edits[i - 1].0 <= pos);
        if !settled {
            i = edits.partition_point(|e| e.0 <= pos);
        }
        self.last.set(i);
        i
    }

    /// Where `pos` lands in the source. A position inside a replaced range
    /// goes to the range's start for a span start, to its end for a span end,
    /// so a span never splits a letter from its marks; after a dropped
    /// character (an empty canonical range) it lands after that character.
    fn map(&self, pos: usize, side: Side) -> usize {
        let pos = pos as u32;
        let i = self.edits_up_to(pos);
        if i == 0 {
            return pos as usize;
        }
        let (cs, ce, ss, se) = self.edits[i - 1];
        let mapped = if pos >= ce {
            se + (pos - ce)
        } else if pos == cs || side == Side::Start {
            ss
        } else {
            se
        };
        mapped as usize
    }
}

/// Which edge of a span a position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Start,
    End,
}

/// The canonical text and the way back to the input.
#[derive(Debug, Clone)]
pub struct Canonical {
    pub text: String,
    /// Input → NFC with folded spaces.
    composed: EditMap,
    /// NFC → new tone placement.
    retoned: EditMap,
}

const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

impl Canonical {
    pub fn new(input: &str) -> Canonical {
        let (compose, retone) = needs(input);
        let mut canon = if compose {
            Canonical::composed(input)
        } else {
            Canonical {
                text: input.to_string(),
                composed: EditMap::default(),
                retoned: EditMap::default(),
            }
        };
        if retone || compose {
            canon.move_tone_marks();
        }
        canon
    }

    /// NFC per cluster (a base and its combining marks), spaces folded,
    /// invisible characters dropped.
    fn composed(input: &str) -> Canonical {
        let mut text = String::with_capacity(input.len());
        let mut map = EditMap::default();
        let bytes = input.as_bytes();
        // Unchanged stretches are copied whole, up to the next edit; only
        // non-ASCII characters are decoded.
        let mut copied = 0;
        let mut prev_start: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                i = ascii_run_end(bytes, i);
                prev_start = Some(i - 1);
                continue;
            }
            if let Some(len) = plain_letter_len(bytes, i) {
                prev_start = Some(i);
                i += len;
                continue;
            }
            let c = input[i..].chars().next().unwrap_or('\0');
            let space = canonical_at(input, i, c);
            if space.is_none() && !is_mark(c) {
                prev_start = Some(i);
                i += c.len_utf8();
                continue;
            }
            // A cluster: the base before the mark (unless already edited) and every mark after it.
            let start = match (space, prev_start) {
                (None, Some(p)) if p >= copied => p,
                _ => i,
            };
            let mut end = i + c.len_utf8();
            if space.is_none() {
                for next in input[end..].chars() {
                    if !is_mark(next) {
                        break;
                    }
                    end += next.len_utf8();
                }
            }
            text.push_str(&input[copied..start]);
            copied = end;
            let at = text.len();
            match space {
                // Non-breaking and typographic spaces read as a plain space;
                // zero-width characters and soft hyphens read as nothing.
                Some(Some(sp)) => text.push(sp),
                Some(None) => {}
                None => text.extend(input[start..end].nfc()),
            }
            if text[at..] != input[start..end] {
                map.push((at, text.len()), (start, end));
            }
            prev_start = None;
            i = end;
        }
        text.push_str(&input[copied..]);
        Canonical {
            text,
            composed: map,
            retoned: EditMap::default(),
        }
    }

    /// Whether the canonical text is the input itself, byte for byte.
    pub fn is_identity(&self) -> bool {
        self.composed.edits.is_empty() && self.retoned.edits.is_empty()
    }

    /// Byte offset in the input for a byte offset in the canonical text.
    pub fn to_input(&self, canonical_byte: usize) -> usize {
        self.composed
            .map(self.retoned.map(canonical_byte, Side::Start), Side::Start)
    }

    /// Input byte offset for the end of a span ending at `canonical_end`:
    /// characters the canonical text dropped (zero-width, soft hyphen) right
    /// before the next character stay outside the span.
    pub fn to_input_end(&self, input: &str, canonical_end: usize) -> usize {
        let mut end = self
            .composed
            .map(self.retoned.map(canonical_end, Side::End), Side::End);
        let dropped = |c: char| matches!(canonical_space(c), Some(None));
        // Where the span's last character starts bounds the walk back; it is
        // looked up only when a dropped character does end the span (rare).
        if input[..end].chars().next_back().is_some_and(dropped) {
            let floor = if canonical_end > 0 {
                self.to_input(canonical_end - 1)
            } else {
                0
            };
            while end > floor {
                match input[..end].chars().next_back() {
                    Some(c) if dropped(c) => end -= c.len_utf8(),
                    _ => break,
                }
            }
        }
        // Marks that did not compose ("0\u{300}") stay with their letter.
        for c in input[end..].chars() {
            if !is_mark(c) {
                break;
            }
            end += c.len_utf8();
        }
        end
    }

    /// Old-style placement puts the tone on the second vowel of an open
    /// "oa", "oe", "uy" ("hoá", "khoẻ", "thuỷ"); the lexicons use the new style
    /// ("hóa", "khỏe", "thủy"). Each swapped pair is one edit.
    fn move_tone_marks(&mut self) {
        let text = &self.text;
        let bytes = text.as_bytes();
        let mut out = String::new();
        let mut map = EditMap::default();
        let mut copied = 0;
        // Only an ASCII o/O/u/U followed by a non-ASCII byte can start a pair.
        let mut from = 0;
        while let Some(i) = next_o_u_before_non_ascii(bytes, from) {
            from = i + 1;
            if i < copied {
                continue;
            }
            let c = bytes[i] as char;
            let Some(c2) = text[i + 1..].chars().next() else {
                continue;
            };
            let end2 = i + 1 + c2.len_utf8();
            let before = text[..i].chars().next_back();
            let after = text[end2..].chars().next();
            if let Some(swapped) = old_style_pair(before, c, c2, after) {
                if out.is_empty() {
                    out.reserve(text.len());
                }
                out.push_str(&text[copied..i]);
                copied = end2;
                let at = out.len();
                out.extend(swapped);
                map.push((at, out.len()), (i, end2));
            }
        }
        if map.edits.is_empty() {
            return;
        }
        out.push_str(&text[copied..]);
        self.text = out;
        self.retoned = map;
    }
}

#[cfg(test)]
mod tests;
