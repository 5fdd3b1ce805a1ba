//! The single multi-pattern pass for everything that hangs on a number or a
//! document-type word: REGULATION, DATE and FIGURE rules from their modules,
//! compiled together once into one `regex_automata::meta::Regex`.
//!
//! Leftmost-first: at the earliest position where any rule matches, the rule
//! listed first wins ("Quy định số 85" before "85"; "5 năm" before "năm 2019").
//! A rule's `build` may still refuse its match (a "date" 32/13, a number glued
//! to a file name); then the later rules are tried at the same start.

use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::candidate::Candidate;
use crate::Context;

/// A named rule: a pattern built from named fragments and the code that turns
/// a match into a candidate (or refuses it).
pub struct Rule {
    pub name: &'static str,
    pub pattern: String,
    pub build: fn(&Context, &Hit) -> Option<Candidate>,
}

/// A rule from its name, pattern and builder (the rule modules' shorthand).
pub fn rule(
    name: &'static str,
    pattern: String,
    build: fn(&Context, &Hit) -> Option<Candidate>,
) -> Rule {
    Rule {
        name,
        pattern,
        build,
    }
}

/// One match of one rule, with its capture groups.
pub struct Hit<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
    caps: &'t Captures,
}

impl<'t> Hit<'t> {
    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// A named group's text, if it took part in the match.
    pub fn group(&self, name: &str) -> Option<&'t str> {
        self.caps
            .get_group_by_name(name)
            .map(|s| &self.text[s.start..s.end])
    }

    /// A named group's byte span in the text.
    pub fn span(&self, name: &str) -> Option<(usize, usize)> {
        self.caps.get_group_by_name(name).map(|s| (s.start, s.end))
    }

    /// The character just before the match.
    pub fn before(&self) -> Option<char> {
        self.text[..self.start].chars().next_back()
    }

    /// The character just after the match.
    pub fn after(&self) -> Option<char> {
        self.text[self.end..].chars().next()
    }
}

/// The lazy DFA's cache. The Unicode classes of the rules make many states;
/// with the default 2 MB the cache is cleared and rebuilt over and over on
/// long texts (most of the time went there).
const LAZY_DFA_CACHE_BYTES: usize = 64 << 20;

/// The longest text one rule can match, in bytes.
const MAX_RULE_SPAN: usize = 400;

/// How far ahead of the current position the pass looks for the next match
/// (bounded, so the pass is linear in the text whatever its shape).
const SCAN_WINDOW: usize = 2 * MAX_RULE_SPAN;

struct Compiled {
    /// All rules together, for the pass.
    regex: Regex,
    /// Each rule alone, for the anchored retries after a refusal (an anchored
    /// search of one pattern is cheap; of one pattern inside the set is not).
    single: Vec<Regex>,
    rules: Vec<Rule>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        // Order is priority at one start position: documents, then dates,
        // then figures.
        let mut rules = crate::regulation::rules();
        rules.extend(crate::date::rules());
        rules.extend(crate::figure::rules());
        let patterns: Vec<String> = rules
            .iter()
            .map(|r| crate::letters::pattern(&r.pattern))
            .collect();
        let regex = Regex::builder()
            .configure(
                Regex::config()
                    .hybrid_cache_capacity(LAZY_DFA_CACHE_BYTES)
                    // Measured: a prefilter of the rules' literals saves no
                    // instruction in the scan and costs some at start.
                    .auto_prefilter(false),
            )
            .build_many(&patterns)
            .unwrap_or_else(|e| panic!("rule patterns must compile: {e}"));
        let single = patterns
            .iter()
            // Only ever searched anchored, where a prefilter is never used.
            .map(|p| {
                Regex::builder()
                    .configure(Regex::config().auto_prefilter(false))
                    .build(p)
                    .expect("each rule compiles")
            })
            .collect();
        Compiled {
            regex,
            single,
            rules,
        }
    })
}

/// Compiles the rules now.
pub fn warm_up() {
    compiled();
}

