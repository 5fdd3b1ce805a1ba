//! Parts of a name that the chain reader takes after its words, each with
//! the structure that licenses it: an activity word's lower-case object
//! ("Ban Quản lý rừng phòng hộ"), a syllable written half in capitals
//! ("Chuyên nghiệp"), the second country of a pair ("Việt Nam – Campuchia"),
//! a mission's seat ("… tại TP Hồ Chí Minh").

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::words::EndPattern;

use super::lexicon::OBJECT_TAKING;
use super::words::{
    anchored, capitalized_word, first_lowered, lowercase_word, not_name_word, PhraseIndex,
};

/// Heads whose domain word closes the name ("Sở Xây dựng ban hành", "Bộ
/// Công Thương"): an activity word after them takes no object.
pub(super) const DOMAIN_NAMED: &[&str] = &["Bộ", "Sở", "Cục", "Tổng cục", "Chi cục", "Vụ", "Phòng"];

/// Whether the name read so far ends with an activity word that takes an
/// object ([`OBJECT_TAKING`]).
pub(super) fn ends_with_activity(text: &str, end: usize) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| OBJECT_TAKING.iter().copied().collect());
    let from = crate::words::ceil_char(text, end.saturating_sub(40));
    let window = &text[from..end];
    let mut from = window.len();
    (0..3).any(|_| {
        let Some(space) = window[..from].rfind(' ') else {
            return false;
        };
        from = space;
        set.contains(&*first_lowered(&window[space + 1..]))
    })
}

/// The lower-case object of an activity word at `at` ("… Quản lý | rừng
/// phòng hộ"): up to four words that are no verb or function word, or up to
/// ten when the locality or the sentence's punctuation closes them ("Ban Chỉ
/// huy | phòng chống thiên tai và tìm kiếm cứu nạn | tỉnh Lai Châu").
pub(super) fn activity_object(terms: &PhraseIndex, text: &str, at: usize) -> Option<usize> {
    const SHORT: usize = 4;
    const LONG: usize = 10;
    let mut ends: Vec<usize> = Vec::with_capacity(LONG);
    // "Ban Quản lý | các khu công nghiệp": a plural before a term, which may
    // be capitalized after "các" ("… các Khu công nghiệp tỉnh"); read once,
    // as the object's first word.
    let mut plural_term = text[at..].strip_prefix("các ").and_then(|_| {
        let q = at + "các ".len();
        terms.longest_at(text, q).or_else(|| {
            let head = &text[q..crate::words::floor_char(text, text.len().min(q + 60))];
            let lowered = first_lowered(head);
            (lowered.len() == head.len())
                .then(|| terms.longest_at(&lowered, 0))
                .flatten()
                .map(|e| q + e)
        })
    });
    let mut q = at + plural_term.map_or(0, |_| "các ".len());
    for _ in 0..LONG {
        // A term first: "công trình" is a noun though "công" may open a verb.
        let Some(e) = plural_term
            .take()
            .or_else(|| terms.longest_at(text, q))
            .or_else(|| lowercase_word(text, q).filter(|&e| !not_name_word(&text[q..e])))
        else {
            break;
        };
        ends.push(e);
        match text[e..].strip_prefix(' ') {
            Some(r) if r.starts_with(char::is_lowercase) && !closes_object(r) => q = e + 1,
            _ => break,
        }
    }
    // "và" only joins two objects: "Ban Chỉ đạo | và các Tiểu ban" has none.
    while ends.last().is_some_and(|&e| text[..e].ends_with(" và")) {
        ends.pop();
    }
    let last = *ends.last()?;
    let closed = text[last..]
        .strip_prefix(' ')
        .is_none_or(|r| closes_object(r) || r.starts_with(char::is_uppercase));
    Some(if ends.len() <= SHORT || closed {
        last
    } else {
        ends[SHORT - 1]
    })
}

