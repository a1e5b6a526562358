//! Browser entry point: mount the app. Natively this binary does nothing (the pipeline is `datagen`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(talent_flows::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("talent_flows runs in the browser: `make serve`. The data pipeline is `cargo run -p datagen`.");
}
