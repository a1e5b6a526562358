//! What every component may read — the URL-derived state, the reader's language and theme — and
//! the one way to change it (through the URL). The shell (`app`) provides it; everything below
//! reads it here, never from the shell.

use crate::charts::Look;
use crate::i18n::Lang;
use crate::state::url::{self, Notice};
use crate::state::{View, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: Memo<ViewState>,
    /// What the page tells the reader about their link: what it could not read, and (`fit`) what
    /// the data do not have.
    pub notices: Memo<Vec<Notice>>,
    pub lang: Memo<Lang>,
    pub dark: Memo<bool>,
    /// False when the reader prefers reduced motion.
    pub animate: bool,
    go: Callback<(ViewState, bool)>,
    /// The notices of a link the page has corrected to what the data have (`fit`), with the
    /// state they belong to: shown while the page is in that state.
    fitted: RwSignal<Option<(ViewState, Vec<Notice>)>>,
    /// What a card's share and embed links restore, where that is not the card's own state: a
    /// story step's chart shares the step (`Ctx::within`).
    pub shared: Option<Memo<ViewState>>,
}

impl Ctx {
    /// `go` applies a state (and whether it replaces the history entry) by navigating to its URL.
    /// `notices` are the link's own (`url::parse`); what the page shows adds those of `fit`.
    pub fn new(state: Memo<ViewState>, notices: Memo<Vec<Notice>>, lang: Memo<Lang>, dark: Memo<bool>, animate: bool, go: Callback<(ViewState, bool)>) -> Ctx {
        let fitted = RwSignal::new(None::<(ViewState, Vec<Notice>)>);
        let shown = Memo::new(move |_| {
            fitted.with(|f| match f {
                Some((fit, list)) if state.with(|s| s == fit) => list.clone(),
                _ => notices.get(),
            })
        });
        Ctx { state, notices: shown, lang, dark, animate, go, fitted, shared: None }
    }

    /// A context for a chart shown inside this page in another view's state, `own` (a story
    /// step's chart, a profile's): the reader's language, theme, tab and patterns are this page's,
    /// and a change the chart makes (its tab, its patterns) is made to this page's state; its
    /// share and embed links are this page's.
    pub fn within(&self, own: impl Fn(&ViewState) -> ViewState + Send + Sync + 'static) -> Ctx {
        let outer = *self;
        let state = Memo::new(move |_| outer.state.with(|page| ViewState { lang: page.lang, theme: page.theme, tab: page.tab, decal: page.decal, embed: page.embed, ..own(page) }));
        let go = Callback::new(move |(s, replace): (ViewState, bool)| {
            outer.update(replace, |o| {
                o.tab = s.tab;
                o.decal = s.decal;
                o.lang = s.lang;
                o.theme = s.theme;
            })
        });
        Ctx { state, go, shared: Some(self.state), ..*self }
    }

    /// Applies a change to the state by navigating to its URL. `replace` is for continuous
    /// changes (dragging, typing), so history holds one entry per deliberate step.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut ViewState)) {
        let mut s = self.state.get_untracked();
        change(&mut s);
        if s != self.state.get_untracked() {
            self.go.run((s, replace));
        }
    }

    /// Corrects the state to what the data have, once they are loaded (a link naming years or
    /// codes they lack), in place of the address (not a new history entry). The page keeps the
    /// link's notices and adds those `change` returns, while it stays in the corrected state.
    /// Called in an effect, it runs again with each new state (a link the reader goes back to).
    pub fn fit(&self, change: impl FnOnce(&mut ViewState) -> Vec<Notice>) {
        let mut s = self.state.get();
        let more = change(&mut s);
        if !more.is_empty() {
            let mut all = self.notices.get_untracked();
            all.extend(more);
            self.fitted.set(Some((s.clone(), all)));
            self.go.run((s, true));
        }
    }

    /// The query string of another view, keeping the reader's language and theme.
    pub fn href_to(&self, view: View) -> String {
        format!("?{}", url::serialize(&self.state.with(|s| s.switch_to(view))))
    }

    /// How a chart `width` px wide looks to this reader (tracked: a chart redraws when it changes).
    pub fn look(&self, width: u32) -> Look {
        Look { lang: self.lang.get(), dark: self.dark.get(), decal: self.state.with(|s| s.decal), animate: self.animate, width }
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub fn use_lang() -> Memo<Lang> {
    use_ctx().lang
}

/// Moves keyboard focus (e.g. to the tab that arrow keys selected).
pub fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
