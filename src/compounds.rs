//! Two-syllable words a set of lexicons knows ("công nghiệp", "bí thư", "sĩ
//! quan"): a rule that reads word by word (a figure's unit, a person's role)
//! never stops inside one. Each rule names the lexicons it trusts.

/// Syllable pairs side by side in some lexicon entry, lower case, sorted.
pub struct KnownPairs(Vec<(String, String)>);

impl KnownPairs {
    pub fn from_lexicons(lexicons: &[&[&str]]) -> Self {
        let mut pairs = Vec::new();
        for term in lexicons.iter().copied().flatten() {
            let lower = term.to_lowercase();
            // Syllables side by side, not across a comma or a dash.
            for part in lower.split([',', '-', '–']) {
                let words: Vec<&str> = part.split_whitespace().collect();
                for pair in words.windows(2) {
                    pairs.push((pair[0].to_string(), pair[1].to_string()));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        KnownPairs(pairs)
    }

    /// Whether syllables `a` and `b`, in any case, make a word the lexicons know.
    pub fn contains(&self, a: &str, b: &str) -> bool {
        let (a, b) = (crate::words::lowercased(a), crate::words::lowercased(b));
        self.0
            .binary_search_by(|(x, y)| (x.as_str(), y.as_str()).cmp(&(a.as_ref(), b.as_ref())))
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_within_entries_in_any_case() {
        let pairs = KnownPairs::from_lexicons(&[&["Công ty", "kinh tế - xã hội"], &["bí thư"]]);
        assert!(pairs.contains("Công", "ty"));
        assert!(pairs.contains("CÔNG", "TY"));
        assert!(pairs.contains("xã", "hội"));
        assert!(pairs.contains("bí", "thư"));
        // Not across a dash, nor reversed.
        assert!(!pairs.contains("tế", "xã"));
        assert!(!pairs.contains("ty", "công"));
    }
}
