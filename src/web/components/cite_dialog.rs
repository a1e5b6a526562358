//! The citation dialog: a work in the four styles (`crate::cite`), each with a copy button. Cards
//! open it for their chart; the footer for the dashboard and the report.

use crate::cite::{cite, Day, Release, Style, Work};
use crate::i18n::{Lang, Msg};
use crate::web::ctx::use_ctx;
use leptos::prelude::*;

/// One work's citations, under a heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Citations {
    pub heading: String,
    pub texts: Vec<(Style, String)>,
}

/// Today, by the reader's clock: the access date.
pub fn today() -> Day {
    let d = js_sys::Date::new_0();
    Day { year: d.get_full_year() as i32, month: d.get_month() + 1, day: d.get_date() }
}

/// The data release written into the page by the build (`page::boot_config`).
pub fn page_release() -> Option<(String, String)> {
    let text = web_sys::window()?.document()?.get_element_by_id(crate::page::BOOT_CONFIG_ID)?.text_content()?;
    crate::page::release_in(&text)
}

/// `work` in every style, in `lang`, seen today.
pub fn citations(heading: String, work: &Work, lang: Lang) -> Citations {
    let (version, created) = page_release().unwrap_or_else(|| ("—".into(), "—".into()));
    let release = Release { version: &version, created: &created };
    let day = today();
    Citations { heading, texts: Style::ALL.iter().map(|s| (*s, cite(*s, work, &release, day, lang))).collect() }
}

/// `navigator.clipboard.writeText`, without failing where it is missing.
pub fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return false };
    let Ok(clip) = js_sys::Reflect::get(&nav, &"clipboard".into()) else { return false };
    let Ok(f) = js_sys::Reflect::get(&clip, &"writeText".into()) else { return false };
    match f.dyn_ref::<js_sys::Function>() {
        Some(f) => f.call1(&clip, &wasm_bindgen::JsValue::from_str(text)).is_ok(),
        None => false,
    }
}

/// A modal dialog listing `works`; the caller fills `works` and calls `show_modal` on `dialog`.
#[component]
pub fn CiteDialog(dialog: NodeRef<leptos::html::Dialog>, id: String, title: Msg, #[prop(into)] works: Signal<Vec<Citations>>) -> impl IntoView {
    let lang = use_ctx().lang;
    let (said, set_said) = signal(String::new());
    let title_id = format!("{id}-cite-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="cite-dialog" aria-labelledby=labelled_by data-dialog="cite">
            // Focus opens on the heading: the citations are not in the dialog yet when it opens,
            // and its first control then was "Close", at the bottom, out of sight.
            <h3 id=title_id tabindex="-1" autofocus>{move || title.text(lang.get())}</h3>
            <p>{move || Msg::CiteHelp.text(lang.get())}</p>
            {move || {
                works
                    .get()
                    .into_iter()
                    .map(|w| {
                        let items = w
                            .texts
                            .into_iter()
                            .map(|(style, text)| {
                                let copied = text.clone();
                                view! {
                                    <div class="citation" data-style=style.code()>
                                        <p class="style-name">{style.name()}</p>
                                        <pre>{text}</pre>
                                        <button type="button" data-copy=style.code() on:click=move |_| {
                                            let ok = copy_text(&copied);
                                            set_said.set(if ok { Msg::Copied } else { Msg::CopyFailed }.text(lang.get_untracked()).to_string());
                                        }>{move || Msg::Copy.text(lang.get())} " " {style.name()}</button>
                                    </div>
                                }
                            })
                            .collect_view();
                        view! {
                            <section class="citations">
                                <h4>{w.heading}</h4>
                                {items}
                            </section>
                        }
                    })
                    .collect_view()
            }}
            <p class="tool-status" role="status" aria-live="polite">{move || said.get()}</p>
            <div class="dialog-buttons">
                <button type="button" data-action="close" on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>{move || Msg::Close.text(lang.get())}</button>
            </div>
        </dialog>
    }
}
