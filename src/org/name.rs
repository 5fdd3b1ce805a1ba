//! One body's name at a head noun: the head, the first word of its name
//! (a term, an abbreviation, a capitalized word with what completes it) and
//! the words after it, as far as they belong to it. `chain.rs` joins such
//! bodies into a chain with a level and a locality.

use super::bridge::bridge_to_name_end;
use super::grammar::{grammar, is_name_term, Grammar};
use super::lexicon::{DOMAIN_HEADS, NUMBERED_ONLY, SCHOOL_LEVELS};
use super::parts::{
    activity_object, country_pair, dashed_place, ends_with_activity, place_ends_at,
    sandwiched_syllable, DOMAIN_NAMED,
};
use super::words::{
    abbreviation, anchored, capitalized_word, digits, lowercase_word, not_name_word,
};
use crate::words::is_word_char;

/// Capitalized words that name a post, never a word of a body's name.
const POSTS: &[&str] = &["Phó", "Chủ tịch", "Giám đốc", "Bí thư", "Trưởng", "Chánh"];

/// Whether a post ([`POSTS`]) is written at `at`.
pub(super) fn post_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    POSTS.iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| !after.starts_with(is_word_char))
    })
}

/// A brand written as one word with capitals inside ("PvcomBank",
/// "VietinBank", "HDBank"), as its end.
fn brand_word(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    (word.starts_with(char::is_uppercase) && capitals >= 2 && word.chars().any(char::is_lowercase))
        .then_some(at + len)
}

/// A capitalized word in plain Latin letters ("Agribank") closing a bracket
/// that a locality or a branch follows ("(Agribank) tỉnh", "(Vietcombank)
/// Chi nhánh", "(Agribank), Chi nhánh Đắk Nông").
fn latin_brand_before_locality(text: &str, at: usize) -> Option<usize> {
    const LOCALITY: &[&str] = &[
        ") tỉnh",
        ") huyện",
        ") thành phố",
        ") TP",
        ") quận",
        ") thị xã",
        ") Chi nhánh",
        ") chi nhánh",
        "), Chi nhánh",
        "), chi nhánh",
    ];
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let brand = len >= 4
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && !crate::gazetteer::is_any_place_name(&rest[..len]);
    let e = at + len;
    (brand && crate::words::phrase_at(text, e, LOCALITY)).then_some(e)
}

/// The first word of a name or of a part after "và", "-", ",": a known
/// term, an abbreviation, or a capitalized word with what completes it (a
/// term, a locality, or a lower-case syllable that is no verb: "Bầu cử",
/// "Hỗ trợ", but not "Cục Thuế thu").
fn first_word(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    // "Văn phòng Đoàn đại biểu Quốc hội": a whole body's name as the first word.
    if let Some(e) = anchored(&g.fixed, text, at) {
        return Some(e);
    }
    if let Some(e) = g.capitalized_terms.longest_at(text, at) {
        // "Cục Tin học hóa": a capitalized term takes its "-ization".
        let ization = ["hóa", "hoá"].iter().find(|w| {
            text[e..]
                .strip_prefix(' ')
                .and_then(|r| r.strip_prefix(**w))
                .is_some_and(|r| !r.starts_with(is_word_char))
        });
        return Some(ization.map_or(e, |w| e + 1 + w.len()));
    }
    // An abbreviation, or a brand with capitals inside ("PvcomBank").
    if let Some(e) = abbreviation(text, at).or_else(|| brand_word(text, at)) {
        return Some(e);
    }
    let e = capitalized_word(text, at)?;
    if !text[e..].starts_with(' ') {
        return Some(e);
    }
    if let Some(t) = g
        .terms
        .longest_at(text, e + 1)
        .or_else(|| anchored(&g.admin_locality, text, e))
    {
        return Some(t);
    }
    match lowercase_word(text, e + 1) {
        Some(w) if !not_name_word(&text[e + 1..w]) => Some(w),
        _ => Some(e),
    }
}

