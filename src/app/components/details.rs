//! The normalized facts of the selected mark, and its corrections: change
//! its type, edit its attributes, remove it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::Lang;
use crate::app::model::{details, typed_value, value_text, Doc, Field};
use crate::app::state::Correction;
use crate::{Attrs, Entity, Kind, Source};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub doc: Rc<Doc>,
    pub selected: Option<usize>,
    pub lang: Lang,
    #[prop_or_default]
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub on_correct: Callback<Correction>,
}

/// The attributes a person can correct, per type (the rest are derived).
fn editable(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Person => &[Field::Role],
        Kind::Figure => &[Field::Value, Field::Unit],
        Kind::Regulation => &[Field::Id],
        Kind::Date => &[Field::Value],
        Kind::Org | Kind::Place => &[],
    }
}

fn current(e: &Entity, field: Field) -> String {
    let a = &e.attrs;
    match field {
        Field::Role => a.role.as_deref().map(str::to_string),
        Field::Value => a.value.as_ref().map(value_text),
        Field::Unit => a.unit.as_deref().map(str::to_string),
        Field::Id => a.id.as_deref().map(str::to_string),
        _ => None,
    }
    .unwrap_or_default()
}

/// `old` with `field` set to what was typed (empty: none).
fn with_field(mut attrs: Attrs, kind: Kind, field: Field, typed: &str) -> Attrs {
    let text = Some(typed.trim())
        .filter(|t| !t.is_empty())
        .map(Box::<str>::from);
    match field {
        Field::Role => attrs.role = text,
        Field::Unit => attrs.unit = text,
        Field::Id => attrs.id = text,
        // A figure's value is a number when it reads as one; a date's is text.
        Field::Value if kind == Kind::Figure => attrs.value = typed_value(typed),
        Field::Value => attrs.value = text.map(|t| t.into_string().into()),
        _ => {}
    }
    attrs
}

#[function_component(Details)]
pub fn details_panel(props: &DetailsProps) -> Html {
    let t = props.lang.texts();
    let lang = props.lang;
    let refs = use_memo((), |_| [NodeRef::default(), NodeRef::default()]);
    let entity = props
        .selected
        .and_then(|i| props.doc.analysis.entities.get(i).map(|e| (i, e)));
    let body = match entity {
        None => html! { <p class="hint">{t.details_hint}</p> },
        Some((index, e)) => {
            let on_close = props.on_close.clone();
            let onclick = Callback::from(move |_: MouseEvent| on_close.emit(()));
            let remove = props
                .on_correct
                .reform(move |_: MouseEvent| Correction::Remove(index));
            let fields = editable(e.kind);
            // No <form>: nothing in the page may submit anywhere.
            let save = {
                let on_correct = props.on_correct.clone();
                let (refs, entity) = (refs.clone(), e.clone());
                move || {
                    let mut attrs = (*entity.attrs).clone();
                    for (field, r) in fields.iter().zip(refs.iter()) {
                        if let Some(input) = r.cast::<web_sys::HtmlInputElement>() {
                            attrs = with_field(attrs, entity.kind, *field, &input.value());
                        }
                    }
                    on_correct.emit(Correction::SetAttrs(index, attrs));
                }
            };
            let onclick_save = {
                let save = save.clone();
                Callback::from(move |_: MouseEvent| save())
            };
            let onkeydown = Callback::from(move |ev: KeyboardEvent| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    save();
                }
            });
            html! {
                <>
                <p class="details-head">
                    <span class="chip" data-type={e.kind.as_str()}>{lang.kind_name(e.kind)}</span>
                    <q class="details-text">{e.text.as_str()}</q>
                    if e.source == Source::User {
                        <span class="by-user">{t.by_user}</span>
                    }
                    <button type="button" class="close" aria-label={t.close} title={t.close} {onclick}>{"×"}</button>
                </p>
                <dl>
                    { for details(e).into_iter().map(|(field, value)| html! {
                        <>
                        <dt>{field.label(lang)}</dt>
                        <dd data-field={format!("{field:?}").to_lowercase()}>{value}</dd>
                        </>
                    }) }
                </dl>
                <div class="retype" role="group" aria-label={t.change_type}>
                    <span class="retype-label" aria-hidden="true">{t.change_type}</span>
                    { for Kind::ALL.iter().enumerate().map(|(k, &kind)| {
                        let onclick = props.on_correct.reform(move |_: MouseEvent| Correction::Retype(index, kind));
                        html! {
                            <button type="button" class="type-choice" data-type={kind.as_str()}
                                aria-pressed={(kind == e.kind).to_string()} aria-keyshortcuts={(k + 1).to_string()} {onclick}>
                                // Named by its text ("Mark as person"), the key
                                // left out: the name holds what is seen (WCAG 2.5.3).
                                <kbd aria-hidden="true">{k + 1}</kbd>
                                <span class="visually-hidden">{t.mark_as}{" "}</span>{lang.kind_name(kind)}
                            </button>
                        }
                    }) }
                </div>
                if !fields.is_empty() {
                    <div class="attrs" role="group" aria-label={t.save} key={format!("{}-{index}", props.doc.generation())} {onkeydown}>
                        { for fields.iter().zip(refs.iter()).map(|(&field, r)| {
                            let id = format!("attr-{}", format!("{field:?}").to_lowercase());
                            html! {
                                <label for={id.clone()}>{field.label(lang)}
                                    <input type="text" id={id} ref={r.clone()} value={current(e, field)} />
                                </label>
                            }
                        }) }
                        <button type="button" id="save-attrs" onclick={onclick_save}>{t.save}</button>
                    </div>
                }
                <button type="button" id="remove-mark" class="danger" onclick={remove}
                    aria-keyshortcuts="Delete">{t.remove_mark}</button>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_fields_become_attributes() {
        let a = with_field(Attrs::default(), Kind::Figure, Field::Value, " 2024 ");
        assert_eq!(a.value, Some(2024.into()));
        let a = with_field(a, Kind::Figure, Field::Unit, "đảng viên");
        assert_eq!(a.unit.as_deref(), Some("đảng viên"));
        let a = with_field(a, Kind::Figure, Field::Unit, "  ");
        assert_eq!(a.unit, None);
        let d = with_field(Attrs::default(), Kind::Date, Field::Value, "2023");
        assert_eq!(d.value, Some("2023".into()), "a date's value stays text");
    }
}
