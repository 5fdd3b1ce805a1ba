//! The noun a figure counts, its `unit` (GUIDELINES.md, "FIGURE"): the head
//! noun with the words that make it one term, read from a lexicon of counted
//! nouns rather than "the next few words", with the nouns coordinated with it
//! ("cán bộ, công chức") and a level or body that completes it ("đơn vị hành
//! chính cấp xã", "đại biểu Quốc hội"); never the verb or clause that follows
//! ("13 lần đi nước ngoài" → "lần").
//!
//! To teach Soi a counted noun: a line in `COUNTED_NOUNS` (`src/counted.rs`;
//! longer terms are matched before their head, so "tổ chức cơ sở đảng"
//! before "tổ chức").

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use super::unit_words::{CLASSIFIERS, COUNT_OPENERS, LEVELS, NOT_IN_UNIT};
use crate::compounds::KnownPairs;
use crate::counted::COUNTED_NOUNS;
use crate::people::{starts_with_title, TITLE_HEADS};
use crate::words::boundary_after as boundary;

/// Whether `text` starts with `term` in any case ("Đảng viên", "tổ chức Đảng").
fn folds_to(text: &str, term: &str) -> bool {
    let mut t = text.chars();
    term.chars().all(|b| {
        t.next()
            .is_some_and(|a| a == b || a.to_lowercase().eq(b.to_lowercase()))
    })
}

/// The counted nouns by their first word, so most words cost one look-up.
fn nouns_by_first_word() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for n in COUNTED_NOUNS {
            let first_len = n
                .find(|c: char| !crate::words::is_word_char(c))
                .unwrap_or(n.len());
            map.entry(&n[..first_len]).or_default().push(n);
        }
        map
    })
}

/// Two-syllable words the lexicons know ("công nghiệp", "bí thư", "sĩ
/// quan"): a unit never stops inside one.
fn is_known_pair(a: &str, b: &str) -> bool {
    static PAIRS: OnceLock<KnownPairs> = OnceLock::new();
    PAIRS
        .get_or_init(|| {
            KnownPairs::from_lexicons(&[
                COUNTED_NOUNS,
                CLASSIFIERS,
                crate::org::lexicon::NAME_TERMS,
                crate::org::lexicon::OBJECT_TAKING,
                TITLE_HEADS,
            ])
        })
        .contains(a, b)
}

/// `unit_end` moved past the next words while the unit's last syllable and
/// the next one make a word the lexicons know: "8 khu công nghiệp" (not "khu
/// công"), "hai bộ trưởng" (not "bộ"), "05 căn nhà tình bạn".
fn through_the_word(text: &str, start: usize, mut unit_end: usize) -> usize {
    // A few syllables at most: the pairs chain through a term ("tín nhiệm").
    for _ in 0..3 {
        let last = text[start..unit_end].rsplit(' ').next().unwrap_or_default();
        // A counted noun begun by the unit's last syllable runs on, stop words
        // and all: "3 nam sĩ quan" ("quan" alone is no noun), "100% số
        // phiếu tán thành"; never "11 người có" or "15 đại biểu dự".
        if let Some(noun_end) = noun_at(text, unit_end - last.len()).filter(|&e| e > unit_end) {
            unit_end = noun_end;
            continue;
        }
        let Some(next_end) = text[unit_end..]
            .strip_prefix(' ')
            .and_then(|_| plain_word(text, unit_end + 1))
        else {
            break;
        };
        let next = &text[unit_end + 1..next_end];
        // A unit's level is no syllable of its word: "7 cựu cán bộ huyện Long Mỹ"
        // ("bộ huyện" is a pair only inside "đảng bộ huyện", a term of its own).
        if !is_known_pair(last, next) || matches!(next, "tỉnh" | "huyện" | "xã" | "phường" | "quận")
        {
            break;
        }
        unit_end = next_end;
    }
    unit_end
}

