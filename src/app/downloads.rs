//! The exports, run from the buttons: one article (JSON, HTML, clipboard),
//! every article (JSONL), the whole workspace (one file), the tables across
//! articles (CSV). Every one carries the corrected marks.

use std::rc::Rc;

use yew::Callback;

use super::across::{self, CrossTable};
use super::components::ExportKind;
use super::model::Doc;
use super::state::AppState;
use super::state_workspace::analyze_article;
use super::{dom, export, workspace};

pub const JSONL_NAME: &str = "soi-all.jsonl";
pub const WORKSPACE_NAME: &str = "soi-workspace.json";

/// Runs export `kind`; `copied` hears whether a copy to the clipboard worked.
pub fn run(kind: ExportKind, s: &AppState, copied: Callback<bool>) {
    let (doc, lang) = (&s.doc, s.lang);
    let _ = match kind {
        ExportKind::Json => dom::download("soi.json", "application/json", &export::json(doc)),
        ExportKind::Html => dom::download(
            "soi.html",
            "text/html;charset=utf-8",
            &export::standalone_html(doc, lang),
        ),
        ExportKind::CopyJson => {
            dom::copy_text(export::json(doc), copied);
            Ok(())
        }
        ExportKind::Jsonl => {
            let docs = every_doc(s);
            let named: Vec<(&str, &Doc)> = s
                .articles
                .iter()
                .zip(&docs)
                .map(|(a, d)| (a.name.as_str(), &**d))
                .collect();
            dom::download(
                JSONL_NAME,
                "application/x-ndjson",
                &workspace::jsonl(&named),
            )
        }
        ExportKind::Workspace => dom::download(
            WORKSPACE_NAME,
            "application/json",
            &workspace::to_file(&s.articles, s.current),
        ),
    };
}

/// Every article's corrected analysis, analyzing those not analyzed yet.
fn every_doc(s: &AppState) -> Vec<Rc<Doc>> {
    s.articles
        .iter()
        .map(|a| match a.analyzed() {
            Some(d) => d.clone(),
            None => Rc::new(analyze_article(a)),
        })
        .collect()
}

/// A table across articles as CSV.
pub fn across_csv(table: CrossTable, s: &AppState) {
    let csv = across::csv(table, &s.analyzed_articles(), s.lang);
    let _ = dom::download(&across::csv_name(table), "text/csv;charset=utf-8", &csv);
}
