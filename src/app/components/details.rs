//! The normalized facts of the selected mark.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::model::{details, Doc};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub doc: Rc<Doc>,
    pub selected: Option<usize>,
    pub lang: Lang,
    #[prop_or_default]
    pub on_close: Callback<()>,
}

#[function_component(Details)]
pub fn details_panel(props: &DetailsProps) -> Html {
    let t = props.lang.texts();
    let entity = props
        .selected
        .and_then(|i| props.doc.analysis.entities.get(i));
    let body = match entity {
        None => html! { <p class="hint">{t.details_hint}</p> },
        Some(e) => {
            let on_close = props.on_close.clone();
            let onclick = Callback::from(move |_: MouseEvent| on_close.emit(()));
            html! {
                <>
                <p class="details-head">
                    <span class="chip" data-type={e.kind.as_str()}>{props.lang.kind_name(e.kind)}</span>
                    <q class="details-text">{e.text.as_str()}</q>
                    <button type="button" class="close" aria-label={t.close} title={t.close} {onclick}>{"×"}</button>
                </p>
                <dl>
                    { for details(e).into_iter().map(|(field, value)| html! {
                        <>
                        <dt>{field.label(props.lang)}</dt>
                        <dd data-field={format!("{field:?}").to_lowercase()}>{value}</dd>
                        </>
                    }) }
                </dl>
                </>
            }
        }
    };
    html! {
        <section class="details" id="details" aria-live="polite" aria-label={t.details}>
            <h2>{t.details}</h2>
            { body }
        </section>
    }
}
