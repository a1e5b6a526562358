//! One chart as readers meet it: title, unit line, chart ⇄ table tabs, source line, sources & notes.
//! Its container carries `data-chart="<resource>"` (the datapackage resource name) and
//! `data-chart-id` (which chart of that resource), the hooks automated checks rely on.

use crate::app::use_ctx;
use crate::charts::echart::EChart;
use crate::components::card_tools::CardTools;
use crate::components::data_table::DataTable;
use crate::components::sources_panel::{source_line, Provenance, SourcesPanel};
use crate::data::loader::{load, LoadError, Loadable};
use crate::i18n::Msg;
use crate::state::Tab;
use crate::transform::Table;
use leptos::prelude::*;
use std::sync::Arc;

pub type Resource<T> = LocalResource<Result<Arc<T>, LoadError>>;

/// Loads a data file once; the loader's cache makes every later call free.
pub fn use_data<T: Loadable>(name: &'static str) -> Resource<T> {
    LocalResource::new(move || load::<T>(name))
}

/// A card's note (the spec's bilingual sentence above the chart) in the page language.
pub fn note_in(note: Option<crate::data::Text>, lang: Memo<crate::i18n::Lang>) -> Option<Signal<String>> {
    note.map(|n| Signal::derive(move || lang.get().pick(&n).to_string()))
}

/// Where a card's data stand.
#[derive(Clone, Debug, PartialEq)]
pub enum CardStatus {
    Loading,
    Failed(String),
    Ready(Arc<Provenance>),
}

/// A card's status from its data resource.
pub fn status_of<T: Loadable>(data: Resource<T>, provenance: impl Fn(&T) -> Provenance + Send + Sync + 'static) -> Memo<CardStatus> {
    Memo::new(move |_| match data.get() {
        None => CardStatus::Loading,
        Some(Err(e)) => CardStatus::Failed(e.0),
        Some(Ok(d)) => CardStatus::Ready(Arc::new(provenance(&d))),
    })
}

#[component]
pub fn ChartCard(
    resource: &'static str,
    #[prop(into)] chart_id: String,
    #[prop(into)] status: Signal<CardStatus>,
    retry: Callback<()>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] subtitle: Signal<String>,
    /// The ECharts option as JSON; `None` until the data is there.
    #[prop(into)]
    option: Signal<Option<String>>,
    #[prop(into)] table: Signal<Option<Table>>,
    /// A text description of the chart for screen readers.
    #[prop(into)]
    summary: Signal<String>,
    #[prop(into, optional)] tooltips: Signal<Vec<String>>,
    /// A sentence shown above the chart (e.g. "the full series is not published").
    #[prop(optional_no_strip)]
    note: Option<Signal<String>>,
    /// The chart's dataset, for the full-data downloads.
    #[prop(into, optional)]
    dataset: Signal<Option<Arc<crate::data::Dataset>>>,
    /// For charts of a single year (rankings): that year, as `data-year` on the card.
    #[prop(optional)]
    year: Option<i32>,
    /// Hidden but kept (with its chart) while true: a region's card when the region is off, so
    /// turning it back on is instant.
    #[prop(optional_no_strip)]
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let ctx = use_ctx();
    let tab = Memo::new(move |_| ctx.state.with(|s| s.tab));
    let lang = ctx.lang;
    let id = chart_id.clone();
    // With `chart=` in the URL only that chart of the view is shown (focus and embeds).
    let shown = Memo::new(move |_| ctx.state.with(|s| s.chart.as_ref().is_none_or(|c| *c == id)));
    let tab_id = {
        let id = chart_id.clone();
        move |t: Tab| format!("{id}-tab-{}", t.code())
    };
    let panel_id = {
        let id = chart_id.clone();
        move |t: Tab| format!("{id}-panel-{}", t.code())
    };
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
            let other_id = tab_id(if t == Tab::Chart { Tab::Table } else { Tab::Chart });
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
                            crate::app::focus_by_id(&other_id);
                        }
                    }
                >
                    {move || label.text(lang.get())}
                </button>
            }
        }
    };

    let tools_id = chart_id.clone();
    // The full dashboard at the same state, for readers of an embed.
    let full_link = move || {
        let mut s = ctx.state.get();
        s.embed = false;
        s.chart = None;
        format!("?{}", crate::state::url::serialize(&s))
    };
    let body = move || match status.get() {
        CardStatus::Loading => view! { <p class="loading" aria-busy="true">{move || Msg::Loading.text(lang.get())}</p> }.into_any(),
        CardStatus::Failed(e) => {
            web_sys::console::warn_1(&format!("data {resource}: {e}").into());
            view! {
                <div class="load-error" role="alert" data-error=resource>
                    <p>{move || Msg::LoadError.text(lang.get())}</p>
                    <p class="error-detail"><code>{e.clone()}</code></p>
                    <button type="button" on:click=move |_| retry.run(())>
                        {move || Msg::Retry.text(lang.get())}
                    </button>
                </div>
            }
            .into_any()
        }
        CardStatus::Ready(p) => {
            let line_p = p.clone();
            let tools_p = p.clone();
            let source = Signal::derive(move || source_line(&tools_p, lang.get()));
            let panel_id = panel_id.clone();
            let tab_id = tab_id.clone();
            view! {
                {note.map(|n| view! { <p class="chart-note">{move || n.get()}</p> })}
                <div
                    role="tabpanel"
                    class="panel chart-panel"
                    id=panel_id(Tab::Chart)
                    aria-labelledby=tab_id(Tab::Chart)
                    hidden=move || tab.get() != Tab::Chart
                >
                    {move || {
                        let l = lang.get();
                        view! { <EChart option=Signal::derive(move || option.get().unwrap_or_default()) label=summary tooltips=tooltips lang=l /> }
                    }}
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
                <p class="source-line">{move || source_line(&line_p, lang.get())}</p>
                <SourcesPanel provenance=p />
                <CardTools chart_id=tools_id.clone() resource=resource title=title source=source table=table dataset=dataset card=section />
                <Show when=move || ctx.state.with(|s| s.embed)>
                    <p class="open-full">
                        <a href=move || full_link() target="_blank" rel="external noopener">{move || Msg::OpenFull.text(lang.get())}</a>
                    </p>
                </Show>
            }
            .into_any()
        }
    };

    let card_id = chart_id.clone();
    view! {
        <Show when=move || shown.get()>
            <section node_ref=section class="chart-card" hidden=move || hidden.is_some_and(|h| h.get()) data-year=year data-chart=resource data-chart-id=card_id.clone() aria-labelledby=labelled_by.clone()>
                <div class="card-head">
                    <div>
                        <h2 id=title_id.clone()>{move || title.get()}</h2>
                        <p class="chart-subtitle">{move || subtitle.get()}</p>
                    </div>
                    <div role="tablist" class="tabs" aria-label=move || Msg::ViewAs.text(lang.get())>
                        {tab_button.clone()(Tab::Chart)}
                        {tab_button.clone()(Tab::Table)}
                    </div>
                </div>
                {body.clone()}
            </section>
        </Show>
    }
}
