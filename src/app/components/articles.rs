//! The workspace: the list of articles (name, date, counts per type) with a
//! search box; new article, open several files, delete (asked first, with
//! undo), delete all; export all as JSONL, export and import the workspace.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::export_bar::ExportKind;
use crate::app::i18n::Lang;
use crate::app::workspace::{search, Article};
use crate::Kind;

#[derive(Properties, PartialEq)]
pub struct ArticlesProps {
    pub articles: Rc<Vec<Article>>,
    pub current: usize,
    pub lang: Lang,
    /// What the last deletion removed (offers Undo).
    #[prop_or_default]
    pub removed: Option<AttrValue>,
    #[prop_or_default]
    pub on_switch: Callback<usize>,
    #[prop_or_default]
    pub on_new: Callback<()>,
    #[prop_or_default]
    pub on_delete: Callback<usize>,
    #[prop_or_default]
    pub on_clear_all: Callback<()>,
    #[prop_or_default]
    pub on_restore: Callback<()>,
    #[prop_or_default]
    pub on_files: Callback<web_sys::FileList>,
    #[prop_or_default]
    pub on_import: Callback<web_sys::FileList>,
    #[prop_or_default]
    pub on_export: Callback<ExportKind>,
}

/// What the user is asked to confirm.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Asking {
    Delete(usize),
    ClearAll,
}

fn file_input(
    id: &'static str,
    label: &'static str,
    accept: &'static str,
    multiple: bool,
    cb: Callback<web_sys::FileList>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(files) = input.files() {
            cb.emit(files);
        }
        input.set_value("");
    });
    html! {
        <label class="button file">{label}
            <input type="file" {id} {accept} {multiple} class="visually-hidden" {onchange} />
        </label>
    }
}

#[function_component(Articles)]
pub fn articles(props: &ArticlesProps) -> Html {
    let t = props.lang.texts();
    let lang = props.lang;
    let query = use_state(String::new);
    let asking = use_state_eq(|| None::<Asking>);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let shown = search(&props.articles, &query);
    let ask = |what: Option<Asking>| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(what))
    };
    let confirm = {
        let (asking, on_delete, on_clear_all) = (
            asking.clone(),
            props.on_delete.clone(),
            props.on_clear_all.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            match *asking {
                Some(Asking::Delete(i)) => on_delete.emit(i),
                Some(Asking::ClearAll) => on_clear_all.emit(()),
                None => {}
            }
            asking.set(None);
        })
    };
    {
        // The question takes the keyboard, on its safe answer.
        use_effect_with(*asking, |asking| {
            if asking.is_some() {
                crate::app::dom_review::focus_element("confirm-no");
            }
        });
    }
    let export = |kind: ExportKind| props.on_export.reform(move |_: MouseEvent| kind);
    html! {
        <section class="workspace" aria-labelledby="workspace-title">
            <header class="workspace-head">
                <h2 id="workspace-title">{t.workspace}<span class="count">{props.articles.len()}</span></h2>
                <button type="button" id="new-article" onclick={props.on_new.reform(|_: MouseEvent| ())}>{t.new_article}</button>
                { file_input("files", t.open_files, crate::app::files::ACCEPT, true, props.on_files.clone()) }
            </header>
            <label class="search">
                <span class="visually-hidden">{t.search_articles}</span>
                <input type="search" id="article-search" placeholder={t.search_articles}
                    aria-label={t.search_articles} value={(*query).clone()} {oninput} />
            </label>
            if let Some(message) = &props.removed {
                <p class="removed" role="status">{message.clone()}
                    <button type="button" id="restore" onclick={props.on_restore.reform(|_: MouseEvent| ())}>{t.undo}</button>
                </p>
            }
            if let Some(what) = *asking {
                <p class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <span id="confirm-text">{ match what {
                        Asking::Delete(i) => format!("{} “{}”", t.confirm_delete, props.articles.get(i).map_or("", |a| a.name.as_str())),
                        Asking::ClearAll => t.confirm_clear.to_string(),
                    } }</span>
                    <button type="button" id="confirm-yes" class="danger" onclick={confirm}>{t.yes_delete}</button>
                    <button type="button" id="confirm-no" onclick={ask(None)}>{t.cancel}</button>
                </p>
            }
            <ul class="article-list" id="article-list">
            { for shown.iter().map(|&i| {
                let a = &props.articles[i];
                let doc = a.analyzed();
                let date = doc.and_then(|d| d.analysis.reference_date).map(|d| d.to_string()).unwrap_or_default();
                let counts = doc.map(|d| d.counts());
                let current = i == props.current;
                html! {
                    <li class={classes!("article", current.then_some("current"))} data-article={i.to_string()}>
                        <button type="button" class="open" aria-current={current.then_some("true")}
                            onclick={props.on_switch.reform(move |_: MouseEvent| i)}>
                            <span class="article-name">{a.name.as_str()}</span>
                            <span class="article-date">{date}</span>
                            <span class="article-counts">
                            { match counts {
                                Some(c) => Kind::ALL.iter().zip(c).map(|(k, n)| html! {
                                    <span class="swatch" data-type={k.as_str()} title={lang.kind_label(*k)}
                                        aria-label={format!("{}: {n}", lang.kind_label(*k))}>{n}</span>
                                }).collect::<Html>(),
                                None => html! { {"…"} },
                            } }
                            </span>
                        </button>
                        <button type="button" class="delete" aria-label={format!("{} {}", t.delete_article, a.name)}
                            title={t.delete_article} onclick={ask(Some(Asking::Delete(i)))}>{"×"}</button>
                    </li>
                }
            }) }
            </ul>
            if shown.is_empty() {
                <p class="hint">{t.no_match}</p>
            }
            <div class="workspace-tools" role="group" aria-label={t.export}>
                <button type="button" id="export-jsonl" onclick={export(ExportKind::Jsonl)}>{t.export_jsonl}</button>
                <button type="button" id="export-workspace" onclick={export(ExportKind::Workspace)}>{t.export_workspace}</button>
                { file_input("import-workspace", t.import_workspace, ".json,application/json", false, props.on_import.clone()) }
                <button type="button" id="clear-workspace" class="danger" onclick={ask(Some(Asking::ClearAll))}>{t.clear_workspace}</button>
            </div>
        </section>
    }
}
