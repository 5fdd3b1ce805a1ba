//! Title phrases attached to a name, before it ("Phó Bí thư Thường trực Tỉnh
//! ủy, Trưởng Đoàn ĐBQH tỉnh Lê Văn Dũng") or after it ("Ngô Đông Hải, Ủy
//! viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy;").

use std::sync::OnceLock;

use crate::compounds::KnownPairs;
use crate::words::is_word_char;

use super::lexicon::{is_family_name, is_role_word, starts_with_title, ROLE_CANNOT_END};
use super::terms::term_start_before;
use super::title_words::{
    before_dignitary_honorific, bracket_before_title_len, is_age, is_qualifier,
    is_title_abbreviation, is_title_complement, locality_follows, next_word, party_unit_end,
    place_follows, prefix_within, prev_word, role_like, single_spaced, starts_name,
    DIGNITARY_HONORIFICS, LOCALITY_WORDS, TITLE_INNER_WORDS,
};

/// Longest title phrase, in words.
const MAX_ROLE_WORDS: usize = 30;

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
        if word_start && starts_with_title(&text[s..phrase_end]) {
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

/// "Theo quyết định của Bộ trưởng Bộ Công an, thiếu tướng Nguyễn Đức Thuận":
/// after "của", a full title is the possessor's and only the short title
/// after the last comma is the named person's.
fn possessor_dropped(text: &str, start: usize, end: usize) -> usize {
    let after_cua = text[..start].ends_with("của ") || text[..start].ends_with("Của ");
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
    let name_syllable = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
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
    if gap == " (" && starts_with_title(&text[first_start..]) {
        let close = text[first_start..].find([')', '\n'])? + first_start;
        let inside = &text[first_start..close];
        let predicate = inside.contains(" là ") || inside.starts_with("đã ");
        return (text[close..].starts_with(')') && !predicate && inside.len() < 200)
            .then_some((first_start, close));
    }
    // Pages pasted from the web may double a space: " -  Phó Chủ tịch".
    let gap = single_spaced(gap);
    // "đồng chí Hồ Huy Thành Giám đốc Sở …": a capitalized title may follow
    // the name with no comma at all.
    let no_separator = gap == " " && text[first_start..].starts_with(char::is_uppercase);
    if !(no_separator
        || matches!(
            gap.as_str(),
            ", " | "," | " - " | " – " | "-" | " — " | "- " | " -"
        ))
        || !starts_with_title(&text[first_start..])
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
    (age && starts_with_title(&text[at..])).then_some(at)
}

/// The end of the title phrase whose first word starts at `first_start`.
pub(super) fn title_phrase_end(text: &str, first_start: usize) -> Option<usize> {
    crate::memo::title_end(text, first_start, || read_title_phrase(text, first_start))
}

/// The end of the title phrase starting at `first_start`, read word by word.
fn read_title_phrase(text: &str, first_start: usize) -> Option<usize> {
    let mut end = None;
    let mut at = first_start;
    let mut count = 0;
    let mut lowercase_run = 0;
    let mut prev_is_dai = false;
    while count < MAX_ROLE_WORDS {
        let Some((s, e, gap)) = next_word(text, at) else {
            break;
        };
        // A space typed before a comma: "Tỉnh ủy , Phó Chủ tịch".
        let gap = if gap == " , " { ", " } else { gap };
        let gap_ok = match count {
            0 => true,
            _ if gap == " " => true,
            // A comma continues the phrase only into another title ("…, Bí thư Tỉnh ủy").
            // …or into the unit's place: "…, tỉnh Quảng Ninh".
            _ if gap == ", " => starts_with_title(&text[s..]) || locality_follows(text, s, e),
            // A list of titles broken over lines, or joined by a dash
            // ("Phó Thủ tướng Chính phủ - Bộ trưởng Bộ Tư pháp").
            _ if matches!(gap, ",\n" | " - " | " – ") => starts_with_title(&text[s..]),
            // Inside an abbreviation: "UVT.Ư", "T.Ư".
            _ if gap == "." => {
                text[..s - 1].ends_with(|c: char| c.is_uppercase())
                    && text[s..].starts_with(char::is_uppercase)
            }
            // A city's abbreviation: "… tại TP. Hồ Chí Minh".
            _ if gap == ". " => {
                (text[..at].ends_with(" TP") || text[..at].ends_with(" Tp"))
                    && text[s..].starts_with(char::is_uppercase)
            }
            _ => false,
        };
        let w = &text[s..e];
        // A place is read whole: "Tổng lãnh sự Liên bang Nga", "… tỉnh Thanh
        // Hóa" (and the lower-case word after it is the verb: "… Hóa ký").
        if count > 0 && gap == " " && w.starts_with(char::is_uppercase) {
            if let Some(place_end) = crate::gazetteer::place_name_end(text, s).filter(|&pe| pe > e)
            {
                // A mission's seat: "Tổng lãnh sự Liên bang Nga tại TP Đà Nẵng".
                let seat = " tại ".len();
                let place_end = text[place_end..]
                    .starts_with(" tại ")
                    .then(|| seat_end(text, place_end + seat))
                    .flatten()
                    .filter(|_| is_envoy(&text[first_start..]))
                    .unwrap_or(place_end);
                end = Some(place_end);
                at = place_end;
                count += 1;
                lowercase_run = 2;
                continue;
            }
        }
        // A term ends the title: "… Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025";
        // so does the next sentence's honorific ("… tỉnh ủy Điện Biên Ông A").
        if matches!(w, "khóa" | "Khóa" | "Ông" | "Bà")
            || DIGNITARY_HONORIFICS.contains(&w)
            || (w == "nhiệm" && text[e..].starts_with(" kỳ"))
        {
            break;
        }
        // A body's name is read whole, "và" and commas included: "Giám đốc
        // Sở Kế hoạch và Đầu tư", "Trưởng ban Dân tộc - HĐND tỉnh", also
        // from a head shared with the title ("Trưởng ban Tuyên giáo và Dân vận").
        if count > 0 && gap_ok {
            let body = if w.starts_with(char::is_uppercase) {
                crate::org::name_at(text, s).or_else(|| party_unit_end(text, s))
            } else {
                crate::org::shared_head_name(text, s)
            };
            if let Some(body_end) = body.filter(|&b| b > e) {
                let body_end = with_parent_body(text, s, body_end);
                end = Some(body_end);
                at = body_end;
                // "Chánh Thanh tra Sở Nội vụ Phó trưởng đoàn": a title right
                // after a body's name, with no comma, is another clause's.
                if let Some((ns, _, " ")) = next_word(text, body_end) {
                    if text[ns..].starts_with(char::is_uppercase) && starts_with_title(&text[ns..])
                    {
                        break;
                    }
                }
                count += 1;
                // After a body's name a lower-case word is the verb ("… tỉnh báo cáo").
                lowercase_run = 2;
                prev_is_dai = false;
                continue;
            }
        }
        // Lower-case words continue a title only right after its capitalized
        // words ("Bí thư", "Ủy ban nhân dân"), or as a locality ("… UBND
        // huyện"); further on they are the verb ("… Tỉnh ủy chỉ đạo").
        let lower = w.starts_with(char::is_lowercase);
        // A new title after a comma starts a new count.
        let run_before = if matches!(gap, ", " | ",\n" | " - " | " – ") {
            0
        } else {
            lowercase_run
        };
        lowercase_run = if lower { run_before + 1 } else { 0 };
        let qualifier = is_qualifier(text, s, e, gap);
        if qualifier {
            lowercase_run = 0;
        }
        let complement = is_title_complement(text, first_start, s, e);
        let lower_ok = !lower
            || qualifier
            || complement
            || domain_word_ok(text, s, e)
            || lowercase_run == 1
            || LOCALITY_WORDS.contains(&w)
            || TITLE_INNER_WORDS.contains(&w)
            // Titles written in lower case: "cựu phó chủ tịch UBND tỉnh".
            || (is_role_word(w)
                && !text[first_start..s].contains(|c: char| c.is_uppercase())
                && starts_with_title(&text[first_start..e]))
            // "Phó thủ tướng": a title's words in lower case after its first
            // (asked only of a short phrase with no other capital).
            || (e - first_start <= 40
                && !text[first_start..e].chars().skip(1).any(char::is_uppercase)
                && crate::people::is_whole_title(&text[first_start..e]));
        let domain_word = lower && domain_word_ok(text, s, e);
        let biểu_ok = w != "biểu" || prev_is_dai;
        prev_is_dai = matches!(w, "đại" | "Đại");
        // A family name after the phrase starts the next person of a list.
        if !gap_ok
            || !lower_ok
            || !biểu_ok
            || !(role_like(w) || qualifier || complement || domain_word)
            || (count > 0
                && gap == " "
                && is_family_name(w)
                && starts_name(text, s)
                && !place_follows(text, s))
            || (count > 0 && gap == " " && foreign_name_starts(text, s, e))
        {
            break;
        }
        end = Some(e);
        at = e;
        count += 1;
    }
    let mut end = not_inside_a_word(text, end?);
    // Do not end on a joining word ("… Tỉnh ủy và").
    loop {
        let (s, e, _) = prev_word(text, end)?;
        if s < first_start || !ROLE_CANNOT_END.contains(&&text[s..e]) {
            break;
        }
        end = prev_word(text, s).map(|p| p.1)?;
        if end <= first_start {
            return None;
        }
    }
    // A unit as it was before the 2025 reorganization: "… tỉnh Bắc Giang
    // (cũ)", "… Thành ủy Cần Thơ cũ".
    let former = [" (cũ)", " cũ"]
        .iter()
        .find(|w| {
            text[end..]
                .strip_prefix(**w)
                .is_some_and(|r| !r.starts_with(is_word_char))
        })
        .filter(|_| text[..end].ends_with(|c: char| c.is_alphabetic()));
    Some(former.map_or(end, |w| end + w.len()))
}

/// The end of a mission's seat at `at`: a place, perhaps after its admin
/// word ("TP Đà Nẵng", "Thành phố Hồ Chí Minh").
fn seat_end(text: &str, at: usize) -> Option<usize> {
    let name_at = ["TP. ", "TP ", "Thành phố ", "thành phố ", "tỉnh "]
        .iter()
        .find(|w| text[at..].starts_with(**w))
        .map_or(at, |w| at + w.len());
    crate::gazetteer::place_name_end(text, at)
        .or_else(|| crate::gazetteer::place_name_end(text, name_at))
}

/// Whether a title phrase names an envoy, whose mission may have a seat.
fn is_envoy(phrase: &str) -> bool {
    ["Đại sứ", "Tổng Lãnh sự", "Tổng lãnh sự", "Lãnh sự"]
        .iter()
        .any(|t| phrase.starts_with(t))
}

/// Whether a foreign person's name starts with the word at `s..e`: a
/// capitalized word that is no Vietnamese syllable, before another
/// capitalized word ("… Liên bang Nga | Igor Zubov", "Bộ trưởng | Prak Sokhonn").
fn foreign_name_starts(text: &str, s: usize, e: usize) -> bool {
    let w = &text[s..e];
    let mut chars = w.chars();
    // The cheap tests first: this is asked of every capitalized word of a title.
    starts_name(text, s)
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && !crate::syllable::is_vietnamese_syllable(w)
        // "Đắk Lắk", "Krông Pắc": a place in the minorities' languages.
        && !place_follows(text, s)
}

/// A role never stops inside a word the lexicons know: a syllable takes the
/// lower-case one that completes it ("Giám đốc Công | ty", "Trưởng đoàn
/// kiểm | tra", "Tổng lãnh | sự"), a few times over ("Tổng | công | ty").
fn not_inside_a_word(text: &str, end: usize) -> usize {
    static PAIRS: OnceLock<KnownPairs> = OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        use crate::org::lexicon::{FIRST_WORDS, HEADS, NAME_TERMS, OBJECT_TAKING};
        KnownPairs::from_lexicons(&[
            HEADS,
            FIRST_WORDS,
            NAME_TERMS,
            OBJECT_TAKING,
            crate::people::TITLE_HEADS,
            crate::counted::COUNTED_NOUNS,
        ])
    });
    let mut end = end;
    for _ in 0..3 {
        let (Some((ls, _, _)), Some((ns, ne, " "))) = (prev_word(text, end), next_word(text, end))
        else {
            break;
        };
        let next = &text[ns..ne];
        if !next.starts_with(char::is_lowercase) || !pairs.contains(&text[ls..end], next) {
            break;
        }
        end = ne;
    }
    end
}

