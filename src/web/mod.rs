//! The web shell (wasm only): everything that touches the DOM. Imports point one way:
//! `app` (the shell) → `views` (one per route) → `components` (cards, controls) → `echarts` (the
//! ECharts bridge) → `ctx`, `loader`, `first_screen` → the pure core.

pub mod app;
pub mod components;
pub mod ctx;
pub mod echarts;
pub mod first_screen;
pub mod loader;
pub mod views;

/// Focus on the element `find` returns, once the page has taken the change just made (a task
/// later): where the control the reader pressed goes away or out of sight with it.
pub fn focus_soon(find: Box<dyn FnOnce(&web_sys::Document) -> Option<web_sys::Element>>) {
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| find(&d));
        if let Some(el) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(wasm_bindgen::JsCast::unchecked_ref(&focus), 0);
    }
}
