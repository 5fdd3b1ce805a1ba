//! With no dateline: the year the text itself is about (GUIDELINES.md, DATE
//! `value`), read from what it names.
//!
//! 1. The years it names ("năm 2023", full dates such as "7/10/2022"), not
//!    targets ("đến năm 2030"), births ("sinh năm 1993") or ranges. A
//!    comparison base ("so với năm 2019") puts the text at least a year later.
//! 2. A plan's year ("kế hoạch năm 2025") counts only when no other year is
//!    named; a year reviewed beside the next year's plan ("tổng kết năm 2023, triển
//!    khai nhiệm vụ năm 2024") puts the text at their turn, January of the
//!    second: dates from March on fall in the first.
//! 3. A term it opens ("Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030", "kỳ họp
//!    thứ nhất", "bầu cử … nhiệm kỳ 2026 - 2031"): congresses, first sessions
//!    and elections fall in the term's first year, so the text is no earlier.
//! 4. Names that only exist from a given year on (the 2025 reorganization:
//!    "Sở Nông nghiệp và Môi trường", "34 tỉnh, thành", "chính quyền địa
//!    phương hai cấp") put the text no earlier than that year.
//! 5. With no year named, a term in course ("HĐND tỉnh khóa X, nhiệm kỳ
//!    2021 - 2026"): the year before its end, and never past [`NEWEST_YEAR`].
//!    The end itself is when the next term opens, which a text would name.

use crate::calendar::CivilDate;
use crate::words::{is_word_char, prefix_without_case};

/// The newest year this build's data knows of (the 2025 gazetteer, terms
/// opened in 2026): an estimate from a term in course never goes past it.
pub const NEWEST_YEAR: i32 = 2026;

/// Words before "năm 2030" that make it a target, a birth or a plan rather
/// than the year the text reports on.
const NOT_ABOUT: &[&str] = &["đến", "tới", "hướng", "vọng", "sinh", "trước", "sau"];
/// "nhiệm vụ năm 2024", "kế hoạch chuyển đổi số năm 2022", "mục tiêu từ năm
/// 2022": a plan's year, when one of these stands a few words before it.
const PLAN: &[&str] = &["nhiệm vụ", "kế hoạch", "mục tiêu", "chỉ tiêu", "dự toán"];
/// How many words before "năm" a plan word may stand.
const PLAN_REACH: usize = 6;
/// "so với năm 2019": the year compared against, not the one reported.
const COMPARED: &[&str] = &["với"];

/// Phrases (lower case) that only exist from a year on: the bodies and the
/// map of the 2025 reorganization.
const IN_USE_FROM: &[(&str, i32)] = &[
    ("nông nghiệp và môi trường", 2025),
    ("dân tộc và tôn giáo", 2025),
    ("tuyên giáo và dân vận", 2025),
    ("chính quyền địa phương hai cấp", 2025),
    ("chính quyền địa phương 2 cấp", 2025),
    ("34 tỉnh", 2025),
];