/// The first word of a part joined by "và", "-" or ",": as [`first_word`],
/// but a capitalized word whose next word is a lower-case one it does not
/// take starts a clause, not a name part ("… và Nghị quyết …").
fn joined_word(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let end = first_word(g, text, at)?;
    let bare = capitalized_word(text, at) == Some(end);
    let clause_follows = text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_lowercase));
    (!(bare && clause_follows)).then_some(end)
}

/// The words after a name's first word, as far as they belong to it;
/// `objects`: activity words take a lower-case object (see [`DOMAIN_NAMED`]).
pub(super) fn name_rest(
    g: &Grammar,
    text: &str,
    mut end: usize,
    limit: usize,
    objects: bool,
) -> usize {
    while end < limit {
        let rest = &text[end..];
        let next = if let Some(r) = rest.strip_prefix(' ') {
            let q = end + 1;
            // "Hội LHPN TP. Nha Trang", "Hội CCB Khối Các cơ quan tỉnh": the
            // city or the bloc is the locality, read after the name.
            if r.starts_with("TP.") || r.starts_with("Tp.") || r.starts_with("Khối ") {
                break;
            }
            // "Thanh tra Sở Nội vụ Phó trưởng đoàn": a post starts the next clause.
            if post_at(text, q) {
                break;
            }
            // Another body starts here: the chain reads it ("Ban Tổ chức" +
            // "Tỉnh ủy Tiên Phước"); so does a level ("… T.Ư Đảng").
            if starts_body(g, text, q) || anchored(&g.level, text, end).is_some() {
                break;
            }
            g.capitalized_terms
                .longest_at(text, q)
                .or_else(|| abbreviation(text, q))
                .or_else(|| {
                    capitalized_word(text, q).map(|e| sandwiched_syllable(&g.terms, text, q, e))
                })
                .or_else(|| {
                    // After a place only its admin words: "Ủy ban MTTQ Việt
                    // Nam tỉnh", not "Trường Đại học Quy Nhơn đào tạo".
                    g.terms.longest_at(text, q).filter(|&e| {
                        // "… cổ phần hóa", "công nghiệp hóa": a verb of -ization.
                        let verb = matches!(crate::words::word_after(text, e), Some("hóa" | "hoá"));
                        (!place_ends_at(text, end, 3) || crate::people::is_admin_word(&text[q..e]))
                            && !verb
                    })
                })
                .or_else(|| {
                    (objects && ends_with_activity(text, end))
                        .then(|| activity_object(&g.terms, text, q))
                        .flatten()
                })
                .or_else(|| {
                    // "Vụ Quản lý | các Khu kinh tế": after a head whose
                    // domain closes the name, a plural capitalized term only.
                    let plural = r.strip_prefix("các ")?;
                    (!objects
                        && plural.starts_with(char::is_uppercase)
                        && ends_with_activity(text, end))
                    .then(|| g.capitalized_terms.longest_at(text, q + "các ".len()))
                    .flatten()
                })
                .or_else(|| {
                    r.strip_prefix('(')?;
                    // "(MTTQ)", and a brand with capitals inside: "(PvcomBank)";
                    // a brand in plain Latin letters when the name goes on
                    // with its locality: "(Agribank) tỉnh", not "(Campuchia)".
                    let e = abbreviation(text, q + 1)
                        .or_else(|| brand_word(text, q + 1))
                        .or_else(|| latin_brand_before_locality(text, q + 1))?;
                    text[e..].starts_with(')').then_some(e + 1)
                })
                .or_else(|| {
                    r.strip_prefix("số ")
                        .and_then(|_| digits(text, q + "số ".len()))
                })
                .or_else(|| {
                    // "Trường THPT chuyên Hoàng Văn Thụ": a specialized
                    // school's lower-case word after its level.
                    (r.starts_with("chuyên ")
                        && SCHOOL_LEVELS.iter().any(|l| text[..end].ends_with(l)))
                    .then_some(q + "chuyên".len())
                })
                .or_else(|| bridge_to_name_end(g, text, q))
                .or_else(|| {
                    r.strip_prefix("và ")
                        .and_then(|_| joined_word(g, text, q + "và ".len()))
                })
                .or_else(|| lower_case_domain_joined(g, text, end, q))
                .or_else(|| {
                    // A spaced dash also separates a headline's parts: after
                    // it only a known term or an abbreviation goes on a name
                    // ("Ban Kinh tế - Ngân sách", not "… Lâm Đồng – Dấu ấn").
                    let dash = ["- ", "– "].iter().find(|d| r.starts_with(**d))?;
                    let q = q + dash.len();
                    // … or a lower-case term: "Đội Cảnh sát giao thông - trật tự".
                    g.capitalized_terms
                        .longest_at(text, q)
                        .or_else(|| abbreviation(text, q))
                        .or_else(|| g.terms.longest_at(text, q))
                        .or_else(|| country_pair(text, end, q))
                        .or_else(|| dashed_place(text, end))
                        // A one-word term: "Đại học Y - Dược".
                        .or_else(|| {
                            capitalized_word(text, q).filter(|&e| is_name_term(&text[q..e]))
                        })
                })
        } else if let Some(dash) = ["-", "–"].iter().find(|d| rest.starts_with(**d)) {
            let q = end + dash.len();
            joined_word(g, text, q + usize::from(text[q..].starts_with(' ')))
        } else if rest.starts_with(", ") {
            // "THPT chuyên Hoàng Văn Thụ, THPT Tam Dương": after a comma a
            // school level opens the next school of a list ("Trường Tiểu học
            // và THCS …" is one school).
            let q = end + 2;
            let next_school = crate::words::phrase_at(text, q, SCHOOL_LEVELS);
            (!next_school)
                .then(|| joined_word(g, text, q))
                .flatten()
                .or_else(|| {
                    in_crime_list(text, end)
                        .then(|| g.terms.longest_at(text, q))
                        .flatten()
                })
        } else {
            None
        };
        match next {
            Some(e) if e > end => end = e,
            _ => break,
        }
    }
    end
}

