//! The pictures the page shows before the app runs (`prerender::charts`: drawn at build time by
//! ECharts from the app's own options, shown by public/boot.js): an embed's whole card
//! (`#static-chart`), or the overview's first chart in the static first screen (`#prerender`).
//! The app lays itself out under them, unseen (style/main.css), and its own chart takes their place
//! once it has drawn, in the same spot.

use crate::page::{PRERENDER_ID, STATIC_CHART_ID};
use std::cell::Cell;

thread_local! {
    /// The overview's findings have their numbers: its static first screen may go.
    static FINDINGS_READY: Cell<bool> = const { Cell::new(false) };
    /// The app's first chart has drawn, or the app stopped waiting for it.
    static DONE: Cell<bool> = const { Cell::new(false) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The page's root element, whose class says whether an embed's picture stands in for its chart.
fn page_root() -> Option<web_sys::Element> {
    document()?.document_element()
}

fn embed_picture() -> bool {
    page_root().is_some_and(|r| r.class_name().split_whitespace().any(|c| c == STATIC_CHART_ID))
}

/// The overview's picture, where the reader can see it (on a phone it is below the findings).
fn overview_picture_in_view() -> bool {
    let Some(pic) = document().and_then(|d| d.query_selector(&format!("#{PRERENDER_ID} .pre-chart .pic")).ok().flatten()) else { return false };
    let r = pic.get_bounding_client_rect();
    let h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    r.bottom() > 0.0 && r.top() < h
}

/// Whether a picture stands in for the app's chart: then the app's first drawing is not animated,
/// for the chart is already in front of the reader.
pub fn picture_shown() -> bool {
    !DONE.with(Cell::get) && (embed_picture() || overview_picture_in_view())
}

/// The app's own chart has drawn (or the app stops waiting for it, see `web::app`): the pictures
/// go and the app, laid out under them all along, shows in the same place.
pub fn drop_picture() {
    DONE.with(|d| d.set(true));
    if let Some(r) = page_root() {
        let kept: Vec<String> = r.class_name().split_whitespace().filter(|c| *c != STATIC_CHART_ID).map(String::from).collect();
        r.set_class_name(&kept.join(" "));
    }
    if let Some(el) = document().and_then(|d| d.get_element_by_id(STATIC_CHART_ID)) {
        el.remove();
    }
    if FINDINGS_READY.with(Cell::get) {
        super::super::first_screen::drop_prerender();
    }
}

/// The overview's findings have their numbers: its static first screen goes now, unless the
/// reader is looking at its picture of the first chart and the app's has not drawn yet (then it
/// goes with [`drop_picture`]).
pub fn findings_ready() {
    FINDINGS_READY.with(|f| f.set(true));
    if DONE.with(Cell::get) || !overview_picture_in_view() {
        super::super::first_screen::drop_prerender();
    }
}
