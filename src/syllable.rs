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
pub fn is_vietnamese_syllable(word: &str) -> bool {
    let mut tones = 0;
    let mut base = String::new();
    for c in word.to_lowercase().nfd() {
        match c {
            '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => tones += 1,
            _ => base.push(c),
        }
    }
    if tones > 1 {
        return false;
    }
    let base: String = base.nfc().collect();
    if base.chars().count() > 8 {
        return false;
    }
    let starts: Vec<&str> = std::iter::once("")
        .chain(ONSETS.iter().copied())
        .filter(|o| base.starts_with(o))
        .collect();
    for onset in starts {
        let rest = &base[onset.len()..];
        for coda in CODAS {
            if let Some(nucleus) = rest.strip_suffix(coda) {
                if NUCLEI.contains(&nucleus) {
                    return true;
                }
                // "gi" + nucleus without i ("gì" → g + ì is covered above).
            }
        }
    }
    false
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
        for w in ["TØnh", "Haø", "Haứ", "Qu¶ng", "café"] {
            assert!(!is_vietnamese_syllable(w), "{w}");
        }
    }
}