/// A lower-case domain joined by "và" to the lower-case one ending the name
/// at `end` ("… tội phạm về kinh tế và ma túy", "Trung tâm Phát hành phim và
/// chiếu bóng"), as its end; `q` is where "và" starts. A locality or a
/// people's word after "và" is the sentence's ("Công an tỉnh và nhân dân").
fn lower_case_domain_joined(g: &Grammar, text: &str, end: usize, q: usize) -> Option<usize> {
    const NOT_DOMAINS: &[&str] = &[
        "nhân dân",
        "thành viên",
        "cơ sở",
        "hệ thống",
        "doanh nghiệp",
        "doanh nhân",
        "công dân",
        "cán bộ",
        "sinh viên",
        "trẻ em",
        "phụ nữ",
        "thanh niên",
        "nông dân",
        "lao động",
        "người cao tuổi",
        "chi nhánh",
        "khu vực",
        "trung ương",
        "nhà nước",
        "thành phố",
        "thị xã",
        "thị trấn",
        "trong nước",
        "nước ngoài",
        "đại biểu",
        "thường trực",
        "thường vụ",
        "chấp hành",
        "dự án",
        "công trình",
        "cảng",
    ];
    text[q..].strip_prefix("và ")?;
    let before = crate::words::word_before(text, end)?;
    if !before.starts_with(char::is_lowercase) || crate::people::is_admin_word(before) {
        return None;
    }
    let s = q + "và ".len();
    let e = g.terms.longest_at(text, s)?;
    let term = &text[s..e];
    (!NOT_DOMAINS.contains(&term) && !crate::people::is_admin_word(term)).then_some(e)
}

