//! A profile (`view=profile&region=CN|IN|EU`): one origin's headline numbers (`profile::headlines`,
//! read from the datasets), who its numbers count, then its charts as small multiples — each a
//! figure of the catalog in its own view's state, under a context of its own (`Ctx::within`). It
//! prints to two A4 pages (style/main.css).

use crate::data::Dataset;
use crate::i18n::Msg;
use crate::labels;
use crate::profile::{headlines_beside_report, profile, source_of, HEADLINE_DATA, PROFILES, STANDING_DATA};
use crate::state::ViewState;
use crate::web::components::card_frame::CardHeadingLevel;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use crate::web::echarts::picture;
use crate::web::loader::{use_data, Resource};
use leptos::context::Provider;
use leptos::prelude::*;

#[component]
pub fn Profile() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let code = Memo::new(move |_| ctx.state.with(|s| s.regions.first().cloned().unwrap_or_else(|| "CN".into())));
    // The headlines' datasets and the build's standing table, read alike.
    let sets: Vec<(&'static str, Resource<Dataset>)> = HEADLINE_DATA.iter().chain([&STANDING_DATA]).map(|n| (*n, use_data::<Dataset>(n))).collect();
    let sets = StoredValue::new(sets);
    let dataset = move |name: &str| sets.with_value(|s| s.iter().find(|(n, _)| *n == name).and_then(|(_, r)| r.get()).and_then(|r| r.ok()));
    // Only once every file has come (or failed): a number still on its way is not a gap.
    let settled = move || sets.with_value(|s| s.iter().all(|(_, r)| r.get().is_some()));
    let heads = Memo::new(move |_| {
        let p = profile(&code.get())?;
        if !settled() {
            return None;
        }
        let get = move |n: &str, e: &str, c: &str, y: i32| dataset(n).and_then(|d| d.value(e, c, y));
        Some(headlines_beside_report(p, &get, dataset, lang.get()))
    });
    // The page's picture of this profile (boot.js) has the numbers: it stays until they are here.
    if heads.get_untracked().is_none() {
        picture::wait_for_text();
    }
    Effect::new(move |_| {
        if heads.with(Option::is_some) {
            picture::text_ready();
        }
    });
    let sources = Memo::new(move |_| {
        let mut lines: Vec<String> = Vec::new();
        for h in heads.get().unwrap_or_default() {
            if let Some(line) = h.cell.and_then(|(n, ..)| dataset(n)).and_then(|d| source_of(&h, &d, lang.get())) {
                lines.push(line);
            }
        }
        lines
    });
    let link = move |c: &'static str| {
        let mut s = ctx.state.get();
        s.regions = vec![c.to_string()];
        format!("?{}", crate::state::url::serialize(&s))
    };
    let t = move |m: Msg| move || m.text(lang.get());
    view! {
        <div class="view profile" data-view="profile" data-region=move || code.get()>
            <nav class="profile-pick" aria-label=t(Msg::ProfilePick)>
                {PROFILES
                    .iter()
                    .map(|p| {
                        view! {
                            <a href=move || link(p.code) aria-current=move || (code.get() == p.code).then_some("page") data-region=p.code>
                                {move || labels::name(p.code, None, lang.get())}
                            </a>
                        }
                    })
                    .collect_view()}
            </nav>
            <h2 class="profile-name">{move || labels::name(&code.get(), None, lang.get())}</h2>
            <p class="lede">{t(Msg::ProfileLede)}</p>
            <ul class="profile-headlines">
                {move || {
                    heads
                        .get()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|h| {
                            let (dataset, entity, category, year) = h.cell.map(|(n, e, c, y)| (n, e, c, y.to_string())).unwrap_or_default();
                            view! {
                                <li data-headline=h.key data-dataset=dataset data-entity=entity data-category=category data-year=year data-value=h.value.map(crate::i18n::js_number).unwrap_or_default()>
                                    <span class="headline-label">{h.label}</span>
                                    <strong class="headline-number">{h.text}</strong>
                                    <span class="headline-year">{h.year}</span>
                                    <ul class="headline-facts">{h.facts.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <section class="profile-definition">
                <h3>{t(Msg::ProfileDefinition)}</h3>
                <p>{move || profile(&code.get()).map(|p| lang.get().pick(&p.definition).to_string())}</p>
                <ul class="profile-sources">{move || sources.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </section>
            <div class="cards profile-charts">
                {move || {
                    let Some(p) = profile(&code.get()) else { return ().into_any() };
                    untrack(move || {
                        p.charts
                            .iter()
                            .map(|&(view, figure, region)| {
                                // The chart in its own view, for this origin.
                                let own = move |_: &ViewState| ViewState { regions: vec![region.to_string()], ..ViewState::default_for(view) };
                                view! {
                                    <Provider value=ctx.within(own)>
                                        <Provider value=CardHeadingLevel(3)>
                                            <FigureCard figure=figure />
                                        </Provider>
                                    </Provider>
                                }
                            })
                            .collect_view()
                            .into_any()
                    })
                }}
            </div>
        </div>
    }
}
