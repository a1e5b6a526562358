//! Overview: the report's six core findings, each with its headline numbers read from the data and
//! a "show me" link to the chart that proves it; then its catalog's figures (tables 2 and 3 as
//! charts and tables, with the recovery against 2019).

use crate::catalog::overview::FIGURES;
use crate::data::Dataset;
use crate::findings::{body, figure_html, findings, href, step_href};
use crate::i18n::{fill, Msg};
use crate::state::View;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use crate::web::echarts::picture::findings_ready;
use crate::web::loader::{use_data, use_finding_values};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let values = use_finding_values();
    let get = move |name: &str, e: &str, c: &str, y: i32| values.get(name, e, c, y);
    // The static first screen (src/prerender/mod.rs) stays until these findings have their
    // numbers (or their errors), so the reader never sees them turn into dashes and back; and,
    // where the reader sees its picture of the first chart, until the app's chart has drawn
    // (`echarts::picture`).
    let first = use_data::<Dataset>(FIGURES[0].resource);
    Effect::new(move |_| {
        if first.get().is_some() && values.settled() {
            findings_ready();
        }
    });
    let cards = findings()
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let title = f.title.clone();
            let f = std::sync::Arc::new(f);
            let (shown, linked) = (f.clone(), f.clone());
            // In the reader's language and theme as they are now, not as when the page opened.
            let href = move || ctx.state.with(|x| href(&linked, x.lang, x.theme));
            let step = move || ctx.state.with(|x| step_href(i, x.lang, x.theme));
            view! {
                <li class="finding" data-finding=i + 1>
                    <h2>{move || format!("{}. {}", i + 1, lang.get().pick(&title))}</h2>
                    // Built (and escaped) by the pure core, as the static first screen's.
                    <div class="finding-figure" inner_html=move || figure_html(i, &shown, &get, lang.get())></div>
                    <p>{move || body(i, &f, &get, lang.get())}</p>
                    <a class="show-me" href=href>{move || Msg::ShowMe.text(lang.get())}</a>
                    " "
                    <a class="story-step-link" href=step>{move || fill(Msg::StoryStep.text(lang.get()), &[("n", &(i + 1).to_string())])}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="view" data-view="overview">
            <p class="lede">{move || Msg::OverviewLede.text(lang.get())}</p>
            <p class="story-link">
                <a href=move || ctx.href_to(View::Story) data-action="open-story">{move || Msg::StoryLink.text(lang.get())}</a>
            </p>
            <ol class="findings">{cards}</ol>
            {FIGURES.iter().map(|f| view! { <FigureCard figure=f /> }).collect_view()}
        </div>
    }
}
