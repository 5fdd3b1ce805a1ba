//! Which blocks of a huge text the reading view renders with their marks.
//! Pure bookkeeping, tested natively; the browser side (two
//! IntersectionObservers) is `components/windowed.rs`.
//!
//! A text of [`WINDOW_MIN_BYTES`] or more is windowed: every block is in the
//! page as plain text (so the browser's find, copy, select-all and screen
//! readers see the whole text, at the cost of one text node per block; a new
//! text's blocks arrive in a few tasks, [`Arrival`]), and only the blocks
//! near the viewport carry their marks. Off screen, blocks skip layout
//! (`content-visibility: auto`) at an estimated height
//! ([`Metrics::block_px`]), which the browser replaces by the measured one
//! once a block has been laid out.

use std::rc::Rc;

use super::model::Block;

/// Texts from this size on are windowed: those the worker analyzes
/// ([`super::wire::WORKER_MIN_BYTES`]). Below it a text has at most eight
/// blocks, about 500 marks at the corpus's density, which the progressive
/// rendering puts in the page within a few tasks of under 50 ms each.
pub const WINDOW_MIN_BYTES: usize = super::wire::WORKER_MIN_BYTES;

/// Blocks marked before the observers have said where the viewport is: a
/// block is several screens of text, so the first two fill the first screen.
pub const FIRST_SCREEN_BLOCKS: usize = 2;

/// The marks of a text are rendered for the blocks that come within this
/// margin of the viewport (a CSS `rootMargin`: one viewport height above
/// and below)…
pub const NEAR_MARGIN: &str = "100% 0px";
/// … and dropped for those that leave this one (three viewport heights), so
/// scrolling back and forth over an edge does not render a block again and
/// again.
pub const FAR_MARGIN: &str = "300% 0px";

/// Blocks of a new text in the page from its first render, and blocks
/// added in each task after it: a hundred blocks put into the page at once
/// are a task of tens of milliseconds.
pub const FIRST_BLOCKS_IN: usize = 16;
pub const STEP_BLOCKS_IN: usize = 32;

/// How many blocks of a doc are in the page (the first ones; a block with
/// its marks is there whatever this says).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Arrival {
    generation: u64,
    text_len: usize,
    blocks: usize,
    /// Blocks `0..arrived` are in the page.
    pub arrived: usize,
}

impl Arrival {
    /// The arrival for doc `generation` (`text_len` bytes in `blocks`
    /// blocks): this one if it is that doc's; all of them when the text is
    /// still the one in the page (a new analysis of it: a correction keeps
    /// the length); else the first blocks.
    pub fn for_doc(self, generation: u64, text_len: usize, blocks: usize) -> Arrival {
        if self.generation == generation {
            return self;
        }
        let same_text = self.text_len == text_len && self.arrived >= self.blocks;
        Arrival {
            generation,
            text_len,
            blocks,
            arrived: if same_text {
                blocks
            } else {
                FIRST_BLOCKS_IN.min(blocks)
            },
        }
    }

    /// The arrival after the next step, if there is one to take.
    pub fn next(self) -> Option<Arrival> {
        (self.arrived < self.blocks).then(|| Arrival {
            arrived: (self.arrived + STEP_BLOCKS_IN).min(self.blocks),
            ..self
        })
    }
}

/// Which blocks carry their marks.
#[derive(Debug, Clone, Default)]
pub struct Window {
    /// The blocks this window is for.
    blocks: Rc<Vec<Block>>,
    /// Per block: near the viewport (or not yet known to be far).
    near: Vec<bool>,
}

impl Window {
    /// Moves the window to `blocks` (a new analysis of the text, or a new
    /// text): the blocks that overlap a near block of the old ones are near,
    /// so a correction never drops the marks being worked on; with none (at
    /// first, or a shorter text), the first blocks.
    pub fn follow(&mut self, blocks: &Rc<Vec<Block>>) {
        if Rc::ptr_eq(&self.blocks, blocks) {
            return;
        }
        let old: Vec<&Block> = self
            .blocks
            .iter()
            .zip(&self.near)
            .filter_map(|(b, &n)| n.then_some(b))
            .collect();
        let mut near: Vec<bool> = blocks
            .iter()
            .map(|b| old.iter().any(|o| o.from < b.to && b.from < o.to))
            .collect();
        if !near.contains(&true) {
            near.iter_mut()
                .take(FIRST_SCREEN_BLOCKS)
                .for_each(|n| *n = true);
        }
        self.blocks = blocks.clone();
        self.near = near;
    }

