//! The Vietnamese numeral grammar: a small parser over words that reads
//! "ba mươi ba" (33), "một trăm linh năm" (105), "hai mươi mốt nghìn không
//! trăm mười một" (21.011), "3 triệu rưỡi" (3.500.000) or "2 tỷ 300 triệu"
//! with their exact value (REFERENCE_vi.md §4.1a).
//!
//! A numeral is groups below a thousand ("hai trăm ba mươi") joined by
//! magnitude words that multiply what comes before them ("nghìn", "vạn",
//! "triệu", "tỷ"; "nghìn tỷ" stacks them). The parser reads the longest
//! numeral at a position and says how many words it took; whether that
//! numeral counts something is for the rule that calls it (`spelled.rs`).

pub use super::lexicon::{head_pattern, is_numeral_word, magnitude_pattern, word_pattern};
use super::lexicon::{tokens, Digit, Token, Word};

/// A numeral read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// Byte offset where it ends.
    pub end: usize,
    /// How many words (or numbers) it took.
    pub words: usize,
}

/// Reads the longest numeral starting at byte `at` of `text`.
pub fn read(text: &str, at: usize) -> Option<Numeral> {
    let toks = tokens(text, at);
    let kinds: Vec<Token> = toks.iter().map(|t| t.0).collect();
    let (value, words) = Parser { toks: &kinds, i: 0 }.numeral()?;
    Some(Numeral {
        value,
        end: toks[words - 1].2,
        words,
    })
}

/// The value of a whole string written as one numeral ("ba mươi ba" → 33);
/// `None` if any of it is not part of the numeral.
pub fn parse_numeral(s: &str) -> Option<f64> {
    let s = s.trim();
    let n = read(s, 0)?;
    (n.end == s.len()).then_some(n.value)
}

struct Parser<'a> {
    toks: &'a [Token],
    i: usize,
}

