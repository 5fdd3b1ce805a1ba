//! The app's state and the actions that change it (a reducer, as in yew's
//! function_todomvc example).

use std::rc::Rc;

use yew::prelude::*;

use crate::{CivilDate, Kind, Options};

use super::i18n::Lang;
use super::model::{kind_index, Doc};
use super::storage::Settings;
use super::wire;

/// The article the page opens with (a real dev-corpus article).
pub const SAMPLE: &str = include_str!("../../www/sample.txt");

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
    /// A huge text being analyzed in the worker.
    pub pending: Option<Pending>,
    /// The text before the last "Clear", until the next edit.
    pub cleared: Option<Cleared>,
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
    /// Clears the notice if it is still this one.
    ExpireNotice(String),
    /// Empties the text (no question asked: [`Action::Undo`] brings it back).
    Clear,
    Undo,
    /// The worker's answer to request `id` (see [`super::wire`]).
    Analyzed {
        id: u64,
        wire: String,
    },
    /// The worker is not available: analyze the pending text here.
    AnalyzeHere,
}

impl AppState {
    pub fn new(text: &str, lang: Lang) -> AppState {
        AppState::with_settings(
            text,
            Settings {
                lang: Some(lang),
                ..Settings::default()
            },
            lang,
        )
    }

    /// A state for `text` with restored `settings` (`lang` when they name none).
    pub fn with_settings(text: &str, settings: Settings, lang: Lang) -> AppState {
        let mut s = AppState {
            text: Rc::from(""),
            doc: Rc::new(Doc::analyze("", &Options::default())),
            reference: settings.reference,
            hidden: settings.hidden,
            lang: settings.lang.unwrap_or(lang),
            selected: None,
            file_name: None,
            notice: None,
            pending: None,
            cleared: None,
        };
        s.text = Rc::from(text);
        s.reanalyze();
        s
    }

    /// The state the page opens with: the sample, analyzed.
    pub fn initial(lang: Lang) -> AppState {
        AppState::new(SAMPLE, lang)
    }

    /// The settings worth keeping across a reload.
    pub fn settings(&self) -> Settings {
        Settings {
            lang: Some(self.lang),
            hidden: self.hidden,
            reference: self.reference,
        }
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

    /// Whether the text changed since the last analysis (or is being analyzed).
    pub fn stale(&self) -> bool {
        self.pending.is_some() || *self.text != *self.doc.text
    }

    /// Analyzes the text: here when it is small, in the worker when it is huge.
    fn reanalyze(&mut self) {
        self.selected = None;
        if self.text.len() >= wire::WORKER_MIN_BYTES {
            let id = self.pending.as_ref().map_or(1, |p| p.id + 1);
            self.pending = Some(Pending {
                id,
                text: self.text.clone(),
                reference: self.reference,
            });
        } else {
            self.pending = None;
            self.doc = Rc::new(Doc::analyze(&self.text, &self.options()));
        }
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
                s.cleared = None;
            }
            Action::Analyze => {
                let requested = s.pending.as_ref().map(|p| (p.text.clone(), p.reference));
                let up_to_date = match requested {
                    Some((text, reference)) => text == s.text && reference == s.reference,
                    None => *s.text == *s.doc.text,
                };
                if up_to_date {
                    return self;
                }
                s.reanalyze();
            }
            Action::Load { name, text, note } => {
                s.text = Rc::from(text);
                s.file_name = Some(name);
                s.notice = note;
                s.cleared = None;
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
            Action::ExpireNotice(n) => {
                if s.notice.as_deref() != Some(n.as_str()) {
                    return self;
                }
                s.notice = None;
            }
            Action::Clear => {
                if s.text.is_empty() {
                    return self;
                }
                s.cleared = Some(Cleared {
                    text: s.text.clone(),
                    file_name: s.file_name.take(),
                });
                s.text = Rc::from("");
                s.reanalyze();
            }
            Action::Undo => {
                let Some(c) = s.cleared.take() else {
                    return self;
                };
                s.text = c.text;
                s.file_name = c.file_name;
                s.reanalyze();
            }
            Action::Analyzed { id, wire } => {
                let Some(p) = s.pending.take().filter(|p| p.id == id) else {
                    return self;
                };
                let analysis = wire::decode(&p.text, &wire).unwrap_or_else(|| {
                    crate::analyze(
                        &p.text,
                        &Options {
                            reference_date: p.reference,
                        },
                    )
                });
                s.doc = Rc::new(Doc::new(p.text.to_string(), analysis));
                s.selected = None;
                // Edited since it was sent: the debounce analyzes the new text.
            }
            Action::AnalyzeHere => {
                let Some(p) = s.pending.take() else {
                    return self;
                };
                let options = Options {
                    reference_date: p.reference,
                };
                s.doc = Rc::new(Doc::analyze(&p.text, &options));
                s.selected = None;
            }
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

    #[test]
    fn clear_then_undo() {
        let s = Rc::new(AppState::new("Ngày 5/10/2023", Lang::En));
        let s = s.reduce(Action::Clear);
        assert_eq!(&*s.text, "");
        assert!(s.doc.analysis.entities.is_empty());
        let s = s.reduce(Action::Undo);
        assert_eq!(&*s.text, "Ngày 5/10/2023");
        assert_eq!(s.doc.analysis.entities.len(), 1);
        assert!(s.cleared.is_none());
    }

    #[test]
    fn huge_text_goes_to_the_worker() {
        let big = SAMPLE.repeat(wire::WORKER_MIN_BYTES / SAMPLE.len() + 1);
        let s = Rc::new(AppState::new("", Lang::En));
        let s = s.reduce(Action::Edit(big.clone()));
        let s = s.reduce(Action::Analyze);
        let p = s.pending.clone().expect("sent to the worker");
        assert!(s.stale());
        // The answer for an older request is ignored.
        let wire = wire::analyze_encoded(&big, "");
        let ignored = s.clone().reduce(Action::Analyzed {
            id: p.id + 7,
            wire: wire.clone(),
        });
        assert!(ignored.pending.is_some());
        let s = s.reduce(Action::Analyzed { id: p.id, wire });
        assert!(!s.stale());
        assert_eq!(s.doc.analysis, crate::analyze(&big, &Options::default()));
    }
}
