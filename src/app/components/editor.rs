//! The article textarea and the file picker.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::js_text;

/// Texts this long (those the worker analyzes) fold the text box away until
/// the user asks to edit them: laying 1 MB out in a textarea held the page's
/// main thread for 300–600 ms right after a paste (the worker's answer then
/// waited behind that frame), and the reading view shows the whole text.
const FOLD_BYTES: usize = crate::app::wire::WORKER_MIN_BYTES;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: AttrValue,
    pub lang: Lang,
    #[prop_or_default]
    pub file_name: Option<AttrValue>,
    /// Whether the text is waiting for analysis.
    #[prop_or_default]
    pub pending: bool,
    /// Hears the new text, and whether it came whole (a paste or a drop:
    /// analyzed at once, not after the typing pause).
    #[prop_or_default]
    pub on_input: Callback<(Rc<str>, bool)>,
    /// Hears the picked file (it becomes an article).
    #[prop_or_default]
    pub on_files: Callback<web_sys::FileList>,
    /// A huge text is being analyzed (in the worker).
    #[prop_or_default]
    pub working: bool,
    /// The text was just cleared: offer to bring it back.
    #[prop_or_default]
    pub can_undo: bool,
    #[prop_or_default]
    pub on_clear: Callback<()>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    /// The article shown: another one folds a long text's box again.
    #[prop_or_default]
    pub article: u64,
    /// The text box took the focus (a paste may follow).
    #[prop_or_default]
    pub on_focus: Callback<()>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let t = props.lang.texts();
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                on_files.emit(files);
            }
            input.set_value("");
        })
    };
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    // A long text's box stays folded until "Edit the text"; a new article,
    // paste or drop folds it again, typing in it does not.
    let expanded = use_state_eq(|| false);
    {
        let expanded = expanded.setter();
        use_effect_with(props.article, move |_| expanded.set(false));
    }
    let folded = props.text.len() >= FOLD_BYTES && !*expanded;
    let edit_button = use_node_ref();
    let area = use_node_ref();
    // A long paste into the box moves the focus to the button that opens it
    // again (the box it was in is gone); that button moves it into the box.
    let focus_edit = use_mut_ref(|| false);
    let focus_area = use_mut_ref(|| false);
    let on_input = {
        let (expanded, focus_edit, area) = (expanded.setter(), focus_edit.clone(), area.clone());
        use_callback(
            props.on_input.clone(),
            move |(text, whole): (Rc<str>, bool), on_input| {
                if whole {
                    expanded.set(false);
                    let in_box = area.get().is_some_and(|a| {
                        gloo::utils::document()
                            .active_element()
                            .is_some_and(|e| a.is_same_node(Some(&e)))
                    });
                    *focus_edit.borrow_mut() = in_box && text.len() >= FOLD_BYTES;
                }
                on_input.emit((text, whole));
            },
        )
    };
    {
        let (edit_button, area) = (edit_button.clone(), area.clone());
        let (focus_edit, focus_area) = (focus_edit.clone(), focus_area.clone());
        use_effect(move || {
            let (to_button, to_area) = (focus_edit.replace(false), focus_area.replace(false));
            let target = match folded {
                true if to_button => edit_button.cast::<web_sys::HtmlElement>(),
                false if to_area => area.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    let expand = {
        let expanded = expanded.setter();
        Callback::from(move |_: MouseEvent| {
            *focus_area.borrow_mut() = true;
            expanded.set(true);
        })
    };
    html! {
        <section class="editor">
            <div class="editor-head">
                <label for="article">{t.input_label}</label>
                <span class="status" role="status">
                    if props.pending {
                        {t.analyzing}
                        if props.working {
                            {" "}<progress aria-label={t.analyzing}></progress>
                        }
                    } else if props.can_undo {
                        <span class="undo">{t.cleared}
                            <button type="button" id="undo" onclick={undo}>{t.undo}</button>
                        </span>
                    } else if let Some(name) = &props.file_name {
                        {format!("{}: {}", t.loaded, name)}
                    }
                </span>
                <button type="button" id="clear" onclick={clear} disabled={props.text.is_empty()}>{t.clear}</button>
                <label class="button file">
                    {t.open_file}
                    <input type="file" id="file" accept={crate::app::files::ACCEPT}
                        class="visually-hidden" {onchange} />
                </label>
            </div>
            if folded {
                <p class="folded" id="article-folded">
                    <span class="size">{crate::input::human_size(props.text.len(), props.lang)}</span>{" · "}{t.folded}{" "}
                    <button type="button" id="edit-text" ref={edit_button} onclick={expand}>{t.edit_text}</button>
                </p>
            }
            <ArticleText text={props.text.clone()} {on_input} {folded} {area}
                on_focus={props.on_focus.clone()} />
            <p class="hint" id="article-hint">{t.input_hint}</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleTextProps {
    text: AttrValue,
    on_input: Callback<(Rc<str>, bool)>,
    /// Out of the layout (a long text, see [`FOLD_BYTES`]): it keeps its value.
    folded: bool,
    area: NodeRef,
    on_focus: Callback<()>,
}

/// The textarea, its own component, whose value the app sets itself: yew
/// would read a textarea's value back from the page each time it renders it
/// (a copy of the whole text: ~10–20 ms for 1 MB, right after a paste, when
/// the paste's own text is the new value), so the box is given a text only
/// when it holds another one. It renders only when its props change, not
/// with every change of the page around it.
#[function_component(ArticleText)]
fn article_text(props: &ArticleTextProps) -> Html {
    // The text the box holds: the one it last reported or was given.
    let held: Rc<RefCell<Option<Rc<str>>>> = use_mut_ref(|| None);
    let oninput = {
        let held = held.clone();
        props.on_input.reform(move |e: InputEvent| {
            let whole = matches!(
                e.input_type().as_str(),
                "insertFromPaste" | "insertFromDrop"
            );
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            // Read once as a JavaScript string, kept for the worker and the
            // workspace (js_text), then copied into the wasm.
            let js = js_sys::Reflect::get(&area, &JsValue::from_str("value")).unwrap_or_default();
            let text: Rc<str> = Rc::from(js.as_string().unwrap_or_default());
            js_text::remember(&text, js);
            *held.borrow_mut() = Some(text.clone());
            (text, whole)
        })
    };
    {
        let (area, text) = (props.area.clone(), props.text.clone());
        use_effect_with(text, move |text| {
            let given: Rc<str> = match text {
                AttrValue::Rc(t) => t.clone(),
                AttrValue::Static(t) => Rc::from(*t),
            };
            let mut held = held.borrow_mut();
            // The same allocation (the box's own input, back from the state)
            // or the same letters: nothing to set, and the caret stays.
            let holds = held
                .as_ref()
                .is_some_and(|h| Rc::ptr_eq(h, &given) || **h == *given);
            if !holds {
                if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value(&given);
                }
                *held = Some(given);
            }
        });
    }
    let onfocus = props.on_focus.reform(|_: FocusEvent| ());
    html! {
        <textarea id="article" lang="vi" spellcheck="false" rows="8" ref={props.area.clone()} {onfocus}
            class={classes!(props.folded.then_some("folded"))}
            aria-describedby="article-hint" {oninput} />
    }
}