/// The bytes an [`IN_USE_FROM`] phrase starts with, in either case.
const STARTS_IN_USE_FROM: [bool; 256] = {
    let mut starts = [false; 256];
    let mut i = 0;
    while i < IN_USE_FROM.len() {
        let first = IN_USE_FROM[i].0.as_bytes()[0];
        starts[first as usize] = true;
        starts[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    starts
};

/// Phrases (lower case) in a term's sentence that open it.
const OPENS_TERM: &[&str] = &[
    "đại hội",
    "kỳ họp thứ nhất",
    "kỳ họp đầu tiên",
    "bầu cử",
    "ứng cử",
];

/// The reference date for a text with no dateline: a year alone, or the turn
/// of two years (the module's point 2) as January of the later one.
pub fn reference(text: &str) -> Option<CivilDate> {
    let estimate = estimate(text);
    let Some(earliest) = earliest_year(text) else {
        return estimate;
    };
    match estimate {
        Some(d) if d.year >= earliest => Some(d),
        _ => Some(CivilDate::year_only(earliest)),
    }
}

/// The earliest year the names in the text were in use.
fn earliest_year(text: &str) -> Option<i32> {
    // One walk over the bytes for every phrase, compared without case where
    // a phrase's first letter stands (a lower-cased copy of a long text cost
    // more than the rest of the module). Each phrase starts with an ASCII
    // letter or digit (a test holds them to it), so its first byte is where
    // a character starts.
    let mut earliest = None;
    for (at, &b) in text.as_bytes().iter().enumerate() {
        if !STARTS_IN_USE_FROM[usize::from(b)] {
            continue;
        }
        let b = b.to_ascii_lowercase();
        for &(phrase, year) in IN_USE_FROM {
            if phrase.as_bytes()[0] == b
                && earliest < Some(year)
                && prefix_without_case(&text[at..], phrase).is_some()
            {
                earliest = Some(year);
            }
        }
    }
    earliest
}

/// The estimate from years and terms named (the module's points 1–3 and 5).
fn estimate(text: &str) -> Option<CivilDate> {
    let named = named_years(text);
    let terms = terms(text);
    let opened = terms.iter().filter(|t| t.opened).map(|t| t.start).max();
    let reported = named.reported.max(opened);
    match (reported, named.plan) {
        // A plan alone is for the year in course ("kế hoạch đầu tư công năm
        // 2025" amended in June).
        (None, Some(p)) => return Some(CivilDate::year_only(p)),
        // A plan for the year after the one reported on: the turn of the two.
        (Some(y), Some(p)) if p == y + 1 && named.reported == Some(y) => {
            return CivilDate::year_month(p, 1)
        }
        (Some(y), _) => return Some(CivilDate::year_only(y)),
        (None, None) => {}
    }
    year_of_terms_in_course(&terms).map(CivilDate::year_only)
}

#[derive(Default)]
struct NamedYears {
    /// The latest year reported on.
    reported: Option<i32>,
    /// The latest year planned for.
    plan: Option<i32>,
}

fn named_years(text: &str) -> NamedYears {
    let mut found = NamedYears::default();
    for (at, word) in text.match_indices("ăm ") {
        // "năm 2023" / "Năm 2023", not "… năm 2019 - 2023" (a range).
        let Some(head) = text[..at]
            .strip_suffix('n')
            .or_else(|| text[..at].strip_suffix('N'))
        else {
            continue;
        };
        let rest = &text[at + word.len()..];
        let Some(y) = four_digit_year(rest) else {
            continue;
        };
        let after = rest[4..].trim_start_matches(' ');
        if after.starts_with(['-', '–'])
            && after[after.chars().next().map_or(0, char::len_utf8)..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let prev = head
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| !is_word_char(c))
            .to_lowercase();
        let prev = prev.as_str();
        if NOT_ABOUT.contains(&prev) {
            continue;
        }
        if is_plan(head) {
            found.plan = found.plan.max(Some(y));
        } else if COMPARED.contains(&prev) {
            found.reported = found.reported.max(Some(y + 1));
        } else {
            found.reported = found.reported.max(Some(y));
        }
    }
    // Years closing a full date ("7/10/2022", "18.5.2021", "15-4-2011"):
    // four digits after a separator that follows a digit.
    let bytes = text.as_bytes();
    for i in (0..bytes.len()).filter(|&i| matches!(bytes[i], b'/' | b'.' | b'-')) {
        // The part before is a month of one or two digits ("5.2021"), not a
        // year ("nhiệm kỳ 2025-2030" is a term).
        let before = bytes[..i]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (1..=2).contains(&before) {
            if let Some(y) = four_digit_year(&text[i + 1..]) {
                found.reported = found.reported.max(Some(y));
            }
        }
    }
    found
}

/// Whether a plan word stands among the last words of `head`, within its
/// clause.
fn is_plan(head: &str) -> bool {
    let clause = head
        .rfind([',', ';', '.', '(', ':', '\n'])
        .map_or(head, |i| &head[i + 1..]);
    let mut words = clause
        .split_whitespace()
        .rev()
        .take(PLAN_REACH + 1)
        .collect::<Vec<_>>();
    words.reverse();
    let lower = words.join(" ").to_lowercase();
    PLAN.iter().any(|p| lower.contains(p))
}

/// A year of exactly four digits at the start of `s`, 1900–2099.
fn four_digit_year(s: &str) -> Option<i32> {
    // Five bytes at most are looked at, whatever follows.
    let digits = s.bytes().take(5).take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let y: i32 = s[..4].parse().ok()?;
    (1900..=2099).contains(&y).then_some(y)
}

/// A term of office the text names: "nhiệm kỳ 2021 - 2026", "khóa 2016-2021".
#[derive(Debug, PartialEq)]
struct Term {
    start: i32,
    end: i32,
    /// Named with the congress, first session or election that opens it.
    opened: bool,
}

fn terms(text: &str) -> Vec<Term> {
    let mut found = Vec::new();
    for lead in ["kỳ ", "khóa ", "khoá "] {
        for (at, _) in text.match_indices(lead) {
            let rest = &text[at + lead.len()..];
            let Some(start) = four_digit_year(rest) else {
                continue;
            };
            let after = rest[4..].trim_start_matches(' ');
            let Some(after) = after.strip_prefix('-').or_else(|| after.strip_prefix('–')) else {
                continue;
            };
            let Some(end) = four_digit_year(after.trim_start_matches(' ')) else {
                continue;
            };
            if !(2..=6).contains(&(end - start)) {
                continue;
            }
            found.push(Term {
                start,
                end,
                opened: opens_term(sentence_around(text, at)),
            });
        }
    }
    found
}

/// The sentence (or line) around `at`: "Ngày 24/6, HĐND tỉnh khóa XIII,
/// nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ nhất".
fn sentence_around(text: &str, at: usize) -> &str {
    let (head, tail) = text.split_at(at);
    let from = head
        .rfind(['\n', ';'])
        .max(head.rfind(". "))
        .map_or(0, |i| i + 1);
    let to = tail
        .find(['\n', ';'])
        .into_iter()
        .chain(tail.find(". "))
        .min()
        .map_or(text.len(), |i| at + i);
    &text[from..to]
}

fn opens_term(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    OPENS_TERM.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(i, _)| {
            // "thực hiện Nghị quyết Đại hội nhiệm kỳ …" is the term in course
            // (its roll-out, "triển khai Nghị quyết Đại hội", follows the
            // congress closely).
            !(*phrase == "đại hội" && lower[..i].trim_end().ends_with("thực hiện nghị quyết"))
        })
    })
}