impl Parser<'_> {
    fn word(&self, ahead: usize) -> Option<Word> {
        match self.toks.get(self.i + ahead) {
            Some(Token::Word(w)) => Some(*w),
            _ => None,
        }
    }

    /// The digit `ahead` tokens on, if it may stand where `allowed` says.
    fn digit(&self, ahead: usize, allowed: fn(&Digit) -> bool) -> Option<u32> {
        match self.word(ahead) {
            Some(Word::Digit(d)) if allowed(&d) => Some(u32::from(d.value)),
            _ => None,
        }
    }

    fn magnitude_next(&self) -> bool {
        matches!(self.word(0), Some(Word::Magnitude(_)))
    }

    /// 10–99: "mười", "mười lăm", "ba mươi", "ba mươi ba", "hai chục", and
    /// "hai mốt", "ba lăm" with "mươi" left out.
    fn tens(&mut self) -> Option<u32> {
        if self.word(0) == Some(Word::Ten) {
            self.i += 1;
            let unit = self.digit(0, |d| d.teen);
            self.i += usize::from(unit.is_some());
            return Some(10 + unit.unwrap_or(0));
        }
        let tens = self.digit(0, |d| d.alone)?;
        match self.word(1) {
            Some(Word::Tens) if tens >= 2 => {
                self.i += 2;
                let unit = self.digit(0, |d| d.tens);
                self.i += usize::from(unit.is_some());
                Some(tens * 10 + unit.unwrap_or(0))
            }
            Some(Word::Score) => {
                self.i += 2;
                Some(tens * 10)
            }
            // "hai mốt", "ba lăm": only the forms no other word shares ("ba tư" is Persia).
            Some(Word::Digit(u)) if tens >= 2 && !u.alone && u.tens && u.value != 4 => {
                self.i += 2;
                Some(tens * 10 + u32::from(u.value))
            }
            _ => None,
        }
    }

    /// After "trăm" or "không trăm": "linh năm", "mười một", "ba mươi", "rưỡi" (+50).
    fn below_hundred(&mut self) -> Option<u32> {
        if self.word(0) == Some(Word::Link) {
            let unit = self.digit(1, |d| d.linked)?;
            self.i += 2;
            return Some(unit);
        }
        if self.word(0) == Some(Word::AndAHalf) {
            self.i += 1;
            return Some(50);
        }
        self.tens()
    }

    /// A group below a thousand; `true` when it is a lone digit ("ba"),
    /// which after a magnitude must be followed by another one ("hai triệu
    /// ba nghìn"): "hai nghìn năm" is two thousand years.
    fn group(&mut self) -> Option<(u32, bool)> {
        if let Some(hundreds) = self.digit(0, |d| d.alone) {
            if self.word(1) == Some(Word::Hundred) {
                self.i += 2;
                let rest = self.below_hundred().unwrap_or(0);
                return Some((hundreds * 100 + rest, false));
            }
        }
        if let Some(tens) = self.tens() {
            return Some((tens, false));
        }
        let unit = self.digit(0, |d| d.alone)?;
        self.i += 1;
        Some((unit, true))
    }

    /// The group after a magnitude: "không trăm mười một", "linh năm", "ba
    /// trăm", "300" before a magnitude ("2 tỷ 300 triệu").
    fn lower_group(&mut self) -> Option<u32> {
        let save = self.i;
        if self.word(0) == Some(Word::Zero) && self.word(1) == Some(Word::Hundred) {
            self.i += 2;
            let rest = self.below_hundred();
            if rest.is_none() {
                self.i = save;
            }
            return rest;
        }
        if let Some(Token::Number { value, decimals: 0 }) = self.toks.get(self.i) {
            let followed = matches!(
                self.toks.get(self.i + 1),
                Some(Token::Word(Word::Magnitude(_)))
            );
            if *value < 1000.0 && followed {
                self.i += 1;
                return Some(*value as u32);
            }
            return None;
        }
        let (value, lone) = if self.word(0) == Some(Word::Link) {
            (self.below_hundred()?, false)
        } else {
            self.group()?
        };
        if lone && !self.magnitude_next() {
            self.i = save;
            return None;
        }
        Some(value)
    }

    /// The whole numeral: its value and how many tokens it took.
    fn numeral(&mut self) -> Option<(f64, usize)> {
        let negative = self.word(0) == Some(Word::Minus);
        self.i += usize::from(negative);
        let sign = if negative { -1.0 } else { 1.0 };
        // Coefficient waiting for its magnitude: value and decimal places.
        let mut pending: Option<(f64, i32)>;
        match self.toks.get(self.i) {
            // "không" alone is 0 (as a figure it is "not": the rule never starts there).
            Some(Token::Word(Word::Zero)) if self.word(1) != Some(Word::Hundred) => {
                return Some((0.0, self.i + 1));
            }
            Some(Token::Word(Word::Half)) => {
                self.i += 1;
                pending = Some((0.5, 1));
            }
            Some(&Token::Number { value, decimals }) => {
                self.i += 1;
                pending = Some((value, decimals));
            }
            _ => pending = Some((f64::from(self.group()?.0), 0)),
        }
        let mut best = (pending?.0, self.i);
        // Groups already multiplied by their magnitude, largest first.
        let mut segments: Vec<(f64, i32)> = Vec::new();
        let mut after_magnitude = false;
        loop {
            if let Some(Word::Magnitude(e)) = self.word(0) {
                let (coefficient, decimals) = pending.unwrap_or((0.0, 0));
                // "hai nghìn tỷ": the smaller segments before are multiplied too.
                let smaller = segments.iter().rev().take_while(|s| s.1 < e).count();
                let multiplier = coefficient
                    + segments[segments.len() - smaller..]
                        .iter()
                        .map(|s| s.0)
                        .sum::<f64>();
                let kept = &segments[..segments.len() - smaller];
                let fits = kept.last().is_none_or(|&(_, top)| {
                    top > e && multiplier * 10f64.powi(e) < 10f64.powi(top)
                });
                if multiplier <= 0.0 || !fits {
                    break;
                }
                segments.truncate(segments.len() - smaller);
                segments.push((times_power_of_ten(multiplier, decimals, e), e));
                pending = None;
                after_magnitude = true;
                self.i += 1;
                best = (segments.iter().map(|s| s.0).sum(), self.i);
            } else if after_magnitude && self.word(0) == Some(Word::AndAHalf) {
                // "3 triệu rưỡi": half of the magnitude just read; nothing follows.
                let last = segments.last_mut()?;
                last.0 += 0.5 * 10f64.powi(last.1);
                self.i += 1;
                best = (segments.iter().map(|s| s.0).sum(), self.i);
                break;
            } else if after_magnitude {
                let Some(group) = self.lower_group() else {
                    break;
                };
                pending = Some((f64::from(group), 0));
                after_magnitude = false;
                if !self.magnitude_next() {
                    best = (
                        segments.iter().map(|s| s.0).sum::<f64>() + f64::from(group),
                        self.i,
                    );
                }
            } else {
                break;
            }
        }
        Some((sign * best.0, best.1))
    }
}

