//! The JavaScript string a long pasted text came from, kept so that handing
//! the same text back to JavaScript (to the worker, to IndexedDB) copies
//! nothing: converting a megabyte from the wasm's UTF-8 held the page's main
//! thread 10–30 ms each time, right after the paste.
//!
//! The string is known by the `Rc<str>` the text box made of it: the state,
//! the article and the pending request share that allocation, so identity is
//! exact (a weak reference keeps the allocation, so its address is never
//! another text's).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;

use super::wire::WORKER_MIN_BYTES;

thread_local! {
    static LAST: RefCell<Option<(Weak<str>, JsValue)>> = const { RefCell::new(None) };
}

/// Remembers `js`, the JavaScript string `text` was read from: only a text
/// long enough to go to the worker, and only the latest (a shorter one
/// forgets the last).
pub fn remember(text: &Rc<str>, js: JsValue) {
    let kept = (text.len() >= WORKER_MIN_BYTES).then(|| (Rc::downgrade(text), js));
    LAST.with(|last| *last.borrow_mut() = kept);
}

/// `text` as a JavaScript string: the one it was read from when remembered,
/// else converted.
pub fn to_js(text: &Rc<str>) -> JsValue {
    LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(weak, _)| weak.upgrade().is_some_and(|t| Rc::ptr_eq(&t, text)))
            .map(|(_, js)| js.clone())
    })
    .unwrap_or_else(|| JsValue::from_str(text))
}
