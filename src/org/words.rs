//! The words an organization's name is read from: word boundaries,
//! capitalized and lower-case words, abbreviations, numbers, and phrases
//! looked up by their first word. The bottom of the ORG rules: `chain` and
//! `parts` read names with these.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::{Anchored, Input};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::lexicon::NOT_NAME_WORDS;
use crate::words::is_word_char;

/// Phrases indexed by their first word, longest first within each word, so
/// a look-up costs one hash probe for the many words that start none.
pub(super) struct PhraseIndex {
    by_first_word: FxHashMap<String, Vec<String>>,
}

impl PhraseIndex {
    pub(super) fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> Self {
        let mut by_first_word: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for p in phrases {
            let p = p.as_ref();
            let first_len = p.find(|c: char| !is_word_char(c)).unwrap_or(p.len());
            let first = p[..first_len].to_string();
            by_first_word.entry(first).or_default().push(p.to_string());
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
            list.dedup();
        }
        PhraseIndex { by_first_word }
    }

    /// The phrases that may start at `at` (those of the word there), longest first.
    pub(super) fn candidates<'a>(&'a self, text: &str, at: usize) -> &'a [String] {
        let rest = &text[at..];
        let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        self.by_first_word
            .get(&rest[..len])
            .map_or(&[], Vec::as_slice)
    }

    /// The end of the longest phrase at `at`, ending on a (soft) word boundary.
    pub(super) fn longest_at(&self, text: &str, at: usize) -> Option<usize> {
        literal(self.candidates(text, at), text, at)
    }
}

pub(super) fn not_name_word(w: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| NOT_NAME_WORDS.iter().copied().collect())
        .contains(w)
}

/// Whether no word character follows byte `at`.
pub(super) use crate::words::boundary_after as boundary;

/// A boundary, or a capital glued to a lower-case letter, as when a space
/// was lost: "Ban Chấp hànhĐảng bộ huyện".
pub(super) fn soft_boundary(text: &str, at: usize) -> bool {
    boundary(text, at)
        || (text[at..].starts_with(char::is_uppercase) && text[..at].ends_with(char::is_lowercase))
}

/// A pattern only ever matched anchored, for where its match ends: a lazy
/// DFA alone, with this thread's cache. A full regex would also build a
/// reverse DFA and the capture engines, and pay for choosing between them
/// on every one of the many look-ups (most fail on the first byte).
pub(super) struct EndPattern {
    dfa: DFA,
    /// Which of this thread's caches is this pattern's.
    id: usize,
}

thread_local! {
    /// Each pattern's lazy DFA cache on this thread, by its id.
    static CACHES: RefCell<Vec<Option<Cache>>> = const { RefCell::new(Vec::new()) };
}

impl EndPattern {
    /// `pattern` as the rules write it (`crate::letters::pattern` expands it).
    pub(super) fn new(pattern: &str) -> Self {
        static NEXT_ID: AtomicUsize = AtomicUsize::new(0);
        EndPattern {
            dfa: compile_dfa(pattern),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The end of the leftmost-first match starting exactly at `at`.
    fn end_at(&self, text: &str, at: usize) -> Option<usize> {
        let input = Input::new(text).range(at..).anchored(Anchored::Yes);
        CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            if caches.len() <= self.id {
                caches.resize_with(self.id + 1, || None);
            }
            let cache = caches[self.id].get_or_insert_with(|| self.dfa.create_cache());
            self.dfa
                .try_search_fwd(cache, &input)
                // No quit byte (a Unicode word boundary would have failed the
                // build), and the cache never gives up.
                .expect("an anchored ORG pattern search cannot fail")
                .map(|m| m.offset())
        })
    }
}

/// The most memory a pattern's lazy DFA cache may hold. The whole names'
/// alternation (`grammar::Grammar::fixed`) fills the default 2 MB and was
/// cleared (its states built again) three times per megabyte of text; it
/// stays under 3 MB with this room, and the others under 0.5 MB.
const CACHE_CAPACITY: usize = 8 << 20;

/// The lazy DFA of `pattern` (its letter classes: `crate::letters::hir`),
/// built as `DFA::new` builds one from a pattern's text.
fn compile_dfa(pattern: &str) -> DFA {
    let nfa = thompson::Compiler::new()
        // A DFA reports no groups.
        .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
        .build_from_hir(&crate::letters::hir(pattern))
        .expect("ORG pattern compiles");
    DFA::builder()
        .configure(DFA::config().cache_capacity(CACHE_CAPACITY))
        .build_from_nfa(nfa)
        .expect("ORG pattern compiles")
}

