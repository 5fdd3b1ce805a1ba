//! The wasm build's stand-in for unicode-normalization (`soi::unorm::browser`,
//! src/unorm/): its shortcuts (text left as is without asking the browser),
//! its table of combining marks and its per-character functions against the
//! crate itself. Natively `browser` asks the crate where the wasm build asks
//! the browser; the browser's own answers are checked end to end by
//! tests/e2e/engine.test.mjs (every corpus article in NFC and NFD).
use soi::unorm::browser::{self as web, UnicodeNormalization as Ours};
use unicode_normalization::UnicodeNormalization as Reference;

/// Natively `soi::unorm` is the crate itself.
#[test]
fn natively_the_crate() {
    let nfd = "Ha\u{300} No\u{302}\u{323}i";
    assert_eq!(
        soi::unorm::UnicodeNormalization::nfc(nfd).collect::<String>(),
        Reference::nfc(nfd).collect::<String>()
    );
    assert!(soi::unorm::char::is_combining_mark('\u{323}'));
}

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
        let stays = |form: &str, normalized: String| {
            assert_eq!(normalized, one, "{form} U+{:04X}", c as u32);
        };
        if web::nfc_stable(c) {
            stays("NFC", Reference::nfc(one.as_str()).collect());
            // Nor do they compose with a following stable character.
            for d in ['a', 'A', 'ơ', '\u{1ea1}', 'đ', ' ', '\u{2ff}'] {
                let pair: String = [c, d].iter().collect();
                assert_eq!(Reference::nfc(pair.as_str()).collect::<String>(), pair);
            }
        }
        if web::nfd_stable(c) {
            stays("NFD", Reference::nfd(one.as_str()).collect());
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
        // without a decomposition, as Soi calls it (src/text/).
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

/// Whole strings, asked twice (the second answer comes from the memory of
/// short strings), and a long one past that memory.
#[test]
fn strings_equal_the_crate() {
    let long = "Nguye\u{302}\u{303}n Va\u{306}n An, Bi\u{301} thu\u{31b} ".repeat(20);
    let strings = [
        "Tỉnh ủy Quảng Nam",
        "Ha\u{300} No\u{302}\u{323}i",
        "“Việt Nam” — 2023…",
        "ả\u{300}",
        "0\u{300}\u{316}",
        "Ω Å ﬁ",
        "",
        &long,
    ];
    for _ in 0..2 {
        for s in strings {
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