/// Whether `text[..end]` ends in the crimes a police unit investigates,
/// which go on after a comma: "Phòng Cảnh sát điều tra tội phạm về tham
/// nhũng, kinh tế, buôn lậu, môi trường".
fn in_crime_list(text: &str, end: usize) -> bool {
    const CRIMES: &str = "tội phạm về ";
    let window = crate::words::floor_char(text, end.saturating_sub(80));
    text[window..end].rfind(CRIMES).is_some_and(|i| {
        text[window + i + CRIMES.len()..end]
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == ',')
    })
}

/// Whether a body starts at `at` (its first words only: no recursion).
pub(super) fn starts_body(g: &Grammar, text: &str, at: usize) -> bool {
    anchored(&g.fixed, text, at).is_some() || head_and_first_word(g, text, at).is_some()
}

/// Whether a body's name starts `s`.
pub(super) fn body_starts(s: &str) -> bool {
    starts_body(grammar(), s, 0)
}

/// A head noun at `at`, the end of the first word of its name, and whether
/// its activity words take objects.
fn head_and_first_word(g: &Grammar, text: &str, at: usize) -> Option<(usize, bool)> {
    let rest = &text[at..];
    g.heads.candidates(text, at).iter().find_map(|head| {
        let objects = !DOMAIN_NAMED.contains(&head.as_str());
        // "ĐH Đại biểu Đảng bộ quận": a congress (Đại hội), no university.
        if head == "ĐH"
            && ["Đại biểu", "đại biểu", "Đảng"]
                .iter()
                .any(|w| rest[head.len()..].trim_start().starts_with(w))
        {
            return None;
        }
        let q = at + head.len() + 1;
        if !rest.starts_with(head) || !rest[head.len()..].starts_with(' ') {
            return None;
        }
        // "Đoàn Tổng lãnh sự quán …", "Đoàn Bộ Công an": a delegation of the
        // mission or ministry after it, which is read on its own ("Đoàn Khối
        // Các cơ quan tỉnh" is the bloc's Youth Union).
        const DELEGATED: &[&str] = &[
            "Tổng lãnh sự quán ",
            "Tổng Lãnh sự quán ",
            "Lãnh sự quán ",
            "Đại sứ quán ",
            "Bộ ",
        ];
        let delegated = |d: &&str| {
            text[q..]
                .strip_prefix(*d)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        };
        if head == "Đoàn" && DELEGATED.iter().any(delegated) {
            return None;
        }
        let numbered_only = NUMBERED_ONLY.contains(&head.as_str());
        (!numbered_only)
            .then(|| first_word(g, text, q))
            .flatten()
            .or_else(|| {
                // "Tổng Công ty 3/2" as "Tổng công ty 3/2"; "Đoàn công tác số 3".
                let q = q + text[q..].strip_prefix("số ").map_or(0, |_| "số ".len());
                g.numbered_heads
                    .contains(head)
                    .then(|| digits(text, q))
                    .flatten()
            })
            .or_else(|| {
                DOMAIN_HEADS
                    .contains(&head.as_str())
                    .then(|| g.lowercase_domains.longest_at(text, q))
                    .flatten()
            })
            .or_else(|| lowercase_trade(g, head, text, q))
            .or_else(|| lowercase_term_before_name(g, text, q))
            // "Quỹ Vì người nghèo": a domain whose first word alone is capitalized.
            .map(|e| {
                DOMAIN_HEADS
                    .contains(&head.as_str())
                    .then(|| capitalized_domain(g, text, q))
                    .flatten()
                    .filter(|d| *d > e)
                    .unwrap_or(e)
            })
            // "Công ty" + "TNHH": a legal form read as the first word.
            .map(|e| match text[e..].strip_prefix(' ') {
                Some(_) => lowercase_trade(g, &text[at..e], text, e + 1).unwrap_or(e),
                None => e,
            })
            .map(|e| (e, objects))
    })
}

