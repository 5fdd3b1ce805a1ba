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

/// Byte offsets are stored as `u32` (a text of 4 GiB or more is not
/// remembered): the tables of a long text hold an entry per hundred bytes or
/// so, and were the largest part of an analysis's memory with `usize` keys
/// and `Option` values.
struct Memo {
    /// The text the results belong to: its address and length.
    text: (usize, usize),
    reads: Table<usize, Option<usize>>,
    spans: Table<(usize, usize), Option<(usize, usize)>>,
    title_ends: Table<usize, Option<usize>>,
    lowercase_heads: Table<usize, Option<usize>>,
    domain_words: Table<(usize, usize), bool>,
}

/// Results of type `V` by position `K`, both stored compact.
type Table<K, V> = FxHashMap<Packed<K>, Packed<V>>;

/// A value as a table stores it.
trait Compact: Copy {
    type Stored: Copy;
    /// `None` when the value does not fit (an offset of 4 GiB or more).
    fn pack(self) -> Option<Self::Stored>;
    fn unpack(stored: Self::Stored) -> Self;
}

/// What a table stores for a value of type `T`.
type Packed<T> = <T as Compact>::Stored;

/// `u32::MAX` is no offset of a remembered text: it stands for `None`.
const NONE: u32 = u32::MAX;

impl Compact for usize {
    type Stored = u32;
    fn pack(self) -> Option<u32> {
        u32::try_from(self).ok().filter(|&v| v != NONE)
    }
    fn unpack(stored: u32) -> usize {
        stored as usize
    }
}

impl Compact for (usize, usize) {
    type Stored = (u32, u32);
    fn pack(self) -> Option<(u32, u32)> {
        Some((self.0.pack()?, self.1.pack()?))
    }
    fn unpack(stored: (u32, u32)) -> Self {
        (stored.0 as usize, stored.1 as usize)
    }
}

impl Compact for Option<usize> {
    type Stored = u32;
    fn pack(self) -> Option<u32> {
        self.map_or(Some(NONE), Compact::pack)
    }
    fn unpack(stored: u32) -> Self {
        (stored != NONE).then_some(stored as usize)
    }
}

impl Compact for Option<(usize, usize)> {
    type Stored = (u32, u32);
    fn pack(self) -> Option<(u32, u32)> {
        self.map_or(Some((NONE, NONE)), Compact::pack)
    }
    fn unpack(stored: (u32, u32)) -> Self {
        (stored.0 != NONE).then(|| <(usize, usize)>::unpack(stored))
    }
}

impl Compact for bool {
    type Stored = bool;
    fn pack(self) -> Option<bool> {
        Some(self)
    }
    fn unpack(stored: bool) -> bool {
        stored
    }
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
            reads: sized(text, 100),
            spans: sized(text, 160),
            title_ends: sized(text, 330),
            lowercase_heads: sized(text, 3000),
            domain_words: sized(text, 200),
        })
    });
    let _forget = Forget;
    f()
}

/// A table with room for one entry per `bytes_per_entry` bytes of `text`
/// (measured on the corpus: a body read per 100 to 190 bytes, a span cleaned
/// per 160 to 320, a title phrase per 330 to 1,000), so that it is not
/// rebuilt again and again as it grows.
fn sized<K, V>(text: &str, bytes_per_entry: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(text.len() / bytes_per_entry, Default::default())
}

/// `compute()` for `text` at `k`, remembered when a scope for `text` is
/// open (and `k` and the result fit the tables).
/// The borrow is not held while computing: the readers may ask each other.
fn remembered<K: Compact, V: Compact>(
    text: &str,
    k: K,
    table: fn(&mut Memo) -> &mut Table<K, V>,
    compute: impl FnOnce() -> V,
) -> V
where
    K::Stored: Eq + std::hash::Hash,
{
    let Some(stored_key) = k.pack() else {
        return compute();
    };
    let found = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        match m.as_mut() {
            Some(memo) if memo.text == key(text) => Some(table(memo).get(&stored_key).copied()),
            _ => None,
        }
    });
    match found {
        Some(Some(v)) => V::unpack(v),
        Some(None) => {
            let v = compute();
            let Some(stored) = v.pack() else {
                return v;
            };
            MEMO.with(|m| {
                if let Some(memo) = m
                    .borrow_mut()
                    .as_mut()
                    .filter(|memo| memo.text == key(text))
                {
                    table(memo).insert(stored_key, stored);
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

    /// Offsets and results come back from the tables as they went in; an
    /// offset that does not fit is never stored (the reader runs again).
    #[test]
    fn compact_values_round_trip() {
        let big = u32::MAX as usize;
        for v in [0, 1, 4_000_000_000, big - 1] {
            assert_eq!(usize::unpack(v.pack().expect("fits")), v);
            assert_eq!(
                Option::<usize>::unpack(Some(v).pack().expect("fits")),
                Some(v)
            );
            let span = (v, v / 2);
            assert_eq!(<(usize, usize)>::unpack(span.pack().expect("fits")), span);
            let some = Some(span);
            assert_eq!(
                Option::<(usize, usize)>::unpack(some.pack().expect("fits")),
                some
            );
        }
        assert_eq!(
            Option::<usize>::unpack(None::<usize>.pack().expect("fits")),
            None
        );
        assert_eq!(
            Option::<(usize, usize)>::unpack(None::<(usize, usize)>.pack().expect("fits")),
            None
        );
        for v in [big, big + 1, usize::MAX] {
            assert_eq!(v.pack(), None);
            assert_eq!(Some(v).pack(), None);
            assert_eq!(Some((0, v)).pack(), None);
        }
        assert!(!bool::unpack(false.pack().expect("fits")));

        let text = String::from("Ban Tuyên giáo Tỉnh ủy");
        let calls = std::cell::Cell::new(0);
        let read = || {
            calls.set(calls.get() + 1);
            Some(big)
        };
        scope(&text, || {
            assert_eq!(body_read(&text, 0, read), Some(big));
            assert_eq!(body_read(&text, 0, read), Some(big));
            assert_eq!(body_read(&text, big, || Some(3)), Some(3));
            assert_eq!(body_read(&text, big, || Some(4)), Some(4));
        });
        assert_eq!(calls.get(), 2, "a result past 4 GiB is not stored");
    }

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
