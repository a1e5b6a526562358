//! The shell: router, URL-derived state shared through context (`ctx`), header, notices, the
//! current view, footer. Data flows one way: URL → ViewState → views; controls write the URL only
//! (the page shows a change a task before the URL holds it, see `go` in `Shell`).

use super::components::notices::Notices;
use super::ctx::{use_ctx, Ctx};
use super::first_screen::drop_prerender;
use super::views;
use crate::i18n::{Lang, Msg};
use crate::state::url;
use crate::state::{Theme, View, ViewState};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

fn browser_lang() -> Lang {
    let tag = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    Lang::from_browser(&tag)
}

fn media(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).map(|m| m.matches()).unwrap_or(false)
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let parsed = Memo::new(move |_| url::parse(&location.search.get()));
    // A change the reader has just made, shown before the URL holds it (see `go`).
    let (pending, set_pending) = signal(None::<ViewState>);
    let state = Memo::new(move |_| pending.get().unwrap_or_else(|| parsed.with(|p| p.0.clone())));
    let notices = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let fallback = browser_lang();
    let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(fallback));
    let system_dark = media("(prefers-color-scheme: dark)");
    // Paper is white: a printout takes the light theme, charts included, whatever the screen's
    // (printed dark, the charts' text came out pale grey on white).
    let printing = RwSignal::new(false);
    let _ = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let _ = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    let dark = Memo::new(move |_| !printing.get() && state.with(|s| s.theme).map(|t| t == Theme::Dark).unwrap_or(system_dark));
    let navigate = use_navigate();
    let pathname = location.pathname;
    let go = Callback::new(move |(s, replace): (ViewState, bool)| {
        let href = format!("{}?{}", pathname.get_untracked(), url::serialize(&s));
        // The page follows the change at once; the URL (the router and its history entry) in the
        // next task, so a click's redraw does not wait for them (about a sixth of a filter
        // click). The URL stays the state's only source: `pending` is cleared once the URL holds
        // the change, unless a newer change is already waiting.
        set_pending.set(Some(s.clone()));
        let navigate = navigate.clone();
        set_timeout(
            move || {
                // scroll: false — a filter change must not jump the page to the top.
                navigate(&href, NavigateOptions { resolve: false, replace, scroll: false, ..Default::default() });
                if pending.with_untracked(|p| p.as_ref() == Some(&s)) {
                    set_pending.set(None);
                }
            },
            std::time::Duration::ZERO,
        );
    });
    let ctx = Ctx::new(state, notices, lang, dark, !media("(prefers-reduced-motion: reduce)"), go);
    provide_context(ctx);

    let view = Memo::new(move |_| state.with(|s| s.view));
    let embed = Memo::new(move |_| state.with(|s| s.embed));
    Effect::new(move |_| {
        let l = lang.get();
        let v = view.get();
        let d = dark.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", l.tag());
                let _ = html.set_attribute("data-theme", if d { Theme::Dark.code() } else { Theme::Light.code() });
                let _ = html.set_attribute("data-embed", if embed.get() { "1" } else { "0" });
            }
            doc.set_title(&format!("{} · {}", v.name().text(l), Msg::SiteTitle.text(l)));
        }
    });

    // On a phone the tabs scroll sideways: the current view's tab is brought into the row's sight
    // (the row alone scrolls, never the page), after the tabs have their new state.
    Effect::new(move |_| {
        view.track();
        request_animation_frame(reveal_current_tab);
    });

    // The static first screen (src/prerender/mod.rs) is the overview's: on any other view, or a
    // single chart, it goes at once (boot.js has kept it out of sight); the overview removes it
    // itself when its findings have their data (views::overview).
    Effect::new(move |_| {
        if state.with(|s| s.view != View::Overview || s.embed || s.chart.is_some()) {
            drop_prerender();
        }
    });
    // A picture of a chart (boot.js) goes when the app's chart has drawn (`web::echarts`); should
    // that not happen (its data failed, ECharts did not come), the app shows itself anyway.
    set_timeout(crate::web::echarts::picture::drop_picture, std::time::Duration::from_secs(4));

    // Embedded: tell the host page our height whenever it changes (see public/embed.js).
    Effect::new(move |prev: Option<bool>| {
        if embed.get() && prev != Some(true) {
            post_height_on_resize();
        }
        embed.get()
    });

    let t = move |m: Msg| move || m.text(lang.get());
    let main = move || match view.get() {
        View::Overview => view! { <views::overview::Overview /> }.into_any(),
        View::Policy => view! { <views::policy::Policy /> }.into_any(),
        View::Explorer => view! { <views::explorer::Explorer /> }.into_any(),
        View::Story => view! { <views::story::Story /> }.into_any(),
        View::Profile => view! { <views::profile::Profile /> }.into_any(),
        v => view! { <views::figures::FigureView view=v /> }.into_any(),
    };

    view! {
        <Show when=move || !embed.get()>
            // The page's <base href> would resolve "#main" to the site's root (another view, and
            // the default language): the link moves focus itself.
            <a class="skip-link" href="#main" on:click=skip_to_main>{t(Msg::SkipToContent)}</a>
            <header class="site-header">
                <div class="brand">
                    <p class="site-title">
                        <a href=move || ctx.href_to(View::Overview)>{t(Msg::SiteTitle)}</a>
                    </p>
                    <p class="subtitle">{t(Msg::SiteSubtitle)}</p>
                    <p class="header-citation">{t(Msg::Citation)}</p>
                </div>
                <div class="header-tools">
                    <PatternSwitch />
                    <ThemeSwitch />
                    <LangSwitch />
                </div>
                <nav aria-label=t(Msg::NavLabel)>
                    <ul>
                        {View::ALL
                            .iter()
                            .map(|&v| {
                                let current = move || (view.get() == v).then_some("page");
                                view! {
                                    <li>
                                        <a href=move || ctx.href_to(v) aria-current=current data-nav=v.spec().slug>
                                            {move || v.name().text(lang.get())}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </header>
        </Show>
        <Notices />
        <main id="main" tabindex="-1">
            <Show when=move || !embed.get()>
                <h1 class="view-title">{move || view.get().name().text(lang.get())}</h1>
            </Show>
            <FocusBar />
            {main}
        </main>
        <Show when=move || !embed.get()>
            <footer class="site-footer">
                <p class="citation">{t(Msg::Citation)}</p>
                // On paper only: the address of what was printed, filters and all (written when
                // printing, not on every filter click).
                <p class="print-address">{t(Msg::PrintAddress)} {move || printing.get().then(|| page_address(&state.get()))}</p>
                <p>{t(Msg::FooterSources)}</p>
                <p>
                    {crate::web::components::cite_dialog::page_release().map(|(v, _)| view! {
                        <a href=format!("downloads/{}", crate::page::package_file(&v, "zip")) data-download="package-zip">{t(Msg::FooterZip)}</a>
                        " · "
                        <a href=format!("downloads/{}", crate::page::package_file(&v, "xlsx")) data-download="package-xlsx">{t(Msg::FooterXlsx)}</a>
                        " · "
                    })}
                    <a href="data/datapackage.json" rel="external">{t(Msg::FooterData)}</a>
                    " · "
                    <a href=move || crate::page::errata_file(lang.get()) rel="external" data-footer="errata">{t(Msg::FooterErrata)}</a>
                    " · "
                    <SiteCite />
                </p>
            </footer>
        </Show>
    }
}

/// The address of `state` on this page's origin and path.
fn page_address(state: &ViewState) -> String {
    let loc = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| loc.as_ref().and_then(|l| f(l).ok()).unwrap_or_default();
    format!("{}{}?{}", part(web_sys::Location::origin), part(web_sys::Location::pathname), url::serialize(state))
}

/// "Skip to content": focus to `<main>` (focusable, `tabindex=-1`), on this page.
fn skip_to_main(e: leptos::ev::MouseEvent) {
    e.prevent_default();
    if let Some(main) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")).and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// Centres the current tab in the site nav's row, where the row is narrower than its tabs: in the
/// app's row and in that of a picture of the page laid over it (boot.js), whichever shows.
fn reveal_current_tab() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(tabs) = doc.query_selector_all(".site-header nav a[aria-current=page]") else { return };
    for tab in (0..tabs.length()).filter_map(|i| tabs.item(i)).filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
        let Ok(Some(row)) = tab.closest("ul") else { continue };
        let (r, t) = (row.get_bounding_client_rect(), tab.get_bounding_client_rect());
        let off = t.left() - r.left() - (r.width() - t.width()) / 2.0;
        row.set_scroll_left(row.scroll_left() + off.round() as i32);
    }
}

fn document_height() -> f64 {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).map(|e| e.get_bounding_client_rect().height().ceil()).unwrap_or(0.0)
}

/// Posts `{type: "talent-flows:resize", height}` to the parent window now and whenever the page's
/// height changes. The observer lives as long as the page.
fn post_height_on_resize() {
    use wasm_bindgen::prelude::*;
    let post = || {
        let Some(w) = web_sys::window() else { return };
        let Ok(Some(parent)) = w.parent() else { return };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"talent-flows:resize".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &document_height().into());
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| post());
    if let (Ok(obs), Some(root)) = (web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()), web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())) {
        obs.observe(&root);
        std::mem::forget(obs);
    }
    cb.forget();
}

