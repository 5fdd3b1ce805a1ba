//! The single multi-pattern pass for everything that hangs on a number or a
//! document-type word: REGULATION, DATE and FIGURE rules from their modules,
//! compiled together once into one lazy DFA.
//!
//! Leftmost-first: at the earliest position where any rule matches, the rule
//! listed first wins ("Quy định số 85" before "85"; "5 năm" before "năm 2019").
//! A rule's `build` may still refuse its match (a "date" 32/13, a number glued
//! to a file name); then the later rules are tried at the same start.
//!
//! The DFA is asked anchored, at each position whose first two bytes some
//! rule begins with ([`starts`]), never unanchored: an unanchored search
//! keeps every rule's start alive in each of its states, so it has many more
//! states, and filling them was most of the cost of a first analysis (the
//! bench's first 10 KB: 50.8 → 16.2 M instructions natively).
//!
//! The pass stands above the rule modules (it takes their `rules()`); they
//! stand on `rule` (what a rule sees and gives) and `words`, never on this.

use std::cell::RefCell;
use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};
use regex_syntax::hir::Hir;

use crate::candidate::Candidate;
use crate::rule::{Context, Hit, Rule};
use crate::words::{boundary_before, ceil_char, char_at, next_char};

mod starts;
use starts::Starts;

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
    /// All rules together, for the pass: a forward lazy DFA asked anchored at
    /// each position where some rule can start.
    set: DFA,
    /// Whether the set's anchored start is the same state whatever comes
    /// before (no rule asserts anything there).
    universal_start: bool,
    /// Where a match of any rule can start.
    starts: Starts,
    /// Where a match of the rules that take one glued to a letter or digit
    /// before it can start (the others refuse such a match unread).
    glued_starts: Starts,
    /// Each rule alone, to read its groups and for the anchored retries
    /// after a refusal (an anchored search of one pattern is cheap; of one
    /// pattern inside the set is not).
    single: Vec<RuleRegex>,
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
        let patterns: Vec<Hir> = rules
            .iter()
            .map(|r| crate::letters::hir(&r.pattern))
            .collect();
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(WhichCaptures::None))
            .build_many_from_hir(&patterns)
            .unwrap_or_else(|e| panic!("rule patterns must compile: {e}"));
        let universal_start = nfa.look_set_prefix_any().is_empty();
        let starts = Starts::of(&nfa, [nfa.start_anchored()]);
        let glued_starts = Starts::of(
            &nfa,
            (0..rules.len())
                .filter(|&i| !rules[i].refuses_glued)
                .filter_map(|i| nfa.start_pattern(PatternID::must(i))),
        );
        let set = DFA::builder()
            .configure(DFA::config().cache_capacity(LAZY_DFA_CACHE_BYTES))
            .build_from_nfa(nfa)
            .unwrap_or_else(|e| panic!("rule patterns must compile: {e}"));
        let single = patterns.into_iter().map(RuleRegex::new).collect();
        Compiled {
            set,
            universal_start,
            starts,
            glued_starts,
            single,
            rules,
        }
    })
}

/// One rule's regex, compiled the first time a match of the rule is read:
/// an article asks a few of the rules, and a page's first analysis need
/// not wait for the others.
struct RuleRegex {
    pattern: Hir,
    regex: OnceLock<Regex>,
}

impl RuleRegex {
    fn new(pattern: Hir) -> RuleRegex {
        RuleRegex {
            pattern,
            regex: OnceLock::new(),
        }
    }

    fn get(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::builder()
                // Only ever searched anchored, where a prefilter is never used.
                .configure(Regex::config().auto_prefilter(false))
                .build_from_hir(&self.pattern)
                .expect("each rule compiles")
        })
    }
}

/// Compiles the rules' set now (each rule's own regex waits for its first match).
pub fn warm_up() {
    compiled();
}

/// The set's lazy DFA states and its anchored start, kept from one analysis
/// to the next: filling them is most of what a first analysis costs.
struct SetCache {
    dfa: Cache,
    /// The anchored start state, with the cache's clear count when asked.
    start: Option<(LazyStateID, usize)>,
}

thread_local! {
    static SET_CACHE: RefCell<Option<SetCache>> = const { RefCell::new(None) };
}

const GAVE_UP: &str = "the set's cache never gives up (no minimum of bytes per state)";

