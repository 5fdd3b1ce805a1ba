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
mod days;
mod periods;
mod spans;
mod value;
mod words;

use serde_json::Value;

use days::{day_month, day_month_year, long_form};
use periods::{
    birth_year_glued, buddhist_year, listed_month, month, month_name, months_of_year, quarter,
    report_period, year, REPORTED_AGGREGATE,
};

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
    /// "ngày" ("NGÀY" in a headline), "mồng"/"mùng" (days 1–10), "ngày mồng".
    pub const DAY_WORD: &str = r"(?:(?:[Nn]gày|NGÀY)\s+(?:m[ồù]ng\s+)?|[Mm][ồù]ng\s+)";
    pub const MONG_WORD: &str = r"(?:(?:[Nn]gày\s+)?[Mm][ồù]ng\s+)";
    /// A day in words, after "mồng": "mồng ba", "mùng mười".
    pub const DAY_NAME: &str = r"(?i:mười|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)";
    pub const MONTH_WORD: &str = r"(?:[Tt]háng|THÁNG)";
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
        // "từ tháng 6 đến 11-2025", "tháng 3 và 4/2024": the last month of a
        // list or range shares the first one's "tháng" (alone, "11-2025" is
        // no date).
        rule(
            "listed_month",
            format!(r"(?P<m>{MONTH})(?P<s>[/.\-])(?P<y>{YEAR})"),
            listed_month,
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
        // "(SN1988)": a birth year glued to its abbreviation; the year is the mark.
        rule(
            "birth_year_glued",
            r"(?:SN|Sn)(?P<y>(?:19|20)[0-9]{2})".to_string(),
            birth_year_glued,
        ),
        // "Phật lịch 2568": a Buddhist year, 544 years ahead of the common era.
        rule(
            "buddhist_year",
            r"(?:Phật lịch|PL\.?)\s+(?P<y>2[5-6][0-9]{2})".to_string(),
            buddhist_year,
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

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Date, include_str!("examples.txt"));
    }
}
