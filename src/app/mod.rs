//! The browser app: a textarea, the highlighted article, a legend, summary
//! tables and exports. Built by Trunk for the web (`soi-web`), rendered
//! natively with yew's server renderer in the component tests.

pub mod components;
pub mod corrections;
pub mod dom;
pub mod export;
pub mod files;
pub mod html_text;
pub mod i18n;
pub mod model;
pub mod state;
pub mod storage;
pub mod tables;
pub mod wire;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use components::{
    Details, Editor, ExportBar, ExportKind, LangSwitch, Legend, ReadingView, RefDate, Summary,
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
        use_reducer(move || {
            let lang = lang.unwrap_or_else(dom::browser_lang);
            match text {
                Some(t) => AppState::new(&t, lang),
                // What the last visit left (text and settings), else the sample.
                None => {
                    let (stored, settings) = storage::load();
                    AppState::with_settings(
                        stored.as_deref().unwrap_or(state::SAMPLE),
                        settings,
                        lang,
                    )
                }
            }
        })
    };
    let worker: Rc<RefCell<Option<dom::AnalysisWorker>>> = use_mut_ref(|| None);
    let debounce: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let dragging = use_state_eq(|| false);
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

    {
        // Huge texts are analyzed in the worker; without one, here.
        let dispatcher = state.dispatcher();
        let pending = state.pending.clone();
        let worker = worker.clone();
        use_effect_with(pending.as_ref().map(|p| p.id), move |_| {
            if let Some(p) = pending {
                let mut slot = worker.borrow_mut();
                if slot.is_none() {
                    let d = dispatcher.clone();
                    *slot = dom::AnalysisWorker::start(Callback::from(
                        move |(id, wire): (u64, Option<String>)| match wire {
                            Some(wire) => d.dispatch(Action::Analyzed { id, wire }),
                            None => d.dispatch(Action::AnalyzeHere),
                        },
                    ));
                }
                let reference = p.reference.map(|d| d.to_string()).unwrap_or_default();
                let sent = slot
                    .as_ref()
                    .is_some_and(|w| w.post(p.id, &p.text, &reference));
                if !sent {
                    *slot = None;
                    dispatcher.dispatch(Action::AnalyzeHere);
                }
            }
        });
    }
    {
        // Settings survive a reload.
        let settings = state.settings();
        use_effect_with(settings, storage::save_settings);
    }
    {
        // So does the text, once analyzed (not on every key stroke).
        let doc = state.doc.clone();
        let dispatcher = state.dispatcher();
        let said = use_mut_ref(|| false);
        use_effect_with(doc, move |doc| {
            if !cfg!(target_arch = "wasm32") {
                return;
            }
            match storage::save_text(&doc.text) {
                Ok(()) => *said.borrow_mut() = false,
                Err(why) => {
                    // Say it once, not after every analysis.
                    if !std::mem::replace(&mut *said.borrow_mut(), true) {
                        let t = lang.texts();
                        let message = match why {
                            storage::NotKept::TooLong => t.not_kept_long,
                            storage::NotKept::Refused => t.not_kept_refused,
                        };
                        notify_for(&dispatcher, message.to_string(), 10_000);
                    }
                }
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

    let on_input = {
        let dispatcher = state.dispatcher();
        let debounce = debounce.clone();
        Callback::from(move |text: String| {
            dispatcher.dispatch(Action::Edit(text));
            let dispatcher = dispatcher.clone();
            // Replacing the timeout cancels the previous one.
            *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                dispatcher.dispatch(Action::Analyze)
            }));
        })
    };
    let on_loaded = {
        let dispatcher = state.dispatcher();
        Callback::from(move |opened: Result<files::Opened, String>| match opened {
            Ok(files::Opened { name, text, note }) => {
                dispatcher.dispatch(Action::Load { name, text, note })
            }
            // The text on the page stays as it was.
            Err(message) => notify_for(&dispatcher, message, 8_000),
        })
    };
    let on_files = {
        let on_loaded = on_loaded.clone();
        Callback::from(move |files: web_sys::FileList| {
            dom::read_files(files, lang, on_loaded.clone())
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
    let on_show = Callback::from(|marks: Vec<usize>| dom::flash_marks(&marks));
    let on_csv = {
        let doc = state.doc.clone();
        Callback::from(move |kind: crate::Kind| {
            let _ = dom::download(
                &export::csv_name(kind),
                "text/csv;charset=utf-8",
                &export::csv(&doc, kind, lang),
            );
        })
    };
    let on_export = {
        let doc = state.doc.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |kind: ExportKind| match kind {
            ExportKind::Json => {
                let _ = dom::download("soi.json", "application/json", &export::json(&doc));
            }
            ExportKind::Html => {
                let _ = dom::download(
                    "soi.html",
                    "text/html;charset=utf-8",
                    &export::standalone_html(&doc, lang),
                );
            }
            ExportKind::CopyJson => {
                let dispatcher = dispatcher.clone();
                let done = Callback::from(move |ok: bool| {
                    let t = lang.texts();
                    notify(
                        &dispatcher,
                        if ok { t.copied } else { t.copy_failed }.to_string(),
                    );
                });
                dom::copy_text(export::json(&doc), done);
            }
        })
    };

    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
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
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                dom::read_files(files, lang, on_loaded.clone());
            }
        })
    };

    let onkeydown = {
        let dispatcher = state.dispatcher();
        let open = state.selected.is_some();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                dispatcher.dispatch(Action::Select(None));
            }
        })
    };

    let doc = state.doc.clone();
    let analysis = &doc.analysis;
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop} {onkeydown}>
            <a class="skip" href="#reading">{t.reading}</a>
            <header class="top">
                <h1>{t.title}<small>{t.tagline}</small></h1>
                <LangSwitch {lang} on_change={on_lang} />
            </header>
            <main>
                <Editor text={AttrValue::from(state.text.clone())} {lang} pending={state.stale()}
                    file_name={state.file_name.clone().map(AttrValue::from)} {on_input} {on_files}
                    working={state.pending.is_some()} can_undo={state.cleared.is_some()}
                    {on_clear} {on_undo} />
                <div class="toolbar">
                    <RefDate dateline={analysis.dateline} reference={analysis.reference_date}
                        source={analysis.reference_source} {lang} on_change={on_reference} />
                    <ExportBar {lang} notice={state.notice.clone().map(AttrValue::from)} {on_export} />
                </div>
                <Legend counts={doc.counts()} hidden={state.hidden} {lang} {on_toggle} />
                <div class="columns">
                    <div class={classes!("reading-wrap", state.hidden_classes())} id="reading-wrap">
                        <h2 class="visually-hidden">{t.reading}</h2>
                        <ReadingView doc={doc.clone()} {lang} {on_select} />
                    </div>
                    <aside class="side">
                        <Details doc={doc.clone()} selected={state.selected} {lang} {on_close} />
                        <Summary doc={doc.clone()} {lang} {on_show} {on_csv} />
                    </aside>
                </div>
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
