//! The frame every figure shares, whatever draws inside it: title and subtitle, the chart ⇄ table
//! tabs (for charts), the load error with its retry, the source line, sources & notes, the card's
//! tools (share, embed, download), and in an embed the link to the full dashboard. Its container
//! carries `data-chart="<resource>"` (the datapackage resource name) and `data-chart-id` (the
//! figure's catalog id), the hooks automated checks rely on.

use super::card_tools::CardTools;
use super::sources_panel::{source_line, Provenance, SourcesPanel};
use crate::catalog::Figure;
use crate::data::Dataset;
use crate::i18n::Msg;
use crate::provenance::as_of_line;
use crate::state::{url, Tab};
use crate::web::ctx::{focus_by_id, use_ctx};
use crate::web::loader::LoadError;
use leptos::prelude::*;
use std::sync::Arc;

/// Where a card's data stand.
#[derive(Clone, Debug, PartialEq)]
pub enum CardStatus {
    Loading,
    Failed(String),
    Ready(Arc<Provenance>),
}

impl CardStatus {
    /// The status of a loaded file (`None`: still loading).
    pub fn of<T>(loaded: Option<&Result<Arc<T>, LoadError>>, provenance: impl Fn(&T) -> Provenance) -> CardStatus {
        match loaded {
            None => CardStatus::Loading,
            Some(Err(e)) => CardStatus::Failed(e.0.clone()),
            Some(Ok(d)) => CardStatus::Ready(Arc::new(provenance(d))),
        }
    }
}

/// The ids of a card's tabs and panels (WAI-ARIA tabs pattern).
fn tab_id(card: &str, t: Tab) -> String {
    format!("{card}-tab-{}", t.code())
}

pub fn panel_id(card: &str, t: Tab) -> String {
    format!("{card}-panel-{}", t.code())
}

/// Which tab a card shows: its own choice, else the URL's `tab`. A reader's click changes only its
/// card; the URL follows where the card is the view's only one (`chart=`: a focused chart, an
/// embed), so a link to it keeps its tab.
#[derive(Clone, Copy)]
pub struct CardTab {
    pub current: Memo<Tab>,
    own: RwSignal<Option<Tab>>,
    card: &'static str,
}

impl CardTab {
    pub fn new(card: &'static str) -> CardTab {
        let ctx = use_ctx();
        let own = RwSignal::new(None);
        CardTab { current: Memo::new(move |_| own.get().unwrap_or_else(|| ctx.state.with(|s| s.tab))), own, card }
    }

    fn choose(&self, tab: Tab) {
        let ctx = use_ctx();
        if ctx.state.with_untracked(|s| s.chart == Some(self.card)) {
            self.own.set(None);
            ctx.update(false, |s| s.tab = tab);
        } else {
            self.own.set(Some(tab));
        }
    }
}

#[component]
fn TabButton(chosen: CardTab, tab: Tab) -> impl IntoView {
    let ctx = use_ctx();
    let card = chosen.card;
    let current = chosen.current;
    let label = match tab {
        Tab::Chart => Msg::TabChart,
        Tab::Table => Msg::TabTable,
    };
    let other = if tab == Tab::Chart { Tab::Table } else { Tab::Chart };
    view! {
        <button
            type="button"
            role="tab"
            id=tab_id(card, tab)
            aria-controls=panel_id(card, tab)
            aria-selected=move || (current.get() == tab).to_string()
            tabindex=move || if current.get() == tab { "0" } else { "-1" }
            data-tab=tab.code()
            on:click=move |_| chosen.choose(tab)
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                // Arrow keys move between the two tabs (WAI-ARIA tabs pattern).
                if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End") {
                    ev.prevent_default();
                    chosen.choose(other);
                    focus_by_id(&tab_id(card, other));
                }
            }
        >
            {move || label.text(ctx.lang.get())}
        </button>
    }
}

/// A tab panel of a chart card (`tab`'s content, hidden while the other tab is chosen).
#[component]
pub fn TabPanel(chosen: CardTab, tab: Tab, children: Children) -> impl IntoView {
    let (card, current) = (chosen.card, chosen.current);
    let class = if tab == Tab::Chart { "panel chart-panel" } else { "panel table-panel" };
    view! {
        <div role="tabpanel" class=class id=panel_id(card, tab) aria-labelledby=tab_id(card, tab) hidden=move || current.get() != tab>
            {children()}
        </div>
    }
}

/// The level of the cards' headings where they sit under a heading of their own (a story step's,
/// a profile's "Who is counted"): given by the view as a context; `h2` elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardHeadingLevel(pub u8);

