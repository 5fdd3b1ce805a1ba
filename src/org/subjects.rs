//! Committees named by their subject, read past where the name's words
//! stop: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ban Chỉ huy
//! phòng, chống thiên tai - tìm kiếm cứu nạn tỉnh X", "Ban Chỉ đạo triển
//! khai xóa nhà tạm, nhà dột nát tỉnh Phú Thọ".

use super::parts::place_name_at;
use super::words::{anchored, lowercase_word, not_name_word, EndPattern, PhraseIndex};

/// Committees whose name ends in a level and goes on with their subject
/// after "về": "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ban Chỉ đạo
/// liên ngành Trung ương về vệ sinh an toàn thực phẩm".
const SUBJECT_NAMED: &[&str] = &[
    "Ban Chỉ đạo",
    "Ban chỉ đạo",
    "Ủy ban",
    "Hội đồng",
    "Tiểu ban",
];
/// The level a subject-named committee's name ends with before "về".
const SUBJECT_LEVELS: &[&str] = &[
    "Trung ương",
    "trung ương",
    "Nhà nước",
    "nhà nước",
    "Quốc gia",
    "quốc gia",
    "liên ngành",
];

/// The end of the subject after a committee's name `text[at..end]`
/// ([`SUBJECT_NAMED`] ending in a [`SUBJECT_LEVELS`] word), if " về " and a
/// noun phrase follow: terms and lower-case words that are no verb or
/// function word, a place's name, "và"/"ở" between two of them and a comma
/// before a term ("về phát triển khoa học, công nghệ"); twelve words at most.
/// "về việc …" is a document's subject, never a name's.
pub(super) fn subject_after(
    [terms, capitalized]: [&PhraseIndex; 2],
    text: &str,
    at: usize,
    end: usize,
) -> Option<usize> {
    let name = &text[at..end];
    if !SUBJECT_NAMED.iter().any(|h| name.starts_with(h))
        || !SUBJECT_LEVELS
            .iter()
            .any(|l| name.ends_with(&format!(" {l}")))
    {
        return None;
    }
    let mut q = end + text[end..].strip_prefix(" về ").map(|_| " về ".len())?;
    if ["việc ", "vấn đề ", "tình hình "]
        .iter()
        .any(|w| text[q..].starts_with(w))
    {
        return None;
    }
    // Free lower-case words ("người") only open the subject; after a term
    // or a place, a word that is neither is the sentence's ("… ở nước
    // ngoài đồng hành").
    let free = |q: usize| lowercase_word(text, q).filter(|&e| !not_name_word(&text[q..e]));
    let mut last = None;
    let mut opened = false;
    for _ in 0..12 {
        let Some(e) = terms
            .longest_at(text, q)
            .or_else(|| capitalized.longest_at(text, q))
            .or_else(|| place_name_at(text, q))
            .inspect(|_| opened = true)
            .or_else(|| free(q).filter(|_| !opened))
        else {
            break;
        };
        last = Some(e);
        let rest = &text[e..];
        q = if let Some(r) = ["và ", "ở "]
            .iter()
            .find_map(|c| rest.strip_prefix(' ')?.strip_prefix(c))
        {
            text.len() - r.len()
        } else if let Some(r) = rest
            .strip_prefix(", ")
            .filter(|r| terms.longest_at(r, 0).is_some())
        {
            text.len() - r.len()
        } else if rest.starts_with(' ') {
            e + 1
        } else {
            break;
        };
    }
    last
}

