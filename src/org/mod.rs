//! ORG: named organizations and bodies (GUIDELINES.md, "ORG").
//!
//! An ORG is one or more bodies in a chain ("Ban Tổ chức" + "Huyện ủy" +
//! "Tiên Phước"; "Phòng Cảnh sát hình sự" + "Công an" + "tỉnh"), with an
//! optional level ("Trung ương Đảng") and locality ("tỉnh", "huyện Đại Lộc",
//! "Quảng Nam"). A body is either a fixed phrase ([`lexicon::FIXED_BODIES`]:
//! "Tỉnh ủy", "UBND") or, by structure, a head noun ([`lexicon::HEADS`]:
//! "Cục", "Trung tâm") and its name words: the first capitalized, the rest
//! capitalized words, abbreviations, lower-case name terms ("Cục Quản lý thị
//! trường"), a bracketed abbreviation ("(MTTQ)"), parts joined by " - ", ", "
//! or "và" ("Văn hóa, Thể thao và Du lịch"). A term suffix ("khóa XIV") is
//! left out, and so are classes of bodies ("Trung tâm Chính trị cấp huyện").
//!
//! To add a kind of body: its head noun in `lexicon::HEADS`; a fixed name in
//! `lexicon::FIXED_BODIES`; then examples in `examples.txt`.

mod aliases;
mod ascii_names;
mod bridge;
mod chain;
mod company_lists;
mod generic;
mod grammar;
mod headlines;
mod holders;
pub mod lexicon;
mod lowercase;
mod name;
mod parts;
mod span;
mod subjects;
mod words;

use std::sync::OnceLock;

use crate::letters::LetterRegex;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::rule::Context;
use crate::words::{is_upper, is_word_char};
use generic::{class_of_bodies_follows, generic_reference};
pub use grammar::is_name_term;
pub use holders::{counted_holders_body, holders_body_end};
use lexicon::NAMED_AFTER_PEOPLE;
pub use lowercase::shared_head_name;
use lowercase::{lowercase_body, shared_ban};
use span::source_tag;

/// Named pattern fragments.
pub mod frag {
    /// A capitalized word.
    pub const CAP: &str = r"\p{Lu}\p{Ll}*";
    /// An abbreviation inside a name: "KH&CN", "KT-NS", "CSGT", "PC03".
    pub const ABBR: &str =
        r"\p{Lu}[\p{Lu}0-9]*(?:&[\p{Lu}0-9]+|-[\p{Lu}]{2,}[0-9]*)+|\p{Lu}{2,}[0-9]*";
    /// A level after a body: "Trung ương", "Trung ương Đảng".
    pub const LEVEL: &str = r"(?: (?:Trung ương|T\.Ư|TƯ|TW)(?: Đảng)?)?";
    /// The lower-case admin word and name of a locality: "tỉnh Quảng Nam",
    /// "khu vực 2 - Hà Nội", "vùng IV", "phường 7", "huyện Đắk G'Long" (a highland
    /// name's apostrophe: the canonical text writes it "'").
    macro_rules! admin_locality {
        () => {
            r"(?:(?:[Kk]hu vực|vùng) (?:[0-9]{1,2}|[IVX]+)(?: [-–] (?:TP\.? ?HCM|TPHCM)|(?: [-–])? \p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?){0,3})?|(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|đặc khu|khu vực|TP\.?|Quân sự tỉnh|Quân sự huyện)(?: \p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?){0,3}(?: ?[-–] ?\p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{L}\p{Ll}*)?)?)?(?: [0-9]{1,2})?| [0-9]{1,2})?)"
        };
    }
    /// A locality after an admin word, as a pattern of its own.
    pub const ADMIN_LOCALITY: &str = concat!(" ", admin_locality!());
    /// The unit a body belongs to: "tỉnh", "huyện Đại Lộc", "Khối các cơ quan tỉnh".
    pub const LOCALITY: &str = concat!(
        // A branch is named by its locality: "Agribank chi nhánh An Giang";
        // so is a council until the first election: "HĐND lâm thời phường An Hải".
        r"(?:(?: [Cc]hi nhánh| lâm thời)? (?:(?:Thành phố|TP\.?) Hồ Chí Minh|(?:TP|Tp)\.?\s?HCM|TPHCM|các cơ quan Đảng(?: tỉnh| thành phố| Trung ương)?|[Kk]hối (?i:các cơ quan và doanh nghiệp|các cơ quan|doanh nghiệp|dân chính đảng)(?: tỉnh| thành phố| Trung ương)?(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})?|Thành phố(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})?|(?:H\.|Q\.|P\.|X\.|TX\.|TT\.|Tp\.)\s?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}|",
        admin_locality!(),
        // A bare name, perhaps a province of two joined by a dash ("Bà Rịa -
        // Vũng Tàu"; a dash before words that are no place is cut later).
        r"|\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}(?: ?[-–] ?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?)?))?"
    );
}

