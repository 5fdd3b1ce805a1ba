//! Villages and hamlets below the commune (GUIDELINES.md, "PLACE"): the name
//! after "bản", "xóm", "bon", "buôn", "làng" or a capitalized "Thôn"/"Ấp"
//! ("bản Mường Lống", "xóm Vầy Ang", "Thôn Phù Lưu 2"), without the word; a
//! number in the name stays ("bon Bu Prăng 2", "bản Mường 1"). These names
//! are mostly in no gazetteer (the lower-case "thôn", "ấp" are type words of
//! `src/gazetteer/`, read with the communes). Rivers, canals and mountains
//! the same way: "sông Nho Quế", "rạch Đôi Ma", "suối Nậm Kim", "núi Chư Pông";
//! and venues named after a lower-case word, with two syllables at least:
//! "cửa khẩu quốc tế Mộc Bài", "cảng Tân Vũ", "chợ Bến Thành".
//!
//! "bản", "buôn" and "làng" are common words too ("bản Cam kết", "buôn
//! bán"): after them the name must stand in an address, a commune or
//! district after it ("bản Pú Đao, xã Si Pa Phìn") or a word of residence
//! before ("trú tại bản …", "ở làng …").

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{boundary_after, boundary_before, is_letter, words_before};

/// Village words that are common words too: their name needs an address.
const AMBIGUOUS: &[&str] = &["bản", "Bản", "buôn", "Buôn", "làng", "Làng"];

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
    let end = super::number_after_name(text, end).unwrap_or(end);
    boundary_after(text, end).then_some(end)
}

/// The village named after its word at `s..e` (a type word of the place
/// look-up, `VILLAGE_WORDS` in `src/gazetteer/patterns.rs`), if one is;
/// returns where the place pass goes on.
pub fn after_word(text: &str, s: usize, e: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let p = e + 1;
    if !boundary_before(text, s) || !text[e..].starts_with(' ') {
        return None;
    }
    let Some(end) = name_end(text, p) else {
        // "xóm 2", "Thôn 3": a village named by its number alone keeps its
        // word, as "thôn 3" and "ấp 4" do (GUIDELINES.md, "PLACE").
        if !["xóm", "Xóm", "Thôn", "Ấp"].contains(&&text[s..e]) {
            return None;
        }
        let number_end = super::number_after_name(text, e)?;
        out.push(Candidate::new(Kind::Place, s, number_end, rank::PLACE));
        return Some(number_end);
    };
    let address = || {
        ADDRESS_AFTER.iter().any(|a| text[end..].starts_with(a))
            || words_before(text, s, 1)
                .split(' ')
                .next()
                .is_some_and(|w| RESIDENCE_BEFORE.contains(&w))
    };
    if AMBIGUOUS.contains(&&text[s..e]) && !address() {
        return None;
    }
    let venue = crate::gazetteer::VENUE_WORDS.contains(&&text[s..e]);
    if venue && !text[p..end].contains(' ') {
        return None;
    }
    // "Hội chợ Mùa Thu": a fair's name, not a market's.
    if &text[s..e] == "chợ" && matches!(words_before(text, s, 1).as_ref(), "Hội" | "hội") {
        return None;
    }
    // "các huyện miền núi Hương Sơn, …", "đồi núi": a kind of land, not a mountain.
    let land = words_before(text, s, 1);
    if &text[s..e] == "núi" && ["miền", "vùng", "đồi", "rừng"].contains(&land.as_ref()) {
        return None;
    }
    out.push(Candidate::new(Kind::Place, p, end, rank::PLACE));
    Some(end)
}

#[cfg(test)]
mod tests {
    /// Every place the pass marks, villages and communes alike, in order.
    fn places(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let ctx = crate::rule::Context {
            text,
            reference: None,
        };
        crate::place::find(&ctx, &mut out);
        out.sort_by_key(|c| c.start);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn names_after_village_words() {
        assert_eq!(
            places("trú tại bản Mường Lống, xã Tri Lễ; xóm Vầy Ang; Thôn Phù Lưu 2, xã Việt Khê"),
            ["Mường Lống", "Tri Lễ", "Vầy Ang", "Phù Lưu 2", "Việt Khê"]
        );
        assert_eq!(
            places("ở bon Bu Prăng 2. Bon Bu Ko'h"),
            ["Bu Prăng 2", "Bu Ko'h"]
        );
        // Named by a number alone: the word stays ("thôn 3" does too).
        assert_eq!(
            places("Người dân xóm 2, Thôn 5 và xóm 3 hộ"),
            ["xóm 2", "Thôn 5"]
        );
    }

    #[test]
    fn common_words_need_an_address() {
        assert!(places("ký bản Cam kết thi đua; nghề buôn Bán lẻ").is_empty());
        assert_eq!(places("sinh sống ở làng Plei Ơi"), ["Plei Ơi"]);
    }
}
