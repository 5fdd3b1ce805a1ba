//! Title phrases attached to a name, before it ("Phó Bí thư Thường trực Tỉnh
//! ủy, Trưởng Đoàn ĐBQH tỉnh Lê Văn Dũng") or after it ("Ngô Đông Hải, Ủy
//! viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy;").

use crate::words::is_word_char;

use super::lexicon::{is_family_name, starts_with_title, ROLE_CANNOT_END};
use super::terms::term_start_before;
use super::title_words::{
    before_dignitary_honorific, bracket_before_title_len, is_age, is_title_abbreviation, next_word,
    opens_title, prefix_within, prev_word, role_like, single_spaced,
};

/// Longest title phrase, in words.
const MAX_ROLE_WORDS: usize = 30;

pub(super) use super::title_phrase::title_phrase_end;

/// The title phrase ending right before a name that starts at `name_start`
/// ("Chánh án Tòa án nhân dân tối cao Lê Minh Trí"). The phrase is read
/// forwards from each title head in the clause, with the same reader as a
/// title after a name, and the earliest head whose phrase ends exactly at
/// the name wins: a body's lower-case words and commas are then read as
/// its name is, and another person's name in between stops the phrase.
pub fn role_before(text: &str, name_start: usize) -> Option<(usize, usize)> {
    // "… tỉnh ủy Điện Biên Ông Mùa A Sơn": a capitalized honorific opens a
    // sentence; nothing before it is this name's title.
    if matches!(
        crate::words::word_before(text, name_start),
        Some("Ông" | "Bà")
    ) {
        return None;
    }
    let head = &text[..name_start];
    let phrase_end = [" - ", " – ", " ", ""]
        .iter()
        .find(|g| head.ends_with(*g))
        .map(|g| name_start - g.len())?;
    // "Bộ trưởng Bộ Tài chính nhiệm kỳ 2016-2021 Hồ Đức Phớc": the title
    // ends at the term written between it and the name.
    let phrase_end = term_start_before(text, phrase_end).unwrap_or(phrase_end);
    // "Thủ tướng Campuchia Samdech Techo Hun Sen": the honorific is no part
    // of the title.
    let phrase_end = before_dignitary_honorific(text, phrase_end);
    // Title heads in the clause, nearest first.
    let mut heads: Vec<usize> = Vec::new();
    let mut at = phrase_end;
    for _ in 0..MAX_ROLE_WORDS {
        let Some((s, e, gap)) = prev_word(text, at) else {
            break;
        };
        let w = &text[s..e];
        // "-" and "&" join an abbreviation's parts: "Sở GD-ĐT", "Sở TN&MT"
        // (capitals on both sides: "COVID-19" is no title's word).
        let abbreviation_joint = matches!(gap, "-" | "&")
            && w.chars().all(|c| c.is_uppercase())
            && text[at..].starts_with(char::is_uppercase);
        if at != phrase_end
            && !abbreviation_joint
            && !matches!(gap, " " | ", " | " - " | " – " | ",\n")
        {
            break;
        }
        if w.ends_with('.') && !is_title_abbreviation(w) {
            break;
        }
        let word_start = !text[..s].ends_with(|c: char| is_word_char(c) || c == '-');
        // "đoàn đại biểu cấp cao tỉnh X", "Đoàn Chủ tịch": a group named by
        // a title is no one's title.
        let group = matches!(crate::words::word_before(text, s), Some("đoàn" | "Đoàn"));
        if word_start && !group && starts_with_title(&text[s..phrase_end]) {
            heads.push(s);
        }
        at = s;
    }
    // The earliest head whose phrase ends at the name wins; most often it is
    // the first one tried.
    let mut start = None;
    for &s in heads.iter().rev() {
        match title_phrase_end(text, s) {
            Some(end) if end == phrase_end => {
                start = Some(s);
                break;
            }
            // "đại biểu Đoàn TNCS Hồ Chí Minh tỉnh": the name is inside
            // a body's name read from the title, so it has no role.
            Some(end) if end > name_start && body_covers(text, s, name_start) => return None,
            _ => {}
        }
    }
    let Some(start) = start else {
        return role_before_backward(text, name_start)
            .map(|(s, e)| (s, before_dignitary_honorific(text, e)))
            .filter(|&(s, e)| s < e);
    };
    Some((possessor_dropped(text, start, phrase_end), phrase_end))
}

/// Whether a body's name read from a capitalized word in `from..name_start`
/// runs over the name.
fn body_covers(text: &str, from: usize, name_start: usize) -> bool {
    // "Tổng Thanh tra Chính phủ Đoàn Hồng Phong": a name that could itself
    // start a body ("Đoàn …") is read as the name.
    if crate::org::is_body_start(&text[name_start..]) {
        return false;
    }
    let mut at = from;
    while let Some((s, e, _)) = next_word(text, at).filter(|w| w.0 < name_start) {
        if text[s..].starts_with(char::is_uppercase)
            && crate::org::name_at(text, s).is_some_and(|end| end > name_start)
        {
            return true;
        }
        at = e;
    }
    false
}

