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
mod chain;
mod headlines;
pub mod lexicon;

use std::sync::OnceLock;

use regex::Regex;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::scan::is_word_char;
use crate::Context;
use lexicon::{FIRST_WORDS, HEADS, NAMED_AFTER_PEOPLE, NAME_TERMS, NEEDS_COMPLEMENT, TAIL_STOP};

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
    /// "khu vực 2 - Hà Nội", "phường 7".
    macro_rules! admin_locality {
        () => {
            r"(?:khu vực (?:[0-9]{1,2}|[IVX]+)(?: - \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})?|(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|đặc khu|khu vực|TP\.?|Quân sự tỉnh|Quân sự huyện)(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}(?: ?[-–] ?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?)?(?: [0-9]{1,2})?| [0-9]{1,2})?)"
        };
    }
    /// A locality after an admin word, as a pattern of its own.
    pub const ADMIN_LOCALITY: &str = concat!(" ", admin_locality!());
    /// The unit a body belongs to: "tỉnh", "huyện Đại Lộc", "Khối các cơ quan tỉnh".
    pub const LOCALITY: &str = concat!(
        r"(?: (?:(?:Thành phố|TP\.?) Hồ Chí Minh|TP\.?\s?HCM|TPHCM|các cơ quan Đảng(?: tỉnh| thành phố| Trung ương)?|Khối (?i:các cơ quan và doanh nghiệp|các cơ quan|doanh nghiệp|dân chính đảng)(?: tỉnh| thành phố| Trung ương)?(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})?|Thành phố(?: \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})?|(?:H\.|Q\.|TX\.|Tp\.)\s?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}|",
        admin_locality!(),
        r"|\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}))?"
    );
}

/// Outlets written as a web address ("Baochinhphu.vn", "VnExpress.net").
fn domain_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z][A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\.(?:vn|com|net|org|info)(?:\.vn)?")
            .expect("domain pattern compiles")
    })
}

/// A body's name written in English ("Ministry of Home Affairs").
fn english_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:[A-Z][a-z]+ )*(?:Ministry|Department|Commission|Committee|Office|Agency|Bank|Institute|University|Academy|Association|Federation|Union|Council|Court|Party|Assembly|Government|Corporation|Group) of (?:the )?[A-Z][a-z]+(?: (?:and |of |for |the )*[A-Z][a-z]+)*")
            .expect("English ORG pattern compiles")
    })
}

pub fn warm_up() {
    chain::warm_up();
    credit_agency_re();
    domain_re();
    english_re();
}

/// Capitalized words a locality may not contain: they start a person's name
/// or a new clause.
fn locality_ok(words: &str) -> bool {
    // The city and the many bodies named after the President.
    if words.starts_with("Hồ Chí Minh") {
        return true;
    }
    let first = words.split(' ').next().unwrap_or("");
    // "Thái Nguyên Nguyễn Quang Đông": a place may start with a family name;
    // the person after it is cut later.
    let starts_with_place = || {
        let ends: Vec<usize> = words.match_indices(' ').map(|(i, _)| i).collect();
        ends.iter()
            .take(3)
            .any(|&e| crate::place::is_place_name(&words[..e]))
    };
    !crate::people::is_family_name(first)
        || crate::place::is_place_name(words)
        || starts_with_place()
}

/// The end of an organization's name starting exactly at byte `at`, as `find`
/// would mark it ("Nghị quyết Đại hội [Đảng bộ tỉnh] …" reads it).
pub fn name_at(text: &str, at: usize) -> Option<usize> {
    let end = chain::read(text, at)?;
    clean_span(text, at, end)
        .filter(|&(start, end)| start == at && !class_of_bodies_follows(&text[end..]))
        .map(|(_, end)| end)
}

