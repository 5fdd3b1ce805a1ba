//! The counted noun written before a figure, when none follows it (a figure's
//! `unit`, GUIDELINES.md "FIGURE": the counted noun phrase as written): a
//! count given after what it counts, as results and counters are written.
//!
//! - "số" + a counted noun in the clause: "trúng cử với số phiếu 100%",
//!   "tổng số thí sinh đăng ký dự thi là 1.024.063" → "phiếu", "thí sinh";
//! - a clause that opens with a counted noun: "học sinh tiểu học 1.200"
//!   (one or two plain words between are part of it; a verb between, as in
//!   "GRDP tăng 7,5%", says it is no count), "thí sinh chỉ xét tốt nghiệp là
//!   47.769" (after "là", the noun alone);
//! - a label: "Lượt xem: 158".
//!
//! Only the clause the figure stands in is read (back to a comma, a
//! semicolon, a colon, a bracket or a line), and at most [`LOOK_BACK`] bytes.

use super::units::{noun_at, plain_word};
use crate::words::{ceil_char, is_word_char};

/// How far back a clause is read, in bytes (some thirty words).
const LOOK_BACK: usize = 160;

/// Words that make "số" part of another noun: "chỉ số" (an index), "hệ số",
/// "đa số", "mã số", "chữ số".
const SO_IN_ANOTHER_NOUN: &[&str] = &[
    "chỉ", "hệ", "đa", "thiểu", "mã", "chữ", "ký", "con", "tần", "biến", "tham", "đại", "hằng",
    "phân", "điểm",
];

/// How many words may stand between a noun and "là" ("thí sinh chỉ xét tốt
/// nghiệp là …"); more is another sentence's grammar.
const MAX_WORDS_BEFORE_IS: usize = 6;

/// Where the clause that ends `head` starts, as an offset into `head`.
fn clause_start(head: &str) -> usize {
    head.rfind([',', ';', ':', '.', '(', '\n', '"', '“', '–'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        })
}

/// The counted noun before a figure that starts at byte `start`.
pub fn counted_noun_before(text: &str, start: usize) -> Option<String> {
    // Every form read here has a word or a colon right before the count
    // ("phiếu 100%", "là 47.769", "Lượt xem: 158"): anything else (a number,
    // a bracket, a line start) is answered at once, so runs of numbers cost
    // nothing more.
    let last = text[..start].trim_end_matches(' ').chars().next_back();
    if !last.is_some_and(|c| c == ':' || (is_word_char(c) && !c.is_ascii_digit())) {
        return None;
    }
    let from = ceil_char(text, start.saturating_sub(LOOK_BACK));
    let head = text[from..start].trim_end_matches(' ');
    // A label: "Lượt xem: 158" (the whole label is the noun).
    if let Some(label) = head.strip_suffix(':') {
        let label = label.trim_end_matches(' ');
        let begin = clause_start(label);
        let phrase = label[begin..].trim_start();
        let at = from + label.len() - phrase.len();
        return (!phrase.is_empty() && noun_at(text, at) == Some(at + phrase.len()))
            .then(|| phrase.to_string());
    }
    let (head, after_is) = match head.strip_suffix(" là") {
        Some(h) => (h.trim_end_matches(' '), true),
        None => (head, false),
    };
    let begin = clause_start(head);
    // Looking back from the clause's start was cut by LOOK_BACK: the clause
    // may open earlier, so only "số" + noun is read in it.
    let whole_clause = begin > 0 || from == 0;
    let clause = &head[begin..];
    let clause_at = from + begin + (clause.len() - clause.trim_start().len());
    let clause = clause.trim_start();
    let clause_end = clause_at + clause.len();
    // "với số phiếu", "tổng số thí sinh": the last "số" of the clause.
    let mut search = clause;
    while let Some(i) = search.rfind("số ") {
        let before = &search[..i];
        let at_word_start = i == 0 || !before.ends_with(is_word_char);
        let word_before = before
            .trim_end_matches(' ')
            .rsplit(' ')
            .next()
            .unwrap_or("");
        let own_noun = !SO_IN_ANOTHER_NOUN.contains(&word_before.to_lowercase().as_str());
        if at_word_start && own_noun {
            let at = clause_at + i + "số ".len();
            if let Some(e) = noun_at(text, at).filter(|&e| e <= clause_end) {
                return Some(text[at..e].to_string());
            }
        }
        search = &search[..i];
    }
    if !whole_clause {
        return None;
    }
    // "thí sinh tự do 37.841": the clause opens with the noun.
    let noun_end = noun_at(text, clause_at).filter(|&e| e <= clause_end)?;
    let between = text[noun_end..clause_end].trim_start_matches(' ');
    let words = between.split(' ').filter(|w| !w.is_empty()).count();
    if after_is {
        // "là 1 trong 5 đơn vị" after a person's name is no count of the noun.
        let lower_case = !between
            .split(' ')
            .any(|w| w.starts_with(char::is_uppercase));
        return (words <= MAX_WORDS_BEFORE_IS && lower_case)
            .then(|| text[clause_at..noun_end].to_string());
    }
    // One or two plain words between (no verb, no function word).
    let plain = || {
        plain_word(text, clause_end - between.len()).is_some_and(|e| {
            words == 1 || plain_word(text, e + usize::from(text[e..].starts_with(' '))).is_some()
        })
    };
    match words {
        0 => Some(text[clause_at..noun_end].to_string()),
        1 | 2 if plain() => Some(text[clause_at..clause_end].to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::counted_noun_before;

    fn unit(text: &str) -> Option<String> {
        let start = text.find('#').unwrap();
        let text = text.replacen('#', "", 1);
        counted_noun_before(&text, start)
    }

    #[test]
    fn the_noun_after_so_in_the_clause() {
        assert_eq!(
            unit("được bầu với số phiếu #100%.").as_deref(),
            Some("phiếu")
        );
        assert_eq!(
            unit("được bầu với số phiếu bầu #100%.").as_deref(),
            Some("phiếu bầu")
        );
        assert_eq!(
            unit("Tổng số thí sinh đăng ký dự thi là #1.024.063, trong đó").as_deref(),
            Some("thí sinh")
        );
    }

    #[test]
    fn a_clause_that_opens_with_the_noun() {
        assert_eq!(
            unit("trong đó, học sinh tiểu học #1.200; học sinh").as_deref(),
            Some("học sinh tiểu học")
        );
        assert_eq!(
            unit("; thí sinh chỉ xét tốt nghiệp là #47.769, chiếm").as_deref(),
            Some("thí sinh")
        );
        assert_eq!(unit("Lượt xem: #158").as_deref(), Some("Lượt xem"));
    }

    #[test]
    fn nothing_counted_before() {
        for text in [
            "Tỷ lệ hộ nghèo giảm còn #2,5%.",
            "Kết quả: #98,4%.",
            "GRDP của tỉnh tăng #7,5%.",
            "GRDP tăng #7,5%.",
            "tổng chỉ số GRDP 6 tháng giảm #1,42%",
            "Phó Chủ tịch UBND tỉnh Lê Văn A ghi nhận Tập đoàn - là #1 trong 5 đơn vị",
            // A clause longer than the look-back: "số" is not read past it.
            "Năm nay, #12 người",
        ] {
            assert_eq!(unit(text), None, "{text}");
        }
    }
}
