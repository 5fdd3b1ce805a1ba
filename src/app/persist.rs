//! Keeping the workspace: written to IndexedDB a moment after every change
//! (one write for a burst of key strokes or 50 dropped files, off the task
//! that handled them), and at once when the page is hidden or closed, so
//! that nothing typed is lost.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::dom;
use super::i18n::Lang;
use super::state::{Action, AppState};
use super::storage::{self, Written};
use super::workspace::Article;

/// How long after a change the workspace is written.
pub const WRITE_DELAY_MS: u32 = 120;

type Latest = Rc<RefCell<Option<(Rc<Vec<Article>>, usize)>>>;

fn write_now(latest: &Latest, written: &Rc<RefCell<Written>>, refused: &Callback<String>) {
    if let Some((articles, current)) = latest.borrow().as_ref() {
        storage::save_changes(written.clone(), articles, *current, refused.clone());
    }
}

#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>) {
    let written = use_mut_ref(Written::default);
    let latest: Latest = use_mut_ref(|| None);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let refused = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |_why: String| dispatcher.dispatch(Action::StorageRefused))
        })
    };
    {
        let (written, latest, refused) = (written.clone(), latest.clone(), refused.clone());
        use_effect_with(
            (state.articles.clone(), state.current),
            move |(articles, current)| {
                *latest.borrow_mut() = Some((articles.clone(), *current));
                // Replacing the timer cancels the write it would have made.
                *timer.borrow_mut() = Some(Timeout::new(WRITE_DELAY_MS, move || {
                    write_now(&latest, &written, &refused)
                }));
            },
        );
    }
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|window| {
            let hidden = {
                let (latest, written, refused) = (latest.clone(), written.clone(), refused.clone());
                EventListener::new(&window, "pagehide", move |_| {
                    write_now(&latest, &written, &refused)
                })
            };
            let document = window.document();
            let visibility = document.map(|d| {
                let d2 = d.clone();
                EventListener::new(&d, "visibilitychange", move |_| {
                    if d2.hidden() {
                        write_now(&latest, &written, &refused)
                    }
                })
            });
            (hidden, visibility)
        });
        move || drop(listeners)
    });
}

/// The state the page opens with: the stored workspace, else the text an
/// older version kept, else the sample article.
pub fn initial_state(text: Option<AttrValue>, lang: Option<Lang>) -> AppState {
    let lang = lang.unwrap_or_else(dom::browser_lang);
    if let Some(t) = text {
        return AppState::new(&t, lang);
    }
    let settings = storage::load_settings();
    // An older version's copy of the text: moved into the workspace when
    // there is none yet; removed once IndexedDB keeps things instead.
    let stored = storage::load_workspace();
    let legacy = storage::take_legacy_text(stored.as_ref().is_some_and(|s| !s.refused));
    match stored {
        Some(stored) if !stored.articles.is_empty() => {
            AppState::with_articles(stored.articles, stored.current, settings, lang)
        }
        stored => {
            let text = legacy.as_deref().unwrap_or(super::state::SAMPLE);
            let mut s = AppState::with_settings(text, settings, lang);
            s.storage_refused = stored.is_some_and(|s| s.refused);
            s
        }
    }
}
