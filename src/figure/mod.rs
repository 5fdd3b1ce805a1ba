//! FIGURE: quantities (GUIDELINES.md, "FIGURE").
//!
//! To add a unit or magnitude word: extend the word lists in [`frag`] (or the
//! numeral grammar's lexicon in `numeral.rs`); to add a form: a rule in
//! [`rules`] and lines in `examples.txt`.

mod context;
mod lexicon;
mod number;
pub mod numeral;
mod spelled;
mod unit_before;
mod unit_words;
mod units;

use serde_json::Value;

use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::rule::Context;
use crate::rule::{rule, Edges, Hit, Rule};
use crate::words::{word_after, words_before};
use context::{counted_noun, is_clock_time, is_label_context, is_list_number, starts_date_after};
pub use number::parse_vietnamese_number;
pub use numeral::parse_numeral;

/// Named pattern fragments, and the unit words they are built from (the
/// numeral rule reads the same lists after a number written in words).
pub mod frag {
    /// "2.024", "60,52", "3.359,80", "15,527", "04".
    pub const NUMBER: &str = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)";
    pub use crate::counted::{CURRENCY_WORDS, DURATION_WORDS, MEASURE_WORDS};
    /// Ages keep their unit: "45 tuổi".
    pub const AGE_WORDS: &[&str] = &["tuổi"];
    /// "%" written out: "ba mươi phần trăm".
    pub const PERCENT_WORDS: &[&str] = &["phần trăm"];

    /// A pattern matching any of `words` literally.
    pub fn one_of(words: &[&str]) -> String {
        let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        format!("(?:{})", escaped.join("|"))
    }
}

/// FIGURE rules, in priority order.
pub fn rules() -> Vec<Rule> {
    use frag::*;
    let (currency_word, measure_word) = (one_of(CURRENCY_WORDS), one_of(MEASURE_WORDS));
    let duration_word = one_of(&[DURATION_WORDS, AGE_WORDS].concat());
    let magnitude = numeral::magnitude_pattern();
    let (head, word) = (numeral::head_pattern(), numeral::word_pattern());
    let rules = vec![
        rule(
            "percent",
            // "14.8%": a dot with one or two digits after it before "%" is a
            // decimal point (three would group thousands).
            format!(
                r"(?P<sign>[-+])?(?:(?P<dot>[0-9]{{1,3}}\.[0-9]{{1,2}})|(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?)\s?%"
            ),
            percent,
        ),
        // "150 tỷ đồng", "1,5 nghìn", "3 triệu rưỡi", "2 tỷ 300 triệu đồng":
        // the numeral grammar reads on from the first magnitude word.
        rule(
            "money_or_magnitude",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})\s?{magnitude}"),
            spelled::digits_and_magnitude,
        ),
        rule(
            "money",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})\s?(?P<cur>{currency_word})"),
            money,
        ),
        rule(
            "measure",
            format!(r"(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?\s?(?P<unit>{measure_word})"),
            measure,
        ),
        rule("ratio", r"(?P<a>[0-9]+)/(?P<b>[0-9]+)".to_string(), ratio),
        // "10 tháng", "5 năm", ages "45 tuổi", ranges "12-17 tuổi".
        rule(
            "duration",
            // "5 năm 6 tháng" is one stretch of time.
            format!(
                r"(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?\s(?P<unit>{duration_word})(?P<more>\s[0-9]{{1,2}}\s(?:tháng|ngày))?"
            ),
            duration,
        ),
        // "gấp 1,5 lần": a multiplier keeps its "lần".
        rule("multiplier", format!(r"(?P<n>{NUMBER})\slần"), multiplier),
        rule(
            "count",
            format!(r"(?P<sign>[-+])?(?P<n>{NUMBER})(?:\s?[-–]\s?(?P<n2>{NUMBER}))?"),
            count,
        ),
        // "ba mươi ba", "một trăm linh năm", "hai trăm nghìn đồng", "âm hai
        // mươi": words of the grammar up to a non-letter (the grammar then
        // decides where the numeral ends). Last, since most of its matches
        // are refused ("chín" in "chính" never gets here, "năm" alone does).
        rule(
            "numeral_words",
            format!(r"(?:(?i:âm)\s)?{head}(?:\s(?:{word}|{NUMBER}))*(?:[^\p{{L}}]|$)"),
            spelled::numeral_words,
        ),
    ];
    // Every FIGURE builder first refuses a number glued to a letter or digit
    // (`before_ok`): the pass need not read such matches.
    rules.into_iter().map(Rule::refusing_glued).collect()
}

