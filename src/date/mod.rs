//! DATE: calendar references (GUIDELINES.md, "DATE").
//!
//! Alternations are leftmost-first: list longer alternatives first ("1[0-2]"
//! before "[1-9]").
//!
//! To add a date form: add a fragment below if it needs one, then a rule in
//! [`rules`] (order = priority at the same start), then example lines in
//! `examples.txt`.

// The civil calendar stands below every rule (`Context` holds a date).
pub use crate::calendar;
pub mod about;
pub mod dateline;
mod spans;
mod value;
mod words;

use serde_json::Value;

use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::rule::Context;
use crate::rule::{rule, Edges, Hit, Rule};
use crate::words::{is_capitalized, word_after, words_before};
pub use value::{resolve_day_month, resolve_month, resolve_quarter};
use words::{
    day_word_value, full_year, lower_case_month_is_date, month_name_value, names_the_lunar_year,
    quarter_in_words_is_date, quarter_value, start_after_ordinal, with_weekday,
};

/// Named pattern fragments.
pub mod frag {
    pub const DAY: &str = r"(?:3[01]|[12][0-9]|0?[1-9])";
    pub const MONTH: &str = r"(?:1[0-2]|0?[1-9])";
    pub const YEAR: &str = r"(?:1[89][0-9]{2}|20[0-9]{2})";
    /// A numeric date's year, four digits or two ("3/9/91").
    pub const YEAR_IN_DATE: &str = r"(?:1[89][0-9]{2}|20[0-9]{2}|[0-9]{2})";
    pub const TIME: &str = r"(?:2[0-3]|[01]?[0-9])(?::[0-5][0-9](?::[0-5][0-9])?|h[0-5][0-9])";
    pub const WEEKDAY: &str = r"(?i:thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật)";
    pub const DASH: &str = r"\s*[-–—]\s*";
    /// "ngày", "mồng"/"mùng" (days 1–10), "ngày mồng".
    pub const DAY_WORD: &str = r"(?:[Nn]gày\s+(?:m[ồù]ng\s+)?|[Mm][ồù]ng\s+)";
    pub const MONG_WORD: &str = r"(?:(?:[Nn]gày\s+)?[Mm][ồù]ng\s+)";
    /// A day in words, after "mồng": "mồng ba", "mùng mười".
    pub const DAY_NAME: &str = r"(?i:mười|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)";
    pub const MONTH_WORD: &str = r"[Tt]háng";
    pub const YEAR_WORD: &str = r"(?:[Nn]ăm|NĂM)";
    pub const EDGE_OF_PERIOD: &str = r"(?:[Đđ]ầu|[Cc]uối|[Gg]iữa)";
    /// A lunar year's name before its number: "Quý Mão 2023", "Bính Ngọ 2026".
    pub const CAN_CHI: &str = r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)";
    /// Months in words, any case: "tháng Giêng", "tháng hai", "tháng Mười Một", "tháng Chạp".
    pub const MONTH_NAME: &str =
        r"(?i:mười một|mười hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|chạp)";
    pub const QUARTER: &str = r"(?:IV|I{1,3}|[1-4]|(?i:một|hai|ba|bốn|tư))";
    pub const COUNT_WORD: &str =
        r"(?:1[0-2]|0?[1-9]|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười hai|mười)";
}