pub fn find(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // Every capitalized word that starts a word may start a name; a name
    // kept is not read again from inside.
    let mut resume = 0;
    // Whether the character before the current one is a word character:
    // carried along, so no character is decoded twice.
    let mut after_word = false;
    for (at, c) in text.char_indices() {
        let word_start = !after_word;
        after_word = is_word_char(c);
        if at < resume || !word_start {
            continue;
        }
        if c.is_ascii_lowercase() {
            // "Trưởng ban Dân tộc HĐND tỉnh": a title and its body share
            // "ban", and the body starts at it; "sở", "cục", "công an", "cơ
            // quan", "tỉnh ủy", "huyện ủy" may start a body in lower case.
            let end = match c {
                'b' | 's' | 'c' | 't' | 'h' => {
                    if c == 'b' {
                        shared_ban(text, at)
                    } else {
                        lowercase_body(text, at)
                    }
                }
                _ => None,
            };
            if let Some(end) = end {
                out.push(Candidate::new(Kind::Org, at, end, rank::ORG));
                resume = end;
            }
            continue;
        }
        if !c.is_uppercase() {
            continue;
        }
        // "6374/UBND-NL": an issuer inside a document's symbol.
        let in_symbol = text[..at]
            .strip_suffix('/')
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
        if in_symbol {
            continue;
        }
        let Some(end) = chain::read(text, at) else {
            continue;
        };
        // "Phó Chủ tịch Thường trực UBND tỉnh": the standing post belongs to
        // the title before it; the body is "UBND tỉnh".
        let at = if text[at..].starts_with("Thường trực ") && title_word_before(text, at) {
            at + "Thường trực ".len()
        } else {
            at
        };
        if let Some((start, end)) = clean_span(text, at, end) {
            out.push(if generic_reference(text, start, end) {
                Candidate::reserve(start, end)
            } else {
                Candidate::new(Kind::Org, start, end, rank::ORG)
            });
            resume = end;
        }
    }
    for re in [domain_re(), english_re()] {
        for m in re.find_iter(text) {
            let glued = text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '@' || c == '/');
            // A domain in lower case is an outlet only as a credit: "Theo
            // baochinhphu.vn", "(Nguồn: binhdinh.gov.vn)".
            let lead = text[..m.start()].trim_end_matches([' ', ':']);
            let credited = m.as_str().starts_with(char::is_uppercase)
                || ["Theo", "theo", "Nguồn", "nguồn"]
                    .iter()
                    .any(|w| lead.ends_with(w));
            if !glued && credited && !source_tag(text, m.start(), m.end()) {
                out.push(Candidate::new(Kind::Org, m.start(), m.end(), rank::ORG));
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
    headlines::add_mentions(text, out);
}

fn credit_agency_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&crate::letters::pattern(
            r"(?:Ảnh|ẢNH|Nguồn)\s*:\s*(?P<a>\p{Lu}{2,})/\p{Lu}",
        ))
        .expect("credit pattern compiles")
    })
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
    let mut bodies: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|c| c.kind == Some(Kind::Org))
        .map(|c| (c.start, c.end))
        .collect();
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

