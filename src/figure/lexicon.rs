//! The words of Vietnamese numerals (REFERENCE_vi.md §4.1a), what each does
//! in a numeral, and how text is cut into them for the parser in
//! `numeral.rs`. To add a word (a regional form, a magnitude): a line in
//! `LEXICON`.

use super::number::parse_vietnamese_number;
use crate::words::is_word_char;

/// A unit digit and where Vietnamese lets it stand: "năm" but not "mười
/// năm" (that is "ten years": 15 is "mười lăm"), "mốt" only after a tens
/// digit ("hai mươi mốt", "hai mốt").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digit {
    pub value: u8,
    /// On its own, or before "trăm", "mươi", "chục" or a magnitude.
    pub alone: bool,
    /// After "mười": "mười một", "mười lăm", "mười tư".
    pub teen: bool,
    /// After "mươi": "hai mươi mốt", "ba mươi tư", "bảy mươi lăm".
    pub tens: bool,
    /// After "linh"/"lẻ": "một trăm linh năm", "linh tư".
    pub linked: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Word {
    Digit(Digit),
    /// "không": 0 alone, and "không trăm" inside a larger number.
    Zero,
    /// "mười" (10, and the tens of 11–19).
    Ten,
    /// "mươi" after a tens digit.
    Tens,
    /// "chục": "hai chục" is 20.
    Score,
    Hundred,
    /// "linh"/"lẻ": a zero tens digit ("một trăm linh năm").
    Link,
    /// A power of ten: nghìn/ngàn 3, vạn 4, triệu 6, tỷ/tỉ 9.
    Magnitude(i32),
    /// "rưỡi": and a half of the magnitude before it.
    AndAHalf,
    /// "nửa": one half.
    Half,
    /// "âm": minus.
    Minus,
}

const fn digit(value: u8, alone: bool, teen: bool, tens: bool, linked: bool) -> Word {
    Word::Digit(Digit {
        value,
        alone,
        teen,
        tens,
        linked,
    })
}

const fn any_digit(value: u8) -> Word {
    digit(value, true, true, true, true)
}

/// Every word of the grammar (lower case, the canonical tone placement).
const LEXICON: &[(&str, Word)] = &[
    ("không", Word::Zero),
    ("một", any_digit(1)),
    ("mốt", digit(1, false, false, true, false)),
    ("hai", any_digit(2)),
    ("ba", any_digit(3)),
    ("bốn", any_digit(4)),
    ("tư", digit(4, false, true, true, true)),
    ("năm", digit(5, true, false, false, true)),
    ("lăm", digit(5, false, true, true, false)),
    ("nhăm", digit(5, false, true, true, false)),
    ("sáu", any_digit(6)),
    ("bảy", any_digit(7)),
    ("bẩy", any_digit(7)),
    ("tám", any_digit(8)),
    ("chín", any_digit(9)),
    ("mười", Word::Ten),
    ("mươi", Word::Tens),
    ("chục", Word::Score),
    ("trăm", Word::Hundred),
    ("linh", Word::Link),
    ("lẻ", Word::Link),
    ("nghìn", Word::Magnitude(3)),
    ("ngàn", Word::Magnitude(3)),
    ("vạn", Word::Magnitude(4)),
    ("triệu", Word::Magnitude(6)),
    ("tỷ", Word::Magnitude(9)),
    ("tỉ", Word::Magnitude(9)),
    ("rưỡi", Word::AndAHalf),
    ("nửa", Word::Half),
    ("âm", Word::Minus),
];

fn lookup(word: &str) -> Option<Word> {
    let lower = crate::words::lowercased(word);
    LEXICON
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|&(_, kind)| kind)
}

/// Whether a word belongs to the numeral grammar ("hai", "mươi", "nghìn").
/// "nửa" and "âm" are left out: they are common words elsewhere.
pub fn is_numeral_word(word: &str) -> bool {
    lookup(word).is_some_and(|w| !matches!(w, Word::Half | Word::Minus))
}

/// Words a numeral may begin with, for the rule pattern ("âm" is the
/// pattern's own optional prefix).
fn is_head(word: &Word) -> bool {
    match word {
        Word::Digit(d) => d.alone,
        Word::Ten | Word::Half => true,
        _ => false,
    }
}

fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut words: Vec<&str> = words.collect();
    // Longer first, so that an alternation never stops inside a word.
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    format!("(?i:{})", words.join("|"))
}

/// Pattern: a word that can begin a numeral.
pub fn head_pattern() -> String {
    alternation(LEXICON.iter().filter(|(_, k)| is_head(k)).map(|(w, _)| *w))
}

/// Pattern: any word of a numeral after its first.
pub fn word_pattern() -> String {
    alternation(
        LEXICON
            .iter()
            .filter(|(_, k)| !matches!(k, Word::Minus))
            .map(|(w, _)| *w),
    )
}

/// Pattern: a magnitude word.
pub fn magnitude_pattern() -> String {
    alternation(
        LEXICON
            .iter()
            .filter(|(_, k)| matches!(k, Word::Magnitude(_)))
            .map(|(w, _)| *w),
    )
}

/// One token of the text: a word of the grammar or a number in digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token {
    Word(Word),
    Number { value: f64, decimals: i32 },
}

/// The most words one numeral may take ("bảy trăm hai mươi mốt nghìn không
/// trăm mười hai" is 11).
const MAX_WORDS: usize = 40;

/// The tokens from `at`: words of the grammar and numbers separated by
/// spaces, up to the first other word or character (no numeral goes on past
/// them). Digits glued to a word ("150tỷ") are two tokens.
pub fn tokens(text: &str, at: usize) -> Vec<(Token, usize, usize)> {
    let mut out = Vec::new();
    let mut pos = at;
    while out.len() < MAX_WORDS {
        let rest = &text[pos..];
        let digits = rest.starts_with(|c: char| c.is_ascii_digit());
        let len = if digits {
            number_len(rest)
        } else {
            rest.find(|c: char| !is_word_char(c) || c.is_ascii_digit())
                .unwrap_or(rest.len())
        };
        if len == 0 {
            break;
        }
        let word = &rest[..len];
        let token = if digits {
            parse_vietnamese_number(word).map(|value| Token::Number {
                value,
                decimals: word.split_once(',').map_or(0, |(_, f)| f.len() as i32),
            })
        } else {
            lookup(word).map(Token::Word)
        };
        let Some(token) = token else {
            break;
        };
        out.push((token, pos, pos + len));
        pos += len;
        let after = &text[pos..];
        let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
        let glued_word = digits && after.starts_with(|c: char| is_word_char(c));
        if spaces > 0 {
            pos += spaces;
        } else if !glued_word {
            break;
        }
    }
    out
}

/// The length of "2.024", "1,5", "3.359,80" at the start of `s`.
fn number_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let separator = matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(b[i].is_ascii_digit() || separator) {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{Word, LEXICON};

    /// The words that multiply a number are the ones `crate::counted`
    /// gives ORG, which tells a unit's number from a count with them.
    #[test]
    fn magnitudes_are_the_shared_list() {
        let mut ours: Vec<&str> = LEXICON
            .iter()
            .filter(|(_, w)| matches!(w, Word::Hundred | Word::Magnitude(_)))
            .map(|&(word, _)| word)
            .collect();
        let mut shared = crate::counted::MAGNITUDE_WORDS.to_vec();
        ours.sort_unstable();
        shared.sort_unstable();
        assert_eq!(ours, shared);
    }
}
