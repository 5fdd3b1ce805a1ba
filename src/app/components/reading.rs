//! The article with its marks. Text is always rendered as text nodes.
//!
//! A long text is rendered block by block (each a few KB, cut at line breaks
//! outside marks): the first blocks at once, the rest a few per task, with a
//! progress bar, so the page never freezes. Blocks off screen skip layout
//! (`content-visibility: auto`). A huge one ([`WINDOW_MIN_BYTES`] and more)
//! is windowed: all of its text is in the page at once, but only the blocks
//! near the viewport carry their marks (`app/window.rs`).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::dom;
use crate::app::dom_review;
use crate::app::i18n::Lang;
use crate::app::model::{aria_label, blocks, segments_in, summary_line, Block, Doc, Segment};
use crate::app::state::TextSelection;
use crate::app::window::{around, WINDOW_MIN_BYTES};
use crate::Source;

use super::windowed::use_window;

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
    /// Marks that must be in the page whatever is on screen (a windowed
    /// text renders their blocks): the one a correction or a link focuses,
    /// the first of a table row being shown.
    #[prop_or_default]
    pub wanted: Vec<usize>,
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
    let doc = &props.doc;
    let windowed = doc.text.len() >= WINDOW_MIN_BYTES;
    // The focused mark, in a windowed text: its neighbours' blocks stay
    // rendered, so Tab and Shift+Tab go on from mark to mark.
    let focused = use_state_eq(|| None);
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| {
            if windowed {
                focused.set(dom::mark_index(e.target()));
            }
            select(e.target())
        })
    };
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
    let all = use_memo(doc.clone(), |doc| {
        Rc::new(blocks(&doc.text, &doc.analysis.entities, BLOCK_BYTES))
    });
    let pinned = props.wanted.iter().copied().chain(around(*focused));
    let window = use_window(doc.clone(), (*all).clone(), windowed, pinned.collect());
    // How many blocks are shown, for which doc (a windowed text has them all).
    let shown = use_state_eq(|| (doc.generation(), FIRST_BLOCKS));
    let count = if window.is_some() {
        all.len()
    } else if shown.0 == doc.generation() {
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
    // Windowed: the blocks in the page, with their marks or as plain text,
    // at an estimated height while off screen.
    let rendered = all[..count].iter().enumerate().filter_map(|(k, &block)| {
        let (marked, estimate_px) = match &window {
            Some(w) if !w.has(k) => return None,
            Some(w) => (w.marked[k], Some(w.estimate_px[k])),
            None => (true, None),
        };
        let doc = doc.clone();
        Some(
            html! { <ReadingBlock key={block.from} {doc} {block} {lang} {marked} {estimate_px} /> },
        )
    });
    html! {
        <>
        if count < all.len() {
            <p class="progress" role="status">
                <progress max={all.len().to_string()} value={count.to_string()}></progress>
                {format!(" {} {}%", t.rendering, count * 100 / all.len().max(1))}
            </p>
        }
        <article class={classes!("reading", (all.len() > FIRST_BLOCKS).then_some("huge"),
                window.is_some().then_some("windowed"))}
            id="reading" lang="vi" aria-label={t.reading}
            {onclick} {onfocusin} {onmousedown}>
            { for rendered }
        </article>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    doc: Rc<Doc>,
    block: Block,
    lang: Lang,
    /// With its marks, or as plain text (a windowed text, far from the viewport).
    marked: bool,
    /// In a windowed text: the height it is given while off screen.
    estimate_px: Option<u32>,
}

#[function_component(ReadingBlock)]
fn reading_block(props: &BlockProps) -> Html {
    let BlockProps {
        doc,
        block,
        lang,
        marked,
        estimate_px,
    } = props;
    let content = match marked {
        true => marks_html(doc, block, *lang),
        false => html! { {&doc.text[block.from..block.to]} },
    };
    match estimate_px {
        None => html! { <div class="block">{ content }</div> },
        // Off screen the browser keeps the measured height once the block
        // was laid out ("auto").
        Some(px) => html! {
            <div class={classes!("block", (!marked).then_some("plain"))}
                data-from={block.from.to_string()}
                style={format!("contain-intrinsic-size: auto {px}px")}>{ content }</div>
        },
    }
}

/// A block's text with its marks.
fn marks_html(doc: &Doc, block: &Block, lang: Lang) -> Html {
    segments_in(&doc.text, &doc.analysis.entities, block)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(s) => html! { {s} },
            Segment::Mark(i, e) => {
                let detail = summary_line(e);
                let user = e.source == Source::User;
                let mut label = aria_label(e, lang);
                if user {
                    label = format!("{label} ({})", lang.texts().by_user);
                }
                html! {
                    <mark
                        id={format!("m-{i}")}
                        data-type={e.kind.as_str()}
                        data-kind={lang.kind_name(e.kind)}
                        data-detail={(!detail.is_empty()).then_some(detail)}
                        data-source={user.then_some("user")}
                        tabindex="0"
                        aria-label={label}
                    >{e.text.as_str()}</mark>
                }
            }
        })
        .collect()
}