/// The end of a body's name read at `at` (remembered for the analysis).
/// Most words start no body: they are answered at once, neither looked up
/// nor stored among the remembered reads.
fn read(text: &str, at: usize) -> Option<usize> {
    if !chain::may_start_body(text, at) {
        return None;
    }
    crate::memo::body_read(text, at, || chain::read(text, at))
}

/// Where a body's name read over `start..end` really is (remembered).
fn clean_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    crate::memo::body_span(text, start, end, || span::clean_span(text, start, end))
}

pub fn warm_up() {
    grammar::warm_up();
    credit_agency_re();
    ascii_names::warm_up();
}

/// "VCCI Chi nhánh Thanh Hóa – Ninh Bình", "Vietcombank Chi nhánh Hà Tĩnh":
/// a branch read from "Chi nhánh" is named with the body before it, an
/// abbreviation or a brand.
fn with_brand_before_branch(text: &str, start: usize) -> usize {
    if !text[start..].starts_with("Chi nhánh ") {
        return start;
    }
    // One space, then the word: "VCCI | Chi nhánh".
    let Some(head) = text[..start].strip_suffix(' ') else {
        return start;
    };
    if head.ends_with([' ', '\t']) {
        return start;
    }
    let Some(word) = crate::words::word_before(head, head.len()) else {
        return start;
    };
    let word_start = head.len() - word.len();
    let abbreviation =
        word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let brand = word.starts_with(char::is_uppercase)
        && (word.chars().skip(1).any(char::is_uppercase) || word.ends_with("bank"));
    match abbreviation || brand {
        true => word_start,
        false => start,
    }
}

/// A police department or team is no name on its own, like the guidelines'
/// "Cơ quan Cảnh sát điều tra, Công an tỉnh Y": with its police after a
/// comma it is one ORG ("Phòng Cảnh sát hình sự, Công an tỉnh", "Đội Cảnh
/// sát điều tra tội phạm về kinh tế và ma túy, Công an huyện Hóc Môn").
fn with_parent_after_comma(text: &str, start: usize, end: usize) -> usize {
    // A department belongs to a province's police, a team to a district's;
    // "Phòng …, Công an phường X" lists two units working together.
    const UNITS: &[(&str, &[&str])] = &[
        ("Phòng ", &["tỉnh", "thành phố", "TP"]),
        ("Đội ", &["huyện", "quận", "thị xã", "thành phố", "TP"]),
    ];
    let Some((_, levels)) = UNITS.iter().find(|(h, _)| text[start..end].starts_with(*h)) else {
        return end;
    };
    let Some(level) = text[end..].strip_prefix(", Công an ") else {
        return end;
    };
    if !levels.iter().any(|l| level.starts_with(l)) {
        return end;
    }
    name_at(text, end + 2).unwrap_or(end)
}

/// The end of an organization's name starting exactly at byte `at`, as `find`
/// would mark it ("Nghị quyết Đại hội [Đảng bộ tỉnh] …" reads it).
/// Where a name's words read at `at` end, as after a head ("Thể dục thể
/// thao tỉnh", "Thanh niên tỉnh"): for venues named like bodies.
pub fn name_words_at(text: &str, at: usize) -> Option<usize> {
    name::words_after_head(grammar::grammar(), text, at)
}

/// Where a body's name ends when read in a copy of the text rewritten at its
/// head (the `name` parts: a lower-case head capitalized, or a head the text
/// leaves out), counted from the start of `name`. `before` goes in front of
/// it: a name read where a copy opens would be read as opening a line, and
/// could pass for a source tag ("Phòng 3 - Vụ …").
pub fn name_end_in_copy(before: &str, name: &[&str]) -> Option<usize> {
    let mut written =
        String::with_capacity(before.len() + name.iter().map(|p| p.len()).sum::<usize>());
    written.push_str(before);
    name.iter().for_each(|part| written.push_str(part));
    name_at(&written, before.len()).map(|e| e - before.len())
}

