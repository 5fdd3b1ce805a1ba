//! Bodies named in a headline printed in capitals ("ĐẠI HỘI ĐẠI BIỂU ĐOÀN
//! TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK"): the reader works on written case, so
//! such a line is matched against the names the article gives in normal
//! case, and a few national bodies, in capitals.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{boundary_after, boundary_before, is_word_char};

/// National bodies a headline may name without the body text repeating them.
const NATIONAL_BODIES: &[&str] = &[
    "Quốc hội",
    "Chính phủ",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương",
    "Ủy ban Thường vụ Quốc hội",
    "Mặt trận Tổ quốc Việt Nam",
];

/// Longest headline line read, in bytes: a line of capitals longer than this
/// is no headline, and the bound keeps the matching linear.
const MAX_HEADLINE: usize = 300;

/// The first word of `s`: its run of word characters, or its first character
/// when it starts with none.
fn first_token(s: &str) -> &str {
    match s.find(|c: char| !is_word_char(c)) {
        Some(0) => s.chars().next().map_or("", |c| &s[..c.len_utf8()]),
        Some(run) => &s[..run],
        None => s,
    }
}

/// Adds an ORG for each known name found in a line printed in capitals.
pub fn add_mentions(text: &str, out: &mut Vec<Candidate>) {
    let headlines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .filter(|(_, line)| {
            line.len() <= MAX_HEADLINE
                && !line.chars().any(char::is_lowercase)
                && line.chars().filter(|c| crate::words::is_letter(*c)).count() >= 8
        })
        .collect();
    if headlines.is_empty() {
        return;
    }
    // A name is only marked where it starts a word of the line, so each
    // line is read once, word start by word start, and only the names
    // beginning with the word found there are compared (looking for each
    // name in each line grew with headlines × names: the square of a long
    // text, an archive pasted whole).
    let starts: Vec<Vec<usize>> = headlines
        .iter()
        .map(|(_, line)| {
            let positions = line.char_indices().map(|(i, _)| i);
            positions.filter(|&i| boundary_before(line, i)).collect()
        })
        .collect();
    let words: FxHashSet<&str> = headlines
        .iter()
        .zip(&starts)
        .flat_map(|((_, line), s)| s.iter().map(|&i| first_token(&line[i..])))
        .collect();
    // Each distinct name is put in capitals and judged once (an article
    // names the same bodies again and again).
    let mut judged: FxHashMap<&str, Option<String>> = FxHashMap::default();
    let mut names: Vec<String> = out
        .iter()
        .filter(|c| c.kind == Some(Kind::Org))
        .map(|c| &text[c.start..c.end])
        .chain(NATIONAL_BODIES.iter().copied())
        .filter_map(|name| {
            judged
                .entry(name)
                .or_insert_with(|| {
                    let n = name.to_uppercase();
                    let kept = words.contains(first_token(&n))
                        && n.chars().count() >= 4
                        && n.contains(' ');
                    kept.then_some(n)
                })
                .clone()
        })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    // The names by their text, and the lengths of the names each first word
    // begins: at a word start only those lengths are tried, so a line costs
    // at most its length in look-ups however many names share a first word.
    let mut by_text: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut lengths: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (k, name) in names.iter().enumerate() {
        by_text.entry(name.as_str()).or_default().push(k);
        lengths
            .entry(first_token(name))
            .or_default()
            .push(name.len());
    }
    for ls in lengths.values_mut() {
        ls.sort_unstable();
        ls.dedup();
    }
    let mut present = vec![false; names.len()];
    for ((line_start, line), line_starts) in headlines.iter().zip(&starts) {
        let (line_start, line) = (*line_start, *line);
        present.iter_mut().for_each(|p| *p = false);
        for &i in line_starts {
            let rest = &line[i..];
            for &len in lengths.get(first_token(rest)).into_iter().flatten() {
                let found = rest.get(..len).and_then(|head| by_text.get(head));
                for &k in found.into_iter().flatten() {
                    present[k] = true;
                }
            }
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (name, _) in names.iter().zip(&present).filter(|(_, &p)| p) {
            for (i, _) in line.match_indices(name.as_str()) {
                let (s, e) = (i, i + name.len());
                let bounded = boundary_before(line, s) && boundary_after(line, e);
                let class = line[e..].starts_with(" CÁC CẤP");
                if bounded && !class && !taken.iter().any(|&(ts, te)| s < te && ts < e) {
                    taken.push((s, e));
                    out.push(Candidate::new(
                        Kind::Org,
                        line_start + s,
                        line_start + e,
                        rank::ORG,
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Kind, Options};

    fn orgs(text: &str) -> Vec<String> {
        analyze(text, &Options::default())
            .entities
            .into_iter()
            .filter(|e| e.kind == Kind::Org)
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn a_body_of_the_article_is_found_in_its_capitalized_headline() {
        let t = "ĐẠI HỘI ĐẠI BIỂU ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK LẦN THỨ XI\n\nĐại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Đắk Lắk lần thứ XI khai mạc.";
        assert_eq!(
            orgs(t),
            [
                "ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK",
                "Đoàn TNCS Hồ Chí Minh tỉnh Đắk Lắk"
            ]
        );
    }

    #[test]
    fn national_bodies_and_classes_in_a_headline() {
        let t = "BẦU CỬ ĐẠI BIỂU QUỐC HỘI VÀ HĐND CÁC CẤP\n\nCử tri đi bầu.";
        assert_eq!(orgs(t), ["QUỐC HỘI"]);
        // A line in normal case is read as usual, not matched in capitals.
        assert!(orgs("Ngày hội bầu cử đại biểu quốc hội").is_empty());
    }
}