    /// Records that the block starting at byte `from` came near the
    /// viewport (`true`) or went far from it; whether anything changed.
    pub fn set_near(&mut self, from: usize, near: bool) -> bool {
        let Ok(k) = self.blocks.binary_search_by_key(&from, |b| b.from) else {
            return false; // a block of an older text, still observed
        };
        let changed = self.near[k] != near;
        self.near[k] = near;
        changed
    }

    /// Per block of [`Window::follow`]'s blocks: whether it carries its
    /// marks: near the viewport, or holding one of the `pinned` marks.
    pub fn marked(&self, pinned: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut marked = self.near.clone();
        for mark in pinned {
            if let Some(k) = block_of_mark(&self.blocks, mark) {
                marked[k] = true;
            }
        }
        marked
    }
}

/// The block that holds mark `mark` (blocks list their marks as
/// `first..last`, in order).
pub fn block_of_mark(blocks: &[Block], mark: usize) -> Option<usize> {
    let k = blocks.partition_point(|b| b.last <= mark);
    blocks.get(k).filter(|b| b.first <= mark && mark < b.last)?;
    Some(k)
}

/// The marks the keyboard may reach next from mark `focused`: itself and
/// its neighbours, whose blocks stay rendered so Tab and Shift+Tab go from
/// mark to mark across blocks.
pub fn around(focused: Option<usize>) -> impl Iterator<Item = usize> {
    focused
        .into_iter()
        .flat_map(|m| [m.checked_sub(1), Some(m), m.checked_add(1)])
        .flatten()
}

/// What the height of a block off screen is estimated from: lines of
/// `chars_per_line` characters, `line_px` high (measured from the page's
/// reading view when there is one; else its desktop layout: 48rem of 17px
/// text at 1.85 line height).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    pub chars_per_line: usize,
    pub line_px: f64,
}

/// The average width of a character of Vietnamese text, in ems (measured on
/// the corpus in Chromium's default sans-serif).
pub const CHAR_EM: f64 = 0.5;

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics {
            chars_per_line: 90,
            line_px: 31.4,
        }
    }
}

impl Metrics {
    /// The metrics of a column `width_px` wide of text `font_px` high with
    /// lines `line_px` apart.
    pub fn measured(width_px: f64, font_px: f64, line_px: f64) -> Option<Metrics> {
        let ok = width_px > 0.0 && font_px > 0.0 && line_px > 0.0;
        ok.then(|| Metrics {
            chars_per_line: ((width_px / (font_px * CHAR_EM)) as usize).max(10),
            line_px,
        })
    }

