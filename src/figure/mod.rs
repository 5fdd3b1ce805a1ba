//! FIGURE: quantities (GUIDELINES.md, "FIGURE").
//!
//! To add a unit or magnitude word: extend the fragment in [`frag`]; to add a
//! form: a rule in [`rules`] and lines in `examples.txt`.

mod number;

use serde_json::Value;

use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::scan::{is_capitalized, rule, word_after, word_before, words_before, Hit, Rule};
use crate::Context;
pub use number::{parse_vietnamese_number, word_number_value};

/// Named pattern fragments.
pub mod frag {
    /// "2.024", "60,52", "3.359,80", "15,527", "04".
    pub const NUMBER: &str = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)";
    pub const MAGNITUDE: &str = r"(?:nghìn tỷ|ngàn tỷ|nghìn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)";
    pub const CURRENCY: &str = r"(?:đồng|USD|VNĐ|VND|EUR|đô la|\$)";
    pub const MEASURE: &str = r"(?:km²|km2|km|m²|m2|m³|m3|ha|héc-ta|hécta|kg|tấn|tạ|lít|MWh|MW|kWh|kW|GW|cm|mm|m|GB|MB|°C)";
    pub const DURATION: &str = r"(?:năm|tháng|tuần|ngày|giờ|phút|giây|thập kỷ|thế kỷ|nhiệm kỳ)";
    /// Numbers written as words; "một" is never marked (it is mostly "a"),
    /// "năm" is left out (it is mostly "year").
    pub const WORD_NUMBER: &str = r"(?:[Hh]ai mươi|[Bb]a mươi|[Mm]ười hai|[Mm]ười|[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Hh]àng trăm|[Hh]àng nghìn|[Hh]àng chục|[Nn]ửa)";
}

/// FIGURE rules, in priority order.
pub fn rules() -> Vec<Rule> {
    use frag::*;
    vec![
        rule(
            "percent",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?\s?%"),
            percent,
        ),
        rule(
            "money_or_magnitude",
            format!(
                r"(?P<sign>[-+])?(?P<n>{NUMBER})\s?(?P<mag>{MAGNITUDE})(?:\s(?P<cur>{CURRENCY}))?"
            ),
            scaled,
        ),
        rule(
            "money",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})\s?(?P<cur>{CURRENCY})"),
            scaled,
        ),
        rule(
            "measure",
            format!(r"(?P<n>{NUMBER})\s?(?P<unit>{MEASURE})"),
            measure,
        ),
        rule("ratio", r"(?P<a>[0-9]+)/(?P<b>[0-9]+)".to_string(), ratio),
        rule(
            "duration",
            format!(r"(?P<n>{NUMBER}|{WORD_NUMBER})\s(?P<unit>{DURATION})"),
            duration,
        ),
        rule(
            "count",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?"),
            count,
        ),
        rule("word_count", WORD_NUMBER.to_string(), word_count),
    ]
}

/// The character before is not part of a larger token ("abc12", "1.2", "+7").
fn before_ok(hit: &Hit) -> bool {
    hit.before().is_none_or(|c| {
        !c.is_alphanumeric()
            && !matches!(
                c,
                '.' | ',' | ':' | '/' | '_' | '=' | '-' | '+' | '#' | '&' | '@'
            )
    })
}

/// A number glued to letters, digits, file names or addresses is not a figure.
fn clean_edges(hit: &Hit, allow_letter_after: bool) -> bool {
    let before_ok = before_ok(hit);
    let mut tail = hit.text[hit.end..].chars();
    let after_ok = match tail.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => allow_letter_after,
        Some('/' | '_' | '@' | '=') => false,
        Some('.' | ',' | ':' | '-') => !tail.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    };
    before_ok && after_ok
}

