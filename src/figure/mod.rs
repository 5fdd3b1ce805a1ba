//! FIGURE: quantities (GUIDELINES.md, "FIGURE").
//!
//! To add a unit or magnitude word: extend the word lists in [`frag`] (or the
//! numeral grammar's lexicon in `numeral.rs`); to add a form: a rule in
//! [`rules`] and lines in `examples.txt`.

mod context;
mod kinds;
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
use kinds::{
    count, dong_is_not_currency, duration, is_label_after, listed_noun_after, measure, money,
    multiplier, percent, ratio,
};
pub use number::parse_vietnamese_number;
pub use numeral::parse_numeral;

/// Whether a grade in stars follows the number ending at `end` ("4 sao",
/// "3 - 4 sao"; not "3 ngôi sao").
pub fn is_star_grade(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(" sao")
        .is_some_and(|r| !r.starts_with(crate::words::is_word_char))
}

/// Whether a counted noun of the lexicon starts at `at` ("cơn bão", "đảng viên").
pub fn starts_with_counted_noun(text: &str, at: usize) -> bool {
    units::noun_at(text, at).is_some()
}

/// Whether an age or a span of years, weeks or hours starts at `at` ("từ 1 -
/// 5 tuổi", "3-5 năm"), not a date's month or year ("tháng 12", "năm 2025").
pub fn starts_with_age_or_span(text: &str, at: usize) -> bool {
    ["tuổi", "năm", "tuần", "giờ"].iter().any(|w| {
        text[at..].strip_prefix(w).is_some_and(|rest| {
            !rest.starts_with(char::is_alphanumeric)
                && !rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

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
            // decimal point (three would group thousands). A range may
            // write its sign twice: "9%-9,5%".
            format!(
                r"(?P<sign>[-+])?(?:(?P<dot>[0-9]{{1,3}}\.[0-9]{{1,2}})|(?P<n>{NUMBER})(?:\s?%?\s?[-–]\s?(?P<n2>{NUMBER}))?)\s?%"
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
            // Nothing named after it: the measure itself, as money keeps its currency.
            ("đạt 2 triệu tấn, tăng", Some("tấn")),
            ("diện tích 24,63 km2.", Some("km2")),
            ("dài 14,82 km", Some("km")),
            ("thu 5 tỷ đồng", Some("đồng")),
            // A purpose after the sum is no thing measured.
            ("trị giá 120 triệu đồng để hai đơn vị", Some("đồng")),
            ("vay 20 tỷ đồng phát triển kinh tế", Some("đồng")),
            ("ủng hộ 203 tỷ đồng ủng hộ đồng bào", Some("đồng")),
            // What a sum is, when the lexicon lists it.
            ("thu hút 1 tỷ USD vốn FDI", Some("vốn FDI")),
            ("chia 24,9 tỷ đồng cổ tức", Some("cổ tức")),
            ("trao 30.000 mũ bảo hiểm cho", Some("mũ bảo hiểm")),
            (
                "xảy ra 29 vụ tai nạn giao thông, làm",
                Some("vụ tai nạn giao thông"),
            ),
            // A material named with a capital; a number after the noun is not in it.
            ("thu giữ 156 kg Bạc, 699,89 gam Vàng", Some("Bạc")),
            ("đã bán 658 ha cao su 706 ha đất", Some("cao su")),
            ("gần 100 kg Methamphetamine.", Some("Methamphetamine")),
            ("thu giữ 20 ha Đông Anh", Some("ha")),
            // Classifiers of things take the noun after them; "bên" is one word.
            ("thu giữ 9 chiếc xe đạp điện", Some("chiếc xe đạp điện")),
            ("Hai bên nhất trí tăng cường", Some("bên")),
            ("giành 2 Huy chương Bạc", Some("Huy chương Bạc")),
            // A counted noun runs on through a stop word only when the
            // lexicon's term does: "sĩ quan", "phiếu tán thành", not "người có".
            ("có 3 nam sĩ quan tham gia", Some("nam sĩ quan")),
            ("đạt 100% số phiếu tán thành.", Some("số phiếu tán thành")),
            ("có 11 người có mặt", Some("người")),
            (
                "xuất 3,16 triệu tấn thép thành phẩm",
                Some("thép thành phẩm"),
            ),
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
