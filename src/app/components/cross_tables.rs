//! The tables across articles (people, documents, timeline, figures),
//! shown on demand; a row's button opens its article at its mark.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::across::{columns, rows, CrossTable};
use crate::app::components::summary::MAX_ROWS;
use crate::app::i18n::Lang;
use crate::app::workspace::Article;

#[derive(Properties, PartialEq)]
pub struct CrossTablesProps {
    pub articles: Rc<Vec<Article>>,
    pub lang: Lang,
    /// Articles not analyzed yet (the tables fill in as they are).
    #[prop_or_default]
    pub waiting: usize,
    /// Start open (the component tests).
    #[prop_or_default]
    pub open: bool,
    /// Hears `(article, mark)`.
    #[prop_or_default]
    pub on_goto: Callback<(usize, usize)>,
    #[prop_or_default]
    pub on_csv: Callback<CrossTable>,
}

fn table_label(table: CrossTable, lang: Lang) -> &'static str {
    let t = lang.texts();
    match table {
        CrossTable::People => t.people,
        CrossTable::Documents => t.documents,
        CrossTable::Timeline => t.dates,
        CrossTable::Figures => t.figures,
    }
}

#[function_component(CrossTables)]
pub fn cross_tables(props: &CrossTablesProps) -> Html {
    let t = props.lang.texts();
    let lang = props.lang;
    let open = use_state_eq(|| props.open);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let tables = use_memo((props.articles.clone(), *open), |(articles, open)| {
        if !*open {
            return Vec::new();
        }
        let docs: Vec<_> = articles
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.analyzed().map(|d| (i, a.name.as_str(), &**d)))
            .collect();
        CrossTable::ALL
            .iter()
            .map(|&table| (table, rows(table, &docs)))
            .collect::<Vec<_>>()
    });
    html! {
        <section class="across" aria-labelledby="across-title">
            <h2 id="across-title">
                <button type="button" id="toggle-across" aria-expanded={open.to_string()}
                    aria-controls="across-tables" onclick={toggle}>{t.across}</button>
            </h2>
            if *open {
                <div id="across-tables">
                if props.waiting > 0 {
                    <p class="hint" role="status">{format!("{} ({})", t.across_hint, props.waiting)}</p>
                }
                { for tables.iter().map(|(table, rows)| {
                    let table = *table;
                    let id = format!("across-{}", table.slug());
                    html! {
                        <section class="table" data-type={table.kind().as_str()} data-table={table.slug()} aria-labelledby={id.clone()}>
                            <header>
                                <h3 id={id}>{table_label(table, lang)}<span class="count">{rows.len()}</span></h3>
                                <button type="button" class="csv" disabled={rows.is_empty()}
                                    aria-label={format!("{} {}: {}", t.csv, t.across, table_label(table, lang))}
                                    onclick={props.on_csv.reform(move |_: MouseEvent| table)}>{t.csv}</button>
                            </header>
                            if !rows.is_empty() {
                                <div class="scroll"><table>
                                    <thead><tr>{ for columns(table, lang).iter().map(|c| html! { <th scope="col">{*c}</th> }) }</tr></thead>
                                    <tbody>
                                    { for rows.iter().take(MAX_ROWS).map(|row| {
                                        let target = row.targets[0];
                                        html! {
                                            <tr>
                                            { for row.cells.iter().enumerate().map(|(i, cell)| if i == 0 {
                                                html! { <th scope="row"><button type="button" class="show" title={t.show_in_text}
                                                    onclick={props.on_goto.reform(move |_: MouseEvent| target)}>{cell.as_str()}</button></th> }
                                            } else {
                                                html! { <td>{cell.as_str()}</td> }
                                            }) }
                                            </tr>
                                        }
                                    }) }
                                    </tbody>
                                </table></div>
                            }
                        </section>
                    }
                }) }
                </div>
            }
        </section>
    }
}
