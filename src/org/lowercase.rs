//! Bodies written in lower case ("sở GTVT Cần Thơ", "công an tỉnh") and
//! bodies whose head word is shared with the title before them ("Trưởng ban
//! Tuyên giáo …"): read as if their first letter were capitalized.

use super::name_end_in_copy;
use crate::words::is_word_char;

/// A body written in lower case, as news often does: "sở GTVT Cần Thơ",
/// "bệnh viện Đa khoa tỉnh",
/// "công an tỉnh", "cơ quan CSĐT Công an TP Cần Thơ", "các phó bí thư tỉnh
/// ủy". Its head must be followed by what makes it one body (an
/// abbreviation, a locality), since "sở", "cục", "cơ quan" alone are common
/// nouns ("sở hữu", "cục bộ", "các cơ quan").
pub(super) fn lowercase_body(text: &str, at: usize) -> Option<usize> {
    const HEADS: &[&str] = &[
        "sở ",
        "cục ",
        "công an ",
        "cơ quan ",
        "phòng ",
        "bệnh viện ",
        "đảng ",
        "tỉnh ủy",
        "huyện ủy",
        "thành ủy",
    ];
    // Asked at most lower-case words: their first byte rules out most heads.
    let rest = &text[at..];
    let first = rest.as_bytes().first()?;
    let head = HEADS
        .iter()
        .find(|h| h.as_bytes()[0] == *first && rest.starts_with(**h))?;
    let word_before = crate::words::word_before(text, at);
    // "trụ sở UBND tỉnh" is the building, not a department; "bí thư các
    // huyện ủy, thành ủy" is a class.
    let plural = matches!(word_before, Some("các" | "những" | "Các" | "Những"))
        || (head.ends_with("ủy") && text[..at].trim_end().ends_with(','));
    if text[..at].ends_with(is_word_char)
        || matches!(word_before, Some("Trụ" | "trụ" | "Cơ" | "cơ"))
        || plural
    {
        return None;
    }
    let after = &text[at + head.len()..];
    let committee = head.ends_with("ủy");
    // "chi bộ công an xã, phường": a class.
    let class_follows = |rest: &str| {
        rest.strip_prefix(", ").is_some_and(|r| {
            [
                "xã",
                "phường",
                "thị trấn",
                "huyện",
                "quận",
                "thành ủy",
                "tỉnh",
            ]
            .iter()
            .any(|w| r.starts_with(w))
        })
    };
    let complete = if committee {
        !after.starts_with(is_word_char) && !after.starts_with(" viên") && !class_follows(after)
    } else {
        let next = &after[..after
            .find(|c: char| !is_word_char(c))
            .unwrap_or(after.len())];
        let abbreviation = next.chars().count() >= 2 && next.chars().all(char::is_uppercase);
        let locality = matches!(next, "tỉnh" | "huyện" | "xã" | "thành" | "quận")
            && *head == "công an "
            && !class_follows(&after[next.len()..]);
        // "lãnh đạo sở Nông nghiệp và PTNT": a department named in capitals;
        // "cán bộ phòng Quản lý công nghệ": an office, when its name opens
        // as bodies' names do ("phòng Họp" is a room).
        let named = match *head {
            // "lãnh đạo bệnh viện Đa khoa Vĩnh Long".
            "sở " | "bệnh viện " => next.starts_with(char::is_uppercase),
            "phòng " => next.starts_with(char::is_uppercase) && opens_a_known_name(after),
            // "đảng Dân chủ Tự do Nhật Bản": a party named by its words.
            "đảng " => PARTY_NAME_WORDS.iter().any(|w| after.starts_with(w)),
            _ => false,
        };
        abbreviation || locality || named
    };
    if !complete {
        return None;
    }
    let head_end = at + head.trim_end().len();
    match shared_head_capitalized(text, at) {
        Some(end) if end > head_end => Some(end),
        _ if committee => Some(head_end),
        _ => None,
    }
}

/// The words a party's name opens with, after a lower-case "đảng".
const PARTY_NAME_WORDS: &[&str] = &[
    "Cộng sản ",
    "Dân chủ ",
    "Cộng hòa",
    "Tự do ",
    "Lao động ",
    "Xã hội ",
    "Bảo thủ",
    "Nhân dân ",
];

