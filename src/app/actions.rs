//! What the reducer (`state.rs`) hears, and the small values it keeps:
//! a pending worker request, what Clear removed, a text selection.

use std::rc::Rc;

use crate::{CivilDate, Kind};

use super::i18n::Lang;
use super::state::Correction;

/// An analysis asked of the Web Worker and not yet answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: u64,
    /// The text sent (the answer's offsets point into it).
    pub text: Rc<str>,
    pub reference: Option<CivilDate>,
}

/// What "Undo" after "Clear" brings back.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleared {
    pub text: Rc<str>,
    pub file_name: Option<String>,
}

/// Text selected in the reading view, grown to whole words (bytes), and
/// where to show the small toolbar of types (page pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextSelection {
    pub start: usize,
    pub end: usize,
    pub x: f64,
    pub y: f64,
}

pub enum Action {
    /// The textarea changed (its text shared, not copied: see `js_text`);
    /// analysis follows with [`Action::Analyze`].
    Edit(Rc<str>),
    /// Analyze the current text now (after the debounce).
    Analyze,
    /// A file was opened: a new article (shown when `show`).
    Load {
        name: String,
        text: String,
        /// What the decoder says about it (a legacy encoding converted).
        note: Option<String>,
        show: bool,
    },
    SetReference(Option<CivilDate>),
    ToggleKind(Kind),
    SetLang(Lang),
    Select(Option<usize>),
    /// Scroll to and flash these marks (a row of a summary table).
    ShowMarks(Vec<usize>),
    Notice(Option<String>),
    /// Clears the notice if it is still this one.
    ExpireNotice(String),
    /// Empties the text (no question asked: [`Action::Undo`] brings it back).
    Clear,
    Undo,
    /// The worker's answer to request `id` (see [`super::wire`]).
    Analyzed {
        id: u64,
        wire: Vec<u8>,
    },
    /// The worker is not available: analyze the pending text here.
    AnalyzeHere,
    /// A correction of the marks (see `state_review.rs`).
    Correct(Correction),
    UndoCorrection,
    RedoCorrection,
    /// Text selected in the reading view (UTF-8 bytes), or none.
    SelectText(Option<TextSelection>),
    NewArticle,
    Switch(usize),
    /// Show article `.0` with mark `.1` selected.
    Goto(usize, usize),
    /// Delete an article (after the user confirmed; [`Action::Restore`] undoes it).
    DeleteArticle(usize),
    ClearWorkspace,
    /// Replace the workspace with a workspace file's content.
    Import(String),
    Restore,
    /// Analyze the next article not analyzed yet (one per task).
    IndexNext,
    StorageRefused,
}
