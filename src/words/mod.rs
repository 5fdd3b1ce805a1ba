//! Characters and words of the canonical text: what every rule stands on
//! (the bottom layer with `text`; nothing here knows a rule). Word
//! characters are read from their bytes where Vietnamese letters allow it.

use std::borrow::Cow;

mod chars;
mod needles;

pub use chars::*;
pub use needles::matches_by_pattern;

/// The character starting at byte `i` of `text`, as its length in bytes:
/// `Ok` for a word character (or, with `apostrophe`, the "'" of "H'Hen"),
/// `Err` for any other; read from the bytes, decoding only characters outside
/// ASCII and the Latin blocks Vietnamese letters live in.
#[inline(always)]
fn word_char_len(text: &str, i: usize, apostrophe: bool) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return match ASCII_WORD_CHARS[usize::from(b)] || (apostrophe && b == b'\'') {
            true => Ok(1),
            false => Err(1),
        };
    }
    match (b, bytes.get(i + 1)) {
        // U+0100–U+01BF, and U+00C0–U+00FF but × (C3 97) and ÷ (C3 B7).
        (0xC4..=0xC6, _) => Ok(2),
        (0xC3, Some(&b2)) if b2 != 0x97 && b2 != 0xB7 => Ok(2),
        // U+1E00–U+1EFF.
        (0xE1, Some(0xB8..=0xBB)) => Ok(3),
        _ => {
            let c = text[i..].chars().next().unwrap_or('\0');
            match is_word_char(c) {
                true => Ok(c.len_utf8()),
                false => Err(c.len_utf8()),
            }
        }
    }
}

/// The words of `text` (runs of letters and digits, and of "'" too with
/// `apostrophe`) as byte spans, in order. Many rules walk the words of the
/// whole text: this reads ASCII and Vietnamese letters without decoding them.
pub fn word_spans(text: &str, apostrophe: bool) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut words = Words::new(text, apostrophe);
    std::iter::from_fn(move || words.next_word())
}

/// The words of a text read in order, as [`word_spans`] gives them, with a
/// skip to the next capitalized word: a rule that only starts at a capital
/// (a person's name) passes the lower-case words between without reading
/// them one by one.
pub struct Words<'a> {
    text: &'a str,
    /// Where the last word given ended.
    at: usize,
    apostrophe: bool,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, apostrophe: bool) -> Self {
        Words {
            text,
            at: 0,
            apostrophe,
        }
    }

    /// Goes on reading after byte `at` (a rule that took a longer word
    /// than this reader gave, such as "Xay-xổm-phon").
    pub fn skip_to(&mut self, at: usize) {
        self.at = self.at.max(at);
    }

    /// The next word's span.
    pub fn next_word(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let mut i = self.at;
        let start = loop {
            if i >= text.len() {
                self.at = i;
                return None;
            }
            match word_char_len(text, i, self.apostrophe) {
                Ok(len) => {
                    let start = i;
                    i += len;
                    break start;
                }
                Err(len) => i += len,
            }
        };
        self.at = run_end(text, i, self.apostrophe);
        Some((start, self.at))
    }

    /// The span of the next word whose first character is an upper-case
    /// letter; the words before it are passed over.
    pub fn next_capitalized(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut p = self.at;
        loop {
            let q = next_capital_or_lead_byte(bytes, p)?;
            let (c, len) = match bytes[q] {
                b if b < 0x80 => (char::from(b), 1),
                _ => {
                    let c = text[q..]
                        .chars()
                        .next()
                        .expect("a lead byte starts a character");
                    (c, c.len_utf8())
                }
            };
            let in_word = text[..q]
                .chars()
                .next_back()
                .is_some_and(|b| is_word_char(b) || (self.apostrophe && b == '\''));
            if is_upper(c) && is_word_char(c) && !in_word {
                self.at = run_end(text, q + len, self.apostrophe);
                return Some((q, self.at));
            }
            p = q + len;
        }
    }
}

/// The first byte at or after `from` that is an ASCII capital letter or
/// starts a character outside ASCII (the only places an upper-case letter
/// can start), read eight bytes at a time.
fn next_capital_or_lead_byte(bytes: &[u8], from: usize) -> Option<usize> {
    // Lead bytes are 0b11xxxxxx: their bit 6 shifted onto bit 7.
    first_flagged(bytes, from, |word| {
        ascii_capital_bits(word) | (word & (word << 1) & HIGH_BITS)
    })
}

