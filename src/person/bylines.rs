//! A byline next to the article's timestamp, as outlets print it: "Ngọc
//! Diệp - 04/06/2021, 15:13", "Hạ An Thứ sáu, 15/12/2023 - 11:00", "Duy
//! Tuấn (báo lao động) 01/01/2026 17:37", "Thứ Tư, 30/06/2021 00:12 | Đào
//! Văn", or the name alone on the line after the stamp. Pen names often have
//! no family name, so the stamp is the cue: two to four capitalized
//! Vietnamese syllables, no place and no title, right beside it.

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;

/// Longest line read, in bytes: a header line is short.
const MAX_LINE: usize = 160;

pub fn find(text: &str, out: &mut Vec<Candidate>) {
    // Each line with its start, and whether it is a stamp alone.
    let mut lines: Vec<(usize, &str, bool)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        if !line.trim().is_empty() {
            lines.push((start, line, line.len() <= MAX_LINE && stamp_only(line)));
        }
    }
    for (i, &(start, line, is_stamp)) in lines.iter().enumerate() {
        if line.len() > MAX_LINE || is_stamp {
            continue;
        }
        let prev_is_stamp = i > 0 && lines[i - 1].2;
        // "Nam Long\n13/01/2026 14:41": the name alone on the line before
        // the stamp, perhaps printed twice (a picture's caption and the name).
        let next_is_stamp = match lines.get(i + 1) {
            Some(&(_, _, true)) => true,
            Some(&(_, next, false)) if next.trim() == line.trim() => {
                lines.get(i + 2).is_some_and(|l| l.2)
            }
            _ => false,
        };
        let cue = if prev_is_stamp || next_is_stamp {
            Cue::Stamp
        } else if under_headline_above_lead(&lines, i) {
            Cue::HeadlineAndLead
        } else {
            Cue::None
        };
        if let Some((s, e)) = byline_in(line, cue) {
            out.push(Candidate::new(
                Kind::Person,
                start + s,
                start + e,
                rank::PERSON,
            ));
        }
    }
}

/// What makes a line alone a byline's place.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    None,
    /// The line before or after it is a stamp alone.
    Stamp,
    /// It is the line under the headline, and the lead follows it.
    HeadlineAndLead,
}

/// "Thanh Hà" alone on its line between the headline and the lead: the
/// reporter's pen name. Outlets print it in one of three places:
/// - under the headline (the text's first or second line, six words at
///   least), the lead after it opening with the outlet's tag ("(NLĐO) -",
///   "(Baothanhhoa.vn) -") or a time and a date ("Sáng 19/8,", "Ngày 1/2,");
/// - under the sapo, the paragraph after such a headline, when the sapo or
///   the paragraph after the name opens as a lead ("Ngày 18/8, Công an …");
/// - under a headline below the site's own header lines, when the lead
///   opens with the outlet's tag in brackets and a dash.
fn under_headline_above_lead(lines: &[(usize, &str, bool)], i: usize) -> bool {
    /// Header lines a site may print above its headline.
    const SITE_HEADER_LINES: usize = 6;
    /// The fewest words of a sapo.
    const SAPO_WORDS: usize = 15;
    let Some(&(_, lead, _)) = lines.get(i + 1) else {
        return false;
    };
    let lead = lead.trim_start();
    let words = |k: usize| lines[k].1.split_whitespace().count();
    let headline = |k: usize| words(k) >= 6;
    let tagged_lead = || {
        lead.strip_prefix('(')
            .and_then(|r| r.find(") - ").or_else(|| r.find(") – ")))
            .is_some_and(|j| j <= 30)
    };
    if i == 0 {
        return false;
    }
    let under_headline = i <= 2 && headline(i - 1) && opens_lead(lead);
    let under_sapo = (2..=3).contains(&i)
        && headline(i - 2)
        && words(i - 1) >= SAPO_WORDS
        && (opens_lead(lines[i - 1].1.trim_start()) || opens_lead(lead));
    let under_site_header = i - 1 <= SITE_HEADER_LINES && headline(i - 1) && tagged_lead();
    under_headline || under_sapo || under_site_header
}

