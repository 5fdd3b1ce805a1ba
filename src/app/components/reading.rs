//! The article with its marks. Text is always rendered as text nodes.
//!
//! A huge text is rendered block by block (each a few KB, cut at line breaks
//! outside marks): the first blocks at once, the rest a few per task, with a
//! progress bar, so the page never freezes. Blocks off screen skip layout
//! (`content-visibility: auto`).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::dom;
use crate::app::dom_review;
use crate::app::i18n::Lang;
use crate::app::model::{aria_label, blocks, segments_in, summary_line, Block, Doc, Segment};
use crate::app::state::TextSelection;
use crate::Source;

/// The size of a block, in bytes of text.
pub const BLOCK_BYTES: usize = 8 * 1024;
/// Blocks rendered in the first pass, and in each later one.
pub const FIRST_BLOCKS: usize = 6;
pub const STEP_BLOCKS: usize = 3;
/// How long a selection must stay still before the types are offered.
pub const SELECTION_SETTLE_MS: u32 = 80;

#[derive(Properties, PartialEq)]
pub struct ReadingProps {
    pub doc: Rc<Doc>,
    pub lang: Lang,
    /// Hears the index of a mark that was clicked or focused.
    #[prop_or_default]
    pub on_select: Callback<usize>,
    /// Hears the text selected in the view (whole words come later), or none.
    #[prop_or_default]
    pub on_selection: Callback<Option<TextSelection>>,
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
        Callback::from(move |e: MouseEvent| {
            select(e.target());
            dom_review::focus_clicked_mark(e.target());
        })
    };
    let onmousedown = Callback::from(|e: MouseEvent| {
        if e.button() == 0 {
            dom_review::let_drag_select(e.target());
        }
    });
    let onfocusin = Callback::from(move |e: FocusEvent| select(e.target()));
    {
        // A selection in the view (mouse, keyboard or script) offers the
        // types; read once it settles, not at every step of a drag.
        let on_selection = props.on_selection.clone();
        use_effect_with(props.doc.clone(), move |doc| {
            let doc = doc.clone();
            let pending: Rc<std::cell::RefCell<Option<Timeout>>> = Rc::default();
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                gloo::events::EventListener::new(&d, "selectionchange", move |_| {
                    let (doc, on_selection) = (doc.clone(), on_selection.clone());
                    *pending.borrow_mut() = Some(Timeout::new(SELECTION_SETTLE_MS, move || {
                        on_selection.emit(dom_review::reading_selection(&doc.text))
                    }));
                })
            });
            move || drop(listener)
        });
    }
    let doc = &props.doc;
    let all = use_memo(doc.clone(), |doc| {
        blocks(&doc.text, &doc.analysis.entities, BLOCK_BYTES)
    });
    // How many blocks are shown, for which doc.
    let shown = use_state_eq(|| (doc.generation(), FIRST_BLOCKS));
    let count = if shown.0 == doc.generation() {
        shown.1
    } else {
        FIRST_BLOCKS
    }
    .min(all.len());
    {
        // Render the next blocks after this render has been painted.
        let shown = shown.clone();
        let generation = doc.generation();
        let total = all.len();
        use_effect_with((generation, count), move |&(generation, count)| {
            let timer = (count < total).then(|| {
                Timeout::new(0, move || {
                    shown.set((generation, (count + STEP_BLOCKS).min(total)));
                })
            });
            move || drop(timer)
        });
    }

    let lang = props.lang;
    html! {
        <>
        if count < all.len() {
            <p class="progress" role="status">
                <progress max={all.len().to_string()} value={count.to_string()}></progress>
                {format!(" {} {}%", t.rendering, count * 100 / all.len().max(1))}
            </p>
        }
        <article class={classes!("reading", (all.len() > FIRST_BLOCKS).then_some("huge"))}
            id="reading" lang="vi" aria-label={t.reading}
            {onclick} {onfocusin} {onmousedown}>
            { for all[..count].iter().map(|&block| html! {
                <ReadingBlock key={block.from} doc={doc.clone()} {block} {lang} />
            }) }
        </article>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    doc: Rc<Doc>,
    block: Block,
    lang: Lang,
}

#[function_component(ReadingBlock)]
fn reading_block(props: &BlockProps) -> Html {
    let doc = &props.doc;
    let nodes: Html = segments_in(&doc.text, &doc.analysis.entities, &props.block)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(s) => html! { {s} },
            Segment::Mark(i, e) => {
                let detail = summary_line(e);
                let user = e.source == Source::User;
                let mut label = aria_label(e, props.lang);
                if user {
                    label = format!("{label} ({})", props.lang.texts().by_user);
                }
                html! {
                    <mark
                        id={format!("m-{i}")}
                        data-type={e.kind.as_str()}
                        data-kind={props.lang.kind_name(e.kind)}
                        data-detail={(!detail.is_empty()).then_some(detail)}
                        data-source={user.then_some("user")}
                        tabindex="0"
                        aria-label={label}
                    >{e.text.as_str()}</mark>
                }
            }
        })
        .collect();
    html! { <div class="block">{ nodes }</div> }
}