/// Where the titles after a dash end when they run into the next person's
/// name ("A - Phó Bí thư Tỉnh ủy, Thượng tướng B"): at the last comma, when
/// what follows it is a short title of its own (three words at most) that
/// opens as a title does. `name_end..start` is the gap before the titles.
pub(super) fn own_part_before_next_title(
    text: &str,
    name_end: usize,
    start: usize,
    end: usize,
) -> Option<usize> {
    let dash = text[name_end..start].contains(['-', '–']);
    let comma = text[start..end].rfind(", ")?;
    let next_title = &text[start + comma + 2..end];
    (dash && next_title.split(' ').count() <= 3 && starts_with_title(next_title))
        .then_some(start + comma)
}

/// Whether the title phrase at `start` follows another person's name and a
/// dash ("A - Phó Bí thư Tỉnh ủy, Thượng tướng B"): its words up to the last
/// comma are that person's.
fn after_dashed_name(text: &str, start: usize) -> bool {
    // Pages pasted from the web may double a space: "A –  Phó Giám đốc".
    let Some(before) = ["-", "–"]
        .iter()
        .find_map(|d| text[..start].trim_end_matches(' ').strip_suffix(*d))
        .and_then(|b| b.strip_suffix(' '))
    else {
        return false;
    };
    // The name: two to four capitalized words, the first a family name.
    let words: Vec<&str> = before.rsplit(' ').take(4).collect();
    (2..=words.len()).any(|n| {
        words[..n].iter().all(|w| w.starts_with(char::is_uppercase)) && is_family_name(words[n - 1])
    })
}

/// "Theo quyết định của Bộ trưởng Bộ Công an, thiếu tướng Nguyễn Đức Thuận":
/// after "của", a full title is the possessor's and only the short title
/// after the last comma is the named person's.
fn possessor_dropped(text: &str, start: usize, end: usize) -> usize {
    let after_cua = text[..start].ends_with("của ")
        || text[..start].ends_with("Của ")
        || after_dashed_name(text, start);
    match text[start..end].rfind(", ") {
        Some(i) if after_cua && text[start + i + 2..end].split(' ').count() <= 3 => start + i + 2,
        _ => start,
    }
}

/// The title phrase ending right before a name, read backwards word by word
/// (the fallback when no title read forwards ends exactly at the name).
fn role_before_backward(text: &str, name_start: usize) -> Option<(usize, usize)> {
    let mut at = name_start;
    let mut words: Vec<(usize, usize)> = Vec::new();
    while words.len() < MAX_ROLE_WORDS {
        let Some((s, e, gap)) = prev_word(text, at) else {
            break;
        };
        // A caption may put a dash between the titles and the name.
        let gap_ok = if words.is_empty() {
            matches!(gap, "" | " " | " - " | " – ")
        } else {
            gap == " " || gap == ", "
        };
        let w = &text[s..e];
        // A full stop ends a sentence, except after an abbreviated title ("TS.", "PGS.TS.").
        let sentence_end = w.ends_with('.') && !is_title_abbreviation(w);
        if !gap_ok || sentence_end || !role_like(w.trim_end_matches('.')) {
            break;
        }
        words.push((s, e));
        at = s;
    }
    // The phrase starts at the earliest title head, but never reaches back
    // over another person's name: a family name and one to three capitalized
    // syllables that end a comma-separated part ("Bí thư Tỉnh ủy A, Chủ tịch
    // UBND tỉnh B").
    let role_end = words.first()?.1;
    let in_order: Vec<(usize, usize)> = words.iter().rev().copied().collect();
    let name_syllable = crate::words::is_proper_word;
    let mut floor = 0;
    for (i, &(s, _)) in in_order.iter().enumerate() {
        if !is_family_name(&text[s..in_order[i].1]) {
            continue;
        }
        let mut k = i + 1;
        while k < in_order.len() && k - i <= 3 && name_syllable(&text[in_order[k].0..in_order[k].1])
        {
            let e = in_order[k].1;
            let ends_part = text[e..].starts_with(", ");
            if ends_part && !crate::gazetteer::is_place_name(&text[s..e]) {
                floor = e;
                break;
            }
            k += 1;
        }
    }
    let start = in_order
        .iter()
        .map(|w| w.0)
        .filter(|&s| s >= floor)
        .find(|&s| starts_with_title(&text[s..role_end]))?;
    // "… thị xã Bến Cát và Đỗ Văn Sâm": a phrase ending on "và" is a list's.
    let (ls, le, _) = prev_word(text, role_end)?;
    if ROLE_CANNOT_END.contains(&&text[ls..le]) {
        return None;
    }
    Some((start, role_end))
}