/// The longest counted noun at `at`, as its end.
pub(super) fn noun_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(rest.len());
    let first = &rest[..len];
    let lowered;
    let key = if first.chars().any(char::is_uppercase) {
        lowered = first.to_lowercase();
        lowered.as_str()
    } else {
        first
    };
    nouns_by_first_word()
        .get(key)?
        .iter()
        .filter(|n| folds_to(rest, n))
        .map(|n| {
            at + rest
                .chars()
                .take(n.chars().count())
                .map(char::len_utf8)
                .sum::<usize>()
        })
        .filter(|&e| boundary(text, e))
        .max()
}

/// A lower-case word at `at` that may be a noun (no verb or function word).
pub(super) fn plain_word(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(rest.len());
    let w = &rest[..len];
    (len > 0 && w.chars().all(char::is_lowercase) && !NOT_IN_UNIT.contains(&w)).then_some(at + len)
}

/// One or two plain words at `at` ("chi hội", "pano ảnh"), as their end.
fn plain_words(text: &str, at: usize) -> Option<usize> {
    let first = plain_word(text, at)?;
    Some(
        text[first..]
            .strip_prefix(' ')
            .and_then(|_| plain_word(text, first + 1))
            .unwrap_or(first),
    )
}

/// What a measure weighs when the text names it with a capital: "156 kg Bạc,",
/// "100 kg Methamphetamine,". One word, then punctuation or the text's end
/// (two capitalized words are a name: "20 ha Đông Anh").
pub fn material_named(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].strip_prefix(' ')?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let len = rest
        .find(|c: char| !crate::words::is_word_char(c))
        .unwrap_or(rest.len());
    let after = rest[len..].chars().next();
    let closes = matches!(after, None | Some(',' | '.' | ';' | ')' | '(' | '\n'));
    (len >= 2 && closes).then(|| rest[..len].to_string())
}

/// A title counted ("2 Phó Chủ tịch", "4 Ủy viên"): the title's words.
fn title_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if !rest.starts_with(char::is_uppercase) || !starts_with_title(rest) {
        return None;
    }
    // Later words in any case: "Ba Phó bí thư".
    TITLE_HEADS
        .iter()
        .filter_map(|t| crate::words::prefix_without_case(rest, t))
        .map(|len| at + len)
        .filter(|&e| boundary(text, e))
        .max()
}

