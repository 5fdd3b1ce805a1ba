//! Terms of office written beside a title ("Bí thư Tỉnh ủy khóa XV",
//! "Phó Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026"): a term ends the title
//! phrase, and more titles of the same person may follow it after a comma
//! ("…khóa XV, Trưởng Đoàn ĐBQH tỉnh").

use super::lexicon::starts_with_title;
use super::roles::title_phrase_end;

/// Where a term ("nhiệm kỳ 2016-2021", "khóa XV") ending at byte `end` starts,
/// the space before it included.
pub(super) fn term_start_before(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let last = head.rsplit(' ').next()?;
    let years = last.len() >= 4
        && last
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
        && last.starts_with(|c: char| c.is_ascii_digit());
    let roman = !last.is_empty() && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let before = &head[..head.len() - last.len()];
    let marker = if years {
        before.strip_suffix("nhiệm kỳ ")
    } else if roman {
        before
            .strip_suffix("khóa ")
            .or_else(|| before.strip_suffix("khoá "))
    } else {
        None
    }?;
    Some(marker.trim_end_matches(' ').len())
}

/// The end of a term written right after byte `at` (" khóa XV",
/// " nhiệm kỳ 2020 - 2025", " (nhiệm kỳ 2015-2020)"), if one is.
fn term_end_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let (bracketed, inner) = match rest.strip_prefix(" (") {
        Some(inner) => (true, inner),
        None => (false, rest.strip_prefix(' ')?),
    };
    let read = if let Some(number) = ["khóa ", "khoá ", "Khóa ", "Khoá "]
        .iter()
        .find_map(|m| inner.strip_prefix(m))
    {
        let len = number
            .find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L'))
            .unwrap_or(number.len());
        let word_ends = !number[len..].starts_with(char::is_alphanumeric);
        ((1..=7).contains(&len) && word_ends).then(|| inner.len() - number.len() + len)?
    } else {
        let years = inner.strip_prefix("nhiệm kỳ ")?;
        let years = years.strip_prefix("mới ").unwrap_or(years);
        inner.len() - years.len() + years_len(years)?
    };
    let end = at + (rest.len() - inner.len()) + read;
    if bracketed {
        text[end..].starts_with(')').then_some(end + 1)
    } else {
        Some(end)
    }
}

/// The length of "2020 - 2025", "2025-2030" or "2016–2021" at the start of `s`.
fn years_len(s: &str) -> Option<usize> {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(s);
    if first != 4 {
        return None;
    }
    let after = &s[4..];
    let dash = [" - ", " – ", "-", "–"]
        .iter()
        .find(|d| after.starts_with(*d))?;
    let second = &after[dash.len()..];
    (digits(second) == 4 && !second[4..].starts_with(|c: char| c.is_ascii_digit()))
        .then_some(4 + dash.len() + 4)
}

/// The titles that follow a term after a title phrase ending at `end`:
/// "Bí thư Tỉnh ủy | khóa XV, Trưởng Đoàn ĐBQH tỉnh Quảng Ninh,", "Ủy viên
/// Ban Thường vụ Huyện ủy | nhiệm kỳ 2020 - 2025, Phó Chủ tịch UBND huyện".
/// They are the same person's posts (their bodies are no marks of their
/// own); the terms between them stay outside (a term's years are a DATE).
pub(super) fn titles_after_term(text: &str, end: usize) -> Vec<(usize, usize)> {
    let mut titles = Vec::new();
    let mut at = end;
    // A few posts at most; each round reads a term or two, then a title.
    for _ in 0..4 {
        let Some(mut term_end) = term_end_after(text, at) else {
            break;
        };
        // "khóa XVI, nhiệm kỳ 2025-2030, Chủ tịch …": two terms in a row.
        if let Some(second) = text[term_end..]
            .strip_prefix(',')
            .and_then(|_| term_end_after(text, term_end + 1))
        {
            term_end = second;
        }
        let rest = &text[term_end..];
        let Some(gap) = [", ", " - ", " – "].iter().find(|g| rest.starts_with(*g)) else {
            break;
        };
        let first = term_end + gap.len();
        if !text[first..].starts_with(char::is_uppercase) || !starts_with_title(&text[first..]) {
            break;
        }
        let Some(title_end) = title_phrase_end(text, first) else {
            break;
        };
        titles.push((first, title_end));
        at = title_end;
    }
    titles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str, after: &str) -> Vec<String> {
        let end = text.find(after).unwrap() + after.len();
        titles_after_term(text, end)
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn terms_are_read_forward() {
        let text = "Bí thư khóa XV, x nhiệm kỳ 2020 - 2025. y (nhiệm kỳ 2015-2020), z khóa XIV đơn";
        let at = |w: &str| text.find(w).unwrap() + w.len();
        assert_eq!(term_end_after(text, at("Bí thư")), Some(at("khóa XV")));
        assert_eq!(term_end_after(text, at(" x")), Some(at("2020 - 2025")));
        assert_eq!(term_end_after(text, at(" y")), Some(at("2015-2020)")));
        assert_eq!(term_end_after(text, at(" z")), Some(at("khóa XIV")));
        assert_eq!(term_end_after(text, at("Bí")), None);
        // Not a Roman number's end: "khóa XVIIa".
        assert_eq!(term_end_after("a khóa XVa", 1), None);
        // A year and a half is no term.
        assert_eq!(term_end_after("a nhiệm kỳ 2020-202", 1), None);
    }

    #[test]
    fn titles_after_a_term_are_the_same_persons() {
        assert_eq!(
            titles(
                "Ông Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy khóa XV, Trưởng Đoàn ĐBQH tỉnh Quảng Ninh, tiếp tục được bầu.",
                "Bí thư Tỉnh ủy"
            ),
            ["Trưởng Đoàn ĐBQH tỉnh Quảng Ninh"]
        );
        assert_eq!(
            titles(
                "ông Nguyễn Quốc Vương, Ủy viên Ban Thường vụ Huyện ủy nhiệm kỳ 2020 - 2025, Phó Chủ tịch UBND huyện Sìn Hồ nhiệm kỳ 2021 - 2026.",
                "Huyện ủy"
            ),
            ["Phó Chủ tịch UBND huyện Sìn Hồ"]
        );
        assert_eq!(
            titles(
                "bà A, Phó Bí thư Tỉnh ủy khóa XVI, nhiệm kỳ 2025-2030, Chủ tịch HĐND tỉnh; ông B",
                "Tỉnh ủy"
            ),
            ["Chủ tịch HĐND tỉnh"]
        );
        // A term followed by the sentence's predicate ends the posts.
        assert!(titles(
            "ông A, Đại biểu HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 - đã được bầu",
            "HĐND tỉnh"
        )
        .is_empty());
        assert!(titles("ông A, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Tỉnh ủy").is_empty());
    }
}