/// DATE rules, in priority order.
pub fn rules() -> Vec<Rule> {
    use frag::*;
    let day_then_month = format!(
        r"(?P<d>{DAY})(?P<s1>[/.\-])(?P<m>{MONTH})(?:(?P<s2>[/.\-])(?P<y>{YEAR_IN_DATE}))?"
    );
    let rules = vec![
        // "ngày 20/10 - 3/11", "từ 28/2 - 5/3/2024": a range across months.
        rule(
            "month_range",
            format!(
                r"(?P<word>{DAY_WORD})?(?P<d1>{DAY})(?P<s0>[/.])(?P<m1>{MONTH}){DASH}(?P<d>{DAY})(?P<s1>[/.])(?P<m>{MONTH})(?:(?P<s2>[/.])(?P<y>{YEAR_IN_DATE}))?"
            ),
            spans::month_range,
        ),
        // "tháng 2.2018 - 5.2019", "tháng 2/2018 - tháng 5/2019": months of two years.
        rule(
            "month_year_range",
            format!(
                r"{MONTH_WORD}\s+(?P<m1>{MONTH})(?P<s0>[/.\-])(?P<y1>{YEAR}){DASH}(?:{MONTH_WORD}\s+)?(?P<m>{MONTH})(?P<s1>[/.\-])(?P<y>{YEAR})"
            ),
            spans::month_year_range,
        ),
        // "ngày 20 - 23/5/2019", "ngày 23-25/12": days sharing a month.
        rule(
            "day_range",
            format!(r"(?P<word>{DAY_WORD})?(?P<d1>{DAY}){DASH}{day_then_month}"),
            spans::day_range,
        ),
        // "ngày 10 và 11/2", "(22 và 23/8)": the first day of a list;
        // "từ ngày 27 đến 30-3-2024": the first day of a range so written.
        rule(
            "day_list",
            format!(
                r"(?P<word>{DAY_WORD})?(?P<d1>{DAY})\s+(?P<join>và|đến)\s+(?:ngày\s+)?{day_then_month}"
            ),
            spans::day_list,
        ),
        // "Thứ năm - 11/01/2024 14:40", "11:19 25/11/2023", "ngày 7/10/2022",
        // "18.5.2021", "15-4-2011", "(22/12/1944 - 22/12/2021)", "23-4-1959 – 23-4-2019".
        rule(
            "day_month_year",
            format!(
                r"(?:(?P<wd>{WEEKDAY})\s*[,\-–]?\s*)?(?:(?P<t1>{TIME})\s*[|,]?\s*)?(?P<word>{DAY_WORD})?(?P<d>{DAY})(?P<s1>[/.\-])(?P<m>{MONTH})(?P<s2>[/.\-])(?P<y>{YEAR_IN_DATE})(?:\s*(?:[,|\-–]\s*)?(?P<t2>{TIME}))?(?:{DASH}(?:(?P<d2>{DAY})/(?P<m2>{MONTH})/(?P<y2>{YEAR_IN_DATE})|(?P<d3>{DAY})-(?P<m3>{MONTH})-(?P<y3>{YEAR_IN_DATE})|(?P<d4>{DAY})\.(?P<m4>{MONTH})\.(?P<y4>{YEAR_IN_DATE})))?"
            ),
            day_month_year,
        ),
        // "ngày 24 tháng 6 năm 2013", "ngày 19 tháng 6", "mồng 3 tháng ba",
        // "chủ nhật ngày 9 tháng 4", "mùng một tháng Giêng".
        rule(
            "long_form",
            format!(
                r"(?:(?P<wd>{WEEKDAY})\s*[,\-–]?\s*)?(?:(?P<word>{DAY_WORD})?(?P<d>{DAY})|{MONG_WORD}(?P<dw>{DAY_NAME}))\s+tháng\s+(?:(?P<m>{MONTH})|(?P<name>{MONTH_NAME}))(?:,?\s+năm\s+(?P<y>{YEAR}))?"
            ),
            long_form,
        ),
        // "Sáng 3/8", "ngày 11/01", "Chiều 10.1", "ngày 15-4", "Thứ Hai, 12/6".
        rule(
            "day_month",
            format!(
                r"(?P<wd>{WEEKDAY}\s*[,\-–]?\s*)?(?P<word>{DAY_WORD})?(?P<d>{DAY})(?P<s>/|\.|-|\s-\s)(?P<m>{MONTH})"
            ),
            day_month,
        ),
        // "7 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng năm 2023", "6 tháng 2024".
        rule(
            "months_of_year",
            format!(
                r"(?P<n>{COUNT_WORD})\s+tháng\s+(?:(?P<edge>đầu|cuối)\s+(?:năm(?:\s+(?P<y>{YEAR}))?|(?P<y3>{YEAR}))|năm\s+(?P<y2>{YEAR})|(?P<y4>(?:19|20)[0-9]{{2}}))"
            ),
            months_of_year,
        ),
        // A report's period counted from January: "Tính chung 9 tháng",
        // "Lũy kế 11 tháng", an aggregate's ("Tổng thu ngân sách nhà nước 6
        // tháng là …", "doanh thu 9 tháng"), and "Trong 10 tháng, thu ngân
        // sách …" (the mark is "9 tháng"; "sau 9 tháng" is a duration).
        rule(
            "report_period",
            format!(
                r"(?:[Tt]ính chung|[Ll]ũy kế|[Ll]uỹ kế|{REPORTED_AGGREGATE}|(?P<within>[Tt]rong))\s+(?P<n>{COUNT_WORD})\s+tháng(?:\s+(?:đầu\s+năm(?:\s+(?P<y2>{YEAR}))?|năm\s+(?P<y>{YEAR})))?(?P<tail>,\s+{REPORTED_AGGREGATE})?"
            ),
            report_period,
        ),
        // "quý III/2023", "quý 3 năm 2023", "Quý IV", "quý ba", "quý 4 của năm 2018".
        rule(
            "quarter",
            format!(
                r"[Qq]uý\s+(?P<q>{QUARTER})(?:\s*[/\-]\s*(?P<y>{YEAR})|\s+(?:của\s+)?năm\s+(?P<y2>{YEAR}))?"
            ),
            quarter,
        ),
        // "tháng 10/2015", "tháng 5.2019", "tháng 10 năm 2023", "cuối tháng 10", "tháng 10".
        rule(
            "month",
            format!(
                r"(?:(?P<edge>{EDGE_OF_PERIOD})\s+)?{MONTH_WORD}\s+(?P<m>{MONTH})(?:(?:\s*[/\-]\s*|\.)(?P<y>{YEAR})|\s+năm\s+(?P<y2>{YEAR}))?"
            ),
            month,
        ),
        // "Tháng Ba năm 2024", "tháng Mười Hai", "tháng Giêng", "tháng sáu".
        rule(
            "month_name",
            format!(
                r"(?:(?P<edge>{EDGE_OF_PERIOD})\s+)?{MONTH_WORD}\s+(?P<name>{MONTH_NAME})(?:\s+năm\s+(?P<y>{YEAR}))?"
            ),
            month_name,
        ),
        // "năm 2023", "cuối năm 2023", "2020 - 2025", "năm 2019 - 2023",
        // "Quý Mão 2023" (the lunar year's name is in the span).
        rule(
            "year",
            format!(
                r"(?:(?P<edge>{EDGE_OF_PERIOD})\s+)?(?:(?P<canchi>{CAN_CHI})\s+)?(?P<word>{YEAR_WORD}\s+)?(?P<y>{YEAR})(?:{DASH}(?:{YEAR_WORD}\s+)?(?P<y2>{YEAR}))?"
            ),
            year,
        ),
    ];
    // Every DATE builder first refuses a match glued to a letter or digit
    // (`clean_edges`): the pass need not read such matches.
    rules.into_iter().map(Rule::refusing_glued).collect()
}

