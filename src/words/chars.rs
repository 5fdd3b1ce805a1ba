//! Characters of the canonical text: boundaries, word characters, case,
//! read from their bytes where the Vietnamese letters allow it.

/// The byte offset of the character after the one at `at`.
pub fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
}

/// `at`, or the start of the next character when `at` falls inside one.
pub fn ceil_char(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `at`, or the start of the character it falls inside.
pub fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `ASCII_WORD_CHARS[b]`: whether ASCII byte `b` is a letter or a digit.
pub(super) const ASCII_WORD_CHARS: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A letter or digit, Vietnamese letters included. The Latin blocks that
/// Vietnamese uses are checked by range before the slow Unicode tables.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Every rule asks this of nearly every character: ASCII by one table look-up.
    if c.is_ascii() {
        return ASCII_WORD_CHARS[c as usize];
    }
    latin_block_letter(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// Whether `c` is a letter, when it is in the Latin blocks Vietnamese is
/// written in (U+00C0–U+024F: all letters but × and ÷; U+1E00–U+1EFF: all
/// letters) or in General Punctuation (none); `None` outside them.
#[inline]
fn latin_block_letter(c: char) -> Option<bool> {
    match c {
        '\u{c0}'..='\u{24f}' => Some(c != '\u{d7}' && c != '\u{f7}'),
        '\u{1e00}'..='\u{1eff}' => Some(true),
        // Typographic spaces, dashes, quotes and the ellipsis ("“", "–",
        // "…"): the common characters outside the Latin blocks, no letters.
        '\u{2000}'..='\u{206f}' => Some(false),
        _ => None,
    }
}

/// The case of the letters of the Latin blocks Vietnamese is written in
/// (U+00C0–U+024F, U+1E00–U+1EFF), one bit each, worked out when the crate
/// is compiled: the rules ask the case of nearly every word's first letter,
/// and the Unicode tables are searched for each.
struct LatinCase {
    upper: [u64; LATIN_WORDS],
    lower: [u64; LATIN_WORDS],
}

/// U+00C0–U+024F then U+1E00–U+1EFF, in 64-bit words.
const LATIN_WORDS: usize = (0x250_usize - 0xC0 + 0x100).div_ceil(64);

/// The index of `c` in [`LatinCase`]'s bits, for the two blocks.
const fn latin_index(c: u32) -> Option<usize> {
    match c {
        0xC0..=0x24F => Some((c - 0xC0) as usize),
        0x1E00..=0x1EFF => Some((c - 0x1E00) as usize + (0x250 - 0xC0)),
        _ => None,
    }
}

static LATIN_CASE: LatinCase = {
    let mut case = LatinCase {
        upper: [0; LATIN_WORDS],
        lower: [0; LATIN_WORDS],
    };
    let mut code = 0xC0;
    while code <= 0x1EFF {
        if let (Some(i), Some(c)) = (latin_index(code), char::from_u32(code)) {
            if c.is_uppercase() {
                case.upper[i / 64] |= 1 << (i % 64);
            }
            if c.is_lowercase() {
                case.lower[i / 64] |= 1 << (i % 64);
            }
        }
        code += 1;
    }
    case
};

/// `char::is_uppercase`, with ASCII and the Vietnamese Latin blocks read
/// from a table.
#[inline]
pub fn is_upper(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_uppercase(),
        false => latin_bit(&LATIN_CASE.upper, c, char::is_uppercase),
    }
}

/// `char::is_lowercase`, with ASCII and the Vietnamese Latin blocks read
/// from a table.
#[inline]
pub fn is_lower(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_lowercase(),
        false => latin_bit(&LATIN_CASE.lower, c, char::is_lowercase),
    }
}

/// `c`'s bit in `bits` when it is in the Latin blocks, else `outside(c)`.
#[inline]
fn latin_bit(bits: &[u64; LATIN_WORDS], c: char, outside: fn(char) -> bool) -> bool {
    match latin_index(c as u32) {
        Some(i) => bits[i / 64] >> (i % 64) & 1 == 1,
        None => outside(c),
    }
}

/// `char::is_alphabetic`, with ASCII and the Vietnamese Latin blocks (all
/// letters but × and ÷) by range.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    latin_block_letter(c).unwrap_or_else(|| c.is_alphabetic())
}

/// `c` in lower case (its first character, as `char::to_lowercase` gives).
pub fn lower(c: char) -> char {
    // Compared lower-cased letter by letter, text is read often: ASCII and
    // the Vietnamese blocks by their layout, the rest by the Unicode tables.
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\u{7f}' => c,
        // À–Þ but ×: the lower case is 0x20 on; à–ÿ are lower case.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{df}'..='\u{ff}' => c,
        // Ạ ạ … Ỹ ỹ Ỻ ỻ …: upper case on even code points, its lower case next.
        '\u{1ea0}'..='\u{1eff}' => char::from_u32(c as u32 | 1).unwrap_or(c),
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}
