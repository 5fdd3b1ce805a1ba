//! The few things the app asks of the browser: downloads, the clipboard,
//! reading a dropped file, flashing a mark. Only called from event handlers,
//! never while rendering (so server-side rendering never reaches them).

use std::borrow::Cow;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::files::{self, Opened};
use super::i18n::Lang;
use super::js_text;
use super::request::Request;
use crate::CivilDate;

/// The UI language the browser asks for.
pub fn browser_lang() -> Lang {
    if !cfg!(target_arch = "wasm32") {
        return Lang::Vi;
    }
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::Vi)
}

/// Offers `content` as a file download (Blob + object URL + a temporary `<a download>`).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "")?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text` to the clipboard; `done` hears whether it worked.
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// Reads a picked or dropped file and turns it into text ([`files::open`]);
/// a file over the size limit is refused before it is read.
pub fn read_file(file: web_sys::File, lang: Lang, done: Callback<Result<Opened, String>>) {
    let name = file.name();
    if let Some(message) = files::too_large(file.size(), lang) {
        done.emit(Err(message));
        return;
    }
    let promise = file.array_buffer();
    wasm_bindgen_futures::spawn_local(async move {
        let result = match JsFuture::from(promise).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                files::open(&name, &bytes, lang).await
            }
            Err(_) => Err(lang.texts().unsupported_file.to_string()),
        };
        done.emit(result);
    });
}

/// Scrolls to the first of `marks` and flashes all of them (class `flash`).
pub fn flash_marks(marks: &[usize]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let elements: Vec<web_sys::Element> = marks
        .iter()
        .filter_map(|i| document.get_element_by_id(&format!("m-{i}")))
        .collect();
    if let Some(first) = elements.first() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_behavior(scroll_behavior(&document, first));
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        first.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(el) = first.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
    for el in &elements {
        let _ = el.class_list().remove_1("flash");
        // Restart the animation: reading layout in between makes the browser see a change.
        if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h.offset_width();
        }
        let _ = el.class_list().add_1("flash");
    }
    gloo::timers::callback::Timeout::new(2_000, move || {
        for el in elements {
            let _ = el.class_list().remove_1("flash");
        }
    })
    .forget();
}

/// Smooth, but a jump in a windowed text when the mark is more than two
/// screens away: a smooth scroll would render every block on the way.
fn scroll_behavior(
    document: &web_sys::Document,
    mark: &web_sys::Element,
) -> web_sys::ScrollBehavior {
    let windowed = document
        .get_element_by_id("reading")
        .is_some_and(|r| r.class_list().contains("windowed"));
    let screen = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if windowed && mark.get_bounding_client_rect().top().abs() > 2.0 * screen {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    }
}

/// The index of the mark an event happened on (`<mark id="m-3">` → 3).
pub fn mark_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    let mark = el.closest("mark[id^='m-']").ok()??;
    mark.id().strip_prefix("m-")?.parse().ok()
}

/// Runs `f` in a task after the next paint (a frame, then a task): what
/// can wait does not hold the first paint back.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let then = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    if window
        .request_animation_frame(then.unchecked_ref())
        .is_err()
    {
        // No frames to wait for: the task alone.
        if let Ok(f) = then.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

/// The Web Worker that analyzes huge texts (`www/worker.js`, a module
/// worker running the same wasm).
pub struct AnalysisWorker {
    worker: web_sys::Worker,
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

impl AnalysisWorker {
    /// Starts the worker; `answer` hears `(id, Some(wire))`, or `(id, None)`
    /// when it failed (`id` 0: the worker itself failed).
    pub fn start(answer: Callback<(u64, Option<Vec<u8>>)>) -> Option<AnalysisWorker> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options("./worker.js", &options).ok()?;
        let on_answer = answer.clone();
        let on_message = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |e: web_sys::MessageEvent| {
                let data = e.data();
                let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
                let id = get("id").and_then(|v| v.as_f64()).unwrap_or(0.0) as u64;
                let wire = get("wire")
                    .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
                    .map(|bytes| bytes.to_vec());
                on_answer.emit((id, wire));
            },
        );
        let on_error = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
            move |_e: web_sys::Event| answer.emit((0, None)),
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(AnalysisWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for an analysis of `text`; false when the message could not be
    /// sent. The text goes as the JavaScript string it was pasted as, when
    /// the app still has it (`js_text`): no copy out of the wasm.
    pub fn post(&self, id: u64, text: &Rc<str>, reference: Option<CivilDate>) -> bool {
        let request = Request {
            id,
            text: Cow::Borrowed(""),
            reference,
        };
        request.to_js().is_ok_and(|message| {
            js_sys::Reflect::set(&message, &JsValue::from_str("text"), &js_text::to_js(text))
                .is_ok_and(|set| set)
                && self.worker.post_message(&message).is_ok()
        })
    }
}

impl Drop for AnalysisWorker {
    fn drop(&mut self) {
        // No answer of an ended worker reaches the closures dropped with it.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
