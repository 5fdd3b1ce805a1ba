//! REGULATION: references to specific documents (GUIDELINES.md, "REGULATION").
//!
//! To add a document type: `frag::TYPE_WORD` (and `symbols::TYPE_CODES` for its
//! code); to add an issuer code: `symbols::ISSUERS`; to add a form: a rule in
//! [`rules`] and lines in `examples.txt`.

mod by_name;
pub mod symbols;

use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::rule::Context;
use crate::rule::{rule, Edges, Hit, Rule};
use crate::words::{word_after, words_before};
use by_name::{
    amending_law, body_charter, congress_resolution, law_by_name, listed_congress, named,
    plenum_resolution,
};
use symbols::{canonical_type_word, decode_issuer, normalize_code, normalize_issuer, type_of_code};

/// Named pattern fragments.
pub mod frag {
    /// Document-type words, capitalized or not ("Nghị quyết", "nghị quyết").
    pub const TYPE_WORD: &str = r"(?:[Nn]ghị quyết liên tịch|[Nn]ghị quyết|[Nn]ghị định|[Qq]uyết định|[Qq]uy định|[Cc]hỉ thị|[Kk]ết luận (?:thanh|kiểm) tra|[Kk]ết luận|[Qq]uyết định thanh tra|[Hh]ướng dẫn|[Tt]hông báo kết luận|[Tt]hông báo|[Tt]hông tư liên tịch|[Tt]hông tư|[Tt]hông tri|[Kk]ế hoạch liên tịch|[Kk]ế hoạch|[Cc]hương trình hành động|[Cc]hương trình|[Đđ]ề án|[Cc]ông văn|[Cc]ông điện|[Bb]áo cáo|[Qq]uy chế|[Tt]ờ trình|[Pp]háp lệnh|[Ll]uật|[Ll]ệnh|[Hh]iến pháp|[Gg]iấy phép|[Vv]ăn bản)";
    /// Short forms used before a bare number: "NQ57", "QĐ 114".
    pub const TYPE_ABBREV: &str = r"(?:NQ|QĐ|CT|KL|NĐ)";
    /// "số", "Số:", "số :".
    pub const NUMBER_WORD: &str = r"(?:[Ss]ố\s*:?\s*)";
    /// A document number: digits with an optional letter ("30c").
    pub const DOC_NUMBER: &str = r"[0-9]{1,5}[a-z]?";
    /// The type codes both symbol patterns know, longer first (one list:
    /// a new code goes here and in `symbols::TYPE_CODES`).
    macro_rules! type_codes {
        () => {
            "TTLT|KHLT|NQLT|QĐi|QyĐ|CTr|TTr|NQ|QĐ|QD|CT|KL|HD|TB|KH|ĐA|DA|CV|BC|QC|TT|NĐ|ND|CĐ|TC|PA|BB|HĐ|GM|GP|VBHN"
        };
    }
    /// Type codes inside symbols ("NQ", "QĐ", "QĐi", "QyĐ", "CTr"), any case.
    pub const TYPE_CODE: &str = concat!("(?:(?i:", type_codes!(), "))");
    /// A longer Party code keeps its extra letters: "1399-QĐNS/TW".
    pub const PARTY_TYPE_CODE: &str = concat!("(?:(?i:", type_codes!(), ")(?:[A-ZĐ]{1,3})?)");
    /// Issuer codes: "TW", "TƯ", "T.Ư", "UBND", "TWĐTN-VP", "BTCTW".
    pub const ISSUER: &str = r"(?:T\.Ư|(?i:[A-ZĐƯ][A-ZĐƯ0-9]*)(?:-[A-ZĐƯ][A-ZĐƯa-z0-9]*)*)";
    pub const ROMAN: &str = r"(?:[IVXL]+)";
}

