//! The browser app's entry point (built by Trunk with `--features web`).

#[cfg(target_arch = "wasm32")]
fn main() {
    soi::warm_up();
    yew::Renderer::<soi::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("soi-web is the browser app: build it with `trunk build --release`.");
}
