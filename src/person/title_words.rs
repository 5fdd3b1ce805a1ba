//! The word-level tests the title readers (`roles.rs`) stand on: which words
//! may sit inside a title, qualifiers ("phụ trách", "dự khuyết"), complements
//! ("Chủ tịch nước", "Đại sứ … tại Mỹ"), the words around a phrase.

use crate::words::is_word_char;

use super::lexicon::is_role_word;

/// Lower-case words that may follow another lower-case word inside a title
/// ("Ủy ban nhân dân", "Bí thư thường trực", "Tỉnh ủy viên", "Trưởng đoàn đại biểu").
pub(super) const TITLE_INNER_WORDS: &[&str] = &[
    "ban",
    "phán",
    "sát",
    "án",
    "thư",
    "tịch",
    "phòng",
    "nhiệm",
    "đốc",
    "trưởng",
    "nhân",
    "dân",
    "thường",
    "trực",
    "vụ",
    "chuyên",
    "trách",
    "đoàn",
    "đại",
    "biểu",
    "viên",
    "ủy",
];

/// Whether the lower-case word at `s..e` may sit inside a title
/// ([`TITLE_INNER_WORDS`]); "đại" and "thường" only as the first syllable of
/// "đại biểu", "đại sứ", "thường trực", "thường vụ" (never the verbs of "…
/// Sở Y tế đại diện", "… Việt Nam thường trú tại").
pub(super) fn is_title_inner_word(text: &str, s: usize, e: usize) -> bool {
    let w = &text[s..e];
    let next = || next_word(text, e).filter(|&(_, _, g)| g == " ");
    match w {
        "đại" => next().is_some_and(|(ns, ne, _)| matches!(&text[ns..ne], "biểu" | "sứ")),
        "thường" => next().is_some_and(|(ns, ne, _)| matches!(&text[ns..ne], "trực" | "vụ")),
        _ => TITLE_INNER_WORDS.contains(&w),
    }
}

/// Lower-case words naming the unit a title belongs to.
pub(super) const LOCALITY_WORDS: &[&str] = &[
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thị",
    "trấn",
    "thành",
    "phố",
];

/// "TS.", "ThS.", "GS.TS.", "PGS.TS.": upper-case letters (and "h") with dots.
pub(super) fn is_title_abbreviation(w: &str) -> bool {
    w.chars().all(|c| c.is_uppercase() || c == '.' || c == 'h') && w.chars().any(char::is_uppercase)
}

/// A word that may stand inside a title phrase: capitalized ("Tỉnh", "ĐBQH")
/// or one of the lower-case role words ("ủy", "thư").
pub(super) fn role_like(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || is_role_word(word)
}

/// The previous word before byte `at`: (start, end, gap between it and `at`).
pub(super) fn prev_word(text: &str, at: usize) -> Option<(usize, usize, &str)> {
    // Read back character by character, ASCII without decoding (asked
    // for every word of every title phrase read back from a name).
    let before = |i: usize| -> (char, usize) {
        match text.as_bytes()[i - 1] {
            b if b.is_ascii() => (char::from(b), i - 1),
            _ => {
                let c = text[..i].chars().next_back().unwrap_or_default();
                (c, i - c.len_utf8())
            }
        }
    };
    let mut end = at;
    loop {
        if end == 0 {
            return None;
        }
        let (c, s) = before(end);
        if is_word_char(c) || c == '.' {
            break;
        }
        end = s;
    }
    // "GD&ĐT", "KH&CN": an abbreviation with "&" is one word.
    let mut start = end;
    while start > 0 {
        let (c, s) = before(start);
        if !(is_word_char(c) || c == '.' || c == '&') {
            break;
        }
        start = s;
    }
    Some((start, end, &text[end..at]))
}

/// The next word after byte `at`: (start, end, gap between `at` and it).
pub(super) fn next_word(text: &str, at: usize) -> Option<(usize, usize, &str)> {
    let tail = &text[at..];
    let start = at + tail.find(|c: char| is_word_char(c))?;
    let end = text[start..]
        .find(|c: char| !is_word_char(c))
        .map_or(text.len(), |i| start + i);
    Some((start, end, &text[at..start]))
}

