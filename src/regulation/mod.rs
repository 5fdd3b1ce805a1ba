//! REGULATION: references to specific documents (GUIDELINES.md, "REGULATION").
//!
//! To add a document type: `frag::TYPE_WORD` (and `symbols::TYPE_CODES` for its
//! code); to add an issuer code: `symbols::ISSUERS`; to add a form: a rule in
//! [`rules`] and lines in `examples.txt`.

pub mod symbols;

use crate::candidate::{rank, Candidate};
use crate::entity::{Attrs, Kind};
use crate::rule::Context;
use crate::rule::{rule, Edges, Hit, Rule};
use crate::words::{word_after, words_before};
use symbols::{canonical_type_word, decode_issuer, normalize_code, normalize_issuer, type_of_code};

/// Named pattern fragments.
pub mod frag {
    /// Document-type words, capitalized or not ("Nghị quyết", "nghị quyết").
    pub const TYPE_WORD: &str = r"(?:[Nn]ghị quyết liên tịch|[Nn]ghị quyết|[Nn]ghị định|[Qq]uyết định|[Qq]uy định|[Cc]hỉ thị|[Kk]ết luận|[Hh]ướng dẫn|[Tt]hông báo kết luận|[Tt]hông báo|[Tt]hông tư liên tịch|[Tt]hông tư|[Tt]hông tri|[Kk]ế hoạch|[Cc]hương trình hành động|[Cc]hương trình|[Đđ]ề án|[Cc]ông văn|[Cc]ông điện|[Bb]áo cáo|[Qq]uy chế|[Tt]ờ trình|[Pp]háp lệnh|[Ll]uật|[Ll]ệnh|[Hh]iến pháp|[Vv]ăn bản)";
    /// Short forms used before a bare number: "NQ57", "QĐ 114".
    pub const TYPE_ABBREV: &str = r"(?:NQ|QĐ|CT|KL|NĐ)";
    /// "số", "Số:", "số :".
    pub const NUMBER_WORD: &str = r"(?:[Ss]ố\s*:?\s*)";
    /// A document number: digits with an optional letter ("30c").
    pub const DOC_NUMBER: &str = r"[0-9]{1,5}[a-z]?";
    /// Type codes inside symbols ("NQ", "QĐ", "QĐi", "QyĐ", "CTr"), any case.
    pub const TYPE_CODE: &str = r"(?:(?i:TTLT|QĐi|QyĐ|CTr|TTr|NQ|QĐ|QD|CT|KL|HD|TB|KH|ĐA|DA|CV|BC|QC|TT|NĐ|ND|CĐ|TC|PA|BB|HĐ|GM|VBHN))";
    /// A longer Party code keeps its extra letters: "1399-QĐNS/TW".
    pub const PARTY_TYPE_CODE: &str = r"(?:(?i:TTLT|QĐi|QyĐ|CTr|TTr|NQ|QĐ|QD|CT|KL|HD|TB|KH|ĐA|DA|CV|BC|QC|TT|NĐ|ND|CĐ|TC|PA|BB|HĐ|GM|VBHN)(?:[A-ZĐ]{1,3})?)";
    /// Issuer codes: "TW", "TƯ", "T.Ư", "UBND", "TWĐTN-VP", "BTCTW".
    pub const ISSUER: &str = r"(?:T\.Ư|(?i:[A-ZĐƯ][A-ZĐƯ0-9]*)(?:-[A-ZĐƯ][A-ZĐƯa-z0-9]*)*)";
    pub const ROMAN: &str = r"(?:[IVXL]+)";
}

