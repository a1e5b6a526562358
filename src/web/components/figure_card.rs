//! A figure of the catalog as a card: its data loaded, its card built by the pure
//! `charts::figure::build` under the reader's filters, drawn in the shared frame. One component
//! for every figure family: series, ranked and compare charts, the explorer's chart, and (through
//! `policy_card`) the policy tables.

use super::card_frame::{CardFrame, CardStatus, CardTab, TabPanel};
use super::data_table::DataTable;
use super::policy_card::PolicyCard;
use super::sources_panel::Provenance;
use crate::catalog::story::Annotation;
use crate::catalog::{Family, Figure};
use crate::charts::annotate;
use crate::charts::figure::{build, Built, Filters};
use crate::data::explorer::Explorer;
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::i18n::Msg;
use crate::state::{Layout, Tab};
use crate::transform::csv::table_csv;
use crate::transform::explorer::{as_dataset, ranking_dataset};
use crate::web::ctx::use_ctx;
use crate::web::echarts::{toggle_series, EChart};
use crate::web::loader::{use_data, LoadError, Resource};
use leptos::prelude::*;
use std::sync::Arc;

type Loaded = Option<Result<Arc<Dataset>, LoadError>>;

/// Whether a load outcome changed: datasets by identity (not by comparing their contents).
fn changed(a: Option<&Loaded>, b: Option<&Loaded>) -> bool {
    match (a, b) {
        (Some(Some(Ok(x))), Some(Some(Ok(y)))) => !Arc::ptr_eq(x, y),
        (Some(x), Some(y)) => x != y,
        _ => true,
    }
}

#[component]
pub fn FigureCard(
    figure: &'static Figure,
    /// Readings drawn on the chart (a story step's, `catalog::story`).
    #[prop(optional)]
    notes: &'static [Annotation],
) -> impl IntoView {
    match figure.family {
        Family::Policy { .. } => view! { <PolicyCard figure=figure /> }.into_any(),
        Family::Explorer | Family::ExplorerRank => {
            // The chosen nationalities' totals over the chosen classes, or every origin's for a
            // ranking, as an ordinary dataset; made again only when what it sums changes (not
            // when a ranking's year does).
            let ctx = use_ctx();
            let niv: Resource<Explorer> = use_data(figure.resource);
            let ranks = figure.family == Family::ExplorerRank;
            let picks = Memo::new(move |_| ctx.state.with(|s| (if ranks { vec![] } else { s.regions.clone() }, s.categories.clone(), s.layout == Layout::RankGroups)));
            let make = move |e: &Explorer, (n, c, groups): &(Vec<String>, Vec<String>, bool)| if ranks { ranking_dataset(e, c, *groups) } else { as_dataset(e, n, c) };
            let data = Memo::new_with_compare(move |_| niv.get().map(|r| r.map(|e| picks.with(|p| Arc::new(make(&e, p))))), changed);
            view! { <ChartFigure figure=figure notes=notes data=data retry=Callback::new(move |_| niv.refetch()) /> }.into_any()
        }
        _ => {
            let file: Resource<Dataset> = use_data(figure.resource);
            view! { <ChartFigure figure=figure notes=notes data=Signal::derive(move || file.get()) retry=Callback::new(move |_| file.refetch()) /> }.into_any()
        }
    }
}

