//! Reads an organization's name word by word, from a capitalized word:
//! one or more bodies in a chain, then a level and a locality (see the
//! module's documentation in `mod.rs`). Small anchored patterns and word
//! look-ups do the work, so the cost per start is bounded and the scan stays
//! linear in the text.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

use super::frag;
use super::lexicon::{
    DOMAIN_HEADS, FIRST_WORDS, FIXED_BODIES, HEADS, LOWERCASE_DOMAINS, NAME_TERMS, NOT_NAME_WORDS,
    NUMBERED_HEADS, OBJECT_TAKING,
};
use crate::scan::is_word_char;

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

/// Phrases indexed by their first word, longest first within each word, so
/// a look-up costs one hash probe for the many words that start none.
struct PhraseIndex {
    by_first_word: FxHashMap<String, Vec<String>>,
}

impl PhraseIndex {
    fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> Self {
        let mut by_first_word: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for p in phrases {
            let p = p.as_ref();
            let first_len = p.find(|c: char| !is_word_char(c)).unwrap_or(p.len());
            let first = p[..first_len].to_string();
            by_first_word.entry(first).or_default().push(p.to_string());
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
            list.dedup();
        }
        PhraseIndex { by_first_word }
    }

    /// The phrases that may start at `at` (those of the word there), longest first.
    fn candidates<'a>(&'a self, text: &str, at: usize) -> &'a [String] {
        let rest = &text[at..];
        let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        self.by_first_word
            .get(&rest[..len])
            .map_or(&[], Vec::as_slice)
    }

    /// The end of the longest phrase at `at`, ending on a (soft) word boundary.
    fn longest_at(&self, text: &str, at: usize) -> Option<usize> {
        literal(self.candidates(text, at), text, at)
    }
}

pub(super) fn not_name_word(w: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| NOT_NAME_WORDS.iter().copied().collect())
        .contains(w)
}

struct Grammar {
    fixed: Regex,
    level: Regex,
    locality: Regex,
    admin_locality: Regex,
    heads: PhraseIndex,
    /// Multi-word terms with a capital first letter ("Y tế", "Quản lý").
    capitalized_terms: PhraseIndex,
    /// Lower-case terms inside names ("thị trường").
    terms: PhraseIndex,
    /// Domains after a State body's head in lower case ("Bộ công an").
    lowercase_domains: PhraseIndex,
}

fn compile(pattern: &str) -> Regex {
    Regex::new(&crate::letters::pattern(pattern)).expect("ORG pattern compiles")
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

/// Whether no word character follows byte `at`.
fn boundary(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_char)
}

/// A boundary, or a capital glued to a lower-case letter, as when a space
/// was lost: "Ban Chấp hànhĐảng bộ huyện".
fn soft_boundary(text: &str, at: usize) -> bool {
    boundary(text, at)
        || (text[at..].starts_with(char::is_uppercase) && text[..at].ends_with(char::is_lowercase))
}

/// The end of `re` matched exactly at `at`, ending on a word boundary.
fn anchored(re: &Regex, text: &str, at: usize) -> Option<usize> {
    let input = Input::new(text).range(at..).anchored(Anchored::Yes);
    re.find(input)
        .map(|m| m.end())
        .filter(|&e| e > at && soft_boundary(text, e))
}

/// The longest of `words` at `at`, ending on a word boundary.
fn literal<S: AsRef<str>>(words: &[S], text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    words
        .iter()
        .map(AsRef::as_ref)
        .find(|w| rest.starts_with(w) && soft_boundary(text, at + w.len()))
        .map(|w| at + w.len())
}

/// A capitalized word: "Quảng", "Y".
fn capitalized_word(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[at..].char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let end = chars
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(text.len(), |(i, _)| at + i);
    boundary(text, end).then_some(end)
}

/// A lower-case word.
fn lowercase_word(text: &str, at: usize) -> Option<usize> {
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(text.len(), |(i, _)| at + i);
    (end > at && boundary(text, end)).then_some(end)
}