/// A title phrase opening its sentence or clause and set off from the name
/// by a comma and an honorific: "Tân Giám đốc Sở Tài chính Thanh Hóa, ông
/// Lê Trọng Thụ.", "…”, Giám đốc chi nhánh NHCSXH tỉnh, ông A, khẳng định".
/// A post inside a predicate is another person's or a new one ("… thôi Chủ
/// nhiệm UBKTTƯ, ông B lên thay", "được chỉ định làm Phó bí thư Đảng ủy, ông
/// C"), and a title after an earlier name is that name's ("ông A – Bí thư
/// Tỉnh ủy, bà B").
pub fn title_before_honorific(text: &str, name_start: usize) -> Option<(usize, usize)> {
    let head = &text[..name_start];
    let comma = ["ông ", "bà ", "đồng chí "]
        .iter()
        .find_map(|h| head.strip_suffix(h)?.strip_suffix(", "))?
        .len();
    let (start, end) = role_before(text, comma)?;
    let before = text[..start].trim_end_matches([' ', '\t']);
    let opens_clause = before.is_empty()
        || before.ends_with(['\n', '.', ':', ';'])
        || before.ends_with("”,")
        || before.ends_with("\",");
    (end == comma && opens_clause).then_some((start, end))
}

/// The title phrase right after a name that ends at `name_end`, after ", " or " - ".
pub fn role_after(text: &str, name_end: usize) -> Option<(usize, usize)> {
    // "Lý Hoàng Minh (31 tuổi), đội phó Đội TTGT số 3": an age, a birth
    // year or a place in a photo in brackets stands between the name and the title.
    // "Nguyễn Thành Tài (68 tuổi, cựu Phó chủ tịch UBND TP HCM …)": the
    // title after the age inside the same bracket.
    if let Some(at) = title_after_age(text, name_end) {
        return title_phrase_end(text, at).map(|end| (at, end));
    }
    let name_end = name_end + bracket_before_title_len(&text[name_end..]);
    let (first_start, _, gap) = next_word(text, name_end)?;
    // "Nguyễn Toàn Thắng (Giám đốc Sở Nông nghiệp và Môi trường)": a title
    // in brackets is the role when it fills them.
    if gap == " (" && opens_title(text, first_start) {
        let close = text[first_start..].find([')', '\n'])? + first_start;
        let inside = &text[first_start..close];
        // "A (nguyên Chủ nhiệm …, Nguyễn Hữu Sơn (cán bộ …)": a bracket left
        // open runs into the next person's; the title is read as it goes.
        if inside.contains('(') {
            return title_phrase_end(text, first_start).map(|end| (first_start, end));
        }
        let predicate = inside.contains(" là ") || inside.starts_with("đã ");
        // "(cựu Chuyên viên Đội … quận Hoàng Mai, phụ trách địa bàn phường
        // Thanh Trì)": a duty in lower case after the post is no title.
        let role_end = inside
            .find(", phụ trách ")
            .filter(|&i| inside[i + ", phụ trách ".len()..].starts_with(char::is_lowercase))
            .map_or(close, |i| first_start + i);
        return (text[close..].starts_with(')') && !predicate && inside.len() < 200)
            .then_some((first_start, role_end));
    }
    // Pages pasted from the web may double a space: " -  Phó Chủ tịch".
    let gap = single_spaced(gap);
    // "đồng chí Hồ Huy Thành Giám đốc Sở …": a capitalized title may follow
    // the name with no comma at all.
    let no_separator = gap == " " && text[first_start..].starts_with(char::is_uppercase);
    if !(no_separator
        || matches!(
            gap.as_str(),
            ", " | "," | " - " | " – " | "-" | " — " | "- " | " -" | "– " | "–"
        ))
        || !opens_title(text, first_start)
    {
        return None;
    }
    title_phrase_end(text, first_start).map(|end| (first_start, end))
}

/// Where a title starts after an age or a birth year opening a bracket right
/// after the name: " (68 tuổi, cựu Giám đốc …", " (SN 1960, nguyên …".
fn title_after_age(text: &str, name_end: usize) -> Option<usize> {
    let inner = text[name_end..].strip_prefix(" (")?;
    let comma = prefix_within(inner, 24).find(", ")?;
    let age = is_age(&inner[..comma], false);
    let at = name_end + " (".len() + comma + ", ".len();
    (age && opens_title(text, at)).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_before_and_after_names() {
        let t =
            "Phát biểu, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Lê Văn Dũng chủ trì.";
        let (s, e) = role_before(t, t.find("Lê").unwrap()).unwrap();
        assert_eq!(
            &t[s..e],
            "Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh"
        );
        let t = "Các đồng chí: Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Phạm Văn Tuân";
        let (s, e) = role_after(t, t.find(", Ủy").unwrap()).unwrap();
        assert_eq!(
            &t[s..e],
            "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"
        );
        let t = "Lê Văn Quang, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì Hội nghị.";
        let (s, e) = role_after(t, t.find(", Phó").unwrap()).unwrap();
        assert_eq!(&t[s..e], "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện");
        let t = "Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy phát biểu tại hội nghị.";
        let (s, e) = role_after(t, t.find(", Ủy").unwrap()).unwrap();
        assert_eq!(
            &t[s..e],
            "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"
        );
        let t = "Nguyễn A, Bí thư Tỉnh ủy chỉ đạo các sở ngành.";
        let (s, e) = role_after(t, t.find(", Bí").unwrap()).unwrap();
        assert_eq!(&t[s..e], "Bí thư Tỉnh ủy");
    }
}