/// Whether a paragraph opens as a news lead: the outlet's tag in brackets or
/// a time of day (or "Ngày") before a date.
fn opens_lead(p: &str) -> bool {
    const TIMES: &[&str] = &[
        "Sáng ",
        "Chiều ",
        "Trưa ",
        "Tối ",
        "Đêm ",
        "Ngày ",
        "Sáng nay ",
        "Chiều nay ",
    ];
    let tag = p
        .strip_prefix('(')
        .and_then(|r| r.find(')').filter(|&j| j <= 30).map(|j| &r[..j]))
        .is_some_and(|t| {
            (t.starts_with(char::is_uppercase) && !t.contains(' ')) || t.contains('.')
        });
    tag || TIMES.iter().any(|t| {
        p.strip_prefix(t)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The byline's span in `line`: at its start before a stamp, at its end
/// after one, or the whole line beside a stamp line or under the headline.
fn byline_in(line: &str, cue: Cue) -> Option<(usize, usize)> {
    let after_stamp_line = cue == Cue::Stamp;
    let lead = line.len() - line.trim_start().len();
    // "V.Hùng 07/07/2018 08:30": a pen name of an initial and a syllable.
    if let Some(end) = initial_name_end(line, lead) {
        let stamp = line[end..].strip_prefix(' ').is_some_and(starts_stamp);
        // … or alone on the line beside the stamp's ("Q. Đông\nThứ tư, 28/12/2022").
        if stamp || (line[end..].trim().is_empty() && after_stamp_line) {
            return Some((lead, end));
        }
    }
    if let Some(end) = name_end(line, lead) {
        let rest = &line[end..];
        let whole_line = rest.trim().is_empty();
        let before_stamp = [" - ", " – ", " | ", " "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
            .map(skip_bracket)
            .is_some_and(starts_stamp);
        if (before_stamp || (whole_line && after_stamp_line)) && is_byline_name(&line[lead..end]) {
            return Some((lead, end));
        }
        // Under the headline a district's or a commune's name is a pen name
        // too ("Thanh Sơn"); the lead after it is the cue.
        let name = &line[lead..end];
        if whole_line && cue == Cue::HeadlineAndLead && is_pen_name(name) {
            return Some((lead, end));
        }
    }
    // "… 30/06/2021 00:12  | Đào Văn": after a stamp and a bar or a dash.
    let (head, name_at) = ["| ", " - "]
        .iter()
        .find_map(|sep| line.rfind(sep).map(|i| (&line[..i], i + sep.len())))?;
    let name_at = name_at + (line[name_at..].len() - line[name_at..].trim_start().len());
    let end = name_end(line, name_at)?;
    (line[end..].trim().is_empty() && has_stamp(head) && is_byline_name(&line[name_at..end]))
        .then_some((name_at, end))
}

/// The end of two to four capitalized words at byte `at` of `line`, if
/// they are there (what they are is asked by [`is_byline_name`]).
fn name_end(line: &str, at: usize) -> Option<usize> {
    let (end, words) = crate::words::capitalized_words(line, at, 4, |s, e| {
        // "Hạ An Thứ sáu, 15/12/2023": the weekday opens the stamp.
        strip_weekday(&line[s..]).len() == line.len() - s
            && crate::words::is_proper_word(&line[s..e])
    });
    (words >= 2 && !line[end..].starts_with(|c: char| c.is_alphanumeric())).then_some(end)
}

/// The end of an initial and a capitalized Vietnamese syllable at byte `at`
/// ("V.Hùng", "Q. Đông": "T.H"-style credits with a given name).
fn initial_name_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at..];
    let mut chars = rest.chars();
    let initial = chars.next().filter(|c| c.is_uppercase())?;
    let after = rest.get(initial.len_utf8()..)?.strip_prefix('.')?;
    // "Q. Đông": a space may follow the dot.
    let space = usize::from(after.starts_with(' '));
    let after = &after[space..];
    let len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..len];
    (crate::words::is_proper_word(word) && crate::syllable::is_vietnamese_syllable(word))
        .then_some(at + initial.len_utf8() + 1 + space + len)
}

/// Whether capitalized words next to a stamp are a person's name: Vietnamese
/// syllables, no place, title or body (asked only where a stamp is). A
/// commune's name beside a stamp is a pen name ("Minh Hải"): a dateline
/// names a province, a district or a country.
fn is_byline_name(name: &str) -> bool {
    !crate::gazetteer::is_place_name(name) && no_title_or_body(name)
}

/// Whether capitalized words alone under the headline are a pen name: as
/// [`is_byline_name`], but only a dateline's places (a province, a country)
/// are refused: "Thanh Sơn" is a district and a reporter.
fn is_pen_name(name: &str) -> bool {
    !crate::gazetteer::is_province_or_wider(name) && no_title_or_body(name)
}

/// Vietnamese syllables that open no title, body or header part.
fn no_title_or_body(name: &str) -> bool {
    name.split(' ').all(crate::syllable::is_vietnamese_syllable)
        && !crate::people::starts_with_title(name)
        && !crate::org::is_body_start(name)
        && !NOT_BYLINE_OPENERS.iter().any(|w| name.starts_with(w))
}

/// Capitalized words that open a header's other parts, not a name.
const NOT_BYLINE_OPENERS: &[&str] = &["Theo", "Tin", "Ảnh", "Cập", "Thứ", "Chủ", "Ngày", "Tác"];

/// `s` after a bracket at its start ("(báo lao động) 01/01/2026").
fn skip_bracket(s: &str) -> &str {
    match s
        .strip_prefix('(')
        .and_then(|r| r.find(')').filter(|&i| i < 40).map(|i| &r[i + 1..]))
    {
        Some(after) => after.trim_start(),
        None => s,
    }
}

/// Whether `s` starts with a timestamp: a weekday, a date or a clock time.
fn starts_stamp(s: &str) -> bool {
    let s = strip_weekday(s);
    date_or_time_len(s).is_some()
}

/// Whether the whole line is a timestamp ("04/04/2018 09:52", "Thứ sáu, 15/12/2023").
fn stamp_only(line: &str) -> bool {
    let mut s = strip_weekday(line.trim());
    let mut parts = 0;
    while let Some(len) = date_or_time_len(s) {
        parts += 1;
        s = s[len..].trim_start_matches([' ', ',', '-', '|', '–']);
    }
    let s = s.trim();
    let s = ["(GMT+7)", "GMT+7", "(GMT+07)", "GMT+07"]
        .iter()
        .find_map(|z| s.strip_prefix(z))
        .unwrap_or(s);
    parts > 0 && s.trim().is_empty()
}

/// Whether `s` holds a date written with digits anywhere ("… 30/06/2021 …").
fn has_stamp(s: &str) -> bool {
    s.char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !s[..i].ends_with(|p: char| p.is_ascii_digit()))
        .any(|(i, _)| date_or_time_len(&s[i..]).is_some())
}

