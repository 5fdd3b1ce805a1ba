//! Lower-case name words bridged to what ends a body's name: "Hội Nữ doanh"
//! + "nhân" + "Hà Tĩnh" (`name::name_rest` asks after its other readings).

use super::grammar::Grammar;
use super::name::starts_body;
use super::parts::{place_ends_at, place_name_at};
use super::words::{abbreviation, capitalized_word, lowercase_word, not_name_word};

/// Lower-case name words between a name's words and the place, locality or
/// abbreviation that ends it, as their end: "Hội Nữ doanh" + "nhân" + "(tỉnh)
/// Hà Tĩnh", "Công ty TNHH Công nghệ" + "vật liệu mới" + "HMT". Three
/// syllables at most, none a verb or function word; never up to another
/// body ("… tổ chức UBND").
pub(super) fn bridge_to_name_end(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let end = bridge_end(g, text, at)?;
    // After a place the name is done ("… tỉnh Gia Lai và tỉnh Đăk Nông");
    // asked last, as most names have no bridge at all.
    (at > 0 && !place_ends_at(text, at - 1, 3)).then_some(end)
}

/// [`bridge_to_name_end`]'s words, whatever precedes them.
fn bridge_end(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let mut q = at;
    for _ in 0..3 {
        let e = lowercase_word(text, q)
            .filter(|&e| !not_name_word(&text[q..e]) && !NOT_BRIDGED.contains(&&text[q..e]))?;
        let next = text[e..].strip_prefix(' ').map(|_| e + 1)?;
        let abbreviation_ends = abbreviation(text, next).is_some_and(|a| {
            // A term's or a congress's number is no name: "lần thứ VIII".
            !text[next..a].chars().all(|c| "IVXLC".contains(c))
        });
        let name_end = place_name_at(text, next).is_some()
            || (abbreviation_ends && !starts_body(g, text, next))
            || named_locality_at(text, next);
        if name_end {
            return Some(e);
        }
        q = next;
    }
    None
}

/// An admin word and a capitalized name at `at`: "tỉnh Hà Tĩnh", not "cấp huyện".
fn named_locality_at(text: &str, at: usize) -> bool {
    [
        "tỉnh ",
        "huyện ",
        "xã ",
        "thị xã ",
        "thành phố ",
        "quận ",
        "phường ",
        "thị trấn ",
    ]
    .iter()
    .any(|w| {
        text[at..]
            .strip_prefix(w)
            .is_some_and(|_| capitalized_word(text, at + w.len()).is_some())
    })
}

/// Words a bridge never crosses: a list's joiner, a term's or a session's
/// number, a locality's admin word (the chain reads localities itself).
const NOT_BRIDGED: &[&str] = &[
    "và",
    "lần",
    "thứ",
    "khóa",
    "khoá",
    "nhiệm",
    "kỳ",
    "cấp",
    "toàn",
    "tỉnh",
    "huyện",
    "xã",
    "thành",
    "phố",
    "quận",
    "phường",
    "thị",
    "trấn",
];
