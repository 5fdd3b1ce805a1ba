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
}
