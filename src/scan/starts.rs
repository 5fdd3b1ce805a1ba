//! Where a numeric rule's match can start: the pairs of bytes a match can
//! begin with, read from the rules' NFA (two steps from its start). The pass
//! asks its automaton only at positions whose two bytes some rule begins
//! with: most positions of a text are none (a letter inside a word, a space
//! not before "và"), so it never walks the text from every position.
//!
//! Assertions are taken as always true, so the sets are supersets: no match
//! is ever missed (a test checks every rule's matches on the corpus).

use regex_automata::nfa::thompson::{State, NFA};
use regex_automata::util::primitives::StateID;

/// The bytes and byte pairs the matches of some patterns begin with.
pub struct Starts {
    /// Matches begin with these bytes (what the pairs also say, asked first:
    /// without it the pass costs 0.9 % more instructions).
    first: [bool; 256],
    /// A match may be this one byte alone (any byte may follow it).
    single: [bool; 256],
    /// The second bytes after each first byte, as bit sets of 256 bits:
    /// `first << 8 | second`.
    pairs: Box<[u64; 1024]>,
    /// Some pattern matches the empty string: a match may start anywhere.
    anywhere: bool,
}

impl Starts {
    /// The starts of the matches that begin at the NFA states `starts`.
    pub fn of(nfa: &NFA, starts: impl IntoIterator<Item = StateID>) -> Starts {
        let mut s = Starts {
            first: [false; 256],
            single: [false; 256],
            pairs: Box::new([0; 1024]),
            anywhere: false,
        };
        let mut seen = vec![false; nfa.states().len()];
        let mut after_first = Vec::new();
        // Many transitions lead to the same state: its second bytes are read once.
        let mut seconds: Vec<Option<([u64; 4], bool)>> = vec![None; nfa.states().len()];
        for state in closure(nfa, starts, &mut seen) {
            match nfa.state(state) {
                State::Match { .. } => s.anywhere = true,
                _ => each_transition(nfa.state(state), |lo, hi, next| {
                    after_first.push((lo, hi, next));
                }),
            }
        }
        for (lo, hi, next) in after_first {
            // What may come second, from every state one byte in.
            let (second, ends) = *seconds[next.as_usize()].get_or_insert_with(|| {
                let mut second = [0u64; 4];
                let mut ends = false;
                for state in closure(nfa, [next], &mut seen) {
                    match nfa.state(state) {
                        State::Match { .. } => ends = true,
                        other => each_transition(other, |a, b, _| {
                            for byte in a..=b {
                                second[usize::from(byte) / 64] |= 1 << (byte % 64);
                            }
                        }),
                    }
                }
                (second, ends)
            });
            for byte in lo..=hi {
                let b = usize::from(byte);
                s.first[b] = true;
                s.single[b] |= ends;
                for (row, add) in s.pairs[b * 4..b * 4 + 4].iter_mut().zip(second) {
                    *row |= add;
                }
            }
        }
        s
    }

    /// Whether a match can start at byte `at` of `bytes`.
    #[inline]
    pub fn can_start(&self, bytes: &[u8], at: usize) -> bool {
        let b = usize::from(bytes[at]);
        if self.anywhere || self.single[b] {
            return true;
        }
        self.first[b]
            && bytes.get(at + 1).is_some_and(|&next| {
                let i = b << 8 | usize::from(next);
                self.pairs[i / 64] >> (i % 64) & 1 == 1
            })
    }
}

/// The byte ranges a state moves on, with the state each leads to.
fn each_transition(state: &State, mut f: impl FnMut(u8, u8, StateID)) {
    match state {
        State::ByteRange { trans } => f(trans.start, trans.end, trans.next),
        State::Sparse(sparse) => {
            for t in sparse.transitions.iter() {
                f(t.start, t.end, t.next);
            }
        }
        State::Dense(dense) => {
            for (byte, &next) in (0..=255u8).zip(dense.transitions.iter()) {
                if next != StateID::ZERO {
                    f(byte, byte, next);
                }
            }
        }
        _ => {}
    }
}

/// Every state reachable from `starts` without reading a byte (assertions
/// taken as true), `starts` included. `seen` (all false, and so left)
/// marks the states visited.
fn closure(
    nfa: &NFA,
    starts: impl IntoIterator<Item = StateID>,
    seen: &mut [bool],
) -> Vec<StateID> {
    let mut out = Vec::new();
    let mut stack: Vec<StateID> = starts.into_iter().collect();
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id.as_usize()], true) {
            continue;
        }
        out.push(id);
        match nfa.state(id) {
            State::Look { next, .. } | State::Capture { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            _ => {}
        }
    }
    for id in &out {
        seen[id.as_usize()] = false;
    }
    out
}
