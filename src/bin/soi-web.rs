//! The browser app's entry point (built by Trunk with `--features web`).
//! The same wasm also runs in `www/worker.js`, where there is no window: there
//! it renders nothing and only answers [`analyze_wire`].

#[cfg(target_arch = "wasm32")]
fn main() {
    soi::warm_up();
    if web_sys::window().is_none() {
        return; // in the Web Worker
    }
    yew::Renderer::<soi::app::App>::new().render();
}

/// The analysis of `text` in the worker's wire form (`soi::app::wire`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyze_wire(text: &str, reference: &str) -> String {
    soi::app::wire::analyze_encoded(text, reference)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("soi-web is the browser app: build it with `trunk build --release`.");
}
