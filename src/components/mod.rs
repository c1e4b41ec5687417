//! Components: one per file, thin views over state and the pure modules.

pub mod annual_chart;
pub mod canvas_chart;
pub mod context_cards;
pub mod counters;
pub mod data_loader;
pub mod data_table;
pub mod disclosure;
pub mod district_panel;
pub mod header;
pub mod kiosk_shell;
pub mod lang_switch;
pub mod lazy;
pub mod method;
pub mod range_control;
pub mod region_map;
pub mod report_form;
pub mod share;
pub mod source_link;
pub mod take_away;
pub mod tip_chart;
pub mod weekly_chart;
