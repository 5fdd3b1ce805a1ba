//! Results of the costly readers the rules ask again and again at the same
//! positions, remembered for one analysis: a body's name (`org::chain::read`,
//! then `org::span::clean_span`; from a lower-case head, `org::lowercase`)
//! and a title phrase and a title's domain word (`person::roles`).
//!
//! They are pure functions of the text and a position, and the same
//! positions are asked many times: a body by `org::find` at every
//! capitalized word and by the person rules at every word of a title phrase
//! ("Phó Bí thư Thường trực Tỉnh ủy …"), a title phrase once for each head
//! word before each name of a list. `analyze` opens a scope for its
//! canonical text; a call on any other text (a test, a slice) is computed
//! as before.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

struct Memo {
    /// The text the results belong to: its address and length.
    text: (usize, usize),
    reads: FxHashMap<usize, Option<usize>>,
    spans: FxHashMap<(usize, usize), Option<(usize, usize)>>,
    title_ends: FxHashMap<usize, Option<usize>>,
    lowercase_heads: FxHashMap<usize, Option<usize>>,
    domain_words: FxHashMap<(usize, usize), bool>,
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

fn key(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// Runs `f` with the readers' results on `text` remembered, and forgets them
/// after, also when `f` panics (a later text at the same address must never
/// meet them).
pub fn scope<R>(text: &str, f: impl FnOnce() -> R) -> R {
    struct Forget;
    impl Drop for Forget {
        fn drop(&mut self) {
            MEMO.with(|m| *m.borrow_mut() = None);
        }
    }
    MEMO.with(|m| {
        *m.borrow_mut() = Some(Memo {
            text: key(text),
            reads: sized(text, 60),
            spans: sized(text, 300),
            title_ends: sized(text, 1000),
            lowercase_heads: sized(text, 600),
            domain_words: sized(text, 600),
        })
    });
    let _forget = Forget;
    f()
}

/// A table with room for one entry per `bytes_per_entry` bytes of `text`
/// (measured on news: a body read per 60 bytes, a span cleaned per 300, a
/// title phrase per 1,000), so that it is not rebuilt again and again as it
/// grows.
fn sized<K, V>(text: &str, bytes_per_entry: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(text.len() / bytes_per_entry, Default::default())
}

/// `compute()` for `text` at `at`, remembered when a scope for `text` is open.
/// The borrow is not held while computing: the readers may ask each other.
fn remembered<K: Copy + Eq + std::hash::Hash, V: Copy>(
    text: &str,
    k: K,
    table: fn(&mut Memo) -> &mut FxHashMap<K, V>,
    compute: impl FnOnce() -> V,
) -> V {
    let found = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        match m.as_mut() {
            Some(memo) if memo.text == key(text) => Some(table(memo).get(&k).copied()),
            _ => None,
        }
    });
    match found {
        Some(Some(v)) => v,
        Some(None) => {
            let v = compute();
            MEMO.with(|m| {
                if let Some(memo) = m
                    .borrow_mut()
                    .as_mut()
                    .filter(|memo| memo.text == key(text))
                {
                    table(memo).insert(k, v);
                }
            });
            v
        }
        None => compute(),
    }
}

/// A body's name read at `at` (`org::chain::read`), remembered.
pub fn body_read(text: &str, at: usize, read: impl FnOnce() -> Option<usize>) -> Option<usize> {
    remembered(text, at, |m| &mut m.reads, read)
}

/// A body's span cleaned (`org::span::clean_span`), remembered.
pub fn body_span(
    text: &str,
    start: usize,
    end: usize,
    clean: impl FnOnce() -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    remembered(text, (start, end), |m| &mut m.spans, clean)
}

/// A body's name read at a lower-case head as if capitalized
/// (`org::lowercase`), remembered.
pub fn lowercase_head_name(
    text: &str,
    at: usize,
    read: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    remembered(text, at, |m| &mut m.lowercase_heads, read)
}

/// Where the title phrase starting at `at` ends (`person::roles`), remembered.
pub fn title_end(text: &str, at: usize, read: impl FnOnce() -> Option<usize>) -> Option<usize> {
    remembered(text, at, |m| &mut m.title_ends, read)
}

/// Whether the lower-case word at `start..end` completes a term of bodies'
/// names (`person::roles`), remembered: every title phrase read over the
/// word asks again.
pub fn domain_word(text: &str, start: usize, end: usize, read: impl FnOnce() -> bool) -> bool {
    remembered(text, (start, end), |m| &mut m.domain_words, read)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inside a scope a reader runs once per position; outside, every time;
    /// a panic inside the scope leaves nothing remembered.
    #[test]
    fn remembers_inside_its_scope_only() {
        let text = String::from("Ban Tuyên giáo Tỉnh ủy");
        let calls = std::cell::Cell::new(0);
        let read = || {
            calls.set(calls.get() + 1);
            Some(7)
        };
        scope(&text, || {
            assert_eq!(body_read(&text, 0, read), Some(7));
            assert_eq!(body_read(&text, 0, read), Some(7));
            // Another text (a copy at another address) is not this scope's.
            let copy = text.clone();
            assert_eq!(body_read(&copy, 0, read), Some(7));
        });
        assert_eq!(calls.get(), 2);
        assert_eq!(body_read(&text, 0, read), Some(7));
        assert_eq!(calls.get(), 3);
        let panicked = std::panic::catch_unwind(|| scope(&text, || panic!("in a rule")));
        assert!(panicked.is_err());
        assert!(MEMO.with(|m| m.borrow().is_none()));
    }
}