/// Whether `rest` opens with a locality's admin word, which closes an object.
fn closes_object(rest: &str) -> bool {
    [
        "tỉnh ",
        "huyện ",
        "xã ",
        "phường ",
        "thành phố ",
        "quận ",
        "thị xã ",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// After a capitalized word at `at..e` that follows at most one other, a
/// lower-case syllable between it and another capitalized word is the rest of
/// a two-syllable word written half in capitals ("Bảo vệ Chuyên nghiệp Tín
/// Nghĩa", "XNK Nông sản Thực phẩm", "Ban Chỉ huy Bộ đội"); after a longer run
/// it is a verb ("… Bình Định Hồ Quốc Dũng đọc Báo cáo").
pub(super) fn sandwiched_syllable(terms: &PhraseIndex, text: &str, at: usize, e: usize) -> usize {
    let capitalized = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    let short_run = !text[..at]
        .trim_end_matches(' ')
        .rsplit(' ')
        .take(2)
        .all(capitalized);
    // "… tỉnh Đắk Lắk đón Huân chương": a place's name takes no syllable.
    let ends_place = place_ends_at(text, e, 3);
    let Some(q) = text[e..]
        .strip_prefix(' ')
        .map(|_| e + 1)
        .filter(|_| short_run && !ends_place)
    else {
        return e;
    };
    let Some(w) = lowercase_word(text, q) else {
        return e;
    };
    // A term written half in capitals: "Công trình Thủy lợi" ("trình" alone
    // may be a verb).
    let term = || {
        let lower = first_lowered(&text[at..w]);
        terms.longest_at(&lower, 0) == Some(lower.len())
    };
    let capital_follows = text[w..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    // "và" joins two parts, read as such ("… Việt Nam và Nghị quyết").
    let word_ok = (!not_name_word(&text[q..w]) || term()) && &text[q..w] != "và";
    if word_ok && capital_follows {
        w
    } else {
        e
    }
}

/// The second country of a pair joined by a dash, its first ending at `end`:
/// "Hội Hữu nghị Việt Nam – Campuchia", "Liên doanh Việt - Nga".
pub(super) fn country_pair(text: &str, end: usize, q: usize) -> Option<usize> {
    let head = text[..end].trim_end_matches([' ', '-', '–']);
    let first_is_country = head.ends_with(" Việt") || place_ends_at(text, head.len(), 2);
    if !first_is_country {
        return None;
    }
    place_name_at(text, q)
}

/// A province whose own name holds a dash, its first part ending at `end`:
/// "Sở Y tế tỉnh Thừa Thiên - Huế" (no "Thừa Thiên" alone to pair with).
pub(super) fn dashed_place(text: &str, end: usize) -> Option<usize> {
    let from = crate::words::ceil_char(text, end.saturating_sub(40));
    text[from..end]
        .rmatch_indices(' ')
        .take(2)
        .filter_map(|(space, _)| crate::gazetteer::place_name_end(text, from + space + 1))
        .find(|&e| e > end + 2)
}

/// The end of a place's name of one or two capitalized words at `q`, the
/// longer first ("Việt Nam", "Lào").
pub(super) fn place_name_at(text: &str, q: usize) -> Option<usize> {
    let one = capitalized_word(text, q)?;
    let two = text[one..]
        .strip_prefix(' ')
        .and_then(|_| capitalized_word(text, one + 1));
    two.filter(|&e| crate::gazetteer::is_any_place_name(&text[q..e]))
        .or_else(|| crate::gazetteer::is_any_place_name(&text[q..one]).then_some(one))
}

/// Diplomatic missions are named with their seat: "Tổng Lãnh sự quán Nhật
/// Bản tại TP.HCM", "Đại sứ quán Việt Nam tại Lào".
pub(super) const MISSIONS: &[&str] = &[
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Tổng lãnh sự quán",
    "Lãnh sự quán",
    "Văn phòng đại diện",
    "Phái đoàn thường trực",
];

/// Whether `name` is a diplomatic mission's.
pub(super) fn is_mission(name: &str) -> bool {
    MISSIONS.iter().any(|m| name.starts_with(m))
}

/// The end of the seat after a mission's name ending at `end`, if one follows.
pub(super) fn mission_seat(
    locality: &EndPattern,
    text: &str,
    at: usize,
    end: usize,
) -> Option<usize> {
    if !is_mission(&text[at..end]) {
        return None;
    }
    let seat_at = end + text[end..].strip_prefix(" tại ").map(|_| " tại".len())?;
    let e = anchored(locality, text, seat_at)?;
    let seat = &text[seat_at + 1..e];
    let city = ["TP", "Tp", "Thành phố"]
        .iter()
        .any(|p| seat.starts_with(p));
    (city || crate::gazetteer::is_any_place_name(seat)).then_some(e)
}

/// Whether the last one to `words` words before byte `e` (after a space,
/// within 60 bytes) name a place: after it a name takes no lower-case word
/// ("Trường Đại học Quy Nhơn | đào tạo"), and a country may pair with another.
pub(super) fn place_ends_at(text: &str, e: usize, words: usize) -> bool {
    let from = crate::words::ceil_char(text, e.saturating_sub(60));
    let head = &text[from..e];
    head.rmatch_indices(' ')
        .take(words)
        .any(|(space, _)| crate::gazetteer::is_any_place_name(&head[space + 1..]))
}
