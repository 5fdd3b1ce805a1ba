//! The browser side of the windowed reading view (`app/window.rs`): two
//! IntersectionObservers on the blocks of `#reading` say which blocks come
//! near the viewport and which go far from it, and the view renders again
//! when that changes; a new text's blocks arrive a step per task. The
//! observers and the steps are effects: server-side rendering shows the
//! first render only.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::model::{Block, Doc};
use crate::app::window::{Arrival, Metrics, Window, FAR_MARGIN, NEAR_MARGIN};

/// What a windowed view renders, per block: whether it is in the page and
/// whether with its marks, and its estimated height while off screen.
pub struct Windowed {
    /// Blocks `0..arrived` are in the page, and every marked one.
    pub arrived: usize,
    pub marked: Vec<bool>,
    pub estimate_px: Rc<Vec<u32>>,
}

impl Windowed {
    /// Whether block `k` is in the page.
    pub fn has(&self, k: usize) -> bool {
        k < self.arrived || self.marked[k]
    }
}

/// For a windowed text (`on`), which of `blocks` (those of `doc`) are in the
/// page (a new text's in a few tasks) and which carry their marks: those
/// near the viewport, and those holding one of the `pinned` marks. `None`
/// when the text is not windowed (the hook then does nothing).
#[hook]
pub fn use_window(
    doc: Rc<Doc>,
    blocks: Rc<Vec<Block>>,
    on: bool,
    pinned: Vec<usize>,
) -> Option<Windowed> {
    let window = use_mut_ref(Window::default);
    let observers: Rc<RefCell<Option<Observers>>> = use_mut_ref(|| None);
    let metrics = use_state_eq(Metrics::default);
    let redraw = use_force_update();
    let arrival_state = use_state_eq(Arrival::default);
    let arrival = arrival_state.for_doc(doc.generation(), doc.text.len(), blocks.len());
    {
        let (window, observers, metrics) = (window.clone(), observers.clone(), metrics.clone());
        use_effect_with((blocks.clone(), on), move |(_, on)| {
            if *on {
                *observers.borrow_mut() = Observers::start(window, redraw, metrics);
            }
            move || drop(observers.borrow_mut().take())
        });
    }
    {
        // The next blocks, one step per task; the observers watch them as
        // they come (observing a block twice is nothing).
        let observers = observers.clone();
        use_effect_with((arrival, on), move |&(arrival, on)| {
            let step = on.then(|| {
                arrival_state.set(arrival);
                if let Some(observers) = observers.borrow().as_ref() {
                    observers.observe_blocks();
                }
                arrival.next()
            });
            let timer = step
                .flatten()
                .map(|next| Timeout::new(0, move || arrival_state.set(next)));
            move || drop(timer)
        });
    }
    let estimate_px = {
        let blocks = blocks.clone();
        use_memo((doc, *metrics, on), move |(doc, metrics, on)| {
            let estimate = |b: &Block| metrics.block_px(&doc.text[b.from..b.to]);
            Rc::new(match on {
                true => blocks.iter().map(estimate).collect(),
                false => Vec::new(),
            })
        })
    };
    if !on {
        return None;
    }
    window.borrow_mut().follow(&blocks);
    let marked = window.borrow().marked(pinned);
    Some(Windowed {
        arrived: arrival.arrived,
        marked,
        estimate_px: (*estimate_px).clone(),
    })
}

/// The reading view's column and type, for the height estimates.
fn measure() -> Option<Metrics> {
    let window = web_sys::window()?;
    let reading = window.document()?.get_element_by_id("reading")?;
    let style = window.get_computed_style(&reading).ok()??;
    let px = |name: &str| -> Option<f64> {
        let value = style.get_property_value(name).ok()?;
        value.strip_suffix("px")?.parse().ok()
    };
    Metrics::measured(
        reading.client_width() as f64,
        px("font-size")?,
        px("line-height")?,
    )
}

type OnEntries = Closure<dyn FnMut(js_sys::Array)>;

/// The two observers, disconnected when dropped.
struct Observers {
    near: web_sys::IntersectionObserver,
    far: web_sys::IntersectionObserver,
    _callbacks: [OnEntries; 2],
}

impl Observers {
    /// Observes every block of `#reading`: one coming within [`NEAR_MARGIN`]
    /// of the viewport gets its marks, one leaving [`FAR_MARGIN`] loses them.
    /// The first report also measures the column for `metrics` (the page is
    /// laid out then: measuring in the effect would lay it out at once).
    fn start(
        window: Rc<RefCell<Window>>,
        redraw: UseForceUpdateHandle,
        metrics: UseStateHandle<Metrics>,
    ) -> Option<Observers> {
        let measured = Rc::new(std::cell::Cell::new(false));
        let on_entries = |near: bool| {
            let (window, redraw) = (window.clone(), redraw.clone());
            let (metrics, measured) = (metrics.clone(), measured.clone());
            Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if !measured.replace(true) {
                    if let Some(m) = measure() {
                        metrics.set(m);
                    }
                }
                let mut changed = false;
                for entry in entries.iter() {
                    let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                    // The near observer only brings blocks in, the far one only drops them.
                    if entry.is_intersecting() != near {
                        continue;
                    }
                    let from = entry.target().get_attribute("data-from");
                    if let Some(from) = from.and_then(|f| f.parse().ok()) {
                        changed |= window.borrow_mut().set_near(from, near);
                    }
                }
                if changed {
                    redraw.force_update();
                }
            })
        };
        let callbacks = [on_entries(true), on_entries(false)];
        let observer = |callback: &OnEntries, margin: &str| {
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin(margin);
            web_sys::IntersectionObserver::new_with_options(
                callback.as_ref().unchecked_ref(),
                &options,
            )
            .ok()
        };
        let observers = Observers {
            near: observer(&callbacks[0], NEAR_MARGIN)?,
            far: observer(&callbacks[1], FAR_MARGIN)?,
            _callbacks: callbacks,
        };
        observers.observe_blocks();
        Some(observers)
    }

    /// Observes the blocks in `#reading` now.
    fn observe_blocks(&self) {
        let blocks = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all("#reading > .block[data-from]").ok());
        let Some(blocks) = blocks else {
            return;
        };
        for i in 0..blocks.length() {
            if let Some(block) = blocks.item(i).and_then(|b| b.dyn_into().ok()) {
                self.near.observe(&block);
                self.far.observe(&block);
            }
        }
    }
}

impl Drop for Observers {
    fn drop(&mut self) {
        self.near.disconnect();
        self.far.disconnect();
    }
}
