//! Fetches `data/<name>.json` once per page and keeps it: a filter change never refetches.

use super::Dataset;
use gloo_net::http::Request;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<Dataset>>> = RefCell::new(HashMap::new());
}

/// Why a data file could not be used; shown in that chart only.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String);

/// The URL is relative, so it resolves against `<base href>`: the app works under any sub-path.
pub fn url(name: &str) -> String {
    format!("data/{name}.json")
}

pub async fn load(name: &str) -> Result<Arc<Dataset>, LoadError> {
    if let Some(ds) = CACHE.with(|c| c.borrow().get(name).cloned()) {
        return Ok(ds);
    }
    let resp = Request::get(&url(name)).send().await.map_err(|e| LoadError(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError(format!("HTTP {} for {}", resp.status(), url(name))));
    }
    let text = resp.text().await.map_err(|e| LoadError(e.to_string()))?;
    let ds = Arc::new(Dataset::from_json(&text).map_err(LoadError)?);
    if ds.name != name {
        return Err(LoadError(format!("{} holds dataset {:?}", url(name), ds.name)));
    }
    CACHE.with(|c| c.borrow_mut().insert(name.to_string(), ds.clone()));
    Ok(ds)
}
