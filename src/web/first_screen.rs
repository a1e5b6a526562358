//! The static first screen the build writes into index.html (`crate::prerender`): the app removes
//! it once its own page can take its place.

/// Removes the static first screen, if it is still there; the app's own page shows in the same
/// frame (see style/main.css).
pub fn drop_prerender() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(crate::page::PRERENDER_ID)) {
        el.remove();
    }
}
