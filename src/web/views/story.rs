//! The story (`view=story&step=N`): the six findings one at a time, each with its numbers, the
//! report's reading and its chart with that reading drawn on it (`catalog::story`). Next and
//! previous by the buttons, the arrow keys or a swipe; every step is its own address, and a step's
//! share and embed links keep the step.

use crate::catalog::story::STEPS;
use crate::findings::{body, findings, href, story_state};
use crate::i18n::{fill, Msg};
use crate::state::{View, ViewState};
use crate::web::components::card_frame::CardHeadingLevel;
use crate::web::components::figure_card::FigureCard;
use crate::web::ctx::use_ctx;
use crate::web::loader::use_finding_values;
use leptos::context::Provider;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How far a finger must move sideways (CSS px) for a swipe.
const SWIPE: i32 = 50;

#[component]
pub fn Story() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let step = Memo::new(move |_| ctx.state.with(|s| s.step));
    let total = STEPS.len();
    let go_to = move |n: usize| {
        if (1..=total).contains(&n) {
            ctx.update(false, |s| s.step = n);
        }
    };
    // Arrow keys move between steps, unless the reader is typing or working a control.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() || typing(&e) {
            return;
        }
        let n = step.get_untracked();
        match e.key().as_str() {
            "ArrowRight" => go_to(n + 1),
            "ArrowLeft" => go_to(n.saturating_sub(1)),
            _ => return,
        }
        e.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let start = StoredValue::new(None::<(i32, i32)>);
    let touch_start = move |e: leptos::ev::TouchEvent| start.set_value(e.touches().get(0).map(|t| (t.client_x(), t.client_y())));
    let touch_end = move |e: leptos::ev::TouchEvent| {
        let (Some((x0, y0)), Some(t)) = (start.get_value(), e.changed_touches().get(0)) else { return };
        let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
        // Sideways and far enough; a swipe that starts on the chart moves the step too (the
        // chart has no sideways gesture of its own).
        if dx.abs() >= SWIPE && dx.abs() > 2 * dy.abs() {
            go_to(if dx < 0 { step.get_untracked() + 1 } else { step.get_untracked().saturating_sub(1) });
        }
    };
    let link = move |n: usize| {
        let mut s = ctx.state.get();
        s.step = n;
        s.tab = Default::default();
        format!("?{}", crate::state::url::serialize(&s))
    };
    // The step's chart in its own view's state (`findings::story_state`), under a context of its
    // own (`Ctx::within`): one for the story, so a step's card, while it is replaced by the next
    // one's, never reads a state already gone.
    let chart_ctx = ctx.within(|page| story_state(page.step).unwrap_or_else(|| ViewState::default_for(View::Story)));
    // The findings, made once: the step dots name them, each step tells one.
    let all = StoredValue::new(findings().into_iter().map(Arc::new).collect::<Vec<_>>());
    let values = use_finding_values();
    let get = move |name: &str, e: &str, c: &str, y: i32| values.get(name, e, c, y);
    let t = move |m: Msg| move || m.text(lang.get());
    view! {
        <div class="view story" data-view="story" data-step=move || step.get().to_string()>
            <nav class="story-steps" aria-label=t(Msg::StoryNav)>
                <ol>
                    {(1..=total)
                        .map(|n| {
                            let title = all.with_value(|a| a.get(n - 1).map(|f| f.title.clone()));
                            view! {
                                <li>
                                    <a href=move || link(n) aria-current=move || (step.get() == n).then_some("step") data-step-link=n title=move || title.as_ref().map(|x| lang.get().pick(x).to_string())>
                                        {n}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p class="story-progress" aria-live="polite">{move || fill(Msg::StoryStepOf.text(lang.get()), &[("n", &step.get().to_string()), ("total", &total.to_string())])}</p>
            </nav>
            <article class="story-step" on:touchstart=touch_start on:touchend=touch_end>
                {move || {
                    let n = step.get();
                    let Some((s, f)) = crate::catalog::story::step(n).zip(all.with_value(|a| a.get(n - 1).cloned())) else { return ().into_any() };
                    let view_name = (f.link)().view.name();
                    let (title, numbers) = (f.clone(), f.clone());
                    // In the reader's language and theme as they are now, not as when the step opened.
                    let explore = move || ctx.state.with(|x| href(&f, x.lang, x.theme));
                    view! {
                        <h2 class="story-title" tabindex="-1">{move || format!("{n}. {}", lang.get().pick(&title.title))}</h2>
                        <p class="story-numbers">{move || body(n - 1, &numbers, &get, lang.get())}</p>
                        <p class="story-says">{move || lang.get().pick(&s.says).to_string()}</p>
                        // A provider, not `provide_context`: a component has no owner of its own, so
                        // a context provided here would outlive the story into the next view.
                        {untrack(move || view! {
                            <Provider value=chart_ctx>
                                <Provider value=CardHeadingLevel(3)>
                                    <FigureCard figure=s.figure notes=s.notes />
                                </Provider>
                            </Provider>
                        })}
                        <p class="story-explore">
                            <a href=explore data-action="story-explore">{move || fill(Msg::StoryExplore.text(lang.get()), &[("view", view_name.text(lang.get()))])}</a>
                        </p>
                    }
                    .into_any()
                }}
            </article>
            <div class="story-pager">
                <a class="story-prev" href=move || link(step.get().saturating_sub(1).max(1)) data-action="story-prev" aria-disabled=move || (step.get() <= 1).to_string() rel="prev" on:click=focus_new_step>
                    {move || format!("← {}", Msg::StoryPrev.text(lang.get()))}
                </a>
                <a class="story-next" href=move || link((step.get() + 1).min(total)) data-action="story-next" aria-disabled=move || (step.get() >= total).to_string() rel="next" on:click=focus_new_step>
                    {move || format!("{} →", Msg::StoryNext.text(lang.get()))}
                </a>
            </div>
            <p class="story-hint">{t(Msg::StoryHint)}</p>
        </div>
    }
}

/// After "Next" or "Previous", focus goes to the new step's heading: the page has gone back to
/// its top, and a screen reader reads the step from there (the button, left behind, was off-screen).
fn focus_new_step(_: leptos::ev::MouseEvent) {
    crate::web::focus_soon(Box::new(|d| d.query_selector(".story .story-title").ok().flatten()));
}

/// Whether a key press is the reader typing or working a control that uses the arrow keys.
fn typing(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    // A focused table region scrolls sideways with the arrows; a download menu is worked with them.
    matches!(el.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select")
        || el.closest("[role=tablist], [role=region], dialog, details, .legend").ok().flatten().is_some()
}