/// Words before a number that make it a label or ordinal, not a count.
const LABEL_BEFORE: &[&str] = &[
    "thứ",
    "số",
    "lần",
    "khóa",
    "kỳ",
    "điều",
    "khoản",
    "mục",
    "chương",
    "phần",
    "tầng",
    "phòng",
    "đường",
    "tổ",
    "ấp",
    "thôn",
    "khu",
    "khối",
    "quận",
    "phường",
    "lô",
    "trang",
    "hình",
    "bảng",
    "câu",
    "bài",
    "version",
    "phiên",
    "bản",
    "mã",
    "hạng",
    "cấp",
    "nhóm",
    "đợt",
    "tập",
    "kênh",
    "ảnh",
    "niên",
    "ngày",
    "năm",
    "kỷ",
];
/// Words right after a number that make it part of a name ("chi bộ 4 tốt").
const LABEL_AFTER: &[&str] = &[
    "tốt", "sạch", "xanh", "đẹp", "an", "không", "nhất", "giảm", "có",
];

fn is_label_context(hit: &Hit) -> bool {
    let prev2 = words_before(hit.text, hit.start, 2);
    let prev = prev2.rsplit(' ').next().unwrap_or("");
    // "dân số 8.718.000", "tổng số 120": "số" there means "number of".
    let counting_so = prev == "số"
        && prev2
            .split(' ')
            .next()
            .is_some_and(|w| matches!(w, "dân" | "tổng" | "với" | "có" | "đa" | "thiểu"));
    if LABEL_BEFORE.contains(&prev) && !counting_so {
        return true;
    }
    // "Trung ương 4", "Quận 1": a capitalized word right before (not a sentence start).
    if let Some(w) = word_before(hit.text, hit.start) {
        let head = hit.text[..hit.start].trim_end();
        let w_start = head.len() - w.len();
        let sentence_start = hit.text[..w_start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '“' | '…'));
        if is_capitalized(w) && !sentence_start && hit.text[..hit.start].ends_with(' ') {
            return true;
        }
    }
    false
}

fn value_attrs(value: Value, unit: Option<String>) -> Attrs {
    Attrs {
        value: Some(value),
        unit,
        ..Attrs::default()
    }
}

fn number_value(s: &str, sign: Option<&str>) -> Option<f64> {
    let v = parse_vietnamese_number(s)?;
    Some(if sign == Some("-") { -v } else { v })
}

fn json_number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
    }
}

fn figure(hit: &Hit, end: usize, attrs: Attrs) -> Candidate {
    Candidate::new(Kind::Figure, hit.start, end, rank::NUMERIC).with_attrs(attrs)
}

fn percent(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    // "7,54%/năm": a slash may follow the sign; nothing may be glued before it.
    let glued_after = hit.after().is_some_and(|c| c.is_alphanumeric());
    let slash_after = hit.after() == Some('/');
    if glued_after || !before_ok(hit) || !(slash_after || clean_edges(hit, true)) {
        return None;
    }
    let v = number_value(hit.group("n")?, hit.group("sign"))?;
    let value = match hit.group("n2") {
        // A range "6-7%": the value says both ends.
        Some(n2) => Value::String(format!(
            "{}-{}",
            json_number(v),
            json_number(parse_vietnamese_number(n2)?)
        )),
        None => json_number(v),
    };
    Some(figure(
        hit,
        hit.end,
        value_attrs(value, counted_noun(hit.text, hit.end)),
    ))
}

/// Edges of a figure with a unit: "65 triệu đồng/năm", "60 km/h" may go on
/// with a slash.
fn unit_edges_ok(hit: &Hit) -> bool {
    clean_edges(hit, false) || (before_ok(hit) && hit.after() == Some('/'))
}

/// "đồng chí", "đồng bào": "đồng" there is not the currency.
const NOT_CURRENCY_AFTER: &[&str] = &[
    "chí", "bào", "thời", "bộ", "ý", "loại", "hương", "nghiệp", "đội", "hành", "tâm", "lòng",
    "minh", "thuận", "tình", "ruộng", "bằng", "hồ",
];

fn scaled(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) {
        return None;
    }
    if hit.group("cur") == Some("đồng")
        && hit.text[hit.end..].starts_with(' ')
        && word_after(hit.text, hit.end).is_some_and(|w| NOT_CURRENCY_AFTER.contains(&w))
    {
        return None;
    }
    let base = number_value(hit.group("n")?, hit.group("sign"))?;
    let factor = match hit.group("mag") {
        Some("nghìn tỷ" | "ngàn tỷ" | "nghìn tỉ") => 1e12,
        Some("nghìn" | "ngàn") => 1e3,
        Some("triệu") => 1e6,
        Some("tỷ" | "tỉ") => 1e9,
        _ => 1.0,
    };
    let unit = hit
        .group("cur")
        .map(str::to_string)
        .or_else(|| counted_noun(hit.text, hit.end));
    Some(figure(
        hit,
        hit.end,
        value_attrs(json_number(base * factor), unit),
    ))
}

