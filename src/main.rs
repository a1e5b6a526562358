//! Browser entry point: a panic hook that leaves a visible message instead of a blank page, then
//! mount the app. Natively this binary does nothing (the pipeline is `datagen`).

#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo) {
    let message = info.to_string();
    // In the console, for whoever debugs it ("panicked at <file>: <message>").
    web_sys::console::error_1(&message.as_str().into());
    // Plain DOM calls: the app itself may be what broke. The message is set as text, never HTML.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let Ok(card) = doc.create_element("div") else { return };
    card.set_class_name("panic-card");
    let _ = card.set_attribute("role", "alert");
    card.set_text_content(Some(&format!("页面出错，请刷新重试。The page hit an error; please reload. ({})", message.chars().take(300).collect::<String>())));
    let _ = body.prepend_with_node_1(&card);
    // A static first screen lying over the app flows under the message instead (style/main.css).
    if let Some(root) = doc.document_element() {
        root.set_class_name(&format!("{} no-app", root.class_name()));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(show_panic));
    // When this runs is the page's choice (public/boot.js opens `__appGate` for the loader).
    leptos::mount::mount_to_body(talent_flows::web::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("talent_flows runs in the browser: `make serve`. The data pipeline is `cargo run -p datagen`.");
}