#[component]
fn ChartFigure(figure: &'static Figure, notes: &'static [Annotation], #[prop(into)] data: Signal<Loaded>, retry: Callback<()>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let events: Option<Resource<Events>> = figure.events().map(|_| use_data("events"));
    // Only what charts read: a tab switch or a search does not rebuild the card.
    let filters = Memo::new(move |_| ctx.state.with(Filters::of));
    let dataset = move || data.get().and_then(|r| r.ok());
    // The chart's layout width, measured by the chart itself before it first draws.
    let width = RwSignal::new(0u32);
    let built = Memo::new(move |_| {
        let ds = dataset()?;
        // A chart that marks the report's events waits for them (a file that failed draws it
        // without): drawn first without them, it was drawn again a moment later, its plot moved.
        let ev = match events.map(|e| e.get()) {
            Some(None) => return None,
            loaded => loaded.flatten().and_then(|r| r.ok()),
        };
        let look = ctx.look(width.get());
        build(figure, &ds, ev.as_deref(), &filters.get(), &look).map(|b| annotated(b, notes, &look))
    });
    // The same card laid out for another width: the images of a set size (social, portrait).
    let built_at = Callback::new(move |w: u32| {
        let ds = dataset()?;
        let ev = events.and_then(|e| e.get_untracked()).and_then(|r| r.ok());
        let look = ctx.look(w);
        build(figure, &ds, ev.as_deref(), &filters.get_untracked(), &look).map(|b| annotated(b, notes, &look))
    });
    // The sources, errata and date of what this chart draws, not of its whole file.
    let drawn = Memo::new(move |_| built.with(|b| b.as_ref().map(|b| b.drawn.clone()).unwrap_or_default()));
    let status = Memo::new(move |_| CardStatus::of(data.get().as_ref(), |d: &Dataset| Provenance::of_drawn(d, &drawn.get())));
    let title = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.title.clone())).unwrap_or_else(|| figure.title_before_data(lang.get())));
    let subtitle = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.subtitle.clone())).unwrap_or_default());
    let table = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.table.clone())));
    let option = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.option.clone())).unwrap_or_default());
    let summary = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.summary.clone())).unwrap_or_default());
    let csv = Signal::derive(move || table.with(|t| t.as_ref().map(|t| table_csv(t, lang.get()))));
    let stem = Signal::derive(move || built.with(|b| b.as_ref().map(|b| b.stem.clone())).unwrap_or_else(|| figure.id.to_string()));
    let hidden = figure.region().map(|r| Signal::derive(move || !ctx.state.with(|s| s.regions.iter().any(|x| x == r))));
    let tabs = CardTab::new(figure.id);
    view! {
        <CardFrame tabs=tabs figure=figure status=status retry=retry title=title subtitle=subtitle csv=csv stem=stem dataset=Signal::derive(dataset) built=built built_at=built_at hidden=hidden>
            {figure.note.map(|n| view! { <p class="chart-note">{move || lang.get().pick(&n).to_string()}</p> })}
            {move || built.with(|b| b.as_ref().map(|b| b.notes.iter().map(|n| view! { <p class="chart-note">{n.clone()}</p> }).collect_view()))}
            <TabPanel chosen=tabs tab=Tab::Chart>
                <Legend built=built />
                // A new chart when the language changes (ECharts' own texts), and only then: built
                // untracked, so nothing its setup reads makes it again.
                {move || {
                    let l = lang.get();
                    untrack(move || view! { <EChart option=option label=summary lang=l width=width height=Signal::derive(move || built.with(|b| b.as_ref().and_then(|b| b.height))) /> })
                }}
                <ChartKey built=built />
            </TabPanel>
            <TabPanel chosen=tabs tab=Tab::Table>
                <DataTable table=table caption=title />
            </TabPanel>
        </CardFrame>
    }
}

fn annotated(mut b: Built, notes: &[Annotation], look: &crate::charts::Look) -> Built {
    annotate::apply(&mut b, notes, look);
    b
}

/// The chart's series above it, as buttons that show or hide each (HTML, so it wraps on any width
/// and never covers the plot).
#[component]
fn Legend(built: Memo<Option<crate::charts::figure::Built>>) -> impl IntoView {
    let lang = use_ctx().lang;
    let items = Memo::new(move |_| built.with(|b| b.as_ref().map(|b| b.legend.clone()).unwrap_or_default()));
    // A new option shows every series again.
    let hidden = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        built.track();
        hidden.set(vec![]);
    });
    let list = NodeRef::<leptos::html::Ul>::new();
    view! {
        <Show when=move || items.with(|i| i.len() > 1)>
            <ul class="legend" node_ref=list aria-label=move || Msg::ToggleSeries.text(lang.get())>
                <For each=move || items.get() key=|i| (i.name.clone(), i.colour) let:item>
                    {
                        let name = item.name.clone();
                        let shown_name = name.clone();
                        let on = move || !hidden.with(|h| h.contains(&shown_name));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="legend-item"
                                    aria-pressed=move || on().to_string()
                                    on:click=move |_| {
                                        let card = list.get().and_then(|l| l.closest("section").ok().flatten());
                                        if let Some(card) = card {
                                            toggle_series(&card, &name);
                                        }
                                        hidden.update(|h| match h.iter().position(|x| *x == name) {
                                            Some(i) => {
                                                h.remove(i);
                                            }
                                            None => h.push(name.clone()),
                                        });
                                    }
                                >
                                    <span class="swatch" style=format!("background:{}", item.colour)></span>
                                    {item.name.clone()}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}

/// Under the chart: what its marks mean, and the report's events it marks, by number.
#[component]
fn ChartKey(built: Memo<Option<crate::charts::figure::Built>>) -> impl IntoView {
    let lang = use_ctx().lang;
    let key = Memo::new(move |_| built.with(|b| b.as_ref().map(|b| b.key_lines().cloned().collect::<Vec<_>>()).unwrap_or_default()));
    let events = Memo::new(move |_| built.with(|b| b.as_ref().map(|b| b.events.clone()).unwrap_or_default()));
    view! {
        <Show when=move || key.with(|k| !k.is_empty())>
            <p class="chart-key" data-key="marks">{move || key.get().into_iter().map(|k| view! { <span>{k}</span> }).collect_view()}</p>
        </Show>
        <Show when=move || events.with(|e| !e.is_empty())>
            <div class="chart-events" data-key="events">
                <p class="chart-events-title">{move || Msg::EventsHeading.text(lang.get())}</p>
                <ul>{move || events.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}