/// Heads of a unit inside a larger body: after one, a comma, a dash or
/// "thuộc" in a title leads to the body it belongs to.
const UNIT_HEADS: &[&str] = &[
    "Phòng",
    "phòng",
    "Ban",
    "ban",
    "Đội",
    "đội",
    "Tổ",
    "Khoa",
    "Chi bộ",
    "Trạm",
    "Vụ",
    "Cục",
    "Chi cục",
    "Văn phòng",
    "Trung tâm",
    "Bộ phận",
];

/// A body's name in a title goes on with the body it belongs to, after "của"
/// or in brackets: "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", "Phó trưởng
/// Phòng Thanh tra - Pháp chế (Chi cục Kiểm lâm tỉnh)"; after a unit's name
/// ([`UNIT_HEADS`]) also after a comma, a dash or "thuộc", when a body of
/// another head follows: "Trưởng Phòng Nghiệp vụ 4, Cục Thuế tỉnh", "Trưởng
/// Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh".
fn with_parent_body(text: &str, body_start: usize, body_end: usize) -> usize {
    let rest = &text[body_end..];
    let unit_head = UNIT_HEADS.iter().find(|h| {
        text[body_start..body_end]
            .strip_prefix(**h)
            .is_some_and(|r| r.starts_with(' '))
    });
    if let Some(head) = unit_head {
        for joint in [", ", " - ", " – ", " thuộc "] {
            let Some(r) = rest.strip_prefix(joint) else {
                continue;
            };
            let at = text.len() - r.len();
            // Another unit of the same kind is a list ("Ban Tuyên giáo, Ban
            // Dân vận"), a title the next post.
            let same_kind =
                crate::words::prefix_without_case(r, head).is_some_and(|n| r[n..].starts_with(' '));
            if same_kind || starts_with_title(r) {
                break;
            }
            if let Some(e) = crate::org::name_at(text, at) {
                return e;
            }
        }
    }
    if let Some(r) = rest.strip_prefix(" của ") {
        let at = text.len() - r.len();
        if let Some(e) = crate::org::name_at(text, at) {
            return e;
        }
    }
    if let Some(r) = rest.strip_prefix(" (") {
        let at = text.len() - r.len();
        if let Some(e) = crate::org::name_at(text, at).filter(|&e| text[e..].starts_with(')')) {
            return e + 1;
        }
    }
    body_end
}

/// Whether the lower-case word at `s..e` completes a term of bodies' names
/// with the word or two before it: a title's domain without its head ("Bộ
/// trưởng Ngoại giao", "Cục trưởng Cảnh sát giao thông").
fn domain_word_ok(text: &str, s: usize, e: usize) -> bool {
    crate::memo::domain_word(text, s, e, || read_domain_word(text, s, e))
}

fn read_domain_word(text: &str, s: usize, e: usize) -> bool {
    // The term's first word: "giao | thông".
    if next_word(text, e)
        .is_some_and(|(_, ne, g)| g == " " && crate::org::is_name_term(&text[s..ne]))
    {
        return true;
    }
    let Some((ps, _, " ")) = prev_word(text, s) else {
        return false;
    };
    crate::org::is_name_term(&text[ps..e])
        || prev_word(text, ps)
            .is_some_and(|(pps, _, g)| g == " " && crate::org::is_name_term(&text[pps..e]))
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
