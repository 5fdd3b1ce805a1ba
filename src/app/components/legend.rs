//! Counts per type; each entry toggles its type on and off.

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::Kind;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Marks per type, in [`Kind::ALL`] order.
    pub counts: [usize; 6],
    pub hidden: [bool; 6],
    pub lang: Lang,
    #[prop_or_default]
    pub on_toggle: Callback<Kind>,
}

#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let t = props.lang.texts();
    html! {
        <nav class="legend" aria-label={t.legend} title={t.legend_hint}>
            <ul>
            { for Kind::ALL.iter().enumerate().map(|(i, &kind)| {
                let on_toggle = props.on_toggle.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_toggle.emit(kind));
                let shown = !props.hidden[i];
                html! {
                    <li>
                        <button type="button" class="legend-item" data-type={kind.as_str()}
                            aria-pressed={shown.to_string()} {onclick}>
                            <span class="swatch" data-type={kind.as_str()} aria-hidden="true">{"Aa"}</span>
                            <span class="legend-name">{props.lang.kind_label(kind)}</span>
                            <span class="count">{props.counts[i]}</span>
                        </button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
