//! A view that is its figures: the view's filters, then one card per figure of its catalog module
//! (work visas, green cards, EB-1A, students, the global picture, China). A figure added to the
//! catalog appears here without a line of code.

use crate::state::View;
use crate::web::components::controls::Controls;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use leptos::prelude::*;

#[component]
pub fn FigureView(view: View) -> impl IntoView {
    let spec = view.spec();
    // With `chart=` (a focused chart, an embed) only that card, so only its data are loaded.
    let ctx = use_ctx();
    let chart = Memo::new(move |_| ctx.state.with(|s| s.chart));
    view! {
        <div class="view" data-view=spec.slug>
            <Controls />
            // Built untracked: the cards depend on `chart` alone, not on what their setup reads.
            <div class="cards">
                {move || {
                    let shown = spec.shown(chart.get());
                    untrack(move || shown.iter().map(|f| view! { <FigureCard figure=f /> }).collect_view())
                }}
            </div>
        </div>
    }
}
