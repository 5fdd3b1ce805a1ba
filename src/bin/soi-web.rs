//! The browser app's entry point (built by Trunk with `--features web`).
//! The same wasm also runs in `www/worker.js`, where there is no window: there
//! it renders nothing and only answers [`analyze_wire`].

#[cfg(target_arch = "wasm32")]
fn main() {
    // Runs as the module is instantiated, in the page and in the worker. The
    // worker compiles the rules at once: it exists to analyze. The page opens
    // on the sample, whose analysis was made ahead of time
    // (`soi::app::sample`), so it compiles them only after its first paint,
    // a step per idle moment (`warm_up_step`, called by www/boot.js).
    if web_sys::window().is_none() {
        soi::warm_up();
        // The page starts the worker before a long text comes (the text box
        // focused, a file dragged in): one analysis of the sample runs the
        // engine's code once meanwhile (cold wasm code is compiled, the
        // automata filled, as it first runs).
        soi::analyze(soi::app::sample::SAMPLE, &soi::Options::default());
    }
}

/// Runs step `step` of the rules' compile ([`soi::WARM_UP_STEPS`]; a step
/// already done costs nothing) and says whether another step follows.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn warm_up_step(step: usize) -> bool {
    if let Some(run) = soi::WARM_UP_STEPS.get(step) {
        run();
    }
    step + 1 < soi::WARM_UP_STEPS.len()
}

/// Renders the app (called by `www/boot.js` once the stored workspace is read).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_app() {
    yew::Renderer::<soi::app::App>::new().render();
}

/// The worker's answer to `request`, the message the page posted
/// (`{id, text, reference}`, read with serde-wasm-bindgen:
/// `soi::app::request`): the analysis in the wire form (`soi::app::wire`), a
/// `Uint8Array` of its own, whose buffer the worker transfers to the page. A
/// malformed request throws an `Error` that says what is wrong.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyze_wire(request: wasm_bindgen::JsValue) -> Result<Vec<u8>, wasm_bindgen::JsError> {
    let request =
        soi::app::request::Request::from_js(request).map_err(|e| wasm_bindgen::JsError::new(&e))?;
    Ok(request.answer())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("soi-web is the browser app: build it with `trunk build --release`.");
}

/// For `scripts/bench.sh`: analyzes `text` as the app does and returns the
/// number of marks (the page reaches it as `window.wasmBindings.bench_analyze`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_analyze(text: &str) -> u32 {
    soi::analyze(text, &soi::Options::default()).entities.len() as u32
}

/// For `scripts/bench.sh`: the wasm linear memory's size in bytes.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size::<0>() * 65536) as f64
}