/// Whether `name` opens with words a body's name is made of ("Quản lý",
/// "Tài chính", "Cảnh sát"): one of the name lexicons' terms, in any case.
fn opens_a_known_name(name: &str) -> bool {
    use super::lexicon::{FIRST_WORDS, NAME_TERMS};
    let mut words = name.split(' ').filter(|w| !w.is_empty());
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    // A term of one word is the first; one of two words, the first two.
    let one = first.to_lowercase();
    let two = second.map(|s| format!("{one} {}", s.to_lowercase()));
    let is_term = |w: &str| FIRST_WORDS.contains(&w) || NAME_TERMS.contains(&w);
    is_term(&one) || two.as_deref().is_some_and(is_term)
}

/// The end of the name read from `at` as if its first letter (a lower-case
/// letter whose capital has the same length, so byte offsets stay the same:
/// ASCII, or "đ") were capitalized.
fn shared_head_capitalized(text: &str, at: usize) -> Option<usize> {
    crate::memo::lowercase_head_name(text, at, || read_capitalized(text, at))
}

/// `shared_head_capitalized`, read on a capitalized copy of the text there.
fn read_capitalized(text: &str, at: usize) -> Option<usize> {
    let first = text[at..]
        .chars()
        .next()
        .filter(|c| c.is_ascii_lowercase() || *c == 'đ')?;
    let capital = if first == 'đ' {
        'Đ'
    } else {
        first.to_ascii_uppercase()
    };
    let window_end =
        crate::words::floor_char(text, (at + super::chain::MAX_NAME_BYTES).min(text.len()));
    // The word before stays in front of the copy.
    let before = match text[..at].strip_suffix(' ') {
        // One space after the word, or none of it is kept.
        Some(head) => crate::words::word_before(text, at)
            .filter(|w| head.ends_with(w))
            .map_or(0, |w| w.len() + 1),
        None => 0,
    };
    let mut capital_bytes = [0; 4];
    let capital: &str = capital.encode_utf8(&mut capital_bytes);
    name_end_in_copy(
        &text[at - before..at],
        &[capital, &text[at + first.len_utf8()..window_end]],
    )
    .map(|e| at + e)
}

/// The body named from a lower-case "ban" after "Trưởng"/"Phó trưởng":
/// read as if it were capitalized ("ban Dân tộc HĐND tỉnh").
pub(super) fn shared_ban(text: &str, at: usize) -> Option<usize> {
    if !text[at..].starts_with("ban ") {
        return None;
    }
    shared_head_name(text, at).or_else(|| party_committee_in_lower_case(text, at))
}

/// A Party committee's standing bodies written with a lower-case "ban"
/// ("Tập thể ban Thường vụ Tỉnh ủy"): the capitalized name after it says
/// which body, so it is read as if "ban" were capitalized.
fn party_committee_in_lower_case(text: &str, at: usize) -> Option<usize> {
    const NAMES: &[&str] = &[
        "Thường vụ ",
        "Chấp hành ",
        "Kiểm tra ",
        "Bí thư ",
        "Cán sự ",
    ];
    let rest = &text[at + "ban ".len()..];
    if !NAMES.iter().any(|n| rest.starts_with(n)) {
        return None;
    }
    shared_head_capitalized(text, at).filter(|&e| e > at + "ban ".len())
}

/// The body's name that starts at a lower-case head word shared with the
/// title before it: "Trưởng ban Tuyên giáo và Dân vận Trung ương", "Trưởng
/// phòng Cảnh sát hình sự". Read as if the head were capitalized.
pub fn shared_head_name(text: &str, at: usize) -> Option<usize> {
    let head = ["ban ", "phòng ", "sở ", "bộ ", "công ty ", "cục "]
        .iter()
        .find(|h| text[at..].starts_with(**h))?;
    let head_len = head.len();
    // "Trưởng ban …", "Bí thư ban Cán sự đảng …", "Giám đốc sở Tài chính",
    // "Bộ trưởng bộ Y tế", "Giám đốc công ty Châu Tú Tài", "Cục trưởng cục Thuế".
    let word_before = crate::words::word_before(text, at);
    let title_word = match *head {
        "sở " | "công ty " => matches!(word_before, Some("đốc")),
        // The title is the same head's: "Bộ trưởng bộ …", "Cục trưởng cục …".
        "bộ " => ["Bộ trưởng ", "bộ trưởng "]
            .iter()
            .any(|t| text[..at].ends_with(t)),
        "cục " => ["Cục trưởng ", "cục trưởng "]
            .iter()
            .any(|t| text[..at].ends_with(t)),
        _ => matches!(word_before, Some("Trưởng" | "trưởng" | "thư")),
    };
    if !title_word {
        return None;
    }
    shared_head_capitalized(text, at).filter(|&e| e > at + head_len)
}
