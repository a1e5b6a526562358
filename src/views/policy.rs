//! Policy (tables 1, 4, 5): the report's policy tables, readable and searchable in both languages.
//! The search text lives in the URL (`q`), so a filtered table can be shared.

use crate::app::use_ctx;
use crate::components::chart_card::{use_data, Resource};
use crate::data::texts::{Policies, PolicyTable};
use crate::i18n::{fill, Msg};
use leptos::prelude::*;

fn matches(t: &PolicyTable, row: usize, q: &str) -> bool {
    let q = q.trim().to_lowercase();
    q.is_empty() || t.rows[row].cells.iter().any(|c| c.zh.to_lowercase().contains(&q) || c.en.to_lowercase().contains(&q))
}

#[component]
pub fn Policy() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Policies> = use_data("policies");
    let query = Memo::new(move |_| ctx.state.with(|s| s.search.clone()));
    let tables = move || match data.get() {
        None => view! { <p class="loading">{move || Msg::Loading.text(lang.get())}</p> }.into_any(),
        Some(Err(e)) => view! {
            <div class="load-error" role="alert" data-error="policies">
                <p>{move || Msg::LoadError.text(lang.get())}</p>
                <p class="error-detail"><code>{e.0.clone()}</code></p>
                <button type="button" on:click=move |_| data.refetch()>{move || Msg::Retry.text(lang.get())}</button>
            </div>
        }
        .into_any(),
        Some(Ok(p)) => {
            let p = StoredValue::new(p);
            p.with_value(|p| p.tables.iter().map(|t| t.number).collect::<Vec<_>>())
                .into_iter()
                .map(|n| view! { <PolicyCard policies=p number=n query=query /> })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <div class="view" data-view="policy">
            <div class="controls" role="search">
                <label class="control search">
                    {move || Msg::SearchPolicies.text(lang.get())}
                    " "
                    <input
                        type="search"
                        name="q"
                        maxlength="100"
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            // Typing replaces the history entry: one step per search, not per key.
                            ctx.update(true, |s| s.search = v.chars().take(100).collect());
                        }
                    />
                </label>
            </div>
            {tables}
        </div>
    }
}

#[component]
fn PolicyCard(policies: StoredValue<std::sync::Arc<Policies>>, number: u32, query: Memo<String>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let id = format!("policy-table-{number}");
    let shown = {
        let id = id.clone();
        Memo::new(move |_| ctx.state.with(|s| s.chart.as_ref().is_none_or(|c| *c == id)))
    };
    let table = move || policies.with_value(|p| p.tables.iter().find(|t| t.number == number).cloned());
    let count = Memo::new(move |_| table().map(|t| (0..t.rows.len()).filter(|&r| matches(&t, r, &query.get())).count()).unwrap_or(0));
    view! {
        <Show when=move || shown.get()>
            <section class="chart-card policy-card" data-chart="policies" data-chart-id=id.clone()>
                <h2>{move || table().map(|t| format!("{} {}", fill(Msg::TableN.text(lang.get()), &[("n", &number.to_string())]), lang.get().pick(&t.title))).unwrap_or_default()}</h2>
                <p class="chart-subtitle" aria-live="polite">
                    {move || fill(Msg::RowsShown.text(lang.get()), &[("n", &count.get().to_string()), ("total", &table().map(|t| t.rows.len()).unwrap_or(0).to_string())])}
                </p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || table().map(|t| lang.get().pick(&t.title).to_string()).unwrap_or_default()>
                    <table class="policy-table">
                        <thead>
                            <tr>{move || table().map(|t| t.columns.iter().map(|c| view! { <th scope="col">{lang.get().pick(c).to_string()}</th> }).collect_view())}</tr>
                        </thead>
                        <tbody>
                            {move || {
                                let q = query.get();
                                table().map(|t| {
                                    (0..t.rows.len())
                                        .filter(|&r| matches(&t, r, &q))
                                        .map(|r| {
                                            let cells = t.rows[r].cells.clone();
                                            view! {
                                                <tr data-row=r>
                                                    {cells.into_iter().map(|c| {
                                                        let text = lang.get().pick(&c).to_string();
                                                        view! { <td>{text.lines().map(|l| view! { <span class="cell-line">{l.to_string()}</span> }).collect_view()}</td> }
                                                    }).collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                })
                            }}
                        </tbody>
                    </table>
                </div>
                <p class="source-line">
                    {move || table().and_then(|t| t.source.clone()).map(|s| format!("{}{}", if lang.get() == crate::i18n::Lang::Zh { "资料来源：" } else { "Source: " }, lang.get().pick(&s))).unwrap_or_default()}
                </p>
            </section>
        </Show>
    }
}