/// A body written in lower case, as news often does: "sở GTVT Cần Thơ",
/// "công an tỉnh", "cơ quan CSĐT Công an TP Cần Thơ", "các phó bí thư tỉnh
/// ủy". Its head must be followed by what makes it one body (an
/// abbreviation, a locality), since "sở", "cục", "cơ quan" alone are common
/// nouns ("sở hữu", "cục bộ", "các cơ quan").
fn lowercase_body(text: &str, at: usize) -> Option<usize> {
    const HEADS: &[&str] = &[
        "sở ",
        "cục ",
        "công an ",
        "cơ quan ",
        "tỉnh ủy",
        "huyện ủy",
        "thành ủy",
    ];
    let head = HEADS.iter().find(|h| text[at..].starts_with(**h))?;
    // "trụ sở UBND tỉnh" is the building, not a department.
    if text[..at].ends_with(|c: char| is_word_char(c))
        || matches!(
            crate::scan::word_before(text, at),
            Some("Trụ" | "trụ" | "Cơ" | "cơ")
        )
    {
        return None;
    }
    let after = &text[at + head.len()..];
    let committee = head.ends_with("ủy");
    // "bí thư các huyện ủy, thành ủy", "chi bộ công an xã, phường": a class.
    let plural = matches!(crate::scan::word_before(text, at), Some("các" | "những"))
        || text[..at].trim_end().ends_with(',');
    let class_follows = |rest: &str| {
        rest.strip_prefix(", ").is_some_and(|r| {
            [
                "xã",
                "phường",
                "thị trấn",
                "huyện",
                "quận",
                "thành ủy",
                "tỉnh",
            ]
            .iter()
            .any(|w| r.starts_with(w))
        })
    };
    let complete = if committee {
        !after.starts_with(|c: char| is_word_char(c))
            && !after.starts_with(" viên")
            && !class_follows(after)
    } else {
        let next: String = after.chars().take_while(|c| is_word_char(*c)).collect();
        let abbreviation = next.chars().count() >= 2 && next.chars().all(|c| c.is_uppercase());
        let locality = matches!(next.as_str(), "tỉnh" | "huyện" | "xã" | "thành" | "quận")
            && *head == "công an "
            && !class_follows(&after[next.len()..]);
        // "lãnh đạo sở Nông nghiệp và PTNT": a department named in capitals.
        let named = *head == "sở " && next.starts_with(char::is_uppercase);
        abbreviation || locality || named
    };
    if plural {
        return None;
    }
    if !complete {
        return None;
    }
    let head_end = at + head.trim_end().len();
    match shared_head_capitalized(text, at) {
        Some(end) if end > head_end => Some(end),
        _ if committee => Some(head_end),
        _ => None,
    }
}

/// The end of the name read from `at` as if its first letter (an ASCII
/// lower-case letter, so byte offsets stay the same) were capitalized.
fn shared_head_capitalized(text: &str, at: usize) -> Option<usize> {
    let first = text[at..].chars().next().filter(char::is_ascii_lowercase)?;
    let mut window_end = (at + 400).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let capitalized = format!(
        "{}{}",
        first.to_ascii_uppercase(),
        &text[at + 1..window_end]
    );
    name_at(&capitalized, 0).map(|e| at + e)
}

/// The body named from a lower-case "ban" after "Trưởng"/"Phó trưởng":
/// read as if it were capitalized ("ban Dân tộc HĐND tỉnh").
fn shared_ban(text: &str, at: usize) -> Option<usize> {
    text[at..]
        .starts_with("ban ")
        .then(|| shared_head_name(text, at))
        .flatten()
}

/// The body's name that starts at a lower-case head word shared with the
/// title before it: "Trưởng ban Tuyên giáo và Dân vận Trung ương", "Trưởng
/// phòng Cảnh sát hình sự". Read as if the head were capitalized.
pub fn shared_head_name(text: &str, at: usize) -> Option<usize> {
    let head_len = ["ban ", "phòng "]
        .iter()
        .find(|h| text[at..].starts_with(**h))?
        .len();
    // "Trưởng ban …", "Bí thư ban Cán sự đảng …".
    if !matches!(
        crate::scan::word_before(text, at),
        Some("Trưởng" | "trưởng" | "thư")
    ) {
        return None;
    }
    shared_head_capitalized(text, at).filter(|&e| e > at + head_len)
}

/// An outlet's tag opening an article ("VOV.VN - Chiều nay…", "(Baothanhhoa.vn) -")
/// or a lone line closing it ("TTXVN"): a source credit, not a mention.
fn source_tag(text: &str, start: usize, end: usize) -> bool {
    let line_start = crate::scan::line_start_near(text, start);
    let before = text[line_start..start].trim();
    let line_end = crate::scan::line_end_near(text, end);
    let rest = &text[end..line_end];
    let rest = rest
        .strip_prefix(".VN")
        .or_else(|| rest.strip_prefix(".vn"))
        .unwrap_or(rest);
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let opening = (before.is_empty() || before == "(")
        && (rest.starts_with(" - ") || rest.starts_with(" – ") || rest.starts_with(" -"));
    let closing_line = before.is_empty()
        && rest.trim().is_empty()
        && !text[start..end].contains(' ')
        && text[start..end].chars().all(|c| c.is_uppercase());
    opening || closing_line
}