fn measure(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) || is_label_context(hit) {
        return None;
    }
    let v = number_value(hit.group("n")?, None)?;
    Some(figure(
        hit,
        hit.end,
        value_attrs(json_number(v), hit.group("unit").map(str::to_string)),
    ))
}

fn ratio(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false) || is_label_context(hit) {
        return None;
    }
    let (a, b): (u64, u64) = (hit.group("a")?.parse().ok()?, hit.group("b")?.parse().ok()?);
    if b == 0 || a > b.saturating_mul(100) {
        return None;
    }
    let value = Value::String(format!("{a}/{b}"));
    Some(figure(
        hit,
        hit.end,
        value_attrs(value, counted_noun(hit.text, hit.end)),
    ))
}

/// "từ 8 giờ đến 17 giờ", "lúc 9 giờ sáng": a clock time, not a duration.
fn is_clock_time(hit: &Hit, unit_start: usize) -> bool {
    let unit = &hit.text[unit_start..];
    if !(unit.starts_with("giờ") || unit.starts_with("phút")) {
        return false;
    }
    let prev = words_before(hit.text, hit.start, 1);
    let next = word_after(hit.text, hit.end).unwrap_or("");
    matches!(
        prev.as_str(),
        "từ" | "đến" | "lúc" | "vào" | "tới" | "khoảng"
    ) || matches!(
        next,
        "sáng" | "chiều" | "tối" | "trưa" | "đêm" | "ngày" | "hôm"
    )
}

fn duration(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false) || is_label_context(hit) || is_clock_time(hit, hit.span("unit")?.0)
    {
        return None;
    }
    let n = hit.group("n")?;
    let v = match parse_vietnamese_number(n) {
        Some(v) => v,
        None => {
            if !word_number_allowed(hit) {
                return None;
            }
            word_number_value(n)?
        }
    };
    Some(figure(
        hit,
        hit.end,
        value_attrs(json_number(v), hit.group("unit").map(str::to_string)),
    ))
}

/// "1. Về công tác…", "2) Về kinh tế": a list number at the start of a line.
fn is_list_number(hit: &Hit) -> bool {
    let line_start = hit.text[..hit.start]
        .trim_end_matches([' ', '\t'])
        .is_empty()
        || hit.text[..hit.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    line_start && matches!(hit.after(), Some('.' | ')')) && hit.text[hit.end + 1..].starts_with(' ')
}

fn count(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false) || is_label_context(hit) || is_list_number(hit) {
        return None;
    }
    let unit_at = hit.text[hit.end..]
        .find(|c: char| c != ' ')
        .map_or(hit.end, |i| hit.end + i);
    if hit.text[hit.end..].starts_with(' ') && is_clock_time(hit, unit_at) {
        return None;
    }
    let n = hit.group("n")?;
    let digits = n.chars().filter(char::is_ascii_digit).count();
    // Phone numbers, codes and ids: long runs of digits with no grouping.
    if !n.contains(['.', ',']) && (digits >= 7 || (digits >= 5 && n.starts_with('0'))) {
        return None;
    }
    if let Some(w) = word_after(hit.text, hit.end) {
        if hit.text[hit.end..].starts_with(' ') && LABEL_AFTER.contains(&w) {
            return None;
        }
    }
    // A number list of plenums "4,5,6" (commas without spaces, more than two parts).
    if n.matches(',').count() >= 1 && hit.text[hit.end..].starts_with(',') {
        return None;
    }
    // "từ ngày 11 đến 19-2-1951", "từ 13 đến 15-8-1945": the first day of a date range.
    if starts_date_after(&hit.text[hit.end..]) {
        return None;
    }
    let unit = counted_noun(hit.text, hit.end);
    // A range "90 - 100 đảng viên" counts something; "12 - 3" alone is left out.
    if let Some(n2) = hit.group("n2") {
        let (a, b) = (parse_vietnamese_number(n)?, parse_vietnamese_number(n2)?);
        if a >= b || unit.is_none() {
            return None;
        }
        let value = Value::String(format!("{}-{}", json_number(a), json_number(b)));
        return Some(figure(hit, hit.end, value_attrs(value, unit)));
    }
    let mut v = number_value(n, hit.group("sign"))?;
    // View counters print English grouping: "15,527 lượt xem".
    if let Some((int, frac)) = n.split_once(',') {
        if frac.len() == 3
            && !int.contains('.')
            && unit.as_deref().is_some_and(|u| u.starts_with("lượt"))
        {
            v = format!("{int}{frac}").parse().ok()?;
        }
    }
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

/// " đến 19-2-1951", " - 15/8": a date follows, so the number before is a day.
fn starts_date_after(rest: &str) -> bool {
    let rest = rest
        .strip_prefix(" đến ")
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" – "));
    let Some(rest) = rest else { return false };
    let rest = rest.strip_prefix("ngày ").unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(rest.as_bytes().get(digits), Some(b'/' | b'-' | b'.'))
        && rest
            .as_bytes()
            .get(digits + 1)
            .is_some_and(u8::is_ascii_digit)
}

