//! One table per type; a row's button scrolls to and flashes its marks.
//! The tables of a huge text are filled one per task (each is up to
//! [`MAX_ROWS`] rows drawn from thousands of marks), so no task of the page
//! runs long; the section is `aria-busy` until they all are.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::model::Doc;
use crate::app::tables::{columns, shown_rows};
use crate::app::window::WINDOW_MIN_BYTES;
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
    // How many tables are filled, for which doc: all at once but for a huge
    // text, whose first table waits for the task after its reading view.
    let generation = props.doc.generation();
    let one_by_one = props.doc.text.len() >= WINDOW_MIN_BYTES;
    let filled = use_state_eq(|| (generation, 0));
    let count = match (one_by_one, filled.0 == generation) {
        (false, _) => ORDER.len(),
        (true, true) => filled.1,
        (true, false) => 0,
    };
    {
        let filled = filled.clone();
        use_effect_with((generation, count), move |&(generation, count)| {
            let next = (count < ORDER.len())
                .then(|| Timeout::new(0, move || filled.set((generation, count + 1))));
            move || drop(next)
        });
    }
    html! {
        <section class={classes!("summary", one_by_one.then_some("huge"))} aria-label={t.summary}
            aria-busy={(count < ORDER.len()).then_some("true")}>
            <h2>{t.summary}</h2>
            { for ORDER.iter().enumerate().map(|(i, &kind)| if i < count {
                html! { <SummaryTable doc={props.doc.clone()} {kind} lang={props.lang}
                    on_show={props.on_show.clone()} on_csv={props.on_csv.clone()} /> }
            } else {
                waiting_table(props.lang, kind)
            }) }
        </section>
    }
}

/// A table not filled yet: its title, and a word that it is coming.
fn waiting_table(lang: Lang, kind: Kind) -> Html {
    html! {
        <section class="table" data-type={kind.as_str()}>
            <header><h3>
                <span class="swatch" data-type={kind.as_str()} aria-hidden="true"></span>
                {lang.kind_label(kind)}
            </h3></header>
            <p class="hint">{lang.texts().rendering}</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    doc: Rc<Doc>,
    kind: Kind,
    lang: Lang,
    on_show: Callback<Vec<usize>>,
    on_csv: Callback<Kind>,
}

/// One type's table (its own component: filling the next table of a huge
/// text leaves the ones already there alone).
#[function_component(SummaryTable)]
fn table(props: &TableProps) -> Html {
    let kind = props.kind;
    let lang = props.lang;
    let t = lang.texts();
    let (rows, count) = shown_rows(&props.doc, kind, MAX_ROWS);
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
                    <span class="count">{count}</span>
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
                    { for rows.iter().map(|row| {
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
                if count > rows.len() {
                    <p class="hint more">{format!("{} ({MAX_ROWS}/{count}).", t.rows_shown)}</p>
                }
            }
        </section>
    }
}
