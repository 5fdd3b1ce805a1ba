//! Reads an organization's name word by word, from a capitalized word:
//! one or more bodies in a chain, then a level and a locality (see the
//! module's documentation in `mod.rs`); each body by `name.rs`, with the
//! look-ups of `grammar.rs`. Small anchored patterns and word
//! look-ups do the work, so the cost per start is bounded and the scan stays
//! linear in the text.

use super::grammar::{grammar, Grammar};
use super::name::{post_at, starts_body, structured};
use super::parts::{mission_seat, place_name_at};
use super::subjects::{prevention_subject, steering_task, subject_after};
use super::words::{abbreviation, anchored, boundary, digits, lowercase_word, soft_boundary};
use crate::words::is_word_char;

/// The longest name read, in bytes: bounds the work done from one start.
pub(super) const MAX_NAME_BYTES: usize = 400;

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

/// "Đoàn" or "Hội" at `at` standing for the whole body after its central
/// level ("Trung ương Đoàn", "Trung ương Hội"): no name goes on after it.
pub(super) fn bare_mass_head(text: &str, at: usize) -> Option<usize> {
    let head = ["Đoàn", "Hội"]
        .iter()
        .find(|h| text[at..].starts_with(**h))?;
    let e = at + head.len();
    let name_goes_on = text[e..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    (boundary(text, e) && !name_goes_on).then_some(e)
}

/// Party and union bodies a unit's abbreviation may follow ("Đảng ủy CDC").
const UNIT_PARTY_BODIES: &[&str] = &["Đảng ủy", "Đảng uỷ", "Đảng bộ", "Chi bộ", "Công đoàn"];

/// "Thường trực" before a body: the standing part of it, read past by [`unit`].
pub(super) const STANDING: &str = "Thường trực ";

/// Whether a body's head at `at` has the standing rank right after it
/// ("Thanh tra Thường trực"): after "Tổng" that is a post with its rank, not
/// a body.
pub(super) fn head_with_standing_rank(text: &str, at: usize) -> bool {
    grammar().heads.candidates(text, at).iter().any(|head| {
        text[at..].starts_with(head.as_str())
            && text[at + head.len()..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(STANDING))
    })
}

/// Where the body starts in "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung
/// ương": after a head's title ("Trưởng", "trưởng"), "Ban Thường trực" before
/// another capitalized name is the post's rank (the standing deputy head),
/// not a body; the body is the name after it. `at` is that "Ban" (or "ban").
pub(super) fn body_after_standing_board(text: &str, at: usize) -> Option<usize> {
    const BOARD: [&str; 2] = ["Ban Thường trực ", "ban Thường trực "];
    let board = BOARD.iter().find(|b| text[at..].starts_with(**b))?;
    let after = at + board.len();
    let titled = matches!(
        crate::words::word_before(text, at),
        Some("Trưởng" | "trưởng")
    );
    (titled && text[after..].starts_with(crate::words::is_upper)).then_some(after)
}

/// "Trung ương" before a mass body ("Trung ương Hội Nông dân"), read past by [`read`].
const CENTRAL: &str = "Trung ương ";

/// A country's armed forces, named with the country: "Hải quân Liên bang
/// Nga", "Không quân Mỹ", "Quân đội Hoàng gia Campuchia" (Vietnam's own are
/// fixed names, `lexicon::FIXED_BODIES`).
const ARMED_FORCES: &[&str] = &[
    "Hải quân ",
    "Không quân ",
    "Lục quân ",
    "Quân đội Hoàng gia ",
    "Quân đội ",
    "Lực lượng Phòng vệ ",
];

/// The end of a foreign armed force's name at `at`.
pub(super) fn armed_force_of_country(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let force = ARMED_FORCES.iter().find(|f| rest.starts_with(**f))?;
    crate::gazetteer::country_end(text, at + force.len())
}

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
        || armed_force_of_country(text, at).is_some()
}

/// The end of the organization name that starts at `at`, if one does.
/// Whether a locality read up to `end` stops inside a word the name
/// lexicons know ("Hội đồng quản trị Công | ty", "BCH Quân | sự TP"): its
/// capitalized last syllable opens that word, no place.
fn splits_a_word(text: &str, end: usize) -> bool {
    static PAIRS: std::sync::OnceLock<crate::compounds::KnownPairs> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        use super::lexicon::{COMPANY_HEADS, FIRST_WORDS, HEADS, NAME_TERMS};
        crate::compounds::KnownPairs::from_lexicons(&[
            HEADS,
            COMPANY_HEADS,
            FIRST_WORDS,
            NAME_TERMS,
        ])
    });
    let (Some(last), Some(next)) = (
        crate::words::word_before(text, end),
        text[end..]
            .strip_prefix(' ')
            .and_then(|_| crate::words::word_after(text, end)),
    ) else {
        return false;
    };
    next.starts_with(char::is_lowercase) && pairs.contains(last, next)
}

