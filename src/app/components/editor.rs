//! The article textarea and the file picker.

use yew::prelude::*;

use crate::app::i18n::Lang;

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
    pub on_input: Callback<(String, bool)>,
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
            <ArticleText text={props.text.clone()} on_input={props.on_input.clone()} />
            <p class="hint" id="article-hint">{t.input_hint}</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleTextProps {
    text: AttrValue,
    on_input: Callback<(String, bool)>,
}

/// The textarea, its own component: yew reads a textarea's value back from
/// the page each time it renders it (a copy of the whole text: ~20 ms for
/// 1 MB), so it renders only when the text or its callback change, not with
/// every change of the page around it.
#[function_component(ArticleText)]
fn article_text(props: &ArticleTextProps) -> Html {
    let oninput = props.on_input.reform(|e: InputEvent| {
        let whole = matches!(
            e.input_type().as_str(),
            "insertFromPaste" | "insertFromDrop"
        );
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        (area.value(), whole)
    });
    html! {
        <textarea id="article" lang="vi" spellcheck="false" rows="8"
            aria-describedby="article-hint" value={props.text.clone()} {oninput} />
    }
}
