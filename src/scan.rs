//! The single multi-pattern pass for everything that hangs on a number or a
//! document-type word: REGULATION, DATE and FIGURE rules from their modules,
//! compiled together once into one `regex_automata::meta::Regex`.
//!
//! Leftmost-first: at the earliest position where any rule matches, the rule
//! listed first wins ("Quy định số 85" before "85"; "5 năm" before "năm 2019").
//! A rule's `build` may still refuse its match (a "date" 32/13, a number glued
//! to a file name); then the later rules are tried at the same start.
//!
//! The pass stands above the rule modules (it takes their `rules()`); they
//! stand on `rule` (what a rule sees and gives) and `words`, never on this.

use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::Hir;

use crate::candidate::Candidate;
use crate::rule::{Context, Hit, Rule};
use crate::words::{boundary_before, ceil_char, next_char};

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
        let patterns: Vec<Hir> = rules
            .iter()
            .map(|r| crate::letters::hir(&r.pattern))
            .collect();
        let regex = Regex::builder()
            .configure(
                Regex::config()
                    .hybrid_cache_capacity(LAZY_DFA_CACHE_BYTES)
                    // Measured: a prefilter of the rules' literals saves no
                    // instruction in the scan and costs some at start.
                    .auto_prefilter(false),
            )
            .build_many_from_hir(&patterns)
            .unwrap_or_else(|e| panic!("rule patterns must compile: {e}"));
        let single = patterns
            .iter()
            // Only ever searched anchored, where a prefilter is never used.
            .map(|p| {
                Regex::builder()
                    .configure(Regex::config().auto_prefilter(false))
                    .build_from_hir(p)
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

/// Runs the pass over the whole text, adding its candidates to `out`.
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
        // Inside a word ("khai", "…855338") most rules refuse at once.
        let glued = !boundary_before(text, start);
        let skipped = |pid: usize| glued && c.rules[pid].refuses_glued;
        let mut accepted = None;
        if !skipped(first) {
            let caps = &mut single_caps[first];
            c.single[first].search_captures(
                &Input::new(text)
                    .range(start..m.end())
                    .anchored(Anchored::Yes),
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
mod tests {
    use super::*;

    /// A hit's named groups, found by comparing the rule's group names, are
    /// the groups the captures give by name, for every group of every rule
    /// on its matches in the dev articles.
    #[test]
    fn groups_by_name_are_the_captures_groups() {
        let c = compiled();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/dev");
        let mut compared = 0;
        for path in std::fs::read_dir(dir)
            .expect("dev corpus")
            .map(|e| e.expect("entry").path())
        {
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a dev article");
            for (pid, single) in c.single.iter().enumerate() {
                for caps in single.captures_iter(&text) {
                    let Some(m) = caps.get_match() else { continue };
                    let hit = Hit {
                        text: &text,
                        start: m.start(),
                        end: m.end(),
                        caps: &caps,
                    };
                    let names = caps.group_info().pattern_names(m.pattern());
                    for name in names.flatten() {
                        let expected = caps.get_group_by_name(name).map(|s| (s.start, s.end));
                        assert_eq!(
                            hit.span(name),
                            expected,
                            "{} group {name}",
                            c.rules[pid].name
                        );
                        compared += 1;
                    }
                    assert_eq!(hit.span("no such group"), None);
                }
            }
        }
        assert!(compared > 1000, "only {compared} groups compared");
    }

    /// A rule marked `refuses_glued` does refuse every match with a letter
    /// or digit right before it: on the dev and train articles, each of its
    /// matches at such a position is built and must be refused (the pass
    /// skips them unread). Marking a rule that does take such matches fails
    /// here ("listed_number" does: "Nghị định 29 và 178").
    #[test]
    fn rules_refusing_glued_matches_refuse_them() {
        let c = compiled();
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let articles = ["dev", "train"].iter().flat_map(|part| {
            std::fs::read_dir(format!("{corpus}/{part}"))
                .expect("corpus folder")
                .map(|entry| entry.expect("corpus entry").path())
        });
        let mut checked = 0;
        for path in articles {
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a dev article");
            let ctx = Context {
                text: &text,
                reference: None,
            };
            for (pid, rule) in c.rules.iter().enumerate() {
                if !rule.refuses_glued {
                    continue;
                }
                let mut caps = c.single[pid].create_captures();
                for (start, _) in text.char_indices() {
                    if boundary_before(&text, start) {
                        continue;
                    }
                    let window = ceil_char(&text, (start + MAX_RULE_SPAN).min(text.len()));
                    let input = Input::new(&text)
                        .range(start..window)
                        .anchored(Anchored::Yes);
                    c.single[pid].search_captures(&input, &mut caps);
                    if caps.is_match() {
                        checked += 1;
                        let found = try_build(&ctx, c, pid, &caps);
                        assert!(
                            found.is_none(),
                            "{} took a glued match at {start} of {}",
                            rule.name,
                            path.display()
                        );
                    }
                }
            }
        }
        // The articles hold many ("khai", digits inside numbers).
        assert!(checked > 1000, "only {checked} glued matches checked");
    }
}