pub(crate) fn num(hit: &Hit, name: &str) -> Option<u32> {
    hit.group(name).and_then(|s| s.trim().parse().ok())
}

/// "Trong 2 ngày 09 - 10/6/2020": after a count, "ngày" is the counted
/// unit ("2 ngày", a FIGURE) and the date starts after it.
pub(crate) fn after_counted_day(text: &str, start: usize) -> usize {
    let Some(word_len) = ["ngày ", "Ngày "]
        .iter()
        .find(|w| text[start..].starts_with(**w))
        .map(|w| w.len())
    else {
        return start;
    };
    // A count of days is led by a word of duration ("trong 2 ngày", "sau
    // ba ngày"), unlike a document's number ("Quy định số 85 ngày 7/10").
    let counted = crate::words::word_before(text, start).is_some_and(|n| {
        let number = n.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                n,
                "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "tám" | "chín" | "mười"
            );
        let number_start = text[..start].trim_end().len() - n.len();
        let lead = crate::words::word_before(text, number_start).map(str::to_lowercase);
        number
            && matches!(
                lead.as_deref(),
                Some("trong" | "sau" | "trước" | "gần" | "hơn" | "khoảng" | "suốt" | "mất" | "qua")
            )
    });
    if counted {
        start + word_len
    } else {
        start
    }
}

