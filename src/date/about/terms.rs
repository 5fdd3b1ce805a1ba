//! Terms of office a text names, opened or in course (the module's points 3
//! and 5).

use super::{year_range, NEWEST_YEAR};
use crate::words::{ceil_char, floor_char};

/// How far either side of a term its sentence is read, in bytes.
const SENTENCE_BYTES: usize = 400;

/// Phrases (lower case) in a term's sentence that open it.
const OPENS_TERM: &[&str] = &[
    "đại hội",
    "kỳ họp thứ nhất",
    "kỳ họp đầu tiên",
    // The first plenum or session after a congress or an election: "Hội
    // nghị lần thứ nhất", "kỳ họp bất thường lần thứ nhất".
    "lần thứ nhất",
    "bầu cử",
    "ứng cử",
];

/// A term of office the text names: "nhiệm kỳ 2021 - 2026", "khóa 2016-2021".
#[derive(Debug, PartialEq)]
pub(super) struct Term {
    pub(super) start: i32,
    pub(super) end: i32,
    /// Named with the congress, first session or election that opens it.
    pub(super) opened: bool,
}

/// Phrases (lower case) in a period's sentence that sign an agreement for
/// it ("ký kết hợp tác … giai đoạn 2024 - 2026"): signed as the period
/// opens, so the text is no earlier than its first year.
const SIGNS_FOR_A_PERIOD: &[&str] = &["ký kết", "ký thỏa thuận", "ký thoả thuận", "ký biên bản"];

pub(super) fn terms(text: &str) -> Vec<Term> {
    let mut found = Vec::new();
    for lead in ["kỳ ", "khóa ", "khoá ", "giai đoạn "] {
        for (at, _) in text.match_indices(lead) {
            // A plan's period ("giai đoạn 2021 - 2025") is no term of office:
            // it counts only when an agreement for it is signed.
            let period = lead == "giai đoạn ";
            if period && !signs_for_a_period(sentence_around(text, at)) {
                continue;
            }
            let mut rest = &text[at + lead.len()..];
            // "các nhiệm kỳ 2010-2015 và 2015-2020": every term of a list.
            while let Some((start, end)) = year_range(rest) {
                if !(2..=6).contains(&(end - start)) {
                    break;
                }
                found.push(Term {
                    start,
                    end,
                    opened: period || opens_term(sentence_around(text, at)),
                });
                let after =
                    rest.find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '–')));
                match after.and_then(|i| {
                    rest[i..]
                        .strip_prefix("và ")
                        .or_else(|| rest[i..].strip_prefix(", "))
                }) {
                    Some(r) => rest = r,
                    None => break,
                }
            }
        }
    }
    found
}

/// The sentence (or line) around `at`: "Ngày 24/6, HĐND tỉnh khóa XIII,
/// nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ nhất".
fn sentence_around(text: &str, at: usize) -> &str {
    // Read within SENTENCE_BYTES either side: a congress or an election
    // stands near its term.
    let window = ceil_char(text, at.saturating_sub(SENTENCE_BYTES))
        ..floor_char(text, (at + SENTENCE_BYTES).min(text.len()));
    let offset = window.start;
    let text = &text[window];
    let at = at - offset;
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

fn signs_for_a_period(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    SIGNS_FOR_A_PERIOD
        .iter()
        .any(|phrase| lower.contains(phrase))
}

/// The year before the end of the terms in course, within the latest one.
pub(super) fn year_of_terms_in_course(terms: &[Term]) -> Option<i32> {
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
