//! Clearance Atlas: humanitarian mine clearance in Azerbaijan's Karabakh-affected territories,
//! from ANAMA's weekly reports, as a Leptos single-page app with its dataset compiled in.
//!
//! Pure modules (`data`, `stats`, `geo`, `i18n`, `chart`, `present`) import neither leptos nor web-sys and
//! are tested natively; `app`, `state`, `web` and `components` are the thin browser layer.

#![recursion_limit = "256"]

pub mod app;
pub mod chart;
pub mod components;
pub mod data;
pub mod embed;
pub mod geo;
pub mod i18n;
pub mod kiosk;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod present;
pub mod sort;
pub mod state;
pub mod stats;
pub mod web;

pub use app::App;