/// A body's domain ([`LOWERCASE_DOMAINS`](super::lexicon::LOWERCASE_DOMAINS))
/// with only its first letter capitalized, as its end: "Quỹ Vì người nghèo",
/// "Quỹ Bảo trợ trẻ em", "Hội Người cao tuổi", where the first word alone
/// would take one lower-case syllable at most.
fn capitalized_domain(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let first = text[at..].chars().next().filter(|c| c.is_uppercase())?;
    let mut lower = first.to_lowercase();
    let (l, None) = (lower.next()?, lower.next()) else {
        return None;
    };
    if l.len_utf8() != first.len_utf8() {
        return None;
    }
    // The longest domain is under 48 bytes: a window a few characters longer
    // keeps the boundary after any of them.
    let mut end = (at + 64).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut window = String::with_capacity(end - at);
    window.push(l);
    window.push_str(&text[at + first.len_utf8()..end]);
    g.lowercase_domains
        .longest_at(&window, 0)
        .filter(|e| *e + 4 < window.len() || end == text.len())
        .map(|e| at + e)
}

/// A name's first term written in lower case when a locality or a
/// capitalized word follows it: "Bệnh viện đa khoa tỉnh Thái Bình", "Hội hữu
/// nghị Việt Nam - Campuchia tỉnh", as the term's end.
fn lowercase_term_before_name(g: &Grammar, text: &str, q: usize) -> Option<usize> {
    let e = g.terms.longest_at(text, q)?;
    // "Trung tâm thương mại …", "Trung tâm công nghiệp …": a facility or a project.
    const FACILITIES: &[&str] = &[
        "thương mại",
        "công nghiệp",
        "dịch vụ",
        "du lịch",
        "hội nghị",
    ];
    if FACILITIES.contains(&&text[q..e]) {
        return None;
    }
    let next = text[e..].strip_prefix(' ')?;
    let named_after = anchored(&g.admin_locality, text, e).is_some()
        || (next.starts_with(char::is_uppercase) && !post_at(text, e + 1));
    named_after.then_some(e)
}

/// Companies whose trade is written in lower case before their proper name:
/// "Công ty cổ phần xây dựng hạ tầng khu công nghiệp | Cần Thơ", "Công ty
/// TNHH MTV đóng tàu | Bạch Đằng". The trade is read like an activity's
/// object (no verb or function word), and a capitalized name must follow
/// ("Công ty cổ phần đầu tư vào …" names no company).
fn lowercase_trade(g: &Grammar, head: &str, text: &str, at: usize) -> Option<usize> {
    // "Công ty Trách nhiệm hữu hạn" as listed in lower case.
    if !g.company_heads.contains(head) {
        return None;
    }
    // "xây dựng": an activity word first, as "xây" alone may be a verb.
    let trade = |at: usize| match g.activities.longest_at(text, at) {
        Some(a) => Some(
            text[a..]
                .strip_prefix(' ')
                .and_then(|_| activity_object(&g.terms, text, a + 1))
                .unwrap_or(a),
        ),
        None => activity_object(&g.terms, text, at),
    };
    let mut end = trade(at)?;
    // Trades joined by a dash: "thương mại – dịch vụ".
    for _ in 0..3 {
        let Some(dash) = [" – ", " - "].iter().find(|d| text[end..].starts_with(**d)) else {
            break;
        };
        match trade(end + dash.len()) {
            Some(e) => end = e,
            None => break,
        }
    }
    let named = text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase) && !post_at(text, end + 1));
    named.then_some(end)
}

/// The end of a name's words read at `at` as if a head stood before them
/// (a venue's name after its head: "Nhà thi đấu | Thể dục thể thao tỉnh").
pub(super) fn words_after_head(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let first = first_word(g, text, at)?;
    let limit = (at + 160).min(text.len());
    Some(name_rest(g, text, first, limit, false))
}

/// A body named by structure at `at`: a head noun and its name words.
pub(super) fn structured(g: &Grammar, text: &str, at: usize, limit: usize) -> Option<usize> {
    let (first, objects) = head_and_first_word(g, text, at)?;
    Some(name_rest(g, text, first, limit, objects))
}
