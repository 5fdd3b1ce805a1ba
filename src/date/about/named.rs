//! The years a text names, and what each says of the text's own year (the
//! module's points 1, 2 and 6).

use super::{four_digit_year, near_end, starts_a_range, year_range};
use crate::date::words::names_the_lunar_year;
use crate::words::is_word_char;

/// Words before "năm 2030" that make it a target, a birth or a plan rather
/// than the year the text reports on.
const NOT_ABOUT: &[&str] = &["đến", "tới", "hướng", "vọng", "sinh", "trước", "sau"];
/// "nhiệm vụ năm 2024", "kế hoạch chuyển đổi số năm 2022", "mục tiêu từ năm
/// 2022": a plan's year, when one of these stands a few words before it.
const PLAN: &[&str] = &[
    "nhiệm vụ",
    "kế hoạch",
    "mục tiêu",
    "chỉ tiêu",
    "dự toán",
    "định hướng",
];
/// "tính chung năm 2018", "Hội nghị tổng kết công tác năm 2023": the year's
/// end is behind the text, when one of these stands a few words before it.
const CLOSES_YEAR: &[&str] = &["tính chung", "tổng kết"];
/// "Luật Đất đai năm 2013", "Hiến pháp năm 2013": a document's year, when
/// one of these (as written, before a capital or "năm") stands a few words
/// before it. "Luật sư" (a lawyer) is no law.
const NAMES_A_DOCUMENT: &[&str] = &["Luật", "Hiến pháp", "Bộ luật"];
/// Words before a range of two years that make it a school or fiscal year.
const SPLIT_YEAR: &[&str] = &[
    "năm học ",
    "năm học mới ",
    "niên độ ",
    "niên khóa ",
    "niên khoá ",
];
/// Feasts whose names end in a lower-case word, before their year ("lễ
/// Giáng sinh 2020"), and whether the feast is the turn into that year (a
/// Tết stands around January; Christmas in its year's end).
const FEASTS_BEFORE_A_YEAR: &[(&str, bool)] = &[("giáng sinh", false), ("nguyên đán", true)];
/// How many words before "năm" a plan, review or document word may stand.
const REACH: usize = 6;
/// How far back those words are looked for, in bytes.
const REACH_BYTES: usize = 120;
/// "so với năm 2019": the year compared against, not the one reported.
const COMPARED: &[&str] = &["với"];

#[derive(Default)]
pub(super) struct NamedYears {
    /// The latest year reported on.
    pub(super) reported: Option<i32>,
    /// The latest year planned for.
    pub(super) plan: Option<i32>,
    /// The later year of the latest turn named (the module's point 6).
    pub(super) turn_to: Option<i32>,
}

impl NamedYears {
    fn report(&mut self, y: i32) {
        self.reported = self.reported.max(Some(y));
    }

    fn turn_to(&mut self, later: i32) {
        self.turn_to = self.turn_to.max(Some(later));
    }
}

pub(super) fn named_years(text: &str) -> NamedYears {
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
        if starts_a_range(rest) || lunar_name_before(head, y) {
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
        // "định hướng năm 2026" is a plan, "hướng năm 2030" a target.
        let target = NOT_ABOUT.contains(&prev) && !head.trim_end().ends_with("định hướng");
        if target {
            continue;
        }
        // The clause's last words, read once for every question below.
        let last = last_words_of_clause(head);
        if names_a_document(&last) {
            continue;
        }
        let lower = last.join(" ").to_lowercase();
        let names = |phrases: &[&str]| phrases.iter().any(|p| lower.contains(p));
        if names(PLAN) {
            found.plan = found.plan.max(Some(y));
        } else if COMPARED.contains(&prev) {
            found.report(y + 1);
        } else {
            found.report(y);
            if names(CLOSES_YEAR) {
                found.turn_to(y + 1);
            }
        }
    }
    let bytes = text.as_bytes();
    for i in (0..bytes.len()).filter(|&i| matches!(bytes[i], b'/' | b'.' | b'-')) {
        let Some(y) = four_digit_year(&text[i + 1..]) else {
            continue;
        };
        // Years closing a full date ("7/10/2022", "18.5.2021", "15-4-2011"):
        // the part before is a month of one or two digits ("5.2021"), not a
        // year ("nhiệm kỳ 2025-2030" is a term).
        let before = bytes[..i]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (1..=2).contains(&before) && !range_end_or_birth(&text[..i - before]) {
            found.report(y);
        }
        // A quarter ("quý III/2025", "quý 4/2018"); the fourth closes its year.
        if let Some(q) = quarter_before(&text[..i]) {
            found.report(y);
            if q == 4 {
                found.turn_to(y + 1);
            }
        }
    }
    // A Tết by its lunar year, with or without "năm" ("Xuân Tân Sửu 2021").
    for i in (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()) {
        if i == 0 || bytes[i - 1] != b' ' {
            continue;
        }
        let Some(y) = four_digit_year(&text[i..]) else {
            continue;
        };
        let head = &text[..i];
        let head = head
            .trim_end()
            .strip_suffix("năm")
            .or_else(|| head.trim_end().strip_suffix("Năm"))
            .unwrap_or(head);
        if lunar_name_before(head, y) {
            found.turn_to(y);
        } else if let Some(turn) = edition_of_a_name(&text[..i], &text[i + 4..]) {
            if turn {
                found.turn_to(y);
            } else {
                found.report(y);
            }
        }
    }
    // A school or fiscal year: the turn of its two years.
    for lead in SPLIT_YEAR {
        for (at, _) in text.match_indices(lead) {
            let rest = &text[at + lead.len()..];
            let rest = rest.strip_prefix("tài chính ").unwrap_or(rest);
            if let Some((first, second)) = year_range(rest) {
                if second == first + 1 {
                    found.report(first);
                    found.turn_to(second);
                }
            }
        }
    }
    found
}

