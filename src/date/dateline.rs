//! The article's own timestamp, the default reference date.
//!
//! News pages print a stamp line near the top ("11:19 25/11/2023",
//! "Thứ năm - 11/01/2024 14:40"). A page header may print today's date above
//! the title too; the article's own stamp is the last stamp line before the
//! body starts.

use std::sync::OnceLock;

use regex::Regex;

use crate::calendar::CivilDate;

/// Lines this long start the body: no stamp is looked for after them.
const BODY_LINE_CHARS: usize = 200;
/// Stamp lines are short.
const STAMP_LINE_CHARS: usize = 70;
const HEADER_LINES: usize = 15;

fn full_date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:^|[^0-9])(0?[1-9]|[12][0-9]|3[01])([/.\-])(0?[1-9]|1[0-2])([/.\-])((?:19|20)[0-9]{2})(?:[^0-9]|$)").unwrap()
    })
}

fn date_in(line: &str) -> Option<CivilDate> {
    let c = full_date().captures(line)?;
    if c[2] != c[4] {
        return None;
    }
    CivilDate::new(c[5].parse().ok()?, c[3].parse().ok()?, c[1].parse().ok()?)
}

/// The article's dateline, if the text has one.
pub fn detect(text: &str) -> Option<CivilDate> {
    let mut found = None;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
    {
        let chars = line.chars().count();
        if chars >= BODY_LINE_CHARS {
            break;
        }
        if chars <= STAMP_LINE_CHARS {
            if let Some(d) = date_in(line) {
                found = Some(d);
            }
        }
    }
    found
}

/// With no dateline: the latest year the text names as "năm 2023" or in a
/// full date, leaving out targets ("đến năm 2030", "trước năm 2030") and term ranges.
pub fn year_in_text(text: &str) -> Option<i32> {
    let mut best: Option<i32> = None;
    for (at, word) in text.match_indices("ăm ") {
        // "năm 2023" / "Năm 2023", not "… năm 2019 - 2023" (a range) nor a target.
        let Some(head) = text[..at]
            .strip_suffix('n')
            .or_else(|| text[..at].strip_suffix('N'))
        else {
            continue;
        };
        let rest = &text[at + word.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits != 4 {
            continue;
        }
        let Ok(y) = rest[..4].parse::<i32>() else {
            continue;
        };
        if !(1900..=2099).contains(&y) {
            continue;
        }
        let after = rest[4..].trim_start_matches(' ');
        if after.starts_with(['-', '–'])
            && after[after.chars().next().map_or(0, char::len_utf8)..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let prev = head
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| !crate::words::is_word_char(c))
            .to_lowercase();
        // A target ("đến năm 2030") or a birth year ("sinh năm 1993") is not
        // the year the article is about.
        if matches!(
            prev.as_str(),
            "đến" | "tới" | "hướng" | "vọng" | "sinh" | "trước" | "sau"
        ) {
            continue;
        }
        best = best.max(Some(y));
    }
    // Years closing a full date ("7/10/2022", "18.5.2021", "15-4-2011"):
    // four digits after a separator that follows a digit.
    let bytes = text.as_bytes();
    for i in (0..bytes.len()).filter(|&i| matches!(bytes[i], b'/' | b'.' | b'-')) {
        let digits = &bytes[i + 1..bytes.len().min(i + 6)];
        let four = digits.len() >= 4 && digits[..4].iter().all(u8::is_ascii_digit);
        let ends = digits.get(4).is_none_or(|b| !b.is_ascii_digit());
        // The part before is a month of one or two digits ("5.2021"), not a
        // year ("nhiệm kỳ 2025-2030" is a term).
        let before = bytes[..i]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if four && ends && (1..=2).contains(&before) {
            if let Ok(y) = text[i + 1..i + 5].parse::<i32>() {
                if (1900..=2099).contains(&y) {
                    best = best.max(Some(y));
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_stamp_line_before_the_body_wins() {
        let text = "Thứ 2, 26/02/2024, 17:37[GMT+7]\n\nTiêu đề bài viết\n\nThứ 6, 29/12/2023 | 19:17:16\n15,527 lượt xem\nChiều ngày 29/12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.";
        assert_eq!(detect(text), CivilDate::new(2023, 12, 29));
        assert_eq!(
            detect("Tiêu đề\n\n11:19 25/11/2023\n\nSáng nay 24/11, ..."),
            CivilDate::new(2023, 11, 25)
        );
        assert_eq!(detect("Không có ngày tháng nào ở đây."), None);
    }

    #[test]
    fn year_in_text_skips_targets_and_terms() {
        let text =
            "tổng kết năm 2023, triển khai nhiệm vụ năm 2024; nhiệm kỳ 2020 - 2025; đến năm 2030";
        assert_eq!(year_in_text(text), Some(2024));
        assert_eq!(
            year_in_text("Ngày 18/8/2025, nhiệm kỳ 2025-2030"),
            Some(2025)
        );
    }
}
