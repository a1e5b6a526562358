//! One component per routed view. Six views are their catalog's figures under the view's filters
//! (`figures`); the overview adds the six findings, the explorer its pickers, the policy view its
//! search.

pub mod explorer;
pub mod figures;
pub mod overview;
pub mod policy;
pub mod profile;
pub mod story;
