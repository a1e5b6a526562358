//! A type-ahead picker: a text box with the browser's own suggestion list (keyboard- and
//! screen-reader-friendly), and the picks as removable chips. The explorer picks nationalities and
//! visa classes with it.

use crate::charts::palette;
use crate::i18n::Msg;
use crate::state::ViewState;
use crate::web::ctx::use_ctx;
use leptos::prelude::*;

/// Which list of the state a picker edits (and its URL key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerKey {
    /// `regions`: entities (the explorer's nationalities).
    Regions,
    /// `classes` / `levels`: categories (the explorer's visa classes).
    Categories,
}

impl PickerKey {
    /// The element ids' stem ("regions-input"), as the URL key says it.
    fn stem(self) -> &'static str {
        match self {
            PickerKey::Regions => "regions",
            PickerKey::Categories => "classes",
        }
    }

    fn set(self, s: &mut ViewState, codes: Vec<String>) {
        match self {
            PickerKey::Regions => s.regions = codes,
            PickerKey::Categories => s.categories = codes,
        }
    }
}

#[component]
pub fn Picker(
    key: PickerKey,
    label: Msg,
    /// (code, name in the page's language, name in the other) to choose from.
    #[prop(into)]
    options: Signal<Vec<(String, String, String)>>,
    selected: Memo<Vec<String>>,
    keep_one: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let list_id = format!("{}-options", key.stem());
    let write = move |codes: Vec<String>| ctx.update(false, |s| key.set(s, codes));
    // What became of the last name typed that matched no single option: said beside the box.
    let status = RwSignal::new(String::new());
    let add = move |text: String| {
        let t = crate::transform::lower(text.trim());
        status.set(String::new());
        if t.is_empty() {
            return false;
        }
        // A name in either language, the code, or a name that makes the code (the State
        // Department's own spelling: "Korea, South"); else the one name that contains it.
        let as_code = crate::data::explorer::slug(&t);
        let (found, partial) = options.with(|o| {
            let exact = o.iter().find(|(c, n, other)| [c, n, other].iter().any(|x| crate::transform::lower(x) == t) || *c == as_code).map(|(c, _, _)| c.clone());
            let partial: Vec<(String, String)> =
                o.iter().filter(|(_, n, other)| [n, other].iter().any(|x| crate::transform::lower(x).contains(&t))).map(|(c, n, _)| (c.clone(), n.clone())).collect();
            (exact, partial)
        });
        let l = lang.get_untracked();
        let found = match (found, partial.as_slice()) {
            (Some(c), _) => Some(c),
            (None, [(c, _)]) => Some(c.clone()),
            (None, []) => {
                status.set(crate::i18n::fill(Msg::PickerNoMatch.text(l), &[("text", text.trim())]));
                None
            }
            (None, many) => {
                let names: Vec<&str> = many.iter().take(4).map(|(_, n)| n.as_str()).collect();
                let more = if many.len() > 4 { Msg::ItemSep.text(l).to_string() + "…" } else { String::new() };
                status.set(crate::i18n::fill(Msg::PickerWhich.text(l), &[("text", text.trim()), ("names", &(names.join(Msg::ItemSep.text(l)) + &more))]));
                None
            }
        };
        match found {
            Some(code) if !selected.with(|s| s.contains(&code)) => {
                let mut v = selected.get_untracked();
                let name = options.with(|o| o.iter().find(|(c, _, _)| *c == code).map(|(_, n, _)| n.clone())).unwrap_or_else(|| code.clone());
                v.push(code);
                write(v);
                status.set(crate::i18n::fill(Msg::PickerAdded.text(l), &[("name", &name)]));
                true
            }
            _ => false,
        }
    };
    let stem = key.stem();
    let name_of = move |code: &str| options.with(|o| o.iter().find(|(c, _, _)| c == code).map(|(_, n, _)| n.clone())).unwrap_or_else(|| code.to_string());
    let input_id = format!("{}-input", key.stem());
    view! {
        <fieldset class="control picker" data-control=key.stem()>
            <legend>{move || label.text(lang.get())}</legend>
            <ul class="chips">
                <For each=move || selected.get() key=|c| c.clone() let:code>
                    {
                        let c2 = code.clone();
                        let name = move || name_of(&c2);
                        let c3 = code.clone();
                        let c4 = code.clone();
                        // The colour the chart gives it among the codes picked (`palette::regions`).
                        let swatch = move || {
                            selected.with(|s| {
                                let codes: Vec<&str> = s.iter().map(String::as_str).collect();
                                let i = codes.iter().position(|x| *x == c4).unwrap_or(0);
                                format!("background:{}", palette::regions(&codes).get(i).copied().unwrap_or("#7F7F7F"))
                            })
                        };
                        view! {
                            <li class="chip" data-code=code.clone()>
                                <span class="swatch" style=swatch></span>
                                {name.clone()}
                                <button
                                    type="button"
                                    class="chip-remove"
                                    aria-label=move || format!("{} {}", Msg::Remove.text(lang.get()), name())
                                    disabled=move || keep_one && selected.with(|s| s.len() <= 1)
                                    on:click=move |_| {
                                        let at = selected.with_untracked(|s| s.iter().position(|x| *x == c3)).unwrap_or(0);
                                        let v: Vec<String> = selected.get_untracked().into_iter().filter(|x| *x != c3).collect();
                                        write(v);
                                        status.set(crate::i18n::fill(Msg::PickerRemoved.text(lang.get_untracked()), &[("name", &name_of(&c3))]));
                                        focus_after_removal(stem, at);
                                    }
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <label for=input_id.clone() class="picker-label">{move || Msg::AddByName.text(lang.get())}</label>
            <input
                id=input_id
                type="text"
                list=list_id.clone()
                autocomplete="off"
                on:change=move |ev| {
                    let el = event_target::<web_sys::HtmlInputElement>(&ev);
                    if add(el.value()) {
                        el.set_value("");
                    }
                }
            />
            <p class="picker-status" role="status">{move || status.get()}</p>
            <datalist id=list_id>
                {move || options.get().into_iter().map(|(_, n, other)| view! { <option value=n.clone() label=(other != n).then_some(other)></option> }).collect_view()}
            </datalist>
        </fieldset>
    }
}

/// Focus, once a chip has gone, on the remove button now in its place (or the last one), else on
/// the name box: not lost to the page's top (the button pressed is gone).
fn focus_after_removal(stem: &'static str, at: usize) {
    crate::web::focus_soon(Box::new(move |d| {
        let picker = d.query_selector(&format!("[data-control=\"{stem}\"]")).ok().flatten()?;
        let buttons = picker.query_selector_all(".chip-remove:not([disabled])").ok()?;
        match buttons.length() {
            0 => picker.query_selector("input").ok().flatten(),
            n => buttons.item((at as u32).min(n - 1)).and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(b).ok()),
        }
    }));
}
