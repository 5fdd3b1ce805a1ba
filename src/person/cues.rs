//! The cues around a capitalized run that tell a person's name: an
//! honorific or a title before it, an age after it, the title that opens a
//! list, and what says it is rather a place ("Trường THPT Nguyễn Du", "xã
//! Thạch Bằng").

use super::lexicon::{is_family_name, HONORIFICS};
use super::roles::role_before;
use crate::words::is_word_char;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A role without the academic degrees that open it ("GS.TS., Chủ tịch …",
/// "PGS.TS Phó Giám đốc"): degrees are no title.
pub(super) fn without_degrees(text: &str, mut start: usize, end: usize) -> Option<(usize, usize)> {
    loop {
        let rest = &text[start..end];
        let Some(len) = degree_len(rest) else {
            break;
        };
        let skip = len + rest[len..].len() - rest[len..].trim_start_matches([',', ' ']).len();
        start += skip;
    }
    (start < end).then_some((start, end))
}

/// The length of the degree or honorary title `rest` starts with: dotted
/// abbreviations ("PGS.TS.", "BSCKII.") or spelled out ("Tiến sĩ", "bác sĩ
/// chuyên khoa II", "Thầy thuốc Nhân dân"), before a space, a comma or the end.
fn degree_len(rest: &str) -> Option<usize> {
    const DEGREES: &[&str] = &[
        "GS", "PGS", "TS", "Ts", "ThS", "Ths", "TSKH", "BS", "BSCKI", "BSCKII", "KS", "CN", "NGƯT",
        "NGND", "NSƯT", "NSND",
    ];
    /// Lower case; longer forms before their start.
    const SPELLED: &[&str] = &[
        "bác sĩ chuyên khoa ii",
        "bác sĩ chuyên khoa i",
        "bác sĩ chuyên khoa 2",
        "bác sĩ chuyên khoa 1",
        "bác sĩ",
        "tiến sĩ",
        "thạc sĩ",
        "phó giáo sư",
        "giáo sư",
        "kỹ sư",
        "dược sĩ",
        "thầy thuốc nhân dân",
        "thầy thuốc ưu tú",
        "nhà giáo nhân dân",
        "nhà giáo ưu tú",
        "nghệ sĩ nhân dân",
        "nghệ sĩ ưu tú",
    ];
    let word = rest.split([' ', ',']).next().unwrap_or("");
    // Asked of every name's first word: a byte loop, not a searcher's set-up.
    let dotted = word.bytes().any(|b| b == b'.')
        && word
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| DEGREES.contains(&p));
    // "TS Trần Trung Tính": a degree written without its dot.
    if (dotted || DEGREES.contains(&word)) && !word.is_empty() {
        return Some(word.len());
    }
    // Only a spelled degree's first word opens one, in lower case or
    // capitalized ("bác", "Bác"; not "BÁC").
    let word_lowered = || word.chars().flat_map(char::to_lowercase);
    let opens = !word.is_empty()
        && word.chars().skip(1).all(char::is_lowercase)
        && SPELLED.iter().any(|d| {
            d.split(' ')
                .next()
                .is_some_and(|f| f.chars().eq(word_lowered()))
        });
    if !opens {
        return None;
    }
    SPELLED
        .iter()
        .find(|d| {
            // The text's own bytes spell the degree, in any case (a letter
            // whose lower case is longer, "İ", is no degree's).
            rest.get(..d.len())
                .is_some_and(|w| w.chars().flat_map(char::to_lowercase).eq(d.chars()))
                && rest[d.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ' || c == ',')
        })
        .map(|d| d.len())
}

/// How far back a name in a list looks for the colon that opens it, in bytes.
const LIST_WINDOW: usize = 4096;

/// The title phrase that introduces a list of names: the name is the first
/// item after "TITLE: " or a later item after ", " in the same list.
pub(super) fn list_title_before(text: &str, start: usize) -> Option<(usize, usize)> {
    let head = &text[..start];
    // The colon is looked for within `LIST_WINDOW` bytes: the walk back is
    // bounded, whatever the length of the list (else quadratic in it).
    let from = crate::words::ceil_char(head, start.saturating_sub(LIST_WINDOW));
    let line_start = head[from..]
        .rfind(['\n', '.', ';'])
        .map_or(from, |i| from + i + 1);
    let colon = head[line_start..].rfind(": ").map(|i| line_start + i)?;
    // Every item between the colon and the name is a capitalized name, each
    // perhaps after an honorific ("…: Đồng chí Nguyễn Hải Trâm, đồng chí …").
    const LIST_HONORIFICS: &[&str] = &["đồng chí ", "Đồng chí ", "ông ", "Ông ", "bà ", "Bà "];
    let strip_lead = |item: &str| -> usize {
        LIST_HONORIFICS
            .iter()
            .find(|h| item.starts_with(**h))
            .map_or(0, |h| h.len())
    };
    let mut items = &head[colon + 2..];
    if let Some(h) = LIST_HONORIFICS.iter().find(|h| items.ends_with(**h)) {
        items = &items[..items.len() - h.len()];
    }
    let items_ok = items.is_empty()
        || items.strip_suffix(", ").is_some_and(|list| {
            list.split(", ").all(|item| {
                let name = &item[strip_lead(item)..];
                name.split(' ').all(|w| w.starts_with(char::is_uppercase)) && name.contains(' ')
            })
        });
    if !items_ok {
        return None;
    }
    role_before(text, colon)
}

/// How many names back a list after a plural title is followed.
const PLURAL_LIST_NAMES: usize = 12;

/// Words before a title that make it plural: the names after it share it.
const PLURAL_WORDS: &[&str] = &[
    "các", "Các", "những", "Những", "hai", "Hai", "ba", "Ba", "bốn", "Bốn", "năm", "Năm", "2", "3",
    "4", "5", "02", "03", "04", "05",
];

/// The title of a list of names after a plural title, with no colon: "các
/// Phó Chủ tịch UBND tỉnh Trần Lê Đoài, Trần Anh Dũng, Hà Lan Anh", "Hai Phó
/// Thủ tướng Trần Lưu Quang và Lê Minh Khái": every name in it holds the title.
pub(super) fn plural_title_before(text: &str, start: usize) -> Option<(usize, usize)> {
    let mut at = start;
    for _ in 0..PLURAL_LIST_NAMES {
        let head = &text[..at];
        let item_end = head
            .strip_suffix(", ")
            .or_else(|| head.strip_suffix(" và "))?
            .len();
        // The item before: a name of two to four capitalized words.
        let mut starts: Vec<usize> = Vec::with_capacity(4);
        let mut item_start = item_end;
        for w in text[..item_end].rsplit(' ').take(4) {
            if !w.starts_with(char::is_uppercase) || !w.chars().all(is_word_char) {
                break;
            }
            item_start -= w.len() + usize::from(item_start != item_end);
            starts.push(item_start);
        }
        if starts.len() < 2 {
            return None;
        }
        let longest = starts[starts.len() - 1];
        let before = &text[..longest];
        if before.ends_with(", ") || before.ends_with(" và ") {
            at = longest;
            continue;
        }
        // The list's first name: the title ends right before it (the
        // longest reading first, so a title's own capitalized word is never
        // taken for the name's).
        let (rs, re) = starts[1..]
            .iter()
            .rev()
            .find_map(|&s| role_before(text, s))?;
        let plural = crate::words::word_before(text, rs).is_some_and(|w| PLURAL_WORDS.contains(&w));
        return plural.then_some((rs, re));
    }
    None
}

/// "Trường Đảng Lê Hồng Phong", "Trường Chính trị Nguyễn Văn Cừ": a school
/// or street word a few capitalized words before the name.
pub(super) fn named_place_before(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(' ');
    if street_address_before(head) {
        return true;
    }
    let mut words = head.rsplit(' ');
    for _ in 0..3 {
        let Some(w) = words.next() else { return false };
        if matches!(
            w,
            "Trường" | "Học" | "Đường" | "Phố" | "Cầu" | "Lăng" | "Khu"
        ) {
            return true;
        }
        // "đường biển Nguyễn Tất Thành", "đường ven biển …": a road's kind
        // between its word and the name.
        if (w == "biển" && head.trim_end_matches("biển").trim_end().ends_with("đường"))
            || head.ends_with("ven biển")
        {
            return true;
        }
        if !w.starts_with(char::is_uppercase) || !w.chars().all(is_word_char) {
            return false;
        }
    }
    false
}

/// Whether an honorific ("đồng chí", "ông", …) stands right before byte `at`.
pub(super) fn honorific_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    // Asked before nearly every capitalized word: only the honorifics whose
    // last word is the last word before `at` can end there.
    let last_word_at = before.rfind(|c: char| !is_word_char(c)).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let Some(candidates) = honorifics_by_last_word().get(&before[last_word_at..]) else {
        return false;
    };
    crate::words::phrase_before(text, at, candidates)
}

