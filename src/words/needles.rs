//! Several fixed strings looked for in one pass of the text.

use aho_corasick::AhoCorasick;

/// Every match of each of `needles`' patterns in `text`, pattern by pattern
/// in their order, each pattern's left to right: what a search of the text
/// for each pattern in turn gives, in one overlapping pass. No pattern may
/// overlap itself ("mộ", "đền thờ"; not "aa"), or a search for it alone
/// would skip matches this finds. Each match is (pattern index, start).
pub fn matches_by_pattern(needles: &AhoCorasick, text: &str) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = needles
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pattern by pattern, as a search per pattern gives them: "đền" also
    /// where "đền thờ" stands.
    #[test]
    fn matches_come_pattern_by_pattern() {
        let needles = AhoCorasick::new(["đền thờ", "đền", "chùa"]).expect("three needles");
        let text = "chùa và đền, đền thờ";
        let per_pattern: Vec<(usize, usize)> = ["đền thờ", "đền", "chùa"]
            .iter()
            .enumerate()
            .flat_map(|(k, p)| text.match_indices(p).map(move |(i, _)| (k, i)))
            .collect();
        assert_eq!(matches_by_pattern(&needles, text), per_pattern);
        assert_eq!(per_pattern.len(), 4);
    }
}