#[component]
pub fn CardFrame(
    figure: &'static Figure,
    #[prop(into)] status: Signal<CardStatus>,
    retry: Callback<()>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] subtitle: Signal<String>,
    /// The CSV of what the card shows (made only when a reader downloads it).
    #[prop(into)]
    csv: Signal<Option<String>>,
    /// The downloads' file name without extension (the chart id and what it shows).
    #[prop(into)]
    stem: Signal<String>,
    /// The figure's dataset, for the full-data downloads (charts of a dataset only).
    #[prop(into, optional)]
    dataset: Signal<Option<Arc<Dataset>>>,
    /// Hidden but kept (with its chart) while true: a region's card when the region is off, so
    /// turning it back on is instant.
    #[prop(optional_no_strip)]
    hidden: Option<Signal<bool>>,
    /// Live text for screen readers under the subtitle (e.g. "12 of 30 rows shown").
    #[prop(optional)]
    live_subtitle: bool,
    /// The card's chart ⇄ table tabs (charts only).
    #[prop(optional)]
    tabs: Option<CardTab>,
    /// The chart as built (charts only), for its images.
    #[prop(into, optional)]
    built: Signal<Option<crate::charts::figure::Built>>,
    /// The chart built for another layout width (charts only): the images of a set size.
    #[prop(optional)]
    built_at: Option<Callback<u32, Option<crate::charts::figure::Built>>>,
    /// What the card shows once its data are there (tab panels, or a table).
    children: ChildrenFn,
) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let ctx = use_ctx();
    let lang = ctx.lang;
    let id = figure.id;
    // With `chart=` in the URL only that figure of the view is shown (focus and embeds).
    let shown = Memo::new(move |_| ctx.state.with(|s| s.chart.is_none_or(|c| c == id)));
    // The dashboard at the same state — this chart and its filters — for readers of an embed.
    let full_link = move || {
        let mut s = ctx.state.get();
        s.embed = false;
        format!("?{}", url::serialize(&s))
    };
    let children = StoredValue::new(children);
    let resource = figure.resource;
    // The card's body is made again only when its phase changes (loading, failed, ready): a filter
    // that changes which series are drawn changes their sources (the provenance), which the
    // source line and the sources panel follow, but must not make the chart again.
    let phase = Memo::new(move |_| match status.get() {
        CardStatus::Ready(_) => CardStatus::Ready(Arc::default()),
        other => other,
    });
    let provenance = Memo::new(move |_| match status.get() {
        CardStatus::Ready(p) => p,
        _ => Arc::default(),
    });
    let body = move || match phase.get() {
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
        CardStatus::Ready(_) => {
            // The source line and data date, as an image writes them under the chart.
            let source = Signal::derive(move || {
                let (l, p) = (lang.get(), provenance.get());
                std::iter::once(source_line(&p, l)).chain(as_of_line(&p, l)).collect::<Vec<_>>().join(" · ")
            });
            view! {
                {children.with_value(|c| c())}
                <p class="source-line">
                    {move || source_line(&provenance.get(), lang.get())}
                    {move || {
                        let p = provenance.get();
                        as_of_line(&p, lang.get()).map(|d| view! { " · " <span class="as-of" data-as-of=p.as_of.clone()>{d}</span> })
                    }}
                </p>
                {move || view! { <SourcesPanel provenance=provenance.get() /> }}
                <CardTools figure=figure title=title source=source csv_text=csv stem=stem dataset=dataset built=built built_at=built_at card=section />
                <Show when=move || ctx.state.with(|s| s.embed)>
                    <p class="open-full">
                        <a href=full_link target="_blank" rel="external noopener">{move || Msg::OpenFull.text(lang.get())}</a>
                    </p>
                </Show>
            }
            .into_any()
        }
    };
    let title_id = format!("{id}-title");
    let heading_level = use_context::<CardHeadingLevel>().map(|l| l.0.to_string());
    view! {
        <Show when=move || shown.get()>
            <section
                node_ref=section
                class="chart-card"
                class:policy-card=!figure.is_chart()
                hidden=move || hidden.is_some_and(|h| h.get())
                data-year=figure.year()
                data-chart=resource
                data-chart-id=id
                aria-labelledby=title_id.clone()
            >
                <div class="card-head">
                    <div>
                        <h2 id=title_id.clone() {..leptos::tachys::html::attribute::custom::custom_attribute("aria-level", heading_level.clone())}>{move || title.get()}</h2>
                        <p class="chart-subtitle" aria-live=live_subtitle.then_some("polite")>{move || subtitle.get()}</p>
                    </div>
                    {tabs.is_some().then(|| view! {
                        <div role="tablist" class="tabs" aria-label=move || Msg::ViewAs.text(lang.get())>
                            <TabButton chosen=tabs.expect("a chart card has tabs") tab=Tab::Chart />
                            <TabButton chosen=tabs.expect("a chart card has tabs") tab=Tab::Table />
                        </div>
                    })}
                </div>
                {body}
            </section>
        </Show>
    }
}