/// Whether the accused of a case stands before byte `at` ("bị cáo Đức"), or
/// before a list of one-word names that ends there ("bị cáo Giang, Khoa",
/// "hai bị cáo Hải và Lâm").
pub(super) fn in_case_party_list(text: &str, mut at: usize) -> bool {
    // The accused only: "đối tượng", "nạn nhân" also open categories
    // ("đối tượng Đảng viên").
    const ACCUSED: &[&str] = &[
        "bị cáo",
        "Bị cáo",
        "bị can",
        "Bị can",
        "nghi phạm",
        "Nghi phạm",
        "nghi can",
        "Nghi can",
    ];
    for _ in 0..6 {
        if crate::words::phrase_before(text, at, ACCUSED) {
            return true;
        }
        let Some(rest) = text[..at]
            .strip_suffix(", ")
            .or_else(|| text[..at].strip_suffix(" và "))
        else {
            return false;
        };
        let item = rest.rfind(|c: char| !is_word_char(c)).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        if item == rest.len() || !rest[item..].starts_with(char::is_uppercase) {
            return false;
        }
        at = item;
    }
    false
}

/// The honorifics keyed by their last word ("chí" for "đồng chí", "c" for "đ/c").
fn honorifics_by_last_word() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for h in HONORIFICS.iter().chain(crate::people::CASE_PARTIES) {
            let last = h.rsplit(|c: char| !is_word_char(c)).next().unwrap_or(h);
            map.entry(last).or_default().push(h);
        }
        map
    })
}

