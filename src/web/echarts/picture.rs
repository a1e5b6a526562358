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
    /// The view's own text is not complete yet (a profile's headline numbers wait for their
    /// files): its picture, which has them, stays until it is.
    static TEXT_PENDING: Cell<bool> = const { Cell::new(false) };
    /// The app's first chart has drawn while the text was pending.
    static CHART_DRAWN: Cell<bool> = const { Cell::new(false) };
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
    in_view(&format!("#{PRERENDER_ID} .pre-{} .pre-chart", lang_code()))
}

/// The static first screen's block shown (boot.js set the page's language; the CSS hides the
/// other's).
fn lang_code() -> &'static str {
    if page_root().and_then(|r| r.get_attribute("lang")).is_some_and(|l| l.starts_with("en")) {
        "en"
    } else {
        "zh"
    }
}

/// Whether the first element `selector` finds is on the screen.
fn in_view(selector: &str) -> bool {
    let Some(pic) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else { return false };
    let r = pic.get_bounding_client_rect();
    let h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    r.bottom() > 0.0 && r.top() < h
}

/// Whether a picture stands in for the app's chart: then the app's first drawing is not animated,
/// for the chart is already in front of the reader.
pub fn picture_shown() -> bool {
    !DONE.with(Cell::get) && (embed_picture() || overview_picture_in_view())
}

/// The app's first chart has drawn: the pictures go, unless the view's text is still pending.
pub fn chart_drawn() {
    if TEXT_PENDING.with(Cell::get) {
        CHART_DRAWN.with(|c| c.set(true));
    } else {
        drop_picture();
    }
}

/// The view's text is incomplete until [`text_ready`]: a picture showing it stays till then.
pub fn wait_for_text() {
    if !DONE.with(Cell::get) {
        TEXT_PENDING.with(|t| t.set(true));
    }
}

/// The view's text is complete: the picture goes if the app's chart has drawn too, or if its
/// chart is out of sight (on a phone a profile's charts are below its numbers, and the app draws a
/// chart only when the reader nears it).
pub fn text_ready() {
    TEXT_PENDING.with(|t| t.set(false));
    if CHART_DRAWN.with(Cell::get) || !in_view(&format!("#{STATIC_CHART_ID} .pre-chart")) {
        drop_picture();
    }
}

/// The pictures go and the app, laid out under them all along, shows in the same place: when its
/// chart has drawn and its text is complete, or when the app stops waiting for them (`web::app`).
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
