//! One of the report's policy tables (1, 4, 5) in the shared card frame: filtered by the view's
//! search (`q`), with its sources and tools like every chart.

use super::card_frame::{CardFrame, CardStatus};
use super::data_table::table_region_label;
use super::sources_panel::Provenance;
use crate::catalog::{Family, Figure};
use crate::data::texts::{Policies, PolicyTable};
use crate::i18n::{fill, Msg};
use crate::transform::policy;
use crate::web::ctx::use_ctx;
use crate::web::loader::{use_data, Resource};
use leptos::prelude::*;

#[component]
pub fn PolicyCard(figure: &'static Figure) -> impl IntoView {
    let Family::Policy { table: number } = figure.family else { return ().into_any() };
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Policies> = use_data(figure.resource);
    let query = Memo::new(move |_| ctx.state.with(|s| s.search.clone()));
    let table: Memo<Option<PolicyTable>> = Memo::new(move |_| data.get().and_then(|r| r.ok()).and_then(|p| p.tables.iter().find(|t| t.number == number).cloned()));
    let rows = Memo::new(move |_| table.with(|t| t.as_ref().map(|t| policy::shown_rows(t, &query.get())).unwrap_or_default()));
    let status = Memo::new(move |_| CardStatus::of(data.get().as_ref(), |p: &Policies| Provenance::from(p)));
    let title = Signal::derive(move || {
        let l = lang.get();
        table
            .with(|t| t.as_ref().map(|t| format!("{} {}", fill(Msg::TableN.text(l), &[("n", &number.to_string())]), l.pick(&t.title))))
            .unwrap_or_else(|| l.pick(&figure.title).to_string())
    });
    let subtitle = Signal::derive(move || {
        let total = table.with(|t| t.as_ref().map(|t| t.rows.len()).unwrap_or(0));
        fill(Msg::RowsShown.text(lang.get()), &[("n", &rows.with(Vec::len).to_string()), ("total", &total.to_string())])
    });
    let csv = Signal::derive(move || table.with(|t| t.as_ref().map(|t| policy::csv(t, &query.get(), lang.get()))));
    view! {
        <CardFrame figure=figure status=status retry=Callback::new(move |_| data.refetch()) title=title subtitle=subtitle csv=csv stem=Signal::derive(move || figure.id.to_string()) live_subtitle=true>
            <div class="table-wrap" tabindex="0" role="region" aria-label=move || table_region_label(&title.get(), lang.get())>
                <table class="policy-table">
                    <thead>
                        <tr>{move || table.with(|t| t.as_ref().map(|t| t.columns.iter().map(|c| view! { <th scope="col">{lang.get().pick(c).to_string()}</th> }).collect_view()))}</tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = lang.get();
                            table.with(|t| {
                                t.as_ref().map(|t| {
                                    rows.get()
                                        .into_iter()
                                        .map(|r| {
                                            let cells = t.rows[r].cells.iter().enumerate().map(|(i, c)| {
                                                let text = l.pick(c).to_string();
                                                let number = policy::is_number(&text);
                                                // Its column's name, which a phone shows above it (style/main.css).
                                                let column = t.columns.get(i).map(|h| l.pick(h).to_string()).unwrap_or_default();
                                                view! { <td class:num=number data-label=column>{text.lines().map(|line| view! { <span class="cell-line">{line.to_string()}</span> }).collect_view()}</td> }
                                            }).collect_view();
                                            view! { <tr data-row=r>{cells}</tr> }
                                        })
                                        .collect_view()
                                })
                            })
                        }}
                    </tbody>
                </table>
            </div>
            <p class="table-source">
                {move || table.with(|t| t.as_ref().and_then(|t| t.source.as_ref()).map(|s| fill(Msg::TableSource.text(lang.get()), &[("source", lang.get().pick(s))]))).unwrap_or_default()}
            </p>
        </CardFrame>
    }
    .into_any()
}