/// Runs the pass over the whole text, adding its candidates to `out`.
pub fn find_numeric(ctx: &Context, out: &mut Vec<Candidate>) {
    let c = compiled();
    SET_CACHE.with(|cell| {
        let mut cache = cell.borrow_mut();
        let cache = cache.get_or_insert_with(|| SetCache {
            dfa: c.set.create_cache(),
            start: None,
        });
        find_with(ctx, c, cache, out);
    });
}

/// The next position from `at` where a rule's match can start: a character
/// whose two bytes some rule begins with, and right after a letter or digit
/// only a rule that takes glued matches.
fn next_start(c: &Compiled, text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    // Whether the character before `i` is a letter or digit.
    let mut glued = !boundary_before(text, i);
    while i < bytes.len() {
        let starts = if glued { &c.glued_starts } else { &c.starts };
        if starts.can_start(bytes, i) {
            return Some(i);
        }
        let (len, word) = char_at(text, i);
        glued = word;
        i += len;
    }
    None
}

/// The set's anchored start state for a match at `start`. The rules assert
/// nothing about what comes before them, so it is one state, asked once
/// after each clearing of the cache (which renumbers the states).
#[inline]
fn anchored_start(c: &Compiled, cache: &mut SetCache, bytes: &[u8], start: usize) -> LazyStateID {
    if c.universal_start {
        if let Some((sid, at_clears)) = cache.start {
            if at_clears == cache.dfa.clear_count() {
                return sid;
            }
        }
    }
    let config = regex_automata::util::start::Config::new()
        .anchored(Anchored::Yes)
        .look_behind(start.checked_sub(1).map(|i| bytes[i]));
    let sid = c.set.start_state(&mut cache.dfa, &config).expect(GAVE_UP);
    cache.start = Some((sid, cache.dfa.clear_count()));
    sid
}

/// What the set's walk from one position found.
enum Walk {
    /// The end and rule of the leftmost-first match.
    Match(usize, usize),
    /// No match starts there.
    Dead,
    /// No match yet, and the walk reached its limit still alive (a long run
    /// of spaces or digits that the walk from each of its positions would
    /// read again).
    Alive,
}

/// The set's leftmost-first match anchored at `start`, looking no further
/// than `until`: the lazy DFA walked byte by byte (most positions die within
/// a byte or two; a full search's set-up costs more than that walk).
#[inline]
fn set_walk(c: &Compiled, cache: &mut SetCache, text: &str, start: usize, until: usize) -> Walk {
    let bytes = text.as_bytes();
    let mut sid = anchored_start(c, cache, bytes, start);
    let (dfa, cache, gave_up) = (&c.set, &mut cache.dfa, GAVE_UP);
    let mut found = None;
    // A match state is entered one byte after the match ends.
    for (at, &b) in bytes[start..until].iter().enumerate() {
        sid = dfa.next_state(cache, sid, b).expect(gave_up);
        if sid.is_tagged() {
            if sid.is_match() {
                found = Some((start + at, dfa.match_pattern(cache, sid, 0).as_usize()));
            } else if sid.is_dead() {
                return found.map_or(Walk::Dead, |(end, pid)| Walk::Match(end, pid));
            }
        }
    }
    sid = match bytes.get(until) {
        Some(&b) => dfa.next_state(cache, sid, b),
        None => dfa.next_eoi_state(cache, sid),
    }
    .expect(gave_up);
    if sid.is_match() {
        found = Some((until, dfa.match_pattern(cache, sid, 0).as_usize()));
    }
    match found {
        Some((end, pid)) => Walk::Match(end, pid),
        None if sid.is_dead() => Walk::Dead,
        None => Walk::Alive,
    }
}

/// The set's match anchored at `start`, looking no further than `until`.
fn set_match(
    c: &Compiled,
    cache: &mut SetCache,
    text: &str,
    start: usize,
    until: usize,
) -> Option<(usize, usize)> {
    match set_walk(c, cache, text, start, until) {
        Walk::Match(end, pid) => Some((end, pid)),
        Walk::Dead | Walk::Alive => None,
    }
}