/// An abbreviation: "KH&CN", "KT-NS", "CSGT", "PC03" (two capitals at least).
fn abbreviation(text: &str, at: usize) -> Option<usize> {
    let bytes = text[at..].char_indices();
    let mut end = at;
    let mut capitals = 0;
    let mut prev_joiner = true;
    for (i, c) in bytes {
        if c.is_uppercase() {
            capitals += 1;
            prev_joiner = false;
        } else if c.is_ascii_digit() && capitals > 0 {
            prev_joiner = false;
        } else if (c == '&' || c == '-') && !prev_joiner && capitals > 0 {
            // A joiner must be followed by a capital ("KT-NS"), not a word ("HĐND-UBND" too).
            if !text[at + i + 1..].starts_with(char::is_uppercase) {
                break;
            }
            prev_joiner = true;
            end = at + i;
            continue;
        } else {
            break;
        }
        end = at + i + c.len_utf8();
    }
    (capitals >= 2 && !prev_joiner && boundary(text, end)).then_some(end)
}

fn digits(text: &str, at: usize) -> Option<usize> {
    let count = |from: usize| text[from..].bytes().take_while(u8::is_ascii_digit).count();
    let n = count(at);
    if n == 0 || n > 3 {
        return None;
    }
    // Named after a day: "Tổng công ty 3/2", "Công ty 19/5".
    let mut end = at + n;
    if text[end..].starts_with('/') && (1..=2).contains(&count(end + 1)) {
        end += 1 + count(end + 1);
    }
    boundary(text, end).then_some(end)
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

/// Heads whose domain word closes the name ("Sở Xây dựng ban hành", "Bộ
/// Công Thương"): an activity word after them takes no object.
const DOMAIN_NAMED: &[&str] = &["Bộ", "Sở", "Cục", "Tổng cục", "Chi cục", "Vụ", "Phòng"];

/// Whether the name read so far ends with an activity word that takes an
/// object ([`OBJECT_TAKING`]).
fn ends_with_activity(text: &str, end: usize) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| OBJECT_TAKING.iter().copied().collect());
    let mut from = end.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..end];
    let mut from = window.len();
    (0..3).any(|_| {
        let Some(space) = window[..from].rfind(' ') else {
            return false;
        };
        from = space;
        let words = &window[space + 1..];
        let mut cs = words.chars();
        let lower: String = cs.next().into_iter().flat_map(char::to_lowercase).collect();
        set.contains((lower + cs.as_str()).as_str())
    })
}

