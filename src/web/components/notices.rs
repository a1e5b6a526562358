//! Tells the reader which parts of their link were not understood. The offending text is shown as
//! text only (Leptos escapes it); nothing from the URL ever becomes markup.

use crate::i18n::Msg;
use crate::state::url::Problem;
use crate::web::ctx::use_ctx;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    let (dismissed, set_dismissed) = signal(false);
    // A new link brings its notices back.
    Effect::new(move |_| {
        ctx.notices.track();
        set_dismissed.set(false);
    });
    let t = move |m: Msg| m.text(ctx.lang.get());
    view! {
        <Show when=move || !ctx.notices.with(|n| n.is_empty()) && !dismissed.get()>
            <div class="notice" role="status" data-notice="url">
                <p>{move || t(Msg::NoticeTitle)}</p>
                <ul>
                    {move || {
                        ctx.notices
                            .get()
                            .into_iter()
                            .map(|n| {
                                let problem = match n.problem {
                                    Problem::UnknownKey => Msg::NoticeUnknownKey,
                                    Problem::BadValue => Msg::NoticeBadValue,
                                    Problem::Duplicate => Msg::NoticeDuplicate,
                                    Problem::Swapped => Msg::NoticeSwapped,
                                    Problem::NotInView => Msg::NoticeNotInView,
                                    Problem::NotInData => Msg::NoticeNotInData,
                                };
                                view! {
                                    <li>
                                        <code>{n.key}"="{n.value}</code>
                                        " — "
                                        {t(problem)}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <button type="button" class="notice-close" on:click=move |_| set_dismissed.set(true)>
                    {move || t(Msg::NoticeDismiss)}
                </button>
            </div>
        </Show>
    }
}
