//! The shell: router, URL-derived state shared through context, header, notices, the current
//! view, footer. Data flows one way: URL → ViewState → views; controls write the URL only.

use crate::components::notices::Notices;
use crate::i18n::{Lang, Msg};
use crate::state::url::{self, Notice};
use crate::state::{View, ViewState};
use crate::views::work_visas::WorkVisas;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// What every component may read, and the one way to change it.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: Memo<ViewState>,
    pub notices: Memo<Vec<Notice>>,
    pub lang: Memo<Lang>,
    /// False when the reader prefers reduced motion.
    pub animate: bool,
    go: Callback<(ViewState, bool)>,
}

impl Ctx {
    /// Applies a change to the state by navigating to its URL. `replace` is for continuous
    /// changes (dragging), so history holds one entry per deliberate step.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut ViewState)) {
        let mut s = self.state.get_untracked();
        change(&mut s);
        if s != self.state.get_untracked() {
            self.go.run((s, replace));
        }
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub fn use_lang() -> Memo<Lang> {
    use_ctx().lang
}

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

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let parsed = Memo::new(move |_| url::parse(&location.search.get()));
    let state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let notices = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let fallback = browser_lang();
    let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(fallback));
    let navigate = use_navigate();
    let pathname = location.pathname;
    let go = Callback::new(move |(s, replace): (ViewState, bool)| {
        let href = format!("{}?{}", pathname.get_untracked(), url::serialize(&s));
        // scroll: false — a filter change must not jump the page to the top.
        navigate(&href, NavigateOptions { resolve: false, replace, scroll: false, ..Default::default() });
    });
    let ctx = Ctx { state, notices, lang, animate: !prefers_reduced_motion(), go };
    provide_context(ctx);

    Effect::new(move |_| {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", if l == Lang::Zh { "zh-CN" } else { "en" });
            }
            doc.set_title(&format!("{} · {}", Msg::NavWorkVisas.text(l), Msg::SiteTitle.text(l)));
        }
    });

    let view = Memo::new(move |_| state.with(|s| s.view));
    let t = move |m: Msg| move || m.text(lang.get());

    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{t(Msg::SiteTitle)}</h1>
                <p class="subtitle">{t(Msg::SiteSubtitle)}</p>
                <p class="header-citation">{t(Msg::Citation)}</p>
            </div>
            <LangSwitch />
            <nav aria-label=t(Msg::NavLabel)>
                <ul>
                    {View::ALL
                        .iter()
                        .map(|&v| {
                            let href = move || {
                                let mut s = ViewState::default_for(v);
                                s.lang = state.with(|s| s.lang);
                                format!("?{}", url::serialize(&s))
                            };
                            let current = move || (view.get() == v).then_some("page");
                            view! {
                                <li>
                                    <a href=href aria-current=current>
                                        {move || nav_label(v, lang.get())}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <Notices />
        <main id="main">
            {move || match view.get() {
                View::WorkVisas => view! { <WorkVisas /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p class="citation">{t(Msg::Citation)}</p>
            <p>{t(Msg::FooterSources)}</p>
            <p>
                <a href="data/datapackage.json" rel="external">
                    {t(Msg::FooterData)}
                </a>
            </p>
        </footer>
    }
}

fn nav_label(v: View, lang: Lang) -> &'static str {
    match v {
        View::WorkVisas => Msg::NavWorkVisas.text(lang),
    }
}

/// 中文 ⇄ English: writes `lang` into the URL, so the choice survives reloads and shared links.
#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let other = move || if ctx.lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || if other() == Lang::Zh { "zh-CN" } else { "en" }
            aria-label=move || Msg::SwitchLanguageLabel.text(ctx.lang.get())
            on:click=move |_| {
                let l = other();
                ctx.update(false, |s| s.lang = Some(l));
            }
        >
            {move || Msg::SwitchLanguage.text(ctx.lang.get())}
        </button>
    }
}
