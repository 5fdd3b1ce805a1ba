//! Short names a text gives a body in brackets right after its full name
//! ("Công ty Chế biến … xuất khẩu (Sobexco)", "(viết tắt CIPCO)", "(Tổng
//! công ty 3/2)"): the bracket itself is no mark (GUIDELINES.md, "ORG"), but
//! every later mention of the short name is that body.

use aho_corasick::{AhoCorasick, Input, MatchKind};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{boundary_after, boundary_before, floor_char, is_word_char, next_char};

/// Longest short name, in bytes.
const MAX_ALIAS: usize = 40;

/// The short name in brackets after byte `end`, if there is one: right after
/// it, or after a few more words of the same name with no punctuation
/// ("Công ty Chế biến cây Công nông nghiệp xuất khẩu (Sobexco)").
fn alias_after(text: &str, end: usize) -> Option<&str> {
    let window_end = floor_char(text, text.len().min(end + 80));
    let window = &text[end..window_end];
    // Asked after every body's name: a byte loop over the short window
    // (the general substring searcher costs more to set up).
    let bytes = window.as_bytes();
    let open = (1..bytes.len()).find(|&i| bytes[i] == b'(' && bytes[i - 1] == b' ')? - 1;
    let between = &window[..open];
    // The words between are more of the name, not a clause: "Sở Giáo dục và
    // Đào tạo tổ chức … học sinh (HS)" gives the Sở no short name.
    if between.contains([',', '.', ';', ':', '\n', '(', ')'])
        || crate::words::split_spaces(between).count() > 9
        || crate::words::split_spaces(between).any(super::words::not_name_word)
    {
        return None;
    }
    // The bracket closes within a short name and its lead ("viết tắt là "):
    // a farther one holds no short name, and is not looked for.
    let inner = &text[end + open + 2..];
    let reach = floor_char(inner, inner.len().min(MAX_ALIAS + 32));
    let close = inner[..reach].find(')')?;
    let mut alias = &inner[..close];
    for lead in ["viết tắt là ", "viết tắt ", "gọi tắt là ", "gọi tắt "] {
        if let Some(rest) = alias.strip_prefix(lead) {
            alias = rest;
        }
    }
    let words: Vec<&str> = alias.split(' ').collect();
    let ok = !alias.is_empty()
        && alias.len() <= MAX_ALIAS
        // "Bộ Quốc phòng (Campuchia)": the bracket says the country.
        && !crate::gazetteer::is_any_place_name(alias)
        && !crate::gazetteer::is_place_name(alias)
        && alias.starts_with(char::is_uppercase)
        && alias.chars().all(|c| is_word_char(c) || matches!(c, ' ' | '/' | '&' | '-'))
        // One word ("CIPCO", "Sobexco"), or a body's head with a number ("Tổng công ty 3/2").
        && (words.len() == 1
            || (words.len() <= 5 && words.last().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))));
    ok.then_some(alias)
}

/// A company's brand, the capitalized words after its head and legal form
/// ("Tập đoàn Hoà Phát", "Tổng Công ty Tín Nghĩa"): the text names the
/// company by it later ("lợi nhuận của Hoà Phát"). Two words at least, and
/// none a place's name or a term of bodies' names ("Công nghiệp").
fn company_brand(name: &str) -> Option<&str> {
    const HEADS: &[&str] = &["Tập đoàn ", "Tổng công ty ", "Tổng Công ty ", "Công ty "];
    const LEGAL_FORMS: &[&str] = &["TNHH MTV ", "TNHH ", "CP ", "Cổ phần ", "cổ phần "];
    let rest = HEADS.iter().find_map(|h| name.strip_prefix(h))?;
    let brand = LEGAL_FORMS
        .iter()
        .find_map(|f| rest.strip_prefix(f))
        .unwrap_or(rest);
    let words: Vec<&str> = brand.split(' ').collect();
    let ok = (2..=4).contains(&words.len())
        && words.iter().all(|w| crate::words::is_proper_word(w))
        && !crate::gazetteer::is_any_place_name(brand)
        && !words
            .iter()
            .any(|w| super::grammar::is_name_term(&w.to_lowercase()));
    ok.then_some(brand)
}