/// With `chart=` in the URL, one chart is shown: say so, and offer the way back to the whole view.
#[component]
fn FocusBar() -> impl IntoView {
    let ctx = use_ctx();
    let focused = Memo::new(move |_| ctx.state.with(|s| s.chart.is_some() && !s.embed));
    view! {
        <Show when=move || focused.get()>
            <p class="focus-bar">
                <a href=move || {
                    let mut s = ctx.state.get();
                    s.chart = None;
                    format!("?{}", url::serialize(&s))
                }>{move || Msg::ShowAllCharts.text(ctx.lang.get())}</a>
            </p>
        </Show>
    }
}

/// 中文 ⇄ English: writes `lang` into the URL, so the choice survives reloads and shared links.
#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let other = move || ctx.lang.get().other();
    view! {
        // The name starts with the visible text (WCAG 2.5.3), each part in its own language, so a
        // screen reader reads "English" in English and "切换到英文" in Chinese.
        <button
            type="button"
            class="lang-switch"
            on:click=move |_| {
                let l = other();
                ctx.update(false, |s| s.lang = Some(l));
            }
        >
            <span lang=move || other().tag()>{move || Msg::SwitchLanguage.text(ctx.lang.get())}</span>
            <span class="visually-hidden">{move || format!(" — {}", Msg::SwitchLanguageLabel.text(ctx.lang.get()))}</span>
        </button>
    }
}

