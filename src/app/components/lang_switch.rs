//! Tiếng Việt / English.

use yew::prelude::*;

use crate::app::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    #[prop_or_default]
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let t = props.lang.texts();
    let option = |lang: Lang, label: &'static str, name: &'static str| {
        let on_change = props.on_change.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_change.emit(lang));
        // The accessible name starts with the visible text ("VI Tiếng Việt"),
        // so speech input ("click VI") finds the button (WCAG 2.5.3).
        html! {
            <button type="button" lang={lang.code()} id={format!("lang-{}", lang.code())}
                aria-pressed={(props.lang == lang).to_string()} {onclick}>
                {label}<span class="visually-hidden">{" "}{name}</span>
            </button>
        }
    };
    html! {
        <div class="lang" role="group" aria-label={t.language}>
            { option(Lang::Vi, "VI", "Tiếng Việt") }
            { option(Lang::En, "EN", "English") }
        </div>
    }
}
