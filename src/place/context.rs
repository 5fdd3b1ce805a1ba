//! The words around a match: whether a name stands alone as a place or is
//! part of a person's name. No allocation: everything works on slices.

use crate::gazetteer::{Level, Lexicon, What, NAME_WORDS};
use crate::words::{is_letter, is_lower, is_upper, is_word_char};

/// Words before a name that make it a person ("ông Đức", "chị Nga").
const HONORIFICS: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "chí", "bạn", "cậu",
    "dì", "mợ", "vợ", "chồng", "con", "tên", "gọi", "nhà", "đ/c", "Ông", "Bà", "Chị", "Em", "Cô",
    "Chú", "Cháu", "Cụ", "Thầy", "Bạn", "Cậu", "Đ/c",
];

/// "bị cáo Đức", "đối tượng Nga": a party of a case is a person.
fn party_of_a_case_before(text: &str, at: usize) -> bool {
    crate::words::phrase_before(text, at, crate::people::CASE_PARTIES)
}

/// Words before a name that make it a street, bridge, market or building
/// named after a place ("đường Hai Bà Trưng", "cầu Long Biên").
const LANDMARKS: &[&str] = &[
    "đường",
    "Đường",
    "phố",
    "Phố",
    "cầu",
    "Cầu",
    "chợ",
    "Chợ",
    "bay",
    "ga",
    "Ga",
    "viện",
    "trường",
    "Trường",
    "hẻm",
    "ngõ",
    "kiệt",
    "lộ",
    "sạn",
    "THPT",
    "THCS",
    "tàu",
    // Power plants named after their place: "Nhà máy Thủy điện Hòa Bình".
    "điện",
];

/// Words after which a one-syllable name may stand at a sentence start
/// ("Tại Huế", "Ở Lào").
const LEADS: &[&str] = &[
    "Tại", "Ở", "Về", "Từ", "Đến", "Tới", "Sang", "Qua", "Với", "Và", "Của", "Cùng", "Thăm",
];

/// Words that cannot be inside an unknown capitalized place name.
const NOT_IN_NAME: &[&str] = &[
    "Ủy",
    "Ban",
    "Đảng",
    "Đoàn",
    "Hội",
    "Sở",
    "Phòng",
    "Bộ",
    "Trung",
    "Tâm",
    "Công",
    "Chủ",
    "Tịch",
    "Bí",
    "Thư",
    "Phó",
    "Trưởng",
    "Giám",
    "Đốc",
    "Đại",
    "Học",
    "Viện",
    "Trường",
    "Nhà",
    "Nước",
    "Chính",
    "Phủ",
    "Quốc",
    "Tỉnh",
    "Huyện",
    "Xã",
    "Phường",
    "Thành",
    "Ủy",
    "Nghị",
    "Quyết",
    "Định",
    "Kế",
    "Hoạch",
    "Hội",
    "Nghị",
    "Thường",
    "Trực",
    "Vụ",
    "Mặt",
    "Trận",
    "Tổ",
    "Khu",
    "Vực",
    "Cụm",
    "Khối",
    "Lần",
    "Thứ",
    "Khóa",
    "Nhân",
    "Dân",
];

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

pub use crate::words::{boundary_after, boundary_before};

/// The first byte at or after `at` that is not a space.
pub fn skip_spaces(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(text.len(), |(i, _)| at + i)
}

/// The word right before `at`, separated from it by spaces only (none means
/// punctuation or a line break in between).
fn prev_word(text: &str, at: usize) -> Option<&str> {
    let head = text[..at].trim_end_matches(is_space);
    if head.len() == at {
        return None;
    }
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '/')
        .last()
        .map(|(i, _)| i)?;
    Some(&head[start..])
}

/// The last character before `at` that is not a space.
fn prev_mark(text: &str, at: usize) -> Option<char> {
    text[..at].trim_end_matches(is_space).chars().next_back()
}

/// The word right after `at`, separated from it by spaces only.
fn next_word(text: &str, at: usize) -> Option<&str> {
    let p = skip_spaces(text, at);
    if p == at {
        return None;
    }
    let tail = &text[p..];
    let end = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
    (end > 0).then(|| &tail[..end])
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(is_upper)
}

fn all_caps(w: &str) -> bool {
    !w.chars().any(is_lower)
}

/// A name (after a type word) that starts with a family name and runs on
/// into another capitalized word: a person ("xã Lê Văn A").
pub fn person_continues(text: &str, start: usize, end: usize) -> bool {
    let first = text[start..end].split(' ').next().unwrap_or("");
    NAME_WORDS.contains(&first) && next_word(text, end).is_some_and(capitalized)
}