/// The end of `pattern` matched exactly at `at`, ending on a word boundary.
pub(super) fn anchored(pattern: &EndPattern, text: &str, at: usize) -> Option<usize> {
    pattern
        .end_at(text, at)
        .filter(|&e| e > at && soft_boundary(text, e))
}

/// The longest of `words` at `at`, ending on a word boundary.
pub(super) fn literal<S: AsRef<str>>(words: &[S], text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    words
        .iter()
        .map(AsRef::as_ref)
        .find(|w| rest.starts_with(w) && soft_boundary(text, at + w.len()))
        .map(|w| at + w.len())
}

/// A capitalized word: "Quảng", "Y".
pub(super) fn capitalized_word(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[at..].char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let end = chars
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(text.len(), |(i, _)| at + i);
    let end = apostrophe_part(text, end).unwrap_or(end);
    boundary(text, end).then_some(end)
}

/// The rest of a highland name after its apostrophe ("G" + "'Long", "M" +
/// "'gar"), as its end: the letters after a "'" at `at`.
fn apostrophe_part(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix('\'')?;
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let end = chars
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(text.len(), |(i, _)| at + 1 + i);
    Some(end)
}

/// A lower-case word.
pub(super) fn lowercase_word(text: &str, at: usize) -> Option<usize> {
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(text.len(), |(i, _)| at + i);
    (end > at && boundary(text, end)).then_some(end)
}

/// An abbreviation: "KH&CN", "KT-NS", "CSGT", "PC03" (two capitals at least).
pub(super) fn abbreviation(text: &str, at: usize) -> Option<usize> {
    let bytes = text[at..].char_indices();
    let mut end = at;
    let mut capitals = 0;
    let mut prev_joiner = true;
    // Capitals since the last joiner: dotted initials ("T.H", "S.P.N", a
    // company named in court news) join one letter to the next.
    let mut segment = 0;
    for (i, c) in bytes {
        if c.is_uppercase() {
            capitals += 1;
            segment += 1;
            prev_joiner = false;
        } else if c == '.'
            && segment == 1
            && !prev_joiner
            && text[at + i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !text[at + i + 1..]
                .chars()
                .nth(1)
                .is_some_and(char::is_lowercase)
        {
            prev_joiner = true;
            segment = 0;
            end = at + i;
            continue;
        } else if c.is_ascii_digit() && capitals > 0 {
            prev_joiner = false;
        } else if (c == '&' || c == '-') && !prev_joiner && capitals > 0 {
            // A joiner must be followed by a capital ("KT-NS"), not a word ("HĐND-UBND" too).
            if !text[at + i + 1..].starts_with(char::is_uppercase) {
                break;
            }
            prev_joiner = true;
            segment = 0;
            end = at + i;
            continue;
        } else {
            break;
        }
        end = at + i + c.len_utf8();
    }
    if capitals < 2 || prev_joiner || crate::words::is_caption_marker(&text[at..end]) {
        return None;
    }
    // "KH & CN", "GD & ĐT": the ampersand written with spaces, two capitals
    // on each side.
    if let Some(r) = text[end..].strip_prefix(" & ") {
        let caps = r.chars().take_while(|c| c.is_uppercase()).count();
        if caps >= 2 {
            if let Some(e) = abbreviation(text, end + " & ".len()) {
                return Some(e);
            }
        }
    }
    boundary(text, end).then_some(end)
}

pub(super) fn digits(text: &str, at: usize) -> Option<usize> {
    let count = |from: usize| text[from..].bytes().take_while(u8::is_ascii_digit).count();
    let n = count(at);
    if n == 0 || n > 3 {
        return None;
    }
    // Named after a day: "Tổng công ty 3/2", "Công ty 19/5".
    let mut end = at + n;
    if text[end..].starts_with('/') && (1..=2).contains(&count(end + 1)) {
        end += 1 + count(end + 1);
    }
    boundary(text, end).then_some(end)
}

/// `word` with its first letter in lower case ("Công trình" → "công trình").
pub(super) fn first_lowered(word: &str) -> Cow<'_, str> {
    let mut cs = word.chars();
    match cs.next() {
        // Most words asked are in lower case already: nothing to copy.
        Some(c) if !c.to_lowercase().eq([c]) => Cow::Owned(c.to_lowercase().chain(cs).collect()),
        _ => Cow::Borrowed(word),
    }
}
