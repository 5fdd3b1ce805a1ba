//! One table per type; a row's button scrolls to and flashes its marks.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::model::Doc;
use crate::app::tables::{columns, rows};
use crate::Kind;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub doc: Rc<Doc>,
    pub lang: Lang,
    /// Hears the marks of a clicked row.
    #[prop_or_default]
    pub on_show: Callback<Vec<usize>>,
    /// Hears which table to export as CSV.
    #[prop_or_default]
    pub on_csv: Callback<Kind>,
}

/// Rows shown per table (the CSV export has them all).
pub const MAX_ROWS: usize = 200;

/// The order the tables appear in.
const ORDER: [Kind; 6] = [
    Kind::Person,
    Kind::Regulation,
    Kind::Date,
    Kind::Figure,
    Kind::Org,
    Kind::Place,
];

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let t = props.lang.texts();
    html! {
        <section class="summary" aria-label={t.summary}>
            <h2>{t.summary}</h2>
            { for ORDER.iter().map(|&kind| table(props, kind)) }
        </section>
    }
}

fn table(props: &SummaryProps, kind: Kind) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let rows = rows(&props.doc, kind);
    let cols = columns(kind, lang);
    let on_csv = props.on_csv.clone();
    let csv = Callback::from(move |_: MouseEvent| on_csv.emit(kind));
    let id = format!("table-{}", kind.as_str());
    html! {
        <section class={classes!("table", (kind == Kind::Date).then_some("timeline"))}
            data-type={kind.as_str()} aria-labelledby={id.clone()}>
            <header>
                <h3 id={id}>
                    <span class="swatch" data-type={kind.as_str()} aria-hidden="true"></span>
                    {lang.kind_label(kind)}
                    <span class="count">{rows.len()}</span>
                </h3>
                <button type="button" class="csv" onclick={csv} disabled={rows.is_empty()}
                    aria-label={format!("{} {}", t.csv, lang.kind_label(kind))}>{t.csv}</button>
            </header>
            if rows.is_empty() {
                <p class="hint">{t.none_found}</p>
            } else {
                <div class="scroll">
                <table>
                    <thead><tr>{ for cols.iter().map(|c| html! { <th scope="col">{*c}</th> }) }</tr></thead>
                    <tbody>
                    { for rows.iter().take(MAX_ROWS).map(|row| {
                        let on_show = props.on_show.clone();
                        let marks = row.marks.clone();
                        let onclick = Callback::from(move |_: MouseEvent| on_show.emit(marks.clone()));
                        let first = row.marks[0];
                        html! {
                            <tr data-marks={row.marks.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" ")}>
                                { for row.cells.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! {
                                        <th scope="row">
                                            <button type="button" class="show" onclick={onclick.clone()}
                                                aria-controls={format!("m-{first}")}
                                                title={t.show_in_text}>{cell.as_str()}</button>
                                        </th>
                                    }
                                } else {
                                    html! { <td>{cell.as_str()}</td> }
                                }) }
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                if rows.len() > MAX_ROWS {
                    <p class="hint more">{format!("{} ({MAX_ROWS}/{}).", t.rows_shown, rows.len())}</p>
                }
            }
        </section>
    }
}
