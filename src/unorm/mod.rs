//! Unicode normalization, the bottom of the engine: natively, exactly
//! [unicode-normalization](https://crates.io/crates/unicode-normalization)
//! (re-exported); in the wasm build, the part of its API that Soi calls, done
//! by the browser (`String.prototype.normalize`, through js-sys), so the wasm
//! need not carry the crate's tables (about 127 KB, 70 KB gzipped; the crate
//! is a native-only dependency).
//!
//! What is there, with the crate's names: `nfc()` and `nfd()` on `&str`
//! ([`UnicodeNormalization`]), and `char::{compose, decompose_canonical,
//! is_combining_mark}`. The browser's side is [`browser`]: text that is
//! already normalized, as nearly all Vietnamese text is (ASCII, Latin-1 and
//! the precomposed letters), is answered without a call into JavaScript.
//! Natively [`browser`] is built too, with the crate standing in for the
//! browser, so that `tests/unorm.rs` checks its shortcuts and tables against
//! the crate.

#[cfg(not(target_arch = "wasm32"))]
pub use unicode_normalization::{char, UnicodeNormalization};

#[cfg(target_arch = "wasm32")]
pub use browser::{char, UnicodeNormalization};

/// What the wasm build uses in the place of the crate.
pub mod browser {
    /// Characters that are in NFC whatever surrounds them, and never compose
    /// with what follows unless a combining mark (≥ U+0300) follows: every code
    /// point below U+0300, and Latin Extended Additional (the precomposed
    /// Vietnamese letters).
    #[inline]
    pub fn nfc_stable(c: char) -> bool {
        matches!(c, '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}')
    }

    /// Characters without a canonical decomposition: everything below U+00C0.
    #[inline]
    pub fn nfd_stable(c: char) -> bool {
        c < '\u{c0}'
    }

    /// A Unicode normalization form.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Form {
        Nfc,
        Nfd,
    }

    /// Short strings asked for again are answered from memory: an NFD text
    /// has the same few hundred letter clusters over and over, and each call
    /// into JavaScript costs about a microsecond (a 1 MB NFD article: 0.25 s
    /// of calls; remembered, a few ms).
    const MEMO_MAX_BYTES: usize = 24;
    /// Forgotten all at once when this full.
    const MEMO_ENTRIES: usize = 4096;

    thread_local! {
        static MEMO: std::cell::RefCell<[rustc_hash::FxHashMap<Box<str>, Box<str>>; 2]> =
            Default::default();
    }

    /// `s` in normalization form `form`.
    pub(crate) fn normalize(s: &str, form: Form) -> String {
        if s.len() > MEMO_MAX_BYTES {
            return in_browser(s, form);
        }
        MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            let map = &mut memo[form as usize];
            if let Some(known) = map.get(s) {
                return known.to_string();
            }
            let normalized = in_browser(s, form);
            if map.len() >= MEMO_ENTRIES {
                map.clear();
            }
            map.insert(s.into(), normalized.as_str().into());
            normalized
        })
    }

    /// `s` normalized by the browser.
    #[cfg(target_arch = "wasm32")]
    fn in_browser(s: &str, form: Form) -> String {
        let form = match form {
            Form::Nfc => "NFC",
            Form::Nfd => "NFD",
        };
        js_sys::JsString::from(s).normalize(form).into()
    }

    /// Natively (Soi's tests) the crate stands in for the browser.
    #[cfg(not(target_arch = "wasm32"))]
    fn in_browser(s: &str, form: Form) -> String {
        use unicode_normalization::UnicodeNormalization as Crate;
        match form {
            Form::Nfc => Crate::nfc(s).collect(),
            Form::Nfd => Crate::nfd(s).collect(),
        }
    }

    /// The characters of a normalized string.
    #[derive(Debug, Clone)]
    pub enum Normalized<'a> {
        /// The input was already normalized.
        Same(std::str::Chars<'a>),
        /// The normalized copy, and how far it has been read.
        New(String, usize),
    }

    impl Iterator for Normalized<'_> {
        type Item = char;

        #[inline]
        fn next(&mut self) -> Option<char> {
            match self {
                Normalized::Same(chars) => chars.next(),
                Normalized::New(text, at) => {
                    let c = text[*at..].chars().next()?;
                    *at += c.len_utf8();
                    Some(c)
                }
            }
        }
    }

    /// Normalization of string slices (what `unicode_normalization::UnicodeNormalization` does for `&str`).
    pub trait UnicodeNormalization<'a> {
        /// Canonical composition (NFC).
        fn nfc(self) -> Normalized<'a>;
        /// Canonical decomposition (NFD).
        fn nfd(self) -> Normalized<'a>;
    }

    impl<'a> UnicodeNormalization<'a> for &'a str {
        fn nfc(self) -> Normalized<'a> {
            if self.chars().all(nfc_stable) {
                Normalized::Same(self.chars())
            } else {
                Normalized::New(normalize(self, Form::Nfc), 0)
            }
        }

        fn nfd(self) -> Normalized<'a> {
            if self.chars().all(nfd_stable) {
                Normalized::Same(self.chars())
            } else {
                Normalized::New(normalize(self, Form::Nfd), 0)
            }
        }
    }

    /// Per-character functions (`unicode_normalization::char`).
    pub mod char {
        use super::{nfd_stable, normalize, Form};
        use crate::unorm::marks::COMBINING_MARKS;

        /// Whether `c` is a combining mark (General_Category=Mark), from the
        /// same Unicode data as unicode-normalization 0.1.26.
        pub fn is_combining_mark(c: char) -> bool {
            let c = c as u32;
            if c < 0x300 {
                return false;
            }
            let i = COMBINING_MARKS.partition_point(|&(_, end)| end < c);
            COMBINING_MARKS.get(i).is_some_and(|&(start, _)| start <= c)
        }

        /// The character `a` and `b` compose to, if any: the NFC of the pair
        /// when it is one character. The same as the crate's for an `a`
        /// without a decomposition (a base letter, as Soi asks); for a
        /// precomposed `a` it may find more ("Â" + dot below → "Ậ", where the
        /// crate's table has only "Ạ" + circumflex).
        pub fn compose(a: char, b: char) -> Option<char> {
            let mut pair = String::with_capacity(8);
            pair.push(a);
            pair.push(b);
            let composed = normalize(&pair, Form::Nfc);
            let mut chars = composed.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        }

        /// Calls `emit` with each character of the full canonical decomposition
        /// of `c` (`c` itself when it has none).
        pub fn decompose_canonical<F: FnMut(char)>(c: char, mut emit: F) {
            if nfd_stable(c) {
                emit(c);
                return;
            }
            let mut buf = [0u8; 4];
            normalize(c.encode_utf8(&mut buf), Form::Nfd)
                .chars()
                .for_each(emit);
        }
    }
}

mod marks;
