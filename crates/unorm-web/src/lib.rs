//! Unicode normalization for Soi: natively, exactly
//! [unicode-normalization](https://crates.io/crates/unicode-normalization)
//! (re-exported whole); in the wasm build, the part of its API that Soi
//! calls, done by the browser (`String.prototype.normalize`), so the wasm need
//! not carry the crate's tables (about 127 KB, 70 KB gzipped). Soi's
//! `Cargo.toml` depends on this crate under the name `unicode-normalization`
//! (Cargo wants one source per dependency whatever the target, hence a
//! re-export rather than two entries).
//!
//! In the browser, text that is already normalized, as nearly all Vietnamese
//! text is (ASCII, Latin-1 and the precomposed letters), is answered without
//! a call into JavaScript. What is there, with the crate's names: `nfc()` and
//! `nfd()` on `&str`, and `char::{compose, decompose_canonical,
//! is_combining_mark}`.

#[cfg(not(target_arch = "wasm32"))]
pub use unicode_normalization::*;

#[cfg(target_arch = "wasm32")]
pub use web::{char, Normalized, UnicodeNormalization};

/// The browser's side (also built by native tests, against the crate).
#[cfg(any(target_arch = "wasm32", test))]
mod web {
    /// Characters that are in NFC whatever surrounds them, and never compose
    /// with what follows unless a combining mark (≥ U+0300) follows: every code
    /// point below U+0300, and Latin Extended Additional (the precomposed
    /// Vietnamese letters).
    #[inline]
    pub(crate) fn nfc_stable(c: char) -> bool {
        matches!(c, '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}')
    }

    /// Characters without a canonical decomposition: everything below U+00C0.
    #[inline]
    pub(crate) fn nfd_stable(c: char) -> bool {
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

    /// Natively (tests) the crate stands in for the browser.
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
        use crate::marks::COMBINING_MARKS;

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

#[cfg(any(target_arch = "wasm32", test))]
mod marks;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    //! The browser side's fast paths, mark table and per-character functions
    //! against the crate itself (here `normalize` is the crate's).
    use super::web::{self, UnicodeNormalization as Ours};
    use unicode_normalization::UnicodeNormalization as Reference;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn combining_marks_equal_the_crate() {
        for c in all_chars() {
            assert_eq!(
                web::char::is_combining_mark(c),
                unicode_normalization::char::is_combining_mark(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn stable_characters_are_their_own_normal_forms() {
        for c in all_chars() {
            let one = c.to_string();
            if web::nfc_stable(c) {
                assert_eq!(
                    Reference::nfc(one.as_str()).collect::<String>(),
                    one,
                    "NFC U+{:04X}",
                    c as u32
                );
                // Nor do they compose with a following stable character.
                for d in ['a', 'A', 'ơ', '\u{1ea1}', 'đ', ' ', '\u{2ff}'] {
                    let pair: String = [c, d].iter().collect();
                    assert_eq!(Reference::nfc(pair.as_str()).collect::<String>(), pair);
                }
            }
            if web::nfd_stable(c) {
                assert_eq!(
                    Reference::nfd(one.as_str()).collect::<String>(),
                    one,
                    "NFD U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn per_character_functions_equal_the_crate_on_latin_letters_and_marks() {
        let marks = [
            '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}', '\u{31b}', '\u{323}',
        ];
        let letters = (0x41..0x250u32)
            .chain(0x1e00..0x1f00)
            .filter_map(char::from_u32);
        for c in letters {
            let (mut ours, mut theirs) = (String::new(), String::new());
            web::char::decompose_canonical(c, |p| ours.push(p));
            unicode_normalization::char::decompose_canonical(c, |p| theirs.push(p));
            assert_eq!(ours, theirs, "U+{:04X}", c as u32);
            // The crate composes primary composites only ("Â" + dot below:
            // none); the pair's NFC also finds "Ậ". The same for a letter
            // without a decomposition, as Soi calls it (src/text.rs).
            let plain = theirs == c.to_string();
            for m in marks {
                let (ours, theirs) = (
                    web::char::compose(c, m),
                    unicode_normalization::char::compose(c, m),
                );
                if plain || theirs.is_some() {
                    assert_eq!(ours, theirs, "U+{:04X} U+{:04X}", c as u32, m as u32);
                }
            }
        }
    }

    #[test]
    fn strings_equal_the_crate() {
        for s in [
            "Tỉnh ủy Quảng Nam",
            "Ha\u{300} No\u{302}\u{323}i",
            "“Việt Nam” — 2023…",
            "ả\u{300}",
            "0\u{300}\u{316}",
            "Ω Å ﬁ",
        ] {
            assert_eq!(
                Ours::nfc(s).collect::<String>(),
                Reference::nfc(s).collect::<String>(),
                "{s}"
            );
            assert_eq!(
                Ours::nfd(s).collect::<String>(),
                Reference::nfd(s).collect::<String>(),
                "{s}"
            );
        }
    }
}
