//! Rules propose candidates; `resolve` keeps a set that never overlaps.

use crate::entity::{Attrs, Kind};

/// How strongly a rule believes its candidate; higher wins an overlap before
/// length is considered.
pub mod rank {
    /// A title phrase attached to a person: it blocks ORG/PLACE marks inside it.
    pub const ROLE: u8 = 90;
    pub const PERSON: u8 = 80;
    pub const REGULATION: u8 = 70;
    /// A named venue outranks a body's name over the same words ("Hội
    /// trường Tỉnh ủy" is a hall).
    pub const VENUE: u8 = 66;
    /// A body whose name goes on around a venue ("Ban Quản lý Khu kinh tế
    /// Nghi Sơn"): see [`super::bodies_over_venues`].
    pub const BODY_AROUND_VENUE: u8 = 67;
    /// A company read from its legal form in a list after "công ty"
    /// ("Công ty: TNHH A, CP B"): the list's commas split what the name
    /// reader would join. (Ranks also tell kinds apart: a venue is a
    /// candidate of rank `VENUE`, so no other rule shares it.)
    pub const LISTED_COMPANY: u8 = 68;
    /// Bodies and places outrank a number inside them ("Ban Chỉ đạo 35", "Quận 1").
    pub const ORG: u8 = 65;
    pub const PLACE: u8 = 62;
    pub const NUMERIC: u8 = 60;
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
    /// Boxed, and only when set: most candidates have none, and a long
    /// text's candidates are many (each would carry every attribute's room).
    pub attrs: Option<Box<Attrs>>,
    /// Where a person's role is written (canonical offsets, as `u32`: a long
    /// text's candidates are many): `analyze` takes the role from the input
    /// there, so it keeps its spelling ("Uỷ viên"). See [`Self::role_span`].
    role_span: Option<(u32, u32)>,
}

impl Candidate {
    pub fn new(kind: Kind, start: usize, end: usize, rank: u8) -> Self {
        Candidate {
            kind: Some(kind),
            start,
            end,
            rank,
            attrs: None,
            role_span: None,
        }
    }

    pub fn reserve(start: usize, end: usize) -> Self {
        Candidate {
            kind: None,
            start,
            end,
            rank: rank::ROLE,
            attrs: None,
            role_span: None,
        }
    }

    pub fn with_attrs(mut self, attrs: Attrs) -> Self {
        self.attrs = Some(Box::new(attrs));
        self
    }

    /// With the role written at `span` (none past 4 GiB of text).
    pub fn with_role_span(mut self, span: Option<(usize, usize)>) -> Self {
        self.role_span =
            span.and_then(|(s, e)| Some((u32::try_from(s).ok()?, u32::try_from(e).ok()?)));
        self
    }

    /// Where the role of this person's mention is written, if it has one.
    pub fn role_span(&self) -> Option<(usize, usize)> {
        self.role_span.map(|(s, e)| (s as usize, e as usize))
    }
}

/// A body's name that starts before a named venue and contains it, or ends
/// inside it, is the body's ("Công ty CP Phát triển Khu công nghiệp Tín
/// Nghĩa"), to the venue's end: it outranks the venue, which outranks a body
/// only over the same start ("Hội trường Tỉnh ủy" is a hall).
pub fn bodies_over_venues(candidates: &mut [Candidate]) {
    let mut venues: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|c| c.rank == rank::VENUE)
        .map(|c| (c.start, c.end))
        .collect();
    if venues.is_empty() {
        return;
    }
    venues.sort_unstable();
    let starts_venue = |at: usize| venues.binary_search_by_key(&at, |&(s, _)| s).is_ok();
    for c in candidates
        .iter_mut()
        .filter(|c| c.rank == rank::ORG && c.kind == Some(Kind::Org))
    {
        // "Trung tâm Hội nghị tỉnh và Hội trường Tỉnh ủy" is two venues.
        if starts_venue(c.start) {
            continue;
        }
        let from = venues.partition_point(|&(s, _)| s <= c.start);
        let mut overlapping = venues[from..].iter().take_while(|&&(s, _)| s < c.end);
        // A body whose name stops inside a venue's ("Bộ Tư lệnh bảo vệ Lăng
        // | Chủ tịch Hồ Chí Minh") is named after the whole venue.
        if let Some(&(_, e)) = overlapping.next() {
            c.end = c.end.max(e);
            c.rank = rank::BODY_AROUND_VENUE;
        }
    }
}

/// A set of byte offsets, one bit each, filled and asked by ranges.
struct ByteSet {
    words: Vec<u64>,
}

