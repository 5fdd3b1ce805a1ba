//! What review and the workspace ask of the browser: the text selected in
//! the reading view (UTF-16 offsets, converted to bytes here), moving
//! the keyboard focus to a mark, reading several files in order, reading a
//! workspace file. Only called from event handlers and effects.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::dom;
use super::files::Opened;
use super::i18n::Lang;
use super::model::utf16_to_byte;
use super::state::TextSelection;

/// The selection inside `#reading` as byte offsets into `text` (what the
/// reading view shows), with the page position of its end; `None` when
/// nothing is selected there.
pub fn reading_selection(text: &str) -> Option<TextSelection> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let selection = window.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let reading = document.get_element_by_id("reading")?;
    if !reading.contains(Some(&range.common_ancestor_container().ok()?)) {
        return None;
    }
    let offset = |node: web_sys::Node, at: u32| -> Option<usize> {
        // A windowed text's block says where it starts (the blocks before it
        // may not all be in the page); else the whole view is counted.
        let element = match node.dyn_ref::<web_sys::Element>() {
            Some(e) => Some(e.clone()),
            None => node.parent_element(),
        };
        let block = element.and_then(|e| e.closest(".block[data-from]").ok().flatten());
        let base: usize = match &block {
            Some(b) => b.get_attribute("data-from")?.parse().ok()?,
            None => 0,
        };
        // The length of everything before the point, from there.
        let before = document.create_range().ok()?;
        before
            .select_node_contents(block.as_ref().unwrap_or(&reading))
            .ok()?;
        before.set_end(&node, at).ok()?;
        let units = before.to_string().length() as usize;
        Some(base + utf16_to_byte(text.get(base..)?, units))
    };
    let start = offset(range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = offset(range.end_container().ok()?, range.end_offset().ok()?)?;
    let rect = range.get_bounding_client_rect();
    Some(TextSelection {
        start,
        end,
        x: rect.left() + window.scroll_x().unwrap_or(0.0),
        y: rect.bottom() + window.scroll_y().unwrap_or(0.0),
    })
}

/// Empties the page's selection (after it became a mark).
pub fn clear_selection() {
    if let Some(Ok(Some(s))) = web_sys::window().map(|w| w.get_selection()) {
        let _ = s.remove_all_ranges();
    }
}

/// Moves the keyboard focus to mark `i` (after a correction re-rendered it).
pub fn focus_mark(i: usize) {
    focus_element(&format!("m-{i}"));
}

/// Moves the keyboard focus to the element with this id, if there is one.
pub fn focus_element(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Reads every picked or dropped file, one after the other (so they become
/// articles in their order); `done` hears each, with its position.
pub fn read_all_files(
    files: web_sys::FileList,
    lang: Lang,
    done: Callback<(usize, Result<Opened, String>)>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    read_from(std::rc::Rc::new(files), 0, lang, done);
}

fn read_from(
    files: std::rc::Rc<Vec<web_sys::File>>,
    i: usize,
    lang: Lang,
    done: Callback<(usize, Result<Opened, String>)>,
) {
    let Some(file) = files.get(i).cloned() else {
        return;
    };
    let next = Callback::from(move |r: Result<Opened, String>| {
        done.emit((i, r));
        read_from(files.clone(), i + 1, lang, done.clone());
    });
    dom::read_file(file, lang, next);
}

/// Reads a workspace file as UTF-8 text.
pub fn read_text_file(file: web_sys::File, done: Callback<Option<String>>) {
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(
            JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string()),
        );
    });
}

/// Whether a key press happened in a text field (whose own keys win).
pub fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"))
}

/// Lets a mouse drag that starts on a mark select text: Chromium starts no
/// selection on a focusable element, so the mark is not focusable for the
/// moment the button goes down (its `tabindex` comes back right after).
pub fn let_drag_select(target: Option<web_sys::EventTarget>) {
    let mark = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("mark[id^='m-']").ok().flatten());
    if let Some(mark) = mark {
        let _ = mark.remove_attribute("tabindex");
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = mark.set_attribute("tabindex", "0");
        })
        .forget();
    }
}

/// After a click on a mark (not a drag), the keyboard goes to it, so that
/// its keys (1–6, Delete, Shift+arrows) work next.
pub fn focus_clicked_mark(target: Option<web_sys::EventTarget>) {
    let collapsed = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .is_none_or(|s| s.is_collapsed());
    let mark = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("mark[id^='m-']").ok().flatten())
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let (true, Some(mark)) = (collapsed, mark) {
        // Focusable again first: the click may come before the timeout of
        // [`let_drag_select`] gives its `tabindex` back.
        let _ = mark.set_attribute("tabindex", "0");
        let _ = mark.focus();
    }
}
