//! How many corrections the article has ("3 corrections"), undo and redo,
//! and a list to review them: each entry shows its mark in the text.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::corrections::{Change, Edit};
use crate::app::i18n::Lang;
use crate::app::model::Doc;

#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    pub edits: Rc<Vec<Edit>>,
    pub doc: Rc<Doc>,
    pub lang: Lang,
    pub can_undo: bool,
    pub can_redo: bool,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    #[prop_or_default]
    pub on_redo: Callback<()>,
    /// Hears the mark to show.
    #[prop_or_default]
    pub on_show: Callback<usize>,
}

/// "1 correction", "3 corrections".
pub fn count_label(n: usize, lang: Lang) -> String {
    let t = lang.texts();
    format!(
        "{n} {}",
        if n == 1 {
            t.correction_one
        } else {
            t.correction_many
        }
    )
}

#[function_component(CorrectionsPanel)]
pub fn corrections_panel(props: &CorrectionsProps) -> Html {
    let t = props.lang.texts();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let n = props.edits.len();
    html! {
        <section class="corrections" aria-label={t.review_corrections}>
            <p class="corrections-head">
                <span class="count" id="corrections-count" role="status">{count_label(n, props.lang)}</span>
                <button type="button" id="undo-correction" disabled={!props.can_undo}
                    aria-keyshortcuts="Control+Z" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{t.undo}</button>
                <button type="button" id="redo-correction" disabled={!props.can_redo}
                    aria-keyshortcuts="Control+Shift+Z" onclick={props.on_redo.reform(|_: MouseEvent| ())}>{t.redo}</button>
                <button type="button" id="review-corrections" aria-expanded={open.to_string()}
                    aria-controls="corrections-list" disabled={n == 0} onclick={toggle}>
                    { if *open { t.hide_corrections } else { t.review_corrections } }
                </button>
            </p>
            if *open && n > 0 {
                <ul id="corrections-list">
                { for props.edits.iter().map(|edit| {
                    let a = &edit.anchor;
                    let (verb, kind) = match &edit.change {
                        Change::Remove(k) => (t.removed, *k),
                        Change::Mark { kind, .. } => (t.added, *kind),
                    };
                    let mark = props.doc.analysis.entities.iter()
                        .position(|m| m.start == a.at && m.end == a.at + a.text.len());
                    let label = format!("{verb} {}: {}", props.lang.kind_name(kind), a.text);
                    html! {
                        <li data-type={kind.as_str()}>
                        if let Some(m) = mark {
                            <button type="button" class="show" onclick={props.on_show.reform(move |_: MouseEvent| m)}>{label}</button>
                        } else {
                            <span>{label}</span>
                        }
                        </li>
                    }
                }) }
                </ul>
            }
            <p class="hint">{t.keys_hint}</p>
        </section>
    }
}
