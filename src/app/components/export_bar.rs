//! JSON, clipboard and standalone HTML exports.

use yew::prelude::*;

use crate::app::i18n::Lang;

/// What the user asked to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Json,
    CopyJson,
    Html,
    /// Every article, one line each (the CLI's `--jsonl` shape).
    Jsonl,
    /// The whole workspace as one file.
    Workspace,
}

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub lang: Lang,
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    #[prop_or_default]
    pub on_export: Callback<ExportKind>,
}

#[function_component(ExportBar)]
pub fn export_bar(props: &ExportBarProps) -> Html {
    let t = props.lang.texts();
    let button = |kind: ExportKind, id: &'static str, label: &'static str| {
        let on_export = props.on_export.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_export.emit(kind));
        html! { <button type="button" id={id} {onclick}>{label}</button> }
    };
    html! {
        <div class="export" role="group" aria-label={t.export}>
            { button(ExportKind::Json, "export-json", t.export_json) }
            { button(ExportKind::CopyJson, "copy-json", t.copy_json) }
            { button(ExportKind::Html, "export-html", t.export_html) }
            <span class="notice" role="status">{props.notice.clone().unwrap_or_default()}</span>
        </div>
    }
}
