//! The app's state and the actions that change it (a reducer, as in yew's
//! function_todomvc example). Corrections: `state_review.rs`; articles of
//! the workspace: `state_workspace.rs`.

use std::rc::Rc;

use yew::prelude::*;

use crate::{Analysis, CivilDate, Kind, Options};

use super::corrections;
use super::i18n::Lang;
use super::model::{kind_index, Doc};
use super::sample;
use super::storage::Settings;
use super::wire;
#[cfg(test)]
use super::workspace;
use super::workspace::Article;

pub use super::actions::{Action, Cleared, Pending, TextSelection};
pub use super::state_review::Correction;
pub use super::state_workspace::Removed;

pub use super::sample::SAMPLE;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// What the textarea holds (may be ahead of `doc` while typing).
    pub text: Rc<str>,
    /// The last analyzed text, its marks corrected.
    pub doc: Rc<Doc>,
    /// The engine's own analysis of `doc.text` (before corrections);
    /// `None` when the article has no corrections: then it is `doc.analysis`
    /// (no second copy of a huge text's marks).
    pub rule: Option<Rc<Analysis>>,
    /// The reference date the user set for this article, if any.
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
    /// Every article; `articles[current]` is the one shown.
    pub articles: Rc<Vec<Article>>,
    pub current: usize,
    pub next_id: u64,
    /// What the last deletion removed, until undone or replaced.
    pub removed: Option<Removed>,
    /// The browser refused to store: work goes on in memory only.
    pub storage_refused: bool,
    /// A mark to focus after a correction: (index, request number).
    pub focus: Option<(usize, u64)>,
    /// Marks to scroll to and flash (a table row was clicked), with their
    /// request number; only for the doc they were asked for.
    pub shown: Option<(Rc<[usize]>, u64)>,
    /// Text selected in the reading view, for a new mark.
    pub selection: Option<TextSelection>,
}

impl AppState {
    pub fn new(text: &str, lang: Lang) -> AppState {
        let settings = Settings {
            lang: Some(lang),
            ..Settings::default()
        };
        AppState::with_settings(text, settings, lang)
    }

    /// A state for `text` with restored `settings` (`lang` when they name none).
    pub fn with_settings(text: &str, settings: Settings, lang: Lang) -> AppState {
        let name = lang.texts().sample_name.to_string();
        let mut first = Article::new(1, name, text);
        first.reference = settings.reference;
        AppState::with_articles(vec![first], 0, settings, lang)
    }

    /// A state for stored `articles`, showing `articles[current]`.
    pub fn with_articles(
        mut articles: Vec<Article>,
        current: usize,
        settings: Settings,
        lang: Lang,
    ) -> AppState {
        if articles.is_empty() {
            articles.push(Article::new(1, lang.texts().sample_name.into(), ""));
        }
        let next_id = articles.iter().map(|a| a.id).max().unwrap_or(0) + 1;
        let empty = sample::empty();
        let mut s = AppState {
            text: Rc::from(""),
            doc: Rc::new(Doc::new(String::new(), empty)),
            rule: None,
            reference: None,
            hidden: settings.hidden,
            lang: settings.lang.unwrap_or(lang),
            selected: None,
            file_name: None,
            notice: None,
            pending: None,
            cleared: None,
            current: current.min(articles.len() - 1),
            articles: Rc::new(articles),
            next_id,
            removed: None,
            storage_refused: false,
            focus: None,
            shown: None,
            selection: None,
        };
        s.show_current();
        s
    }

