//! The place look-up, below every rule: the strings of `patterns.rs`
//! (gazetteer names from `gazetteer.tsv` with their spellings, type words,
//! official names), prepared at build time by `build.rs` and read into a
//! trie by `lexicon.rs`. PLACE marks with it (`place`); ORG and PERSON ask
//! it whether words name a place.
//!
//! To add an administrative word ("thôn", "đặc khu") or an official name:
//! `TYPE_WORDS` or `WHOLE` in `patterns.rs`.

mod lexicon;
mod patterns;

pub use lexicon::{lexicon, Found, Level, Lexicon, TypeWord, What, NAME_WORDS};
pub use patterns::VENUE_WORDS;

/// Whether `name` (canonical text, exactly) is a country, region, province or
/// district name that may stand alone as a place: for other rules deciding
/// whether a capitalized run is a person or a place. Commune names (often
/// person names: "Lê Lợi") and "Hồ Chí Minh" are not.
pub fn is_place_name(name: &str) -> bool {
    place_name_end(name, 0) == Some(name.len())
}

/// The end of the longest place name at byte `at` of `text` of the kind
/// [`is_place_name`] accepts ("Liên bang Nga" in "Tổng lãnh sự Liên bang Nga
/// tại …"), ending where a word does.
pub fn place_name_end(text: &str, at: usize) -> Option<usize> {
    longest_name_end(text, at, |what, _| {
        // Official names ("Vương quốc Campuchia", "TP Hồ Chí Minh") too.
        matches!(
            what,
            What::Name { level, needs_type: false, .. } if *level != Level::Commune
        ) || matches!(what, What::Whole)
    })
}

/// The end of the longest look-up match at byte `at`, when `accept` takes
/// what it stands for (and its text) and a word ends there.
fn longest_name_end(text: &str, at: usize, accept: impl Fn(&What, &str) -> bool) -> Option<usize> {
    let m = lexicon().longest_at(text, at)?;
    let word_ends = !text[m.end..].starts_with(crate::words::is_word_char);
    (word_ends && accept(&m.what, &text[at..m.end])).then_some(m.end)
}

/// The end of a country's name at byte `at` ("Lào", "Liên bang Nga",
/// "Vương quốc Campuchia"), ending where a word does: a foreign body is named
/// with its country ("Quốc hội Lào", "Hải quân Liên bang Nga").
pub fn country_end(text: &str, at: usize) -> Option<usize> {
    longest_name_end(text, at, |what, name| match what {
        What::Name {
            level: Level::Country,
            ..
        } => true,
        // The whole names are the countries' official names and Ho Chi
        // Minh City's forms.
        What::Whole => !["Hồ Chí Minh", "HỒ CHÍ MINH", "HCM"]
            .iter()
            .any(|city| name.contains(city)),
        _ => false,
    })
}

/// The end of a foreign country's or a foreign province's name at byte `at`
/// ("Lào", "Salavan", "Champasak"): a name after it, with a title before,
/// is a foreigner's even in Vietnamese syllables ("Tỉnh trưởng tỉnh Salavan
/// Đao Vông Phon Kẹo").
pub fn foreign_place_end(text: &str, at: usize) -> Option<usize> {
    longest_name_end(text, at, |what, name| match what {
        What::Name {
            level: Level::Foreign,
            ..
        } => true,
        What::Name {
            level: Level::Country,
            ..
        } => !name.contains("Việt Nam"),
        _ => false,
    })
}

/// Whether `name` (canonical text, exactly) names a country, a region or a
/// province, or is an official name: what a dateline names, where a
/// district's or a commune's name may also be a pen name ("Thanh Sơn").
pub fn is_province_or_wider(name: &str) -> bool {
    longest_name_end(name, 0, |what, _| {
        matches!(
            what,
            What::Name {
                level: Level::Country | Level::Foreign | Level::Region | Level::Province,
                ..
            } | What::Whole
        )
    }) == Some(name.len())
}

/// Whether `name` is exactly a place name of any level, communes included
/// ("Trường Xuân"): a body's head noun followed by it is no body.
pub fn is_any_place_name(name: &str) -> bool {
    let lex = lexicon();
    lex.longest_at(name, 0)
        .is_some_and(|m| m.end == name.len() && matches!(m.what, What::Name { .. }))
}

