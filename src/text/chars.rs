//! Which characters the canonical text changes: combining marks to compose,
//! odd spaces and look-alikes to fold, old-style tone placement ("hoá", "uỷ") to
//! move; read eight ASCII bytes at a time where it can.

use super::TONE_MARKS;
use crate::unorm::char::{compose, decompose_canonical, is_combining_mark};

/// The first position from `i` of an ASCII o, O, u or U followed by a byte
/// that is not ASCII (where an old-style "oá", "uỷ" can start), read eight
/// positions at a time.
pub(super) fn next_o_u_before_non_ascii(bytes: &[u8], mut i: usize) -> Option<usize> {
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
pub(super) fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
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
pub(super) fn plain_letter_len(bytes: &[u8], i: usize) -> Option<usize> {
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
pub(super) fn is_mark(c: char) -> bool {
    match c {
        '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' => false,
        '\u{1160}'..='\u{11ff}' | '\u{d7b0}'..='\u{d7ff}' => true,
        _ => is_combining_mark(c),
    }
}

/// What the input needs, in one pass: composing (combining marks, odd
/// spaces) and re-toning (an old-style "oá", "uỷ"). ASCII is skipped fast.
pub(super) fn needs(input: &str) -> (bool, bool) {
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
pub(super) fn is_toned_a_e_y(c: char) -> bool {
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
pub(super) fn canonical_space(c: char) -> Option<Option<char>> {
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
pub(super) fn canonical_at(input: &str, i: usize, c: char) -> Option<Option<char>> {
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

pub(super) fn base_and_tone(c: char) -> Option<(char, char)> {
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

pub(super) fn old_style_pair(
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
