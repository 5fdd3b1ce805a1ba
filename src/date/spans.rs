//! What widens a date's span (GUIDELINES.md, "DATE"): a clock time written
//! before it ("9h ngày 12/5", "20 giờ 30 phút, ngày 11/8") or after it
//! ("ngày 23 tháng 08 năm 2019, 09:25:27", "16/09/2020 5:02:00 CH"), and
//! the day ranges and lists that share one month ("ngày 20 - 23/5/2019" is
//! one span, "ngày 10 và 11/2" two).

use std::sync::OnceLock;

use crate::letters::LetterRegex;

use super::calendar::CivilDate;
use super::{num, resolve_day_month, year_in_date};
use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::rule::Context;
use crate::rule::Hit;
use crate::words::floor_char;

/// "9h", "7h30", "20 giờ 30 phút", "8 giờ 00", "14:40", "20 giờ 45 tối",
/// "8:32:31 AM | " at the end of a string.
fn clock_before_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(
            r"(?:^|[\s(])(?P<h>2[0-3]|[01]?[0-9])(?:\s*giờ(?:\s*(?P<m1>[0-5][0-9])(?:\s*phút)?)?|h(?P<m2>[0-5][0-9])?|:(?P<m3>[0-5]?[0-9])(?::(?P<s>[0-5][0-9]))?'?)(?:\s*(?P<ap>AM|PM|SA|CH|am|pm)|\s+(?P<pod>sáng|trưa|chiều|tối|đêm))?(?:[ ,]*| - | \| )$",
        )
    })
}

/// ", 09:25:27", " 5:02:00 CH", " 10:19 AM" at the start of a string.
fn clock_after_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(
            r"^,?\s*(?P<h>2[0-3]|[01]?[0-9]):(?P<m>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?(?:\s*(?P<ap>AM|PM|SA|CH|am|pm)(?:[^\p{L}]|$))?",
        )
    })
}

/// Adds "THH:MM" (and ":SS" when written) to a date value that has a day
/// ("2023-11-25", "--11-25").
fn with_time(value: &str, hour: u32, minute: u32, second: Option<&str>) -> String {
    if value.contains('T') || value.contains('/') || value.len() < 7 {
        return value.to_string();
    }
    match second {
        Some(s) => format!("{value}T{hour:02}:{minute:02}:{s}"),
        None => format!("{value}T{hour:02}:{minute:02}"),
    }
}

/// A date from `start` to `end` with `value`, widened by a clock time written
/// right before or after it.
pub fn with_clock(text: &str, start: usize, end: usize, value: String) -> Candidate {
    let (mut start, mut end, mut value) = (start, end, value);
    if !value.contains('T') {
        let window_start = floor_char(text, start.saturating_sub(40));
        if let Some(c) = clock_before_re().captures(&text[window_start..start]) {
            let mut h: u32 = c["h"].parse().unwrap_or(0);
            // "8 giờ tối 24/10": the evening's hour.
            let evening = matches!(
                c.name("pod").or(c.name("ap")).map(|p| p.as_str()),
                Some("chiều" | "tối" | "đêm" | "PM" | "pm" | "CH")
            );
            if evening && (1..12).contains(&h) {
                h += 12;
            }
            let m: u32 = ["m1", "m2", "m3"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| m.as_str().parse().ok())
                .unwrap_or(0);
            let at = window_start + c.name("h").map_or(0, |m| m.start());
            start = at;
            value = with_time(&value, h, m, c.name("s").map(|s| s.as_str()));
        } else if let Some(c) = clock_after_re().captures(&text[end..]) {
            let mut h: u32 = c["h"].parse().unwrap_or(0);
            let m: u32 = c["m"].parse().unwrap_or(0);
            if matches!(c.name("ap").map(|a| a.as_str()), Some("PM" | "pm" | "CH")) && h < 12 {
                h += 12;
            }
            end += c.name("ap").or_else(|| c.get(0)).map_or(0, |m| m.end());
            value = with_time(&value, h, m, c.name("s").map(|s| s.as_str()));
        }
    } else {
        // The time is in the value already; only its AM/PM is left to take.
        let rest = &text[end..];
        let ap = ["AM", "PM", "SA", "CH", "am", "pm"].into_iter().find(|ap| {
            rest.strip_prefix(' ').is_some_and(|r| {
                r.starts_with(ap) && !r[ap.len()..].starts_with(crate::words::is_word_char)
            })
        });
        if let Some(ap) = ap {
            end += 1 + ap.len();
            if matches!(ap, "PM" | "pm" | "CH") {
                value = afternoon(&value);
            }
        }
    }
    let start = super::after_counted_day(text, start);
    Candidate::new(Kind::Date, start, end, rank::NUMERIC).with_attrs(Attrs {
        value: Some(serde_json::Value::String(value)),
        ..Attrs::default()
    })
}