/// Whether a title's last word stands right before `at` ("Chủ tịch",
/// "Bí thư", "đồng chí", "Trưởng ban").
fn title_word_before(text: &str, at: usize) -> bool {
    let before = crate::scan::words_before(text, at, 2);
    // "các đồng chí Thường trực HĐND tỉnh" is the standing body itself.
    if crate::scan::words_before(text, at, 3).starts_with("các ") {
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
    ]
    .iter()
    .any(|t| before == *t || before.ends_with(&format!(" {t}")))
}

/// The part of a chain match that is one organization's name, if any.
fn clean_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    let mut end = first_body_end(text, start, end);
    end = start + name_words_end(&text[start..end]);
    let span = &text[start..end];
    // Trim a capitalized tail that is not a place ("Tỉnh ủy Nguyễn Văn A", "Báo cáo").
    // The tail never cuts into a fixed name ("Tỉnh Đoàn", "Đài Tiếng nói Việt Nam …").
    let fixed_len = chain::fixed_body_len(span);
    let after_fixed = |t: usize| match t < fixed_len {
        true => span[fixed_len..].strip_prefix(' ').map(|_| fixed_len + 1),
        false => Some(t),
    };
    if let Some(tail_at) = capitalized_tail(span)
        .and_then(after_fixed)
        .filter(|&t| t < span.len() && !crate::place::is_any_place_name(&span[t..]))
    {
        // Sentence words that follow a name in capitals ("Báo Nhân Dân Số 67").
        let mut tail = &span[tail_at..];
        while let Some((head, last)) = tail.rsplit_once(' ').or(Some(("", tail))) {
            if !TAIL_STOP.contains(&last) {
                break;
            }
            end = start + tail_at + head.len();
            tail = head;
            if head.is_empty() {
                end = start + tail_at - 1;
                break;
            }
        }
        // After an admin word ("… truyền hình tỉnh Vi Mạnh Hùng") the tail
        // should be a place, whatever the body is named after.
        let after_admin_word = ["tỉnh", "huyện", "xã", "phường", "quận"]
            .iter()
            .any(|w| span[..tail_at].trim_end().ends_with(w));
        let named_after_people =
            NAMED_AFTER_PEOPLE.iter().any(|b| span.starts_with(b)) && !after_admin_word;
        if !tail.is_empty() && !locality_ok(tail) && !named_after_people {
            end = start + tail_at - 1;
        } else if !named_after_people {
            // "Đài Tiếng nói Việt Nam Đỗ Tiến Sỹ": a person's name closing
            // the capitalized tail is the next mention, not the body's.
            if let Some(name_at) = person_closing(tail) {
                end = start + tail_at + name_at - 1;
            }
        }
    }
    // "… Đồng chí": the title of the next person.
    if text[..end].ends_with(" Đồng") && text[end..].starts_with(" chí") {
        end -= " Đồng".len();
    }
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut span = text[start..end].trim_end_matches([' ', ',', '-', '–']);
    // A bracketed abbreviation after the whole name is not part of it:
    // "Tập đoàn Điện lực Việt Nam (EVN)".
    if let Some(open) = span.rfind(" (") {
        if span.ends_with(')') {
            span = &span[..open];
        }
    }
    let span = without_headline_tail(span);
    let end = start + span.len();
    if end <= start
        // Cut inside a word ("Báo cáo", "Viện trưởng").
        || text[end..].chars().next().is_some_and(|c| c.is_alphanumeric())
        || NEEDS_COMPLEMENT.contains(&span)
        // A bloc is a body with its locality only ("Khối Các cơ quan tỉnh").
        || (span.starts_with("Khối ") && chain::fixed_body_len(span) == span.len())
        // "các nghị quyết của Trung ương": the Central Committee; elsewhere
        // the bare word is a level ("Hội nghị Trung ương 8", "cấp Trung ương").
        || (span == "Trung ương" && crate::scan::word_before(text, start) != Some("của"))
        // Source credits in brackets: "(TTXVN)".
        || (text[..start].ends_with('(') && text[end..].starts_with(')') && !span.contains(' '))
        || source_tag(text, start, end)
        // "Trường Sa", "Hội An", "Trường Xuân" are places.
        || starts_with_place(span)
        // "chức vụ do HĐND bầu": the institution in general.
        || (matches!(span, "HĐND" | "UBND" | "Hội đồng nhân dân")
            && crate::scan::word_before(text, start) == Some("do")
            && crate::scan::word_after(text, end) == Some("bầu"))
    {
        return None;
    }
    Some((start, end))
}