/// Steering and command committees named with what they prevent: "Ban Chỉ
/// huy phòng, chống thiên tai - tìm kiếm cứu nạn tỉnh X", "Ban Chỉ đạo quốc
/// gia phòng, chống dịch COVID-19". The end of that subject, when it goes
/// past `end` (where the name's words stopped): lower-case words and
/// capitals ("COVID-19", "AIDS") joined by a space, ", ", " - " or " và ",
/// twelve words at most, up to a verb or function word, or the admin word of
/// a locality (the chain reads the locality after the name).
pub(super) fn prevention_subject(text: &str, at: usize, end: usize) -> Option<usize> {
    const COMMITTEES: &[&str] = &[
        "Ban Chỉ đạo",
        "Ban chỉ đạo",
        "Ban Chỉ huy",
        "Ban chỉ huy",
        "Ủy ban quốc gia",
        "Ủy ban Quốc gia",
    ];
    const LEVELS: &[&str] = &[" quốc gia", " Quốc gia", " Trung ương", " liên ngành"];
    const OPENINGS: &[&str] = &[
        " phòng, chống ",
        " phòng chống ",
        " Phòng, chống ",
        " Phòng chống ",
    ];
    const ADMIN_WORDS: &[&str] = &[
        "tỉnh",
        "huyện",
        "xã",
        "thành",
        "quận",
        "phường",
        "thị",
        "khu",
        "cấp",
        "các",
    ];
    let head = COMMITTEES.iter().find(|h| text[at..].starts_with(**h))?;
    let mut q = at + head.len();
    q += LEVELS
        .iter()
        .find(|l| text[q..].starts_with(**l))
        .map_or(0, |l| l.len());
    q += OPENINGS.iter().find(|o| text[q..].starts_with(**o))?.len();
    let word = |q: usize| {
        lowercase_word(text, q)
            .filter(|&e| !not_name_word(&text[q..e]) && !ADMIN_WORDS.contains(&&text[q..e]))
            .or_else(|| capitals_word(text, q))
    };
    let mut last = None;
    for _ in 0..12 {
        let Some(e) = word(q) else {
            break;
        };
        last = Some(e);
        let Some(sep) = [", ", " - ", " – ", " và ", " "]
            .iter()
            .find(|s| text[e..].starts_with(**s))
        else {
            break;
        };
        q = e + sep.len();
    }
    last.filter(|&e| e > end)
}

/// A word in capitals, with a number after a dash: "COVID-19", "AIDS".
fn capitals_word(text: &str, at: usize) -> Option<usize> {
    let caps = text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_uppercase())
        .map_or(text.len(), |(i, _)| at + i);
    if caps < at + 2 {
        return None;
    }
    let digits = text[caps..]
        .strip_prefix('-')
        .map(|r| r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len())
        .filter(|&n| n > 0)
        .map_or(caps, |n| caps + 1 + n);
    crate::words::boundary_after(text, digits).then_some(digits)
}

/// A steering committee named by its task in lower case and then its
/// locality: "Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát tỉnh Phú Thọ",
/// "Ban Chỉ đạo vận động toàn dân tham gia bảo hiểm y tế thị trấn Bích
/// Động". The end of the task, when it goes past `end` and an admin word's
/// locality follows it (`admin_locality`, read by the chain after the name):
/// without one the words may be the sentence's ("Ban Chỉ đạo yêu cầu …",
/// "Ban Chỉ đạo xóa nhà tạm … được thành lập ở các cấp").
pub(super) fn steering_task(
    admin_locality: &EndPattern,
    text: &str,
    at: usize,
    end: usize,
) -> Option<usize> {
    const HEADS: &[&str] = &["Ban Chỉ đạo ", "Ban chỉ đạo "];
    // Tasks that open with a verb the sentence could also have.
    const TASK_VERBS: &[&str] = &["triển khai", "thực hiện", "vận động", "tổ chức"];
    // Words that end a clause, never inside a task.
    const STOPS: &[&str] = &[
        "đã", "đang", "sẽ", "được", "bị", "là", "của", "cho", "tại", "với", "trong", "đến", "vào",
        "từ", "để", "nhằm", "có", "không", "này", "đó", "theo", "khi", "thì", "mà", "nên", "cũng",
        "vừa", "đều", "trên", "dưới", "sau", "trước", "ở", "về",
    ];
    let head = HEADS.iter().find(|h| text[at..].starts_with(**h))?;
    let mut q = at + head.len();
    let opens = TASK_VERBS
        .iter()
        .any(|v| text[q..].starts_with(v) && crate::words::boundary_after(text, q + v.len()))
        || lowercase_word(text, q).is_some_and(|e| !not_name_word(&text[q..e]));
    if !opens {
        return None;
    }
    for _ in 0..16 {
        let e = lowercase_word(text, q).filter(|&e| !STOPS.contains(&&text[q..e]))?;
        if e > end && anchored(admin_locality, text, e).is_some() {
            return Some(e);
        }
        let sep = [" ", ", ", " và ", " - "]
            .iter()
            .find(|s| text[e..].starts_with(**s))?;
        q = e + sep.len();
    }
    None
}