pub fn name_at(text: &str, at: usize) -> Option<usize> {
    let end = read(text, at)?;
    clean_span(text, at, end)
        .filter(|&(start, end)| start == at && !class_of_bodies_follows(&text[end..]))
        .map(|(_, end)| end)
}

/// The end of a body's name at `at`, in lower case too where `find` reads
/// one ("phòng Tài nguyên và Môi trường huyện" after "Trưởng").
pub fn body_at(text: &str, at: usize) -> Option<usize> {
    match text[at..].chars().next()? {
        'b' => shared_ban(text, at).or_else(|| lowercase_body(text, at)),
        'p' => shared_head_name(text, at).or_else(|| lowercase_body(text, at)),
        's' | 'c' | 't' | 'h' | 'đ' => lowercase_body(text, at),
        c if c.is_uppercase() => name_at(text, at),
        _ => None,
    }
}

pub fn find(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // Every capitalized word that starts a word may start a name; a name
    // kept is not read again from inside.
    let mut resume = 0;
    let mut next = 0;
    while let Some(c) = text[next..].chars().next() {
        let at = next;
        next += c.len_utf8();
        if !is_word_char(c) {
            continue;
        }
        // A word starts here: the next one after it.
        next = crate::words::word_end(text, next);
        if at < resume {
            continue;
        }
        if c.is_ascii_lowercase() || c == 'đ' {
            // "Trưởng ban Dân tộc HĐND tỉnh", "Trưởng phòng Tài nguyên và
            // Môi trường huyện X": a title and its body share "ban" or
            // "phòng", and the body starts at it; "sở", "cục", "công an", "cơ
            // quan", "tỉnh ủy", "huyện ủy" may start a body in lower case.
            if let Some(end) = body_at(text, at) {
                let start = chain::body_after_standing_board(text, at).unwrap_or(at);
                out.push(if counted_holders_body(text, start, end) {
                    Candidate::reserve(start, end)
                } else {
                    Candidate::new(Kind::Org, start, end, rank::ORG)
                });
                resume = end;
            }
            continue;
        }
        if !is_upper(c) {
            continue;
        }
        // "6374/UBND-NL": an issuer inside a document's symbol.
        let in_symbol = text[..at]
            .strip_suffix('/')
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
        if in_symbol {
            continue;
        }
        // "Phó Tổng Thanh tra Thường trực Thanh tra Chính phủ": "Tổng Thanh
        // tra" is the post and "Thường trực" its rank; the body comes after
        // (and is read there, as after any title's standing rank).
        if text[..at].ends_with("Tổng ") && chain::head_with_standing_rank(text, at) {
            continue;
        }
        let Some(end) = read(text, at) else {
            continue;
        };
        // "Phó Chủ tịch Thường trực UBND tỉnh": the standing post belongs to
        // the title before it; the body is "UBND tỉnh".
        let at = if text[at..].starts_with(chain::STANDING) && title_word_before(text, at) {
            at + chain::STANDING.len()
        } else {
            chain::body_after_standing_board(text, at).unwrap_or(at)
        };
        if let Some((start, end)) = clean_span(text, at, end) {
            let end = with_parent_after_comma(text, start, end);
            let start = with_brand_before_branch(text, start);
            out.push(
                if generic_reference(text, start, end) || counted_holders_body(text, start, end) {
                    Candidate::reserve(start, end)
                } else {
                    Candidate::new(Kind::Org, start, end, rank::ORG)
                },
            );
            resume = end;
        }
    }
    for name in [ascii_names::domain(), ascii_names::english()] {
        for (start, end) in ascii_names::find(text, name) {
            // "Ảnh: Mai Xuân/binhduong.gov.vn": the outlet after the photographer.
            let photo_credit = text[..start].ends_with('/') && {
                let line = &text[crate::words::line_start_near(text, start)..start];
                line.len() < 80 && (line.contains("Ảnh:") || line.contains("Ảnh :"))
            };
            let glued = !photo_credit
                && text[..start].chars().next_back().is_some_and(|c| {
                    crate::words::is_word_char(c) || c == '.' || c == '@' || c == '/'
                });
            // A domain in lower case is an outlet only as a credit: "Theo
            // baochinhphu.vn", "(Nguồn: binhdinh.gov.vn)".
            let lead = text[..start].trim_end_matches([' ', ':']);
            let credited = photo_credit
                || text[start..end].starts_with(char::is_uppercase)
                || ["Theo", "theo", "Nguồn", "nguồn"]
                    .iter()
                    .any(|w| lead.ends_with(w));
            let glued_after = text[end..]
                .chars()
                .next()
                .is_some_and(crate::words::is_word_char);
            if !glued && !glued_after && credited && !source_tag(text, start, end) {
                out.push(Candidate::new(Kind::Org, start, end, rank::ORG));
            }
        }
    }
    // "Ảnh: VGP/Quang Hiếu": the agency credited with the photographer.
    for c in credit_agency_re().captures_iter(text) {
        if let Some(a) = c.name("a") {
            out.push(Candidate::new(Kind::Org, a.start(), a.end(), rank::ORG));
        }
    }
    aliases::add_mentions(text, out);
    company_lists::add_mentions(text, out);
    headlines::add_mentions(text, out);
}

