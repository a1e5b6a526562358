//! The table tab: the accessible twin of a chart, with the same numbers.

use crate::i18n::Msg;
use crate::transform::Table;
use leptos::prelude::*;

/// The name of a table's scrolling region: its card's title and "table", so it differs from the
/// card's own name (two landmarks must not share one).
pub fn table_region_label(title: &str, lang: crate::i18n::Lang) -> String {
    format!("{title} · {}", Msg::TabTable.text(lang))
}

fn year_of(key: &str) -> Option<i32> {
    key.parse().ok()
}

#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>, #[prop(into)] caption: Signal<String>) -> impl IntoView {
    let lang = crate::web::ctx::use_lang();
    // Read three times below, and often a derived signal: computed once per change, and the rows
    // rebuilt only when the table really changed (a filter click redraws a chart whose hidden
    // table may be the same).
    let table = Memo::new(move |_| table.get());
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || table_region_label(&caption.get(), lang.get())>
            <table>
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || table.get().map(|t| t.first).unwrap_or_else(|| Msg::Year.text(lang.get()).to_string())}</th>
                        {move || {
                            table
                                .get()
                                .map(|t| {
                                    t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()
                                })
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        table
                            .get()
                            .map(|t| {
                                t.rows
                                    .into_iter()
                                    .map(|r| {
                                        view! {
                                            <tr data-key=r.key.clone() data-year=year_of(&r.key)>
                                                <th scope="row">{r.label}</th>
                                                {r
                                                    .cells
                                                    .into_iter()
                                                    .map(|c| {
                                                        let raw = c.value.map(crate::i18n::js_number).unwrap_or_default();
                                                        let gap = c.value.is_none();
                                                        view! {
                                                            <td data-value=raw class:gap=gap>
                                                                {c.text}
                                                                {c
                                                                    .erratum
                                                                    .then(|| {
                                                                        view! {
                                                                            <sup
                                                                                class="erratum-mark"
                                                                                title=move || Msg::ErratumMark.text(lang.get())
                                                                            >
                                                                                "†"
                                                                            </sup>
                                                                        }
                                                                    })}
                                                            </td>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            })
                    }}
                </tbody>
            </table>
        </div>
        // The mark's explanation where a finger can read it (a title shows only on hover).
        <Show when=move || table.with(|t| t.as_ref().is_some_and(|t| t.rows.iter().any(|r| r.cells.iter().any(|c| c.erratum))))>
            <p class="table-note" data-note="errata">
                {move || Msg::ErratumNote.text(lang.get())}
                <a href=move || crate::page::errata_file(lang.get()) target="_blank" rel="external noopener">{move || Msg::FooterErrata.text(lang.get())}</a>
            </p>
        </Show>
    }
}
