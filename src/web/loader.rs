//! Fetches `data/<name>.json` once per page and keeps it: a filter change never refetches, and two
//! charts of the same dataset share one download.

use crate::data::explorer::Explorer;
use crate::data::texts::{Events, Policies};
use crate::data::Dataset;
use crate::findings::{look_up, parse_cited, Cited, CITED_ID, FINDING_DATA};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Request;
use leptos::prelude::{Get, GetUntracked, LocalResource};
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A data file the app can load: it parses, then checks what serde cannot.
pub trait Loadable: DeserializeOwned + Send + Sync + 'static {
    fn check(&self, name: &str) -> Result<(), String>;
}

impl Loadable for Dataset {
    fn check(&self, name: &str) -> Result<(), String> {
        self.validate()?;
        if self.name != name {
            return Err(format!("data/{name}.json holds dataset {:?}", self.name));
        }
        Ok(())
    }
}

impl Loadable for Explorer {
    fn check(&self, _: &str) -> Result<(), String> {
        self.validate()
    }
}

impl Loadable for Policies {
    fn check(&self, _: &str) -> Result<(), String> {
        self.validate()
    }
}

impl Loadable for Events {
    fn check(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
}

type Parsed = Result<Arc<dyn Any + Send + Sync>, LoadError>;
type InFlight = Shared<LocalBoxFuture<'static, Parsed>>;

thread_local! {
    /// One download per file per page: charts that ask for the same file while it is on its way
    /// share the same future; a failed download is forgotten, so Retry fetches again.
    static CACHE: RefCell<HashMap<String, InFlight>> = RefCell::new(HashMap::new());
}

/// Why a data file could not be used; shown in that chart only.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String);

/// The URL is relative, so it resolves against `<base href>`: the app works under any sub-path.
/// A name with a folder (`pre/standing`) is a file the build derived, beside the pictures.
pub fn url(name: &str) -> String {
    if name.contains('/') {
        format!("{name}.json")
    } else {
        format!("data/{name}.json")
    }
}

async fn fetch_text(name: &str) -> Result<String, LoadError> {
    // A download the boot script (public/boot.js) started before the app was ready, if any.
    if let Some(p) = boot_prefetch(name) {
        if let Ok(v) = wasm_bindgen_futures::JsFuture::from(p).await {
            if let Some(t) = v.as_string() {
                return Ok(t);
            }
        }
    }
    let resp = Request::get(&url(name)).send().await.map_err(|e| LoadError(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError(format!("HTTP {} for {}", resp.status(), url(name))));
    }
    resp.text().await.map_err(|e| LoadError(e.to_string()))
}

/// `window.__prefetch[name]`: a Promise of the file's text, taken once.
fn boot_prefetch(name: &str) -> Option<js_sys::Promise> {
    let w = web_sys::window()?;
    let map = js_sys::Reflect::get(&w, &"__prefetch".into()).ok().filter(|m| m.is_object())?;
    let p = js_sys::Reflect::get(&map, &name.into()).ok().filter(|p| p.is_object())?;
    let _ = js_sys::Reflect::delete_property(map.unchecked_ref::<js_sys::Object>(), &name.into());
    p.dyn_into::<js_sys::Promise>().ok()
}

/// Resolves in a new task (`setTimeout 0`). Downloads that finish together (the boot prefetch
/// hands the app several at once) are then parsed and drawn one task each: the page can paint and
/// answer input in between, instead of blocking for all of them in one long task.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Parses a file's text as `T` and checks it: the only part of loading that depends on the type.
fn parse<T: Loadable>(name: &str, text: &str) -> Parsed {
    let value: T = serde_json::from_str(text).map_err(|e| LoadError(format!("{}: {e}", url(name))))?;
    value.check(name).map_err(LoadError)?;
    Ok(Arc::new(value))
}

type Parse = fn(&str, &str) -> Parsed;

// Loading is not generic past `parse`: one copy of the download, the cache and the resource for
// every type of file (each type had its own copies, some 15 KB of the wasm for five types).
async fn fetch_and_parse(name: String, parse: Parse) -> Parsed {
    let text = fetch_text(&name).await?;
    next_task().await;
    parse(&name, &text)
}

async fn load_any(name: &str, parse: Parse) -> Parsed {
    let fut = CACHE.with(|c| c.borrow_mut().entry(name.to_string()).or_insert_with(|| fetch_and_parse(name.to_string(), parse).boxed_local().shared()).clone());
    let result = fut.await;
    if result.is_err() {
        CACHE.with(|c| c.borrow_mut().remove(name));
    }
    result
}

fn typed<T: Loadable>(name: &str, parsed: Parsed) -> Result<Arc<T>, LoadError> {
    parsed?.downcast::<T>().map_err(|_| LoadError(format!("{} was loaded as another type", url(name))))
}

/// A data file as a resource a component can read; loaded once per page (see [`load_any`]).
pub struct Resource<T> {
    name: &'static str,
    inner: LocalResource<Parsed>,
    of: PhantomData<fn() -> T>,
}

impl<T> Clone for Resource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Resource<T> {}

impl<T: Loadable> Resource<T> {
    /// The file, once it has come or failed (tracked).
    pub fn get(&self) -> Option<Result<Arc<T>, LoadError>> {
        self.inner.get().map(|p| typed(self.name, p))
    }