fn date_candidate(hit: &Hit, start: usize, value: String) -> Candidate {
    let start = after_counted_day(hit.text, start);
    Candidate::new(Kind::Date, start, hit.end, rank::NUMERIC).with_attrs(Attrs {
        value: Some(Value::String(value)),
        ..Attrs::default()
    })
}

/// Numbers glued to letters, digits or other numbers are not dates.
const EDGES: Edges = Edges {
    glued_before: &['.', ',', '/', '_', '='],
    glued_after: &['/', '_', '%'],
    number_goes_on: &['.', ',', '-', ':'],
};

pub(crate) fn clean_edges(hit: &Hit) -> bool {
    EDGES.clean(hit)
}

fn time_suffix(t: Option<&str>) -> String {
    match t {
        None => String::new(),
        Some(t) => {
            let t = t.replace('h', ":");
            let mut parts = t.split(':');
            let h: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let rest: Vec<&str> = parts.collect();
            format!("T{:02}:{}", h, rest.join(":"))
        }
    }
}

/// A numeric date's year; two digits ("3/9/91") take the reference's century.
pub(crate) fn year_in_date(ctx: &Context, y: &str) -> Option<i32> {
    let n: i32 = y.parse().ok()?;
    Some(if y.len() == 2 {
        full_year(n, ctx.reference)
    } else {
        n
    })
}

fn day_month_year(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) || hit.group("s1") != hit.group("s2") {
        return None;
    }
    let y = hit.group("y")?;
    // "1.2.10" is a version number more often than a date.
    if y.len() == 2 && hit.group("s1") == Some(".") {
        return None;
    }
    let date = calendar::CivilDate::new(year_in_date(ctx, y)?, num(hit, "m")?, num(hit, "d")?)?;
    let time = time_suffix(hit.group("t1").or(hit.group("t2")));
    // The range's end, written with the same separators as its start.
    let end_date = [("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")]
        .into_iter()
        .find_map(|(d, m, y)| Some((num(hit, d)?, num(hit, m)?, hit.group(y)?)));
    let value = match end_date {
        Some((d2, m2, y2)) => {
            let end = calendar::CivilDate::new(year_in_date(ctx, y2)?, m2, d2)?;
            format!("{date}/{end}")
        }
        _ => format!("{date}{time}"),
    };
    Some(spans::with_clock(
        hit.text,
        start_after_ordinal(hit),
        hit.end,
        value,
    ))
}

