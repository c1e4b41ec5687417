//! The message catalogues: one `Messages` value per language. Adding a field to the struct
//! without adding it to every language fails to compile; `tests/catalogue.rs` fails on a field
//! no code reads. The English text of a message is in `en.rs` (not repeated here as a doc):
//! one file per language, `en.rs`, `az.rs`, `ru.rs`.

/// Declares `Messages` and, from the same field list, the catalogue file's reader and writer
/// (`i18n::catalogue`): the fields in declaration order, and a fingerprint of their names that a
/// file must carry, so a file written for another field list is refused, never misread.
macro_rules! catalogue {
    ($(#[$sm:meta])* pub struct Messages { $( $(#[$m:meta])* pub $name:ident : &'static str, )* }) => {
        $(#[$sm])*
        // `repr(C)`: the fields lie in declaration order, exactly as in `[&'static str; LEN]`,
        // which `from_values` relies on.
        #[repr(C)]
        pub struct Messages { $( $(#[$m])* pub $name: &'static str, )* }

        impl Messages {
            /// A fingerprint of the field names in order (FNV-1a), written into every
            /// catalogue file.
            pub const FINGERPRINT: u64 = super::catalogue::fingerprint(&[$(stringify!($name)),*]);
            /// How many messages a catalogue has.
            pub const LEN: usize = [$(stringify!($name)),*].len();
            /// Every message's name, in field order (what tests walk: no test reads the
            /// catalogue's source as text).
            pub const NAMES: [&'static str; Self::LEN] = [$(stringify!($name)),*];
            /// A catalogue of empty strings: what the page shows only if no catalogue loaded,
            /// which the start-up prevents (it waits for one).
            pub const EMPTY: Messages = Messages { $( $name: "", )* };

            /// Every message, in field order.
            pub fn values(&self) -> [&'static str; Self::LEN] {
                [$(self.$name),*]
            }

            /// A catalogue from its messages in field order.
            pub fn from_values(values: [&'static str; Self::LEN]) -> Messages {
                // SAFETY: `Messages` is `repr(C)` and every field is a `&'static str` (the
                // macro accepts no other type), so it has the layout of `[&'static str; LEN]`:
                // the same size (which `transmute` checks), alignment and field offsets, and
                // every bit pattern of the array is a valid struct. Moving the fields one by
                // one cost 9 KB of wasm (one load and store per field); this is one copy.
                unsafe { std::mem::transmute::<[&'static str; Self::LEN], Messages>(values) }
            }
        }
    };
}

catalogue! {
    /// Every UI string, in one language.
    #[derive(Debug)]
    pub struct Messages {
        pub title: &'static str,
        pub purpose: &'static str,
        pub data_as_of: &'static str,
        pub source_anama: &'static str,
        pub language: &'static str,
        pub skip_link: &'static str,
        pub counters_heading: &'static str,
        pub hectares: &'static str,
        pub anti_personnel: &'static str,
        pub anti_tank: &'static str,
        pub uxo: &'static str,
        pub total_items: &'static str,
        pub unit_ha: &'static str,
        pub unit_items: &'static str,
        pub cumulative_basis: &'static str,
        pub weekly_basis: &'static str,
        pub weekly_partial: &'static str,
        pub lower_bound: &'static str,
        pub derived_total: &'static str,
        pub doc_description: &'static str,
        pub doc_title: &'static str,
        pub district_total_how: &'static str,
        pub district_mines_only: &'static str,
        pub print_sources: &'static str,
        pub bar_keys: &'static str,
        pub partial_sum_source: &'static str,
        pub col_whose: &'static str,
        pub col_figure: &'static str,
        pub bar_sources_heading: &'static str,
        pub weekly_finding_method: &'static str,
        pub as_of_statement: &'static str,
        pub as_of_week: &'static str,
        pub sum_about: &'static str,
        pub total_statement: &'static str,
        pub not_published_any: &'static str,
        pub exact_line: &'static str,
        pub figure_as_of: &'static str,
        pub scope_other: &'static str,
        pub scope_mod: &'static str,
        pub scope_ssc: &'static str,
        pub scope_cabinet: &'static str,
        pub scope_anama: &'static str,
        pub q_legend: &'static str,
        pub q_at_least: &'static str,
        pub q_up_to: &'static str,
        pub q_nearly: &'static str,
        pub q_about: &'static str,
        pub q_over: &'static str,
        /// A figure of the qualifier "more than" (`{v}` is the figure: Azerbaijani puts it first,
        /// `40 000-dən çox`).
        pub q_over_figure: &'static str,
        pub km2_equiv: &'static str,
        pub pitch_note: &'static str,
        pub gloss_anti_tank: &'static str,
        pub gloss_anti_personnel: &'static str,
        pub gloss_uxo: &'static str,
        pub gloss_hectares: &'static str,
        pub source: &'static str,
        pub sources: &'static str,
        pub no_address: &'static str,
        pub context_heading: &'static str,
        pub ctx_mines: &'static str,
        pub ctx_area: &'static str,
        pub ctx_area_note: &'static str,
        pub ctx_victims: &'static str,
        pub ctx_victims_detail: &'static str,
        /// As `ctx_victims_detail`, where the source counts the severely injured.
        pub ctx_victims_detail_severe: &'static str,
        pub ctx_goal: &'static str,
        pub method_heading: &'static str,
        pub method_intro: &'static str,
        pub coverage_heading: &'static str,
        pub col_year: &'static str,
        pub col_periods: &'static str,
        pub col_weekly_ha: &'static str,
        pub col_annual_ha: &'static str,
        pub col_coverage: &'static str,
        /// The coverage table's columns of weeks by status (a heading: plural in Russian).
        pub col_confirmed: &'static str,
        /// See `col_confirmed`.
        pub col_single: &'static str,
        /// See `col_confirmed`.
        pub col_disputed: &'static str,
        /// See `col_confirmed`.
        pub col_withheld: &'static str,
        pub status_confirmed: &'static str,
        pub status_single: &'static str,
        pub status_disputed: &'static str,
        pub status_withheld: &'static str,
        pub explain_confirmed: &'static str,
        pub explain_single: &'static str,
        pub explain_disputed: &'static str,
        pub explain_withheld: &'static str,
        pub flagged_heading: &'static str,
        pub derived_coverage: &'static str,
        pub scope_note: &'static str,
        pub boundary_credit: &'static str,
        pub reason: &'static str,
        pub period: &'static str,
        pub status: &'static str,
        pub whole_region: &'static str,
        pub footer: &'static str,
        pub data_error: &'static str,
        pub map_heading: &'static str,
        pub map_layer_label: &'static str,
        pub layer_hectares: &'static str,
        pub layer_mines: &'static str,
        pub layer_ordnance: &'static str,
        pub no_figure: &'static str,
        pub share_of_total: &'static str,
        pub map_hint: &'static str,
        pub no_polygon: &'static str,
        pub panel_region_heading: &'static str,
        pub panel_facts_heading: &'static str,
        pub fact_share: &'static str,
        pub no_facts: &'static str,
        pub district_basis: &'static str,
        pub district_none: &'static str,
        pub not_published: &'static str,
        pub legend_area: &'static str,
        pub legend_items: &'static str,
        pub baku: &'static str,
        pub locator: &'static str,
        pub map_summary: &'static str,
        pub mines_note: &'static str,
        pub range_heading: &'static str,
        pub preset_12: &'static str,
        pub preset_all: &'static str,
        pub range_from: &'static str,
        pub range_to: &'static str,
        pub weekly_heading: &'static str,
        pub weekly_title: &'static str,
        pub weekly_note: &'static str,
        pub y_items: &'static str,
        pub y_ha: &'static str,
        /// The `y_ha_year` message (the annual chart's axis).
        pub y_ha_year: &'static str,
        /// The `y_ha_month` message (the monthly chart's axis).
        pub y_ha_month: &'static str,
        pub legend_disputed: &'static str,
        pub legend_ha_bars: &'static str,
        pub legend_typical: &'static str,
        pub chart_empty: &'static str,
        pub chart_fallback: &'static str,
        pub chart_keys: &'static str,
        pub annual_heading: &'static str,
        pub annual_title: &'static str,
        pub annual_title_plain: &'static str,
        pub partial_note: &'static str,
        pub goal_label: &'static str,
        pub pace_heading: &'static str,
        pub pace_text: &'static str,
        pub pace_assumptions: &'static str,
        pub monthly_heading: &'static str,
        pub monthly_note: &'static str,
        pub view_table: &'static str,
        pub weekly_source: &'static str,
        pub annual_source: &'static str,
        pub table_heading: &'static str,
        pub table_summary: &'static str,
        pub chart_summary_weekly: &'static str,
        pub full_view: &'static str,
        pub touch_hint: &'static str,
        pub still_there: &'static str,
        pub continue_exploring: &'static str,
        pub share: &'static str,
        pub share_heading: &'static str,
        pub copy_link: &'static str,
        pub copy_embed: &'static str,
        pub copied: &'static str,
        pub native_share: &'static str,
        pub close: &'static str,
        /// Shown while a part of the page below the first screen downloads.
        pub part_loading: &'static str,
        /// Said where a figure's sources will be once the weeks' notes file has been read
        /// (a range's figures and the weekly chart's cards, the first moments after load).
        pub sources_loading: &'static str,
        /// The time-lapse button while stopped: plays the weeks from the first report on.
        pub play: &'static str,
        /// The time-lapse button while playing.
        pub pause: &'static str,
        /// What Play does (its tooltip; the keys, Space and K, are in `aria-keyshortcuts`).
        pub play_hint: &'static str,
        /// The time-lapse's speed choice: its label, then slow, normal, fast.
        pub pace_label: &'static str,
        pub pace_slow: &'static str,
        pub pace_normal: &'static str,
        pub pace_fast: &'static str,
        /// Shown when a part of the page could not be downloaded.
        pub part_failed: &'static str,
        /// The button that downloads a failed part again.
        pub part_retry: &'static str,
        /// The kiosk's card while it restarts itself (index.html, baked at build time).
        pub kiosk_restarting: &'static str,
        pub width: &'static str,
        pub height: &'static str,
        pub preview: &'static str,
        pub download_csv: &'static str,
        pub print: &'static str,
        pub update_heading: &'static str,
        pub update_intro: &'static str,
        pub choose_file: &'static str,
        pub drop_here: &'static str,
        pub keep_data: &'static str,
        pub loaded_ok: &'static str,
        pub load_failed: &'static str,
        pub fmt_comma: &'static str,
        pub fmt_semicolon: &'static str,
        pub fmt_tab: &'static str,
        pub fmt_decimal_comma: &'static str,
        pub paste_open: &'static str,
        pub paste_heading: &'static str,
        pub paste_intro: &'static str,
        pub paste_label: &'static str,
        pub paste_read: &'static str,
        pub paste_refused: &'static str,
        pub r_empty: &'static str,
        pub r_too_long: &'static str,
        pub r_no_figures: &'static str,
        pub r_not_weekly: &'static str,
        pub r_summary: &'static str,
        pub r_two_periods: &'static str,
        pub r_unattributable: &'static str,
        pub u_no_period: &'static str,
        pub u_year: &'static str,
        pub u_year_no_monday: &'static str,
        pub u_ambiguous: &'static str,
        pub u_not_count: &'static str,
        pub u_too_large: &'static str,
        pub f_start: &'static str,
        pub f_end: &'static str,
        pub f_from: &'static str,
        pub f_not_found: &'static str,
        pub f_m2: &'static str,
        pub f_year_ok: &'static str,
        pub f_outlet: &'static str,
        pub f_url: &'static str,
        pub f_qualifier: &'static str,
        pub q_exact: &'static str,
        pub paste_add: &'static str,
        pub paste_need_year: &'static str,
        pub add_added: &'static str,
        pub add_cited: &'static str,
        pub add_source: &'static str,
        pub add_confirmed: &'static str,
        pub add_disputed: &'static str,
        pub add_withheld: &'static str,
        pub add_kept: &'static str,
        pub download_weeks: &'static str,
        pub weeks_ago: &'static str,
        pub kiosk_stale: &'static str,
        pub export_json: &'static str,
        pub export_more: &'static str,
        pub export_sub_weekly: &'static str,
        pub export_source_weeks: &'static str,
        pub export_source_totals: &'static str,
        pub qr_kiosk: &'static str,
        pub qr_print: &'static str,
        pub card_meaning_hectares: &'static str,
        pub card_source: &'static str,
        pub card_kicker_week: &'static str,
        pub card_meaning_week: &'static str,
        pub card_meaning_district: &'static str,
        pub card_kicker_goal: &'static str,
        pub card_meaning_goal: &'static str,
        pub card_goal_derived: &'static str,
        pub card_sentence: &'static str,
        pub cards_heading: &'static str,
        pub card_kind_headline: &'static str,
        pub card_kind_week: &'static str,
        pub card_kind_district: &'static str,
        pub card_kind_goal: &'static str,
        pub card_none: &'static str,
        pub card_download: &'static str,
        pub card_copy: &'static str,
        pub language_unavailable: &'static str,
        pub custom_banner: &'static str,
        pub reset_data: &'static str,
        /// "Keep this data" was asked for, and the browser's storage refused it.
        pub keep_failed: &'static str,
        /// A chosen or dropped file could not be read at all.
        pub file_unreadable: &'static str,
        /// An export (download, PNG render) failed.
        pub export_failed: &'static str,
        /// The share dialog's video (the time-lapse as a clip, `embed::clip`).
        pub video_heading: &'static str,
        pub video_intro: &'static str,
        pub video_kicker: &'static str,
        pub video_running: &'static str,
        pub video_portrait: &'static str,
        pub video_square: &'static str,
        pub video_size: &'static str,
        pub video_file: &'static str,
        pub video_make: &'static str,
        pub video_cancel: &'static str,
        pub video_progress: &'static str,
        pub video_done: &'static str,
        pub video_mp4_note: &'static str,
        pub video_webm_note: &'static str,
        pub video_no_mp4: &'static str,
        pub video_realtime: &'static str,
        pub video_failed: &'static str,
        pub video_cancelled: &'static str,
    }
}

mod az;
mod en;
mod ru;

pub use az::AZ;
pub use en::EN;
pub use ru::RU;