/// REGULATION rules, in priority order.
pub fn rules() -> Vec<Rule> {
    use frag::*;
    let dash = r"\s*[-–]\s*";
    // Party: "21-NQ/TW", "21 – NQ/TW", "84 QĐ/TWĐTN". State: "30/2020/NĐ-CP",
    // "1234/QĐ-UBND", "1961/QĐUBND", "80/2015/QH13", "5973/UBND-KT", "646/QĐ/QUTW",
    // "1782/KL - TTCP".
    let party = format!(
        r"(?P<n>{DOC_NUMBER})(?:{dash}|\s)(?P<code>{PARTY_TYPE_CODE})\s?/\s?(?P<iss>{ISSUER})"
    );
    let state = format!(
        r"(?P<sn>{DOC_NUMBER})/(?:(?P<y>(?:19|20)[0-9]{{2}})/)?(?:(?P<scode>{TYPE_CODE})(?:[-/]| [-–] )?(?P<siss>{ISSUER})|(?P<qh>(?:UBTVQH|QH)[0-9]{{1,2}})|(?P<cv>{ISSUER}))"
    );
    let symbol = format!(r"(?:{party}|{state})");
    // The rules whose builder first checks `edges_ok` refuse a match glued
    // to a letter or digit (the pass need not read such matches); a list's
    // later number starts at its separator, after a word.
    vec![
        // "Nghị quyết số 21-NQ/TW", "Nghị định 30/2020/NĐ-CP".
        rule("type_and_symbol", format!(r"(?P<type>{TYPE_WORD})\s+{NUMBER_WORD}?{symbol}"), with_symbol).refusing_glued(),
        // A licence named by its kind: "giấy phép khai thác khoáng sản số 02/GP-UBND".
        rule("licence_kind_and_symbol", format!(r"(?P<type>[Gg]iấy phép(?: \p{{Ll}}+){{1,4}})\s+{NUMBER_WORD}{symbol}"), with_symbol).refusing_glued(),
        // "số 19-NQ/TW" in a list, or a symbol alone: "21-NQ/TW".
        rule("symbol", format!(r"{NUMBER_WORD}?{symbol}"), with_symbol).refusing_glued(),
        // "Nghị quyết Trung ương 4" (a plenum's resolution).
        rule("plenum_resolution", r"[Nn]ghị quyết (?:Hội nghị )?Trung ương (?P<plenum>[0-9]{1,2}|[IVX]+)".to_string(), plenum_resolution).refusing_glued(),
        // "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX",
        // "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII" (its issuer,
        // "của Đảng", left out).
        rule(
            "congress_resolution",
            // Only the head: the name is read word by word in `congress_resolution`
            // (a bounded repetition of letter classes would blow up the lazy DFA).
            r"Nghị quyết Đại hội ".to_string(),
            congress_resolution,
        ),
        // "Nghị quyết Đại hội XII, XIII của Đảng": a later congress of the same list.
        rule("listed_congress", r"(?:,\s*|\s+và\s+)(?P<n>[IVXL]{1,6})".to_string(), listed_congress),
        // "Điều lệ Hội Cựu chiến binh Việt Nam": a body's charter.
        rule("body_charter", r"Điều lệ ".to_string(), body_charter),
        // "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự".
        rule(
            "amending_law",
            r"Luật [Ss]ửa đổi, bổ sung ".to_string(),
            amending_law,
        ),
        // "Quy định 114", "Quy định số 85", "Nghị định 29", and with the year of
        // its symbol, "Nghị định 100/2019", "Quyết định 26/2018".
        // "chương trình phối hợp số 22": a joint document keeps "phối hợp".
        rule("type_and_number", format!(r"(?P<type>{TYPE_WORD})(?:\s+phối hợp)?\s+{NUMBER_WORD}?(?P<n>{DOC_NUMBER}(?:/(?:19|20)[0-9]{{2}})?)"), with_number).refusing_glued(),
        rule("abbrev_and_number", format!(r"(?P<type>{TYPE_ABBREV})\s?(?P<n>[0-9]{{1,4}})"), with_number).refusing_glued(),
        // "Nghị định 29 và 178": a later number of the same type word.
        rule("listed_number", format!(r"(?:,\s*|\s+và\s+)(?P<lead>{NUMBER_WORD})?(?P<n>{DOC_NUMBER})"), listed_number),
        // "Điều lệ Đảng", "Hiến pháp năm 2013", "Cương lĩnh chính trị"; the
        // codes by their abbreviation, "BLHS 2015", "BLTTHS năm 2015".
        rule(
            "charter",
            r"(?:Điều lệ Đảng|Cương lĩnh chính trị|(?:Hiến pháp|BLTTHS|BLTTDS|BLHS|BLDS|BLLĐ)(?: năm (?:19|20)[0-9]{2}| (?:19|20)[0-9]{2})?)".to_string(),
            named,
        )
        .refusing_glued(),
        // "Luật Đất đai năm 2024", "Bộ luật Hình sự", "Luật Tổ chức chính quyền địa phương".
        rule(
            "law_by_name",
            r"(?:[Bb]ộ [Ll]uật (?:\p{Lu}|hình sự|dân sự|lao động|tố tụng|hàng hải)|Luật \p{Lu})".to_string(),
            law_by_name,
        ),
    ]
}

