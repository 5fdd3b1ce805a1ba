//! Reads an organization's name word by word, from a capitalized word:
//! one or more bodies in a chain, then a level and a locality (see the
//! module's documentation in `mod.rs`). Small anchored patterns and word
//! look-ups do the work, so the cost per start is bounded and the scan stays
//! linear in the text.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::words::EndPattern;

use super::bridge::bridge_to_name_end;
use super::frag;
use super::lexicon::{
    COMPANY_HEADS, DOMAIN_HEADS, FIRST_WORDS, FIXED_BODIES, HEADS, LOWERCASE_DOMAINS, NAME_TERMS,
    NUMBERED_HEADS, NUMBERED_ONLY, OBJECT_TAKING,
};
pub(super) use super::parts::is_mission;
use super::parts::{
    activity_object, country_pair, ends_with_activity, mission_seat, place_ends_at,
    prevention_subject, sandwiched_syllable, subject_after, DOMAIN_NAMED,
};
pub(super) use super::words::not_name_word;
use super::words::{
    abbreviation, anchored, boundary, capitalized_word, digits, first_lowered, lowercase_word,
    soft_boundary, PhraseIndex,
};
use crate::words::is_word_char;

/// Capitalized words that name a post, never a word of a body's name.
const POSTS: &[&str] = &["Phó", "Chủ tịch", "Giám đốc", "Bí thư", "Trưởng", "Chánh"];

/// Whether a post ([`POSTS`]) is written at `at`.
fn post_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    POSTS.iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| !after.starts_with(is_word_char))
    })
}

/// The longest name read, in bytes: bounds the work done from one start.
pub(super) const MAX_NAME_BYTES: usize = 400;

pub(super) struct Grammar {
    fixed: EndPattern,
    level: EndPattern,
    locality: EndPattern,
    admin_locality: EndPattern,
    heads: PhraseIndex,
    /// Multi-word terms with a capital first letter ("Y tế", "Quản lý").
    capitalized_terms: PhraseIndex,
    /// Lower-case terms inside names ("thị trường").
    terms: PhraseIndex,
    /// Domains after a State body's head in lower case ("Bộ công an").
    lowercase_domains: PhraseIndex,
    /// [`NUMBERED_HEADS`] as the head index spells them ("Tổng Công ty").
    numbered_heads: FxHashSet<String>,
    /// Activity words in lower case ("xây dựng", "kinh doanh").
    activities: PhraseIndex,
    /// [`COMPANY_HEADS`] as the head index spells them ("Công ty Trách nhiệm hữu hạn").
    company_heads: FxHashSet<String>,
}

fn compile(pattern: &str) -> EndPattern {
    EndPattern::new(pattern)
}

fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let capitalized_terms = NAME_TERMS
            .iter()
            .chain(FIRST_WORDS)
            .filter(|w| w.contains(' '))
            .map(|w| {
                let mut cs = w.chars();
                let first: String = cs.next().into_iter().flat_map(char::to_uppercase).collect();
                first + cs.as_str()
            });
        Grammar {
            fixed: compile(&format!("(?:{})", FIXED_BODIES.join("|"))),
            level: compile(frag::LEVEL.strip_suffix('?').unwrap_or(frag::LEVEL)),
            locality: compile(frag::LOCALITY.strip_suffix('?').unwrap_or(frag::LOCALITY)),
            admin_locality: compile(frag::ADMIN_LOCALITY),
            heads: PhraseIndex::new(HEADS.iter().flat_map(|h| case_variants(h))),
            capitalized_terms: PhraseIndex::new(capitalized_terms),
            terms: PhraseIndex::new(NAME_TERMS),
            lowercase_domains: PhraseIndex::new(LOWERCASE_DOMAINS),
            numbered_heads: NUMBERED_HEADS
                .iter()
                .flat_map(|h| case_variants(h))
                .collect(),
            activities: PhraseIndex::new(OBJECT_TAKING),
            company_heads: COMPANY_HEADS
                .iter()
                .flat_map(|h| case_variants(h))
                .collect(),
        }
    })
}

pub fn warm_up() {
    grammar();
}

/// A head as listed and with its later words capitalized too: "Tổng công
/// ty" and "Tổng Công ty", "Trung tâm" and "Trung Tâm".
fn case_variants(head: &str) -> Vec<String> {
    let words: Vec<&str> = head.split(' ').collect();
    let mut variants = vec![head.to_string()];
    for i in 1..words.len() {
        let mut w: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let mut cs = words[i].chars();
        w[i] = cs
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(cs)
            .collect();
        variants.push(w.join(" "));
    }
    variants
}

