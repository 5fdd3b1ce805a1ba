//! A title phrase read word by word from its first title word: where it ends
//! (a body's name and its parent, a seat, a domain word), and what may not end it.

use std::sync::OnceLock;

use crate::compounds::KnownPairs;
use crate::words::is_word_char;

use super::lexicon::{is_family_name, is_role_word, starts_with_title, ROLE_CANNOT_END};
use super::title_words::{
    is_qualifier, is_title_complement, is_title_inner_word, locality_follows, next_word,
    party_unit_end, place_follows, prev_word, role_like, staff_noun_end, starts_name,
    DIGNITARY_HONORIFICS, LOCALITY_WORDS,
};

/// Longest title phrase, in words.
const MAX_ROLE_WORDS: usize = 30;

/// The end of the title phrase whose first word starts at `first_start`.
pub(super) fn title_phrase_end(text: &str, first_start: usize) -> Option<usize> {
    crate::memo::title_end(text, first_start, || read_title_phrase(text, first_start))
}

/// An organizing committee's event right after it: "Trưởng Ban tổ chức Hội
/// chợ", "Trưởng Ban Tổ chức giải" (the committee of that event, not the
/// Party's "Ban Tổ chức").
fn organized_event_end(text: &str, at: usize) -> Option<usize> {
    const EVENTS: &[&str] = &[
        "Đại hội",
        "Hội chợ",
        "Hội nghị",
        "hội nghị",
        "Lễ hội",
        "lễ hội",
        "Hội thi",
        "hội thi",
        "Hội diễn",
        "hội diễn",
        "Hội thao",
        "hội thao",
        "Ngày hội",
        "ngày hội",
        "Liên hoan",
        "liên hoan",
        "Festival",
        "Cuộc thi",
        "cuộc thi",
        "Giải",
        "giải",
        "Tuần lễ",
        "Chương trình",
        "chương trình",
    ];
    if !(text[..at].ends_with("Ban tổ chức ") || text[..at].ends_with("Ban Tổ chức ")) {
        return None;
    }
    EVENTS
        .iter()
        .find(|e| crate::words::phrase_at(text, at, &[**e]))
        .map(|e| at + e.len())
}

