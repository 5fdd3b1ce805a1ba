//! The article textarea and the file picker.

use yew::prelude::*;

use crate::app::dom;
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
    #[prop_or_default]
    pub on_input: Callback<String>,
    /// Hears a picked file.
    #[prop_or_default]
    pub on_file: Callback<web_sys::File>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let t = props.lang.texts();
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(area.value());
        })
    };
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = dom::first_file(input.files()) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    html! {
        <section class="editor">
            <div class="editor-head">
                <label for="article">{t.input_label}</label>
                <span class="status" role="status">
                    if props.pending {
                        {t.analyzing}
                    } else if let Some(name) = &props.file_name {
                        {format!("{}: {}", t.loaded, name)}
                    }
                </span>
                <label class="button file">
                    {t.open_file}
                    <input type="file" id="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
                        class="visually-hidden" {onchange} />
                </label>
            </div>
            <textarea id="article" lang="vi" spellcheck="false" rows="8"
                aria-describedby="article-hint" value={props.text.clone()} {oninput} />
            <p class="hint" id="article-hint">{t.input_hint}</p>
        </section>
    }
}
