//! The app's state and the actions that change it (a reducer, as in yew's
//! function_todomvc example).

use std::rc::Rc;

use yew::prelude::*;

use crate::{CivilDate, Kind, Options};

use super::i18n::Lang;
use super::model::{kind_index, Doc};

/// The article the page opens with (a real dev-corpus article).
pub const SAMPLE: &str = include_str!("../../www/sample.txt");

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// What the textarea holds (may be ahead of `doc` while typing).
    pub text: Rc<str>,
    /// The last analyzed text and its analysis.
    pub doc: Rc<Doc>,
    /// The reference date the user set, if any.
    pub reference: Option<CivilDate>,
    /// Types hidden in the reading view, in [`Kind::ALL`] order.
    pub hidden: [bool; 6],
    pub lang: Lang,
    /// The mark whose details are open.
    pub selected: Option<usize>,
    /// The name of the file last opened.
    pub file_name: Option<String>,
    /// A short status message ("Copied").
    pub notice: Option<String>,
}

pub enum Action {
    /// The textarea changed; analysis follows with [`Action::Analyze`].
    Edit(String),
    /// Analyze the current text now (after the debounce).
    Analyze,
    /// A file was opened: replace the text and analyze it.
    Load {
        name: String,
        text: String,
        /// What the decoder says about it (a legacy encoding converted).
        note: Option<String>,
    },
    SetReference(Option<CivilDate>),
    ToggleKind(Kind),
    SetLang(Lang),
    Select(Option<usize>),
    Notice(Option<String>),
}

impl AppState {
    pub fn new(text: &str, lang: Lang) -> AppState {
        AppState {
            text: Rc::from(text),
            doc: Rc::new(Doc::analyze(text, &Options::default())),
            reference: None,
            hidden: [false; 6],
            lang,
            selected: None,
            file_name: None,
            notice: None,
        }
    }

    /// The state the page opens with: the sample, analyzed.
    pub fn initial(lang: Lang) -> AppState {
        AppState::new(SAMPLE, lang)
    }

    fn options(&self) -> Options {
        Options {
            reference_date: self.reference,
        }
    }

    /// The classes of the reading view's container: one `hide-TYPE` per hidden type.
    pub fn hidden_classes(&self) -> Classes {
        let mut classes = Classes::new();
        for (k, hidden) in Kind::ALL.iter().zip(self.hidden) {
            if hidden {
                classes.push(format!("hide-{}", k.as_str()));
            }
        }
        classes
    }

    /// Whether the text changed since the last analysis.
    pub fn stale(&self) -> bool {
        *self.text != *self.doc.text
    }

    fn reanalyze(&mut self) {
        self.doc = Rc::new(Doc::analyze(&self.text, &self.options()));
        self.selected = None;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(text) => {
                if *s.text == *text {
                    return self;
                }
                s.text = Rc::from(text);
                s.file_name = None;
            }
            Action::Analyze => {
                if !s.stale() {
                    return self;
                }
                s.reanalyze();
            }
            Action::Load { name, text, note } => {
                s.text = Rc::from(text);
                s.file_name = Some(name);
                s.notice = note;
                s.reanalyze();
            }
            Action::SetReference(date) => {
                if s.reference == date {
                    return self;
                }
                s.reference = date;
                s.reanalyze();
            }
            Action::ToggleKind(kind) => {
                let i = kind_index(kind);
                s.hidden[i] = !s.hidden[i];
            }
            Action::SetLang(lang) => s.lang = lang,
            Action::Select(sel) => s.selected = sel,
            Action::Notice(n) => s.notice = n,
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_then_analyze() {
        let s = Rc::new(AppState::new("", Lang::En));
        let s = s.reduce(Action::Edit("Ngày 5/10/2023".into()));
        assert!(s.stale());
        let s = s.reduce(Action::Analyze);
        assert!(!s.stale());
        assert_eq!(s.doc.text, "Ngày 5/10/2023");
    }

    #[test]
    fn toggle_hides_a_type() {
        let s = Rc::new(AppState::new("", Lang::En));
        let s = s.reduce(Action::ToggleKind(Kind::Date));
        assert_eq!(s.hidden_classes().to_string(), "hide-DATE");
        let s = s.reduce(Action::ToggleKind(Kind::Date));
        assert!(s.hidden_classes().is_empty());
    }
}
