//! The text the rules see, and the way back to the text the user gave.
//!
//! Rules match against one canonical form: NFC, with the "new" tone-mark
//! placement ("hóa", "thủy", "Ủy"), so that an NFD copy of an article and the
//! "hoá"/"uỷ" spelling give the same marks. Every byte of the canonical text
//! maps back to a byte of the input as given; offsets are converted to code
//! points (the JSON contract) or UTF-16 units (JavaScript) only at the edges.

use std::cell::Cell;

use crate::unorm::char::{compose, decompose_canonical, is_combining_mark};
use crate::unorm::UnicodeNormalization;

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

/// The first position from `i` of an ASCII o, O, u or U followed by a byte
/// that is not ASCII (where an old-style "oá", "uỷ" can start), read eight
/// positions at a time.
fn next_o_u_before_non_ascii(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `v` that may be zero: every zero byte is
    // flagged (a byte above a zero one may be too: `exact` sorts that out).
    let zero_bytes = |v: u64| v.wrapping_sub(ONES) & !v & HIGH_BITS;
    let exact = |p: usize| matches!(bytes[p], b'o' | b'O' | b'u' | b'U') && bytes[p + 1] >= 0x80;
    while let Some(chunk) = bytes.get(i..i + 9) {
        let word = u64::from_le_bytes(chunk[..8].try_into().expect("eight bytes"));
        let next = u64::from_le_bytes(chunk[1..].try_into().expect("eight bytes"));
        // "O" and "U" read as "o" and "u" with the 0x20 bit set; no other byte does.
        let folded = word | (0x20 * ONES);
        let o_or_u = zero_bytes(folded ^ (u64::from(b'o') * ONES))
            | zero_bytes(folded ^ (u64::from(b'u') * ONES));
        let mut found = o_or_u & next & HIGH_BITS;
        while found != 0 {
            let p = i + found.trailing_zeros() as usize / 8;
            if exact(p) {
                return Some(p);
            }
            found &= found - 1;
        }
        i += 8;
    }
    (i..bytes.len().saturating_sub(1)).find(|&p| exact(p))
}

/// The end of the run of ASCII bytes at `i` (the first byte from `i` that is
/// not ASCII, or the length). Read eight bytes at a time: the passes over the
/// whole text spend most of their time on ASCII stretches.
#[inline]
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let high = word & HIGH_BITS;
        if high != 0 {
            // Little-endian: the lowest set bit is the first such byte.
            return i + high.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 {
        i += 1;
    }
    i
}

/// Whether `s` is made of ASCII and [`plain_letter_len`] letters only, so
/// NFC leaves it as it is (no mark to compose, nothing to decompose): most
/// names are, and need no normalization pass.
pub fn is_plain_nfc(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        i += match bytes[i] {
            b if b < 0x80 => 1,
            _ => match plain_letter_len(bytes, i) {
                Some(len) => len,
                None => return false,
            },
        };
    }
    true
}

/// The length of the character starting at byte `i` of valid UTF-8 when its
/// lead bytes alone show it is a letter of the Latin blocks Vietnamese is
/// written in (U+00C0–U+01BF but the eths, U+1E80–U+1EFF): no combining mark,
/// nothing to fold, so it needs no decoding. Most non-ASCII characters of a
/// Vietnamese text are such letters.
#[inline]
fn plain_letter_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes[i] {
        0xC4..=0xC6 => Some(2),
        // U+00C0–U+00FF but Ð (C3 90) and ð (C3 B0), read as Đ and đ.
        0xC3 if !matches!(bytes.get(i + 1), Some(0x90 | 0xB0)) => Some(2),
        0xE1 if matches!(bytes.get(i + 1), Some(0xBA | 0xBB)) => Some(3),
        _ => None,
    }
}

/// A character NFC may join to the one before it: a combining mark, or a
/// Hangul vowel or final consonant jamo (NFC writes "\u{1100}\u{1170}\u{11be}"
/// as "궻"; they are letters, not marks, yet the canonical text must be the
/// same whichever form came in). The blocks Vietnamese text lives in are
/// ruled out by range before the table look-up.
#[inline]
fn is_mark(c: char) -> bool {
    match c {
        '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' => false,
        '\u{1160}'..='\u{11ff}' | '\u{d7b0}'..='\u{d7ff}' => true,
        _ => is_combining_mark(c),
    }
}