    /// The marks the reading view must have in the page (a windowed text
    /// renders their blocks whatever is on screen): the one focused after a
    /// correction or a link, the first of the marks being shown.
    pub fn wanted_marks(&self) -> Vec<usize> {
        let focus = self.focus.map(|(i, _)| i);
        let shown = self
            .shown
            .as_ref()
            .and_then(|(marks, _)| marks.first().copied());
        focus.into_iter().chain(shown).collect()
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
            reference: None,
        }
    }

    pub fn options(&self) -> Options {
        Options {
            reference_date: self.reference,
        }
    }

    /// The article shown.
    pub fn article(&self) -> &Article {
        &self.articles[self.current]
    }

    pub(super) fn article_mut(&mut self) -> &mut Article {
        let i = self.current;
        &mut Rc::make_mut(&mut self.articles)[i]
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
    pub(super) fn reanalyze(&mut self) {
        self.selected = None;
        self.selection = None;
        if self.text.len() >= wire::WORKER_MIN_BYTES {
            let id = self.pending.as_ref().map_or(1, |p| p.id + 1);
            self.pending = Some(Pending {
                id,
                text: self.text.clone(),
                reference: self.reference,
            });
        } else {
            self.pending = None;
            let analysis = sample::analyze(&self.text, &self.options());
            self.analyzed(self.text.to_string(), analysis);
        }
    }

    /// The engine's `analysis` of `text`: corrected by the article's edits.
    pub(super) fn analyzed(&mut self, text: String, analysis: Analysis) {
        if self.article().edits.is_empty() {
            self.rule = None;
            self.doc = Rc::new(Doc::new(text, analysis));
            self.article_mut().doc = Some(self.doc.clone());
        } else {
            self.rule = Some(Rc::new(analysis));
            self.apply_edits_to(text);
        }
    }

    /// The engine's own analysis of the shown text.
    pub(super) fn rule_analysis(&mut self) -> Rc<Analysis> {
        let doc = self.doc.clone();
        self.rule
            .get_or_insert_with(|| Rc::new(doc.analysis.clone()))
            .clone()
    }

    /// Re-applies the article's edits to the engine's marks; edits whose
    /// words are gone are dropped, and the notice says so.
    pub(super) fn apply_edits(&mut self) {
        self.apply_edits_to(self.doc.text.clone());
    }

    /// [`AppState::apply_edits`] for the analyzed `text` (that of `self.rule`).
    fn apply_edits_to(&mut self, text: String) {
        let rule = self.rule_analysis();
        let edits = self.article().edits.clone();
        let applied = corrections::apply(&text, &rule.entities, &edits);
        if !applied.dropped.is_empty() {
            let t = self.lang.texts();
            self.notice = Some(format!("{} ({}).", t.edits_dropped, applied.dropped.len()));
        }
        if applied.kept != edits {
            self.article_mut().edits = applied.kept;
        }
        let analysis = Analysis {
            entities: applied.entities,
            reference_date: rule.reference_date,
            reference_source: rule.reference_source,
            dateline: rule.dateline,
        };
        self.doc = Rc::new(Doc::new(text, analysis));
        self.article_mut().doc = Some(self.doc.clone());
    }

    /// Writes what is shown back into its article (bumping its revision
    /// when something worth storing changed).
    fn sync_current(&mut self) {
        let (text, reference) = (self.text.clone(), self.reference);
        let a = self.article();
        if a.text == text && a.reference == reference {
            return;
        }
        // The article still called "Sample article" whose text is now the
        // user's own takes a name of its own ("Article 1"): the list no
        // longer calls the user's article the sample.
        let own_text = [Lang::Vi, Lang::En]
            .iter()
            .any(|l| a.name == l.texts().sample_name)
            && !text.trim().is_empty()
            && *text != *SAMPLE;
        // Numbered as if it were new among the others; its own name, the
        // sample's, is no "Article n", so all of them can be asked.
        let name = own_text.then(|| {
            let others = self.articles.len() - 1;
            super::workspace::numbered_name(self.lang.texts().article, &self.articles, others + 1)
        });
        let a = self.article_mut();
        a.text = text;
        a.reference = reference;
        a.rev += 1;
        if let Some(name) = name {
            a.name = name;
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let changed = match action {
            Action::Edit(text) => {
                if *s.text == *text {
                    return self;
                }
                s.text = text;
                s.file_name = None;
                s.cleared = None;
                s.selection = None;
                true
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
                true
            }
            Action::SetReference(date) => {
                if s.reference == date {
                    return self;
                }
                s.reference = date;
                s.reanalyze();
                true
            }
            Action::ToggleKind(kind) => {
                let i = kind_index(kind);
                s.hidden[i] = !s.hidden[i];
                true
            }
            Action::SetLang(lang) => {
                s.lang = lang;
                true
            }
            Action::Select(sel) => {
                s.selected = sel;
                true
            }
            Action::ShowMarks(marks) => {
                let n = s.shown.as_ref().map_or(1, |(_, n)| n + 1);
                s.shown = (!marks.is_empty()).then(|| (Rc::from(marks), n));
                true
            }
            Action::Notice(n) => {
                s.notice = n;
                true
            }
            Action::ExpireNotice(n) => {
                if s.notice.as_deref() != Some(n.as_str()) {
                    return self;
                }
                s.notice = None;
                true
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
                true
            }
            Action::Undo => {
                let Some(c) = s.cleared.take() else {
                    return self;
                };
                s.text = c.text;
                s.file_name = c.file_name;
                s.reanalyze();
                true
            }
            Action::Analyzed { id, wire } => {
                let Some(p) = s.pending.take().filter(|p| p.id == id) else {
                    return self;
                };
                let options = Options {
                    reference_date: p.reference,
                };
                let analysis = wire::decode(&p.text, &wire)
                    .unwrap_or_else(|| crate::analyze(&p.text, &options));
                s.analyzed(p.text.to_string(), analysis);
                s.selected = None;
                // Edited since it was sent: the debounce analyzes the new text.
                true
            }
            Action::AnalyzeHere => {
                let Some(p) = s.pending.take() else {
                    return self;
                };
                let options = Options {
                    reference_date: p.reference,
                };
                let analysis = crate::analyze(&p.text, &options);
                s.analyzed(p.text.to_string(), analysis);
                s.selected = None;
                true
            }
            Action::Correct(c) => s.correct(c),
            Action::UndoCorrection => s.undo_correction(false),
            Action::RedoCorrection => s.undo_correction(true),
            Action::SelectText(sel) => s.select_text(sel),
            other => s.workspace_action(other),
        };
        if !changed {
            return self;
        }
        if !Rc::ptr_eq(&s.doc, &self.doc) {
            // Mark numbers are those of the old doc.
            s.shown = None;
        }
        s.sync_current();
        Rc::new(s)
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