    /// The estimated height in pixels of `text` (one block): each line (the
    /// text keeps its line breaks) wraps every `chars_per_line` characters.
    pub fn block_px(&self, text: &str) -> u32 {
        let text = text.strip_suffix('\n').unwrap_or(text);
        let lines: usize = text
            .split('\n')
            .map(|line| line.chars().count().div_ceil(self.chars_per_line).max(1))
            .sum();
        (lines as f64 * self.line_px).round() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(from: usize, to: usize, first: usize, last: usize) -> Block {
        Block {
            from,
            to,
            first,
            last,
        }
    }

    fn three() -> Rc<Vec<Block>> {
        Rc::new(vec![
            block(0, 100, 0, 3),
            block(100, 200, 3, 3),
            block(200, 300, 3, 7),
        ])
    }

    #[test]
    fn the_first_blocks_until_the_viewport_is_known() {
        let mut w = Window::default();
        w.follow(&three());
        assert_eq!(w.marked([]), [true, true, false]);
        assert!(w.set_near(200, true));
        assert!(w.set_near(0, false));
        assert!(!w.set_near(0, false), "no change");
        assert!(!w.set_near(150, true), "no block starts there");
        assert_eq!(w.marked([]), [false, true, true]);
    }

    #[test]
    fn new_blocks_keep_the_place_of_the_near_ones() {
        let mut w = Window::default();
        w.follow(&three());
        w.set_near(0, false);
        w.set_near(100, false);
        w.set_near(200, true);
        // A correction moved the cuts: what overlaps 200..300 stays marked.
        let moved = Rc::new(vec![
            block(0, 120, 0, 3),
            block(120, 250, 3, 5),
            block(250, 300, 5, 7),
        ]);
        w.follow(&moved);
        assert_eq!(w.marked([]), [false, true, true]);
        // The same blocks again change nothing.
        w.set_near(0, true);
        w.follow(&moved);
        assert_eq!(w.marked([]), [true, true, true]);
        // A text that ends before the near blocks: its first blocks.
        w.set_near(0, false);
        w.set_near(120, false);
        w.follow(&Rc::new(vec![
            block(0, 50, 0, 1),
            block(50, 90, 1, 2),
            block(90, 120, 2, 2),
        ]));
        assert_eq!(w.marked([]), [true, true, false]);
    }

    #[test]
    fn pinned_marks_bring_their_blocks() {
        let mut w = Window::default();
        w.follow(&three());
        w.set_near(0, false);
        w.set_near(100, false);
        assert_eq!(w.marked([6]), [false, false, true]);
        assert_eq!(w.marked([99]), [false, false, false], "no such mark");
        // The keyboard's neighbours: mark 2 is the last of block 0, 3 the first of block 2.
        assert_eq!(w.marked(around(Some(3))), [true, false, true]);
        assert_eq!(around(Some(0)).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(around(None).count(), 0);
    }

    #[test]
    fn marks_are_found_in_their_block() {
        let blocks = three();
        let found: Vec<Option<usize>> = (0..8).map(|m| block_of_mark(&blocks, m)).collect();
        assert_eq!(
            found,
            [
                Some(0),
                Some(0),
                Some(0),
                Some(2),
                Some(2),
                Some(2),
                Some(2),
                None
            ]
        );
        assert_eq!(block_of_mark(&[], 0), None);
    }

    #[test]
    fn a_new_text_comes_in_steps_and_a_new_analysis_keeps_it() {
        let first = Arrival::default().for_doc(7, 1000, 100);
        assert_eq!(first.arrived, FIRST_BLOCKS_IN);
        assert_eq!(first.for_doc(7, 1000, 100), first, "the same doc");
        let mut steps = 0;
        let mut all = first;
        while let Some(next) = all.next() {
            all = next;
            steps += 1;
        }
        assert_eq!(steps, (100 - FIRST_BLOCKS_IN).div_ceil(STEP_BLOCKS_IN));
        assert_eq!(all.arrived, 100);
        // A correction: a new doc of the same length, all of it at once.
        assert_eq!(all.for_doc(8, 1000, 101).arrived, 101);
        // Another text, or the same before it was all in: in steps again.
        assert_eq!(all.for_doc(8, 999, 100).arrived, FIRST_BLOCKS_IN);
        assert_eq!(first.for_doc(8, 1000, 100).arrived, FIRST_BLOCKS_IN);
    }

    #[test]
    fn heights_count_wrapped_lines() {
        let m = Metrics {
            chars_per_line: 10,
            line_px: 20.0,
        };
        // 25 characters: 3 lines; an empty line: 1; "ngắn": 1; the last break ends the block.
        let text = format!("{}\n\nngắn\n", "a".repeat(25));
        assert_eq!(m.block_px(&text), 5 * 20);
        assert_eq!(
            Metrics::measured(768.0, 16.0, 30.0),
            Some(Metrics {
                chars_per_line: 96,
                line_px: 30.0
            })
        );
        assert_eq!(Metrics::measured(0.0, 16.0, 30.0), None);
    }
}
