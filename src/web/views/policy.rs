//! Policy (tables 1, 4, 5): the report's policy tables, readable and searchable in both languages.
//! The search text lives in the URL (`q`), so a filtered table can be shared.

use crate::catalog::policy::FIGURES;
use crate::i18n::Msg;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use leptos::prelude::*;

#[component]
pub fn Policy() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let query = Memo::new(move |_| ctx.state.with(|s| s.search.clone()));
    view! {
        <div class="view" data-view="policy">
            <div class="controls" role="search">
                <label class="control search">
                    {move || Msg::SearchPolicies.text(lang.get())}
                    " "
                    <input
                        type="search"
                        name="q"
                        maxlength="100"
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            // Typing replaces the history entry: one step per search, not per key.
                            ctx.update(true, |s| s.search = v.chars().take(100).collect());
                        }
                    />
                </label>
            </div>
            {FIGURES.iter().map(|f| view! { <FigureCard figure=f /> }).collect_view()}
        </div>
    }
}
