//! The browser app: a textarea, the highlighted article, a legend, summary
//! tables and exports. Built by Trunk for the web (`soi-web`), rendered
//! natively with yew's server renderer in the component tests.

pub mod across;
pub mod actions;
pub mod components;
pub mod corrections;
pub mod documents;
pub mod dom;
pub mod dom_review;
pub mod downloads;
pub mod export;
pub mod files;
pub mod i18n;
mod js_text;
pub mod keys;
pub mod model;
pub mod persist;
pub mod request;
pub mod sample;
pub mod state;
mod state_review;
mod state_workspace;
pub mod storage;
pub mod tables;
pub mod window;
pub mod wire;
mod worker;
pub mod workspace;
pub mod zip;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use components::{
    Articles, CorrectionsPanel, CrossTables, Details, Editor, ExportBar, ExportKind, LangSwitch,
    Legend, ReadingView, RefDate, SelectionBar, Summary,
};
use i18n::Lang;
use state::{Action, AppState};

/// How long typing must pause before the text is analyzed again.
pub const DEBOUNCE_MS: u32 = 150;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The text to open with (default: the bundled sample article).
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// The UI language (default: the browser's).
    #[prop_or_default]
    pub lang: Option<Lang>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let (text, lang) = (props.text.clone(), props.lang);
        use_reducer(move || persist::initial_state(text, lang))
    };
    let debounce: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let dragging = use_state_eq(|| false);
    // The side panels and the tables across articles are rendered in the
    // task after the page's first paint: the browser paints the marked
    // article once the first render ends, and they were half of what came
    // after its marks (first visit, ten fresh profiles each: painted 501 ->
    // 456 ms). Rendered at once where nothing paints (server-side rendering).
    let painted = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        let painted = painted.setter();
        use_effect_with((), move |_| dom::after_paint(move || painted.set(true)));
    }
    let lang = state.lang;
    let t = lang.texts();

    {
        // The page's language and title follow the switch.
        use_effect_with(lang, move |lang| {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if let Some(root) = doc.document_element() {
                    let _ = root.set_attribute("lang", lang.code());
                }
                doc.set_title(&format!(
                    "{} — {}",
                    lang.texts().title,
                    lang.texts().tagline
                ));
            }
        });
    }

    // Huge texts are analyzed in the worker (`worker.rs`); `warm_worker`
    // starts it before one comes.
    let warm_worker = worker::use_analysis_worker(&state);
    {
        // Settings survive a reload.
        let settings = state.settings();
        use_effect_with(settings, storage::save_settings);
    }
    // The workspace is written after every change (IndexedDB); a refusal
    // is said once, and work goes on in memory.
    persist::use_persistence(&state);
    {
        // Articles not shown are analyzed one per task, so the page keeps responding.
        let dispatcher = state.dispatcher();
        use_effect_with(
            (state.next_to_index(), state.articles.len()),
            move |(next, _)| {
                let timer =
                    next.map(|_| Timeout::new(0, move || dispatcher.dispatch(Action::IndexNext)));
                move || drop(timer)
            },
        );
    }
    {
        // After a correction the keyboard stays on the mark.
        use_effect_with(state.focus, |focus| {
            if let Some((i, _)) = focus {
                dom_review::clear_selection();
                dom_review::focus_mark(*i);
            }
        });
    }
    {
        // A table row's marks, once the reading view has rendered them.
        use_effect_with(state.shown.clone(), |shown| {
            if let Some((marks, _)) = shown {
                dom::flash_marks(marks);
            }
        });
    }

    let on_clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::Clear))
    };
    let on_undo = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::Undo))
    };

    // Stable (its own deps): the textarea renders only when the text changes.
    let on_input = {
        let debounce = debounce.clone();
        use_callback(
            state.dispatcher(),
            move |(text, whole): (std::rc::Rc<str>, bool), dispatcher| {
                dispatcher.dispatch(Action::Edit(text));
                if whole {
                    // A paste or a drop is analyzed at once: no typing pause to
                    // wait for, and a huge text reaches the worker before the
                    // browser lays it out in the text box (they then overlap).
                    *debounce.borrow_mut() = None;
                    dispatcher.dispatch(Action::Analyze);
                    return;
                }
                let dispatcher = dispatcher.clone();
                // Replacing the timeout cancels the previous one.
                *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                    dispatcher.dispatch(Action::Analyze)
                }));
            },
        )
    };
    // Every file becomes an article; the first one read is shown.
    let on_files = {
        let dispatcher = state.dispatcher();
        Callback::from(move |files: web_sys::FileList| {
            let dispatcher = dispatcher.clone();
            let shown = std::rc::Rc::new(std::cell::Cell::new(false));
            let on_loaded =
                Callback::from(move |(_, opened): (usize, Result<files::Opened, String>)| {
                    match opened {
                        Ok(files::Opened { name, text, note }) => {
                            let show = !shown.replace(true);
                            dispatcher.dispatch(Action::Load {
                                name,
                                text,
                                note,
                                show,
                            })
                        }
                        // The text on the page stays as it was.
                        Err(message) => notify_for(&dispatcher, message, 8_000),
                    }
                });
            dom_review::read_all_files(files, lang, on_loaded)
        })
    };
    let on_import = {
        let dispatcher = state.dispatcher();
        Callback::from(move |files: web_sys::FileList| {
            if let Some(file) = files.get(0) {
                let d = dispatcher.clone();
                dom_review::read_text_file(
                    file,
                    Callback::from(move |text: Option<String>| {
                        d.dispatch(Action::Import(text.unwrap_or_default()))
                    }),
                );
            }
        })
    };
    // Stable callbacks keep the reading view from re-rendering while typing.
    let on_select = {
        let dispatcher = state.dispatcher();
        use_callback(dispatcher, |i: usize, d| {
            d.dispatch(Action::Select(Some(i)))
        })
    };
    let on_close = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::Select(None)))
    };
    let on_toggle = {
        let dispatcher = state.dispatcher();
        Callback::from(move |kind| dispatcher.dispatch(Action::ToggleKind(kind)))
    };
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| dispatcher.dispatch(Action::SetLang(lang)))
    };
    let on_reference = {
        let dispatcher = state.dispatcher();
        Callback::from(move |date| dispatcher.dispatch(Action::SetReference(date)))
    };
    // The tables' callbacks are stable: the tables of a huge text take tens
    // of milliseconds to render, and nothing but the doc changes them.
    let on_show = use_callback(state.dispatcher(), |marks, dispatcher| {
        dispatcher.dispatch(Action::ShowMarks(marks))
    });
    let on_csv = use_callback(
        (state.doc.clone(), lang),
        |kind: crate::Kind, (doc, lang)| {
            let _ = dom::download(
                &export::csv_name(kind),
                "text/csv;charset=utf-8",
                &export::csv(doc, kind, *lang),
            );
        },
    );
    let on_export = {
        let state = state.clone();
        Callback::from(move |kind: ExportKind| {
            let dispatcher = state.dispatcher();
            let copied = Callback::from(move |ok: bool| {
                let t = lang.texts();
                notify(
                    &dispatcher,
                    if ok { t.copied } else { t.copy_failed }.to_string(),
                );
            });
            downloads::run(kind, &state, copied);
        })
    };
    let on_across_csv = {
        let state = state.clone();
        Callback::from(move |table| downloads::across_csv(table, &state))
    };
    let act = |action: fn() -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(action()))
    };
    let on_correct = {
        let dispatcher = state.dispatcher();
        Callback::from(move |c| dispatcher.dispatch(Action::Correct(c)))
    };
    let on_selection = {
        let dispatcher = state.dispatcher();
        use_callback(dispatcher, |sel, d| d.dispatch(Action::SelectText(sel)))
    };
    let on_switch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |i| dispatcher.dispatch(Action::Switch(i)))
    };
    let on_delete = {
        let dispatcher = state.dispatcher();
        Callback::from(move |i| dispatcher.dispatch(Action::DeleteArticle(i)))
    };
    let on_goto = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(a, m)| dispatcher.dispatch(Action::Goto(a, m)))
    };
    let on_show_mark = {
        let (dispatcher, current) = (state.dispatcher(), state.current);
        Callback::from(move |m| dispatcher.dispatch(Action::Goto(current, m)))
    };

    let ondragover = {
        let (dragging, warm_worker) = (dragging.clone(), warm_worker.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                warm_worker.emit(());
            }
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Only when the pointer leaves the window.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_files = on_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                on_files.emit(files);
            }
        })
    };

    let onkeydown = keys::on_keydown(
        state.dispatcher(),
        state.selected.is_some(),
        state.selection.is_some(),
    );

    let doc = state.doc.clone();
    let analysis = &doc.analysis;
    let article = state.article();
    let words = state
        .selection
        .and_then(|sel| doc.text.get(sel.start..sel.end))
        .map(|w| AttrValue::from(w.to_string()))
        .unwrap_or_default();
    let waiting = state
        .articles
        .iter()
        .filter(|a| a.analyzed().is_none())
        .count();
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop} {onkeydown}>
            <a class="skip" href="#reading">{t.reading}</a>
            <header class="top">
                <h1>{t.title}<small>{t.tagline}</small></h1>
                <LangSwitch {lang} on_change={on_lang} />
            </header>
            if state.storage_refused {
                <p class="storage-alert" id="storage-alert" role="alert">{t.storage_refused}</p>
            }
            <main>
                <Articles articles={state.articles.clone()} current={state.current} {lang}
                    removed={state.removed.as_ref().map(|r| AttrValue::from(r.message.clone()))}
                    {on_switch} {on_delete} on_new={act(|| Action::NewArticle)}
                    on_clear_all={act(|| Action::ClearWorkspace)} on_restore={act(|| Action::Restore)}
                    on_files={on_files.clone()} {on_import} on_export={on_export.clone()} />
                <Editor text={AttrValue::from(state.text.clone())} {lang} pending={state.stale()}
                    file_name={state.file_name.clone().map(AttrValue::from)} {on_input} {on_files}
                    working={state.pending.is_some()} can_undo={state.cleared.is_some()}
                    {on_clear} {on_undo} article={article.id} on_focus={warm_worker} />
                <div class="toolbar">
                    <RefDate dateline={analysis.dateline} reference={analysis.reference_date}
                        source={analysis.reference_source} {lang} on_change={on_reference} />
                    <ExportBar {lang} notice={state.notice.clone().map(AttrValue::from)} {on_export} />
                </div>
                <Legend counts={doc.counts()} hidden={state.hidden} {lang} {on_toggle} />
                <div class="columns">
                    <div class={classes!("reading-wrap", state.hidden_classes())} id="reading-wrap">
                        <h2 class="visually-hidden">{t.reading}</h2>
                        <ReadingView doc={doc.clone()} {lang} {on_select} {on_selection} wanted={state.wanted_marks()} />
                        <SelectionBar selection={state.selection} {words} {lang} on_correct={on_correct.clone()} />
                    </div>
                    <aside class="side">
                        if *painted {
                            <CorrectionsPanel edits={std::rc::Rc::new(article.edits.clone())} doc={doc.clone()} {lang}
                                can_undo={article.history.can_undo()} can_redo={article.history.can_redo()}
                                on_undo={act(|| Action::UndoCorrection)} on_redo={act(|| Action::RedoCorrection)}
                                on_show={on_show_mark} />
                        }
                        <Details doc={doc.clone()} selected={state.selected} {lang} {on_close} {on_correct} />
                        if *painted {
                            <Summary doc={doc.clone()} {lang} {on_show} {on_csv} />
                        }
                    </aside>
                </div>
                if *painted {
                    <CrossTables articles={state.articles.clone()} {lang} {waiting} {on_goto} on_csv={on_across_csv} />
                }
            </main>
            <div class="drop-overlay" aria-hidden="true"><p>{t.drop_here}</p></div>
        </div>
    }
}

/// Shows a short status message, cleared after a few seconds.
fn notify(dispatcher: &UseReducerDispatcher<AppState>, message: String) {
    notify_for(dispatcher, message, 3_000);
}

/// Shows a status message for `ms` milliseconds (unless another replaces it).
fn notify_for(dispatcher: &UseReducerDispatcher<AppState>, message: String, ms: u32) {
    dispatcher.dispatch(Action::Notice(Some(message.clone())));
    let dispatcher = dispatcher.clone();
    Timeout::new(ms, move || {
        dispatcher.dispatch(Action::ExpireNotice(message))
    })
    .forget();
}
