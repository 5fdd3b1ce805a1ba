//! The reducer's workspace actions: new articles (pasted or from files),
//! switching, deleting with undo, importing a workspace file, and analyzing
//! the articles not shown, one per task, for their counts and the tables
//! across articles.

use std::rc::Rc;

use crate::Options;

use super::corrections;
use super::model::Doc;
use super::state::{Action, AppState};
use super::wire;
use super::workspace::{self, Article, NotAWorkspace};

/// Articles not shown larger than this (bytes) are analyzed only when
/// opened: analyzing them here would hold the page up.
pub const INDEX_MAX_BYTES: usize = 4 * wire::WORKER_MIN_BYTES;

/// What the last deletion (of an article, or of all) removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub articles: Rc<Vec<Article>>,
    pub current: usize,
    pub message: String,
}

/// The corrected analysis of an article (not the shown one).
pub fn analyze_article(a: &Article) -> Doc {
    let options = Options {
        reference_date: a.reference,
    };
    let mut analysis = super::sample::analyze(&a.text, &options);
    let applied = corrections::apply(&a.text, &analysis.entities, &a.edits);
    analysis.entities = applied.entities;
    Doc::new(a.text.to_string(), analysis)
}

impl AppState {
    /// Shows `articles[current]`: its text, reference date and analysis.
    pub(super) fn show_current(&mut self) {
        let a = self.article().clone();
        self.text = a.text.clone();
        self.reference = a.reference;
        self.file_name = Some(a.name.clone());
        self.selected = None;
        self.selection = None;
        self.cleared = None;
        self.pending = None;
        self.reanalyze();
    }

    fn add_article(&mut self, name: String, text: &str) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        Rc::make_mut(&mut self.articles).push(Article::new(id, name, text));
        self.articles.len() - 1
    }

    /// Whether the shown article is empty and uncorrected (a new file may take its place).
    fn current_is_blank(&self) -> bool {
        self.text.is_empty() && self.article().edits.is_empty()
    }

    fn remember_removal(&mut self, message: String) {
        self.removed = Some(Removed {
            articles: self.articles.clone(),
            current: self.current,
            message,
        });
    }

    pub(super) fn workspace_action(&mut self, action: Action) -> bool {
        let t = self.lang.texts();
        match action {
            Action::Load {
                name,
                text,
                note,
                show,
            } => {
                if show && self.current_is_blank() {
                    let a = self.article_mut();
                    a.name = name;
                    a.text = Rc::from(text.as_str());
                    a.rev += 1;
                } else {
                    let i = self.add_article(name, &text);
                    if show {
                        self.current = i;
                    }
                }
                if show {
                    self.show_current();
                }
                if note.is_some() {
                    self.notice = note;
                }
                true
            }
            Action::NewArticle => {
                let name = workspace::default_name(t.article, &self.articles);
                self.current = self.add_article(name, "");
                self.show_current();
                true
            }
            Action::Switch(i) | Action::Goto(i, _) if i >= self.articles.len() => false,
            Action::Switch(i) => {
                if i == self.current {
                    return false;
                }
                self.current = i;
                self.show_current();
                true
            }
            Action::Goto(i, mark) => {
                if i != self.current {
                    self.current = i;
                    self.show_current();
                }
                let n = self.focus.map_or(1, |f| f.1 + 1);
                self.selected = Some(mark);
                self.focus = Some((mark, n));
                true
            }
            Action::DeleteArticle(i) => {
                if i >= self.articles.len() {
                    return false;
                }
                let name = self.articles[i].name.clone();
                self.remember_removal(format!("{} “{name}”.", t.article_deleted));
                Rc::make_mut(&mut self.articles).remove(i);
                if self.articles.is_empty() {
                    let name = workspace::default_name(t.article, &self.articles);
                    self.add_article(name, "");
                }
                if i < self.current || self.current >= self.articles.len() {
                    self.current = self.current.saturating_sub(1);
                }
                self.show_current();
                true
            }
            Action::ClearWorkspace => {
                self.remember_removal(t.workspace_cleared.to_string());
                self.articles = Rc::new(Vec::new());
                let name = workspace::default_name(t.article, &self.articles);
                self.add_article(name, "");
                self.current = 0;
                self.show_current();
                true
            }
            Action::Restore => {
                let Some(r) = self.removed.take() else {
                    return false;
                };
                self.articles = r.articles;
                self.current = r.current.min(self.articles.len() - 1);
                self.show_current();
                true
            }
            Action::Import(file) => match workspace::from_file(&file, self.next_id) {
                Ok((articles, current)) if !articles.is_empty() => {
                    self.remember_removal(t.workspace_replaced.to_string());
                    self.next_id += articles.len() as u64;
                    self.articles = Rc::new(articles);
                    self.current = current;
                    self.show_current();
                    self.notice = Some(format!("{} ({}).", t.imported, self.articles.len()));
                    true
                }
                Ok(_) | Err(NotAWorkspace::NotJson | NotAWorkspace::WrongFormat) => {
                    self.notice = Some(t.not_a_workspace.to_string());
                    true
                }
                Err(NotAWorkspace::NewerVersion) => {
                    self.notice = Some(t.newer_workspace.to_string());
                    true
                }
            },
            Action::IndexNext => {
                let Some(i) = self.next_to_index() else {
                    return false;
                };
                let doc = analyze_article(&self.articles[i]);
                Rc::make_mut(&mut self.articles)[i].doc = Some(Rc::new(doc));
                true
            }
            Action::StorageRefused => {
                if self.storage_refused {
                    return false;
                }
                self.storage_refused = true;
                true
            }
            _ => false,
        }
    }

    /// The next article (not the shown one) whose counts are not known yet.
    pub fn next_to_index(&self) -> Option<usize> {
        self.articles.iter().enumerate().position(|(i, a)| {
            i != self.current && a.analyzed().is_none() && a.text.len() <= INDEX_MAX_BYTES
        })
    }

    /// How many articles the background analysis has still to do.
    pub fn waiting_to_index(&self) -> usize {
        self.articles
            .iter()
            .filter(|a| a.analyzed().is_none() && a.text.len() <= INDEX_MAX_BYTES)
            .count()
    }

    /// The analyzed articles, for the tables across articles and the exports.
    pub fn analyzed_articles(&self) -> Vec<(usize, &str, &Doc)> {
        self.articles
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                let doc = if i == self.current && !self.stale() {
                    Some(&self.doc)
                } else {
                    a.analyzed()
                };
                doc.map(|d| (i, a.name.as_str(), &**d))
            })
            .collect()
    }
}