/// Whether the first words of `span` name a place ("Hội An dịp …"): a head
/// noun followed by a capitalized word can be a place's name.
fn starts_with_place(span: &str) -> bool {
    let mut end = 0;
    for (i, word) in span.split(' ').take(4).enumerate() {
        end += word.len() + usize::from(i > 0);
        if i > 0 && crate::place::is_any_place_name(&span[..end]) {
            return true;
        }
    }
    false
}

/// A place followed by a dash and words that are no place is a headline's
/// separator: "Công đoàn tỉnh Lâm Đồng – Dấu ấn …" ends at "Lâm Đồng".
fn without_headline_tail(span: &str) -> &str {
    for dash in [" – ", " - ", "– ", "- "] {
        if let Some(at) = span.rfind(dash) {
            let (before, after) = (&span[..at], &span[at + dash.len()..]);
            let place_before = (1..=3).any(|n| {
                let word_starts: Vec<usize> =
                    before.match_indices(' ').map(|(i, _)| i + 1).collect();
                word_starts.len() >= n
                    && crate::place::is_any_place_name(
                        &before[word_starts[word_starts.len() - n]..],
                    )
            });
            if place_before && !crate::place::is_any_place_name(after) {
                return before;
            }
        }
    }
    span
}

/// The first two words of every name term ("giao thông", "xuất nhập").
fn term_openings() -> &'static rustc_hash::FxHashSet<String> {
    static SET: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        NAME_TERMS
            .iter()
            .chain(FIRST_WORDS)
            .filter_map(|t| {
                let mut words = t.split(' ');
                Some(format!("{} {}", words.next()?, words.next()?))
            })
            .collect()
    })
}

/// Where the name words of `span` end: before a term suffix ("… khóa IX")
/// and before a verb taken for the second syllable of a capitalized word
/// ("Cục Thuế thu", "Sở Nội vụ cho").
fn name_words_end(span: &str) -> usize {
    let mut prev_capitalized = false;
    let mut prev = "";
    // The head's own lower-case words ("Tổng công ty", "Hợp tác xã") and a
    // fixed name's ("Viện kiểm sát nhân dân") stay.
    let head_len = HEADS
        .iter()
        .filter(|h| span.starts_with(**h))
        .map(|h| h.len())
        .max()
        .unwrap_or(0)
        .max(chain::fixed_body_len(span))
        .max(chain::domain_head_len(span));
    let mut at: usize = 0;
    // The end of a fixed name met inside the span ("BCH Hội Nhà báo").
    let mut fixed_end = head_len;
    for word in span.split(' ') {
        if at >= fixed_end && word.starts_with(char::is_uppercase) {
            fixed_end = fixed_end.max(at + chain::fixed_body_len(&span[at..]));
        }
        if at < head_len || at < fixed_end {
            prev_capitalized = word.starts_with(char::is_uppercase);
            prev = word;
            at += word.len() + 1;
            continue;
        }
        let lower = word.starts_with(char::is_lowercase);
        let is_term = || term_openings().contains(&format!("{} {word}", prev.to_lowercase()));
        let verb = lower && prev_capitalized && chain::not_name_word(word) && !is_term();
        let term_suffix = at > 0 && matches!(word, "khóa" | "Khóa" | "KHÓA" | "nhiệm");
        if verb || term_suffix {
            return at.saturating_sub(1);
        }
        prev_capitalized = word.starts_with(char::is_uppercase);
        prev = word;
        at += word.len() + 1;
    }
    span.len()
}