/// All rules as one unanchored regex, built only when a text first needs
/// it: where a walk stays alive through its whole window without a match,
/// one unanchored search finds the next match start in the window (or that
/// there is none), where a walk from every position would read the run
/// again (a megabyte of spaces: 0.02 s this way, 1.4 s walking).
fn unanchored() -> &'static Regex {
    static UNANCHORED: OnceLock<Regex> = OnceLock::new();
    UNANCHORED.get_or_init(|| {
        let patterns: Vec<Hir> = compiled()
            .single
            .iter()
            .map(|r| r.pattern.clone())
            .collect();
        Regex::builder()
            .configure(
                Regex::config()
                    .hybrid_cache_capacity(LAZY_DFA_CACHE_BYTES)
                    .auto_prefilter(false),
            )
            .build_many_from_hir(&patterns)
            .unwrap_or_else(|e| panic!("rule patterns must compile: {e}"))
    })
}

fn find_with(ctx: &Context, c: &Compiled, cache: &mut SetCache, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // Each rule's groups, made room for when the rule is first read.
    let mut single_caps: Vec<Option<Captures>> = c.single.iter().map(|_| None).collect();
    let mut at = 0;
    // Where the last match read past its window ended.
    let mut long_until = 0;
    while at < text.len() {
        // The set finds which rule matches where a rule can start (DFA
        // only); that rule alone then reads its groups over just the match,
        // which keeps the capture engine's scratch space small.
        let Some(start) = next_start(c, text, at) else {
            break;
        };
        // The set looks through a window of `SCAN_WINDOW` bytes, never to
        // the end of the text: inside a long run of digits or numerals every
        // retry would otherwise read the rest of the run again (quadratic).
        let window = ceil_char(text, (start + SCAN_WINDOW).min(text.len()));
        let (start, end, first) = match set_walk(c, cache, text, start, window) {
            Walk::Match(end, first) => (start, end, first),
            Walk::Dead => {
                at = next_char(text, start);
                continue;
            }
            Walk::Alive => {
                // The next match start in the window, found at once.
                let Some(m) = unanchored().search(&Input::new(text).range(start..window)) else {
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
                (m.start(), m.end(), m.pattern().as_usize())
            }
        };
        // A match that ends near the edge of the window may go on past it
        // ("1.000.000…" of any length): it is read whole, at most once per
        // stretch of text (so never quadratic).
        let (end, first) =
            if end + MAX_RULE_SPAN > window && window < text.len() && start >= long_until {
                let whole = set_match(c, cache, text, start, text.len()).unwrap_or((end, first));
                long_until = whole.0;
                whole
            } else {
                (end, first)
            };
        // Inside a word ("khai", "…855338") most rules refuse at once.
        let glued = !boundary_before(text, start);
        let skipped = |pid: usize| glued && c.rules[pid].refuses_glued;
        let mut accepted = None;
        if !skipped(first) {
            let single = c.single[first].get();
            let caps = single_caps[first].get_or_insert_with(|| single.create_captures());
            single.search_captures(
                &Input::new(text).range(start..end).anchored(Anchored::Yes),
                caps,
            );
            if caps.is_match() {
                accepted = try_build(ctx, c, first, caps);
            }
        }
        if accepted.is_none() {
            // Later rules, anchored at the same start. No rule spans more
            // than a few hundred bytes; a bounded haystack keeps the
            // backtracker's scratch space small.
            let window = ceil_char(text, (start + MAX_RULE_SPAN).min(text.len()));
            let later = c
                .single
                .iter()
                .zip(single_caps.iter_mut())
                .enumerate()
                .skip(first + 1);
            for (pid, (single, caps)) in later {
                if skipped(pid) {
                    continue;
                }
                let single = single.get();
                let caps = caps.get_or_insert_with(|| single.create_captures());
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
                push_growing_gently(out, cand);
                at = end.max(start + 1);
            }
            None => at = next_char(text, start),
        }
        at = ceil_char(text, at);
    }
}

/// Adds a candidate, making room an eighth at a time: `out` may already hold
/// the other passes' candidates (a long text's largest list), which growing
/// by doubling would give up to twice the room they need, at the peak of
/// the analysis.
fn push_growing_gently(out: &mut Vec<Candidate>, candidate: Candidate) {
    if out.len() == out.capacity() {
        out.reserve_exact(out.len() / 8 + 256);
    }
    out.push(candidate);
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

#[cfg(test)]
mod tests;