/// A symbol glued to letters, digits, slashes or a number going on is no document's.
const EDGES: Edges = Edges {
    glued_before: &['/', '-'],
    glued_after: &['/'],
    number_goes_on: &['-', '.', ','],
};

fn edges_ok(hit: &Hit) -> bool {
    EDGES.clean(hit)
}

fn regulation(
    start: usize,
    end: usize,
    id: String,
    doc_type: Option<String>,
    issuer: Option<String>,
) -> Candidate {
    Candidate::new(Kind::Regulation, start, end, rank::REGULATION).with_attrs(Attrs {
        id: Some(id.into_boxed_str()),
        doc_type: doc_type.map(String::into_boxed_str),
        issuer: issuer.map(String::into_boxed_str),
        ..Attrs::default()
    })
}

/// A document named by its words, from the hit's start to `end`: its id is
/// the name itself ("Điều lệ Hội Cựu chiến binh Việt Nam").
fn named_document(hit: &Hit, end: usize, doc_type: &str) -> Candidate {
    let name = &hit.text[hit.start..end];
    regulation(
        hit.start,
        end,
        name.to_string(),
        Some(doc_type.to_string()),
        None,
    )
}

fn with_symbol(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !edges_ok(hit) {
        return None;
    }
    let type_word = hit.group("type").map(canonical_type_word);
    if let Some(n) = hit.group("n") {
        // Party style: number-CODE/ISSUER.
        let code = normalize_code(hit.group("code")?);
        let issuer = normalize_issuer(hit.group("iss")?);
        let id = format!("{n}-{code}/{issuer}");
        let doc_type = type_word.or_else(|| type_of_code(&code).map(str::to_string));
        return Some(regulation(
            hit.start,
            hit.end,
            id,
            doc_type,
            decode_issuer(&issuer),
        ));
    }
    let n = hit.group("sn")?;
    let year = hit.group("y").map(|y| format!("/{y}")).unwrap_or_default();
    let (id, code, issuer) = if let Some(qh) = hit.group("qh") {
        (format!("{n}{year}/{qh}"), None, qh.to_string())
    } else if let Some(code) = hit.group("scode") {
        let code = normalize_code(code);
        let issuer = normalize_issuer(hit.group("siss")?);
        // A Party issuer written State-style ("31/QĐ-TW") is the Party symbol 31-QĐ/TW.
        if year.is_empty() && symbols::is_party_issuer(&issuer) {
            (format!("{n}-{code}/{issuer}"), Some(code), issuer)
        } else {
            (format!("{n}{year}/{code}-{issuer}"), Some(code), issuer)
        }
    } else {
        // Công văn: "5973/UBND-KT". Without a type word this is too easily
        // something else ("1/UBND"), so require one.
        type_word.as_ref()?;
        let iss = hit.group("cv")?;
        (
            format!("{n}{year}/{iss}"),
            None,
            iss.split('-').next().unwrap_or(iss).to_string(),
        )
    };
    // A State symbol with neither year nor a known code is too weak alone.
    if type_word.is_none() && code.is_none() && year.is_empty() {
        return None;
    }
    let doc_type = type_word.or_else(|| code.as_deref().and_then(type_of_code).map(str::to_string));
    Some(regulation(
        hit.start,
        hit.end,
        id,
        doc_type,
        decode_issuer(&issuer),
    ))
}

