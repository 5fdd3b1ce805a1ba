//! The text the rules see, and the way back to the text the user gave.
//!
//! Rules match against one canonical form: NFC, with the "new" tone-mark
//! placement ("hóa", "thủy", "Ủy"), so that an NFD copy of an article and the
//! "hoá"/"uỷ" spelling give the same marks. Every byte of the canonical text
//! maps back to a byte of the input as given; offsets are converted to code
//! points (the JSON contract) or UTF-16 units (JavaScript) only at the edges.

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// The canonical text and, for each of its bytes, the input byte it came from.
#[derive(Debug, Clone)]
pub struct Canonical {
    pub text: String,
    /// `origin[i]` is the input byte offset for canonical byte `i`; one extra
    /// entry at the end maps the end of the text.
    origin: Vec<u32>,
}

const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

impl Canonical {
    pub fn new(input: &str) -> Canonical {
        let mut text = String::with_capacity(input.len() + 8);
        let mut origin: Vec<u32> = Vec::with_capacity(input.len() + 1);
        let mut fast = true;
        // Fast path: ASCII and already-composed text is copied as is; only
        // clusters with combining marks are recomposed.
        let bytes = input.as_bytes();
        let mut i = 0;
        while i < input.len() {
            let start = i;
            let c = input[i..].chars().next().unwrap();
            i += c.len_utf8();
            // Gather the cluster: one base and the combining marks after it.
            while i < input.len() {
                let next = input[i..].chars().next().unwrap();
                if is_combining_mark(next) {
                    i += next.len_utf8();
                } else {
                    break;
                }
            }
            let cluster = &input[start..i];
            if let Some(space) = canonical_space(c) {
                // Non-breaking and typographic spaces read as a plain space;
                // zero-width characters and soft hyphens read as nothing.
                if let Some(sp) = space {
                    text.push(sp);
                    origin.push(start as u32);
                }
            } else if cluster.len() == c.len_utf8() && (bytes[start] < 0x80 || !needs_nfc(c)) {
                text.push(c);
                origin.extend(std::iter::repeat_n(start as u32, c.len_utf8()));
            } else {
                fast = false;
                for out in cluster.nfc() {
                    text.push(out);
                    origin.extend(std::iter::repeat_n(start as u32, out.len_utf8()));
                }
            }
        }
        origin.push(input.len() as u32);
        let _ = fast;
        let mut canon = Canonical { text, origin };
        canon.move_tone_marks();
        canon
    }

    /// Byte offset in the input for a byte offset in the canonical text.
    pub fn to_input(&self, canonical_byte: usize) -> usize {
        self.origin[canonical_byte] as usize
    }

    /// Input byte offset for the end of a span ending at `canonical_end`:
    /// characters the canonical text dropped (zero-width, soft hyphen) right
    /// before the next character stay outside the span.
    pub fn to_input_end(&self, input: &str, canonical_end: usize) -> usize {
        let mut end = self.to_input(canonical_end);
        let floor = if canonical_end > 0 { self.to_input(canonical_end - 1) } else { 0 };
        while end > floor {
            match input[..end].chars().next_back() {
                Some(c) if matches!(canonical_space(c), Some(None)) => end -= c.len_utf8(),
                _ => break,
            }
        }
        end
    }

    /// Old-style placement puts the tone on the second vowel of an open
    /// "oa", "oe", "uy" ("hoá", "khoẻ", "thuỷ"); the lexicons use the new style
    /// ("hóa", "khỏe", "thủy"). Swapping may change byte lengths, so the pair is
    /// rebuilt with both characters mapped to the pair's input start.
    fn move_tone_marks(&mut self) {
        if !self.text.contains(|c: char| matches!(base_and_tone(c), Some((b, _)) if matches!(b, 'a' | 'e' | 'y' | 'A' | 'E' | 'Y')))
        {
            return;
        }
        let chars: Vec<(usize, char)> = self.text.char_indices().collect();
        let mut out = String::with_capacity(self.text.len());
        let mut origin = Vec::with_capacity(self.origin.len());
        let mut k = 0;
        while k < chars.len() {
            let (pos, c) = chars[k];
            if k + 1 < chars.len() {
                let (pos2, c2) = chars[k + 1];
                let before = if k > 0 { Some(chars[k - 1].1) } else { None };
                let after = chars.get(k + 2).map(|x| x.1);
                if let Some(swapped) = old_style_pair(before, c, c2, after) {
                    let end2 = pos2 + c2.len_utf8();
                    let src = self.origin[pos];
                    for ch in swapped {
                        out.push(ch);
                        origin.extend(std::iter::repeat_n(src, ch.len_utf8()));
                    }
                    let _ = end2;
                    k += 2;
                    continue;
                }
            }
            out.push(c);
            origin.extend_from_slice(&self.origin[pos..pos + c.len_utf8()]);
            k += 1;
        }
        origin.push(*self.origin.last().unwrap());
        self.text = out;
        self.origin = origin;
    }
}

/// `Some(Some(' '))` for a space to fold, `Some(None)` for a character to drop.
fn canonical_space(c: char) -> Option<Option<char>> {
    match c {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Some(Some(' '))
        }
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Some(None),
        _ => None,
    }
}

fn needs_nfc(c: char) -> bool {
    // Characters that are not in NFC on their own (rare compatibility forms).
    let mut it = std::iter::once(c).nfc();
    it.next() != Some(c)
}

fn base_and_tone(c: char) -> Option<(char, char)> {
    let mut parts: Vec<char> = Vec::with_capacity(3);
    decompose_canonical(c, |p| parts.push(p));
    let tone = parts.iter().copied().find(|p| TONE_MARKS.contains(p))?;
    let mut base = parts[0];
    for &p in &parts[1..] {
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
    let lower_first = first.to_lowercase().next()?;
    let (base2, tone) = base_and_tone(second)?;
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
        assert_eq!(&input[canon.to_input(at)..canon.to_input_end(input, at + 3)], "Duy");
        let end = canon.text.find(" và").unwrap();
        assert_eq!(&input[..canon.to_input_end(input, end)], "Nhật\u{a0}Duy");
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
