//! Villages and hamlets below the commune (GUIDELINES.md, "PLACE"): the name
//! after "bản", "xóm", "bon", "buôn", "làng" or a capitalized "Thôn"/"Ấp"
//! ("bản Mường Lống", "xóm Vầy Ang", "Thôn Phù Lưu 2"), without the word; a
//! number in the name stays ("bon Bu Prăng 2", "bản Mường 1"). These names
//! are mostly in no gazetteer (the lower-case "thôn", "ấp" are type words of
//! `src/gazetteer/`, read with the communes).
//!
//! "bản", "buôn" and "làng" are common words too ("bản Cam kết", "buôn
//! bán"): after them the name must stand in an address, a commune or
//! district after it ("bản Pú Đao, xã Si Pa Phìn") or a word of residence
//! before ("trú tại bản …", "ở làng …").

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{boundary_after, boundary_before, is_letter, words_before};

/// Village words, and whether the name needs an address around it.
const VILLAGE_WORDS: &[(&str, bool)] = &[
    ("xóm", false),
    ("Xóm", false),
    ("bon", false),
    ("Bon", false),
    ("Thôn", false),
    ("Ấp", false),
    ("bản", true),
    ("Bản", true),
    ("buôn", true),
    ("Buôn", true),
    ("làng", true),
    ("Làng", true),
];

/// Words before a village word that say someone lives or something is there.
const RESIDENCE_BEFORE: &[&str] = &["tại", "ở", "trú", "thuộc", "quê", "về", "từ"];

/// What may follow a village's name in an address: its commune or district.
const ADDRESS_AFTER: &[&str] = &[
    ", xã ",
    ", phường ",
    ", thị trấn ",
    ", huyện ",
    " xã ",
    " (",
];

/// The name's end: one to four capitalized syllables ("Pú Đao", "Én Luông",
/// "Bu Ko'h"), then perhaps a number ("Mường 1").
fn name_end(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    let mut words = 0;
    while words < 4 {
        let rest = &text[end..];
        let len = rest
            .find(|c: char| !(is_letter(c) || c == '\''))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let mut chars = word.chars();
        let proper = chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '\'');
        if !proper {
            break;
        }
        end += len;
        words += 1;
        match text[end..].strip_prefix(' ') {
            Some(r) if r.starts_with(char::is_uppercase) => end += 1,
            _ => break,
        }
    }
    let end = text[..end].trim_end_matches(' ').len();
    if words == 0 {
        return None;
    }
    let digits = text[end..]
        .strip_prefix(' ')
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    let end = if (1..=2).contains(&digits) {
        end + 1 + digits
    } else {
        end
    };
    boundary_after(text, end).then_some(end)
}

/// Every village named after its word in `text`.
pub fn find(text: &str, out: &mut Vec<Candidate>) {
    for &(word, needs_address) in VILLAGE_WORDS {
        for (s, _) in text.match_indices(word) {
            let p = s + word.len() + 1;
            if !boundary_before(text, s) || !text[s + word.len()..].starts_with(' ') {
                continue;
            }
            let Some(e) = name_end(text, p) else {
                continue;
            };
            let address = || {
                ADDRESS_AFTER.iter().any(|a| text[e..].starts_with(a))
                    || words_before(text, s, 1)
                        .split(' ')
                        .next()
                        .is_some_and(|w| RESIDENCE_BEFORE.contains(&w))
            };
            if !needs_address || address() {
                out.push(Candidate::new(Kind::Place, p, e, rank::PLACE));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    fn villages(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::find(text, &mut out);
        out.sort_by_key(|c| c.start);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn names_after_village_words() {
        assert_eq!(
            villages("trú tại bản Mường Lống, xã Tri Lễ; xóm Vầy Ang; Thôn Phù Lưu 2, xã Việt Khê"),
            ["Mường Lống", "Vầy Ang", "Phù Lưu 2"]
        );
        assert_eq!(
            villages("ở bon Bu Prăng 2. Bản Pú Đao, xã Si Pa Phìn"),
            ["Bu Prăng 2", "Pú Đao"]
        );
    }

    #[test]
    fn common_words_need_an_address() {
        assert!(villages("ký bản Cam kết thi đua; nghề buôn Bán lẻ").is_empty());
        assert_eq!(villages("sinh sống ở làng Plei Ơi"), ["Plei Ơi"]);
    }
}