/// Where the first body of `span` ends: a comma, "và" or a dash starts a new
/// body when a body or a person's name follows it ("Sở Y tế, Sở Tài chính";
/// "UBND tỉnh - Nguyễn Văn A"), and a comma part is one name with the rest
/// only when "và" closes it ("Sở Văn hóa, Thể thao và Du lịch").
fn first_body_end(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    let investigative = span.starts_with("Cơ quan");
    // "Ban Chính sách, Chiến lược Trung ương": a comma inside a fixed name.
    let mut from = chain::fixed_body_len(span);
    while let Some(rel) = span[from..].find([',', ' ']) {
        let at = from + rel;
        let (sep, rest) = if let Some(r) = span[at..].strip_prefix(", ") {
            (",", r)
        } else if let Some(r) = span[at..].strip_prefix(" và ") {
            ("và", r)
        } else if let Some(r) = span[at..]
            .strip_prefix(" - ")
            .or_else(|| span[at..].strip_prefix(" – "))
        {
            ("-", r)
        } else {
            from = at + 1;
            continue;
        };
        // What follows in the text, beyond the match: "… và Tập đoàn Điện lực".
        let after = &text[start + at + (span[at..].len() - rest.len())..];
        // Only a capitalized word can start another body or name: "phòng,
        // chống tham nhũng, tiêu cực" stays inside the fixed name.
        if !rest.starts_with(char::is_uppercase) {
            from = at + 1;
            continue;
        }
        let mut words = after.split([' ', ',']);
        let first = words.next().unwrap_or("");
        let second_capitalized = words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let starts_person = (crate::people::is_family_name(first)
            && second_capitalized
            && !crate::place::is_place_name(rest.split(',').next().unwrap_or(rest)))
            || crate::people::starts_with_title(after);
        let police_parent =
            investigative && sep == "," && (rest.starts_with("Công an") || rest.starts_with("Bộ "));
        // "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office of two bodies;
        // "Ban Dân tộc - HĐND tỉnh": a council's committee.
        let shared = (span.starts_with("Văn phòng") && sep == "và")
            || (span.starts_with("Ban ") && sep == "-");
        // A dash joins the parts of one name more often than two bodies
        // ("Đài Phát thanh - Truyền hình Quảng Nam").
        let new_body = is_body_start(after) && !police_parent && !shared && sep != "-";
        let open_list = sep == "," && !rest.contains(" và ") && !police_parent;
        if new_body || starts_person || open_list {
            return start + at;
        }
        from = at + 1;
    }
    end
}

/// Whether the body's name at `start..end` is no particular organization:
/// a class ("Trung tâm Chính trị cấp huyện", "cấp ủy, HĐND, UBND, MTTQ Việt
/// Nam các cấp") or a meeting's own organ ("Đoàn Chủ tịch"). Its words are
/// then no mark at all.
fn generic_reference(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    class_of_bodies_follows(&text[end..])
        || (!span.contains(' ') && class_after_list(text, end))
        // "giải thể 26 Ban Chỉ huy Quân sự huyện": a count of bodies (not
        // an ordinal, "Hội nghị lần thứ 11 Ban Chấp hành").
        || crate::scan::word_before(text, start).is_some_and(|w| {
            let before_number = text[..start].trim_end().len() - w.len();
            let lead = crate::scan::word_before(text, before_number).unwrap_or("");
            w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && w != "1"
                // After a verb; not "Điều 88 Bộ luật", "lần thứ 11 Ban …", "số 3".
                && lead.starts_with(char::is_lowercase)
                && !matches!(lead, "thứ" | "số" | "khoản" | "điều" | "lần" | "kỳ")
        })
        || MEETING_ORGANS.iter().any(|o| text[start..].starts_with(o))
}

