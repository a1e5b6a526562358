//! Visa explorer (beyond the report): any nationalities × any visa classes, FY1997–2024, from the
//! whole NIV Detail Table. Its data (the largest file) is fetched only when this view opens.

use crate::catalog::explorer::{shown, RANK, TOTALS};
use crate::data::explorer::Explorer as Niv;
use crate::i18n::Msg;
use crate::transform::explorer::{choices, drop_unknown};
use crate::web::components::controls::{FilterDrawer, ModeSwitch, ScaleSwitch, TypeSwitch, YearRange};
use crate::web::components::figure_card::FigureCard;
use crate::web::components::picker::{Picker, PickerKey};
use crate::web::components::rank_controls::{LayoutSwitch, RankYear, TopSwitch};
use crate::web::ctx::use_ctx;
use crate::web::loader::{use_data, Resource};
use leptos::prelude::*;

/// The dashboard's comparison, in one click: China, the State Department's Europe block (the work
/// visas view's Europe) and India.
const PRESET: [&str; 3] = ["china-mainland", "group-europe", "india"];

#[component]
pub fn Explorer() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Niv> = use_data(TOTALS.resource);
    let niv = move || data.get().and_then(|r| r.ok());
    let picked = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let classes = Memo::new(move |_| ctx.state.with(|s| s.categories.clone()));
    // Codes of the link that the data do not know: left out, and said so.
    Effect::new(move |_| {
        if let Some(e) = niv() {
            ctx.fit(|s| drop_unknown(&e, s));
        }
    });
    // The lines or the ranking (`catalog::explorer::shown`); the card is made again only when
    // that changes.
    let card = Memo::new(move |_| ctx.state.with(|s| shown(s.chart, s.layout.ranks())));
    let ranks = Memo::new(move |_| card.get().id == RANK.id);
    view! {
        <div class="view" data-view="explorer">
            <FilterDrawer filters=ctx.state.with_untracked(|s| s.view.spec().filters.to_vec())>
                <LayoutSwitch />
                <Show when=move || !ranks.get()>
                    <Picker
                        key=PickerKey::Regions
                        label=Msg::Nationalities
                        options=Signal::derive(move || niv().map(|e| choices(&e, lang.get())).unwrap_or_default())
                        selected=picked
                        keep_one=true
                    />
                    <button type="button" class="preset" data-action="preset-cn-eu-in" on:click=move |_| ctx.update(false, |s| s.regions = PRESET.iter().map(|c| c.to_string()).collect())>
                        {move || Msg::PresetChinaEuropeIndia.text(lang.get())}
                    </button>
                </Show>
                <Picker
                    key=PickerKey::Categories
                    label=Msg::Classes
                    options=Signal::derive(move || niv().map(|e| e.classes.iter().map(|c| (c.clone(), c.clone(), c.clone())).collect()).unwrap_or_default())
                    selected=classes
                    keep_one=false
                />
                <Show when=move || ranks.get() fallback=|| view! { <YearRange /> }>
                    <RankYear />
                    <TopSwitch />
                </Show>
                <ModeSwitch />
                <Show when=move || !ranks.get()>
                    <ScaleSwitch />
                    <TypeSwitch />
                </Show>
            </FilterDrawer>
            <div class="cards">
            <p class="lede">{move || Msg::ExplorerLede.text(lang.get())}</p>
            {move || view! { <FigureCard figure=card.get() /> }}
            </div>
        </div>
    }
}