fn long_form(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let d = match hit.group("dw") {
        Some(w) => day_word_value(w)?,
        None => num(hit, "d")?,
    };
    let start = start_after_ordinal(hit);
    let weekday = hit.group("wd").is_some() && start == hit.start;
    let cued = hit.group("word").is_some() || hit.group("dw").is_some() || weekday;
    let m = match hit.group("name") {
        // "9 tháng năm 2023" is nine months: a day before a month in lower-case
        // words needs "ngày", "mồng" or a weekday.
        Some(name) if !cued && !is_capitalized(name) => return None,
        Some(name) => month_name_value(name)?,
        None => num(hit, "m")?,
    };
    let value = match hit.group("y") {
        Some(y) => calendar::CivilDate::new(y.parse().ok()?, m, d)?.to_string(),
        None => {
            // "2 tháng 9" without "ngày" could be a duration followed by a number.
            if !cued
                && word_after(hit.text, hit.end).is_some_and(|w| w.chars().all(char::is_lowercase))
            {
                return None;
            }
            with_weekday(hit, resolve_day_month(ctx.reference, d, m)?)
        }
    };
    Some(spans::with_clock(hit.text, start, hit.end, value))
}

/// Words that, right before a bare "3/8", say it is a date.
const DATE_CUES: &[&str] = &[
    "sáng", "chiều", "trưa", "tối", "đêm", "nay", "hôm", "từ", "đến", "tới", "và", "vào", "đầu",
    "cuối", "lúc", "dịp", "trước", "sau", "khuya", "rạng", "ngày",
];

fn day_month(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let sep = hit.group("s")?;
    let has_word = hit.group("word").is_some() || hit.group("wd").is_some();
    // "Sáng nay, 1.7": a comma may stand between the cue and the date.
    let head = hit.text[..hit.start].trim_end_matches([' ', ',']);
    let cue = words_before(head, head.len(), 1);
    let cued = DATE_CUES.contains(&cue.as_ref()) || hit.before() == Some('(');
    let next_word_lower = word_after(hit.text, hit.end)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    let next_is_space_word = hit.text[hit.end..].starts_with(' ') && next_word_lower;
    let ok = match sep {
        "/" => has_word || cued || !next_is_space_word,
        _ => has_word || cued,
    };
    if !ok {
        return None;
    }
    let value = resolve_day_month(ctx.reference, num(hit, "d")?, num(hit, "m")?)?;
    Some(spans::with_clock(
        hit.text,
        start_after_ordinal(hit),
        hit.end,
        with_weekday(hit, value),
    ))
}

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

fn months_of_year(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let from_end = hit.group("edge") == Some("cuối");
    let value = months_value(ctx, hit, &["y", "y2", "y3", "y4"], from_end)?;
    Some(date_candidate(hit, hit.start, value))
}

/// Aggregates a report gives for the months from January: "tổng thu ngân
/// sách nhà nước 6 tháng", "kim ngạch xuất khẩu 9 tháng".
const REPORTED_AGGREGATE: &str = r"(?:[Tt]hu ngân sách(?: nhà nước| Nhà nước)?|[Nn]gân sách(?: nhà nước| Nhà nước)|GRDP|[Kk]im ngạch(?: xuất khẩu| nhập khẩu| xuất nhập khẩu)?|[Dd]oanh thu|[Ll]ợi nhuận(?: sau thuế| trước thuế)?|[Tt]ổng thu|[Tt]ổng chi|[Tt]ổng mức bán lẻ hàng hóa)";

/// Words after "N tháng" that make it another period or a stretch of time:
/// "6 tháng cuối năm", "9 tháng liền", "3 tháng qua".
const NOT_FROM_JANUARY_AFTER: &[&str] = &[" cuối", " liền", " qua", " tới", " gần đây", " giữa"];

fn report_period(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

fn quarter(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

fn month(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

fn month_name(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let name = hit.group("name")?;
    if !lower_case_month_is_date(hit, name, hit.group("y").is_some(), hit.start) {
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

fn year(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit) {
        return None;
    }
    let y: i32 = hit.group("y")?.parse().ok()?;
    let range_end: Option<i32> = hit.group("y2").and_then(|s| s.parse().ok());
    if let Some(y2) = range_end {
        if y2 <= y || y2 - y > 60 {
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
        if !(YEAR_CUES.contains(&cue.as_ref())
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

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Date, include_str!("examples.txt"));
    }
}
