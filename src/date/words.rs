//! Calendar words: month names ("tháng Giêng", "tháng hai", "tháng Chạp"),
//! days after "mồng"/"mùng" ("mồng ba"), quarters in words ("quý ba"),
//! weekdays before a date, two-digit years ("3/9/91") and lunar year names
//! ("Quý Mão 2023").

use super::calendar::CivilDate;
use crate::figure::numeral::is_numeral_word;
use crate::rule::Hit;
use crate::words::{is_capitalized, word_after, words_before};

/// A month written as a word: "Giêng" 1, "hai" 2 … "mười một" 11, "Chạp" 12.
pub fn month_name_value(name: &str) -> Option<u32> {
    Some(match name.to_lowercase().as_str() {
        "giêng" | "một" => 1,
        "mười một" => 11,
        "mười hai" | "chạp" => 12,
        other => day_word_value(other).filter(|&n| n >= 2)?,
    })
}

/// A day 1–10 written as a word after "mồng"/"mùng" ("mồng ba", "mùng mười").
pub fn day_word_value(word: &str) -> Option<u32> {
    Some(match word.to_lowercase().as_str() {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        _ => return None,
    })
}

/// "IV", "4", "bốn", "tư" → 4.
pub fn quarter_value(q: &str) -> Option<u32> {
    Some(match q.to_lowercase().as_str() {
        "i" | "1" | "một" => 1,
        "ii" | "2" | "hai" => 2,
        "iii" | "3" | "ba" => 3,
        "iv" | "4" | "bốn" | "tư" => 4,
        _ => return None,
    })
}

