//! Components: one per file, thin views over state and the pure modules.

pub mod context_cards;
pub mod counters;
pub mod district_panel;
pub mod header;
pub mod lang_switch;
pub mod method;
pub mod region_map;
pub mod source_link;
