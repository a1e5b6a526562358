//! Browser entry point: a panic hook that leaves a visible message instead of a blank page, then
//! mount the app. Natively this binary does nothing (the pipeline is `datagen`).

#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo) {
    // Plain DOM calls: the app itself may be what broke. The message is set as text, never HTML.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let Ok(card) = doc.create_element("div") else { return };
    card.set_class_name("panic-card");
    let _ = card.set_attribute("role", "alert");
    card.set_text_content(Some(&format!(
        "页面出错，请刷新重试。The page hit an error; please reload. ({})",
        info.to_string().chars().take(300).collect::<String>()
    )));
    let _ = body.prepend_with_node_1(&card);
}

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic(info);
    }));
    after_first_paint(|| leptos::mount::mount_to_body(talent_flows::app::App));
}

/// Runs `start` once the static first screen (src/prerender.rs) has been painted, so the reader
/// sees it before the app's mount takes the main thread — on a fast connection the wasm can be
/// ready before the first frame. Without a first screen (another view, an embed), or on a wide
/// screen, it runs at once; a hidden tab (no frames) starts after 200 ms.
#[cfg(target_arch = "wasm32")]
fn after_first_paint(start: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else {
        return start();
    };
    let Some(doc) = w.document() else {
        return start();
    };
    let shown = doc
        .get_element_by_id(talent_flows::findings::PRERENDER_ID)
        .is_some()
        && !doc
            .document_element()
            .and_then(|e| e.get_attribute("class"))
            .is_some_and(|c| c.split_whitespace().any(|x| x == "no-pre"));
    // On a wide screen the first chart is on the first screen too: the app starts at once, as
    // ECharts does (public/boot.js), and the text stays until it takes over.
    let narrow = w.inner_width().ok().and_then(|x| x.as_f64()).is_some_and(|x| x < 1000.0);
    if !shown || !narrow {
        return start();
    }
    let start = Rc::new(Cell::new(Some(Box::new(start) as Box<dyn FnOnce()>)));
    let run = {
        let start = start.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = start.take() {
                f();
            }
        })
    };
    // rAF runs just before a frame is painted; a task queued from it runs after that paint.
    let w2 = w.clone();
    let run_fn: js_sys::Function = run.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let on_frame = Closure::once_into_js(move || {
        let _ = w2.set_timeout_with_callback(&run_fn);
    });
    let _ = w.request_animation_frame(on_frame.unchecked_ref());
    let _ =
        w.set_timeout_with_callback_and_timeout_and_arguments_0(run.as_ref().unchecked_ref(), 200);
    run.forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("talent_flows runs in the browser: `make serve`. The data pipeline is `cargo run -p datagen`.");
}
