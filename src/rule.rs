//! What every rule sees and gives: the analysis [`Context`], and for the
//! numeric rules (DATE, FIGURE, REGULATION) their [`Rule`] (a pattern and a
//! builder), the [`Hit`] a builder reads and the [`Edges`] it checks. The
//! pass that runs the numeric rules (`scan`) stands above them and this.

use regex_automata::util::captures::Captures;

use crate::calendar::CivilDate;
use crate::candidate::Candidate;

/// What every rule sees.
pub struct Context<'a> {
    /// The canonical text (NFC, new tone placement).
    pub text: &'a str,
    pub reference: Option<CivilDate>,
}

/// A named rule: a pattern built from named fragments and the code that turns
/// a match into a candidate (or refuses it).
pub struct Rule {
    pub name: &'static str,
    pub pattern: String,
    pub build: fn(&Context, &Hit) -> Option<Candidate>,
    /// The builder refuses every match with a letter or digit right before
    /// it ("khai" is no "hai", "…855338" no number), so the pass does not
    /// read such a match's groups nor call the builder (see
    /// [`Rule::refusing_glued`]).
    pub refuses_glued: bool,
}

impl Rule {
    /// This rule's builder refuses a match glued to a letter or digit before
    /// it: the pass skips it without reading it (a test holds each such rule
    /// to it on the corpus).
    pub fn refusing_glued(self) -> Self {
        Rule {
            refuses_glued: true,
            ..self
        }
    }
}

/// A rule from its name, pattern and builder (the rule modules' shorthand).
pub fn rule(
    name: &'static str,
    pattern: String,
    build: fn(&Context, &Hit) -> Option<Candidate>,
) -> Rule {
    Rule {
        name,
        pattern,
        build,
        refuses_glued: false,
    }
}

/// One match of one rule, with its capture groups.
pub struct Hit<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
    /// Filled by the pass (`scan`), read through [`Hit::group`] and [`Hit::span`].
    pub(crate) caps: &'t Captures,
}

impl<'t> Hit<'t> {
    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// A named group's text, if it took part in the match.
    pub fn group(&self, name: &str) -> Option<&'t str> {
        self.span(name).map(|(start, end)| &self.text[start..end])
    }

    /// A named group's byte span in the text.
    pub fn span(&self, name: &str) -> Option<(usize, usize)> {
        // A rule has a handful of groups: comparing their names costs less
        // than hashing the name to look it up (builders ask many times).
        let pattern = self.caps.pattern()?;
        let index = self
            .caps
            .group_info()
            .pattern_names(pattern)
            .position(|n| n == Some(name))?;
        self.caps.get_group(index).map(|s| (s.start, s.end))
    }

    /// The character just before the match.
    pub fn before(&self) -> Option<char> {
        self.text[..self.start].chars().next_back()
    }

    /// The character just after the match.
    pub fn after(&self) -> Option<char> {
        self.text[self.end..].chars().next()
    }
}

/// What a numeric rule (DATE, FIGURE, REGULATION) refuses right around its
/// match, so that "abc12", "1.2" or "12/2024/x" are not read as a number of
/// their own. Each kind names its characters; the check is this one.
pub struct Edges {
    /// Besides letters and digits, what may not stand right before.
    pub glued_before: &'static [char],
    /// Besides letters and digits, what may not stand right after.
    pub glued_after: &'static [char],
    /// What may follow only when no digit comes after it: the number would
    /// go on ("1.2", "3-4", "10:30").
    pub number_goes_on: &'static [char],
}

impl Edges {
    /// Nothing glued before byte `start`.
    #[inline]
    pub fn clean_before(&self, text: &str, start: usize) -> bool {
        text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::words::is_word_char(c) && !self.glued_before.contains(&c))
    }

    /// Nothing glued after byte `end`; a letter or digit only when
    /// `letter_after` allows it.
    #[inline]
    pub fn clean_after(&self, text: &str, end: usize, letter_after: bool) -> bool {
        let mut tail = text[end..].chars();
        match tail.next() {
            None => true,
            Some(c) if crate::words::is_word_char(c) => letter_after,
            Some(c) if self.glued_after.contains(&c) => false,
            Some(c) if self.number_goes_on.contains(&c) => {
                !tail.next().is_some_and(|c| c.is_ascii_digit())
            }
            Some(_) => true,
        }
    }

    /// Nothing glued on either side of the match.
    #[inline]
    pub fn clean(&self, hit: &Hit) -> bool {
        self.clean_before(hit.text, hit.start) && self.clean_after(hit.text, hit.end, false)
    }
}