fn credit_agency_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| LetterRegex::new(r"(?:Ảnh|ẢNH|Nguồn)\s*:\s*(?P<a>\p{Lu}{2,})/\p{Lu}"))
}

/// Drops person candidates that are really part of a body's name: one that
/// starts where a longer name starts ("Vụ Kế" of "Vụ Kế hoạch tài chính",
/// "Đài Tiếng" of "Đài Tiếng nói Việt Nam"), or one inside a body named after
/// a person ("Trường THPT Phan Bội Châu", "ĐH Phạm Văn Đồng").
pub fn claim_people(text: &str, candidates: &mut Vec<Candidate>) {
    let named_after = |s: usize| {
        NAMED_AFTER_PEOPLE
            .iter()
            .any(|head| text[s..].starts_with(head))
    };
    // Sorted by start, so each person is checked against nearby bodies only.
    // Counted first: collected from a filter, the list would grow by doubling
    // (on a long text, at the peak of the analysis).
    let is_body = |c: &&Candidate| c.kind == Some(Kind::Org);
    let mut bodies: Vec<(usize, usize)> =
        Vec::with_capacity(candidates.iter().filter(is_body).count());
    bodies.extend(candidates.iter().filter(is_body).map(|c| (c.start, c.end)));
    if bodies.is_empty() {
        return;
    }
    bodies.sort_unstable();
    let mut named: Vec<(usize, usize)> = bodies
        .iter()
        .copied()
        .filter(|&(s, _)| named_after(s))
        .collect();
    named.sort_unstable();
    let longest_named = named.iter().map(|&(s, e)| e - s).max().unwrap_or(0);
    candidates.retain(|c| {
        if c.kind != Some(Kind::Person) {
            return true;
        }
        let from = bodies.partition_point(|&(s, _)| s < c.start);
        let same_start = bodies[from..]
            .iter()
            .take_while(|&&(s, _)| s == c.start)
            .any(|&(_, e)| e > c.end);
        let lo = named.partition_point(|&(s, _)| s + longest_named < c.start);
        let inside_named = named[lo..]
            .iter()
            .take_while(|&&(s, _)| s < c.start)
            .any(|&(_, e)| c.end <= e);
        !same_start && !inside_named
    });
}

/// Whether a title's last word stands right before `at` ("Chủ tịch",
/// "Bí thư", "đồng chí", "Trưởng ban").
fn title_word_before(text: &str, at: usize) -> bool {
    let before = crate::words::words_before(text, at, 2);
    // "các đồng chí Thường trực HĐND tỉnh" is the standing body itself.
    if crate::words::words_before(text, at, 3).starts_with("các ") {
        return false;
    }
    [
        "chủ tịch",
        "bí thư",
        "đồng chí",
        "trưởng ban",
        "phó ban",
        "ủy viên",
        "trưởng",
        "phó",
        "thanh tra",
    ]
    .iter()
    .any(|t| before == *t || before.ends_with(&format!(" {t}")))
}

/// Whether a body's name starts `s` (the chain reader's own test).
pub fn is_body_start(s: &str) -> bool {
    name::body_starts(s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Org, include_str!("examples.txt"));
    }
}
