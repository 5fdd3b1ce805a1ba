//! The Web Worker that analyzes huge texts, as the app uses it: started
//! when a long text may come, sent each text the reducer leaves pending,
//! ended when a newer text makes its work stale.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::dom::AnalysisWorker;
use super::state::{Action, AppState};

/// Sends the pending text (if any) to the worker, and gives the callback
/// that starts the worker ahead of time.
#[hook]
pub fn use_analysis_worker(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let worker: Rc<RefCell<Option<AnalysisWorker>>> = use_mut_ref(|| None);
    // The request the worker is still working on, if any.
    let unanswered: Rc<RefCell<Option<u64>>> = use_mut_ref(|| None);
    {
        // Huge texts are analyzed in the worker; without one, here.
        let dispatcher = state.dispatcher();
        let pending = state.pending.clone();
        let worker = worker.clone();
        let unanswered = unanswered.clone();
        use_effect_with(pending.as_ref().map(|p| p.id), move |_| {
            // A new text (pasted, typed or opened) while the worker is still
            // on an older one: that analysis is stopped (the worker is ended,
            // and started afresh when needed) rather than the new one queued
            // behind it.
            let stale = unanswered
                .borrow()
                .is_some_and(|id| pending.as_ref().is_none_or(|p| p.id != id));
            if stale {
                *unanswered.borrow_mut() = None;
                *worker.borrow_mut() = None;
            }
            if let Some(p) = pending {
                let mut slot = worker.borrow_mut();
                if slot.is_none() {
                    *slot = start(&dispatcher, &unanswered);
                }
                let sent = slot
                    .as_ref()
                    .is_some_and(|w| w.post(p.id, &p.text, p.reference));
                if sent {
                    *unanswered.borrow_mut() = Some(p.id);
                } else {
                    *unanswered.borrow_mut() = None;
                    *slot = None;
                    dispatcher.dispatch(Action::AnalyzeHere);
                }
            }
        });
    }
    // The worker is started as soon as a long text may come (the text box
    // takes the focus, a file is dragged over the page), so that the first
    // long paste does not wait for its start (the wasm, the rules, cold code).
    // Stable (no deps: what it holds never changes), so the textarea does not
    // render again with every change of the page.
    let dispatcher = state.dispatcher();
    use_callback((), move |(), _| {
        let mut slot = worker.borrow_mut();
        if slot.is_none() {
            *slot = start(&dispatcher, &unanswered);
        }
    })
}

/// Starts the worker; its answers go to the reducer (`unanswered`: the
/// request it is still working on).
fn start(
    dispatcher: &UseReducerDispatcher<AppState>,
    unanswered: &Rc<RefCell<Option<u64>>>,
) -> Option<AnalysisWorker> {
    let (d, unanswered) = (dispatcher.clone(), unanswered.clone());
    AnalysisWorker::start(Callback::from(move |(id, wire): (u64, Option<Vec<u8>>)| {
        if *unanswered.borrow() == Some(id) {
            *unanswered.borrow_mut() = None;
        }
        match wire {
            Some(wire) => d.dispatch(Action::Analyzed { id, wire }),
            None => d.dispatch(Action::AnalyzeHere),
        }
    }))
}