/// The length of a State body's head and lower-case domain that `span`
/// starts with ("Bộ công an"), or 0.
pub(super) fn domain_head_len(span: &str) -> usize {
    let g = grammar();
    DOMAIN_HEADS
        .iter()
        .filter_map(|h| {
            let q = span.strip_prefix(h)?.strip_prefix(' ')?;
            g.lowercase_domains.longest_at(span, span.len() - q.len())
        })
        .max()
        .unwrap_or(0)
}

/// The length of the fixed body's name `span` starts with, or 0.
pub(super) fn fixed_body_len(span: &str) -> usize {
    anchored(&grammar().fixed, span, 0).unwrap_or(0)
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
    if let Some(e) = g
        .capitalized_terms
        .longest_at(text, at)
        .or_else(|| abbreviation(text, at))
    {
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
fn name_rest(g: &Grammar, text: &str, mut end: usize, limit: usize, objects: bool) -> usize {
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
                    r.strip_prefix('(')?;
                    let e = abbreviation(text, q + 1)?;
                    text[e..].starts_with(')').then_some(e + 1)
                })
                .or_else(|| {
                    r.strip_prefix("số ")
                        .and_then(|_| digits(text, q + "số ".len()))
                })
                .or_else(|| bridge_to_name_end(g, text, q))
                .or_else(|| {
                    r.strip_prefix("và ")
                        .and_then(|_| joined_word(g, text, q + "và ".len()))
                })
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
                        // A one-word term: "Đại học Y - Dược".
                        .or_else(|| {
                            capitalized_word(text, q).filter(|&e| is_name_term(&text[q..e]))
                        })
                })
        } else if let Some(dash) = ["-", "–"].iter().find(|d| rest.starts_with(**d)) {
            let q = end + dash.len();
            joined_word(g, text, q + usize::from(text[q..].starts_with(' ')))
        } else if rest.starts_with(", ") {
            joined_word(g, text, end + 2)
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

/// Whether a body starts at `at` (its first words only: no recursion).
pub(super) fn starts_body(g: &Grammar, text: &str, at: usize) -> bool {
    anchored(&g.fixed, text, at).is_some() || head_and_first_word(g, text, at).is_some()
}

/// Whether `phrase` (its first letter in any case) is a term of bodies'
/// names ("Ngoại giao", "giao thông"): a title's domain without its head
/// ("Bộ trưởng Ngoại giao", "Cục trưởng Cảnh sát giao thông").
pub fn is_name_term(phrase: &str) -> bool {
    let g = grammar();
    let lower = first_lowered(phrase);
    // Words that open a name only capitalized ("Chỉ đạo", not "chỉ đạo").
    let capitalized = phrase.starts_with(char::is_uppercase);
    g.terms.longest_at(&lower, 0) == Some(lower.len())
        || (capitalized && first_words().contains(&*lower))
}

/// [`FIRST_WORDS`] as a set (asked for every capitalized word of a title).
fn first_words() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FIRST_WORDS.iter().copied().collect())
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
            // "Công ty" + "TNHH": a legal form read as the first word.
            .map(|e| match text[e..].strip_prefix(' ') {
                Some(_) => lowercase_trade(g, &text[at..e], text, e + 1).unwrap_or(e),
                None => e,
            })
            .map(|e| (e, objects))
    })
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

/// A body named by structure at `at`: a head noun and its name words.
fn structured(g: &Grammar, text: &str, at: usize, limit: usize) -> Option<usize> {
    let (first, objects) = head_and_first_word(g, text, at)?;
    Some(name_rest(g, text, first, limit, objects))
}

/// One body at `at`: a fixed name or a head noun with its name, whichever
/// is longer, with a standing-body prefix ("Thường trực HĐND tỉnh") and a
/// bracketed abbreviation after it ("Hội Liên hiệp Phụ nữ (LHPN) tỉnh").
fn unit(g: &Grammar, text: &str, at: usize, limit: usize) -> Option<usize> {
    // After a title "Thường trực" is part of the post ("Phó Chủ tịch Thường
    // trực UBND tỉnh", "đồng chí Thường trực Ban Bí thư"): the body starts after it.
    let at = match text[at..].strip_prefix(STANDING) {
        Some(_) => at + STANDING.len(),
        None => at,
    };
    let fixed = anchored(&g.fixed, text, at);
    let named = structured(g, text, at, limit);
    let mut end = fixed.max(named)?;
    // "Đảng ủy CDC", "Công đoàn EVN": the Party or union body of a unit
    // named by its abbreviation (three capitals at least, no numeral).
    if fixed == Some(end) && UNIT_PARTY_BODIES.contains(&&text[at..end]) {
        let q = end + 1;
        let unit_abbreviation = text[end..]
            .strip_prefix(' ')
            .and_then(|_| abbreviation(text, q))
            .filter(|&e| {
                e - q >= 3
                    && !text[q..e].chars().all(|c| "IVXLC".contains(c))
                    && !starts_body(g, text, q)
            });
        if let Some(e) = unit_abbreviation {
            end = e;
        }
    }
    // … or two: "(QLKT CTTL)".
    if let Some(inner) = text[end..].strip_prefix(" (") {
        let open = end + 2;
        if let Some(mut e) = abbreviation(text, open) {
            if let Some(e2) = text[e..]
                .strip_prefix(' ')
                .and_then(|_| abbreviation(text, e + 1))
            {
                e = e2;
            }
            if inner[e - open..].starts_with(')') {
                end = e + 1;
            }
        }
    }
    Some(end)
}