/// The counted noun after a figure that ends at byte `end`, as written.
pub fn counted_noun(text: &str, end: usize) -> Option<String> {
    if !text[end..].starts_with(' ') {
        return None;
    }
    let start = end
        + 1
        + COUNT_OPENERS
            .iter()
            .find(|o| {
                text[end + 1..].starts_with(**o) && noun_at(text, end + 1 + o.len()).is_some()
            })
            .map_or(0, |o| o.len());
    // Every path below asks for the listed noun there: read once.
    let noun = noun_at(text, start);
    if let Some(title_end) = title_at(text, start).filter(|_| noun.is_none()) {
        return Some(text[start..crate::org::holders_body_end(text, title_end)].to_string());
    }
    // Bodies counted: "giải thể 26 Ban Chỉ huy Quân sự huyện", "cho 12 Hội
    // Chữ thập đỏ" (the body's name, longer than the counted noun "hội").
    if text[start..].starts_with(char::is_uppercase) {
        if let Some(body_end) =
            crate::org::name_at(text, start).filter(|&e| noun.is_none_or(|n| e > n))
        {
            return Some(text[start..body_end].to_string());
        }
    }
    let mut unit_end = match noun {
        Some(e) => e,
        // Not in the lexicon: one or two plain words ("chi hội", "pano ảnh").
        None => plain_words(text, start)?,
    };
    if CLASSIFIERS.contains(&&text[start..unit_end]) && text[unit_end..].starts_with(' ') {
        let next = unit_end + 1;
        if let Some(e) = noun_at(text, next).or_else(|| plain_words(text, next)) {
            unit_end = e;
        }
    }
    unit_end = through_the_word(text, start, unit_end);
    unit_end = crate::org::holders_body_end(text, unit_end);
    // An abbreviation that qualifies it: "dự án FDI", "sản phẩm OCOP".
    if let Some(r) = text[unit_end..].strip_prefix(' ') {
        let len = r
            .find(|c: char| !crate::words::is_word_char(c))
            .unwrap_or(r.len());
        let word = &r[..len];
        if len >= 2
            && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && word.chars().any(char::is_uppercase)
            && crate::org::name_at(text, unit_end + 1).is_none()
        {
            unit_end += 1 + len;
        }
    }
    // A level or a body completes it: "… cấp xã", "đại biểu Quốc hội", "đại biểu HĐND tỉnh".
    let has_level = text[start..unit_end].contains(" cấp ");
    if let Some(level) = text[unit_end..]
        .strip_prefix(" cấp ")
        .filter(|_| !has_level)
    {
        let len = LEVELS
            .iter()
            .find(|l| level.starts_with(**l) && boundary(level, l.len()))
            .map_or_else(
                || {
                    level
                        .find(|c: char| !crate::words::is_word_char(c))
                        .unwrap_or(level.len())
                },
                |l| l.len(),
            );
        if len > 0 {
            unit_end += " cấp ".len() + len;
        }
    } else if text[start..].starts_with(char::is_lowercase)
        // Deputies are counted with their council ("30 đại biểu Quốc hội");
        // other members not ("17 ủy viên UBND tỉnh" counts ủy viên).
        && text[start..unit_end].ends_with("đại biểu")
        && text[unit_end..].starts_with(' ')
        && text[unit_end + 1..].starts_with(char::is_uppercase)
    {
        if let Some(body_end) = crate::org::name_at(text, unit_end + 1) {
            unit_end = body_end;
        }
    }
    // "59 xã khu vực III": the area a commune is ranked in.
    if let Some(r) = text[unit_end..].strip_prefix(" khu vực ") {
        let roman = r
            .chars()
            .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
            .count();
        if roman > 0 && boundary(r, roman) {
            unit_end += " khu vực ".len() + roman;
        }
    }
    // Nouns coordinated with it: "cán bộ, công chức", "xã, phường, thị trấn".
    loop {
        let rest = &text[unit_end..];
        let Some(sep) = [", ", " và "].into_iter().find(|s| rest.starts_with(s)) else {
            break;
        };
        // The same noun again starts a new clause: "60.000 sinh viên, sinh viên …".
        let next = unit_end + sep.len();
        match noun_at(text, next) {
            Some(e) if text[next..e] == text[start..unit_end] => break,
            // "11 dự án, tổng vốn đầu tư …": an aggregate opens a new clause.
            Some(_) if text[next..].starts_with("tổng ") => break,
            // "11 thành viên, đồng chí Nông Thị Hà làm …": a title before a name.
            Some(e)
                if text[e..].starts_with(' ') && text[e + 1..].starts_with(char::is_uppercase) =>
            {
                break
            }
            Some(e) if sep == ", " || noun_at(text, start).is_some() => unit_end = e,
            _ => break,
        }
    }
    Some(text[start..unit_end].to_string())
}

#[cfg(test)]
mod tests {
    use super::counted_noun;

    fn unit(text: &str) -> Option<String> {
        let end = text.find(' ').unwrap();
        counted_noun(text, end)
    }

    #[test]
    fn bodies_counted_keep_their_name() {
        assert_eq!(
            unit("26 Ban Chỉ huy Quân sự huyện được giải thể").as_deref(),
            Some("Ban Chỉ huy Quân sự huyện")
        );
        assert_eq!(
            unit("5 Ban Chỉ huy phòng thủ khu vực").as_deref(),
            Some("Ban Chỉ huy phòng thủ khu vực")
        );
    }