/// Runs the pass over the whole text.
pub fn find_numeric(ctx: &Context, out: &mut Vec<Candidate>) {
    let c = compiled();
    let text = ctx.text;
    let mut single_caps: Vec<Captures> = c.single.iter().map(Regex::create_captures).collect();
    let mut at = 0;
    // Where the last match read past its window ended.
    let mut long_until = 0;
    while at < text.len() {
        // The set finds where and which rule (DFA only); that rule alone then
        // reads its groups over just the match, which keeps the capture
        // engine's scratch space small.
        // The set looks through a window of `SCAN_WINDOW` bytes, never to the
        // end of the text: inside a long run of digits or numerals every
        // retry would otherwise read the rest of the run again (quadratic).
        // A match that could not finish inside the window is looked for
        // again from where it starts.
        let window = ceil_char(text, (at + SCAN_WINDOW).min(text.len()));
        let Some(m) = c.regex.search(&Input::new(text).range(at..window)) else {
            if window == text.len() {
                break;
            }
            at = ceil_char(text, window - MAX_RULE_SPAN);
            continue;
        };
        if window < text.len() && m.start() + MAX_RULE_SPAN > window {
            at = m.start();
            continue;
        }
        // A match that ends near the edge of the window may go on past it
        // ("1.000.000…" of any length): it is read whole, anchored where it
        // starts, at most once per stretch of text (so never quadratic).
        let m =
            if m.end() + MAX_RULE_SPAN > window && window < text.len() && m.start() >= long_until {
                let whole = Input::new(text).range(m.start()..).anchored(Anchored::Yes);
                let whole = c.regex.search(&whole).unwrap_or(m);
                long_until = whole.end();
                whole
            } else {
                m
            };
        let start = m.start();
        let first = m.pattern().as_usize();
        let caps = &mut single_caps[first];
        c.single[first].search_captures(
            &Input::new(text)
                .range(start..m.end())
                .anchored(Anchored::Yes),
            caps,
        );
        let mut accepted = if caps.is_match() {
            try_build(ctx, c, first, caps)
        } else {
            None
        };
        if accepted.is_none() {
            // Later rules, anchored at the same start.
            let later = c
                .single
                .iter()
                .zip(single_caps.iter_mut())
                .enumerate()
                .skip(first + 1);
            for (pid, (single, caps)) in later {
                // No rule spans more than a few hundred bytes; a bounded
                // haystack keeps the backtracker's scratch space small.
                let window = ceil_char(text, (start + MAX_RULE_SPAN).min(text.len()));
                single.search_captures(
                    &Input::new(text)
                        .range(start..window)
                        .anchored(Anchored::Yes),
                    caps,
                );
                if caps.is_match() {
                    accepted = try_build(ctx, c, pid, caps);
                    if accepted.is_some() {
                        break;
                    }
                }
            }
        }
        match accepted {
            Some((cand, end)) => {
                out.push(cand);
                at = end.max(start + 1);
            }
            None => at = next_char(text, start),
        }
        at = ceil_char(text, at);
    }
}

fn try_build(
    ctx: &Context,
    c: &Compiled,
    pid: usize,
    caps: &Captures,
) -> Option<(Candidate, usize)> {
    let m = caps.get_match()?;
    let hit = Hit {
        text: ctx.text,
        start: m.start(),
        end: m.end(),
        caps,
    };
    let cand = (c.rules[pid].build)(ctx, &hit)?;
    // A rule may trim its span ("Luật Đất đai" out of "Luật Đất đai ngày …");
    // the scan resumes after what it kept.
    let end = cand.end;
    Some((cand, end))
}

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

// ---------------------------------------------------------------------------
// Helpers shared by rules: characters and words around a match.