/// Party and union bodies a unit's abbreviation may follow ("Đảng ủy CDC").
const UNIT_PARTY_BODIES: &[&str] = &["Đảng ủy", "Đảng uỷ", "Đảng bộ", "Chi bộ", "Công đoàn"];

/// "Thường trực" before a body: the standing part of it, read past by [`unit`].
pub(super) const STANDING: &str = "Thường trực ";

/// "Trung ương" before a mass body ("Trung ương Hội Nông dân"), read past by [`read`].
const CENTRAL: &str = "Trung ương ";

/// Whether [`read`] may find a body at `at`: false only where it surely
/// finds none (no head starts the word there, no fixed name starts there,
/// and neither "Trung ương" nor "Thường trực" opens the text there).
pub fn may_start_body(text: &str, at: usize) -> bool {
    let g = grammar();
    let rest = &text[at..];
    !g.heads.candidates(text, at).is_empty()
        || rest.starts_with(CENTRAL)
        || rest.starts_with(STANDING)
        || anchored(&g.fixed, text, at).is_some()
}

/// The end of the organization name that starts at `at`, if one does.
pub fn read(text: &str, at: usize) -> Option<usize> {
    let g = grammar();
    let limit = (at + MAX_NAME_BYTES).min(text.len());
    // "Trung ương Hội Nông dân Việt Nam": the central level of a mass body.
    let first = match text[at..].strip_prefix(CENTRAL) {
        Some(r) if r.starts_with("Hội ") || r.starts_with("Đoàn ") => at + CENTRAL.len(),
        _ => at,
    };
    let mut end = unit(g, text, first, limit)?;
    loop {
        while end < limit {
            let next = if text[end..].starts_with(' ') {
                end + 1
            } else if soft_boundary(text, end) && !boundary(text, end) {
                end
            } else {
                break;
            };
            match unit(g, text, next, limit) {
                Some(e) => end = e,
                None => break,
            }
        }
        // A level, and perhaps a body after it: "Ban Chấp hành Trung ương
        // Hội LHPN Việt Nam".
        match anchored(&g.level, text, end) {
            Some(e) if text[e..].starts_with(' ') && unit(g, text, e + 1, limit).is_some() => {
                end = e
            }
            Some(e) => {
                end = e;
                break;
            }
            None => break,
        }
    }
    if let Some(e) = subject_after([&g.terms, &g.capitalized_terms], text, first, end)
        .or_else(|| prevention_subject(text, first, end))
    {
        end = e;
    }
    end = trailing_number(g, text, first, end);
    // "Đại biểu Quốc hội tỉnh Đồng Tháp": the Assembly has no province; the
    // province is the deputies' ("Quốc hội Campuchia" is another country's).
    let national = text[first..end] == *"Quốc hội" || text[first..end].starts_with("Quốc hội (");
    let domestic_unit = |r: &str| {
        r.starts_with(char::is_lowercase) || r.starts_with("TP") || r.starts_with("Thành phố")
    };
    if let Some(e) = anchored(&g.locality, text, end)
        .filter(|_| !(post_at(text, end + 1) || (national && domestic_unit(&text[end + 1..]))))
    {
        // "Công an xã Bến Cầu tỉnh Tây Ninh": a unit and, with no comma, the
        // province or district it lies in.
        let lower_unit = ["xã ", "phường ", "thị trấn ", "huyện ", "quận ", "thị xã "]
            .iter()
            .any(|w| text[end + 1..].starts_with(w));
        end = match anchored(&g.admin_locality, text, e) {
            Some(e2)
                if lower_unit
                    && [" tỉnh ", " huyện ", " thành phố "]
                        .iter()
                        .any(|w| text[e..].starts_with(w)) =>
            {
                e2
            }
            _ => e,
        };
    }
    // "… Quản lý đô thị quận 7": a numbered unit read as a name word keeps its number.
    let numbered_unit = [" quận", " phường"]
        .iter()
        .any(|w| text[first..end].ends_with(w));
    if let Some(e) = text[end..]
        .strip_prefix(' ')
        .filter(|_| numbered_unit)
        .and_then(|_| digits(text, end + 1))
        .filter(|&e| e - end - 1 <= 2 && boundary(text, e))
    {
        end = e;
    }
    let end = mission_seat(&g.locality, text, at, end).unwrap_or(end);
    Some(of_the_assembly(text, at, end))
}

