//! Rules propose candidates; `resolve` keeps a set that never overlaps.

use crate::entity::{Attrs, Kind};

/// How strongly a rule believes its candidate; higher wins an overlap before
/// length is considered.
pub mod rank {
    /// A title phrase attached to a person: it blocks ORG/PLACE marks inside it.
    pub const ROLE: u8 = 90;
    pub const PERSON: u8 = 80;
    pub const REGULATION: u8 = 70;
    pub const NUMERIC: u8 = 60;
    pub const ORG: u8 = 50;
    pub const PLACE: u8 = 40;
    pub const WEAK: u8 = 10;
}

/// A proposed mark in canonical-text byte offsets. `kind: None` reserves the
/// span (a person's role) without producing a mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub kind: Option<Kind>,
    pub start: usize,
    pub end: usize,
    pub rank: u8,
    pub attrs: Attrs,
}

impl Candidate {
    pub fn new(kind: Kind, start: usize, end: usize, rank: u8) -> Self {
        Candidate {
            kind: Some(kind),
            start,
            end,
            rank,
            attrs: Attrs::default(),
        }
    }

    pub fn reserve(start: usize, end: usize) -> Self {
        Candidate {
            kind: None,
            start,
            end,
            rank: rank::ROLE,
            attrs: Attrs::default(),
        }
    }

    pub fn with_attrs(mut self, attrs: Attrs) -> Self {
        self.attrs = attrs;
        self
    }
}

/// Keeps the strongest candidates, then the longest ("the larger unit wins"),
/// never two that overlap; returns them sorted by start.
pub fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| c.start < c.end);
    candidates.sort_by(|a, b| {
        b.rank
            .cmp(&a.rank)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    // Chosen spans kept sorted by start so the overlap test is a binary search.
    let mut chosen: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let i = chosen.partition_point(|k| k.start < c.start);
        let clashes_before = i > 0 && chosen[i - 1].end > c.start;
        let clashes_after = i < chosen.len() && chosen[i].start < c.end;
        if !clashes_before && !clashes_after {
            chosen.insert(i, c);
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larger_unit_wins_within_a_rank_and_rank_beats_length() {
        let cands = vec![
            Candidate::new(Kind::Place, 10, 19, rank::PLACE),
            Candidate::new(Kind::Org, 0, 19, rank::ORG),
            Candidate::new(Kind::Org, 0, 7, rank::ORG),
            Candidate::new(Kind::Person, 25, 30, rank::PERSON),
            Candidate::new(Kind::Org, 18, 28, rank::ORG),
        ];
        let out = resolve(cands);
        let spans: Vec<_> = out.iter().map(|c| (c.kind, c.start, c.end)).collect();
        assert_eq!(
            spans,
            vec![(Some(Kind::Org), 0, 19), (Some(Kind::Person), 25, 30)]
        );
    }
}