pub fn read(text: &str, at: usize) -> Option<usize> {
    let g = grammar();
    let limit = (at + MAX_NAME_BYTES).min(text.len());
    // "Trung ương Hội Nông dân Việt Nam": the central level of a mass body.
    let first = match text[at..].strip_prefix(CENTRAL) {
        Some(r) if r.starts_with("Hội ") || r.starts_with("Đoàn ") => at + CENTRAL.len(),
        _ => at,
    };
    let mut end = match armed_force_of_country(text, first) {
        Some(e) => e,
        None => match unit(g, text, first, limit) {
            Some(e) => e,
            // "Trung ương Hội đã phát động": the body named by its head alone.
            None => return bare_mass_head(text, first).filter(|_| first > at),
        },
    };
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
    // "Ban Chấp hành Trung ương Đoàn": the Youth Union's central level.
    if text[first..end].ends_with("Trung ương") {
        if let Some(e) = text[end..]
            .strip_prefix(' ')
            .and_then(|_| bare_mass_head(text, end + 1))
        {
            end = e;
        }
    }
    // "Thường trực Ủy ban Quốc gia về …": the standing part's body takes the subject.
    let body_start = first
        + text[first..]
            .strip_prefix(STANDING)
            .map_or(0, |_| STANDING.len());
    if let Some(e) = subject_after([&g.terms, &g.capitalized_terms], text, body_start, end)
        .or_else(|| prevention_subject(text, first, end))
        .or_else(|| steering_task(&g.admin_locality, text, first, end))
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
        .filter(|&e| !splits_a_word(text, e))
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
    // "… Quản lý đô thị quận 7", "Chi cục Hải quan khu vực 9": a numbered unit
    // read as a name word keeps its number.
    let numbered_unit = [" quận", " phường", " khu vực"]
        .into_iter()
        .find(|w| text[first..end].ends_with(w));
    if let Some(e) = text[end..]
        .strip_prefix(' ')
        .filter(|_| numbered_unit.is_some())
        .and_then(|_| digits(text, end + 1))
        .filter(|&e| e - end - 1 <= 2 && boundary(text, e))
    {
        end = e;
        // The 2025 defence zones and regional courts are named with their seat
        // after a dash: "Ban Chỉ huy Phòng thủ khu vực 3 – Quỳ Châu".
        if let Some(place) = [" - ", " – "]
            .iter()
            .find_map(|d| text[end..].strip_prefix(d).map(|_| end + d.len()))
            .filter(|_| numbered_unit == Some(" khu vực"))
            .and_then(|q| place_name_at(text, q))
        {
            end = place;
        }
    }
    // "Hội đồng OCOP cấp Trung ương": the one council of that level, where
    // "cấp tỉnh", "cấp huyện" name a class ([`super::generic`]).
    let end = [
        " cấp Trung ương",
        " cấp trung ương",
        " cấp quốc gia",
        " cấp Quốc gia",
    ]
    .iter()
    .find(|l| text[end..].starts_with(**l) && boundary(text, end + l.len()))
    .map_or(end, |l| end + l.len());
    let end = mission_seat(&g.locality, text, at, end).unwrap_or(end);
    Some(of_the_assembly(text, at, end))
}

/// A number that ends a unit's name after its words: "Tiểu đoàn Huấn luyện -
/// Cơ động 2", "Đội Cảnh sát giao thông số 3" (numbered heads only), when
/// the number ends the phrase (punctuation, a capital, or a word after it
/// that is no counted noun's first syllable: not "Đội X 3 năm", "Tổ 5 người").
fn trailing_number(g: &Grammar, text: &str, at: usize, end: usize) -> usize {
    // Whether the name opens with a numbered head and a space: its first
    // words looked up, not every head tried.
    let name = &text[at..end];
    let numbered = name
        .match_indices(' ')
        .take(g.numbered_heads_words)
        .any(|(i, _)| g.numbered_heads.contains(&name[..i]));
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
        // "Phòng Nghiệp vụ 3 - Vụ Giám sát": its parent after a dash.
        || [" - ", " – "]
            .iter()
            .any(|d| after.strip_prefix(d).is_some_and(|r| r.starts_with(char::is_uppercase)))
        || after.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(char::is_uppercase)
                || lowercase_word(text, e + 1)
                    .is_some_and(|w| !crate::counted::starts_a_count(&text[e + 1..w]))
        });
    if closes {
        e
    } else {
        end
    }
}

/// The National Assembly's councils and committees are named with it:
/// "Hội đồng Dân tộc của Quốc hội", "Ủy ban Kinh tế của Quốc hội", and a
/// foreign one with its country ("Ủy ban Dân tộc của Quốc hội Lào").
fn of_the_assembly(text: &str, at: usize, end: usize) -> usize {
    // "Thường trực Ủy ban Quốc phòng và An ninh của Quốc hội": its standing members too.
    let body = &text[at..end];
    let body = body.strip_prefix("Thường trực ").unwrap_or(body);
    let council = body.starts_with("Ủy ban ") || body.starts_with("Hội đồng ");
    match text[end..].strip_prefix(" của Quốc hội") {
        Some(r) if council && !r.starts_with(is_word_char) => {
            let assembly_end = end + " của Quốc hội".len();
            text[assembly_end..]
                .strip_prefix(' ')
                .and_then(|_| crate::gazetteer::country_end(text, assembly_end + 1))
                .unwrap_or(assembly_end)
        }
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
        let mut bodies = 0;
        for (path, article) in crate::corpus_articles::articles(&["dev", "train"]) {
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
