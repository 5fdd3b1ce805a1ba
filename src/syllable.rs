//! The shape of a Vietnamese syllable (onset, vowels, coda, one tone mark).

use crate::unorm::UnicodeNormalization;

const ONSETS: &[&str] = &[
    "ngh", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh",
    "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

const NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
    "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê", "iêu", "oai", "oay", "oao", "oeo", "uây",
    "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu",
];

const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether `word` is a Vietnamese syllable: onset, vowels, coda, at most
/// one tone mark. Loose on purpose: it tells real text from mis-decoded
/// text (`input`) and a foreign name from a Vietnamese one (`person`).
/// Asked of many words, so it allocates nothing: each letter is lowered and
/// its tone taken off by a table made once ([`toneless`]).
pub fn is_vietnamese_syllable(word: &str) -> bool {
    // Decomposed text (a combining mark of its own) takes the long way.
    if word.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
        return decomposed_is_syllable(word);
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut letters = 0;
    let mut tones = 0;
    for c in word.chars() {
        let (base, tone) = if c.is_ascii_alphabetic() {
            (c.to_ascii_lowercase(), false)
        } else {
            match toneless(c) {
                Some(found) => found,
                None => return false,
            }
        };
        letters += 1;
        tones += usize::from(tone);
        if letters > 8 || tones > 1 {
            return false;
        }
        len += base.encode_utf8(&mut buf[len..]).len();
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(shape_is_syllable)
}

/// Whether toneless lower-case letters are onset, nucleus and coda.
fn shape_is_syllable(base: &str) -> bool {
    // The nuclei sorted once: a binary search, not 58 comparisons per try.
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let nuclei = SORTED.get_or_init(|| {
        let mut v = NUCLEI.to_vec();
        v.sort_unstable();
        v
    });
    let first = base.as_bytes().first().copied();
    std::iter::once("")
        .chain(
            ONSETS
                .iter()
                .copied()
                .filter(|o| o.as_bytes().first().copied() == first),
        )
        .filter(|o| base.starts_with(o))
        .any(|onset| {
            let rest = &base[onset.len()..];
            // The spelling of /k/: "k" before i, e, ê, y, "c" elsewhere
            // ("Kao", "Cim" are no Vietnamese syllables).
            let front = rest.starts_with(['i', 'e', 'ê', 'y']);
            if (onset == "k" && !front) || (onset == "c" && front) {
                return false;
            }
            CODAS.iter().any(|coda| {
                rest.strip_suffix(coda)
                    .is_some_and(|n| nuclei.binary_search(&n).is_ok())
            })
        })
}

/// A letter outside ASCII lowered, without its tone, and whether it had
/// one ("Ấ" → ('â', true), "đ" → ('đ', false)); `None` for no Latin letter.
fn toneless(c: char) -> Option<(char, bool)> {
    static TABLE: std::sync::OnceLock<Vec<(char, char, bool)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let latin = ('\u{c0}'..='\u{24f}').chain('\u{1ea0}'..='\u{1ef9}');
        let mut out = Vec::new();
        for letter in latin.filter(|c| c.is_alphabetic()) {
            let lower: String = letter.to_lowercase().collect();
            let mut tone = false;
            let base: String = lower
                .nfd()
                .filter(|&m| {
                    let is_tone = is_tone_mark(m);
                    tone |= is_tone;
                    !is_tone
                })
                .collect::<String>()
                .nfc()
                .collect();
            let mut chars = base.chars();
            if let (Some(b), None) = (chars.next(), chars.next()) {
                out.push((letter, b, tone));
            }
        }
        out
    });
    table
        .binary_search_by_key(&c, |&(letter, _, _)| letter)
        .ok()
        .map(|i| (table[i].1, table[i].2))
}

fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// [`is_vietnamese_syllable`] for a word written with combining marks.
fn decomposed_is_syllable(word: &str) -> bool {
    let mut tones = 0;
    let mut base = String::new();
    for c in word.to_lowercase().nfd() {
        if is_tone_mark(c) {
            tones += 1;
        } else {
            base.push(c);
        }
    }
    let base: String = base.nfc().collect();
    tones <= 1 && base.chars().count() <= 8 && shape_is_syllable(&base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "Tỉnh", "ủy", "Quảng", "nghiêng", "được", "khuya", "giữ", "Hà", "Nội",
        ] {
            assert!(is_vietnamese_syllable(w), "{w}");
        }
        for w in [
            "TØnh",
            "Haø",
            "Haứ",
            "Qu¶ng",
            "café",
            "Igor",
            "Zubov",
            "Sokhonn",
            "Buaphoune",
        ] {
            assert!(!is_vietnamese_syllable(w), "{w}");
        }
        // Written decomposed, in capitals, with two tones.
        assert!(is_vietnamese_syllable(
            "Quả\u{301}ng".replace("ả\u{301}", "a\u{309}").as_str()
        ));
        assert!(is_vietnamese_syllable("NGHIÊNG"));
        assert!(!is_vietnamese_syllable("Hàá"));
    }

    #[test]
    fn the_table_answers_as_the_normalizer_does() {
        // Every word of the corpus, and each in capitals: the quick reading
        // and the one through NFD agree.
        for (_, text) in crate::corpus_articles::articles(&["dev", "train", "unseen"]) {
            for word in text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
            {
                for w in [word.to_string(), word.to_uppercase()] {
                    assert_eq!(
                        is_vietnamese_syllable(&w),
                        decomposed_is_syllable(&w),
                        "{w}"
                    );
                }
            }
        }
    }
}
