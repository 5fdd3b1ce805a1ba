//! FIGURE for what the numeral grammar (`numeral.rs`) reads: numbers written
//! in words ("ba mươi ba đảng viên", "hai trăm nghìn đồng", "hai năm rưỡi")
//! and digits with magnitude words ("3 triệu rưỡi", "2 tỷ 300 triệu đồng").
//! One numeral is one mark, with its currency, measure, duration or "phần
//! trăm" (GUIDELINES.md, "FIGURE"); the counted noun stays out. Most of this
//! file says when words are not a count: names, ordinals, idioms, "một"
//! ("a") and "năm" ("year") alone.

use super::context::{at_sentence_start, counted_noun, is_clock_time, label_word_before};
use super::frag::{AGE_WORDS, CURRENCY_WORDS, DURATION_WORDS, MEASURE_WORDS, PERCENT_WORDS};
use super::numeral::{self, is_numeral_word};
use super::{
    before_ok, clean_after, dong_is_not_currency, figure, is_label_after, json_number,
    listed_noun_after, value_attrs,
};
use crate::candidate::Candidate;
use crate::rule::Context;
use crate::rule::Hit;
use crate::words::{is_capitalized, is_word_char, word_after, words_before};

#[derive(Debug, Clone, Copy, PartialEq)]
enum UnitKind {
    Currency,
    Measure,
    Duration,
    Age,
    Percent,
}

/// The unit written right after byte `end`, and where it ends.
fn unit_after(text: &str, end: usize) -> Option<(UnitKind, &str, usize)> {
    // Pages pasted from the web may double a space: "1,3 tỉ  đồng".
    let gap = match &text.as_bytes()[end..] {
        [b' ', b' ', ..] => 2,
        [b' ', ..] => 1,
        _ => return None,
    };
    let rest = &text[end + gap..];
    let lists = [
        (UnitKind::Currency, CURRENCY_WORDS),
        (UnitKind::Measure, MEASURE_WORDS),
        (UnitKind::Duration, DURATION_WORDS),
        (UnitKind::Age, AGE_WORDS),
        (UnitKind::Percent, PERCENT_WORDS),
    ];
    for (kind, words) in lists {
        for w in words {
            let whole_word = rest.strip_prefix(w).is_some_and(|after| {
                !after.starts_with(is_word_char) || !w.starts_with(is_word_char)
            });
            if whole_word {
                let unit_end = end + gap + w.len();
                if *w == "đồng" && dong_is_not_currency(text, unit_end) {
                    return None;
                }
                return Some((kind, &text[end + gap..unit_end], unit_end));
            }
        }
    }
    None
}