/// Where a capitalized word ending at byte `end` ends when it continues
/// with hyphen-joined lower-case syllables, the way Lao and other foreign
/// names are transliterated ("Xay-xổm-phon", "Bút-đa-khăm"); `None` when it
/// does not ("Bà Rịa-Vũng Tàu": the part after the hyphen is capitalized).
pub fn transliterated_end(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    while let Some(rest) = text[at..].strip_prefix('-') {
        let part = run_end(text, at + 1, false) - (at + 1);
        let syllable = &rest[..part];
        if !(1..=12).contains(&part) || !syllable.chars().all(is_lower) {
            break;
        }
        at += 1 + part;
    }
    (at > end).then_some(at)
}

/// The end of the run of letters and digits starting at byte `at` (`at`
/// itself when none starts there), read like [`word_spans`] reads words.
#[inline]
pub fn word_end(text: &str, at: usize) -> usize {
    run_end(text, at, false)
}

/// The end of the run of word characters (with `apostrophe`, "'" too)
/// starting at byte `at`.
#[inline(always)]
fn run_end(text: &str, mut at: usize, apostrophe: bool) -> usize {
    while at < text.len() {
        match word_char_len(text, at, apostrophe) {
            Ok(len) => at += len,
            Err(_) => break,
        }
    }
    at
}

/// `s.split(' ')`, for the short phrases the rules take apart word by
/// word: a byte loop finds each space sooner than the general searcher,
/// whose `memchr` costs more to set up than a word is long.
pub fn split_spaces(s: &str) -> SplitSpaces<'_> {
    SplitSpaces { rest: Some(s) }
}

/// The iterator of [`split_spaces`].
pub struct SplitSpaces<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitSpaces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b' ') {
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The first ASCII capital letter at or after byte `from`, read eight bytes
/// at a time (capitals are a few bytes in a hundred of Vietnamese text).
pub fn next_ascii_capital(bytes: &[u8], from: usize) -> Option<usize> {
    first_flagged(bytes, from, ascii_capital_bits)
}

/// The high bit of every byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The first byte at or after `from` whose high bit `flags` sets, given
/// eight bytes at a time (little-endian); the last few are given padded
/// with zero bytes, which `flags` must never flag.
fn first_flagged(bytes: &[u8], mut from: usize, flags: impl Fn(u64) -> u64) -> Option<usize> {
    let at = |from: usize, found: u64| from + found.trailing_zeros() as usize / 8;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let found = flags(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if found != 0 {
            return Some(at(from, found));
        }
        from += 8;
    }
    let mut last = [0u8; 8];
    let tail = bytes.get(from..).unwrap_or_default();
    last[..tail.len()].copy_from_slice(tail);
    let found = flags(u64::from_le_bytes(last));
    (found != 0).then(|| at(from, found))
}

/// The high bit of each byte of `word` (eight bytes of text, little-endian)
/// that is an ASCII capital letter.
#[inline]
fn ascii_capital_bits(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte below 0x80 (no carry crosses a byte): at least 'A', and at
    // least '[' (one past 'Z').
    let low = word & !HIGH_BITS;
    let from_a = (low + (0x80 - u64::from(b'A')) * ONES) & HIGH_BITS;
    let past_z = (low + (0x80 - u64::from(b'Z') - 1) * ONES) & HIGH_BITS;
    from_a & !past_z & !word
}

/// Whether no letter or digit stands right before byte `at` (a word may start there).
/// Asked at nearly every candidate start: an ASCII character or a Vietnamese
/// letter before is told from its bytes, anything else is decoded.
#[inline]
pub fn boundary_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|q| text.as_bytes()[q]) {
        None => true,
        Some(b) if b.is_ascii() => !ASCII_WORD_CHARS[usize::from(b)],
        Some(_) => !letter_ends_at(text, at),
    }
}

/// Whether a letter or digit outside ASCII ends at byte `at`: a Vietnamese
/// letter by its bytes, anything else decoded.
#[inline(never)]
fn letter_ends_at(text: &str, at: usize) -> bool {
    vietnamese_letter_ends_at(text.as_bytes(), at)
        || text[..at].chars().next_back().is_some_and(is_word_char)
}