/// "2020-09-16T05:02" read with "CH" (chiều, PM): "2020-09-16T17:02".
fn afternoon(value: &str) -> String {
    let Some((date, time)) = value.split_once('T') else {
        return value.to_string();
    };
    let (h, rest) = time.split_once(':').unwrap_or((time, "00"));
    match h.parse::<u32>() {
        Ok(h) if h < 12 => format!("{date}T{:02}:{rest}", h + 12),
        _ => value.to_string(),
    }
}

/// The last day's month and year of a range or list: "23/5/2019", "11/2".
fn month_and_year(ctx: &Context, hit: &Hit) -> Option<(u32, Option<i32>)> {
    let m = num(hit, "m")?;
    let y = match hit.group("y") {
        Some(y) => Some(year_in_date(ctx, y)?),
        None => None,
    };
    Some((m, y))
}

fn day_value(ctx: &Context, d: u32, m: u32, y: Option<i32>) -> Option<String> {
    match y {
        Some(y) => Some(CivilDate::new(y, m, d)?.to_string()),
        None => resolve_day_month(ctx.reference, d, m),
    }
}

/// "ngày 20 - 23/5/2019": one span, valued "2019-05-20/2019-05-23".
pub fn day_range(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    // "18:06 - 13/12/2016": the minutes of a clock, not a first day.
    if !super::clean_edges(hit) || hit.before() == Some(':') {
        return None;
    }
    if hit.group("s2").is_some() && hit.group("s1") != hit.group("s2") {
        return None;
    }
    let (d1, d2) = (num(hit, "d1")?, num(hit, "d")?);
    if d1 >= d2 {
        return None;
    }
    let (m, y) = month_and_year(ctx, hit)?;
    let value = format!(
        "{}/{}",
        day_value(ctx, d1, m, y)?,
        day_value(ctx, d2, m, y)?
    );
    Some(with_clock(hit.text, hit.start, hit.end, value))
}

/// "ngày 20/10 - 3/11": one span across two months of one year, valued
/// "YYYY-10-20/YYYY-11-03".
pub fn month_range(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !super::clean_edges(hit) {
        return None;
    }
    let same_separators = hit.group("s0") == hit.group("s1")
        && hit.group("s2").is_none_or(|s2| Some(s2) == hit.group("s1"));
    let (d1, m1) = (num(hit, "d1")?, num(hit, "m1")?);
    let (m, y) = month_and_year(ctx, hit)?;
    let d2 = num(hit, "d")?;
    if !same_separators || (m1, d1) >= (m, d2) {
        return None;
    }
    let value = format!(
        "{}/{}",
        day_value(ctx, d1, m1, y)?,
        day_value(ctx, d2, m, y)?
    );
    Some(with_clock(hit.text, hit.start, hit.end, value))
}

/// "tháng 2.2018 - 5.2019": a range of months across years, the later last.
pub fn month_year_range(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !super::clean_edges(hit) || hit.group("s0") != hit.group("s1") {
        return None;
    }
    let (m1, y1, m2, y2) = (
        num(hit, "m1")?,
        num(hit, "y1")?,
        num(hit, "m")?,
        num(hit, "y")?,
    );
    if (y1, m1) >= (y2, m2) {
        return None;
    }
    let value = format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}");
    Some(with_clock(hit.text, hit.start, hit.end, value))
}

/// "ngày 10 và 11/2": the first day is a date of its own, in the month of
/// the second; the scan then reads "11/2" by itself.
pub fn day_list(ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !super::clean_edges(hit) {
        return None;
    }
    if hit.group("s2").is_some() && hit.group("s1") != hit.group("s2") {
        return None;
    }
    // "đến" joins a range only after "ngày": "từ 13 đến 15-8" may count.
    if hit.group("join") == Some("đến") && hit.group("word").is_none() {
        return None;
    }
    let d1 = num(hit, "d1")?;
    let (m, y) = month_and_year(ctx, hit)?;
    let value = day_value(ctx, d1, m, y)?;
    let (_, first_end) = hit.span("d1")?;
    Some(with_clock(hit.text, hit.start, first_end, value))
}
