//! Names in a headline written in capitals, after their title and before a
//! colon: "PHÓ CHỦ TỊCH THƯỜNG TRỰC QUỐC HỘI TRẦN THANH MẪN: LƯU Ý …",
//! "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC HẦU A LỀNH: …". The capitals hide
//! the cues the other readers use, so only this shape is read: a whole
//! segment in capitals, a title at its start, a family name two to four
//! syllables before the colon.

use std::sync::OnceLock;

use crate::candidate::{rank, Candidate};
use crate::compounds::KnownPairs;
use crate::entity::Kind;

/// Longest segment read before a colon, in bytes.
const MAX_SEGMENT: usize = 240;

pub fn find(text: &str, out: &mut Vec<Candidate>) {
    for (colon, _) in text.match_indices(':') {
        if let Some((role, name)) = headline_name(text, colon) {
            out.push(Candidate::reserve(role.0, role.1));
            out.push(
                Candidate::new(Kind::Person, name.0, name.1, rank::PERSON)
                    .with_role_span(Some(role)),
            );
        }
    }
}

/// The title and the name of a capitals segment ending at the colon at
/// byte `colon`, if it is one.
fn headline_name(text: &str, colon: usize) -> Option<((usize, usize), (usize, usize))> {
    let head = &text[..colon];
    let from = crate::words::floor_char(head, colon.saturating_sub(MAX_SEGMENT));
    // The segment starts at its line (a colon or a full stop before it
    // ends another segment).
    let start = head[from..]
        .rfind(['\n', ':', '.', '|'])
        .map_or(from, |i| from + i + 1);
    if start == from && from > 0 && !head[..from].ends_with('\n') {
        return None;
    }
    let segment = &head[start..];
    if segment.chars().any(char::is_lowercase) || segment.trim_end() != segment {
        return None;
    }
    // The words with their offsets.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut at = start;
    for w in segment.split(' ') {
        let trimmed = w.trim_start();
        let s = at + (w.len() - trimmed.len());
        if !trimmed.is_empty() {
            words.push((s, s + trimmed.len()));
        }
        at += w.len() + 1;
    }
    if words.len() < 3 {
        return None;
    }
    let word = |k: usize| &text[words[k].0..words[k].1];
    let pairs = title_pairs();
    // Most names have three syllables; then two, then four.
    [3, 2, 4].into_iter().find_map(|n| {
        let first = words.len().checked_sub(n).filter(|&f| f > 0)?;
        let name_words = first..words.len();
        let is_name = crate::people::is_family_name(&title_cased(word(first)))
            && name_words.clone().all(|k| {
                let w = word(k);
                w.chars().all(char::is_alphabetic) && crate::syllable::is_vietnamese_syllable(w)
            })
            // "BÍ THƯ …", "QUỐC HỘI …": a title's or a body's word goes on there.
            && !pairs.contains(word(first - 1).trim_end_matches(','), word(first));
        let role_end = words[first - 1].1;
        let role = &text[words[0].0..role_end];
        (is_name && crate::people::starts_with_title(role) && !role.ends_with(',')).then_some((
            (words[0].0, role_end),
            (words[first].0, words[words.len() - 1].1),
        ))
    })
}

