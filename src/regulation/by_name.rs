//! Documents named by their words rather than a symbol or number: laws and codes
//! ("Luật Phòng, chống tham nhũng"), congress and plenum resolutions, charters.

use super::{edges_ok, named_document, regulation, symbols};
use crate::candidate::Candidate;
use crate::rule::{Context, Hit};

pub(super) fn named(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
pub(super) fn plenum_resolution(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
    "vừa", "bị", "ra", "vào", "từ", "đến", "trước", "sau", "thông", "hết", "nhưng", "mà", "hay",
    "hoặc", "nên",
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
pub(super) fn congress_resolution(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
    // A long body's name puts its ordinal past the words looked at above:
    // "… Hội Cựu chiến binh tỉnh Phú Thọ lần thứ VI".
    let ordinal_end = ordinal_end.or_else(|| {
        let b = body_end?;
        let r = hit.text[b..].strip_prefix(" lần thứ ")?;
        let n = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
        let number = &r[..n];
        (is_roman(number) || (!number.is_empty() && number.chars().all(|c| c.is_ascii_digit())))
            .then_some(b + " lần thứ ".len() + n)
    });
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
pub(super) fn listed_congress(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
pub(super) fn body_charter(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let end = crate::org::name_at(hit.text, hit.end)?;
    Some(named_document(hit, end, "Điều lệ"))
}

/// "Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự, Luật Tố
/// tụng hành chính … và Luật Hòa giải, đối thoại tại Tòa án": one document.
pub(super) fn amending_law(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
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
    let name_start = at + law_head_len(rest)?;
    // The codes are often written in lower case: "Bộ Luật hình sự".
    let code_in_lower_case = rest.starts_with("Bộ")
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
        // "Luật Phòng không nhân dân": air defence, no negation.
        let air_defence = w == "không" && text[..pos].ends_with("Phòng ");
        let stop = LAW_NAME_STOP.contains(&w)
            && (w != "thông" || text[e..].starts_with(" qua"))
            && !air_defence
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

/// The length of the head a law's name is read after, with its space: "Bộ
/// luật ", "Luật ", and "bộ luật " inside a sentence ("điều 353 bộ luật Hình sự").
fn law_head_len(s: &str) -> Option<usize> {
    const LAW_HEADS: &[&str] = &["Bộ luật ", "Bộ Luật ", "bộ luật ", "bộ Luật ", "Luật "];
    LAW_HEADS
        .iter()
        .find(|h| s.starts_with(**h))
        .map(|h| h.len())
}

pub(super) fn law_by_name(_ctx: &Context, hit: &Hit) -> Option<Candidate> {
    let name_start = hit.start + law_head_len(hit.as_str())?;
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
