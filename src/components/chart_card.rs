//! One chart as readers meet it: title, unit line, chart ⇄ table tabs, source line, sources & notes.
//! Its container carries `data-chart="<resource>"` (the datapackage resource name) and
//! `data-chart-id` (which chart of that resource), the hooks automated checks rely on.

use crate::app::use_ctx;
use crate::charts::echart::EChart;
use crate::components::data_table::DataTable;
use crate::components::sources_panel::{source_line, SourcesPanel};
use crate::data::loader::LoadError;
use crate::data::Dataset;
use crate::i18n::Msg;
use crate::state::Tab;
use crate::transform::Table;
use leptos::prelude::*;
use std::sync::Arc;

pub type DataResource = LocalResource<Result<Arc<Dataset>, LoadError>>;

/// Loads a data file once; every card of the view shares the resource.
pub fn use_dataset(name: &'static str) -> DataResource {
    LocalResource::new(move || crate::data::loader::load(name))
}

#[component]
pub fn ChartCard(
    resource: &'static str,
    #[prop(into)] chart_id: String,
    data: DataResource,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] subtitle: Signal<String>,
    /// The ECharts option as JSON; `None` until the data is there.
    #[prop(into)]
    option: Signal<Option<String>>,
    #[prop(into)] table: Signal<Option<Table>>,
    /// A text description of the chart for screen readers.
    #[prop(into)]
    summary: Signal<String>,
) -> impl IntoView {
    let ctx = use_ctx();
    let tab = Memo::new(move |_| ctx.state.with(|s| s.tab));
    let lang = ctx.lang;
    let id = chart_id.clone();
    let tab_id = move |t: Tab| format!("{id}-tab-{}", t.code());
    let id = chart_id.clone();
    let panel_id = move |t: Tab| format!("{id}-panel-{}", t.code());
    let title_id = format!("{chart_id}-title");
    let labelled_by = title_id.clone();

    let tab_button = {
        let tab_id = tab_id.clone();
        let panel_id = panel_id.clone();
        move |t: Tab| {
            let label = match t {
                Tab::Chart => Msg::TabChart,
                Tab::Table => Msg::TabTable,
            };
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(t)
                    aria-controls=panel_id(t)
                    aria-selected=move || (tab.get() == t).to_string()
                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                    data-tab=t.code()
                    on:click=move |_| ctx.update(false, |s| s.tab = t)
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        // Arrow keys move between the two tabs (WAI-ARIA tabs pattern).
                        if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End") {
                            ev.prevent_default();
                            let next = if t == Tab::Chart { Tab::Table } else { Tab::Chart };
                            ctx.update(false, |s| s.tab = next);
                        }
                    }
                >
                    {move || label.text(lang.get())}
                </button>
            }
        }
    };

    let body = move || match data.get() {
        None => view! { <p class="loading" aria-busy="true">{Msg::Loading.text(lang.get())}</p> }.into_any(),
        Some(Err(e)) => {
            web_sys::console::warn_1(&format!("data {resource}: {}", e.0).into());
            view! {
                <div class="load-error" role="alert" data-error=resource>
                    <p>{move || Msg::LoadError.text(lang.get())}</p>
                    <p class="error-detail"><code>{e.0.clone()}</code></p>
                    <button type="button" on:click=move |_| data.refetch()>
                        {move || Msg::Retry.text(lang.get())}
                    </button>
                </div>
            }
            .into_any()
        }
        Some(Ok(ds)) => {
            let ds_line = ds.clone();
            let panel_id = panel_id.clone();
            let tab_id = tab_id.clone();
            view! {
                <div
                    role="tabpanel"
                    class="panel chart-panel"
                    id=panel_id(Tab::Chart)
                    aria-labelledby=tab_id(Tab::Chart)
                    hidden=move || tab.get() != Tab::Chart
                >
                    <EChart option=Signal::derive(move || option.get().unwrap_or_default()) label=summary />
                </div>
                <div
                    role="tabpanel"
                    class="panel table-panel"
                    id=panel_id(Tab::Table)
                    aria-labelledby=tab_id(Tab::Table)
                    hidden=move || tab.get() != Tab::Table
                >
                    <DataTable table=table caption=title />
                </div>
                <p class="source-line">{move || source_line(&ds_line, lang.get())}</p>
                <SourcesPanel ds=ds />
            }
            .into_any()
        }
    };

    view! {
        <section class="chart-card" data-chart=resource data-chart-id=chart_id.clone() aria-labelledby=labelled_by>
            <div class="card-head">
                <div>
                    <h2 id=title_id.clone()>{move || title.get()}</h2>
                    <p class="chart-subtitle">{move || subtitle.get()}</p>
                </div>
                <div role="tablist" class="tabs" aria-label=move || Msg::ViewAs.text(lang.get())>
                    {tab_button(Tab::Chart)}
                    {tab_button(Tab::Table)}
                </div>
            </div>
            {body}
        </section>
    }
}
