//! [`LetterRegex`]: a rule's pattern compiled with its letter classes
//! spliced in (`super::hir`), asked as the `regex` crate's `Regex` is.

use regex_automata::meta;
use regex_automata::util::captures::Captures;

use super::hir;

/// A rule's regex with its letter classes ([`hir`]), asked as the `regex`
/// crate's `Regex` is (same engines and configuration: `meta::Regex`,
/// leftmost-first).
pub struct LetterRegex(meta::Regex);

impl LetterRegex {
    /// Panics if `pattern` does not compile (rules are constants).
    pub fn new(pattern: &str) -> Self {
        LetterRegex(
            meta::Regex::builder()
                .build_from_hir(&hir(pattern))
                .unwrap_or_else(|e| panic!("rule pattern does not compile: {e}")),
        )
    }

    /// For a pattern asked only of short lines: no lazy DFAs (their reverse
    /// NFA is most of the compile of a pattern of repeated letter classes),
    /// the captures read by the backtracker alone.
    pub fn for_short_lines(pattern: &str) -> Self {
        LetterRegex(
            meta::Regex::builder()
                .configure(meta::Regex::config().hybrid(false))
                .build_from_hir(&hir(pattern))
                .unwrap_or_else(|e| panic!("rule pattern does not compile: {e}")),
        )
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.0.is_match(haystack)
    }

    /// The groups of the first match, asked only once it is known to match:
    /// most places a rule looks at match none of its patterns, and telling
    /// so needs neither the capture engines nor room for the groups.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Groups<'h>> {
        if !self.0.is_match(haystack) {
            return None;
        }
        let mut caps = self.0.create_captures();
        self.0.captures(haystack, &mut caps);
        caps.is_match().then_some(Groups { haystack, caps })
    }

    /// The groups of each successive match.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Groups<'h>> + 'r
    where
        'h: 'r,
    {
        self.0
            .captures_iter(haystack)
            .map(move |caps| Groups { haystack, caps })
    }
}

/// The groups of one match.
pub struct Groups<'h> {
    haystack: &'h str,
    caps: Captures,
}

impl<'h> Groups<'h> {
    /// The whole match (0) or a numbered group, if it took part.
    pub fn get(&self, index: usize) -> Option<Group<'h>> {
        self.caps
            .get_group(index)
            .map(|s| self.group(s.start, s.end))
    }

    /// A named group, if it took part.
    pub fn name(&self, name: &str) -> Option<Group<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|s| self.group(s.start, s.end))
    }

    fn group(&self, start: usize, end: usize) -> Group<'h> {
        Group {
            haystack: self.haystack,
            start,
            end,
        }
    }
}

/// A named group's text, as the `regex` crate's `caps["name"]` (panics if
/// the group did not take part).
impl<'h> std::ops::Index<&str> for Groups<'h> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("no group {name} in the match"))
            .as_str()
    }
}

/// Where a group matched.
#[derive(Clone, Copy, Debug)]
pub struct Group<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::pattern;

    #[test]
    fn letter_regex_answers_as_the_regex_crate_does() {
        let p = r"(?:Ảnh|Bài)\s*:\s*(?P<n>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})(?P<x>!)?";
        let ours = LetterRegex::new(p);
        let theirs = regex::Regex::new(&pattern(p)).unwrap();
        let text = "Ảnh: Quang Hiếu. Bài: Lê Thị Ánh Tuyết Mai, ảnh: Ngọc Ánh! Bài:  Đỗ Ơn";
        // (whole match, name, where the optional group starts) of each match.
        let ours_found: Vec<_> = ours
            .captures_iter(text)
            .map(|c| {
                let whole = c.get(0).unwrap();
                let n = c.name("n").unwrap().as_str();
                (
                    (whole.start(), whole.end()),
                    n,
                    c.name("x").map(|x| x.start()),
                )
            })
            .collect();
        let theirs_found: Vec<_> = theirs
            .captures_iter(text)
            .map(|c| {
                (
                    c.get(0).unwrap().range(),
                    c.name("n").unwrap().as_str(),
                    c.name("x"),
                )
            })
            .map(|(whole, n, x)| ((whole.start, whole.end), n, x.map(|x| x.start())))
            .collect();
        assert_eq!(ours_found.len(), 3);
        assert_eq!(ours_found, theirs_found);
        let first = ours.captures(text).unwrap();
        assert_eq!(&first["n"], "Quang Hiếu");
        assert!(ours.is_match(text) && !ours.is_match("ảnh: quang hiếu"));
        assert!(ours.captures("Ảnh: TTXVN").is_none());
    }
}