impl ByteSet {
    fn new(len: usize) -> Self {
        ByteSet {
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// The bits of word `w` that fall in `start..end`.
    fn mask(w: usize, start: usize, end: usize) -> u64 {
        let lo = start.max(w * 64) - w * 64;
        let hi = end.min(w * 64 + 64) - w * 64;
        let ones = |n: usize| if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        ones(hi) & !ones(lo)
    }

    /// Whether any offset in `start..end` is in the set.
    fn any(&self, start: usize, end: usize) -> bool {
        (start / 64..end.div_ceil(64)).any(|w| self.words[w] & Self::mask(w, start, end) != 0)
    }

    fn insert(&mut self, start: usize, end: usize) {
        for w in start / 64..end.div_ceil(64) {
            self.words[w] |= Self::mask(w, start, end);
        }
    }
}

/// Keeps the strongest candidates, then the longest ("the larger unit wins"),
/// then the earliest, never two that overlap; returns them sorted by start.
///
/// A candidate's fate depends only on the candidates it overlaps, so the
/// choice is made within each cluster of overlapping spans: most candidates
/// overlap nothing and are kept as they are, and only clusters are sorted by
/// strength.
pub fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| c.start < c.end);
    // Text order, as one integer per candidate (the index last, so no two
    // are equal). Each rule gives its candidates in text order, and a
    // stable sort merges such runs cheaply.
    let mut by_start: Vec<u128> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| field(c.start) << 40 | field(i))
        .collect();
    by_start.sort();
    let mut keep = vec![false; candidates.len()];
    // A cluster's candidates by strength.
    let mut cluster: Vec<u128> = Vec::new();
    // The bytes the chosen spans cover: a span clashes when one of its
    // bytes is taken (spans are contiguous, so this is any overlap).
    let text_end = candidates.iter().map(|c| c.end).max().unwrap_or(0);
    let mut taken = ByteSet::new(text_end);
    let mut from = 0;
    while from < by_start.len() {
        let mut reach = candidates[index_of(by_start[from])].end;
        let mut to = from + 1;
        while to < by_start.len() && candidates[index_of(by_start[to])].start < reach {
            reach = reach.max(candidates[index_of(by_start[to])].end);
            to += 1;
        }
        if to == from + 1 {
            keep[index_of(by_start[from])] = true;
        } else {
            cluster.clear();
            cluster.extend(by_start[from..to].iter().map(|&key| {
                let i = index_of(key);
                let c = &candidates[i];
                let weaker = u128::from(u8::MAX - c.rank);
                let shorter = FIELD_MAX - field(c.end - c.start);
                weaker << 120 | shorter << 80 | field(c.start) << 40 | field(i)
            }));
            cluster.sort_unstable();
            for &key in &cluster {
                let i = index_of(key);
                let (start, end) = (candidates[i].start, candidates[i].end);
                if !taken.any(start, end) {
                    taken.insert(start, end);
                    keep[i] = true;
                }
            }
        }
        from = to;
    }
    drop(by_start);
    // The chosen stay in the candidates' buffer (a long text's marks are
    // many: no second copy of them), in text order: chosen spans never
    // overlap, so no two share a start.
    let mut index = 0;
    candidates.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    candidates.sort_unstable_by_key(|c| c.start);
    candidates.shrink_to_fit();
    candidates
}

/// An offset, length or index as one 40-bit field of a sort key (a text of
/// a terabyte is far beyond what is ever analyzed); a larger one saturates,
/// which may only change the order among such candidates.
fn field(n: usize) -> u128 {
    (n as u128).min(FIELD_MAX)
}

const FIELD_MAX: u128 = (1 << 40) - 1;

fn index_of(key: u128) -> usize {
    (key & FIELD_MAX) as usize
}

/// The texts of the candidates a rule adds for `text`, in order (for the
/// rules' tests).
#[cfg(test)]
pub fn found_texts(text: &str, rule: impl FnOnce(&mut Vec<Candidate>)) -> Vec<&str> {
    let mut out = Vec::new();
    rule(&mut out);
    out.iter().map(|c| &text[c.start..c.end]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_span_is_kept_as_given() {
        let c = Candidate::new(Kind::Person, 10, 20, rank::PERSON);
        assert_eq!(c.role_span(), None);
        let c = c.with_role_span(Some((0, 9)));
        assert_eq!(c.role_span(), Some((0, 9)));
        let far = u32::MAX as usize;
        let c = c.with_role_span(Some((far - 5, far)));
        assert_eq!(c.role_span(), Some((far - 5, far)));
        // Past 4 GiB of text no role is kept rather than a wrong one.
        assert_eq!(c.with_role_span(Some((far, far + 9))).role_span(), None);
    }

    /// The byte set answers what a scan of the spans taken answers.
    #[test]
    fn byte_set_finds_every_overlap() {
        let spans = [(0, 1), (3, 64), (64, 65), (70, 200), (255, 256), (130, 140)];
        let mut set = ByteSet::new(300);
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in &spans {
            for a in 0..300 {
                for b in a + 1..(a + 80).min(300) {
                    let naive = taken.iter().any(|&(ts, te)| ts < b && a < te);
                    assert_eq!(set.any(a, b), naive, "{a}..{b} after {taken:?}");
                }
            }
            set.insert(s, e);
            taken.push((s, e));
        }
    }

    /// Choosing within clusters of overlapping spans keeps exactly what one
    /// greedy pass over every candidate, strongest first, keeps.
    #[test]
    fn clusters_choose_what_the_global_order_chooses() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let ranks = [
            rank::ROLE,
            rank::PERSON,
            rank::ORG,
            rank::PLACE,
            rank::NUMERIC,
        ];
        for round in 0..300 {
            let count = 1 + next(60) as usize;
            let cands: Vec<Candidate> = (0..count)
                .map(|_| {
                    let start = next(200) as usize;
                    let end = start + next(if round % 3 == 0 { 60 } else { 12 }) as usize;
                    Candidate::new(Kind::Org, start, end, ranks[next(5) as usize])
                })
                .collect();
            let mut order: Vec<usize> = (0..cands.len()).collect();
            order.sort_by_key(|&i| {
                let c = &cands[i];
                (
                    std::cmp::Reverse(c.rank),
                    std::cmp::Reverse(c.end - c.start),
                    c.start,
                    i,
                )
            });
            let mut kept: Vec<(usize, usize, u8)> = Vec::new();
            for i in order {
                let c = &cands[i];
                let clash = kept.iter().any(|&(s, e, _)| s < c.end && c.start < e);
                if c.start < c.end && !clash {
                    kept.push((c.start, c.end, c.rank));
                }
            }
            kept.sort_unstable();
            let got: Vec<(usize, usize, u8)> = resolve(cands)
                .iter()
                .map(|c| (c.start, c.end, c.rank))
                .collect();
            assert_eq!(got, kept, "round {round}");
        }
    }

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