/// The year before the end of the terms in course, within the latest one.
fn year_of_terms_in_course(terms: &[Term]) -> Option<i32> {
    let latest_start = terms.iter().map(|t| t.start).max()?;
    // Terms over before the latest began are history ("nguyên Bí thư nhiệm
    // kỳ 2015 - 2020").
    let end = terms
        .iter()
        .filter(|t| t.end > latest_start)
        .map(|t| t.end)
        .min()
        .unwrap_or(latest_start + 1);
    Some((end - 1).min(NEWEST_YEAR).max(latest_start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(text: &str) -> Option<i32> {
        reference(text).map(|d| d.year)
    }

    /// `earliest_year` reads phrases from their first byte: an ASCII letter
    /// or digit in lower case. It finds them in any case.
    #[test]
    fn phrases_in_use_from_a_year_are_found_in_any_case() {
        for (phrase, year) in IN_USE_FROM {
            assert!(
                phrase.as_bytes()[0].is_ascii_lowercase() || phrase.as_bytes()[0].is_ascii_digit()
            );
            assert_eq!(*phrase, phrase.to_lowercase());
            for written in [
                phrase.to_string(),
                phrase.to_uppercase(),
                format!("Sở {}", capitalized(phrase)),
            ] {
                assert_eq!(
                    earliest_year(&format!("x {written} y")),
                    Some(*year),
                    "{written}"
                );
            }
        }
        assert_eq!(
            earliest_year("Sở Nông nghiệp và Phát triển nông thôn"),
            None
        );
    }

    fn capitalized(phrase: &str) -> String {
        phrase
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn named_years_skip_targets_births_and_ranges() {
        assert_eq!(year("nhiệm kỳ 2020 - 2025; đến năm 2030"), Some(2024));
        assert_eq!(year("Ngày 18/8/2025, nhiệm kỳ 2025-2030"), Some(2025));
        assert_eq!(year("ông A (sinh năm 1993) và năm 2019 - 2023"), None);
        assert_eq!(year("tăng 5% so với năm 2019"), Some(2020));
        assert_eq!(year("Không có năm nào ở đây."), None);
    }

    #[test]
    fn a_year_reviewed_beside_the_next_years_plan_is_their_turn() {
        let r = reference("tổng kết năm 2023, triển khai nhiệm vụ năm 2024").unwrap();
        assert_eq!(r, CivilDate::year_month(2024, 1).unwrap());
        assert_eq!(
            crate::date::resolve_day_month(Some(r), 28, 12).unwrap(),
            "2023-12-28"
        );
        assert_eq!(
            crate::date::resolve_day_month(Some(r), 10, 1).unwrap(),
            "2024-01-10"
        );
        // A plan alone is the year in course.
        assert_eq!(
            reference("Ủy ban đặt mục tiêu từ năm 2022 đến năm 2025"),
            Some(CivilDate::year_only(2022))
        );
        assert_eq!(
            reference("Ngày 30 tháng 11 năm 2021; dự thảo kế hoạch chuyển đổi số năm 2022"),
            CivilDate::year_month(2022, 1)
        );
        // A plan for a year already reported on is that year's.
        assert_eq!(
            reference("kết quả năm 2024 và nhiệm vụ năm 2024"),
            Some(CivilDate::year_only(2024))
        );
        // A plan further ahead is a target.
        assert_eq!(
            reference("năm 2023 và kế hoạch năm 2030"),
            Some(CivilDate::year_only(2023))
        );
    }

    #[test]
    fn an_opened_term_is_the_year_of_its_congress() {
        let text = "Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Ông A, Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.";
        assert_eq!(year(text), Some(2025));
        assert_eq!(
            year("kỳ họp thứ nhất HĐND tỉnh khóa XII, nhiệm kỳ 2016-2021"),
            Some(2016)
        );
        assert_eq!(
            year("Ngày 24/6, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ nhất."),
            Some(2021)
        );
        assert_eq!(
            year("lấy ý kiến cử tri về người ứng cử đại biểu HĐND xã nhiệm kỳ 2026-2031"),
            Some(2026)
        );
        // Carrying out a congress's resolution is the term in course.
        assert_eq!(
            year("thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025"),
            Some(2024)
        );
        // An opened term is no earlier than a past year named.
        assert_eq!(
            year("so với năm 2015. Đại hội Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2020 – 2025"),
            Some(2020)
        );
    }

    #[test]
    fn names_in_use_from_a_year_put_the_text_no_earlier() {
        assert_eq!(
            year("Sở Nông nghiệp và Môi trường đề nghị hỗ trợ; so với năm 2023"),
            Some(2025)
        );
        assert_eq!(year("xếp thứ 8/34 tỉnh, thành trên cả nước"), Some(2025));
        // A later year named stands.
        assert_eq!(
            year("chính quyền địa phương hai cấp; kế hoạch năm 2026"),
            Some(2026)
        );
    }

    #[test]
    fn a_term_in_course_gives_the_year_before_its_end() {
        assert_eq!(
            year("Sáng 14/11, HĐND TPHCM khóa X, nhiệm kỳ 2021-2026 họp."),
            Some(2025)
        );
        // Two terms in course: within both.
        assert_eq!(
            year(
                "Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026; Phó Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030"
            ),
            Some(2025)
        );
        // Past terms are history.
        assert_eq!(
            year("nguyên Bí thư nhiệm kỳ 2010-2015; Chủ tịch UBND tỉnh, nhiệm kỳ 2016 - 2021"),
            Some(2020)
        );
        // Never past what the data knows.
        assert_eq!(year("Bí thư Tỉnh ủy nhiệm kỳ 2025-2030"), Some(NEWEST_YEAR));
        assert_eq!(year("Phó Chủ tịch UBND tỉnh khóa 2016-2021"), Some(2020));
    }
}