/// The character before is not part of a larger token ("abc12", "1.2", "+7").
fn before_ok(hit: &Hit) -> bool {
    // "23.000 ha/4.000 hộ", "175 hộ/673 khẩu": a count after "unit/".
    let per_unit = hit.text[..hit.start]
        .strip_suffix('/')
        .is_some_and(|h| h.ends_with(|c: char| c.is_lowercase()) && h.contains(' '));
    per_unit || EDGES.clean_before(hit.text, hit.start)
}

/// A number glued to letters, digits, file names or addresses is not a figure.
const EDGES: Edges = Edges {
    glued_before: &['.', ',', ':', '/', '_', '=', '-', '+', '#', '&', '@'],
    glued_after: &['/', '_', '@', '='],
    number_goes_on: &['.', ',', ':', '-'],
};

/// Nothing glued after byte `end`: no letter (unless allowed), file name,
/// address, or a number going on ("1.2").
fn clean_after(text: &str, end: usize, allow_letter_after: bool) -> bool {
    EDGES.clean_after(text, end, allow_letter_after)
}

/// Nothing glued on either side (a letter after only when allowed).
fn clean_edges(hit: &Hit, allow_letter_after: bool) -> bool {
    before_ok(hit) && clean_after(hit.text, hit.end, allow_letter_after)
}

fn value_attrs(value: Value, unit: Option<String>) -> Attrs {
    Attrs {
        value: Some(value),
        unit: unit.map(String::into_boxed_str),
        ..Attrs::default()
    }
}

/// A figure with no single value ("5 năm 6 tháng", "8.000 - 10.000 tấn").
fn unit_only(unit: Option<String>) -> Attrs {
    Attrs {
        unit: unit.map(String::into_boxed_str),
        ..Attrs::default()
    }
}

fn number_value(s: &str, sign: Option<&str>) -> Option<f64> {
    Some(signed(parse_vietnamese_number(s)?, sign))
}

fn signed(v: f64, sign: Option<&str>) -> f64 {
    if sign == Some("-") {
        -v
    } else {
        v
    }
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
    let glued_after = hit.after().is_some_and(crate::words::is_word_char);
    let slash_after = hit.after() == Some('/');
    if glued_after || !before_ok(hit) || !(slash_after || clean_edges(hit, true)) {
        return None;
    }
    let v = match hit.group("dot") {
        // "14.8%": a decimal point, as English writes it.
        Some(d) => signed(d.parse().ok()?, hit.group("sign")),
        None => number_value(hit.group("n")?, hit.group("sign"))?,
    };
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
        value_attrs(value, unit_after_or_before(hit)),
    ))
}

/// The counted noun after a figure, else the one written before it in its
/// clause ("với số phiếu 100%", "Lượt xem: 158").
fn unit_after_or_before(hit: &Hit) -> Option<String> {
    counted_noun(hit.text, hit.end)
        .or_else(|| unit_before::counted_noun_before(hit.text, hit.start))
}

/// Edges of a figure with a unit: "65 triệu đồng/năm", "60 km/h" may go on
/// with a slash.
fn unit_edges_ok(hit: &Hit) -> bool {
    clean_edges(hit, false) || (before_ok(hit) && hit.after() == Some('/'))
}

/// "đồng chí", "đồng bào": "đồng" there is not the currency.
const NOT_CURRENCY_AFTER: &[&str] = &[
    "chí", "bào", "thời", "bộ", "ý", "loại", "hương", "nghiệp", "đội", "hành", "tâm", "lòng",
    "minh", "thuận", "tình", "ruộng", "bằng", "hồ", "phạm", "đều", "phục", "sở", "dạng", "nhất",
];

/// Whether "đồng" ending at byte `end` is the word of "đồng chí", not money.
fn dong_is_not_currency(text: &str, end: usize) -> bool {
    text[end..].starts_with(' ')
        && word_after(text, end).is_some_and(|w| NOT_CURRENCY_AFTER.contains(&w))
}