/// Whether the word at `s..e` (after `gap`) is part of a qualifier inside a
/// title: "Phó Giám đốc phụ trách ĐH Đà Nẵng" ("phụ trách" only before the
/// body it is in charge of), "Ủy viên dự khuyết Ban Chấp hành".
pub(super) fn is_qualifier(text: &str, s: usize, e: usize, gap: &str) -> bool {
    let w = &text[s..e];
    let next = next_word(text, e).map(|(ns, ne, g)| (g, &text[ns..ne]));
    let body_after = || {
        next_word(text, e)
            .and_then(|(_, ne, _)| next_word(text, ne))
            .is_some_and(|(ns2, _, g)| g == " " && text[ns2..].starts_with(char::is_uppercase))
    };
    match (w, next) {
        ("phụ", Some((" ", "trách"))) => body_after(),
        ("dự", Some((" ", "khuyết"))) => true,
        ("trách" | "khuyết", _) => gap == " " && prev_is_qualifier(text, s),
        _ => false,
    }
}

/// Whether the lower-case word at `s..e` completes the title that starts at
/// `first_start`: "Chủ tịch nước" (the head of State), "Đại sứ Việt Nam tại
/// Mỹ" (the country a diplomat serves in).
pub(super) fn is_title_complement(text: &str, first_start: usize, s: usize, e: usize) -> bool {
    match &text[s..e] {
        // "Chủ tịch nước"; "Thứ trưởng Bộ Giáo dục nước CHDCND Lào".
        "nước" => text[..s].ends_with("tịch ") || country_follows(text, e),
        "tại" => {
            ["Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Trưởng Đại diện"]
                .iter()
                .any(|t| text[first_start..].starts_with(t))
                && text[e..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
        }
        // "Giám đốc bệnh viện", "Phó Giám đốc bệnh viện": the body named by
        // its kind, in lower case, after its head's title.
        "bệnh" => text[..s].ends_with("đốc ") && text[e..].starts_with(" viện"),
        "viện" => text[..s].ends_with("đốc bệnh "),
        // "Lãnh sự phụ trách Văn hóa và Giáo dục": the fields one is in charge of.
        "và" => {
            let field_after = next_word(text, e).is_some_and(|(ns, ne, g)| {
                let two = next_word(text, ne)
                    .filter(|&(_, _, g2)| g2 == " ")
                    .map_or(ne, |(_, ne2, _)| ne2);
                g == " "
                    && text[ns..].starts_with(char::is_uppercase)
                    && (crate::org::is_name_term(&text[ns..ne])
                        || crate::org::is_name_term(&text[ns..two]))
            });
            text[first_start..s].contains(" phụ trách ") && field_after
        }
        // "Đại sứ đặc mệnh toàn quyền": the envoy's full rank.
        "đặc" | "mệnh" | "toàn" | "quyền" => within_phrase(text, s, ENVOY_RANK),
        _ => false,
    }
}

/// The words after "Đại sứ" in an ambassador's full title.
const ENVOY_RANK: &str = "đặc mệnh toàn quyền";

/// Whether the word starting at `s` is one of `phrase`'s words, written there
/// with the rest of the phrase around it.
fn within_phrase(text: &str, s: usize, phrase: &str) -> bool {
    phrase
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .chain([0])
        .any(|offset| {
            s >= offset
                && text.is_char_boundary(s - offset)
                && text[s - offset..].starts_with(phrase)
        })
}

/// Whether a country's name (one to three capitalized words) follows byte `at`.
fn country_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else {
        return false;
    };
    let mut end = 0;
    rest.split(' ').take(3).any(|w| {
        end += w.len() + usize::from(end > 0);
        let w = w.trim_end_matches([',', '.', ';', ')']);
        w.starts_with(char::is_uppercase)
            && crate::gazetteer::is_place_name(rest[..end].trim_end_matches([',', '.', ';', ')']))
    })
}

/// Whether "phụ" or "dự" stands right before byte `at` (the second word of a qualifier).
pub(super) fn prev_is_qualifier(text: &str, at: usize) -> bool {
    text[..at].ends_with("phụ ") || text[..at].ends_with("dự ")
}