/// Words after "Kế hoạch 5" that make the number a duration, not a document.
const NOT_A_DOC_AFTER: &[&str] = &[
    "năm", "tháng", "ngày", "tuần", "giờ", "nhiệm", "kỳ", "lần", "tỷ", "triệu", "nghìn", "người",
    "%",
];

fn with_number(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !edges_ok(hit) {
        return None;
    }
    let type_raw = hit.group("type")?;
    if word_after(hit.text, hit.end)
        .is_some_and(|w| NOT_A_DOC_AFTER.contains(&w.to_lowercase().as_str()))
        && !followed_by_date(hit)
    {
        return None;
    }
    // Lower-case type words need "số" ("nghị quyết số 21"), else "báo cáo 6 …" slips in.
    if type_raw.starts_with(char::is_lowercase)
        && !hit.as_str().contains("số")
        && !hit.as_str().contains("Số")
    {
        return None;
    }
    let n = hit.group("n")?;
    let doc_type = symbols::type_of_abbrev(type_raw)
        .map(str::to_string)
        .or_else(|| Some(canonical_type_word(type_raw)));
    Some(regulation(
        hit.start,
        hit.end,
        n.to_string(),
        doc_type,
        None,
    ))
}

/// "… số 205 năm 2019", "… số 85 ngày 7/10/2022": the document's date, not a duration.
fn followed_by_date(hit: &Hit) -> bool {
    let rest = hit.text[hit.end..].trim_start();
    let year = rest
        .strip_prefix("năm ")
        // Four digits, read as bytes: "năm tuổi" has a letter across byte 4.
        .is_some_and(|r| {
            r.as_bytes()
                .get(..4)
                .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
        });
    let day = rest
        .strip_prefix("ngày ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    year || day
}

fn listed_number(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    // The match starts at the separator, so only its end is checked.
    let rest = hit.text[hit.end..].trim_start_matches(' ');
    if hit
        .after()
        .is_some_and(|c| crate::words::is_word_char(c) || c == '/')
        || rest.starts_with(['-', '–', '/'])
    {
        return None;
    }
    // Only right after another reference: "Nghị định 29 và 178", "…-NQ/TW, số 19".
    let (n_start, _) = hit.span("n")?;
    let start = hit.span("lead").map_or(n_start, |s| s.0);
    let before = &hit.text[..hit.start];
    let tail: String = before
        .chars()
        .rev()
        .take(48)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let previous_is_doc = {
        let t = tail.trim_end();
        let last = t.rsplit([' ', ',']).next().unwrap_or("");
        let last_is_ref =
            last.contains('/') || last.chars().all(|c| c.is_ascii_digit()) && !last.is_empty();
        let words = words_before(hit.text, hit.start, 3);
        last_is_ref
            && (tail.contains("Nghị")
                || tail.contains("Quy")
                || tail.contains("Quyết")
                || tail.contains("Chỉ thị")
                || tail.contains("Kết luận")
                || tail.contains("NQ")
                || tail.contains("QĐ")
                || tail.contains("Thông tư")
                || words.contains("số"))
    };
    if !previous_is_doc
        || word_after(hit.text, hit.end).is_some_and(|w| NOT_A_DOC_AFTER.contains(&w))
    {
        return None;
    }
    let n = hit.group("n")?;
    Some(regulation(start, hit.end, n.to_string(), None, None))
}
#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Regulation, include_str!("examples.txt"));
    }
}
