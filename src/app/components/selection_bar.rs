//! The small toolbar of types that appears at text selected in the reading
//! view: a type (or its key, 1–6) marks the selection, grown to whole words.

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::state::{Correction, TextSelection};
use crate::Kind;

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub selection: Option<TextSelection>,
    /// The selected words (shown, so the user sees what will be marked).
    #[prop_or_default]
    pub words: AttrValue,
    pub lang: Lang,
    #[prop_or_default]
    pub on_correct: Callback<Correction>,
}

#[function_component(SelectionBar)]
pub fn selection_bar(props: &SelectionBarProps) -> Html {
    let Some(sel) = props.selection else {
        return html! {};
    };
    let t = props.lang.texts();
    let style = format!("left: {:.0}px; top: {:.0}px", sel.x.max(0.0), sel.y + 6.0);
    html! {
        <div class="selection-bar" role="toolbar" aria-label={format!("{}: {}", t.mark_as, props.words)} {style}>
            { for Kind::ALL.iter().enumerate().map(|(k, &kind)| {
                // Keep the selection: the button must not take it on mouse down.
                let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
                let onclick = props.on_correct.reform(move |_: MouseEvent| Correction::MarkSelection(kind));
                html! {
                    <button type="button" class="type-choice" data-type={kind.as_str()}
                        aria-keyshortcuts={(k + 1).to_string()} {onmousedown} {onclick}>
                        // Named by its text ("Mark as person"), the key left
                        // out: the name holds what is seen (WCAG 2.5.3).
                        <kbd aria-hidden="true">{k + 1}</kbd>
                        <span class="visually-hidden">{t.mark_as}{" "}</span>{props.lang.kind_name(kind)}
                    </button>
                }
            }) }
        </div>
    }
}