/// The length of the letter that bytes `lead`, `second` begin, when it is a
/// letter of the Latin blocks Vietnamese is written in, told by those two
/// bytes alone (the same answer as [`is_word_char`], without decoding): two
/// bytes C3–C6 but the multiplication and division signs (C3 97, C3 B7), or
/// three bytes E1 BA/BB. `None`: not such a letter (decode it to know more).
#[inline]
fn vietnamese_letter_len(lead: u8, second: u8) -> Option<usize> {
    match (lead, second) {
        (0xE1, 0xBA | 0xBB) => Some(3),
        (0xC3, 0x97 | 0xB7) => None,
        (0xC3..=0xC6, _) => Some(2),
        _ => None,
    }
}

/// Whether the character ending at byte `at` is a Vietnamese letter by its
/// bytes ([`vietnamese_letter_len`]).
#[inline]
fn vietnamese_letter_ends_at(bytes: &[u8], at: usize) -> bool {
    if at < 2 || !(0x80..=0xBF).contains(&bytes[at - 1]) {
        return false;
    }
    (at >= 3 && vietnamese_letter_len(bytes[at - 3], bytes[at - 2]) == Some(3))
        || vietnamese_letter_len(bytes[at - 2], bytes[at - 1]) == Some(2)
}

/// The length in bytes of the character at byte `at` (a character
/// boundary) and whether it is a letter or digit: ASCII and the Vietnamese
/// letters by their bytes ([`vietnamese_letter_len`]), others decoded (what
/// [`is_word_char`] says).
#[inline]
pub fn char_at(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let lead = bytes[at];
    if lead.is_ascii() {
        return (1, ASCII_WORD_CHARS[usize::from(lead)]);
    }
    match bytes
        .get(at + 1)
        .and_then(|&second| vietnamese_letter_len(lead, second))
    {
        Some(len) => (len, true),
        None => {
            let c = text[at..].chars().next().expect("a character starts here");
            (c.len_utf8(), is_word_char(c))
        }
    }
}

/// A caption's marker in capitals ("… Lao Bảo ẢNH: HOÀNG SƠN"): never a
/// word of the name before it.
pub fn is_caption_marker(word: &str) -> bool {
    matches!(word, "ẢNH" | "VIDEO" | "CLIP")
}

/// Whether no letter or digit follows byte `at` (a word may end there).
#[inline]
pub fn boundary_after(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_char)
}

/// How far a look for the start or the end of the line goes, in bytes: a
/// rule asks this for every mark, so an unbounded look would be quadratic in
/// a hostile line of many marks.
pub const LINE_WINDOW: usize = 4096;

/// Where the line holding byte `at` starts (looked for at most
/// [`LINE_WINDOW`] bytes back; a longer line is taken to start there).
pub fn line_start_near(text: &str, at: usize) -> usize {
    let from = ceil_char(text, at.saturating_sub(LINE_WINDOW));
    text[from..at].rfind('\n').map_or(from, |i| from + i + 1)
}

/// Where the line holding byte `at` ends (looked for at most [`LINE_WINDOW`]
/// bytes ahead; a longer line is taken to end there).
pub fn line_end_near(text: &str, at: usize) -> usize {
    let to = ceil_char(text, (at + LINE_WINDOW).min(text.len()));
    text[at..to].find('\n').map_or(to, |i| at + i)
}

/// Whether one of `phrases` is written right before byte `at` (only spaces
/// between) as whole words: "bị cáo" before "Đức", not the end of a longer word.
pub fn phrase_before<S: AsRef<str>>(text: &str, at: usize, phrases: &[S]) -> bool {
    let before = text[..at].trim_end_matches(' ');
    phrases.iter().any(|p| {
        before
            .strip_suffix(p.as_ref())
            .is_some_and(|head| head.chars().next_back().is_none_or(|c| !is_word_char(c)))
    })
}

/// Whether one of `phrases` is written at byte `at` as whole words: "THPT"
/// in "THPT Tam Dương", not the start of a longer word.
pub fn phrase_at<S: AsRef<str>>(text: &str, at: usize, phrases: &[S]) -> bool {
    let rest = &text[at..];
    phrases.iter().any(|p| {
        let p = p.as_ref();
        rest.starts_with(p) && boundary_after(text, at + p.len())
    })
}

/// The word that ends right before byte `at` (skipping spaces), if any.
pub fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text[..at].trim_end_matches([' ', '\t']);
    let start = head
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |i| i + head[i..].chars().next().unwrap().len_utf8());
    let w = &head[start..];
    (!w.is_empty()).then_some(w)
}