/// Whether an age or a birth year in brackets follows byte `at` ("Tik
/// Xayasane (52 tuổi)", "(SN 1987)"): what the news writes after a person,
/// whatever the language of the name.
pub(super) fn age_after(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(" (") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && rest[digits..].starts_with(" tuổi"))
        || rest.starts_with("SN ")
        || rest.starts_with("sinh năm ")
}

/// Whether a capitalized name starting with a family name comes right after byte `at`.
pub(super) fn name_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let third_capitalized = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    // "… Bí thư Đảng ủy xã Thạch Bằng": two syllables after an admin word
    // name the unit (see `judge_run`).
    let unit_name = !third_capitalized
        && crate::words::word_before(text, at).is_some_and(crate::people::is_admin_word);
    // "Ông" opens the next sentence far more often than it is a family name.
    let honorific = matches!(first, "Ông" | "Bà");
    is_family_name(first) && second.starts_with(char::is_uppercase) && !unit_name && !honorific
}

/// A bare title of at most three words right before ("Tổng thống", "Đại tá"):
/// enough to take a name without a Vietnamese family name.
pub(super) fn short_title_before(text: &str, at: usize) -> bool {
    role_before(text, at).is_some_and(|(s, e)| text[s..e].split(' ').count() <= 3)
}

/// Whether a capitalized run is a place name rather than a person's.
pub(super) fn is_place_name(name: &str) -> bool {
    crate::gazetteer::is_place_name(name)
}

/// Whether a title follows byte `at` after a dash or a comma ("A Pớt - Phó
/// Bí thư Tỉnh ủy", "Kring Ba, Ủy viên …"): a name without a Vietnamese
/// family name is a person's when a title is set off right after it.
pub(super) fn titled_after(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let after = [" - ", " – ", ", "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep));
    after.is_some_and(|r| {
        // A qualifier alone ("Tân", "Nguyên") must open a title: "Đông Thành,
        // Tân Thành" is a list of communes.
        let r = after_given_name_qualifier(r);
        r.starts_with(char::is_uppercase) && crate::people::starts_with_title(r)
    })
}

/// `phrase` after a title's qualifier that is also a given name ("Tân",
/// "Nguyên", "Cựu", "Quyền") and its space, else `phrase`: such a word
/// opens a title only when a title follows it ("Nguyên Phó Chủ tịch", not
/// "Nguyên Thảo").
pub(super) fn after_given_name_qualifier(phrase: &str) -> &str {
    ["Tân ", "Nguyên ", "Cựu ", "Quyền "]
        .iter()
        .find_map(|q| phrase.strip_prefix(q))
        .unwrap_or(phrase)
}

/// A street named after a person in an address: "số 328 Võ Văn Kiệt", "Gian
/// A53/2, … số 14/2 Lê Lợi", "đường Láng – Trần Duy Hưng" (a junction).
fn street_address_before(head: &str) -> bool {
    let mut words = head.rsplit(' ');
    let last = words.next().unwrap_or("");
    let house_number = last.starts_with(|c: char| c.is_ascii_digit())
        && last.len() <= 10
        && last
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-');
    // "361/21 Nguyễn Đình Chiểu": a house number with its alley needs no "số".
    let alley = house_number && last.contains('/');
    let second = words.next().unwrap_or("");
    let junction = matches!(last, "–" | "-")
        && words
            .take(2)
            .chain([second])
            .any(|w| matches!(w, "đường" | "Đường" | "phố" | "Phố" | "ngã" | "Ngã"));
    // "số 12 Lê Lợi", "số nhà 1071 Nguyễn Tất Thành".
    let numbered = matches!(second, "số" | "Số")
        || (second == "nhà" && head.trim_end_matches(last).trim_end().ends_with("số nhà"));
    (house_number && numbered) || alley || junction
}
