//! Presentation rules: the pure functions that turn derived figures into what a card shows
//! (equivalents, roundings, words chosen by a figure). They sit between `stats`/`chart`/`geo`
//! and the components, import neither leptos nor web-sys, and are tested natively; a component
//! only calls them and shows the result.

pub mod equivalents;
pub mod labels;
pub mod slider;
pub mod table;
pub mod timelapse;
