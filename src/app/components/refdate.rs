//! The date relative dates resolve against: the detected dateline, editable.

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::{CivilDate, ReferenceSource};

#[derive(Properties, PartialEq)]
pub struct RefDateProps {
    pub dateline: Option<CivilDate>,
    pub reference: Option<CivilDate>,
    pub source: ReferenceSource,
    pub lang: Lang,
    /// Hears a date the user set, or `None` to go back to the dateline.
    #[prop_or_default]
    pub on_change: Callback<Option<CivilDate>>,
}

#[function_component(RefDate)]
pub fn ref_date(props: &RefDateProps) -> Html {
    let t = props.lang.texts();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_change.emit(CivilDate::parse(&input.value()));
        })
    };
    let reset = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(None))
    };
    // <input type=date> holds only full dates.
    let value = props
        .reference
        .filter(|d| d.day != 0)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let source = match props.source {
        ReferenceSource::Given => t.source_given,
        ReferenceSource::Dateline => t.source_dateline,
        ReferenceSource::YearInText => t.source_year,
        ReferenceSource::None => t.source_none,
    };
    let dateline = props
        .dateline
        .map(|d| d.to_string())
        .unwrap_or_else(|| t.no_dateline.to_string());
    html! {
        <div class="refdate">
            <label for="refdate">{t.reference_date}</label>
            <input type="date" id="refdate" value={value} {onchange} aria-describedby="refdate-source" />
            <span class="hint" id="refdate-source" data-source={format!("{:?}", props.source)}>
                { format!("{} · {}: {}", source, t.dateline, dateline) }
                if let Some(r) = props.reference.filter(|d| d.day == 0) {
                    { format!(" · {r}") }
                }
            </span>
            if props.source == ReferenceSource::Given {
                <button type="button" onclick={reset}>{t.use_dateline}</button>
            }
        </div>
    }
}