/// What the input needs, in one pass: composing (combining marks, odd
/// spaces) and re-toning (an old-style "oá", "uỷ"). ASCII is skipped fast.
fn needs(input: &str) -> (bool, bool) {
    let (mut compose, mut retone) = (false, false);
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i = ascii_run_end(bytes, i);
            continue;
        }
        let after_o_u = i > 0 && matches!(bytes[i - 1], b'o' | b'O' | b'u' | b'U');
        if let Some(len) = plain_letter_len(bytes, i).filter(|_| !after_o_u) {
            i += len;
            continue;
        }
        let c = input[i..].chars().next().unwrap_or('\0');
        if is_mark(c) || canonical_at(input, i, c).is_some() {
            compose = true;
        } else if after_o_u && is_toned_a_e_y(c) {
            retone = true;
        }
        if compose && retone {
            break;
        }
        i += c.len_utf8();
    }
    (compose, retone)
}

/// Plain a, e, y with a tone mark: the second vowel of an old-style "oá", "oẻ", "uỷ".
#[inline]
fn is_toned_a_e_y(c: char) -> bool {
    matches!(
        c,
        'á' | 'à'
            | 'ả'
            | 'ã'
            | 'ạ'
            | 'é'
            | 'è'
            | 'ẻ'
            | 'ẽ'
            | 'ẹ'
            | 'ý'
            | 'ỳ'
            | 'ỷ'
            | 'ỹ'
            | 'ỵ'
            | 'Á'
            | 'À'
            | 'Ả'
            | 'Ã'
            | 'Ạ'
            | 'É'
            | 'È'
            | 'Ẻ'
            | 'Ẽ'
            | 'Ẹ'
            | 'Ý'
            | 'Ỳ'
            | 'Ỷ'
            | 'Ỹ'
            | 'Ỵ'
    )
}

/// `Some(Some(' '))` for a space to fold, `Some(Some(c))` for a look-alike
/// to read as the letter it stands for, `Some(None)` for a character to drop.
fn canonical_space(c: char) -> Option<Option<char>> {
    match c {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Some(Some(' '))
        }
        // The Icelandic eth that some pages type for "Đ": "Ðảng bộ quận".
        'Ð' => Some(Some('Đ')),
        'ð' => Some(Some('đ')),
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Some(None),
        _ => None,
    }
}