/// A full name found in the text ("Vương Đình Huệ") is the same person where
/// a headline writes it in capitals ("CHỦ TỊCH QUỐC HỘI VƯƠNG ĐÌNH HUỆ PHÁT
/// BIỂU"): there the capitals hide where the name ends, the name found says
/// it. `capitals_at`: where a family name in capitals starts a word.
pub fn known_in_capitals<'a>(
    text: &str,
    capitals_at: &[usize],
    known: impl Iterator<Item = &'a str>,
    out: &mut Vec<Candidate>,
) {
    if capitals_at.is_empty() {
        return;
    }
    let upper: rustc_hash::FxHashSet<String> = known
        .filter(|n| n.contains(' '))
        .map(str::to_uppercase)
        .collect();
    let capital = |w: &str| {
        let w = w.strip_suffix(',').unwrap_or(w);
        !w.is_empty() && w.chars().all(|c| c.is_uppercase() && c.is_alphabetic())
    };
    for &s in capitals_at {
        // The name's two to four words, the longest known first.
        let mut ends: Vec<usize> = Vec::with_capacity(4);
        let mut at = s;
        while ends.len() < 4 {
            let e = crate::words::word_end(text, at);
            if e == at || !capital(&text[at..e]) {
                break;
            }
            ends.push(e);
            match text[e..].strip_prefix(' ') {
                Some(_) => at = e + 1,
                None => break,
            }
        }
        let Some(e) = ends
            .iter()
            .skip(1)
            .rev()
            .copied()
            .find(|&e| upper.contains(&text[s..e]))
        else {
            continue;
        };
        // Its title in capitals right before, on its line: "CHỦ TỊCH QUỐC HỘI",
        // its words one space apart and one space before the name (the
        // offsets below count on those spaces: a name glued to what comes
        // before it, "ÂNGUYỄN …", has no title read; reading one there cut a
        // letter in two).
        let line = &text[crate::words::line_start_near(text, s)..s];
        let spaced = line.is_empty() || line.ends_with(' ');
        let words: Vec<usize> = if spaced {
            line.rsplit(' ')
                .skip(1)
                .scan(s.saturating_sub(1), |end, w| {
                    let start = *end - w.len();
                    *end = start.saturating_sub(1);
                    Some((start, w))
                })
                .take_while(|(_, w)| capital(w))
                .map(|(start, _)| start)
                .collect()
        } else {
            Vec::new()
        };
        let role = words
            .iter()
            .rev()
            .map(|&start| (start, s - 1))
            .find(|&(rs, re)| crate::people::starts_with_title(&text[rs..re]));
        if let Some((rs, re)) = role {
            out.push(Candidate::reserve(rs, re));
        }
        out.push(Candidate::new(Kind::Person, s, e, rank::PERSON).with_role_span(role));
    }
}

/// "TRẦN" → "Trần", as the family names are listed.
fn title_cased(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}

/// Syllable pairs inside titles and bodies' names.
fn title_pairs() -> &'static KnownPairs {
    static PAIRS: OnceLock<KnownPairs> = OnceLock::new();
    PAIRS.get_or_init(|| {
        use crate::org::lexicon::{FIRST_WORDS, HEADS, NAME_TERMS};
        KnownPairs::from_lexicons(&[crate::people::TITLE_HEADS, HEADS, FIRST_WORDS, NAME_TERMS])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.iter()
            .filter(|c| c.kind == Some(Kind::Person))
            .map(|c| {
                let (rs, re) = c.role_span().unwrap();
                (&text[c.start..c.end], &text[rs..re])
            })
            .collect()
    }

    #[test]
    fn names_after_a_title_in_a_capitals_headline() {
        assert_eq!(
            read("Tin mới\nPHÓ CHỦ TỊCH THƯỜNG TRỰC QUỐC HỘI TRẦN THANH MẪN: LƯU Ý 5 NỘI DUNG"),
            [("TRẦN THANH MẪN", "PHÓ CHỦ TỊCH THƯỜNG TRỰC QUỐC HỘI")]
        );
        assert_eq!(
            read("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC HẦU A LỀNH: NĂM 2023"),
            [("HẦU A LỀNH", "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC")]
        );
        assert_eq!(
            read("TỔNG BÍ THƯ TÔ LÂM: PHẢI"),
            [("TÔ LÂM", "TỔNG BÍ THƯ")]
        );
    }

    #[test]
    fn other_capitals_before_a_colon_are_no_names() {
        // No title first; lower case in the segment; a sentence's colon.
        assert!(read("THÔNG BÁO KẾT QUẢ TRẦN THANH MẪN: A").is_empty());
        assert!(read("Phó Chủ tịch Quốc hội Trần Thanh Mẫn: lưu ý").is_empty());
        assert!(read("Ghi chú: CHỦ TỊCH").is_empty());
        assert!(read("CHỦ TỊCH UBND TỈNH:").is_empty());
    }
}
