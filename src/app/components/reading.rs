//! The article with its marks. Text is always rendered as text nodes.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::dom;
use crate::app::i18n::Lang;
use crate::app::model::{aria_label, segments, summary_line, Doc, Segment};

#[derive(Properties, PartialEq)]
pub struct ReadingProps {
    pub doc: Rc<Doc>,
    pub lang: Lang,
    /// Hears the index of a mark that was clicked or focused.
    #[prop_or_default]
    pub on_select: Callback<usize>,
}

#[function_component(ReadingView)]
pub fn reading_view(props: &ReadingProps) -> Html {
    let t = props.lang.texts();
    let select = {
        let on_select = props.on_select.clone();
        move |target: Option<web_sys::EventTarget>| {
            if let Some(i) = dom::mark_index(target) {
                on_select.emit(i);
            }
        }
    };
    let onclick = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| select(e.target()))
    };
    let onfocusin = Callback::from(move |e: FocusEvent| select(e.target()));

    let doc = &props.doc;
    let nodes: Html = segments(&doc.text, &doc.analysis.entities)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(s) => html! { {s} },
            Segment::Mark(i, e) => {
                let detail = summary_line(e);
                html! {
                    <mark
                        id={format!("m-{i}")}
                        data-type={e.kind.as_str()}
                        data-kind={props.lang.kind_name(e.kind)}
                        data-detail={(!detail.is_empty()).then_some(detail)}
                        tabindex="0"
                        aria-label={aria_label(e, props.lang)}
                    >{e.text.as_str()}</mark>
                }
            }
        })
        .collect();

    html! {
        <article class="reading" id="reading" lang="vi" aria-label={t.reading}
            {onclick} {onfocusin}>
            { nodes }
        </article>
    }
}
