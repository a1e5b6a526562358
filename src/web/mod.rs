//! The web shell (wasm only): everything that touches the DOM. Imports point one way:
//! `app` (the shell) → `views` (one per route) → `components` (cards, controls) → `echarts` (the
//! ECharts bridge) → `ctx`, `loader`, `first_screen` → the pure core.

pub mod app;
pub mod components;
pub mod ctx;
pub mod echarts;
pub mod first_screen;
pub mod loader;
pub mod views;