    pub fn get_untracked(&self) -> Option<Result<Arc<T>, LoadError>> {
        self.inner.get_untracked().map(|p| typed(self.name, p))
    }

    /// Fetches again (a failed download is not cached: Retry).
    pub fn refetch(&self) {
        self.inner.refetch();
    }
}

fn resource(name: &'static str, parse: Parse) -> LocalResource<Parsed> {
    LocalResource::new(move || load_any(name, parse))
}

pub fn use_data<T: Loadable>(name: &'static str) -> Resource<T> {
    Resource { name, inner: resource(name, parse::<T>), of: PhantomData }
}

/// The numbers the six findings cite (`findings::cited`): as the build wrote them into the page,
/// or, for a page served without the build step, from the datasets themselves.
#[derive(Clone, Copy)]
pub struct FindingValues {
    cited: leptos::prelude::StoredValue<Option<Vec<Cited>>>,
    sets: leptos::prelude::StoredValue<Vec<(&'static str, Resource<Dataset>)>>,
}

pub fn use_finding_values() -> FindingValues {
    use leptos::prelude::*;
    let cited = StoredValue::new(cited_in_page());
    let sets = if cited.with_value(Option::is_some) { vec![] } else { FINDING_DATA.iter().map(|n| (*n, use_data::<Dataset>(n))).collect() };
    FindingValues { cited, sets: StoredValue::new(sets) }
}

impl FindingValues {
    /// One cited value (tracked: a dataset that arrives fills it in).
    pub fn get(&self, name: &str, e: &str, c: &str, y: i32) -> Option<f64> {
        use leptos::prelude::*;
        if let Some(v) = self.cited.with_value(|x| x.as_ref().map(|x| look_up(x, name, e, c, y))) {
            return v;
        }
        let set = |n: &str| self.sets.with_value(|s| s.iter().find(|(x, _)| *x == n).and_then(|(_, r)| r.get()).and_then(|r| r.ok()));
        crate::findings::read(name, |n| set(n)?.value(e, c, y), |n| Some(set(n)?.erratum(e, c, y)?.report))
    }

    /// Whether every value is known, or its dataset failed (tracked).
    pub fn settled(&self) -> bool {
        use leptos::prelude::*;
        self.sets.with_value(|s| s.iter().all(|(_, r)| r.get().is_some()))
    }
}

/// The findings' numbers written into index.html by the build (`findings::CITED_ID`).
fn cited_in_page() -> Option<Vec<Cited>> {
    let text = web_sys::window()?.document()?.get_element_by_id(CITED_ID)?.text_content()?;
    parse_cited(&text)
}