/// What the canonical text reads for `c` at byte `i` of `input`: as
/// [`canonical_space`], and the ASCII apostrophe for a typographic one
/// between two letters ("Đắk G’Long", "Cư M’gar", "H’Hen Niê": the gazetteer
/// and the name rules spell it "'"). A closing quote, after a letter but
/// before a space or a mark, keeps its character.
fn canonical_at(input: &str, i: usize, c: char) -> Option<Option<char>> {
    canonical_space(c).or_else(|| {
        let in_word = matches!(c, '\u{2019}' | '\u{2bc}')
            && input[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && input[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        in_word.then_some(Some('\''))
    })
}

fn base_and_tone(c: char) -> Option<(char, char)> {
    let mut parts: [char; 4] = ['\0'; 4];
    let mut n = 0;
    decompose_canonical(c, |p| {
        if n < 4 {
            parts[n] = p;
            n += 1;
        }
    });
    let tone = parts[..n]
        .iter()
        .copied()
        .find(|p| TONE_MARKS.contains(p))?;
    let mut base = parts[0];
    for &p in &parts[1..n] {
        if p != tone {
            base = compose(base, p)?;
        }
    }
    Some((base, tone))
}

fn old_style_pair(
    before: Option<char>,
    first: char,
    second: char,
    after: Option<char>,
) -> Option<[char; 2]> {
    if !matches!(first, 'o' | 'O' | 'u' | 'U') || second.is_ascii() || !is_toned_a_e_y(second) {
        return None;
    }
    let (base2, tone) = base_and_tone(second)?;
    let lower_first = first.to_ascii_lowercase();
    let lower_second = base2.to_lowercase().next()?;
    let pair_ok = matches!(
        (lower_first, lower_second),
        ('o', 'a') | ('o', 'e') | ('u', 'y')
    );
    if !pair_ok {
        return None;
    }
    // "qu" + y keeps the tone on y ("quý"); a final consonant keeps it too ("hoàng").
    if lower_first == 'u' && matches!(before, Some('q' | 'Q')) {
        return None;
    }
    if after.is_some_and(|a| a.is_alphabetic()) {
        return None;
    }
    Some([compose(first, tone)?, base2])
}

/// Converts sorted byte offsets of `text` to code-point and UTF-16 offsets in
/// one walk over the text.
pub struct OffsetConverter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl<'a> OffsetConverter<'a> {
    pub fn new(text: &'a str) -> Self {
        OffsetConverter {
            text,
            byte: 0,
            chars: 0,
            utf16: 0,
        }
    }

    /// (code points, UTF-16 units) before `byte`. Calls may go backwards, at
    /// the cost of a walk from the start.
    pub fn at(&mut self, byte: usize) -> (usize, usize) {
        if byte < self.byte {
            *self = OffsetConverter::new(self.text);
        }
        for c in self.text[self.byte..byte].chars() {
            self.chars += 1;
            self.utf16 += c.len_utf16();
        }
        self.byte = byte;
        (self.chars, self.utf16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-at-a-time searches find what a byte-by-byte scan finds,
    /// from every position of texts of every length around a chunk.
    #[test]
    fn chunked_searches_are_the_byte_scans() {
        let texts = [
            "Hoà Bình, THUỶ LỢI, khoẻ mạnh; quý vị; Ông Uỷ viên — ÔNG; hoạch định",
            "oooooooooá uuuuuuuuuỷ",
            "ascii only text that runs past eight bytes",
            "Ouả",
            "",
        ];
        for base in texts {
            for cut in 0..=base.len() {
                let Some(text) = base.get(..cut) else {
                    continue;
                };
                let bytes = text.as_bytes();
                for i in 0..=bytes.len() {
                    let naive_ascii = (i..bytes.len())
                        .find(|&p| bytes[p] >= 0x80)
                        .unwrap_or(bytes.len());
                    if i < bytes.len() && bytes[i] < 0x80 {
                        assert_eq!(ascii_run_end(bytes, i), naive_ascii, "{text:?} at {i}");
                    }
                    let naive_pair = (i..bytes.len().saturating_sub(1)).find(|&p| {
                        matches!(bytes[p], b'o' | b'O' | b'u' | b'U') && bytes[p + 1] >= 0x80
                    });
                    assert_eq!(
                        next_o_u_before_non_ascii(bytes, i),
                        naive_pair,
                        "{text:?} at {i}"
                    );
                }
            }
        }
    }

    /// Text `is_plain_nfc` accepts is its own NFC: every character of the
    /// plain ranges, alone and next to ASCII.
    #[test]
    fn plain_text_is_its_own_nfc() {
        for c in (0x80..0x2000).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            if is_plain_nfc(&text) {
                assert_eq!(text.nfc().collect::<String>(), text, "U+{:04X}", c as u32);
            }
        }
        assert!(is_plain_nfc("Nguyễn Thị Hồng Hạnh"));
        assert!(!is_plain_nfc("Hoa\u{300}"));
    }

    /// The look-up stepped from the last answer finds what a search finds,
    /// whatever order the positions come in.
    #[test]
    fn stepped_look_up_is_the_search() {
        // Many edits: decomposed letters and folded spaces all along.
        let input = "Hoa\u{300} \u{a0} Tha\u{301}i  Bi\u{300}nh ".repeat(40);
        let canon = Canonical::new(&input);
        let map = &canon.composed;
        assert!(map.edits.len() > 50);
        let len = canon.text.len() as u32;
        let forward: Vec<u32> = (0..=len).collect();
        let backward: Vec<u32> = (0..=len).rev().collect();
        let scattered: Vec<u32> = (0..=len).map(|i| (i * 7919) % (len + 1)).collect();
        for order in [forward, backward, scattered] {
            for pos in order {
                let searched = map.edits.partition_point(|e| e.0 <= pos);
                assert_eq!(map.edits_up_to(pos), searched, "{pos}");
            }
        }
    }

    #[test]
    fn nfd_maps_back_to_input_bytes() {
        let nfc = "Tỉnh ủy Quảng Nam";
        let nfd: String = nfc.nfd().collect();
        let canon = Canonical::new(&nfd);
        assert_eq!(canon.text, nfc);
        let q = canon.text.find("Quảng").unwrap();
        let back = canon.to_input(q);
        assert!(nfd[back..].starts_with("Qua"));
        assert_eq!(canon.to_input(canon.text.len()), nfd.len());
    }

    #[test]
    fn old_tone_placement_becomes_new() {
        let canon = Canonical::new("Uỷ viên Tỉnh uỷ, văn hoá, khoẻ, quý, hoàng, Thanh Hoá.");
        assert_eq!(
            canon.text,
            "Ủy viên Tỉnh ủy, văn hóa, khỏe, quý, hoàng, Thanh Hóa."
        );
        let pos = canon.text.find("Hóa").unwrap();
        let input = "Uỷ viên Tỉnh uỷ, văn hoá, khoẻ, quý, hoàng, Thanh Hoá.";
        assert_eq!(
            &input[canon.to_input(pos)..canon.to_input(pos + "Hóa".len())],
            "Hoá"
        );
    }

    #[test]
    fn odd_spaces_fold_and_invisible_characters_drop() {
        let input = "Nhật\u{a0}Duy\u{200b} và\u{feff} Tỉnh ủy";
        let canon = Canonical::new(input);
        assert_eq!(canon.text, "Nhật Duy và Tỉnh ủy");
        let at = canon.text.find("Duy").unwrap();
        assert_eq!(
            &input[canon.to_input(at)..canon.to_input_end(input, at + 3)],
            "Duy"
        );
        let end = canon.text.find(" và").unwrap();
        assert_eq!(&input[..canon.to_input_end(input, end)], "Nhật\u{a0}Duy");
    }

    #[test]
    fn a_typographic_apostrophe_inside_a_word_reads_as_ascii() {
        let input = "huyện Cư M’gar, Ea Hʼleo và “Đắk Lắk’’ ‘x’";
        let canon = Canonical::new(input);
        // Between two letters only: closing quotes keep their character.
        assert_eq!(canon.text, "huyện Cư M'gar, Ea H'leo và “Đắk Lắk’’ ‘x’");
        let at = canon.text.find("Cư").unwrap();
        let end = canon.text.find(',').unwrap();
        assert_eq!(
            &input[canon.to_input(at)..canon.to_input_end(input, end)],
            "Cư M’gar"
        );
        let at = canon.text.find("Ea").unwrap();
        let end = canon.text.find(" và").unwrap();
        assert_eq!(
            &input[canon.to_input(at)..canon.to_input_end(input, end)],
            "Ea Hʼleo"
        );
    }

    #[test]
    fn spans_keep_letters_with_their_marks_and_skip_invisible_starts() {
        let input = "\u{200b}21-NQ/TW";
        let canon = Canonical::new(input);
        assert_eq!(&input[canon.to_input(0)..], "21-NQ/TW");
        // "0" + two marks that NFC reorders: a span ending after the "0" keeps the marks.
        let input = "0\u{300}\u{316} x";
        let canon = Canonical::new(input);
        assert_eq!(canon.to_input_end(input, 1), "0\u{300}\u{316}".len());
        assert_eq!(canon.to_input(0), 0);
    }

    #[test]
    fn offsets_in_code_points_and_utf16() {
        let text = "Đảng 𝟙 ủy";
        let mut conv = OffsetConverter::new(text);
        let u = text.find('ủ').unwrap();
        assert_eq!(conv.at(u), (7, 8));
        assert_eq!(conv.at(0), (0, 0));
    }
}