/// A numeral read at `start` with its unit: the mark, or `None` when it is a
/// clock time ("ba giờ chiều").
fn mark(hit: &Hit, value: f64, numeral_end: usize) -> Option<(Candidate, Option<UnitKind>)> {
    let text = hit.text;
    let (mut end, mut value, mut kind, mut unit) = (numeral_end, value, None, None);
    // "doanh thu 5 tỷ năm 2023": after an amount, "năm 2023" is the year.
    let unit_found = unit_after(text, numeral_end).filter(|&(k, _, unit_end)| {
        let number_after = text[unit_end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        !(k == UnitKind::Duration && value.abs() >= 1000.0 && number_after)
    });
    if let Some((k, word, unit_end)) = unit_found {
        if k == UnitKind::Duration && is_clock_time(text, hit.start, numeral_end + 1, unit_end) {
            return None;
        }
        (end, kind) = (unit_end, Some(k));
        // Money and measures count what follows them when the text says so
        // ("24,9 tỷ đồng cổ tức", "2,9 triệu tấn than nguyên khai"); else
        // the currency or the measure stands as the unit, as after digits.
        unit = match k {
            UnitKind::Percent => None,
            UnitKind::Currency => {
                listed_noun_after(text, unit_end).or_else(|| Some(word.to_string()))
            }
            UnitKind::Measure => counted_noun(text, unit_end).or_else(|| Some(word.to_string())),
            _ => Some(word.to_string()),
        };
        // "hai năm rưỡi": and a half of the unit.
        if k == UnitKind::Duration && value.fract() == 0.0 && text[end..].starts_with(" rưỡi") {
            let after = end + " rưỡi".len();
            if !text[after..].starts_with(is_word_char) {
                (end, value) = (after, value + 0.5);
            }
        }
    }
    // "65 triệu đồng/năm": a slash may follow.
    if !(clean_after(text, end, false) || text[end..].starts_with('/')) {
        return None;
    }
    let unit = unit.or_else(|| counted_noun(text, end));
    let attrs = value_attrs(json_number(value), unit);
    Some((figure(hit, end, attrs), kind))
}

/// "150 tỷ đồng", "1,5 nghìn", "3 triệu rưỡi", "2 tỷ 300 triệu đồng".
pub fn digits_and_magnitude(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !before_ok(hit) {
        return None;
    }
    let numeral = numeral::read(hit.text, hit.span("n")?.0)?;
    if numeral.words < 2 {
        return None;
    }
    let sign = if hit.group("sign") == Some("-") {
        -1.0
    } else {
        1.0
    };
    mark(hit, sign * numeral.value, numeral.end).map(|(c, _)| c)
}

/// Words before a numeral in words that make it a label, ordinal or date
/// ("thứ mười", "mùng hai", "lớp chín", "giải ba"), besides the labels of
/// numbers in digits. "cả" is none: "cả ba đối tượng", "cả hai bị bắt"
/// count (both, all three); "cả năm" is the whole year, and "năm" alone is
/// never a count.
const LABEL_WORDS_BEFORE: &[&str] = &[
    "tháng", "mùng", "mồng", "quý", "lớp", "giải", "tuổi", "hàng",
];

/// Words after a numeral in words that show it is not a count ("ba mẹ", "ba
/// tôi": father; "chín chắn": ripe; "hai là": firstly…).
const NOT_A_NOUN_AFTER: &[&str] = &[
    "mẹ", "má", "tôi", "mình", "là", "và", "hoặc", "hay", "giờ", "phút", "chắn", "muồi", "rộ",
    "hoa", "chuyện", "vàng", "mọng", "kỹ",
];

/// Sayings with numbers that count nothing.
const IDIOMS: &[&str] = &[
    "mười phân vẹn mười",
    "trăm công nghìn việc",
    "trăm công ngàn việc",
    "năm thì mười họa",
    "năm lần bảy lượt",
    "ba chân bốn cẳng",
    "bảy nổi ba chìm",
    "ba chìm bảy nổi",
    "chín người mười ý",
    "năm bè bảy mối",
    "ba đầu sáu tay",
    "ba mặt một lời",
    "ba cọc ba đồng",
    "bốn phương tám hướng",
    "ba bề bốn bên",
    "một vốn bốn lời",
    "một chín một mười",
    "một mất mười ngờ",
    "mười voi không được bát nước xáo",
    "trăm nghe không bằng một thấy",
    "ba hoa chích chòe",
    // "win-win": no two of anything counted.
    "cả hai bên cùng có lợi",
    "hai bên cùng có lợi",
];

/// Each of the `IDIOMS` as its words, and each run of its first `k` words
/// joined (what the words before a numeral are compared with), made once.
fn idioms() -> &'static [(Vec<&'static str>, Vec<String>)] {
    static SPLIT: std::sync::OnceLock<Vec<(Vec<&'static str>, Vec<String>)>> =
        std::sync::OnceLock::new();
    SPLIT.get_or_init(|| {
        IDIOMS
            .iter()
            .map(|idiom| {
                let words: Vec<&str> = idiom.split(' ').collect();
                let heads = (0..words.len()).map(|k| words[..k].join(" ")).collect();
                (words, heads)
            })
            .collect()
    })
}

/// Whether the word at byte `start` is inside one of the `IDIOMS`.
fn in_idiom(text: &str, start: usize) -> bool {
    let after: Vec<std::borrow::Cow<str>> = text[start..]
        .split(|c: char| !is_word_char(c))
        .take(8)
        .map(crate::words::lowercased)
        .collect();
    // The k words before `start`, for every k an idiom may need, read once.
    let longest = idioms().iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    let before: Vec<std::borrow::Cow<str>> =
        (0..longest).map(|k| words_before(text, start, k)).collect();
    idioms().iter().any(|(words, heads)| {
        (0..words.len()).any(|k| {
            let before_ok = k == 0 || before[k] == heads[k];
            before_ok
                && words[k..]
                    .iter()
                    .zip(after.iter().map(AsRef::as_ref).chain(std::iter::repeat("")))
                    .all(|(w, a): (&&str, &str)| *w == a)
        })
    })
}

/// Bodies and sides counted with a capital: "hai Bộ", "hai Đảng, hai Nhà
/// nước", "hai Bên", "hai Hội".
const COUNTED_WITH_A_CAPITAL: &[&str] = &[
    "Bộ",
    "Đảng",
    "Nhà nước",
    "Bên",
    "Hội",
    "Chính phủ",
    "Quốc hội",
    "Sở",
    "Tỉnh ủy",
];

/// Whether a title or a body stands at `at`: "Hai Phó Thủ tướng", "hai
/// Ủy viên", "hai Bộ" are counts of posts and bodies.
fn counts_a_post(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with(char::is_uppercase)
        && (crate::people::starts_with_title(rest)
            || crate::words::phrase_at(text, at, COUNTED_WITH_A_CAPITAL))
}

/// Whether the words before `start` make a numeral in words something other
/// than a count.
fn not_a_count_here(text: &str, start: usize) -> bool {
    let prev2 = words_before(text, start, 2);
    let mut prev_words = prev2.split(' ').rev();
    let prev = prev_words.next().unwrap_or("");
    let before_prev = prev_words.next().unwrap_or("");
    if LABEL_WORDS_BEFORE.contains(&prev) {
        return true;
    }
    // After another numeral word the scan is inside a numeral it could not
    // take whole ("hai triệu ba"), or in a rough range ("hai ba người").
    // "năm" is a unit when a numeral comes before it ("hai năm ba tháng"),
    // else the year ("năm hai nghìn") or the range "năm sáu người".
    if prev == "năm" {
        return !is_numeral_word(before_prev);
    }
    carries_a_numeral(prev) || label_word_before(text, start)
}

/// Whether a word next to a numeral is more of a number. "năm" (year),
/// "tư" ("đầu tư", "tư liệu") and "không" (not) are mostly other words.
fn carries_a_numeral(word: &str) -> bool {
    !matches!(word, "năm" | "tư" | "không") && is_numeral_word(word)
}

/// "ba mươi ba đảng viên", "hai trăm nghìn đồng", "mười năm", "âm hai mươi độ".
pub fn numeral_words(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let (text, start) = (hit.text, hit.start);
    if !before_ok(hit) {
        return None;
    }
    let numeral = numeral::read(text, start)?;
    let first = word_after(text, start)?;
    // A capitalized numeral inside a sentence is a name ("Ba Đình", "ông Mười").
    if is_capitalized(first) && !at_sentence_start(text, start) {
        return None;
    }
    let lone = (numeral.words == 1).then(|| crate::words::lowercased(first));
    // "một" alone is mostly "a", "năm" alone mostly "year".
    if matches!(lone.as_deref(), Some("một" | "năm")) {
        return None;
    }
    if not_a_count_here(text, start) || in_idiom(text, start) {
        return None;
    }
    let (candidate, unit) = mark(hit, numeral.value, numeral.end)?;
    let end = candidate.end;
    let next = word_after(text, end);
    // What follows may not carry the numeral on ("hai triệu ba": 2,3 million;
    // but "hai nghìn tỷ năm 2023", "ba nghìn tư liệu").
    if text[end..].starts_with(' ') && next.is_some_and(carries_a_numeral) && unit.is_none() {
        return None;
    }
    if unit.is_none() {
        // Without a unit, a lower-case noun must follow: the thing counted,
        // or a title or body counted ("Hai Phó Thủ tướng", "hai Ủy viên",
        // "hai Bộ"). "nửa" alone is not a count ("nửa đầu năm").
        let spaced = text[end..].starts_with(' ');
        let noun = next.filter(|w| spaced && w.chars().all(char::is_lowercase));
        let counted_post = spaced && counts_a_post(text, end + 1);
        if lone.as_deref() == Some("nửa")
            || (noun.is_none_or(|w| NOT_A_NOUN_AFTER.contains(&w)) && !counted_post)
            || is_label_after(text, end)
        {
            return None;
        }
    }
    Some(candidate)
}
