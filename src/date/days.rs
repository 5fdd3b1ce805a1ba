//! Dates with a day: "24/11/2023", "ngày 24 tháng 11 năm 2023", "Sáng 10.1".

use super::*;

pub(super) fn day_month_year(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

pub(super) fn long_form(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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

pub(super) fn day_month(ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
    // "từ 5-8 cơn bão": a range of counts before a counted noun; "từ 3 - 4
    // sao", a range of grades.
    let counts_before_noun = || {
        crate::figure::is_star_grade(hit.text, hit.end)
            || (hit.text[hit.end..].starts_with(' ')
                && (crate::figure::starts_with_counted_noun(hit.text, hit.end + 1)
                    || crate::figure::starts_with_age_or_span(hit.text, hit.end + 1)))
    };
    let ok = match sep {
        "/" => has_word || cued || !next_is_space_word,
        _ => has_word || (cued && !counts_before_noun()),
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