/// `gap` with every run of spaces made one space.
pub(super) fn single_spaced(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    for c in gap.chars() {
        // " , " as typed before a comma: ", ".
        if c == ',' && out.ends_with(' ') {
            out.pop();
        }
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// At most the first `max` bytes of `s`, cut at a character boundary: a
/// look into a bracket stays bounded whatever follows.
pub(super) fn prefix_within(s: &str, max: usize) -> &str {
    &s[..crate::words::floor_char(s, s.len().min(max))]
}

/// Whether `phrase` gives an age or a birth year: "31 tuổi", "SN 1985",
/// "sinh năm 1970", and with `bare_year` a year alone ("1970").
pub(super) fn is_age(phrase: &str, bare_year: bool) -> bool {
    let words: Vec<&str> = phrase.split(' ').collect();
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [n, "tuổi"] | ["SN", n] | ["sinh", "năm", n] => digits(n),
        [n] => bare_year && digits(n) && n.len() == 4,
        _ => false,
    }
}

/// The length of a bracket between a name and its title at the start of
/// `rest`: an age or birth year, " (31 tuổi)", " (sinh năm 1970)", " (SN
/// 1985)", or where the person stands in a photo, " (thứ 2 từ trái sang)",
/// " (bên phải)".
pub(super) fn bracket_before_title_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" (") else {
        return 0;
    };
    let Some(close) = prefix_within(inner, 160)
        .find([')', '\n'])
        .filter(|&c| inner[c..].starts_with(')'))
    else {
        return 0;
    };
    let position = ["trái", "phải", "giữa", "ngoài cùng"];
    if close <= 48 && position.iter().any(|w| inner[..close].contains(w)) {
        return " (".len() + close + 1;
    }
    // "(sinh năm 1974, quê quán huyện Mỹ Lộc, tỉnh Nam Định)": an age or a
    // birth year first, then where the person comes from.
    let close_age = inner[..close].find(", ").unwrap_or(close);
    if close_age == close && close > 20 {
        return 0;
    }
    if is_age(&inner[..close_age], true) {
        " (".len() + close + 1
    } else {
        0
    }
}

/// "tỉnh Quảng Ninh", "thị xã Đông Triều": a locality word then a capitalized name.
pub(super) fn locality_follows(text: &str, s: usize, e: usize) -> bool {
    let rest = match &text[s..e] {
        "tỉnh" | "huyện" | "xã" | "quận" => &text[e..],
        "thành" => text[e..].strip_prefix(" phố").unwrap_or(""),
        "thị" => text[e..].strip_prefix(" xã").unwrap_or(""),
        _ => "",
    };
    rest.strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether the capitalized words from `at` name a place ("… Thành ủy Hà Nội").
pub(super) fn place_follows(text: &str, at: usize) -> bool {
    let mut end = at;
    let mut found = false;
    for _ in 0..4 {
        let Some((s, e, gap)) = next_word(text, end) else {
            break;
        };
        if (end != at && gap != " ") || !text[s..].starts_with(char::is_uppercase) {
            break;
        }
        end = e;
        found |= crate::gazetteer::is_place_name(&text[at..end]);
    }
    found
}

/// Whether the capitalized word at `at` is followed by another capitalized word (a name).
pub(super) fn starts_name(text: &str, at: usize) -> bool {
    let end = text[at..]
        .find(|c: char| !is_word_char(c))
        .map_or(text.len(), |i| at + i);
    next_word(text, end)
        .is_some_and(|(s, _, gap)| gap == " " && text[s..].starts_with(char::is_uppercase))
}

/// Honorifics of foreign dignitaries between a title and a name ("Ngài",
/// Cambodian "Samdech Techo"): a word of theirs ends a title phrase.
pub(super) const DIGNITARY_HONORIFICS: &[&str] = &["Ngài", "Samdech"];

/// The same honorifics as written before a name, longest first.
const DIGNITARY_FORMS: &[&str] = &["Samdech Techo", "Samdech Krolahom", "Samdech", "Ngài"];

/// `end` moved before a dignitary's honorific that ends the text before it
/// ("… Campuchia Samdech Techo" → "… Campuchia").
pub(super) fn before_dignitary_honorific(text: &str, end: usize) -> usize {
    let head = &text[..end];
    DIGNITARY_FORMS
        .iter()
        .find(|h| {
            head.strip_suffix(**h)
                .is_some_and(|before| !before.ends_with(is_word_char))
        })
        .map_or(end, |h| head[..end - h.len()].trim_end_matches(' ').len())
}

/// A Party cell or committee in a title, which the ORG rules leave to their
/// context ("chi bộ" alone is generic): "Chi bộ", "Chi bộ 1", "Chi bộ thôn
/// Phú An", "Đảng bộ Khoa Văn" (a title's body: "Bí thư Chi bộ 1").
pub(super) fn party_unit_end(text: &str, at: usize) -> Option<usize> {
    const UNITS: &[&str] = &["Chi bộ", "Đảng bộ", "Chi ủy", "Đảng ủy"];
    const VILLAGE_WORDS: &[&str] = &[
        "thôn ",
        "ấp ",
        "bản ",
        "xóm ",
        "khu phố ",
        "tổ dân phố ",
        "tổ ",
    ];
    let unit = UNITS.iter().find(|u| text[at..].starts_with(**u))?;
    let end = at + unit.len();
    if !crate::words::boundary_after(text, end) {
        return None;
    }
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return Some(end);
    };
    let q = end + 1;
    // "Chi bộ 1", "Chi bộ thôn 3": a number.
    let number = |q: usize| {
        let n = text[q..].bytes().take_while(u8::is_ascii_digit).count();
        ((1..=3).contains(&n) && crate::words::boundary_after(text, q + n)).then_some(q + n)
    };
    // Capitalized words, at most four: "Phú An", "Khoa Văn".
    let capitalized = |mut q: usize| {
        let mut last = None;
        for _ in 0..4 {
            let e = crate::words::word_end(text, q);
            let word = &text[q..e];
            if e == q
                || !word.starts_with(char::is_uppercase)
                || crate::people::starts_with_title(word)
            {
                break;
            }
            last = Some(e);
            match text[e..].strip_prefix(' ') {
                Some(_) => q = e + 1,
                None => break,
            }
        }
        last
    };
    let village = VILLAGE_WORDS
        .iter()
        .find(|v| rest.starts_with(**v))
        .and_then(|v| number(q + v.len()).or_else(|| capitalized(q + v.len())));
    Some(
        village
            .or_else(|| number(q))
            .or_else(|| capitalized(q))
            .unwrap_or(end),
    )
}

