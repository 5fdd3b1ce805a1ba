//! Months, quarters, report periods and years: "tháng 10/2015", "quý III/2023",
//! "9 tháng đầu năm", "năm 2023", "2020 - 2025".

use super::*;

fn count_word_value(w: &str) -> Option<u32> {
    Some(match w {
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" => 12,
        digits => digits.parse().ok()?,
    })
}

pub(super) fn months_of_year(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let from_end = hit.group("edge") == Some("cuối");
    let value = months_value(ctx, hit, &["y", "y2", "y3", "y4"], from_end)?;
    Some(date_candidate(hit, hit.start, value))
}

/// Aggregates a report gives for the months from January: "tổng thu ngân
/// sách nhà nước 6 tháng", "kim ngạch xuất khẩu 9 tháng".
pub(super) const REPORTED_AGGREGATE: &str = r"(?:[Tt]hu ngân sách(?: nhà nước| Nhà nước)?|[Nn]gân sách(?: nhà nước| Nhà nước)|GRDP|[Kk]im ngạch(?: xuất khẩu| nhập khẩu| xuất nhập khẩu)?|[Dd]oanh thu|[Ll]ợi nhuận(?: sau thuế| trước thuế)?|[Tt]ổng thu|[Tt]ổng chi|[Tt]ổng mức bán lẻ hàng hóa)";

/// Words after "N tháng" that make it another period or a stretch of time:
/// "6 tháng cuối năm", "9 tháng liền", "3 tháng qua".
const NOT_FROM_JANUARY_AFTER: &[&str] = &[" cuối", " liền", " qua", " tới", " gần đây", " giữa"];

pub(super) fn report_period(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    // "Trong 10 tháng" is a report's period only before an aggregate.
    let tail = hit.span("tail");
    if !clean_edges(hit) || (hit.group("within").is_some() && tail.is_none()) {
        return None;
    }
    let end = tail.map_or(hit.end, |(s, _)| s);
    if NOT_FROM_JANUARY_AFTER
        .iter()
        .any(|w| hit.text[end..].starts_with(w))
    {
        return None;
    }
    let value = months_value(ctx, hit, &["y", "y2"], false)?;
    let (start, _) = hit.span("n")?;
    let mut candidate = date_candidate(hit, start, value);
    candidate.end = end;
    Some(candidate)
}

/// The value of "n tháng" counted from January (or back from December,
/// `from_end`) in the year of the first of `year_groups` written, else the
/// reference year; with no year known, the months alone ("--01/--09").
fn months_value(ctx: &Context, hit: &Hit, year_groups: &[&str], from_end: bool) -> Option<String> {
    let n = count_word_value(hit.group("n")?)?;
    if !(1..=12).contains(&n) {
        return None;
    }
    let year: Option<i32> = match year_groups.iter().find_map(|g| hit.group(g)) {
        Some(y) => Some(y.parse().ok()?),
        None => ctx.reference.map(|r| r.year),
    };
    let y = year.map_or(String::from("-"), |y| y.to_string());
    Some(if from_end {
        format!("{y}-{:02}/{y}-12", 13 - n)
    } else {
        format!("{y}-01/{y}-{n:02}")
    })
}

pub(super) fn quarter(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let written = hit.group("q")?;
    let q = quarter_value(written)?;
    if !quarter_in_words_is_date(hit, written) {
        return None;
    }
    let value = match hit.group("y").or(hit.group("y2")) {
        Some(y) => {
            let year: i32 = y.parse().ok()?;
            format!("{year}-{:02}/{year}-{:02}", q * 3 - 2, q * 3)
        }
        None => resolve_quarter(ctx.reference, q)?,
    };
    Some(date_candidate(hit, hit.start, value))
}

pub(super) fn month(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let m = num(hit, "m")?;
    let value = match hit.group("y").or(hit.group("y2")) {
        Some(y) => format!("{}-{m:02}", y.parse::<i32>().ok()?),
        None => resolve_month(ctx.reference, m)?,
    };
    Some(date_candidate(hit, hit.start, value))
}

pub(super) fn listed_month(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    // "tháng 6 đến | 11-2025": the month word, a month, then "đến" or "và".
    let before = crate::words::words_before(hit.text, hit.start, 3);
    let mut words = before.split(' ');
    let listed = matches!(words.next(), Some("tháng" | "Tháng"))
        && words
            .next()
            .is_some_and(|m| m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)))
        && matches!(words.next(), Some("đến" | "và"));
    if !listed {
        return None;
    }
    let (m, y) = (num(hit, "m")?, num(hit, "y")?);
    Some(date_candidate(hit, hit.start, format!("{y:04}-{m:02}")))
}