/// Whether a bracketed acronym spells words before the body's name too:
/// "đại biểu Quốc hội (ĐBQH)" shortens the deputy's title, not "Quốc hội".
fn abbreviates_words_before(text: &str, start: usize, end: usize, alias: &str) -> bool {
    let initials = |words: &str| -> String {
        crate::words::split_spaces(words)
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    if !alias.chars().all(char::is_uppercase) {
        return false;
    }
    let name = initials(&text[start..end]);
    let Some(extra) = alias.strip_suffix(name.as_str()).filter(|e| !e.is_empty()) else {
        return false;
    };
    let before = crate::words::words_before(text, start, extra.chars().count());
    initials(&before) == extra
}

/// Adds an ORG for every later mention of a short name given in brackets
/// after an ORG already in `out`.
pub fn add_mentions(text: &str, out: &mut Vec<Candidate>) {
    let mut aliases: Vec<(&str, usize, usize)> = Vec::new();
    // Each short name once (the first bracket that gives it), by its text.
    let mut by_text: FxHashMap<&str, usize> = FxHashMap::default();
    for c in out.iter().filter(|c| c.kind == Some(Kind::Org)) {
        if let Some(alias) = alias_after(text, c.end)
            .filter(|alias| !abbreviates_words_before(text, c.start, c.end, alias))
        {
            // Mentions anywhere (a headline names the body before the text
            // defines its short name), but the bracket itself.
            let bracket_end = c.end + text[c.end..].find(')').map_or(0, |i| i + 1);
            if let Entry::Vacant(slot) = by_text.entry(alias) {
                slot.insert(aliases.len());
                aliases.push((alias, c.end, bracket_end));
            }
        } else if let Some(brand) = company_brand(&text[c.start..c.end]) {
            // Mentions anywhere but inside the name itself.
            if let Entry::Vacant(slot) = by_text.entry(brand) {
                slot.insert(aliases.len());
                aliases.push((brand, c.start, c.end));
            }
        }
    }
    if aliases.is_empty() {
        return;
    }
    // Every mention of every short name in one pass (a search of the whole
    // text for each name grows with the square of a long text), then each
    // name's mentions left to right, not overlapping, as a search for it gives.
    // The automaton finds the next position where some name starts (its
    // leftmost search skips ahead fast); every name is then tried there, by
    // its length (an overlapping search read every byte of the text).
    let Ok(finder) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(aliases.iter().map(|(a, _, _)| a))
    else {
        return;
    };
    let mut lengths: Vec<usize> = aliases.iter().map(|(a, _, _)| a.len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); aliases.len()];
    let mut at = 0;
    while let Some(m) = finder.find(Input::new(text).span(at..text.len())) {
        let p = m.start();
        for &len in &lengths {
            if let Some(&k) = text.get(p..p + len).and_then(|head| by_text.get(head)) {
                found[k].push(p);
            }
        }
        at = next_char(text, p);
    }
    // Each name's mentions are in text order (the search only moves on).
    for (&(alias, bracket_start, bracket_end), starts) in aliases.iter().zip(&found) {
        let mut free_from = 0;
        for &s in starts.iter() {
            if s < free_from {
                continue;
            }
            let e = s + alias.len();
            free_from = e;
            if s >= bracket_start && s < bracket_end {
                continue;
            }
            if boundary_before(text, s) && boundary_after(text, e) && !after_site_noun(text, s) {
                out.push(Candidate::new(
                    Kind::Org,
                    s,
                    place_after(text, e),
                    rank::ORG,
                ));
            }
        }
    }
}

/// Whether a site's noun stands right before byte `at`: the short name
/// there names a project or a place ("khu dân cư Đại Nam của Công ty Cổ
/// phần Đại Nam"), not the body.
fn after_site_noun(text: &str, at: usize) -> bool {
    const SITES: &[&str] = &[
        "khu dân cư ",
        "khu đô thị ",
        "khu nhà ở ",
        "dự án ",
        "nhà máy ",
        "chợ ",
        "đường ",
        "phố ",
        "cầu ",
    ];
    SITES.iter().any(|n| text[..at].ends_with(n))
}

/// The end of a place named right after a short name, else `end`: the
/// branch of a body ("Agribank Đắk Nông", "Agribank Hà Tĩnh").
fn place_after(text: &str, end: usize) -> usize {
    let mut best = end;
    let mut at = end;
    for _ in 0..3 {
        let Some(rest) = text[at..].strip_prefix(' ') else {
            break;
        };
        let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        if len == 0 || !rest.starts_with(char::is_uppercase) {
            break;
        }
        at += 1 + len;
        if crate::gazetteer::is_place_name(&text[end + 1..at]) {
            best = at;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::alias_after;

    #[test]
    fn a_short_name_and_a_place_name_a_branch() {
        let t = "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) có chi nhánh; lãnh đạo Agribank Đắk Nông cho biết, Agribank đã";
        let orgs: Vec<String> = crate::analyze(t, &crate::Options::default())
            .entities
            .into_iter()
            .filter(|e| e.kind == crate::Kind::Org)
            .map(|e| e.text)
            .collect();
        assert!(orgs.contains(&"Agribank Đắk Nông".to_string()), "{orgs:?}");
        assert!(orgs.contains(&"Agribank".to_string()), "{orgs:?}");
    }

    #[test]
    fn short_names_in_brackets() {
        let t = "Công ty Chế biến cây Công nông nghiệp xuất khẩu (Sobexco) là";
        assert_eq!(alias_after(t, t.find(" (").unwrap()), Some("Sobexco"));
        let t = "Công ty X (viết tắt CIPCO). Các";
        assert_eq!(alias_after(t, t.find(" (").unwrap()), Some("CIPCO"));
        let t = "Tổng công ty Sản xuất (Tổng công ty 3/2) và";
        assert_eq!(
            alias_after(t, t.find(" (").unwrap()),
            Some("Tổng công ty 3/2")
        );
        let t = "Ủy ban nhân dân (cũ) và";
        assert_eq!(alias_after(t, t.find(" (").unwrap()), None);
    }
}
