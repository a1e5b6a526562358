//! Overview: the report's six core findings, each with its headline numbers read from the data and
//! a "show me" link to the chart that proves it; then its catalog's figures (tables 2 and 3 as
//! charts and tables, with the recovery against 2019).

use crate::catalog::overview::FIGURES;
use crate::data::Dataset;
use crate::findings::{body, figure_html, findings, href, look_up, parse_cited, Cited, CITED_ID, FINDING_DATA};
use crate::i18n::Msg;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use crate::web::echarts::picture::findings_ready;
use crate::web::loader::{use_data, Resource};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // The numbers as the build wrote them into the page; without them (a page served without the
    // build step), from the datasets themselves.
    let cited = StoredValue::new(cited_in_page());
    let sets: Vec<(&'static str, Resource<Dataset>)> = if cited.with_value(Option::is_some) { vec![] } else { FINDING_DATA.iter().map(|n| (*n, use_data::<Dataset>(n))).collect() };
    let sets = StoredValue::new(sets);
    let get = move |name: &str, e: &str, c: &str, y: i32| -> Option<f64> {
        if let Some(v) = cited.with_value(|x| x.as_ref().map(|x| look_up(x, name, e, c, y))) {
            return v;
        }
        sets.with_value(|s| s.iter().find(|(n, _)| *n == name).and_then(|(_, r)| r.get()).and_then(|r| r.ok()).and_then(|d| d.value(e, c, y)))
    };
    // The static first screen (src/prerender/mod.rs) stays until these findings have their
    // numbers (or their errors), so the reader never sees them turn into dashes and back; and,
    // where the reader sees its picture of the first chart, until the app's chart has drawn
    // (`echarts::picture`).
    let first = use_data::<Dataset>(FIGURES[0].resource);
    Effect::new(move |_| {
        if first.get().is_some() && sets.with_value(|s| s.iter().all(|(_, r)| r.get().is_some())) {
            findings_ready();
        }
    });
    let cards = findings()
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let href = href(&f, ctx.state.with_untracked(|x| x.lang), ctx.state.with_untracked(|x| x.theme));
            let title = f.title.clone();
            let f = std::sync::Arc::new(f);
            let shown = f.clone();
            view! {
                <li class="finding" data-finding=i + 1>
                    <h2>{move || format!("{}. {}", i + 1, lang.get().pick(&title))}</h2>
                    // Built (and escaped) by the pure core, as the static first screen's.
                    <div class="finding-figure" inner_html=move || figure_html(i, &shown, &get, lang.get())></div>
                    <p>{move || body(i, &f, &get, lang.get())}</p>
                    <a class="show-me" href=href.clone()>{move || Msg::ShowMe.text(lang.get())}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="view" data-view="overview">
            <p class="lede">{move || Msg::OverviewLede.text(lang.get())}</p>
            <ol class="findings">{cards}</ol>
            {FIGURES.iter().map(|f| view! { <FigureCard figure=f /> }).collect_view()}
        </div>
    }
}

/// The findings' numbers written into index.html by the build (`findings::CITED_ID`).
fn cited_in_page() -> Option<Vec<Cited>> {
    let text = web_sys::window()?.document()?.get_element_by_id(CITED_ID)?.text_content()?;
    parse_cited(&text)
}