/// What a numeric rule (DATE, FIGURE, REGULATION) refuses right around its
/// match, so that "abc12", "1.2" or "12/2024/x" are not read as a number of
/// their own. Each kind names its characters; the check is this one.
pub struct Edges {
    /// Besides letters and digits, what may not stand right before.
    pub glued_before: &'static [char],
    /// Besides letters and digits, what may not stand right after.
    pub glued_after: &'static [char],
    /// What may follow only when no digit comes after it: the number would
    /// go on ("1.2", "3-4", "10:30").
    pub number_goes_on: &'static [char],
}

impl Edges {
    /// Nothing glued before byte `start`.
    #[inline]
    pub fn clean_before(&self, text: &str, start: usize) -> bool {
        text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && !self.glued_before.contains(&c))
    }

    /// Nothing glued after byte `end`; a letter or digit only when
    /// `letter_after` allows it.
    #[inline]
    pub fn clean_after(&self, text: &str, end: usize, letter_after: bool) -> bool {
        let mut tail = text[end..].chars();
        match tail.next() {
            None => true,
            Some(c) if c.is_alphanumeric() => letter_after,
            Some(c) if self.glued_after.contains(&c) => false,
            Some(c) if self.number_goes_on.contains(&c) => {
                !tail.next().is_some_and(|c| c.is_ascii_digit())
            }
            Some(_) => true,
        }
    }

    /// Nothing glued on either side of the match.
    #[inline]
    pub fn clean(&self, hit: &Hit) -> bool {
        self.clean_before(hit.text, hit.start) && self.clean_after(hit.text, hit.end, false)
    }
}

/// `ASCII_WORD_CHARS[b]`: whether ASCII byte `b` is a letter or a digit.
const ASCII_WORD_CHARS: [bool; 128] = {
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
    match c {
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphanumeric(),
    }
}

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
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if i >= text.len() {
                return None;
            }
            match word_char_len(text, i, apostrophe) {
                Ok(len) => {
                    let start = i;
                    i += len;
                    break start;
                }
                Err(len) => i += len,
            }
        };
        while i < text.len() {
            match word_char_len(text, i, apostrophe) {
                Ok(len) => i += len,
                Err(_) => break,
            }
        }
        Some((start, i))
    })
}

/// Whether no letter or digit stands right before byte `at` (a word may start there).
#[inline]
pub fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(is_word_char)
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
pub fn words_before(text: &str, at: usize, n: usize) -> String {
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
        return String::new();
    };
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
    out
}

/// The word that starts right after byte `at` (skipping spaces), if any.
pub fn word_after(text: &str, at: usize) -> Option<&str> {
    let tail = text[at..].trim_start_matches([' ', '\t']);
    let end = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
    let w = &tail[..end];
    (!w.is_empty()).then_some(w)
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::{is_word_char, word_spans};

    /// `word_spans` gives the runs a naive walk over the characters gives.
    #[test]
    fn word_spans_are_runs_of_word_chars() {
        let naive = |text: &str, apostrophe: bool| {
            let is = |c: char| is_word_char(c) || (apostrophe && c == '\'');
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices() {
                match (is(c), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                out.push((s, text.len()));
            }
            out
        };
        let texts = [
            "",
            "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy; H'Hen Niê × 3 ÷ 4 ḁ ẞ ỹ",
            "  Ðảng bộ\u{a0}xã\u{300}Tân\u{200b}Hòa 2.024 đảng viên — 98,4% 日本 Ωμέγα ١٢٣",
            "'''a'b' ' x",
        ];
        for text in texts {
            for apostrophe in [false, true] {
                let got: Vec<_> = word_spans(text, apostrophe).collect();
                assert_eq!(got, naive(text, apostrophe), "{text:?} {apostrophe}");
            }
        }
        // Every character the engine may meet, one between two letters.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let got: Vec<_> = word_spans(&text, true).collect();
            assert_eq!(got, naive(&text, true), "U+{:04X}", c as u32);
        }
    }

    /// The fast ranges of `is_word_char` agree with `char::is_alphanumeric`
    /// on every character (the rules use one for the other).
    #[test]
    fn word_char_is_alphanumeric() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }
}