/// The length of the weekday named in words that `s` starts with ("Thứ
/// sáu", "Chủ nhật", in any case).
pub(super) fn weekday_name_len(s: &str) -> Option<usize> {
    // Asked of every capitalized word a name may hold: most start with
    // neither letter.
    if !s.starts_with(['T', 't', 'C', 'c']) {
        return None;
    }
    // "Thứ " read once, then the day's own word: most capitalized words
    // starting with "T" ("Thành", "Tỉnh") fail at their second letter.
    let without_case = crate::words::prefix_without_case;
    match without_case(s, "thứ ") {
        Some(n) => ["hai", "ba", "tư", "năm", "sáu", "bảy"]
            .into_iter()
            .find_map(|w| without_case(&s[n..], w).map(|m| n + m)),
        None => without_case(s, "chủ nhật"),
    }
}

/// `s` after a weekday and its comma or dash ("Thứ sáu, ", "Thứ 2 - ", "Chủ
/// nhật "), and the word "ngày" after it.
fn strip_weekday(s: &str) -> &str {
    // Asked at every line and word: most start with no weekday's letter.
    if !s.starts_with(['T', 't', 'C', 'c']) {
        return s;
    }
    let day = weekday_name_len(s).or_else(|| {
        // "Thứ 2" … "Thứ 7".
        let digit = s.strip_prefix("Thứ ")?.as_bytes().first()?;
        (b'2'..=b'7').contains(digit).then_some("Thứ 2".len())
    });
    match day {
        // "Thứ hai, ngày 04/12/2023".
        Some(len) => {
            let rest = s[len..].trim_start_matches([' ', ',', '-', '–']);
            ["ngày ", "Ngày "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest)
        }
        None => s,
    }
}

/// The length of "04/06/2021", "15-12-2023", "1.3.2024" or "15:13" at the start of `s`.
fn date_or_time_len(s: &str) -> Option<usize> {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let a = digits(s);
    if !(1..=2).contains(&a) {
        return None;
    }
    let sep = s[a..].chars().next()?;
    if !matches!(sep, ':' | '/' | '-' | '.') {
        return None;
    }
    let b = digits(&s[a + 1..]);
    if sep == ':' {
        return (b == 2).then_some(a + 1 + b);
    }
    if sep == ':' || !(1..=2).contains(&b) {
        return None;
    }
    let rest = &s[a + 1 + b..];
    let y = rest.strip_prefix(sep).map_or(0, digits);
    ((y == 4) || (y == 2)).then_some(a + 1 + b + 1 + y)
}

#[cfg(test)]
#[path = "bylines_tests.rs"]
mod tests;