/// REGULATION rules, in priority order.
pub fn rules() -> Vec<Rule> {
    use frag::*;
    let dash = r"\s*[-–]\s*";
    // Party: "21-NQ/TW", "21 – NQ/TW", "84 QĐ/TWĐTN". State: "30/2020/NĐ-CP",
    // "1234/QĐ-UBND", "1961/QĐUBND", "80/2015/QH13", "5973/UBND-KT", "646/QĐ/QUTW".
    let party = format!(
        r"(?P<n>{DOC_NUMBER})(?:{dash}|\s)(?P<code>{PARTY_TYPE_CODE})\s?/\s?(?P<iss>{ISSUER})"
    );
    let state = format!(
        r"(?P<sn>{DOC_NUMBER})/(?:(?P<y>(?:19|20)[0-9]{{2}})/)?(?:(?P<scode>{TYPE_CODE})[-/]?(?P<siss>{ISSUER})|(?P<qh>(?:UBTVQH|QH)[0-9]{{1,2}})|(?P<cv>{ISSUER}))"
    );
    let symbol = format!(r"(?:{party}|{state})");
    // The rules whose builder first checks `edges_ok` refuse a match glued
    // to a letter or digit (the pass need not read such matches); a list's
    // later number starts at its separator, after a word.
    vec![
        // "Nghị quyết số 21-NQ/TW", "Nghị định 30/2020/NĐ-CP".
        rule("type_and_symbol", format!(r"(?P<type>{TYPE_WORD})\s+{NUMBER_WORD}?{symbol}"), with_symbol).refusing_glued(),
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
        // "Quy định 114", "Quy định số 85", "Nghị định 29".
        // "chương trình phối hợp số 22": a joint document keeps "phối hợp".
        rule("type_and_number", format!(r"(?P<type>{TYPE_WORD})(?:\s+phối hợp)?\s+{NUMBER_WORD}?(?P<n>{DOC_NUMBER})"), with_number).refusing_glued(),
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
            r"(?:Bộ [Ll]uật (?:\p{Lu}|hình sự|dân sự|lao động|tố tụng|hàng hải)|Luật \p{Lu})".to_string(),
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

fn named(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !edges_ok(hit) {
        return None;
    }
    let text = hit.as_str();
    let doc_type = ["Nghị quyết", "Điều lệ", "Cương lĩnh", "Hiến pháp"]
        .iter()
        .find(|t| text.starts_with(**t))
        .map(|t| t.to_string())
        .or_else(|| text.starts_with("BL").then(|| "Bộ luật".to_string()));
    Some(regulation(
        hit.start,
        hit.end,
        text.to_string(),
        doc_type,
        None,
    ))
}

/// "Nghị quyết Trung ương 4": a plenum's resolution, named by the plenum's
/// number (its `id`, as where a text gives only a number).
fn plenum_resolution(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if !edges_ok(hit) {
        return None;
    }
    Some(regulation(
        hit.start,
        hit.end,
        hit.group("plenum")?.to_string(),
        Some("Nghị quyết".to_string()),
        None,
    ))
}

/// Words that end a law's name ("Luật Đất đai ngày …", "Luật Xây dựng và …").
const LAW_NAME_STOP: &[&str] = &[
    "ngày", "số", "của", "về", "và", "đã", "được", "có", "là", "trong", "thì", "để", "nhằm", "sửa",
    "khi", "này", "đó", "với", "cho", "theo", "tại", "năm", "mới", "hiện", "sẽ", "đang", "không",
    "cần", "quy", "nêu", "ghi", "yêu", "cấm", "áp", "cũng", "vẫn", "còn", "đều", "phải", "nay",
    "vừa", "bị", "ra", "vào", "từ", "đến", "trước", "sau", "thông", "hết",
];

/// The words after byte `at`, one space apart, with their spans: at most `max`.
fn words_from(text: &str, at: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = at;
    while out.len() < max {
        let end = crate::words::word_end(text, pos);
        if end == pos {
            break;
        }
        out.push((pos, end));
        if !text[end..].starts_with(' ') {
            break;
        }
        pos = end + 1;
    }
    out
}

/// "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX" (or "lần thứ 20"), "… đại
/// biểu toàn quốc lần thứ XIII".
fn congress_resolution(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let words = words_from(hit.text, hit.end, 10);
    let ordinal_end = words
        .windows(3)
        .find(|w| {
            &hit.text[w[0].0..w[0].1] == "lần"
                && &hit.text[w[1].0..w[1].1] == "thứ"
                && (is_roman(&hit.text[w[2].0..w[2].1])
                    // "lần thứ 20": the congress's number in digits.
                    || hit.text[w[2].0..w[2].1].chars().all(|c| c.is_ascii_digit()))
        })
        .map(|w| w[2].1);
    // The congress of a named body: "Nghị quyết Đại hội (đại biểu) Đảng bộ tỉnh".
    let mut at = hit.end;
    for lead in ["đại biểu ", "toàn quốc "] {
        if hit.text[at..].starts_with(lead) {
            at += lead.len();
        }
    }
    let body_end = crate::org::name_at(hit.text, at);
    // "Nghị quyết Đại hội XII": the national congress by its number.
    let numbered = words
        .first()
        .filter(|w| w.0 == hit.end && is_roman(&hit.text[w.0..w.1]))
        .map(|w| w.1);
    let end = match (ordinal_end, body_end, numbered) {
        (Some(o), _, _) => o,
        (None, Some(b), _) => b,
        (None, None, Some(n)) => n,
        (None, None, None) => return None,
    };
    // "… lần thứ XIII của Đảng": the party after "của" is the issuer, left
    // out as any issuer is (GUIDELINES.md, REGULATION).
    Some(named_document(hit, end, "Nghị quyết"))
}

/// "Nghị quyết Đại hội XII, XIII của Đảng", "… Đảng bộ tỉnh lần thứ XI, XII": a
/// congress numeral listed right after a congress resolution's own numeral.
fn listed_congress(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    if hit.after().is_some_and(crate::words::is_word_char) {
        return None;
    }
    let (n_start, n_end) = hit.span("n")?;
    let from = crate::words::ceil_char(hit.text, hit.start.saturating_sub(80));
    let before = &hit.text[from..hit.start];
    let clause = before.rsplit([';', '.', '\n']).next().unwrap_or("");
    let last_word = clause.rsplit(' ').next().unwrap_or("");
    (clause.contains("Nghị quyết Đại hội") && is_roman(last_word)).then(|| {
        regulation(
            n_start,
            n_end,
            hit.text[n_start..n_end].to_string(),
            Some("Nghị quyết".to_string()),
            None,
        )
    })
}

/// "Điều lệ Hội Cựu chiến binh Việt Nam", "Điều lệ Đoàn TNCS Hồ Chí Minh".
fn body_charter(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let end = crate::org::name_at(hit.text, hit.end)?;
    Some(named_document(hit, end, "Điều lệ"))
}

/// "Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự, Luật Tố
/// tụng hành chính … và Luật Hòa giải, đối thoại tại Tòa án": one document.
fn amending_law(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let mut at = hit.end;
    for lead in ["một số điều của ", "một số điều "] {
        if hit.text[at..].starts_with(lead) {
            at += lead.len();
            break;
        }
    }
    let mut end = None;
    while let Some(name_end) = law_name_end(hit.text, at) {
        end = Some(name_end);
        let rest = &hit.text[name_end..];
        let Some(sep) = [", ", " và "].into_iter().find(|s| rest.starts_with(s)) else {
            break;
        };
        at = name_end + sep.len();
    }
    Some(named_document(hit, end?, "Luật"))
}

/// The end of "Luật X" or "Bộ luật X" starting exactly at `at`.
fn law_name_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let head = ["Bộ luật ", "Bộ Luật ", "Luật "]
        .into_iter()
        .find(|h| rest.starts_with(h))?;
    let name_start = at + head.len();
    // The codes are often written in lower case: "Bộ Luật hình sự".
    let code_in_lower_case = head.starts_with("Bộ")
        && ["hình sự", "dân sự", "lao động", "tố tụng", "hàng hải"]
            .iter()
            .any(|c| text[name_start..].starts_with(c));
    (text[name_start..].starts_with(char::is_uppercase) || code_in_lower_case)
        .then(|| law_words_end(text, name_start))
}

/// First syllables of the second activity a law is named by after "và":
/// "Luật Bảo vệ và phát triển rừng", "Luật Quản lý và sử dụng vũ khí",
/// "Luật Phòng cháy và chữa cháy" (not "Luật Bầu cử và hướng dẫn …").
const LAW_SECOND_ACTIVITIES: &[&str] = &[
    "phát", "sử", "bảo", "quản", "kiểm", "chữa", "chống", "khai", "chăm",
];

/// Words that continue a law's name after a comma: "Luật Phòng, chống tham
/// nhũng", "Luật Thuế xuất khẩu, thuế nhập khẩu", "… Hòa giải, đối thoại tại Tòa án".
const LAW_COMMA_CONTINUATIONS: &[&str] = &["chống", "thuế", "đối", "bổ", "an"];

/// The end of a law's name whose first word starts at `name_start`.
fn law_words_end(text: &str, name_start: usize) -> usize {
    let mut end = name_start;
    let mut pos = name_start;
    let mut count = 0;
    while count < 12 {
        let e = crate::words::word_end(text, pos);
        if e == pos {
            break;
        }
        let w = &text[pos..e];
        // "thông" stops a name only as "thông qua" ("… giao thông đường bộ" goes on).
        // "… quốc phòng, an ninh và động viên công nghiệp": after a comma part,
        // "và" joins the name's last part (a new law starts with a capital).
        let lower_after = text[e..]
            .strip_prefix(' ')
            .filter(|r| r.starts_with(char::is_lowercase));
        let joins_last_part = w == "và"
            && lower_after.is_some_and(|r| {
                // "Luật Bảo vệ và phát triển rừng": "và" and a second activity.
                let next = &r[..crate::words::word_end(r, 0)];
                text[name_start..pos].contains(", ") || LAW_SECOND_ACTIVITIES.contains(&next)
            });
        // "Luật Chuyển đổi số", "… công nghệ số": "digital", not a number.
        let digital = w == "số"
            && (text[..pos].ends_with("đổi ") || text[..pos].ends_with("nghệ "))
            && !text[e..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let stop = LAW_NAME_STOP.contains(&w)
            && (w != "thông" || text[e..].starts_with(" qua"))
            && !joins_last_part
            && !digital;
        if count > 0 && (stop || w.starts_with(|c: char| c.is_ascii_digit())) {
            // "… Hòa giải, đối thoại tại Tòa án": "tại" goes on after a comma part.
            if !(w == "tại" && text[name_start..end].contains(',')) {
                break;
            }
        }
        end = e;
        count += 1;
        let rest = &text[e..];
        if let Some(after) = rest.strip_prefix(", ") {
            let mut words = after.split(' ');
            let next = words.next().unwrap_or("");
            // A part that ends like the last one: "Khám bệnh, chữa bệnh",
            // "Phòng cháy, chữa cháy" (parallel activities of one name).
            let parallel = next.starts_with(char::is_lowercase)
                && words.next().is_some_and(|w| {
                    w.trim_end_matches([',', '.', ';', ')']) == text[pos..e].trim()
                });
            if !LAW_COMMA_CONTINUATIONS.contains(&next) && !parallel {
                break;
            }
            pos = e + 2;
        } else if rest.starts_with(' ') {
            pos = e + 1;
        } else {
            break;
        }
    }
    // "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân": the two
    // bodies are the law's subject, not its issuer ("của Quốc hội" alone is).
    for subject in [
        " của Quốc hội và Hội đồng nhân dân",
        " của Quốc hội và Hội đồng Nhân dân",
        " của Quốc hội và HĐND",
    ] {
        if text[end..].starts_with(subject) {
            end += subject.len();
            break;
        }
    }
    // "(sửa đổi)", "(sửa đổi, bổ sung)": a draft's name.
    for draft in [" (sửa đổi, bổ sung)", " (sửa đổi)", " sửa đổi"] {
        if text[end..].starts_with(draft) {
            end += draft.len();
            break;
        }
    }
    end
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

fn law_by_name(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let head = ["Bộ luật ", "Bộ Luật ", "Luật "]
        .into_iter()
        .find(|h| hit.as_str().starts_with(h))?;
    let name_start = hit.start + head.len();
    let mut end = law_words_end(hit.text, name_start);
    // "Luật QUỐC HỘI": a page's section tag and the body, not a law's name.
    let name = &hit.text[name_start..end];
    if name
        .chars()
        .filter(|c| crate::words::is_letter(*c))
        .all(char::is_uppercase)
        && name.contains(' ')
    {
        return None;
    }
    // "Luật Tổ chức chính quyền địa phương số 77/2015/QH13": the number belongs to it.
    let mut id = None;
    if let Some(after) = hit.text[end..].strip_prefix(" số ") {
        let token_len = after
            .find(|c: char| !(crate::words::is_word_char(c) || matches!(c, '/' | '-')))
            .unwrap_or(after.len());
        let token = &after[..token_len];
        if token.contains('/') && token.starts_with(|c: char| c.is_ascii_digit()) {
            id = Some(token.to_string());
            end += " số ".len() + token_len;
        }
    }
    // A year written right after the name belongs to it ("Luật Thủy sản 2017", "… năm 2013").
    let rest = &hit.text[end..];
    for lead in [" năm ", " "] {
        if let Some(y) = rest.strip_prefix(lead) {
            let digits = y.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 4 && y[..4].starts_with(['1', '2']) {
                end += lead.len() + 4;
                break;
            }
        }
    }
    if hit.text[end..].starts_with(crate::words::is_word_char) {
        return None;
    }
    let span_text = &hit.text[hit.start..end];
    let issuer = id
        .as_deref()
        .and_then(|i| i.rsplit('/').next())
        .and_then(symbols::decode_issuer);
    Some(regulation(
        hit.start,
        end,
        id.unwrap_or_else(|| span_text.to_string()),
        Some("Luật".to_string()),
        issuer,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn examples() {
        crate::examples::assert_examples(crate::Kind::Regulation, include_str!("examples.txt"));
    }
}