/// The end of the title phrase starting at `first_start`, read word by word.
fn read_title_phrase(text: &str, first_start: usize) -> Option<usize> {
    let mut end = None;
    let mut at = first_start;
    let mut count = 0;
    let mut lowercase_run = 0;
    let mut prev_is_dai = false;
    // Right after a body's or a place's whole name, a lower-case word is no
    // domain of the title ("Giám đốc Sở Y tế | đại diện", "… Việt Nam |
    // thường trú tại").
    let mut after_name = false;
    // Where the current title starts: the phrase's first word, or the first
    // after a comma or a dash ("Ủy viên Trung ương Đảng, nguyên Phó thủ tướng").
    let mut segment_start = first_start;
    // A staff noun before a body is read as a title's words ("chuyên viên | Phòng …").
    let mut staff_until = staff_noun_end(text, first_start).unwrap_or(0);
    while count < MAX_ROLE_WORDS {
        let Some((s, e, gap)) = next_word(text, at) else {
            break;
        };
        // A space typed before a comma: "Tỉnh ủy , Phó Chủ tịch".
        let gap = if gap == " , " { ", " } else { gap };
        // A new title starts after a comma or a dash; a staff noun there is
        // read once, for the comma's test and for the words it covers.
        let new_segment = matches!(gap, ", " | ",\n" | " - " | " – ");
        let staff_here = new_segment.then(|| staff_noun_end(text, s)).flatten();
        let gap_ok = match count {
            0 => true,
            _ if gap == " " => true,
            // A comma continues the phrase only into another title ("…, Bí thư Tỉnh ủy").
            // …or into the unit's place: "…, tỉnh Quảng Ninh".
            // …or into a diplomat's mission: "Tham tán …, Đại sứ quán Hàn Quốc tại Việt Nam".
            _ if gap == ", " => {
                starts_with_title(&text[s..])
                    || locality_follows(text, s, e)
                    || staff_here.is_some()
                    // …or into the body a member's title names: "Đảng ủy viên, Đảng ủy Sở Y tế".
                    || (member_title(&text[segment_start..at])
                        && crate::org::name_at(text, s).is_some())
                    || [
                        "Đại sứ quán ",
                        "Tổng Lãnh sự quán ",
                        "Tổng lãnh sự quán ",
                        "Lãnh sự quán ",
                    ]
                    .iter()
                    .any(|m| text[s..].starts_with(m))
            }
            // A list of titles broken over lines, or joined by a dash
            // ("Phó Thủ tướng Chính phủ - Bộ trưởng Bộ Tư pháp").
            _ if matches!(gap, ",\n" | " - " | " – ") => starts_with_title(&text[s..]),
            // Two capitalized domains joined by "&": "Tham tán Nội vụ & An toàn".
            _ if gap == " & " => text[s..].starts_with(char::is_uppercase),
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
        if new_segment {
            segment_start = s;
            if gap_ok {
                staff_until = staff_here.unwrap_or(0);
            }
        }
        if gap_ok && e <= staff_until {
            end = Some(e);
            at = e;
            count += 1;
            lowercase_run = 0;
            continue;
        }
        // A place is read whole: "Tổng lãnh sự Liên bang Nga", "… tỉnh Thanh
        // Hóa" (and the lower-case word after it is the verb: "… Hóa ký").
        if count > 0 && gap == " " && w.starts_with(char::is_uppercase) {
            // One word too before a mission's seat ("Đại sứ Lào tại Việt Nam").
            let place = crate::gazetteer::place_name_end(text, s)
                .filter(|&pe| pe > e || text[pe..].starts_with(" tại "));
            if let Some(place_end) = place {
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
                after_name = true;
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
                let named = crate::org::name_at(text, s).or_else(|| party_unit_end(text, s));
                named.max(headless_body_end(text, s))
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
                after_name = true;
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
        let domain_word = lower && !after_name && domain_word_ok(text, s, e);
        after_name = false;
        let lower_ok = !lower
            || qualifier
            || complement
            || domain_word
            || lowercase_run == 1
            || LOCALITY_WORDS.contains(&w)
            || is_title_inner_word(text, s, e)
            // Titles written in lower case: "cựu phó chủ tịch UBND tỉnh".
            || (is_role_word(w)
                && !text[first_start..s].contains(|c: char| c.is_uppercase())
                && starts_with_title(&text[first_start..e]))
            // "Phó thủ tướng": a title's words in lower case after its first
            // (asked only of a short phrase with no other capital), also
            // after a former post's word ("nguyên Phó thủ tướng").
            || lower_case_title(text, title_start(text, segment_start).min(s), e);
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
    // "Trưởng Ban tổ chức Hội chợ": an organizing committee ends with its event.
    if text[end..].starts_with(' ') {
        end = organized_event_end(text, end + 1).unwrap_or(end);
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

/// Whether a title phrase's segment is a member's title alone, one that names
/// its body after a comma ("Đảng ủy viên", "Chi ủy viên", "Ủy viên").
fn member_title(segment: &str) -> bool {
    #[rustfmt::skip]
    const MEMBERS: &[&str] = &["ủy viên", "uỷ viên", "Ủy viên", "Uỷ viên", "Thành viên", "thành viên"];
    segment.split(' ').count() <= 3 && MEMBERS.iter().any(|m| segment.ends_with(m))
}

/// "Cục trưởng Cảnh sát điều tra tội phạm về ma túy", "Trưởng phòng Thủ tục
/// tàu thuyền": a unit's head written into the title, not before the name
/// starting at `s`. The body is read as if its head were written ("Cục Cảnh
/// sát …", "Phòng Thủ tục …"), and its end is where that name ends.
fn headless_body_end(text: &str, s: usize) -> Option<usize> {
    // "Đội trưởng Đội CSGT số 3": the body written whole is read as it is.
    if crate::org::is_body_start(&text[s..]) {
        return None;
    }
    let (ps, pe, " ") = prev_word(text, s)? else {
        return None;
    };
    let (bs, _, _) = prev_word(text, ps)?;
    let head = match (&text[bs..pe], &text[ps..pe]) {
        (_, "phòng") if text[bs..ps].ends_with("rưởng ") => "Phòng",
        (_, "trưởng") => match text[bs..ps].trim_end() {
            "Cục" | "cục" => "Cục",
            "Vụ" => "Vụ",
            "Đội" | "đội" => "Đội",
            _ => return None,
        },
        _ => return None,
    };
    let tail = &text[s..crate::words::floor_char(text, text.len().min(s + 300))];
    // A comma in front of the copy: the text before it is the title.
    let body = head.len() + 1;
    crate::org::name_end_in_copy(", ", &[head, " ", tail])
        .filter(|&e| e > body)
        .map(|e| s + e - body)
}

/// Whether `text[start..end]` is a whole title written in lower case after
/// its first letter ("Phó thủ tướng"), asked only of a short phrase.
fn lower_case_title(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    phrase.len() <= 40
        && !phrase.chars().skip(1).any(char::is_uppercase)
        && crate::people::is_whole_title(phrase)
}

/// Where a title starting at `at` has its first title word: after a former
/// post's word ("nguyên Phó thủ tướng", "cựu …").
fn title_start(text: &str, at: usize) -> usize {
    ["nguyên ", "cựu ", "Nguyên ", "Cựu "]
        .iter()
        .find(|q| text[at..].starts_with(**q))
        .map_or(at, |q| at + q.len())
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
    // "… tại Việt Nam | Khăm-phảo Ơn-thạ-vông": transliterated.
    let transliterated = || crate::words::transliterated_end(text, e).is_some();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && ((starts_name(text, s) && !crate::syllable::is_vietnamese_syllable(w))
            || transliterated())
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