/// Words a number counts, never a verb after a unit's name ("3 năm qua").
const COUNTED_AFTER_NUMBER: &[&str] = &[
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "lần",
    "người",
    "cán",
    "thành",
    "chiến",
    "đồng",
    "hộ",
    "xã",
    "đơn",
    "km",
    "ha",
    "tấn",
    "triệu",
    "tỷ",
    "nghìn",
    "ngàn",
    "trăm",
    "đảng",
    "đoàn",
    "hội",
    "học",
    "trường",
    "tổ",
    "chi",
    "cơ",
    "dự",
    "vụ",
    "đối",
    "bị",
    "phiếu",
    "đại",
];

/// A number that ends a unit's name after its words: "Tiểu đoàn Huấn luyện -
/// Cơ động 2", "Đội Cảnh sát giao thông số 3" (numbered heads only), when
/// the number ends the phrase (punctuation, a capital, or a word after it
/// that is no counted noun's first syllable: not "Đội X 3 năm", "Tổ 5 người").
fn trailing_number(g: &Grammar, text: &str, at: usize, end: usize) -> usize {
    let numbered = g
        .numbered_heads
        .iter()
        .any(|h| text[at..end].starts_with(h.as_str()) && text[at + h.len()..end].starts_with(' '));
    let Some(rest) = text[end..].strip_prefix(' ').filter(|_| numbered) else {
        return end;
    };
    let q = end + 1 + rest.strip_prefix("số ").map_or(0, |_| "số ".len());
    let Some(e) = digits(text, q).filter(|&e| e - q <= 3) else {
        return end;
    };
    let after = &text[e..];
    let closes = after.is_empty()
        || after.starts_with([',', '.', ';', ':', ')', '\n'])
        || after.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(char::is_uppercase)
                || lowercase_word(text, e + 1)
                    .is_some_and(|w| !COUNTED_AFTER_NUMBER.contains(&&text[e + 1..w]))
        });
    if closes {
        e
    } else {
        end
    }
}

/// The National Assembly's councils and committees are named with it:
/// "Hội đồng Dân tộc của Quốc hội", "Ủy ban Kinh tế của Quốc hội".
fn of_the_assembly(text: &str, at: usize, end: usize) -> usize {
    let council = text[at..end].starts_with("Ủy ban ") || text[at..end].starts_with("Hội đồng ");
    match text[end..].strip_prefix(" của Quốc hội") {
        Some(r) if council && !r.starts_with(is_word_char) => end + " của Quốc hội".len(),
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wherever a body is read, `may_start_body` says one may start: at
    /// every word of the dev and train articles (and of their upper-case
    /// forms, where more words start a name).
    #[test]
    fn a_body_is_read_only_where_one_may_start() {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut bodies = 0;
        for part in ["dev", "train"] {
            for entry in std::fs::read_dir(format!("{corpus}/{part}")).expect("corpus folder") {
                let path = entry.expect("corpus entry").path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let article = std::fs::read_to_string(&path).expect("an article");
                for text in [article.clone(), article.to_uppercase()] {
                    for (at, _) in text.char_indices() {
                        if read(&text, at).is_some() {
                            bodies += 1;
                            assert!(
                                may_start_body(&text, at),
                                "{}: {}",
                                path.display(),
                                &text[at..]
                            );
                        }
                    }
                }
            }
        }
        assert!(bodies > 5000, "only {bodies} bodies read");
    }

    fn name(text: &str) -> Option<&str> {
        read(text, 0).map(|e| &text[..e])
    }

    #[test]
    fn reads_names_by_structure() {
        assert_eq!(
            name("Cục Quản lý thị trường tỉnh Lạng Sơn kiểm tra"),
            Some("Cục Quản lý thị trường tỉnh Lạng Sơn")
        );
        assert_eq!(
            name("Ban Tổ chức Huyện ủy Tiên Phước"),
            Some("Ban Tổ chức Huyện ủy Tiên Phước")
        );
        assert_eq!(name("Cục Thuế thu 5 tỷ"), Some("Cục Thuế"));
        assert_eq!(name("Sở KH&CN tỉnh"), Some("Sở KH&CN tỉnh"));
        assert_eq!(name("Sư đoàn 312 hành quân"), Some("Sư đoàn 312"));
        assert_eq!(name("Hội nghị"), None);
        assert_eq!(name("Báo cáo"), None);
    }

    #[test]
    fn abbreviations() {
        assert_eq!(abbreviation("KT-NS ", 0), Some(5));
        assert_eq!(abbreviation("PC03)", 0), Some(4));
        assert_eq!(abbreviation("Ban", 0), None);
        assert_eq!(abbreviation("HĐND-UBND", 0), Some("HĐND-UBND".len()));
    }
}