fn money(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) {
        return None;
    }
    if hit.group("cur") == Some("đồng") && dong_is_not_currency(hit.text, hit.end) {
        return None;
    }
    let v = number_value(hit.group("n")?, hit.group("sign"))?;
    // What the money counts when the text says it ("24,9 tỷ đồng cổ tức"),
    // else the currency, so a table can tell đồng from USD.
    let unit = counted_noun(hit.text, hit.end).or_else(|| hit.group("cur").map(str::to_string));
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

fn measure(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) || is_label_context(hit) {
        return None;
    }
    // The measure is in the span already; the unit is what is measured, if
    // the text says it ("650 ha vườn điều" → "vườn điều").
    let unit =
        counted_noun(hit.text, hit.end).or_else(|| context::material_named(hit.text, hit.end));
    // "8.000 - 10.000 tấn": a range has no single value.
    if hit.group("n2").is_some() {
        return Some(figure(hit, hit.end, unit_only(unit)));
    }
    let v = number_value(hit.group("n")?, None)?;
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
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
        value_attrs(value, unit_after_or_before(hit)),
    ))
}

fn duration(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let unit_start = hit.span("unit")?.0;
    // "7.800 ngày công": a counted noun (work-days), not a span of time.
    let counted = hit.group("unit") == Some("ngày") && hit.text[hit.end..].starts_with(" công");
    // "bị cáo Cao Sơn Nhân 3 năm tù", "chặng đường 5 năm qua": a sentence or
    // a stretch looked back on is a duration whatever stands before it.
    let surely_duration = ["tù", "qua", "liền"]
        .iter()
        .any(|w| word_after(hit.text, hit.end) == Some(*w) && hit.text[hit.end..].starts_with(' '));
    if !clean_edges(hit, false)
        || (is_label_context(hit) && !surely_duration)
        || is_clock_time(hit.text, hit.start, unit_start, hit.end)
        || counted
    {
        return None;
    }
    let unit = hit.group("unit").map(str::to_string);
    // "12-17 tuổi", "10-20 năm": a range, no single value; two years
    // ("2021-2025 năm …") are a DATE's.
    if let Some(n2) = hit.group("n2") {
        let year = |n: &str| n.len() == 4 && n.starts_with(['1', '2']);
        if year(hit.group("n")?) || year(n2) {
            return None;
        }
        return Some(figure(hit, hit.end, unit_only(unit)));
    }
    // "5 năm 6 tháng": no single value.
    if hit.group("more").is_some() {
        return Some(figure(hit, hit.end, unit_only(unit)));
    }
    let v = parse_vietnamese_number(hit.group("n")?)?;
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

/// Words right before "N lần" that make it a multiplier: "gấp 1,5 lần",
/// "tăng gấp 92 lần", "tăng đến 3 lần", and the next of a list of them ("gấp
/// 2,2 lần và 3,2 lần"). Elsewhere "lần" is counted ("13 lần đi nước ngoài").
const MULTIPLIER_BEFORE: &[&str] = &[
    "gấp",
    "gấp hơn",
    "tăng",
    "tăng đến",
    "tăng gần",
    "tăng hơn",
    "tăng khoảng",
    "giảm",
    "giảm đến",
    "giảm gần",
    "giảm hơn",
    "lần và",
    "lần hoặc",
];

fn multiplier(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let before = words_before(hit.text, hit.start, 2);
    let after_cue = MULTIPLIER_BEFORE.iter().any(|cue| {
        before
            .strip_suffix(cue)
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    });
    if !clean_edges(hit, false) || !after_cue {
        return None;
    }
    let v = parse_vietnamese_number(hit.group("n")?)?;
    Some(figure(
        hit,
        hit.end,
        value_attrs(json_number(v), Some("lần".to_string())),
    ))
}

/// Words right after a number that make it part of a name ("chi bộ 4 tốt").
fn is_label_after(text: &str, end: usize) -> bool {
    text[end..].starts_with(' ')
        && word_after(text, end).is_some_and(|w| context::LABEL_AFTER.contains(&w))
}

fn count(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false)
        || is_label_context(hit)
        || is_list_number(hit)
        || context::in_file_name(hit.text, hit.start, hit.end)
        // The minutes of "8 giờ 00".
        || words_before(hit.text, hit.start, 1) == "giờ"
        // "1 số" is "một số" ("some") written with a digit.
        || (hit.as_str() == "1" && hit.text[hit.end..].starts_with(" số "))
    {
        return None;
    }
    let unit_at = hit.text[hit.end..]
        .find(|c: char| c != ' ')
        .map_or(hit.end, |i| hit.end + i);
    if hit.text[hit.end..].starts_with(' ') && is_clock_time(hit.text, hit.start, unit_at, hit.end)
    {
        return None;
    }
    let n = hit.group("n")?;
    let digits = n.chars().filter(char::is_ascii_digit).count();
    // Phone numbers, codes and ids: long runs of digits with no grouping.
    if !n.contains(['.', ',']) && (digits >= 7 || (digits >= 5 && n.starts_with('0'))) {
        return None;
    }
    if is_label_after(hit.text, hit.end) {
        return None;
    }
    // A number list of plenums "4,5,6" (commas without spaces, more than two parts).
    if n.matches(',').count() >= 1 && hit.text[hit.end..].starts_with(',') {
        return None;
    }
    // "từ ngày 11 đến 19-2-1951", "từ 13 đến 15-8-1945": the first day of a date range.
    if starts_date_after(&hit.text[hit.end..]) {
        return None;
    }
    let unit_after = counted_noun(hit.text, hit.end);
    // A range "90 - 100 đảng viên" counts something; "12 - 3" alone is left out.
    if let Some(n2) = hit.group("n2") {
        let (a, b) = (parse_vietnamese_number(n)?, parse_vietnamese_number(n2)?);
        if a >= b || unit_after.is_none() {
            return None;
        }
        let value = Value::String(format!("{}-{}", json_number(a), json_number(b)));
        return Some(figure(hit, hit.end, value_attrs(value, unit_after)));
    }
    let unit = unit_after.or_else(|| unit_before::counted_noun_before(hit.text, hit.start));
    let mut v = number_value(n, hit.group("sign"))?;
    // View counters print English grouping: "15,527 lượt xem", "Lượt xem: 15,527".
    if let Some((int, frac)) = n.split_once(',') {
        if frac.len() == 3
            && !int.contains('.')
            && unit
                .as_deref()
                .is_some_and(|u| u.starts_with("lượt") || u.starts_with("Lượt"))
        {
            v = format!("{int}{frac}").parse().ok()?;
        }
    }
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Figure, include_str!("examples.txt"));
    }

    /// The unit of a figure with a measure is what is measured, whether the
    /// number has a magnitude word or not; money keeps its currency.
    #[test]
    fn units_after_measures_and_money() {
        let cases = [
            (
                "sản xuất 2,9 triệu tấn than nguyên khai",
                Some("than nguyên khai"),
            ),
            ("khai thác 1.700 tấn quặng", Some("quặng")),
            ("đạt 2 triệu tấn, tăng", None),
            ("thu 5 tỷ đồng", Some("đồng")),
            // A material named with a capital; a number after the noun is not in it.
            ("thu giữ 156 kg Bạc, 699,89 gam Vàng", Some("Bạc")),
            ("đã bán 658 ha cao su 706 ha đất", Some("cao su")),
            ("gần 100 kg Methamphetamine.", Some("Methamphetamine")),
            ("thu giữ 20 ha Đông Anh", None),
            // Classifiers of things take the noun after them; "bên" is one word.
            ("thu giữ 9 chiếc xe đạp điện", Some("chiếc xe đạp điện")),
            ("Hai bên nhất trí tăng cường", Some("bên")),
            ("giành 2 Huy chương Bạc", Some("Huy chương Bạc")),
            // The noun written before the count, when none follows it.
            ("trúng cử với số phiếu 100%.", Some("phiếu")),
            ("trúng cử với số phiếu 55/55, đạt", Some("phiếu")),
            ("Lượt xem: 158\n", Some("Lượt xem")),
        ];
        for (text, want) in cases {
            let entities = crate::analyze(text, &crate::Options::default()).entities;
            let figure = entities.iter().find(|e| e.kind == crate::Kind::Figure);
            let unit = figure.and_then(|e| e.attrs.unit.as_deref());
            assert_eq!(unit, want, "{text}");
        }
    }
}