/// `x · 10^e`, exact for the decimals written: "1,5 nghìn" is 1500, not 1499.999….
fn times_power_of_ten(x: f64, decimals: i32, e: i32) -> f64 {
    let v = x * 10f64.powi(e);
    let places = 10f64.powi((decimals - e).max(0));
    (v * places).round() / places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_of_the_reference() {
        for (words, value) in [
            ("ba mươi ba", 33.0),
            ("mười bốn", 14.0),
            ("mười lăm", 15.0),
            ("mười tư", 14.0),
            ("hai mươi mốt", 21.0),
            ("bảy mươi lăm", 75.0),
            ("chín mươi nhăm", 95.0),
            ("hai mốt", 21.0),
            ("một trăm linh năm", 105.0),
            ("một trăm lẻ năm", 105.0),
            ("một trăm mười một", 111.0),
            ("hai trăm rưỡi", 250.0),
            ("hai chục", 20.0),
            ("hai trăm nghìn", 200_000.0),
            ("năm nghìn", 5000.0),
            ("ba vạn", 30_000.0),
            ("hai mươi mốt nghìn không trăm mười một", 21_011.0),
            ("bảy trăm hai mươi mốt nghìn không trăm mười hai", 721_012.0),
            ("hai nghìn không trăm linh hai", 2002.0),
            ("hai nghìn linh hai", 2002.0),
            ("một triệu không trăm linh năm nghìn", 1_005_000.0),
            ("một tỷ", 1e9),
            ("hai nghìn tỷ", 2e12),
            ("một triệu rưỡi", 1_500_000.0),
            ("3 triệu rưỡi", 3_500_000.0),
            ("1,5 nghìn", 1500.0),
            ("2,3 triệu", 2_300_000.0),
            ("2 tỷ 300 triệu", 2_300_000_000.0),
            ("150tỷ", 150e9),
            ("nửa triệu", 500_000.0),
            ("âm hai mươi", -20.0),
            ("Hai Mươi", 20.0),
            ("không", 0.0),
        ] {
            assert_eq!(parse_numeral(words), Some(value), "{words}");
        }
        // A rough order ("some tens of thousands") is no numeral.
        assert_eq!(parse_numeral("hàng chục nghìn"), None);
    }

    #[test]
    fn stops_where_the_numeral_ends() {
        for (text, words) in [
            ("mười năm qua", 1), // ten years: 15 is "mười lăm"
            ("hai mươi năm đổi mới", 2),
            ("hai nghìn năm lịch sử", 2), // two thousand years
            ("một trăm năm", 2),
            ("hai nghìn ba nghìn", 2),
            ("hai triệu nghìn", 2),
            ("3 triệu 2023", 2),
            ("ba ban", 1),
        ] {
            assert_eq!(read(text, 0).map(|n| n.words), Some(words), "{text}");
        }
        for none in [
            "mươi",
            "trăm công",
            "nghìn",
            "tư nhân",
            "lăm",
            "mốt",
            "âm nhạc",
        ] {
            assert_eq!(read(none, 0), None, "{none}");
        }
    }
}