/// Organs of a congress or a session, elected for its duration.
const MEETING_ORGANS: &[&str] = &[
    "Đoàn Chủ tịch",
    "Đoàn Thư ký",
    "Ban Thẩm tra tư cách",
    "Ban Kiểm phiếu",
    "Ban kiểm phiếu",
    "Tổ Thư ký",
];

/// Whether a list of bare bodies from `end` closes with a class ("HĐND,
/// UBND, MTTQ Việt Nam các cấp", "HĐND và UBND các xã, phường").
fn class_after_list(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    for _ in 0..4 {
        let Some(item) = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" và "))
        else {
            break;
        };
        // The next item: capitalized words or abbreviations only.
        let mut len = 0;
        for w in item.split(' ') {
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            len += w.trim_end_matches(',').len() + usize::from(len > 0);
            if w.ends_with(',') {
                break;
            }
        }
        if len == 0 {
            break;
        }
        rest = &item[len..];
    }
    let plural_unit = rest.strip_prefix(" các ").is_some_and(|r| {
        ["cấp", "xã", "phường", "huyện", "quận", "tỉnh", "địa phương"]
            .iter()
            .any(|w| r.starts_with(w))
    });
    plural_unit || class_of_bodies_follows(rest)
}

/// "… cấp huyện", "… trị cấp xã", "… các cấp" right after: a class of bodies.
fn class_of_bodies_follows(rest: &str) -> bool {
    // Headlines in capitals too: "HĐND CÁC CẤP".
    let mut words = rest.split(' ').skip(1).map(str::to_lowercase);
    let w1 = words.next().unwrap_or_default();
    let w2 = words.next().unwrap_or_default();
    // The name is read whole, so a class word follows right after it
    // ("Trung tâm Chính trị cấp huyện"); "… tỉnh, cấp huyện" and "… cung
    // cấp" are no class.
    // "Hội nhà báo các tỉnh", "UBND các xã": bodies of many units.
    let plural_units = w1 == "các"
        && ["cấp", "tỉnh", "huyện", "xã", "phường", "quận", "địa"]
            .iter()
            .any(|u| w2.starts_with(u));
    // "… Ủy ban MTTQ Việt Nam TPHCM, xã, phường, đặc khu": a list of unit kinds.
    let unit_kinds = rest.strip_prefix(", ").is_some_and(|r| {
        ["xã,", "phường,", "xã và", "phường và", "huyện,", "quận,"]
            .iter()
            .any(|u| r.starts_with(u))
    });
    unit_kinds || (!rest.starts_with(',') && (w1 == "cấp" || plural_units))
}

/// Where a trailing run of capitalized words (the locality) starts in `span`.
fn capitalized_tail(span: &str) -> Option<usize> {
    let mut at = None;
    let mut end = span.len();
    loop {
        let pos = span[..end].rfind(' ').map_or(0, |i| i + 1);
        let w = &span[pos..end];
        let cap = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase);
        if !cap || is_body_start(&span[pos..]) {
            break;
        }
        at = Some(pos);
        if pos == 0 {
            break;
        }
        end = pos - 1;
    }
    at.filter(|&p| p > 0)
}

/// Where a person's name (a family name and one to three more capitalized
/// syllables) closes a capitalized tail after some other words of it.
fn person_closing(tail: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = tail
        .split(' ')
        .scan(0, |at, w| {
            let item = (*at, w);
            *at += w.len() + 1;
            Some(item)
        })
        .collect();
    (1..words.len()).find_map(|i| {
        let (at, w) = words[i];
        let syllables = words.len() - i;
        let rest = &tail[at..];
        ((2..=4).contains(&syllables)
            && crate::people::is_family_name(w)
            && !crate::place::is_any_place_name(rest)
            && !crate::place::is_any_place_name(&tail[..at + w.len()]))
        .then_some(at)
    })
}

/// Whether a body's name starts `s` (the chain reader's own test).
pub fn is_body_start(s: &str) -> bool {
    chain::body_starts(s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Org, include_str!("examples.txt"));
    }
}
