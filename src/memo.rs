//! Results of the costly readers the rules ask again and again at the same
//! positions, remembered for one analysis: a body's name (`org::chain::read`,
//! then `org::span::clean_span`; from a lower-case head, `org::lowercase`)
//! and a title phrase (`person::roles`).
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
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

fn key(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// Runs `f` with the readers' results on `text` remembered, and forgets them
/// after (also when `f` panics: the next scope starts empty anyway).
pub fn scope<R>(text: &str, f: impl FnOnce() -> R) -> R {
    MEMO.with(|m| {
        *m.borrow_mut() = Some(Memo {
            text: key(text),
            reads: FxHashMap::default(),
            spans: FxHashMap::default(),
            title_ends: FxHashMap::default(),
            lowercase_heads: FxHashMap::default(),
        })
    });
    let r = f();
    MEMO.with(|m| *m.borrow_mut() = None);
    r
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