/// Whether a gazetteer name with no type word before it is a place here.
pub fn bare_ok(lex: &Lexicon, text: &str, s: usize, e: usize, id: usize, what: What) -> bool {
    let What::Name {
        level,
        single,
        needs_type,
    } = what
    else {
        return false;
    };
    if needs_type || level == Level::Commune {
        return false;
    }
    let name = &text[s..e];
    let prev = prev_word(text, s);
    if let Some(pw) = prev {
        let blocks = HONORIFICS.contains(&pw)
            || NAME_WORDS.contains(&pw)
            // "thị trường Hàn Quốc": a market, not a school ("trường").
            || (LANDMARKS.contains(&pw) && !(pw == "trường" && text[..s].ends_with("thị trường ")))
            || party_of_a_case_before(text, s)
            // A power line: "đường dây 500kV Lào Cai - Vĩnh Yên".
            || pw.ends_with("kV");
        if blocks && !in_place_phrase(text, s, pw) {
            return false;
        }
        if level == Level::Country && (pw == "tiếng" || pw == "Tiếng") {
            return false;
        }
    }
    if let Some(nw) = next_word(text, e) {
        let caps_line = all_caps(name) && all_caps(nw);
        if capitalized(nw) && !caps_line {
            return false;
        }
    }
    if level == Level::District && (credit_before(text, s) || alone_on_line(text, s, e)) {
        // "Ảnh: Thanh Hà", a closing signature "Thanh Sơn": a person.
        return false;
    }
    if single {
        // "Lào", "Nga", "Anh", "Huế": only inside a sentence, after a
        // lower-case word or a list separator, never glued to a compound.
        let after_list = matches!(
            prev_mark(text, s),
            Some(',' | '-' | '–' | '(' | '/' | ';' | '“' | '"')
        );
        let after_lower = prev.is_some_and(|w| !capitalized(w) || LEADS.contains(&w));
        if !(after_lower || (prev.is_none() && after_list)) {
            return false;
        }
        if let (Some(nw), Some(block)) = (next_word(text, e), lex.blocked_next.get(&id)) {
            if block.contains(&nw) {
                return false;
            }
        }
    }
    true
}

/// Phrases whose last word would otherwise say a person or a landmark
/// follows, but that name a place: "nước bạn Campuchia" (a friendly
/// country, not a friend), "điểm cầu Thái Bình" (a conference's connected
/// site, not a bridge).
const PLACE_PHRASES: &[(&str, &str)] = &[("nước", "bạn"), ("điểm", "cầu"), ("Điểm", "cầu")];

/// Whether `pw`, the word right before `s`, ends one of [`PLACE_PHRASES`].
fn in_place_phrase(text: &str, s: usize, pw: &str) -> bool {
    let pw_start = text[..s].trim_end_matches(is_space).len() - pw.len();
    let ppw = prev_word(text, pw_start);
    PLACE_PHRASES
        .iter()
        .any(|&(a, b)| b == pw && ppw == Some(a))
}

/// Whether a photo or author credit runs up to `s` ("Ảnh: ", "Tác giả: ").
fn credit_before(text: &str, s: usize) -> bool {
    let line_start = crate::words::line_start_near(text, s);
    let head = text[line_start..s].trim_end_matches(is_space);
    const CUES: &[&str] = &[
        "Ảnh:",
        "ảnh:",
        "Tác giả:",
        "Bài:",
        "Tin:",
        "Nguồn:",
        "Theo",
        "Video:",
        "Clip:",
        "PV",
        "Bài và ảnh:",
        "Tin và ảnh:",
    ];
    CUES.iter().any(|c| head.ends_with(c))
}

/// Whether the name is all there is on its line (a signature).
fn alone_on_line(text: &str, s: usize, e: usize) -> bool {
    let line_start = crate::words::line_start_near(text, s);
    let line_end = crate::words::line_end_near(text, e);
    text[line_start..s].trim_matches(is_space).is_empty()
        && text[e..line_end]
            .trim_matches(|c: char| is_space(c) || c == '.' || c == '\r')
            .is_empty()
}

/// An unknown place name after a type word: 2–4 capitalized syllables
/// ("xã Tam Xuân Hai"), not a person's or a body's name. Returns its end.
pub fn capitalized_run(text: &str, p: usize) -> Option<usize> {
    let mut end = p;
    let mut words = 0;
    let mut first = true;
    // "tỉnh Sa-la-van", "thủ đô Viêng-chăn": one transliterated word names
    // a foreign unit on its own.
    let mut transliterated = false;
    loop {
        let tail = &text[end..];
        let wlen = tail
            .find(|c: char| !(is_letter(c) || c == '\''))
            .unwrap_or(tail.len());
        let w = &tail[..wlen];
        let proper = capitalized(w) && w.chars().skip(1).all(|c| !is_upper(c));
        // "Thành" opens "Thành phố", "Thành ủy", but ends many communes'
        // names ("xã Việt Thành").
        let city_or_committee = || {
            let next = crate::words::word_after(text, end + wlen);
            next.is_some_and(|n| matches!(n, "phố" | "Phố" | "ủy" | "Ủy" | "uỷ" | "Uỷ" | "viên"))
        };
        let refused = NOT_IN_NAME.contains(&w) && (w != "Thành" || first || city_or_committee());
        if wlen == 0 || !proper || refused {
            break;
        }
        if first && NAME_WORDS.contains(&w) {
            return None;
        }
        first = false;
        words += 1;
        end += wlen;
        if let Some(e) = crate::words::transliterated_end(text, end) {
            transliterated = true;
            end = e;
        }
        if words > 4 {
            return None;
        }
        let rest = &text[end..];
        if rest.starts_with(' ') && rest[1..].starts_with(is_upper) {
            end += 1;
        } else {
            break;
        }
    }
    // Trailing space consumed before a word that was refused.
    let end = text[..end].trim_end_matches(' ').len();
    let least = if transliterated { 1 } else { 2 };
    if (least..=4).contains(&words) && boundary_after(text, end) {
        Some(end)
    } else {
        None
    }
}