/// Staff of a body, written before it as a title is: "chuyên viên Phòng
/// Công tác HĐND", "cán bộ Văn phòng Đăng ký đất đai huyện", "đảng viên Chi
/// bộ …". Alone they are no title ("cán bộ, công chức", "các đảng viên").
const STAFF_NOUNS: &[&str] = &[
    "cán bộ",
    "chuyên viên",
    "nhân viên",
    "thành viên",
    "đảng viên",
    "công chức",
    "viên chức",
    "giáo viên",
];

/// Whether a title phrase opens at `at`: a title's head, or a staff noun
/// before a body's name.
pub(super) fn opens_title(text: &str, at: usize) -> bool {
    crate::people::starts_with_title(&text[at..]) || staff_noun_end(text, at).is_some()
}

/// Where a staff noun at `at` ends ("nguyên cán bộ", "chuyên viên") when a
/// body's name follows it: the phrase is then read as a title.
pub(super) fn staff_noun_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let former = ["nguyên ", "cựu ", "Nguyên ", "Cựu "]
        .iter()
        .find(|q| rest.starts_with(**q))
        .map_or(0, |q| q.len());
    let noun_at = at + former;
    let len = STAFF_NOUNS.iter().find_map(|n| {
        crate::words::prefix_without_case(&text[noun_at..], n)
            .filter(|&len| text[noun_at + len..].starts_with(' '))
    })?;
    let end = noun_at + len;
    let body_at = end + 1;
    let body =
        crate::org::is_body_start(&text[body_at..]) || crate::org::body_at(text, body_at).is_some();
    body.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `prev_word` as it was written before it read bytes: the oracle.
    fn prev_word_by_chars(text: &str, at: usize) -> Option<(usize, usize, &str)> {
        let head = &text[..at];
        let end = head.rfind(|c: char| is_word_char(c) || c == '.')?;
        let end = end + head[end..].chars().next()?.len_utf8();
        let start = head[..end]
            .rfind(|c: char| !(is_word_char(c) || c == '.' || c == '&'))
            .map_or(0, |i| i + head[i..].chars().next().unwrap().len_utf8());
        Some((start, end, &text[end..at]))
    }

    fn same_at_every_boundary(text: &str) {
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(
                prev_word(text, at),
                prev_word_by_chars(text, at),
                "{text:?} at {at}"
            );
        }
    }

    #[test]
    fn prev_word_reads_back_as_before() {
        for text in [
            "",
            " ",
            "Phó Giám đốc Sở KH&CN tỉnh, ông Lê Văn A",
            "GS.TS. Nguyễn – “Tỉnh ủy”… Đảng bộ\n\nĐBQH",
            "COVID-19 và 1.000 người; Hà Nội.",
            "a\u{301}e\u{300} ＡＢＣ 中文 😀x",
        ] {
            same_at_every_boundary(text);
        }
    }

    proptest! {
        #[test]
        fn prev_word_reads_back_as_before_on_any_text(
            text in "[ a-zA-Z0-9.&,\\-–\n\u{c0}-\u{1ff}\u{1ea0}-\u{1ef9}\u{300}-\u{303}“”😀中]{0,40}"
        ) {
            same_at_every_boundary(&text);
        }
    }
}
