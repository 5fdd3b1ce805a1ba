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
//!    2021 - 2026"): its last months are in course until the next term opens
//!    (elections and congresses from March to June), so dates up to May fall
//!    in its last year and later ones in the year before; never past
//!    [`NEWEST_YEAR`].
//! 6. Other turns of two years, read like point 2: a Tết named by its lunar
//!    year ("mừng Xuân Canh Tý 2020", "Tết Nguyên đán Bính Ngọ năm 2026":
//!    the text stands around January of that year, not in it), a year whose
//!    end is reviewed ("quý IV/2020", "tính chung năm 2018", "tổng kết năm
//!    2023"), a school or fiscal year ("năm học 2025-2026", "niên độ tài
//!    chính 2021-2022"). A law's year ("Luật Đất đai năm 2013") is the
//!    document's, not the text's.
//! 7. An event's edition after its name ("Festival Huế 2024", "lễ Giáng
//!    sinh 2020") is a year reported on, and a period an agreement is signed
//!    for ("ký kết hợp tác … giai đoạn 2024 - 2026") opens like a term.
//!
//! Years named: `about/named.rs`; terms: `about/terms.rs`. Every look back
//! from a year is bounded, so a text of many years stays linear.

mod named;
mod terms;
#[cfg(test)]
mod tests;

use crate::calendar::CivilDate;
use crate::words::{ceil_char, prefix_without_case};
use named::named_years;
use terms::{terms, year_of_terms_in_course};

/// The newest year this build's data knows of (the 2025 gazetteer, terms
/// opened in 2026): an estimate from a term in course never goes past it.
pub const NEWEST_YEAR: i32 = 2026;

/// The month a term is still in course by in its last year (the reference
/// month: dates up to a month after it fall in that year).
const TERM_ENDS_BY_MONTH: u32 = 4;

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

/// The estimate from years and terms named (the module's points 1–3, 5, 6).
fn estimate(text: &str) -> Option<CivilDate> {
    let named = named_years(text);
    let terms = terms(text);
    let opened = terms.iter().filter(|t| t.opened).map(|t| t.start).max();
    let reported = named.reported.max(opened);
    // January of the later year: dates from March on fall in the earlier.
    let turn = |later: i32| CivilDate::year_month(later, 1);
    match (reported, named.plan) {
        // A plan alone is for the year in course ("kế hoạch đầu tư công năm
        // 2025" amended in June).
        (None, Some(p)) => return Some(CivilDate::year_only(p)),
        // A plan for the year after the one reported on: the turn of the two.
        (Some(y), Some(p)) if p == y + 1 && named.reported == Some(y) => return turn(p),
        (Some(y), _) if named.turn_to == Some(y + 1) => return turn(y + 1),
        (Some(y), _) => return Some(CivilDate::year_only(y)),
        (None, None) => {}
    }
    // A Tết named alone.
    if let Some(t) = named.turn_to {
        return turn(t);
    }
    // A term in course ends when the next one opens: elections and congresses
    // fall from March to June of its last year, so a yearless date up to May
    // is read in that year, a later one in the year before.
    let in_course = year_of_terms_in_course(&terms)?;
    if in_course < NEWEST_YEAR && terms.iter().any(|t| t.end == in_course + 1) {
        return CivilDate::year_month(in_course + 1, TERM_ENDS_BY_MONTH);
    }
    Some(CivilDate::year_only(in_course))
}

/// A year of exactly four digits at the start of `s`, 1900–2099.
pub(super) fn four_digit_year(s: &str) -> Option<i32> {
    // Five bytes at most are looked at, whatever follows.
    let digits = s.bytes().take(5).take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let y: i32 = s[..4].parse().ok()?;
    (1900..=2099).contains(&y).then_some(y)
}

/// Whether `s` opens with a year and a dash before more digits ("2019 -
/// 2023", "2019-23").
pub(super) fn starts_a_range(s: &str) -> bool {
    let after = s[4..].trim_start_matches(' ');
    after.starts_with(['-', '–'])
        && after[after.chars().next().map_or(0, char::len_utf8)..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
}

/// Two four-digit years joined by a dash at the start of `s`: "2021 - 2026".
pub(super) fn year_range(s: &str) -> Option<(i32, i32)> {
    let first = four_digit_year(s)?;
    let after = s[4..].trim_start_matches(' ');
    let after = after
        .strip_prefix('-')
        .or_else(|| after.strip_prefix('–'))?;
    Some((first, four_digit_year(after.trim_start_matches(' '))?))
}

/// The end of `head`, at most `max` bytes of it, from a word's start: every
/// look back from a year is bounded (a long text of years named one after
/// another stays linear).
pub(super) fn near_end(head: &str, max: usize) -> &str {
    if head.len() <= max {
        return head;
    }
    let cut = ceil_char(head, head.len() - max);
    let tail = &head[cut..];
    // A word cut in two is left out; one that starts at the cut is whole.
    if head[..cut].ends_with(' ') {
        return tail;
    }
    tail.find(' ').map_or("", |i| &tail[i + 1..])
}
