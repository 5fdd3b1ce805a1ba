//! The review keys: a pure mapping ([`command_for`]) of a key press and
//! where it happened, and the page's handler that turns it into actions: on a focused mark, 1–6 change its type (legend order), Delete or
//! Backspace remove it, Shift+←/→ move its end and Alt+Shift+←/→ its start by
//! a word; with text selected in the reading view, 1–6 mark it; anywhere but
//! a text field, Ctrl+Z undoes a correction and Ctrl+Shift+Z (or Ctrl+Y)
//! redoes it.

use yew::prelude::*;

use crate::Kind;

use super::state::{Action, AppState, Correction};
use super::{dom, dom_review};

/// A key press and its context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    /// Ctrl, or ⌘ on a Mac.
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
    /// In a textarea or input: their own keys win.
    pub in_field: bool,
    /// The mark that has the focus.
    pub mark: Option<usize>,
    /// Whether text is selected in the reading view.
    pub has_selection: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum KeyCommand {
    Undo,
    Redo,
    Correct(Correction),
}

pub fn command_for(k: &KeyPress) -> Option<KeyCommand> {
    if k.in_field {
        return None;
    }
    if k.ctrl {
        return match k.key {
            "z" | "Z" if !k.alt => Some(if k.shift {
                KeyCommand::Redo
            } else {
                KeyCommand::Undo
            }),
            "y" | "Y" if !k.alt && !k.shift => Some(KeyCommand::Redo),
            _ => None,
        };
    }
    let correct = |c| Some(KeyCommand::Correct(c));
    if let Some(d) = k.key.parse::<usize>().ok().filter(|d| (1..=6).contains(d)) {
        if k.alt {
            return None;
        }
        let kind = Kind::ALL[d - 1];
        return match (k.has_selection, k.mark) {
            (true, _) => correct(Correction::MarkSelection(kind)),
            (false, Some(m)) => correct(Correction::Retype(m, kind)),
            _ => None,
        };
    }
    let mark = k.mark?;
    match k.key {
        "Delete" | "Backspace" if !k.shift && !k.alt => correct(Correction::Remove(mark)),
        "ArrowRight" | "ArrowLeft" if k.shift => {
            let right = k.key == "ArrowRight";
            correct(Correction::Resize {
                mark,
                start_edge: k.alt,
                // Right grows the end and shrinks the start; left the opposite.
                grow: right != k.alt,
            })
        }
        _ => None,
    }
}

/// The app's key handler: Escape closes the toolbar or the details; the
/// review keys ([`command_for`]) become actions.
pub fn on_keydown(
    dispatcher: UseReducerDispatcher<AppState>,
    open: bool,
    has_selection: bool,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            if has_selection {
                dispatcher.dispatch(Action::SelectText(None));
            } else if open {
                dispatcher.dispatch(Action::Select(None));
            }
            return;
        }
        let key = e.key();
        let press = KeyPress {
            key: &key,
            ctrl: e.ctrl_key() || e.meta_key(),
            shift: e.shift_key(),
            alt: e.alt_key(),
            in_field: dom_review::in_text_field(e.target()),
            mark: dom::mark_index(e.target()),
            has_selection,
        };
        if let Some(command) = command_for(&press) {
            e.prevent_default();
            dispatcher.dispatch(match command {
                KeyCommand::Undo => Action::UndoCorrection,
                KeyCommand::Redo => Action::RedoCorrection,
                KeyCommand::Correct(c) => Action::Correct(c),
            });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_mark(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            mark: Some(4),
            ..KeyPress::default()
        }
    }

    #[test]
    fn keys_on_a_mark() {
        assert_eq!(
            command_for(&on_mark("Delete")),
            Some(KeyCommand::Correct(Correction::Remove(4)))
        );
        assert_eq!(
            command_for(&on_mark("Backspace")),
            Some(KeyCommand::Correct(Correction::Remove(4)))
        );
        assert_eq!(
            command_for(&on_mark("2")),
            Some(KeyCommand::Correct(Correction::Retype(4, Kind::Org)))
        );
        assert_eq!(command_for(&on_mark("7")), None);
        let grow_end = KeyPress {
            shift: true,
            ..on_mark("ArrowRight")
        };
        assert_eq!(
            command_for(&grow_end),
            Some(KeyCommand::Correct(Correction::Resize {
                mark: 4,
                start_edge: false,
                grow: true
            }))
        );
        let grow_start = KeyPress {
            shift: true,
            alt: true,
            ..on_mark("ArrowLeft")
        };
        assert_eq!(
            command_for(&grow_start),
            Some(KeyCommand::Correct(Correction::Resize {
                mark: 4,
                start_edge: true,
                grow: true
            }))
        );
        assert_eq!(command_for(&on_mark("ArrowRight")), None, "no Shift");
    }

    #[test]
    fn a_selection_takes_the_digit_and_fields_keep_their_keys() {
        let sel = KeyPress {
            has_selection: true,
            ..on_mark("6")
        };
        assert_eq!(
            command_for(&sel),
            Some(KeyCommand::Correct(Correction::MarkSelection(Kind::Figure)))
        );
        let typing = KeyPress {
            in_field: true,
            ..on_mark("Delete")
        };
        assert_eq!(command_for(&typing), None);
        assert_eq!(command_for(&KeyPress::default()), None);
        assert_eq!(
            command_for(&KeyPress {
                key: "3",
                ..KeyPress::default()
            }),
            None
        );
    }

    #[test]
    fn undo_redo() {
        let z = KeyPress {
            key: "z",
            ctrl: true,
            ..KeyPress::default()
        };
        assert_eq!(command_for(&z), Some(KeyCommand::Undo));
        let shift_z = KeyPress {
            key: "Z",
            shift: true,
            ..z
        };
        assert_eq!(command_for(&shift_z), Some(KeyCommand::Redo));
        assert_eq!(
            command_for(&KeyPress { key: "y", ..z }),
            Some(KeyCommand::Redo)
        );
        assert_eq!(
            command_for(&KeyPress {
                in_field: true,
                ..z
            }),
            None
        );
    }
}