/// Word numbers count only before a lower-case noun, never after "thứ" or as
/// part of a capitalized name ("Ba Đình").
fn word_number_allowed(hit: &Hit) -> bool {
    let w = hit.as_str().split(' ').next().unwrap_or("");
    if is_capitalized(w) {
        let before = hit.text[..hit.start].trim_end_matches(' ');
        let sentence_start = before
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“'));
        if !sentence_start {
            return false;
        }
    }
    let prev = words_before(hit.text, hit.start, 1);
    if matches!(
        prev.as_str(),
        "thứ" | "tháng" | "lần" | "số" | "ngày" | "mùng" | "cả"
    ) {
        return false;
    }
    clean_edges(hit, false)
}

fn word_count(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !word_number_allowed(hit) {
        return None;
    }
    if hit.as_str().eq_ignore_ascii_case("nửa") {
        return None;
    }
    let next = word_after(hit.text, hit.end)?;
    if !hit.text[hit.end..].starts_with(' ')
        || !next.chars().all(char::is_lowercase)
        || WORD_NUMBER_NOT_BEFORE.contains(&next)
    {
        return None;
    }
    let v = word_number_value(hit.as_str())?;
    Some(figure(
        hit,
        hit.end,
        value_attrs(json_number(v), counted_noun(hit.text, hit.end)),
    ))
}

/// Words after "hai", "ba" … that show it is not a count ("ba mẹ", "hai bên"
/// is a count, but "Bảy" as a name is caught by capitalization).
/// ("giờ", "phút" there: a clock time the duration rule turned down.)
const WORD_NUMBER_NOT_BEFORE: &[&str] = &[
    "mẹ", "má", "là", "và", "hoặc", "mươi", "trăm", "nghìn", "giờ", "phút",
];

/// Words that end a counted noun phrase.
const NOUN_STOP: &[&str] = &[
    "của", "và", "đạt", "được", "với", "so", "trong", "là", "có", "tại", "ở", "cho", "theo", "đã",
    "đang", "sẽ", "trên", "dưới", "từ", "đến", "thì", "mà", "này", "đó", "vào", "về", "bằng",
    "gồm", "như", "nhưng", "hoặc", "không", "chưa", "bị", "do", "khi", "năm", "tăng", "giảm",
    "trở", "cùng", "sau", "trước",
];

/// The noun counted by a figure: the lower-case words right after it.
pub fn counted_noun(text: &str, end: usize) -> Option<String> {
    let tail = &text[end..];
    if !tail.starts_with(' ') {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for w in tail[1..].split(' ') {
        let clean = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if clean.is_empty()
            || !clean.chars().all(char::is_lowercase)
            || NOUN_STOP.contains(&clean)
            || words.len() == 4
        {
            break;
        }
        words.push(clean);
        if clean.len() != w.len() {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Figure, include_str!("examples.txt"));
    }
}
