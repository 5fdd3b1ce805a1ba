//! The figure rules' builders by kind: percentages, money, measures, ratios,
//! durations, multipliers and counts.

use super::*;

pub(super) fn percent(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
pub(super) fn dong_is_not_currency(text: &str, end: usize) -> bool {
    text[end..].starts_with(' ')
        && word_after(text, end).is_some_and(|w| NOT_CURRENCY_AFTER.contains(&w))
}

/// The counted noun after a sum ending at byte `end`, when it opens with a
/// listed noun ("24,9 tỷ đồng cổ tức"): other words after a sum are mostly
/// its purpose ("20 tỷ đồng phát triển kinh tế", "5 triệu đồng vốn ưu đãi").
pub(super) fn listed_noun_after(text: &str, end: usize) -> Option<String> {
    let listed = text[end..].starts_with(' ') && super::units::noun_at(text, end + 1).is_some();
    listed.then(|| counted_noun(text, end)).flatten()
}

pub(super) fn money(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) {
        return None;
    }
    if hit.group("cur") == Some("đồng") && dong_is_not_currency(hit.text, hit.end) {
        return None;
    }
    let v = number_value(hit.group("n")?, hit.group("sign"))?;
    // What the money counts when the text names it ("24,9 tỷ đồng cổ tức"),
    // else the currency, so a table can tell đồng from USD.
    let unit =
        listed_noun_after(hit.text, hit.end).or_else(|| hit.group("cur").map(str::to_string));
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

pub(super) fn measure(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !unit_edges_ok(hit) || is_label_context(hit) {
        return None;
    }
    // The measure is in the span already; the unit is what is measured, if
    // the text says it ("650 ha vườn điều" → "vườn điều"), else the measure
    // itself, so a table can tell tấn from ha (as money keeps its currency).
    let unit = counted_noun(hit.text, hit.end)
        .or_else(|| context::material_named(hit.text, hit.end))
        .or_else(|| hit.group("unit").map(str::to_string));
    // "8.000 - 10.000 tấn": a range has no single value.
    if hit.group("n2").is_some() {
        return Some(figure(hit, hit.end, unit_only(unit)));
    }
    let v = number_value(hit.group("n")?, None)?;
    Some(figure(hit, hit.end, value_attrs(json_number(v), unit)))
}

pub(super) fn ratio(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false) || is_label_context(hit) {
        return None;
    }
    let (a, b): (u64, u64) = (hit.group("a")?.parse().ok()?, hit.group("b")?.parse().ok()?);
    if b == 0 || a > b.saturating_mul(100) {
        return None;
    }
    let value = Value::String(format!("{a}/{b}"));
    let (end, unit) = end_and_unit(hit, unit_after_or_before(hit));
    Some(figure(hit, end, value_attrs(value, unit)))
}

/// A change in percentage points is a measure written whole: "tăng 4,2
/// điểm phần trăm" (the unit is the three words, as "%" is one sign).
const PERCENTAGE_POINTS: &str = "điểm phần trăm";

/// Where a measure in percentage points ends, when one follows the number.
fn percentage_points_end(hit: &Hit) -> Option<usize> {
    let after = hit.text[hit.end..]
        .strip_prefix(' ')?
        .strip_prefix(PERCENTAGE_POINTS)?;
    (!after.starts_with(crate::words::is_word_char))
        .then_some(hit.end + 1 + PERCENTAGE_POINTS.len())
}

/// The end and the unit of a figure whose unit is read as the rules do,
/// unless percentage points follow it.
fn end_and_unit(hit: &Hit, unit: Option<String>) -> (usize, Option<String>) {
    match percentage_points_end(hit) {
        Some(end) => (end, Some(PERCENTAGE_POINTS.to_string())),
        None => (points_end(hit, unit.as_deref()).unwrap_or(hit.end), unit),
    }
}

/// Where points scored end, the word "điểm" written in the span as a
/// measure's unit is ("đạt 50,3 điểm", "30/30 điểm", "tăng 0,3 điểm"); a
/// count of sites keeps it out ("tại 5 điểm", "64 điểm cầu").
fn points_end(hit: &Hit, unit: Option<&str>) -> Option<usize> {
    const POINTS: &str = " điểm";
    let after = hit.text[hit.end..].strip_prefix(POINTS)?;
    if unit != Some("điểm") || after.starts_with(crate::words::is_word_char) {
        return None;
    }
    let number = hit.as_str();
    let scored = matches!(
        words_before(hit.text, hit.start, 1).as_ref(),
        "đạt" | "tăng" | "giảm" | "trên" | "dưới" | "được" | "lên" | "xuống" | "mức"
    );
    (number.contains(',') || number.contains('/') || scored).then_some(hit.end + POINTS.len())
}

pub(super) fn duration(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

pub(super) fn multiplier(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
pub(super) fn is_label_after(text: &str, end: usize) -> bool {
    text[end..].starts_with(' ')
        && word_after(text, end).is_some_and(|w| context::LABEL_AFTER.contains(&w))
}

pub(super) fn count(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !clean_edges(hit, false)
        || is_label_context(hit)
        || is_list_number(hit)
        || context::in_file_name(hit.text, hit.start, hit.end)
        // The minutes of "8 giờ 00".
        || words_before(hit.text, hit.start, 1) == "giờ"
        // "1 số" is "một số" ("some") written with a digit.
        || (hit.as_str() == "1" && hit.text[hit.end..].starts_with(" số "))
        // "sản phẩm OCOP 4 sao", "khách sạn 5 sao": a grade, no count.
        || super::is_star_grade(hit.text, hit.end)
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
    let (end, unit) = end_and_unit(hit, unit);
    Some(figure(hit, end, value_attrs(json_number(v), unit)))
}