/// The lower-case object of an activity word at `at` ("… Quản lý | rừng
/// phòng hộ"): up to four words that are no verb or function word.
fn activity_object(g: &Grammar, text: &str, at: usize) -> Option<usize> {
    let mut end = None;
    let mut q = at;
    for _ in 0..4 {
        // A term first: "công trình" is a noun though "công" may open a verb.
        let Some(e) = g
            .terms
            .longest_at(text, q)
            .or_else(|| lowercase_word(text, q).filter(|&e| !not_name_word(&text[q..e])))
        else {
            break;
        };
        end = Some(e);
        match text[e..].strip_prefix(' ') {
            Some(r) if r.starts_with(char::is_lowercase) => q = e + 1,
            _ => break,
        }
    }
    end
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
            if r.starts_with("TP.") || r.starts_with("Khối ") {
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
                .or_else(|| capitalized_word(text, q).map(|e| sandwiched_syllable(text, q, e)))
                .or_else(|| g.terms.longest_at(text, q))
                .or_else(|| {
                    (objects && ends_with_activity(text, end))
                        .then(|| activity_object(g, text, q))
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

/// After a capitalized word at `at..e` that follows at most one other, a
/// lower-case syllable between it and another capitalized word is the rest of
/// a two-syllable word written half in capitals ("Bảo vệ Chuyên nghiệp Tín
/// Nghĩa", "XNK Nông sản Thực phẩm", "Ban Chỉ huy Bộ đội"); after a longer run
/// it is a verb ("… Bình Định Hồ Quốc Dũng đọc Báo cáo").
fn sandwiched_syllable(text: &str, at: usize, e: usize) -> usize {
    let capitalized = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    let short_run = !text[..at]
        .trim_end_matches(' ')
        .rsplit(' ')
        .take(2)
        .all(capitalized);
    let Some(q) = text[e..]
        .strip_prefix(' ')
        .map(|_| e + 1)
        .filter(|_| short_run)
    else {
        return e;
    };
    match lowercase_word(text, q) {
        // "và" joins two parts, read as such ("… Việt Nam và Nghị quyết").
        Some(w)
            if !not_name_word(&text[q..w])
                && &text[q..w] != "và"
                && text[w..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase)) =>
        {
            w
        }
        _ => e,
    }
}

/// The second country of a pair joined by a dash, its first ending at `end`:
/// "Hội Hữu nghị Việt Nam – Campuchia", "Liên doanh Việt - Nga".
fn country_pair(text: &str, end: usize, q: usize) -> Option<usize> {
    let head = text[..end].trim_end_matches([' ', '-', '–']);
    let first_is_country = head.ends_with(" Việt")
        || head.rsplitn(3, ' ').take(2).enumerate().any(|(n, _)| {
            let words: Vec<&str> = head.rsplitn(3, ' ').take(n + 1).collect();
            let name: Vec<&str> = words.into_iter().rev().collect();
            crate::place::is_any_place_name(&name.join(" "))
        });
    if !first_is_country {
        return None;
    }
    let one = capitalized_word(text, q)?;
    let two = text[one..]
        .strip_prefix(' ')
        .and_then(|_| capitalized_word(text, one + 1));
    two.filter(|&e| crate::place::is_any_place_name(&text[q..e]))
        .or_else(|| crate::place::is_any_place_name(&text[q..one]).then_some(one))
}

/// Whether a body starts at `at` (its first words only: no recursion).
fn starts_body(g: &Grammar, text: &str, at: usize) -> bool {
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
        let q = at + head.len() + 1;
        if !rest.starts_with(head) || !rest[head.len()..].starts_with(' ') {
            return None;
        }
        first_word(g, text, q)
            .or_else(|| {
                NUMBERED_HEADS
                    .contains(&head.as_str())
                    .then(|| digits(text, q))
                    .flatten()
            })
            .or_else(|| {
                DOMAIN_HEADS
                    .contains(&head.as_str())
                    .then(|| g.lowercase_domains.longest_at(text, q))
                    .flatten()
            })
            .map(|e| (e, objects))
    })
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
    let at = match text[at..].strip_prefix("Thường trực ") {
        Some(_) => at + "Thường trực ".len(),
        None => at,
    };
    let fixed = anchored(&g.fixed, text, at);
    let named = structured(g, text, at, limit);
    let mut end = fixed.max(named)?;
    if let Some(inner) = text[end..].strip_prefix(" (") {
        let open = end + 2;
        if let Some(e) = abbreviation(text, open) {
            if inner[e - open..].starts_with(')') {
                end = e + 1;
            }
        }
    }
    Some(end)
}

/// The end of the organization name that starts at `at`, if one does.
pub fn read(text: &str, at: usize) -> Option<usize> {
    let g = grammar();
    let limit = (at + MAX_NAME_BYTES).min(text.len());
    // "Trung ương Hội Nông dân Việt Nam": the central level of a mass body.
    let first = match text[at..].strip_prefix("Trung ương ") {
        Some(r) if r.starts_with("Hội ") || r.starts_with("Đoàn ") => at + "Trung ương ".len(),
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
    if let Some(e) = anchored(&g.locality, text, end).filter(|_| !post_at(text, end + 1)) {
        end = e;
    }
    Some(mission_seat(g, text, at, end).unwrap_or(end))
}

/// Diplomatic missions are named with their seat: "Tổng Lãnh sự quán Nhật
/// Bản tại TP.HCM", "Đại sứ quán Việt Nam tại Lào".
const MISSIONS: &[&str] = &[
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Lãnh sự quán",
    "Văn phòng đại diện",
    "Phái đoàn thường trực",
];

/// Whether `name` is a diplomatic mission's.
pub(super) fn is_mission(name: &str) -> bool {
    MISSIONS.iter().any(|m| name.starts_with(m))
}

/// The end of the seat after a mission's name ending at `end`, if one follows.
fn mission_seat(g: &Grammar, text: &str, at: usize, end: usize) -> Option<usize> {
    if !is_mission(&text[at..end]) {
        return None;
    }
    let seat_at = end + text[end..].strip_prefix(" tại ").map(|_| " tại".len())?;
    let e = anchored(&g.locality, text, seat_at)?;
    let seat = &text[seat_at + 1..e];
    let city = ["TP", "Tp", "Thành phố"]
        .iter()
        .any(|p| seat.starts_with(p));
    (city || crate::place::is_any_place_name(seat)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

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
