//! When a chart's element has a size, and when it comes near the viewport: the two things that
//! decide when ECharts starts (and redraws) a chart.

use crate::page::WIDE;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the page is about to print: charts started now draw at once, not growing in (a
    /// printout would catch their bars still at zero).
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn printing() -> bool {
    PRINTING.with(|p| p.get())
}

/// How far beyond the viewport a chart counts as near, in screens above and below it. The
/// IntersectionObserver's root margin and `near_viewport` both follow it.
const NEAR_SCREENS: f64 = 1.0;

/// The same test as the IntersectionObserver's, made at once (it reports only a frame later), so a
/// chart that is already on screen starts without waiting. Wide screens only: the test lays the
/// page out there and then, inside the task that built it; on a phone's slower CPU that layout is
/// better left to the next frame, where the observer's answer comes with it.
pub fn near_viewport(el: &web_sys::HtmlElement) -> bool {
    let Some(w) = web_sys::window() else { return true };
    if w.inner_width().ok().and_then(|x| x.as_f64()).is_some_and(|x| x < f64::from(WIDE)) {
        return false;
    }
    let Some(h) = w.inner_height().ok().and_then(|h| h.as_f64()) else { return true };
    let r = el.get_bounding_client_rect();
    // Not laid out (a hidden card, or the app still behind the static first screen): the observer
    // tells when it is.
    if r.width() == 0.0 && r.height() == 0.0 {
        return false;
    }
    r.top() < (1.0 + NEAR_SCREENS) * h && r.bottom() > -NEAR_SCREENS * h
}

/// The observers of one chart element, kept alive with it; [`Watch::stop`] disconnects them.
#[derive(Default)]
pub struct Watch {
    resize: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut(js_sys::Array)>>,
    near: Option<web_sys::IntersectionObserver>,
    _on_near: Option<Closure<dyn FnMut(js_sys::Array)>>,
    on_print: Option<Closure<dyn FnMut()>>,
}

impl Watch {
    /// Calls `on_size` with the element's size whenever it changes (the container can change size
    /// without the window doing so), and sets `near` once the element comes within a screen of
    /// the viewport (charts further down start when the reader scrolls towards them: a long view
    /// does not pay for all of ECharts' first renders at once) or the page is about to print.
    pub fn start(el: &web_sys::HtmlElement, mut on_size: impl FnMut((i32, i32)) + 'static, near: RwSignal<bool>) -> Watch {
        let mut w = Watch::default();
        let el2 = el.clone();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| on_size((el2.client_width(), el2.client_height())));
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(el);
            w.resize = Some(obs);
        }
        w._on_resize = Some(cb);

        let watching = std::rc::Rc::new(std::cell::RefCell::new(None::<web_sys::IntersectionObserver>));
        let watching2 = watching.clone();
        let on_near = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if !near.get_untracked() && entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting()) {
                near.set(true);
                // Once near, always near: nothing more to watch.
                if let Some(obs) = watching2.borrow_mut().take() {
                    obs.disconnect();
                }
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin(&format!("{}% 0px", crate::i18n::js_number(NEAR_SCREENS * 100.0)));
        if let Ok(obs) = web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &init) {
            obs.observe(el);
            *watching.borrow_mut() = Some(obs.clone());
            w.near = Some(obs);
        }
        w._on_near = Some(on_near);
        // A printout shows every chart, not only those the reader scrolled to.
        let on_print = Closure::<dyn FnMut()>::new(move || {
            PRINTING.with(|p| p.set(true));
            near.set(true);
        });
        if let Some(win) = web_sys::window() {
            let _ = win.add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
        }
        w.on_print = Some(on_print);
        w
    }

    pub fn started(&self) -> bool {
        self.resize.is_some()
    }

    pub fn stop(&mut self) {
        if let Some(obs) = self.resize.take() {
            obs.disconnect();
        }
        if let Some(obs) = self.near.take() {
            obs.disconnect();
        }
        if let (Some(w), Some(f)) = (web_sys::window(), self.on_print.take()) {
            let _ = w.remove_event_listener_with_callback("beforeprint", f.as_ref().unchecked_ref());
        }
        self._on_near = None;
        self._on_resize = None;
    }
}