    #[test]
    fn kinds_levels_classifiers_and_openers() {
        let cases = [
            ("783ha cây trồng khác bị", "cây trồng khác"),
            ("26 nhà dân bị sập", "nhà dân"),
            ("2 con trâu chết", "con trâu"),
            ("30 người giữ chức vụ", "người"),
            (
                "6 hồ sơ di tích cấp quốc gia được",
                "hồ sơ di tích cấp quốc gia",
            ),
            (
                "39 đơn vị hành chính cấp xã cấp xã, gồm",
                "đơn vị hành chính cấp xã",
            ),
            ("71,9% số lượng đơn vị hành chính", "đơn vị hành chính"),
            ("100% các tiêu chí", "tiêu chí"),
            (
                "98 chi cục thuế khu vực trên cả nước",
                "chi cục thuế khu vực",
            ),
            (
                "24 cuộc tự kiểm tra, giám sát",
                "cuộc tự kiểm tra, giám sát",
            ),
            ("8 Tiểu ban, gồm", "Tiểu ban"),
            ("31% GRDP của tỉnh", "GRDP"),
            // A title before a name and an aggregate open new clauses.
            ("11 thành viên, đồng chí Nông Thị Hà làm", "thành viên"),
            ("11 dự án, tổng vốn đầu tư", "dự án"),
            // Never stopped inside a word the lexicons know.
            ("tám khu công nghiệp đi vào hoạt động", "khu công nghiệp"),
            ("hai bộ trưởng đã ký", "bộ trưởng"),
            ("05 căn nhà tình bạn cho", "căn nhà tình bạn"),
            ("Ba phó bí thư được", "phó bí thư"),
            ("Ba Phó bí thư được bầu", "Phó bí thư"),
            ("6 tân giám đốc sở", "tân giám đốc"),
            // A level after the noun is no syllable of its word ("bộ huyện").
            ("7 cựu cán bộ huyện Long Mỹ", "cựu cán bộ"),
            ("12 đảng bộ huyện và", "đảng bộ huyện"),
            ("12.051 tờ khai, tăng", "tờ khai"),
            ("2 điện thoại di động và", "điện thoại di động"),
            // A unit's kind that makes one term with it.
            ("14 xã biên giới của huyện", "xã biên giới"),
            ("12 đội tuyển tham dự", "đội tuyển"),
            ("3 trường chuyên của tỉnh", "trường chuyên"),
            ("125 liên hiệp hợp tác xã", "liên hiệp hợp tác xã"),
            ("2 xe đầu kéo chở hàng", "xe đầu kéo"),
        ];
        for (text, want) in cases {
            assert_eq!(unit(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn counted_nouns_from_the_lexicon() {
        assert_eq!(
            unit("2.024 đảng viên được kết nạp").as_deref(),
            Some("đảng viên")
        );
        assert_eq!(
            unit("01 tổ chức cơ sở đảng").as_deref(),
            Some("tổ chức cơ sở đảng")
        );
        assert_eq!(
            unit("100 doanh nghiệp giải thể").as_deref(),
            Some("doanh nghiệp")
        );
        assert_eq!(unit("13 lần đi nước ngoài").as_deref(), Some("lần"));
        assert_eq!(unit("5 đồng chí").as_deref(), Some("đồng chí"));
        assert_eq!(
            unit("9 tập thể, cá nhân").as_deref(),
            Some("tập thể, cá nhân")
        );
        assert_eq!(
            unit("124 đơn vị hành chính cấp xã").as_deref(),
            Some("đơn vị hành chính cấp xã")
        );
        assert_eq!(unit("95 Đảng viên").as_deref(), Some("Đảng viên"));
        assert_eq!(unit("2 Phó Chủ tịch UBND").as_deref(), Some("Phó Chủ tịch"));
        assert_eq!(
            unit("30 đại biểu Quốc hội").as_deref(),
            Some("đại biểu Quốc hội")
        );
        assert_eq!(
            unit("42 phiếu tín nhiệm cao").as_deref(),
            Some("phiếu tín nhiệm")
        );
    }
}