/// Whether a bare year between `head` and `tail` is the edition of an
/// event named before it ("Festival Huế 2024", "Ngày Văn hóa Việt Nam - Hàn
/// Quốc 2025", "Tết Bunpimay 2023", "lễ Giáng sinh 2020"): `Some(true)` when
/// it is the lunar New Year's ("Tết Nguyên đán 2024"), the turn into it.
/// Not a range ("2025 - 2030"), a date's part ("2024/QĐ"), an all-capital
/// code ("BLHS 2015"), a sentence's first word, nor a document's year ("Luật
/// Công an nhân dân 2018").
fn edition_of_a_name(head: &str, tail: &str) -> Option<bool> {
    let glued = tail
        .strip_prefix(['/', '.', ',', ':'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric()));
    // "huyện Đà Bắc 2000 hộ" is a count.
    let counts = tail.starts_with(' ') && crate::figure::starts_with_counted_noun(tail, 1);
    if glued || counts || tail.trim_start_matches(' ').starts_with(['-', '–', '/']) {
        return None;
    }
    let words = last_words_of_clause(head);
    let (&last, before) = words.split_last()?;
    if names_a_document(&words) {
        return None;
    }
    let pair = before.last().map(|w| format!("{w} {last}").to_lowercase());
    if let Some(&(_, turn)) = FEASTS_BEFORE_A_YEAR
        .iter()
        .find(|(feast, _)| pair.as_deref() == Some(*feast))
    {
        return Some(turn);
    }
    let capitalized = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().any(char::is_lowercase)
        && last.chars().all(is_word_char);
    // A name's word, not the clause's first (any sentence opens in
    // capitals). Only the lunar New Year is a turn: "Tết Bunpimay" (Lao, in
    // April) falls in its year.
    (capitalized && !before.is_empty()).then_some(false)
}

/// Whether the full date after `head` (up to its day or month) closes a
/// range opened by "từ" ("kể từ ngày 05/9/2023 đến 05/9/2028": a validity's
/// end, ahead of the text) or is a birth date ("sinh ngày 12/3/1990").
/// "Tính đến ngày 30/6/2025" is a report's cut-off, and counts.
fn range_end_or_birth(head: &str) -> bool {
    // The day's digits and separator, when the year closes "d/m/yyyy".
    let head = head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'));
    let words = last_words_of_clause(head);
    let mut rev = words.iter().rev().map(|w| w.to_lowercase());
    let mut prev = rev.next().unwrap_or_default();
    if prev == "ngày" {
        prev = rev.next().unwrap_or_default();
    }
    match prev.as_str() {
        "sinh" | "sn" => true,
        // The start names its own year ("từ ngày 05/9/2023"); "từ tháng 6
        // đến 11-2025" shares the end's year, which counts.
        "đến" | "tới" => {
            let between: Vec<String> = rev.take_while(|w| w != "từ").collect();
            between.len() < words.len() - 1
                && between.iter().any(|w| {
                    w.as_bytes().windows(5).any(|b| {
                        matches!(b[0], b'/' | b'.' | b'-')
                            && four_digit_year(std::str::from_utf8(&b[1..]).unwrap_or("")).is_some()
                    })
                })
        }
        _ => false,
    }
}

/// Whether the two words ending `head` are the lunar name of year `y`
/// ("… Xuân Canh Tý" before 2020).
fn lunar_name_before(head: &str, y: i32) -> bool {
    let mut words = near_end(head.trim_end(), 32).rsplitn(3, ' ');
    let (Some(branch), Some(stem)) = (words.next(), words.next()) else {
        return false;
    };
    names_the_lunar_year(&format!("{stem} {branch}"), y)
}

/// The quarter ending `head` before its "/": "quý III", "Quý 4".
fn quarter_before(head: &str) -> Option<u32> {
    let (lead, number) = near_end(head, 16).rsplit_once(' ')?;
    let lead = lead.rsplit(' ').next()?;
    if !lead.eq_ignore_ascii_case("quý") {
        return None;
    }
    match number {
        "I" | "1" => Some(1),
        "II" | "2" => Some(2),
        "III" | "3" => Some(3),
        "IV" | "4" => Some(4),
        _ => None,
    }
}

/// The last words of `head` within its clause, at most [`REACH`] + 1.
fn last_words_of_clause(head: &str) -> Vec<&str> {
    let clause = near_end(head, REACH_BYTES);
    let clause = clause
        .rfind([',', ';', '.', '(', ':', '\n'])
        .map_or(clause, |i| &clause[i + 1..]);
    let mut words = clause
        .split_whitespace()
        .rev()
        .take(REACH + 1)
        .collect::<Vec<_>>();
    words.reverse();
    words
}

/// Whether a document's name ([`NAMES_A_DOCUMENT`]) stands among a clause's
/// last `words`: "Luật Đất đai" before "năm 2013".
fn names_a_document(words: &[&str]) -> bool {
    let followed = |i: usize| {
        words
            .get(i)
            .is_none_or(|w| *w == "năm" || w.starts_with(char::is_uppercase))
    };
    NAMES_A_DOCUMENT.iter().any(|name| {
        let n = name.split(' ').count();
        (0..words.len().saturating_sub(n - 1))
            .any(|i| words[i..i + n].join(" ") == *name && followed(i + n))
    })
}
