//! Legacy Vietnamese encodings: TCVN3 (ABC) and VNI text, read as Windows-1252
//! or not, converted back to Unicode; and which reading looks most like Vietnamese.

use super::Encoding;
use crate::unorm::UnicodeNormalization;

const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The byte a character came from when bytes were read as Windows-1252 or
/// Latin-1.
pub(super) fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if (0x80..0xA0).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .map(|i| 0x80 + i as u8)
}

/// TCVN 5712:1993 VN3 ("ABC", `.VnTime`): byte → letter. Capitals with a
/// tone mark have no code in VN3 (`.VnTimeH` fonts draw the lower-case codes
/// as capitals), so headings come out in lower case.
const TCVN3: &[(u8, char)] = &[
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// Converts TCVN3 text that was read as Windows-1252 (or Latin-1) to Unicode.
/// Characters that are not TCVN3 codes are kept.
pub fn tcvn3_to_unicode(s: &str) -> String {
    let mut table = ['\0'; 256];
    for &(b, c) in TCVN3 {
        table[b as usize] = c;
    }
    s.chars()
        .map(|c| match cp1252_byte(c) {
            Some(b) if table[b as usize] != '\0' => table[b as usize],
            _ => c,
        })
        .collect()
}

/// VNI: letters that take one byte of their own (read as Windows-1252).
const VNI_SINGLE: &[(char, char)] = &[
    ('ñ', 'đ'),
    ('Ñ', 'Đ'),
    ('ö', 'ư'),
    ('Ö', 'Ư'),
    ('ô', 'ơ'),
    ('Ô', 'Ơ'),
    ('æ', 'ỉ'),
    ('Æ', 'Ỉ'),
    ('ó', 'ĩ'),
    ('Ó', 'Ĩ'),
    ('ò', 'ị'),
    ('Ò', 'Ị'),
    ('î', 'ỵ'),
    ('Î', 'Ỵ'),
];

/// The mark a VNI byte after a vowel adds: (vowel mark, tone mark) as
/// combining characters; `'\0'` for none.
fn vni_mark(c: char) -> Option<(char, char)> {
    const CIRC: char = '\u{302}';
    const BREVE: char = '\u{306}';
    const GRAVE: char = '\u{300}';
    const ACUTE: char = '\u{301}';
    const HOOK: char = '\u{309}';
    const TILDE: char = '\u{303}';
    const DOT: char = '\u{323}';
    Some(match c.to_lowercase().next()? {
        'ø' => ('\0', GRAVE),
        'ù' => ('\0', ACUTE),
        'û' => ('\0', HOOK),
        'õ' => ('\0', TILDE),
        'ï' => ('\0', DOT),
        'â' => (CIRC, '\0'),
        'à' => (CIRC, GRAVE),
        'á' => (CIRC, ACUTE),
        'å' => (CIRC, HOOK),
        'ã' => (CIRC, TILDE),
        'ä' => (CIRC, DOT),
        'ê' => (BREVE, '\0'),
        'è' => (BREVE, GRAVE),
        'é' => (BREVE, ACUTE),
        'ú' => (BREVE, HOOK),
        'ü' => (BREVE, TILDE),
        'ë' => (BREVE, DOT),
        _ => return None,
    })
}

/// Converts VNI text that was read as Windows-1252 (or Latin-1) to Unicode
/// (NFC). Characters that are not VNI codes are kept.
pub fn vni_to_unicode(s: &str) -> String {
    let single = |c: char| VNI_SINGLE.iter().find(|p| p.0 == c).map(|p| p.1);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let base = single(c).unwrap_or(c);
        let lower = base.to_lowercase().next().unwrap_or(base);
        let is_vowel = matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y' | 'ư' | 'ơ');
        out.push(base);
        if !is_vowel {
            continue;
        }
        // One modifier byte may follow: a vowel mark and/or a tone mark.
        if let Some(&next) = chars.peek() {
            if let Some((vowel_mark, tone)) = vni_mark(next) {
                let ok = match vowel_mark {
                    '\u{302}' => matches!(lower, 'a' | 'e' | 'o'),
                    '\u{306}' => lower == 'a',
                    _ => true,
                };
                if ok {
                    chars.next();
                    if vowel_mark != '\0' {
                        out.push(vowel_mark);
                    }
                    if tone != '\0' {
                        out.push(tone);
                    }
                }
            }
        }
    }
    out.nfc().collect()
}

/// If `s` is TCVN3 or VNI text read as Windows-1252, the converted text.
pub(super) fn convert_mojibake(s: &str) -> Option<(String, Encoding)> {
    // Genuine Unicode Vietnamese has letters beyond Windows-1252 (ư, ơ, đ,
    // ạ, …); mis-decoded legacy text has none.
    let mut non_ascii = 0usize;
    let mut unmappable = 0usize;
    for c in s.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if cp1252_byte(c).is_none() {
            unmappable += 1;
        }
    }
    if non_ascii == 0 || unmappable * 100 > non_ascii {
        return None;
    }
    let here = syllable_score(s);
    let mut best: Option<(Score, String, Encoding)> = None;
    for (text, enc) in [
        (tcvn3_to_unicode(s), Encoding::Tcvn3),
        (vni_to_unicode(s), Encoding::Vni),
    ] {
        let score = syllable_score(&text);
        if score.valid > score.invalid && score > here && best.as_ref().is_none_or(|b| score > b.0)
        {
            best = Some((score, text, enc));
        }
    }
    best.map(|(_, t, e)| (t, e))
}

/// The first word with a character outside ASCII (for notes).
pub(super) fn first_odd_word(s: &str) -> String {
    s.split_whitespace()
        .find(|w| !w.is_ascii())
        .unwrap_or("")
        .chars()
        .take(30)
        .collect()
}

/// How Vietnamese a text looks: among words with a letter outside ASCII,
/// how many are well-formed syllables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Score {
    valid: usize,
    invalid: usize,
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let a = self.valid as i64 - self.invalid as i64;
        let b = other.valid as i64 - other.invalid as i64;
        a.cmp(&b).then(self.valid.cmp(&other.valid))
    }
}

pub(super) fn syllable_score(s: &str) -> Score {
    let mut score = Score {
        valid: 0,
        invalid: 0,
    };
    for word in s.split(|c: char| c.is_whitespace() || (c.is_ascii() && !c.is_ascii_alphabetic())) {
        if word.is_empty() || word.is_ascii() {
            continue;
        }
        if crate::syllable::is_vietnamese_syllable(word) {
            score.valid += 1;
        } else {
            score.invalid += 1;
        }
    }
    score
}