/// Reads the place look-up now.
pub fn warm_up() {
    lexicon();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prebuilt look-up holds every pattern of `patterns.rs`, each with
    /// its own id and meaning, and nothing else starts where none does.
    #[test]
    fn countries_end_where_their_names_do() {
        let text = "Quốc hội Lào và Liên bang Nga, Lào Cai";
        assert_eq!(
            country_end(text, "Quốc hội ".len()),
            Some("Quốc hội Lào".len())
        );
        let nga = text.find("Liên").unwrap();
        assert_eq!(country_end(text, nga), Some(nga + "Liên bang Nga".len()));
        assert_eq!(country_end(text, text.find("Lào Cai").unwrap()), None);
        assert_eq!(country_end(text, 0), None);
        let official = "Vương quốc Campuchia";
        assert_eq!(country_end(official, 0), Some(official.len()));
        assert_eq!(country_end("TP Hồ Chí Minh", 0), None);
    }

    #[test]
    fn prebuilt_lookup_is_the_pattern_list() {
        let lex = lexicon();
        let all = patterns::patterns();
        assert!(all.len() > 8_000, "{} patterns", all.len());
        for (id, (p, what)) in all.iter().enumerate() {
            let found = lex
                .longest_at(p, 0)
                .unwrap_or_else(|| panic!("{p} not found"));
            assert_eq!(
                (found.end, found.id, found.what),
                (p.len(), id, *what),
                "{p}"
            );
            assert_eq!(patterns::decode(patterns::encode(*what)), *what);
        }
        for b in 0..=255u8 {
            assert_eq!(
                lex.starts_with_byte(b),
                all.iter().any(|(p, _)| p.as_bytes()[0] == b),
                "first byte {b}"
            );
        }
        // Longest wins; a longer text is cut at the longest pattern; a text
        // that only starts like a pattern finds none.
        let hcm = "Thành phố Hồ Chí Minh";
        let m = lex.longest_at(&format!("ở {hcm} mới"), "ở ".len()).unwrap();
        assert_eq!((m.end - m.start, m.what), (hcm.len(), What::Whole));
        assert_eq!(lex.longest_at("Thành ph", 0), None);
        let t = lex.longest_at("tỉnh Quảng Nam", 0).unwrap();
        assert!(matches!(t.what, What::Type(_)) && t.end == "tỉnh".len());
        // Blocked next words are keyed by the single-syllable name's id.
        let anh = lex.longest_at("Anh", 0).unwrap();
        assert!(lex.blocked_next[&anh.id].contains(&"hùng"));
    }

    /// At every position of a real article (and of its upper-case form),
    /// the trie finds what a search of every pattern finds: the longest one
    /// the text starts with there.
    #[test]
    fn trie_finds_the_longest_pattern_everywhere() {
        let lex = lexicon();
        let all = patterns::patterns();
        let by_text: std::collections::HashMap<&str, usize> = all
            .iter()
            .enumerate()
            .map(|(id, (p, _))| (p.as_str(), id))
            .collect();
        let mut lengths: Vec<usize> = all.iter().map(|(p, _)| p.len()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        let sample = include_str!("../../www/sample.txt");
        let mut checked = 0;
        for text in [sample.to_string(), sample.to_uppercase()] {
            for (p, _) in text.char_indices() {
                let naive = lengths.iter().rev().find_map(|&len| {
                    let id = *by_text.get(text.get(p..p + len)?)?;
                    Some((p + len, id))
                });
                let found = lex.longest_at(&text, p).map(|f| (f.end, f.id));
                assert_eq!(
                    found,
                    naive,
                    "at {p}: {:?}",
                    &text[p..text.len().min(p + 30)]
                );
                checked += usize::from(naive.is_some());
            }
        }
        assert!(checked > 100, "only {checked} matches checked");
    }

    #[test]
    fn gazetteer_is_small_and_licensed() {
        let g = include_str!("gazetteer.tsv");
        assert!(g.len() < 300_000);
        assert!(g.contains("MIT"));
        assert!(g.contains("\tNông Sơn\t"));
    }
}
