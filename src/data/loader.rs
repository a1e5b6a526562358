//! Fetches `data/<name>.json` once per page and keeps it: a filter change never refetches, and two
//! charts of the same dataset share one download.

use super::explorer::Explorer;
use super::texts::{Events, Policies};
use super::Dataset;
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

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

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<dyn Any + Send + Sync>>> = RefCell::new(HashMap::new());
}

/// Why a data file could not be used; shown in that chart only.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String);

/// The URL is relative, so it resolves against `<base href>`: the app works under any sub-path.
pub fn url(name: &str) -> String {
    format!("data/{name}.json")
}

pub async fn load<T: Loadable>(name: &str) -> Result<Arc<T>, LoadError> {
    if let Some(hit) = CACHE.with(|c| c.borrow().get(name).cloned()) {
        if let Ok(t) = hit.downcast::<T>() {
            return Ok(t);
        }
    }
    let resp = Request::get(&url(name)).send().await.map_err(|e| LoadError(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError(format!("HTTP {} for {}", resp.status(), url(name))));
    }
    let text = resp.text().await.map_err(|e| LoadError(e.to_string()))?;
    let value: T = serde_json::from_str(&text).map_err(|e| LoadError(format!("{}: {e}", url(name))))?;
    value.check(name).map_err(LoadError)?;
    let value = Arc::new(value);
    CACHE.with(|c| c.borrow_mut().insert(name.to_string(), value.clone()));
    Ok(value)
}