/// Whether "quý ba" is the third quarter: a quarter in words is not
/// followed by more of a phrase ("quý một số…", "quý hai mươi", "quý hai
/// lần"), and "Quý" inside a sentence before a lower-case word is a name
/// ("anh Quý ba lần…").
pub fn quarter_in_words_is_date(hit: &Hit, written: &str) -> bool {
    let in_words = written.starts_with(|c: char| c.is_alphabetic() && !matches!(c, 'I' | 'V'));
    if !in_words {
        return true;
    }
    let sentence_start = hit.text[..hit.start]
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“' | '('));
    let name = is_capitalized(hit.as_str()) && !is_capitalized(written) && !sentence_start;
    let next = match hit.text[hit.end..].starts_with(' ') {
        true => word_after(hit.text, hit.end).unwrap_or(""),
        false => "",
    };
    let phrase_goes_on = more_numeral(next)
        || COUNT_AFTER_MONTH.contains(&next)
        || matches!(next, "số" | "trong" | "cách" | "phần" | "chút");
    !name && !phrase_goes_on
}

/// Words before "tháng" that make "tháng hai" a count ("mỗi tháng hai lần").
const COUNT_BEFORE_MONTH: &[&str] = &["mỗi", "hằng", "hàng", "mấy", "vài", "các", "những", "mọi"];
/// Words after "tháng hai" that make it a count ("tháng hai lần").
const COUNT_AFTER_MONTH: &[&str] = &[
    "lần", "lượt", "đợt", "buổi", "kỳ", "ngày", "tuần", "tháng", "người", "giờ", "phút", "tuổi",
];

/// Whether a month name written in lower case ("tháng sáu") is a month: not
/// a count ("mỗi tháng hai lần"), not "tháng năm" with no year ("ngày tháng
/// năm sinh": day, month and year). A capitalized name always is.
pub fn lower_case_month_is_date(hit: &Hit, name: &str, has_year: bool, from: usize) -> bool {
    if is_capitalized(name) {
        return true;
    }
    if name == "năm" && !has_year {
        return false;
    }
    let prev = words_before(hit.text, from, 1);
    let counted_before = COUNT_BEFORE_MONTH.contains(&prev.as_ref()) || is_numeral_word(&prev);
    let next = if hit.text[hit.end..].starts_with(' ') {
        word_after(hit.text, hit.end).unwrap_or("")
    } else {
        ""
    };
    !counted_before && !COUNT_AFTER_MONTH.contains(&next) && !more_numeral(next)
}

/// Whether the word after a month or quarter in words carries the number
/// on ("tháng hai mươi"); "năm" there is the year ("quý ba năm nay").
pub fn more_numeral(next: &str) -> bool {
    next != "năm" && is_numeral_word(next)
}

/// Nouns an ordinal "thứ hai" follows ("lần thứ hai", "Kỳ họp thứ Bảy"):
/// there "thứ hai" is "second", not Monday.
const ORDINAL_NOUNS: &[&str] = &[
    "lần", "kỳ", "họp", "khóa", "phiên", "đợt", "nghị", "hội", "ngày", "tuần", "năm", "người",
    "con", "lớp", "hạng", "giải", "vòng", "tập", "phần", "chương", "bài", "câu", "trang", "điều",
    "khoản", "mục", "số", "lượt", "chặng", "vị", "trí",
];

/// Where the date of a rule with a weekday group `wd` starts: at the weekday,
/// unless that is an ordinal ("Hội nghị lần thứ hai ngày 6/2" → "ngày 6/2").
pub fn start_after_ordinal(hit: &Hit) -> usize {
    let Some((wd_start, wd_end)) = hit.span("wd") else {
        return hit.start;
    };
    let prev = words_before(hit.text, wd_start, 1);
    if !ORDINAL_NOUNS.contains(&prev.as_ref()) {
        return hit.start;
    }
    let rest = &hit.text[wd_end..hit.end];
    // Any white space: "Hội nghị thứ 2\t 26/02/2024" starts at the date.
    let skipped =
        rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–'));
    wd_end + (rest.len() - skipped.len())
}

/// The ISO weekday (1 Monday … 7 Sunday) of "thứ Hai", "Thứ 2", "chủ nhật".
fn weekday_number(weekday: &str) -> Option<u32> {
    // The rule's group may carry the separator after it: "thứ sáu, ".
    let lower = weekday
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–'))
        .to_lowercase();
    let day = lower.split_whitespace().last()?;
    if lower.starts_with("chủ") {
        return Some(7);
    }
    let n = match day {
        "hai" => 2,
        "ba" => 3,
        "tư" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        digits => digits.parse().ok()?,
    };
    (2..=7).contains(&n).then(|| n - 1)
}

/// A yearless date's value, moved to the year before or after when the
/// weekday written with it says so ("chủ nhật ngày 9 tháng 4" read in
/// February 2017 is 2017-04-09, a Sunday, not 2016-04-09).
pub fn with_weekday(hit: &Hit, value: String) -> String {
    let weekday = hit
        .group("wd")
        .filter(|_| start_after_ordinal(hit) == hit.start)
        .and_then(weekday_number);
    let (Some(weekday), Some(date)) = (weekday, CivilDate::parse(&value)) else {
        return value;
    };
    [date.year, date.year - 1, date.year + 1]
        .into_iter()
        .filter_map(|y| CivilDate::new(y, date.month, date.day))
        .find(|d| d.iso_weekday() == weekday)
        .map_or(value, |d| d.to_string())
}

/// The year of a two-digit year in a numeric date: the century that puts it
/// at most ten years after the reference ("3/9/91" read in 2017 is 1991,
/// "15/3/25" is 2025); with no reference, the POSIX rule (69–99 → 19xx).
pub fn full_year(two_digits: i32, reference: Option<CivilDate>) -> i32 {
    match reference {
        Some(r) => {
            let latest = r.year + 10;
            latest - (latest - two_digits).rem_euclid(100)
        }
        None if two_digits >= 69 => 1900 + two_digits,
        None => 2000 + two_digits,
    }
}

/// Whether `name` ("Quý Mão") is the lunar name of year `y` (2023): its
/// stem and branch in their sixty-year cycle (1984 was Giáp Tý).
pub(super) fn names_the_lunar_year(name: &str, y: i32) -> bool {
    const STEMS: [&str; 10] = [
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
    ];
    const BRANCHES: [&[&str]; 12] = [
        &["Tý"],
        &["Sửu"],
        &["Dần"],
        &["Mão", "Mẹo"],
        &["Thìn"],
        &["Tỵ", "Tị"],
        &["Ngọ"],
        &["Mùi"],
        &["Thân"],
        &["Dậu"],
        &["Tuất"],
        &["Hợi"],
    ];
    let mut words = name.split_whitespace();
    let (Some(stem), Some(branch)) = (words.next(), words.next()) else {
        return false;
    };
    let k = (y - 1984).rem_euclid(60) as usize;
    STEMS[k % 10] == stem && BRANCHES[k % 12].contains(&branch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_years_take_the_century_of_the_reference() {
        let r = CivilDate::new(2017, 2, 2);
        assert_eq!(full_year(91, r), 1991);
        assert_eq!(full_year(17, r), 2017);
        assert_eq!(full_year(27, r), 2027);
        assert_eq!(full_year(28, r), 1928);
        assert_eq!(full_year(91, None), 1991);
        assert_eq!(full_year(5, None), 2005);
    }

    #[test]
    fn calendar_words() {
        assert_eq!(month_name_value("Giêng"), Some(1));
        assert_eq!(month_name_value("tư"), Some(4));
        assert_eq!(month_name_value("Mười Một"), Some(11));
        assert_eq!(month_name_value("chạp"), Some(12));
        assert_eq!(day_word_value("mười"), Some(10));
        assert_eq!(quarter_value("IV"), Some(4));
        assert_eq!(quarter_value("ba"), Some(3));
        assert_eq!(weekday_number("Thứ Hai"), Some(1));
        assert_eq!(weekday_number("thứ  7"), Some(6));
        assert_eq!(weekday_number("Chủ nhật"), Some(7));
    }
}