pub(super) fn month_name(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let name = hit.group("name")?;
    if !lower_case_month_is_date(hit, name, hit.group("y").is_some(), hit.start) {
        return None;
    }
    // "Cách mạng Tháng Tám", "Cách mạng tháng Mười Nga": an event's name.
    let before = hit.text[..hit.start].trim_end_matches(' ');
    if before.ends_with("Cách mạng") || before.ends_with("cách mạng") {
        return None;
    }
    let m = month_name_value(name)?;
    let value = match hit.group("y") {
        Some(y) => format!("{}-{m:02}", y.parse::<i32>().ok()?),
        None => resolve_month(ctx.reference, m)?,
    };
    Some(date_candidate(hit, hit.start, value))
}

/// Words before a bare "2023" that make it a year rather than a count.
#[rustfmt::skip]
const YEAR_CUES: &[&str] = &[
    "kỳ", "đoạn", "từ", "đến", "tới", "trong", "vào", "khóa", "sau", "trước", "của", "và", "cho",
    "qua", "niên", "hết",
    // A plan's horizon ("đến năm 2025, tầm nhìn 2030"); a birth year ("(SN 1964").
    "nhìn", "sn",
    // A feast's year: "Tết Nguyên đán 2024", "Giáng sinh 2020", "năm học 2021".
    "đán", "sinh", "học",
];

/// Whether a year ends a list item right before byte `start`: "năm 2018, | 2019".
fn listed_after_a_year(text: &str, start: usize) -> bool {
    let Some(item) = text[..start].strip_suffix(", ") else {
        return false;
    };
    let digits = item.bytes().rev().take_while(u8::is_ascii_digit).count();
    let year = &item[item.len() - digits..];
    digits == 4 && (year.starts_with("19") || year.starts_with("20"))
}

pub(super) fn year(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let y: i32 = hit.group("y")?.parse().ok()?;
    let range_end: Option<i32> = hit.group("y2").and_then(|s| s.parse().ok());
    // An anniversary's span may be long ("(1930 - 2025)", a birth 120 years
    // ago: "(1904 - 2024)"); heights and counts in the 1800s are none
    // ("1800-2000 m").
    if let Some(y2) = range_end {
        if y2 <= y || y2 - y > 130 || (y2 - y > 60 && y < 1900) {
            return None;
        }
    }
    // "Bính Ngọ năm 2026": with "năm" between, the mark is "năm 2026" alone.
    if let Some(name) = hit.group("canchi") {
        let word_between = hit.group("word").is_some();
        if range_end.is_some() || word_between || !names_the_lunar_year(name, y) {
            return None;
        }
    }
    let bare =
        hit.group("word").is_none() && hit.group("edge").is_none() && hit.group("canchi").is_none();
    if bare && range_end.is_none() {
        let cue = words_before(hit.text, hit.start, 1);
        let next_word_lower = word_after(hit.text, hit.end)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        let glued_word = hit.text[hit.end..].starts_with(' ') && next_word_lower;
        // "Festival Huế 2024 tại …", "Ngày Văn hóa Việt Nam - Hàn Quốc 2025
        // tại Huế": an event's edition after its capitalized name.
        // ("Có 1975 người": a sentence's first word is capitalized anyway.)
        let after_a_name = hit.before() == Some(' ')
            && crate::words::word_before(hit.text, hit.start).is_some_and(|w| {
                let before = hit.text[..hit.start].trim_end_matches(' ');
                let head = before
                    .strip_suffix(w)
                    .unwrap_or(before)
                    .trim_end_matches(' ');
                is_capitalized(w) && !head.is_empty() && !head.ends_with(['.', '!', '?', ':', '\n'])
            });
        if !(YEAR_CUES.contains(&cue.as_ref())
            || after_a_name
            || hit.before() == Some('(')
            || !glued_word
            || listed_after_a_year(hit.text, hit.start))
        {
            return None;
        }
    }
    let value = match range_end {
        Some(y2) => format!("{y}/{y2}"),
        None => y.to_string(),
    };
    Some(date_candidate(hit, hit.start, value))
}

/// The years the Buddhist era runs ahead of the common era (Phật lịch 2568
/// began with the Vesak of 2024).
const BUDDHIST_ERA_OFFSET: i32 = 544;

pub(super) fn buddhist_year(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let y: i32 = hit.group("y")?.parse().ok()?;
    Some(date_candidate(
        hit,
        hit.start,
        (y - BUDDHIST_ERA_OFFSET).to_string(),
    ))
}

pub(super) fn birth_year_glued(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let (start, _) = hit.span("y")?;
    Some(date_candidate(hit, start, hit.group("y")?.to_string()))
}