/// Patterns on/off: fills bars and areas with patterns too, for readers who cannot tell colours apart.
#[component]
fn PatternSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let on = Memo::new(move |_| ctx.state.with(|s| s.decal));
    view! {
        <button type="button" class="theme-switch" aria-pressed=move || on.get().to_string() on:click=move |_| ctx.update(false, |s| s.decal = !s.decal)>
            {move || Msg::Patterns.text(ctx.lang.get())}
        </button>
    }
}

/// Light ⇄ dark: writes `theme` into the URL; without it the system setting decides.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button
            type="button"
            class="theme-switch"
            aria-pressed=move || ctx.dark.get().to_string()
            on:click=move |_| {
                let next = if ctx.dark.get_untracked() { Theme::Light } else { Theme::Dark };
                ctx.update(false, |s| s.theme = Some(next));
            }
        >
            {move || Msg::DarkMode.text(ctx.lang.get())}
        </button>
    }
}

/// "Cite": the dashboard and the report it rebuilds, in every style.
#[component]
fn SiteCite() -> impl IntoView {
    use super::components::card_tools::page_base;
    use super::components::cite_dialog::{citations, Citations, CiteDialog};
    use crate::cite::Work;
    let ctx = use_ctx();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (works, set_works) = signal(Vec::<Citations>::new());
    let open = move |_| {
        let l = ctx.lang.get_untracked();
        let mut home = ViewState::default_for(View::DEFAULT);
        home.lang = Some(l);
        let url = format!("{}?{}", page_base(), url::serialize(&home));
        set_works.set(vec![citations(Msg::CiteDashboard.text(l).to_string(), &Work::Dashboard { url: &url }, l), citations(Msg::CiteReport.text(l).to_string(), &Work::Report, l)]);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    view! {
        <button type="button" class="link-button" data-action="cite-site" on:click=open>{move || Msg::Cite.text(ctx.lang.get())}</button>
        <CiteDialog dialog=dialog id="site".to_string() title=Msg::CiteSite works=works />
    }
}