/// The `n` words before byte `at`, within the same clause, lowercased and joined by spaces.
/// Borrowed from `text` when it is written so already (most often: no
/// copy for each of the many numbers and dates that ask).
pub fn words_before(text: &str, at: usize, n: usize) -> Cow<'_, str> {
    let head = &text[..at];
    // Where the first of the words starts and the last ends: only spaces
    // and tabs stand between them.
    let mut first = head.len();
    let mut last_end = None;
    for _ in 0..n {
        let seg = head[..first].trim_end_matches([' ', '\t']);
        if seg.is_empty() || !seg.chars().next_back().is_some_and(is_word_char) {
            break;
        }
        last_end.get_or_insert(seg.len());
        first = seg
            .rfind(|c: char| !is_word_char(c))
            .map_or(0, |i| i + seg[i..].chars().next().unwrap().len_utf8());
    }
    let Some(last_end) = last_end else {
        return Cow::Borrowed("");
    };
    let written = &head[first..last_end];
    if already_lower_single_spaced(written) {
        return Cow::Borrowed(written);
    }
    // Joined by one space and lower-cased in one buffer. Word by word is the
    // same as the whole (a space ends a final sigma's context too).
    let mut out = String::with_capacity(last_end - first + 8);
    for word in head[first..last_end]
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        match word.contains('Σ') {
            true => out.push_str(&word.to_lowercase()),
            false => out.extend(word.chars().flat_map(char::to_lowercase)),
        }
    }
    Cow::Owned(out)
}

/// `word` lower-cased, borrowed when lower-casing would not change it.
pub fn lowercased(word: &str) -> Cow<'_, str> {
    match already_lower_single_spaced(word) {
        true => Cow::Borrowed(word),
        false => Cow::Owned(word.to_lowercase()),
    }
}

/// Words (runs of word characters) joined by single spaces, each character
/// one that lower-casing leaves as it is: a lower-case letter or an ASCII
/// digit (a letter without case, rare here, is not looked into).
fn already_lower_single_spaced(words: &str) -> bool {
    let mut after_space = false;
    words.chars().all(|c| {
        let ok = match c {
            ' ' => !after_space,
            'a'..='z' | '0'..='9' => true,
            _ => !c.is_ascii() && is_lower(c),
        };
        after_space = c == ' ';
        ok
    })
}

/// The word that starts right after byte `at` (skipping spaces), if any.
pub fn word_after(text: &str, at: usize) -> Option<&str> {
    let tail = text[at..].trim_start_matches([' ', '\t']);
    let end = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
    let w = &tail[..end];
    (!w.is_empty()).then_some(w)
}

/// Each word with its first letter upper-cased and the rest lower-cased, as
/// a name is written ("HÀ NỘI", "hà nội" → "Hà Nội").
pub fn title_cased(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    for (i, w) in words.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(&chars.as_str().to_lowercase());
        }
    }
    out
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written as a proper name's: its first letter upper
/// case, every other lower case ("Hà", not "HÀ" nor "hà").
pub fn is_proper_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Up to `max` words of letters from byte `at`, each one `accept` takes
/// (asked with its start and end), joined by single spaces before a capital:
/// the end of the last word taken and how many were ("Nguyễn Đình Chiểu" in
/// "361/21 Nguyễn Đình Chiểu, phường 5"; a byline's pen name).
pub fn capitalized_words(
    text: &str,
    at: usize,
    max: usize,
    accept: impl Fn(usize, usize) -> bool,
) -> (usize, usize) {
    let (mut at, mut end, mut words) = (at, at, 0);
    while words < max {
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        if len == 0 || !accept(at, at + len) {
            break;
        }
        end = at + len;
        words += 1;
        if !text[end..].starts_with(' ') || !text[end + 1..].starts_with(char::is_uppercase) {
            break;
        }
        at = end + 1;
    }
    (end, words)
}

/// The byte length of the prefix of `text` equal to `prefix` without case.
pub fn prefix_without_case(text: &str, prefix: &str) -> Option<usize> {
    let mut it = text.char_indices();
    for p in prefix.chars() {
        let (_, t) = it.next()?;
        if lower(t) != lower(p) {
            return None;
        }
    }
    Some(it.next().map_or(text.len(), |(i, _)| i))
}

#[cfg(test)]
mod tests;
