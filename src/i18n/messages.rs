//! The message catalogues: one `Messages` value per language. Adding a field to the struct
//! without adding it to every language fails to compile; `tests/catalogue.rs` fails on a field
//! no code reads. The English text of a message is in `EN` below (not repeated here).

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
        /// The `title` message.
        pub title: &'static str,
        /// The `purpose` message.
        pub purpose: &'static str,
        /// The `data_as_of` message.
        pub data_as_of: &'static str,
        /// The `source_anama` message.
        pub source_anama: &'static str,
        /// The `language` message.
        pub language: &'static str,
        /// The `skip_link` message.
        pub skip_link: &'static str,
        /// The `counters_heading` message.
        pub counters_heading: &'static str,
        /// The `hectares` message.
        pub hectares: &'static str,
        /// The `anti_personnel` message.
        pub anti_personnel: &'static str,
        /// The `anti_tank` message.
        pub anti_tank: &'static str,
        /// The `uxo` message.
        pub uxo: &'static str,
        /// The `total_items` message.
        pub total_items: &'static str,
        /// The `unit_ha` message.
        pub unit_ha: &'static str,
        /// The `unit_items` message.
        pub unit_items: &'static str,
        /// The `cumulative_basis` message.
        pub cumulative_basis: &'static str,
        /// The `weekly_basis` message.
        pub weekly_basis: &'static str,
        /// The `weekly_partial` message.
        pub weekly_partial: &'static str,
        /// The `lower_bound` message.
        pub lower_bound: &'static str,
        /// The `derived_total` message.
        pub derived_total: &'static str,
        /// The `doc_description` message.
        pub doc_description: &'static str,
        /// The `doc_title` message.
        pub doc_title: &'static str,
        /// The `district_total_how` message.
        pub district_total_how: &'static str,
        /// The `district_mines_only` message.
        pub district_mines_only: &'static str,
        /// The `print_sources` message.
        pub print_sources: &'static str,
        /// The `bar_keys` message.
        pub bar_keys: &'static str,
        /// The `partial_sum_source` message.
        pub partial_sum_source: &'static str,
        /// The `col_whose` message.
        pub col_whose: &'static str,
        /// The `col_figure` message.
        pub col_figure: &'static str,
        /// The `bar_sources_heading` message.
        pub bar_sources_heading: &'static str,
        /// The `weekly_finding_method` message.
        pub weekly_finding_method: &'static str,
        /// The `as_of_statement` message.
        pub as_of_statement: &'static str,
        /// The `as_of_week` message.
        pub as_of_week: &'static str,
        /// The `sum_about` message.
        pub sum_about: &'static str,
        /// The `total_statement` message.
        pub total_statement: &'static str,
        /// The `not_published_any` message.
        pub not_published_any: &'static str,
        /// The `exact_line` message.
        pub exact_line: &'static str,
        /// The `figure_as_of` message.
        pub figure_as_of: &'static str,
        /// The `scope_other` message.
        pub scope_other: &'static str,
        /// The `scope_mod` message.
        pub scope_mod: &'static str,
        /// The `scope_ssc` message.
        pub scope_ssc: &'static str,
        /// The `scope_cabinet` message.
        pub scope_cabinet: &'static str,
        /// The `scope_anama` message.
        pub scope_anama: &'static str,
        /// The `q_legend` message.
        pub q_legend: &'static str,
        /// The `q_at_least` message.
        pub q_at_least: &'static str,
        /// The `q_up_to` message.
        pub q_up_to: &'static str,
        /// The `q_nearly` message.
        pub q_nearly: &'static str,
        /// The `q_about` message.
        pub q_about: &'static str,
        /// The `q_over` message.
        pub q_over: &'static str,
        /// The `km2_equiv` message.
        pub km2_equiv: &'static str,
        /// The `pitch_note` message.
        pub pitch_note: &'static str,
        /// The `gloss_anti_tank` message.
        pub gloss_anti_tank: &'static str,
        /// The `gloss_anti_personnel` message.
        pub gloss_anti_personnel: &'static str,
        /// The `gloss_uxo` message.
        pub gloss_uxo: &'static str,
        /// The `gloss_hectares` message.
        pub gloss_hectares: &'static str,
        /// The `source` message.
        pub source: &'static str,
        /// The `sources` message.
        pub sources: &'static str,
        /// The `no_address` message.
        pub no_address: &'static str,
        /// The `context_heading` message.
        pub context_heading: &'static str,
        /// The `ctx_mines` message.
        pub ctx_mines: &'static str,
        /// The `ctx_area` message.
        pub ctx_area: &'static str,
        /// The `ctx_area_note` message.
        pub ctx_area_note: &'static str,
        /// The `ctx_victims` message.
        pub ctx_victims: &'static str,
        /// The `ctx_victims_detail` message.
        pub ctx_victims_detail: &'static str,
        /// The `ctx_goal` message.
        pub ctx_goal: &'static str,
        /// The `method_heading` message.
        pub method_heading: &'static str,
        /// The `method_intro` message.
        pub method_intro: &'static str,
        /// The `coverage_heading` message.
        pub coverage_heading: &'static str,
        /// The `col_year` message.
        pub col_year: &'static str,
        /// The `col_periods` message.
        pub col_periods: &'static str,
        /// The `col_weekly_ha` message.
        pub col_weekly_ha: &'static str,
        /// The `col_annual_ha` message.
        pub col_annual_ha: &'static str,
        /// The `col_coverage` message.
        pub col_coverage: &'static str,
        /// The `status_confirmed` message.
        pub status_confirmed: &'static str,
        /// The `status_single` message.
        pub status_single: &'static str,
        /// The `status_disputed` message.
        pub status_disputed: &'static str,
        /// The `status_withheld` message.
        pub status_withheld: &'static str,
        /// The `explain_confirmed` message.
        pub explain_confirmed: &'static str,
        /// The `explain_single` message.
        pub explain_single: &'static str,
        /// The `explain_disputed` message.
        pub explain_disputed: &'static str,
        /// The `explain_withheld` message.
        pub explain_withheld: &'static str,
        /// The `flagged_heading` message.
        pub flagged_heading: &'static str,
        /// The `derived_coverage` message.
        pub derived_coverage: &'static str,
        /// The `scope_note` message.
        pub scope_note: &'static str,
        /// The `boundary_credit` message.
        pub boundary_credit: &'static str,
        /// The `reason` message.
        pub reason: &'static str,
        /// The `period` message.
        pub period: &'static str,
        /// The `status` message.
        pub status: &'static str,
        /// The `whole_region` message.
        pub whole_region: &'static str,
        /// The `footer` message.
        pub footer: &'static str,
        /// The `data_error` message.
        pub data_error: &'static str,
        /// The `map_heading` message.
        pub map_heading: &'static str,
        /// The `map_layer_label` message.
        pub map_layer_label: &'static str,
        /// The `layer_hectares` message.
        pub layer_hectares: &'static str,
        /// The `layer_mines` message.
        pub layer_mines: &'static str,
        /// The `layer_ordnance` message.
        pub layer_ordnance: &'static str,
        /// The `no_figure` message.
        pub no_figure: &'static str,
        /// The `share_of_total` message.
        pub share_of_total: &'static str,
        /// The `map_hint` message.
        pub map_hint: &'static str,
        /// The `no_polygon` message.
        pub no_polygon: &'static str,
        /// The `panel_region_heading` message.
        pub panel_region_heading: &'static str,
        /// The `panel_facts_heading` message.
        pub panel_facts_heading: &'static str,
        /// The `fact_share` message.
        pub fact_share: &'static str,
        /// The `no_facts` message.
        pub no_facts: &'static str,
        /// The `district_basis` message.
        pub district_basis: &'static str,
        /// The `district_none` message.
        pub district_none: &'static str,
        /// The `not_published` message.
        pub not_published: &'static str,
        /// The `legend_area` message.
        pub legend_area: &'static str,
        /// The `legend_items` message.
        pub legend_items: &'static str,
        /// The `baku` message.
        pub baku: &'static str,
        /// The `locator` message.
        pub locator: &'static str,
        /// The `map_summary` message.
        pub map_summary: &'static str,
        /// The `mines_note` message.
        pub mines_note: &'static str,
        /// The `range_heading` message.
        pub range_heading: &'static str,
        /// The `preset_12` message.
        pub preset_12: &'static str,
        /// The `preset_all` message.
        pub preset_all: &'static str,
        /// The `range_from` message.
        pub range_from: &'static str,
        /// The `range_to` message.
        pub range_to: &'static str,
        /// The `weekly_heading` message.
        pub weekly_heading: &'static str,
        /// The `weekly_title` message.
        pub weekly_title: &'static str,
        /// The `weekly_note` message.
        pub weekly_note: &'static str,
        /// The `y_items` message.
        pub y_items: &'static str,
        /// The `y_ha` message.
        pub y_ha: &'static str,
        /// The `y_ha_year` message (the annual chart's axis).
        pub y_ha_year: &'static str,
        /// The `y_ha_month` message (the monthly chart's axis).
        pub y_ha_month: &'static str,
        /// The `legend_disputed` message.
        pub legend_disputed: &'static str,
        /// The `legend_ha_bars` message.
        pub legend_ha_bars: &'static str,
        /// The `legend_typical` message.
        pub legend_typical: &'static str,
        /// The `chart_empty` message.
        pub chart_empty: &'static str,
        /// The `chart_fallback` message.
        pub chart_fallback: &'static str,
        /// The `chart_keys` message.
        pub chart_keys: &'static str,
        /// The `annual_heading` message.
        pub annual_heading: &'static str,
        /// The `annual_title` message.
        pub annual_title: &'static str,
        /// The `annual_title_plain` message.
        pub annual_title_plain: &'static str,
        /// The `partial_note` message.
        pub partial_note: &'static str,
        /// The `goal_label` message.
        pub goal_label: &'static str,
        /// The `pace_heading` message.
        pub pace_heading: &'static str,
        /// The `pace_text` message.
        pub pace_text: &'static str,
        /// The `pace_assumptions` message.
        pub pace_assumptions: &'static str,
        /// The `monthly_heading` message.
        pub monthly_heading: &'static str,
        /// The `monthly_note` message.
        pub monthly_note: &'static str,
        /// The `view_table` message.
        pub view_table: &'static str,
        /// The `weekly_source` message.
        pub weekly_source: &'static str,
        /// The `annual_source` message.
        pub annual_source: &'static str,
        /// The `table_heading` message.
        pub table_heading: &'static str,
        /// The `table_summary` message.
        pub table_summary: &'static str,
        /// The `chart_summary_weekly` message.
        pub chart_summary_weekly: &'static str,
        /// The `full_view` message.
        pub full_view: &'static str,
        /// The `touch_hint` message.
        pub touch_hint: &'static str,
        /// The `still_there` message.
        pub still_there: &'static str,
        /// The `continue_exploring` message.
        pub continue_exploring: &'static str,
        /// The `share` message.
        pub share: &'static str,
        /// The `share_heading` message.
        pub share_heading: &'static str,
        /// The `copy_link` message.
        pub copy_link: &'static str,
        /// The `copy_embed` message.
        pub copy_embed: &'static str,
        /// The `copied` message.
        pub copied: &'static str,
        /// The `native_share` message.
        pub native_share: &'static str,
        /// The `close` message.
        pub close: &'static str,
        /// Shown while a part of the page below the first screen downloads.
        pub part_loading: &'static str,
        /// Shown when a part of the page could not be downloaded.
        pub part_failed: &'static str,
        /// The button that downloads a failed part again.
        pub part_retry: &'static str,
        /// The kiosk's card while it restarts itself (index.html, baked at build time).
        pub kiosk_restarting: &'static str,
        /// The `width` message.
        pub width: &'static str,
        /// The `height` message.
        pub height: &'static str,
        /// The `preview` message.
        pub preview: &'static str,
        /// The `download_csv` message.
        pub download_csv: &'static str,
        /// The `print` message.
        pub print: &'static str,
        /// The `update_heading` message.
        pub update_heading: &'static str,
        /// The `update_intro` message.
        pub update_intro: &'static str,
        /// The `choose_file` message.
        pub choose_file: &'static str,
        /// The `drop_here` message.
        pub drop_here: &'static str,
        /// The `keep_data` message.
        pub keep_data: &'static str,
        /// The `loaded_ok` message.
        pub loaded_ok: &'static str,
        /// The `load_failed` message.
        pub load_failed: &'static str,
        /// The `fmt_comma` message.
        pub fmt_comma: &'static str,
        /// The `fmt_semicolon` message.
        pub fmt_semicolon: &'static str,
        /// The `fmt_tab` message.
        pub fmt_tab: &'static str,
        /// The `fmt_decimal_comma` message.
        pub fmt_decimal_comma: &'static str,
        /// The `paste_open` message.
        pub paste_open: &'static str,
        /// The `paste_heading` message.
        pub paste_heading: &'static str,
        /// The `paste_intro` message.
        pub paste_intro: &'static str,
        /// The `paste_label` message.
        pub paste_label: &'static str,
        /// The `paste_read` message.
        pub paste_read: &'static str,
        /// The `paste_refused` message.
        pub paste_refused: &'static str,
        /// The `r_empty` message.
        pub r_empty: &'static str,
        /// The `r_too_long` message.
        pub r_too_long: &'static str,
        /// The `r_no_figures` message.
        pub r_no_figures: &'static str,
        /// The `r_not_weekly` message.
        pub r_not_weekly: &'static str,
        /// The `r_summary` message.
        pub r_summary: &'static str,
        /// The `r_two_periods` message.
        pub r_two_periods: &'static str,
        /// The `r_unattributable` message.
        pub r_unattributable: &'static str,
        /// The `u_no_period` message.
        pub u_no_period: &'static str,
        /// The `u_year` message.
        pub u_year: &'static str,
        /// The `u_year_no_monday` message.
        pub u_year_no_monday: &'static str,
        /// The `u_ambiguous` message.
        pub u_ambiguous: &'static str,
        /// The `u_not_count` message.
        pub u_not_count: &'static str,
        /// The `u_too_large` message.
        pub u_too_large: &'static str,
        /// The `f_start` message.
        pub f_start: &'static str,
        /// The `f_end` message.
        pub f_end: &'static str,
        /// The `f_from` message.
        pub f_from: &'static str,
        /// The `f_not_found` message.
        pub f_not_found: &'static str,
        /// The `f_m2` message.
        pub f_m2: &'static str,
        /// The `f_year_ok` message.
        pub f_year_ok: &'static str,
        /// The `f_outlet` message.
        pub f_outlet: &'static str,
        /// The `f_url` message.
        pub f_url: &'static str,
        /// The `f_qualifier` message.
        pub f_qualifier: &'static str,
        /// The `q_exact` message.
        pub q_exact: &'static str,
        /// The `paste_add` message.
        pub paste_add: &'static str,
        /// The `paste_need_year` message.
        pub paste_need_year: &'static str,
        /// The `add_added` message.
        pub add_added: &'static str,
        /// The `add_cited` message.
        pub add_cited: &'static str,
        /// The `add_source` message.
        pub add_source: &'static str,
        /// The `add_confirmed` message.
        pub add_confirmed: &'static str,
        /// The `add_disputed` message.
        pub add_disputed: &'static str,
        /// The `add_withheld` message.
        pub add_withheld: &'static str,
        /// The `add_kept` message.
        pub add_kept: &'static str,
        /// The `download_weeks` message.
        pub download_weeks: &'static str,
        /// The `weeks_ago` message.
        pub weeks_ago: &'static str,
        /// The `kiosk_stale` message.
        pub kiosk_stale: &'static str,
        /// The `export_json` message.
        pub export_json: &'static str,
        /// The `export_more` message.
        pub export_more: &'static str,
        /// The `export_sub_weekly` message.
        pub export_sub_weekly: &'static str,
        /// The `export_source_weeks` message.
        pub export_source_weeks: &'static str,
        /// The `export_source_totals` message.
        pub export_source_totals: &'static str,
        /// The `qr_kiosk` message.
        pub qr_kiosk: &'static str,
        /// The `qr_print` message.
        pub qr_print: &'static str,
        /// The `card_meaning_hectares` message.
        pub card_meaning_hectares: &'static str,
        /// The `card_source` message.
        pub card_source: &'static str,
        /// The `card_kicker_week` message.
        pub card_kicker_week: &'static str,
        /// The `card_meaning_week` message.
        pub card_meaning_week: &'static str,
        /// The `card_meaning_district` message.
        pub card_meaning_district: &'static str,
        /// The `card_kicker_goal` message.
        pub card_kicker_goal: &'static str,
        /// The `card_meaning_goal` message.
        pub card_meaning_goal: &'static str,
        /// The `card_goal_derived` message.
        pub card_goal_derived: &'static str,
        /// The `card_sentence` message.
        pub card_sentence: &'static str,
        /// The `cards_heading` message.
        pub cards_heading: &'static str,
        /// The `card_kind_headline` message.
        pub card_kind_headline: &'static str,
        /// The `card_kind_week` message.
        pub card_kind_week: &'static str,
        /// The `card_kind_district` message.
        pub card_kind_district: &'static str,
        /// The `card_kind_goal` message.
        pub card_kind_goal: &'static str,
        /// The `card_none` message.
        pub card_none: &'static str,
        /// The `card_download` message.
        pub card_download: &'static str,
        /// The `card_copy` message.
        pub card_copy: &'static str,
        /// The `language_unavailable` message.
        pub language_unavailable: &'static str,
        /// The `custom_banner` message.
        pub custom_banner: &'static str,
        /// The `reset_data` message.
        pub reset_data: &'static str,
    }
}

/// English.
pub const EN: Messages = Messages {
    title: "Mine clearance in Azerbaijan's liberated territories",
    purpose: "How much land has been made safe, week by week, from the reports of the Mine Action Agency of the Republic of Azerbaijan (ANAMA).",
    data_as_of: "Data as of {date}",
    source_anama: "Source: ANAMA, as published by the outlets cited",
    language: "Language",
    skip_link: "Skip to the figures",
    counters_heading: "Cleared so far",
    hectares: "Land cleared",
    anti_personnel: "Anti-personnel mines",
    anti_tank: "Anti-tank mines",
    uxo: "Unexploded ordnance",
    total_items: "Mines and ordnance in all",
    unit_ha: "ha",
    unit_items: "items",
    cumulative_basis: "Each figure is its latest published statement; the newest is of {date}",
    weekly_basis: "Sum of {n} reported {n|week|weeks}, {period}",
    weekly_partial: "{k} of {n} {n|week|weeks} printed this figure",
    lower_bound: "at least: some weeks printed “more than N”",
    derived_total: "Derived: anti-tank + anti-personnel + UXO",
    doc_description: "Humanitarian mine clearance in Azerbaijan's liberated territories, week by week, from ANAMA's reports. Every figure links to its source.",
    doc_title: "Clearance Atlas: mine clearance in Azerbaijan",
    district_total_how: "Derived: mines + other explosive ordnance, as the State Statistics Committee published them for the district",
    district_mines_only: "Not published apart for districts: the State Statistics Committee gives mines of both kinds together, {v} in {period}, counted in the total.",
    print_sources: "Sources: {outlets} (headline figures); the weekly chart: ANAMA's weekly reports as printed by {n} news {n|outlet|outlets}, each week linked in the atlas. Every figure with its source: {url}",
    bar_keys: "Hover or tap a bar, or use the arrow keys, for its figure and source.",
    partial_sum_source: "sum of {n} reported {n|week|weeks} (sources in the data table)",
    col_whose: "Whose figure",
    col_figure: "Figure",
    bar_sources_heading: "Sources of the bars",
    weekly_finding_method: "Plain mean of the hectares printed for {n2} reported {n2|period|periods} of {y2} and {n1} of {y1}, each as printed (most are 6 or 7 days long). Weeks that were not reported are left out, never counted as zero.",
    as_of_statement: "latest statement: {outlet}",
    as_of_week: "latest reported week: {period}",
    sum_about: "about: some weeks printed “about N” or “nearly N”",
    total_statement: "Published as one figure: mines and other explosive ordnance found",
    not_published_any: "no published figure",
    exact_line: "exact: {value} to {date}, {scope}",
    figure_as_of: "to {date} · {scope}",
    scope_other: "another official body",
    scope_mod: "Ministry of Defence",
    scope_ssc: "State Statistics Committee",
    scope_cabinet: "Cabinet of Ministers report",
    scope_anama: "ANAMA",
    q_legend: "> more than · ≈ about · ≲ nearly · ≤ up to",
    q_at_least: "at least",
    q_up_to: "up to",
    q_nearly: "nearly",
    q_about: "about",
    q_over: "more than",
    km2_equiv: "= {km2} km², {pitches} football pitches (from the figure above)",
    pitch_note: "1 ha = 0.01 km²; a pitch of 105 × 68 m is 0.714 ha",
    gloss_anti_tank: "Large mines built to destroy vehicles; the weight of a car or tractor sets them off.",
    gloss_anti_personnel: "Small mines built to kill or maim people; a single footstep sets them off.",
    gloss_uxo: "Shells, bombs, rockets and cluster submunitions that were fired or dropped but did not explode.",
    gloss_hectares: "Land searched, cleared of explosives and handed back for use. 1 hectare = 10,000 m².",
    source: "Source",
    sources: "Sources",
    no_address: "address not captured",
    context_heading: "The scale of the problem",
    ctx_mines: "mines estimated in the ground",
    ctx_area: "km² contaminated: about {pct}% of Azerbaijan's {total} km²",
    ctx_area_note: "Share derived: 11,667 ÷ 86,600 km²",
    ctx_victims: "mine victims since November 2020",
    ctx_victims_detail: "{killed} killed, {injured} injured, as of {date}",
    ctx_goal: "ha a year: the stated clearance goal",
    method_heading: "Sources and method",
    method_intro: "Every figure comes from a published report of ANAMA's numbers and links to it. Missing weeks are gaps, never zeros, and nothing is interpolated. All-time and annual figures come from ANAMA's own statements, not from adding up weeks, because the press reported only some of the weeks.",
    coverage_heading: "Weekly reports found, by year",
    col_year: "Year",
    col_periods: "Counted weeks",
    col_weekly_ha: "Sum of weeks, ha",
    col_annual_ha: "ANAMA annual total, ha",
    col_coverage: "Share covered",
    status_confirmed: "confirmed",
    status_single: "single source",
    status_disputed: "disputed",
    status_withheld: "withheld",
    explain_confirmed: "two or more independent outlets print the same figures",
    explain_single: "one outlet printed the figures",
    explain_disputed: "outlets disagree; the unresolved figure is left empty and both readings are kept",
    explain_withheld: "implausible or unverifiable; listed with the reason, left out of charts and sums",
    flagged_heading: "Disputed and withheld weeks",
    derived_coverage: "Share covered = sum of the counted weeks ÷ ANAMA's annual total. Withheld weeks and second prints of a report are not counted. 2021 has no ANAMA annual total (the only one is the Ministry of Defence's), so no share is given.",
    scope_note: "Figures of the Ministry of Defence and of the State Statistics Committee are kept apart from ANAMA's and never added to them.",
    boundary_credit: "District boundaries: Natural Earth admin-1 (Made with Natural Earth), simplified. Natural Earth labels Lachin “Lankaran”; corrected here.",
    reason: "Reason",
    period: "Period",
    status: "Status",
    whole_region: "Whole region",
    footer: "Clearance Atlas: open data visualisation. Figures are as published; corrections welcome.",
    data_error: "The embedded data could not be read. Nothing is shown rather than a wrong number.",
    map_heading: "Where land is being cleared",
    map_layer_label: "Show",
    layer_hectares: "Hectares cleared in {period}",
    layer_mines: "Mines neutralised {period}",
    layer_ordnance: "Other explosive ordnance {period}",
    no_figure: "no published figure",
    share_of_total: "{pct}% of the year's total",
    map_hint: "Hover, tap or Tab to a district for its figure; click or press Enter to select it, Escape to clear.",
    no_polygon: "no boundary of its own in Natural Earth",
    panel_region_heading: "All districts",
    panel_facts_heading: "What the data say about {name}",
    fact_share: "Share of the district cleared, {date}",
    no_facts: "No district-level figure is published for {name}.",
    district_basis: "{name}: the figures published for this district, each with its period and source",
    district_none: "{name}: no district figure is published for this selection",
    not_published: "not published for this district",
    legend_area: "Hectares cleared",
    legend_items: "Items neutralised",
    baku: "Baku",
    locator: "Where the region lies in Azerbaijan",
    map_summary: "Map of {n} {n|district|districts}. {layer}: the most in {top} ({value}).",
    mines_note: "State Statistics Committee figures for the districts with most finds; “mines” are anti-tank plus anti-personnel.",
    range_heading: "Period shown",
    preset_12: "Last 12 weeks",
    preset_all: "All weeks",
    range_from: "From",
    range_to: "To",
    weekly_heading: "Week by week",
    weekly_title: "Reported weeks in {y2} averaged {a} ha cleared, {r}× the {y1} average",
    weekly_note: "Gaps are weeks with no published report; {n} withheld {n|week is|weeks are} not drawn (see Sources and method).",
    y_items: "Items per period",
    y_ha: "Hectares per period",
    y_ha_year: "Hectares per year",
    y_ha_month: "Hectares per month",
    legend_disputed: "disputed (hatched cap)",
    legend_ha_bars: "hectares cleared per reported period",
    legend_typical: "typical week: median of the last {n} reported {n|period|periods}",
    chart_empty: "No reported week in this period.",
    chart_fallback: "The chart could not be drawn here; the same figures are in the table below.",
    chart_keys: "Arrow keys move between weeks.",
    annual_heading: "Year by year",
    annual_title: "{y}: {v} ha cleared, the most of any year so far",
    annual_title_plain: "Hectares cleared per year (ANAMA annual totals)",
    partial_note: "{y}*: sum of {n} reported {n|week|weeks} so far, not an annual total (hollow bar).",
    goal_label: "Goal: over {g} ha a year",
    pace_heading: "At the recent pace",
    pace_text: "At the pace of the last 52 weeks, the area known to be contaminated would take another {a}–{b} {b|year|years} to clear.",
    pace_assumptions: "Assumptions: all {area} km² stated as contaminated on {date} is still to clear (nothing cleared since is subtracted); a yearly pace between {low} ha and {high} ha — the {year} annual total ({annual} ha) and the mean of {n} reported {n|week|weeks} in the last 52 weeks, each scaled to 7 days, × 52 ({weekly} ha). Survey often shrinks suspected areas, and pace changes: this is a range, not a date.",
    monthly_heading: "Month by month",
    monthly_note: "Only months with a published ANAMA total are drawn; hollow bars are qualified figures (“more than”, “about”, “nearly”).",
    view_table: "See these figures as a table",
    weekly_source: "Source: ANAMA weekly figures as published; each week's outlets are in the table.",
    annual_source: "Source: ANAMA's annual totals; each bar's statement is listed below with its link.",
    table_heading: "All weekly records",
    table_summary: "Show the table ({n} {n|period|periods}, with sources)",
    chart_summary_weekly: "Weekly chart, {period}: {n} reported {n|period|periods}; {ha} ha and {items} {items|item|items} in total.",
    full_view: "Full view · Sources",
    touch_hint: "Touch to explore",
    still_there: "Still there? Returning to the start in {n} s",
    continue_exploring: "Continue exploring",
    share: "Embed / share",
    share_heading: "Share this view",
    copy_link: "Copy link",
    copy_embed: "Copy embed code",
    copied: "Copied",
    native_share: "Share…",
    close: "Close",
    part_loading: "Loading this section…",
    part_failed: "This section could not be loaded (the connection may be down). The rest of the page works.",
    part_retry: "Try again",
    kiosk_restarting: "The atlas is restarting. Here are its latest figures.",
    width: "Width",
    height: "Height",
    preview: "Preview",
    download_csv: "Download the data of this view (CSV)",
    print: "Print bulletin",
    update_heading: "Load newer data",
    update_intro: "Choose or drop a weekly data file (weeks.csv, same columns as the embedded one, see the README; as Excel or LibreOffice save it too: commas, semicolons or tabs, decimal commas, UTF-8, UTF-16 or Windows-1251). It is checked with the same rules as the embedded data; if anything is wrong, nothing changes and every problem is listed.",
    choose_file: "Choose a file…",
    drop_here: "…or drop it here",
    keep_data: "Keep this data on this device",
    loaded_ok: "Loaded {n} weekly {n|record|records} from {file} ({format}).",
    load_failed: "{file} was not loaded: {n} {n|problem|problems}. The figures shown are unchanged.",
    fmt_comma: "comma-separated",
    fmt_semicolon: "semicolon-separated",
    fmt_tab: "tab-separated",
    fmt_decimal_comma: "decimal comma",
    paste_open: "Paste a report…",
    paste_heading: "Paste a weekly report",
    paste_intro: "Paste the text of one weekly ANAMA report as a news outlet printed it, in English, Azerbaijani or Russian. Each figure found is shown with the words it came from: check them, name the outlet and the article’s address, and add the week. It is checked with the same rules as a data file; nothing is overwritten.",
    paste_label: "Report text",
    paste_read: "Read the report",
    paste_refused: "This text was not read as a weekly report: {reason}.",
    r_empty: "it is empty",
    r_too_long: "it is {n} {n|character|characters} long; paste one report",
    r_no_figures: "no figure could be tied to anti-tank mines, anti-personnel mines, UXO or hectares",
    r_not_weekly: "the period “{words}” is {days} days long: a monthly or cumulative report, not a week",
    r_summary: "“{words}” marks a monthly, annual or cumulative report",
    r_two_periods: "it names two periods (“{first}” and “{second}”): paste one week’s report",
    r_unattributable: "it gives two figures for {metric} (“{first}” and “{second}”): paste only the week’s paragraph",
    u_no_period: "No period found: enter the first and last day.",
    u_year: "The year is not printed: {year} is proposed because the first day is a Monday that year. Check it.",
    u_year_no_monday: "The year is not printed: {year} is proposed, though the first day is not a Monday. Check it.",
    u_ambiguous: "“{words}” reads two ways: enter the figure yourself.",
    u_not_count: "“{words}” is not a whole number: enter the figure yourself.",
    u_too_large: "“{words}” is more than any week could clear: check the text.",
    f_start: "First day",
    f_end: "Last day",
    f_from: "from “{words}”",
    f_not_found: "not in the text",
    f_m2: "{m2} m² ÷ 10,000",
    f_year_ok: "I have checked the year",
    f_outlet: "Outlet",
    f_url: "Article address (https://…)",
    f_qualifier: "Qualifier",
    q_exact: "exact",
    paste_add: "Check and add the week",
    paste_need_year: "Confirm the year first.",
    add_added: "{period} was added as a new week from one source.",
    add_cited: "This article is already cited for {period}; nothing changed.",
    add_source: "The figures for {period} match: the source was added.",
    add_confirmed: "The figures for {period} match a second outlet: the week is now confirmed.",
    add_disputed: "The figures for {period} differ ({metrics}): the week is now disputed, with both readings kept.",
    add_withheld: "{period} is withheld by the maintainers; nothing changed.",
    add_kept: "The data on this page, with this week, is kept on this device.",
    download_weeks: "Download weeks.csv",
    weeks_ago: "{n} {n|week|weeks} ago",
    kiosk_stale: "Figures to {date}",
    export_json: "Data · JSON",
    export_more: "and {n} more {n|outlet|outlets}",
    export_sub_weekly: "Hectares cleared (above) and items found (below) per reported period, {period}. Gaps are weeks with no published report.",
    export_source_weeks: "Source: ANAMA weekly reports as published by {outlets}",
    export_source_totals: "Source: ANAMA figures as published by {outlets}",
    qr_kiosk: "Explore on your phone",
    qr_print: "The atlas online",
    card_meaning_hectares: "of land cleared of mines and unexploded ordnance in Azerbaijan's territories affected by the conflict, as officially reported",
    card_source: "Source: {outlets}",
    card_kicker_week: "Latest reported week",
    card_meaning_week: "of land cleared in one week; {at} anti-tank mines, {ap} anti-personnel mines and {uxo} unexploded ordnance found",
    card_meaning_district: "cleared in {district} in {period}",
    card_kicker_goal: "The year against the goal",
    card_meaning_goal: "cleared in {year}: {share}% of the stated goal of {goal} ha a year",
    card_goal_derived: "ANAMA's {year} total; the share is derived from it and the stated goal",
    card_sentence: "{figure} {meaning} ({date}). {source}. Clearance Atlas: {address}",
    cards_heading: "Campaign cards",
    card_kind_headline: "Land cleared",
    card_kind_week: "Latest week",
    card_kind_district: "Selected district",
    card_kind_goal: "Year vs goal",
    card_none: "No figure for this card in the current view (choose a district on the map for its card).",
    card_download: "Download PNG",
    card_copy: "Copy the text",
    language_unavailable: "This language could not be loaded. Check the connection and try again.",
    custom_banner: "Custom data loaded ({n} weekly {n|record|records}, not the published build).",
    reset_data: "Reset to the published data",
};

/// Azerbaijani (Latin script).
pub const AZ: Messages = Messages {
    title: "Azərbaycanın azad edilmiş ərazilərində minatəmizləmə",
    purpose: "Azərbaycan Respublikasının Minalardan Təmizləmə üzrə Agentliyinin (ANAMA) hesabatlarına əsasən həftəbəhəftə nə qədər ərazinin təhlükəsiz edildiyi.",
    data_as_of: "Məlumatlar {date} tarixinə",
    source_anama: "Mənbə: ANAMA, istinad edilən KİV-lərin dərc etdiyi kimi",
    language: "Dil",
    skip_link: "Rəqəmlərə keç",
    counters_heading: "İndiyədək təmizlənib",
    hectares: "Təmizlənmiş ərazi",
    anti_personnel: "Piyada əleyhinə minalar",
    anti_tank: "Tank əleyhinə minalar",
    uxo: "Partlamamış hərbi sursat",
    total_items: "Cəmi mina və sursat",
    unit_ha: "ha",
    unit_items: "ədəd",
    cumulative_basis: "Hər rəqəm onun son dərc olunmuş açıqlamasıdır; ən yenisi {date} tarixlidir",
    weekly_basis: "{n} açıqlanmış həftənin cəmi, {period}",
    weekly_partial: "Bu rəqəm {n} həftədən {k} həftədə verilib",
    lower_bound: "ən azı: bəzi həftələrdə “N-dən çox” yazılıb",
    derived_total: "Hesablanıb: tank əleyhinə + piyada əleyhinə + PHS",
    doc_description: "Azərbaycanın azad edilmiş ərazilərində humanitar minatəmizləmə, həftəbəhəftə, ANAMA-nın hesabatlarına əsasən. Hər rəqəmin mənbəyinə keçid var.",
    doc_title: "Clearance Atlas: Azərbaycanda minatəmizləmə",
    district_total_how: "Hesablanıb: minalar + digər partlayıcı sursatlar, Dövlət Statistika Komitəsinin rayon üzrə dərc etdiyi kimi",
    district_mines_only: "Rayonlar üzrə ayrıca dərc edilmir: Dövlət Statistika Komitəsi hər iki növ minanı birlikdə verir — {period} illərində {v}, cəmə daxildir.",
    print_sources: "Mənbələr: {outlets} (əsas rəqəmlər); həftəlik qrafik: ANAMA-nın həftəlik hesabatları, {n} xəbər saytının dərc etdiyi kimi, hər həftə atlasda keçidlə verilib. Bütün rəqəmlər mənbələri ilə: {url}",
    bar_keys: "Rəqəmi və mənbəyi görmək üçün sütunun üzərinə gəlin, toxunun və ya ox düymələrindən istifadə edin.",
    partial_sum_source: "{n} açıqlanmış həftənin cəmi (mənbələr məlumat cədvəlində)",
    col_whose: "Kimin rəqəmi",
    col_figure: "Rəqəm",
    bar_sources_heading: "Sütunların mənbələri",
    weekly_finding_method: "{y2}{y2|ord} ilin {n2} və {y1}{y1|ord} ilin {n1} açıqlanmış dövrü üzrə dərc olunmuş hektarların sadə orta qiyməti; hər biri dərc olunduğu kimi götürülüb (əksəriyyəti 6–7 günlükdür). Açıqlanmamış həftələr nəzərə alınmır və sıfır sayılmır.",
    as_of_statement: "son açıqlama: {outlet}",
    as_of_week: "son açıqlanmış həftə: {period}",
    sum_about: "təxminən: bəzi həftələrdə “təxminən N” və ya “az qala N” yazılıb",
    total_statement: "Bir rəqəm kimi dərc olunub: aşkarlanmış minalar və digər partlayıcı sursatlar",
    not_published_any: "dərc olunmuş rəqəm yoxdur",
    exact_line: "dəqiq rəqəm: {value}, {date} tarixinə, {scope}",
    figure_as_of: "{date} tarixinə · {scope}",
    scope_other: "digər rəsmi qurum",
    scope_mod: "Müdafiə Nazirliyi",
    scope_ssc: "Dövlət Statistika Komitəsi",
    scope_cabinet: "Nazirlər Kabinetinin hesabatı",
    scope_anama: "ANAMA",
    q_legend: "> ən azı · ≈ təxminən · ≲ az qala · ≤ ən çoxu",
    q_at_least: "ən azı",
    q_up_to: "ən çoxu",
    q_nearly: "az qala",
    q_about: "təxminən",
    q_over: "ən azı",
    km2_equiv: "= {km2} km², {pitches} futbol meydançası (yuxarıdakı rəqəmdən)",
    pitch_note: "1 ha = 0,01 km²; 105 × 68 m meydança 0,714 ha-dır",
    gloss_anti_tank: "Texnikanı məhv etmək üçün iri minalar; avtomobil və ya traktorun ağırlığı onları partladır.",
    gloss_anti_personnel: "İnsanları öldürmək və ya şikəst etmək üçün kiçik minalar; bir addım onları partladır.",
    gloss_uxo: "Atılmış, lakin partlamamış mərmilər, bombalar, raketlər və kaset sursatları.",
    gloss_hectares: "Tədqiq edilmiş, partlayıcı təhlükəli əşyalardan təmizlənmiş və istifadəyə qaytarılmış ərazi. 1 hektar = 10 000 m².",
    source: "Mənbə",
    sources: "Mənbələr",
    no_address: "ünvan qeydə alınmayıb",
    context_heading: "Problemin miqyası",
    ctx_mines: "torpaqda olduğu ehtimal edilən mina",
    ctx_area: "km² çirklənib: Azərbaycanın {total} km² ərazisinin təxminən {pct}%-i",
    ctx_area_note: "Pay hesablanıb: 11 667 ÷ 86 600 km²",
    ctx_victims: "2020-ci ilin noyabrından bəri mina qurbanı",
    ctx_victims_detail: "{killed} nəfər həlak olub, {injured} nəfər yaralanıb ({date} tarixinə)",
    ctx_goal: "ha ildə: elan edilmiş təmizləmə hədəfi",
    method_heading: "Mənbələr və metod",
    method_intro: "Hər rəqəm ANAMA məlumatlarının dərc olunmuş xəbərindən götürülüb və ona keçid var. Çatışmayan həftələr boşluqdur, sıfır deyil; heç nə təxmin edilmir. Ümumi və illik rəqəmlər həftələrin toplanmasından deyil, ANAMA-nın öz açıqlamalarındandır, çünki mətbuat həftələrin yalnız bir hissəsini dərc edib.",
    coverage_heading: "İllər üzrə tapılmış həftəlik hesabatlar",
    col_year: "İl",
    col_periods: "Sayılan həftələr",
    col_weekly_ha: "Həftələrin cəmi, ha",
    col_annual_ha: "ANAMA illik cəmi, ha",
    col_coverage: "Əhatə payı",
    status_confirmed: "təsdiqlənib",
    status_single: "tək mənbə",
    status_disputed: "mübahisəli",
    status_withheld: "göstərilmir",
    explain_confirmed: "iki və ya daha çox müstəqil KİV eyni rəqəmləri verir",
    explain_single: "rəqəmləri bir KİV verib",
    explain_disputed: "KİV-lər razılaşmır; həll olunmamış rəqəm boş qalır, hər iki variant saxlanılır",
    explain_withheld: "inandırıcı deyil və ya yoxlanıla bilmir; səbəbi ilə siyahıdadır, qrafik və cəmlərə daxil deyil",
    flagged_heading: "Mübahisəli və göstərilməyən həftələr",
    derived_coverage: "Əhatə payı = sayılan həftələrin cəmi ÷ ANAMA-nın illik cəmi. Göstərilməyən həftələr və eyni hesabatın təkrar dərcləri sayılmır. 2021 üçün ANAMA-nın illik cəmi yoxdur (yalnız Müdafiə Nazirliyinin rəqəmi var), ona görə pay göstərilmir.",
    scope_note: "Müdafiə Nazirliyi və Dövlət Statistika Komitəsinin rəqəmləri ANAMA-nınkından ayrı saxlanılır və onlara əlavə edilmir.",
    boundary_credit: "Rayon sərhədləri: Natural Earth admin-1 (Made with Natural Earth), sadələşdirilib. Natural Earth Laçını “Lənkəran” adlandırır; burada düzəldilib.",
    reason: "Səbəb",
    period: "Dövr",
    status: "Status",
    whole_region: "Bütün region",
    footer: "Clearance Atlas: açıq məlumatların vizuallaşdırılması. Rəqəmlər dərc olunduğu kimi verilir; düzəliş təkliflərinizi gözləyirik.",
    data_error: "Daxili məlumatlar oxuna bilmədi. Səhv rəqəm göstərməkdənsə heç nə göstərilmir.",
    map_heading: "Ərazilər harada təmizlənir",
    map_layer_label: "Göstər",
    layer_hectares: "{period}{period|ord} ildə təmizlənmiş hektar",
    layer_mines: "Zərərsizləşdirilmiş minalar, {period}",
    layer_ordnance: "Digər partlayıcı sursat, {period}",
    no_figure: "dərc edilmiş rəqəm yoxdur",
    share_of_total: "illik cəmin {pct}%-i",
    map_hint: "Rəqəm üçün rayonun üzərinə gəlin, toxunun və ya Tab basın; seçmək üçün klikləyin və ya Enter, ləğv üçün Escape.",
    no_polygon: "Natural Earth-də ayrıca sərhədi yoxdur",
    panel_region_heading: "Bütün rayonlar",
    panel_facts_heading: "{name} haqqında məlumatlar",
    fact_share: "Ərazinin təmizlənmiş payı, {date}",
    no_facts: "{name} üzrə ayrıca rəqəm dərc edilməyib.",
    district_basis: "{name}: bu rayon üzrə dərc olunmuş rəqəmlər, hər biri öz dövrü və mənbəyi ilə",
    district_none: "{name}: bu seçim üçün rayon rəqəmi dərc edilməyib",
    not_published: "bu rayon üçün dərc edilməyib",
    legend_area: "Təmizlənmiş hektar",
    legend_items: "Zərərsizləşdirilmiş ədəd",
    baku: "Bakı",
    locator: "Regionun Azərbaycandakı yeri",
    map_summary: "{n} ərazinin xəritəsi. {layer}: ən çox — {top} ({value}).",
    mines_note: "Ən çox tapıntı olan ərazilər üzrə Dövlət Statistika Komitəsinin rəqəmləri; “mina” tank və piyada əleyhinə minaların cəmidir.",
    range_heading: "Göstərilən dövr",
    preset_12: "Son 12 həftə",
    preset_all: "Bütün həftələr",
    range_from: "Başlanğıc",
    range_to: "Son",
    weekly_heading: "Həftəbəhəftə",
    weekly_title: "{y2}{y2|ord} ildə açıqlanmış həftələrdə orta hesabla {a} ha təmizlənib — {y1}{y1|ord} ildəkindən {r} dəfə çox",
    weekly_note: "Boşluqlar hesabatı dərc edilməmiş həftələrdir; göstərilməyən {n} həftə qrafikdə yoxdur (“Mənbələr və metodika” bölməsinə baxın).",
    y_items: "Dövr üzrə ədəd",
    y_ha: "Dövr üzrə hektar",
    y_ha_year: "İl üzrə hektar",
    y_ha_month: "Ay üzrə hektar",
    legend_disputed: "mübahisəli (ştrixli baş)",
    legend_ha_bars: "hesabat dövrü üzrə təmizlənmiş hektar",
    legend_typical: "tipik həftə: son {n} hesabat dövrünün medianı",
    chart_empty: "Bu dövrdə açıqlanmış həftə yoxdur.",
    chart_fallback: "Qrafik çəkilə bilmədi; eyni rəqəmlər aşağıdakı cədvəldədir.",
    chart_keys: "Həftələr arasında ox düymələri ilə keçin.",
    annual_heading: "İlbəil",
    annual_title: "{y}: {v} ha təmizlənib, indiyədək ən çox",
    annual_title_plain: "İllər üzrə təmizlənmiş hektar (ANAMA illik cəmləri)",
    partial_note: "{y}*: indiyədək açıqlanmış {n} həftənin cəmi, illik cəm deyil (boş sütun).",
    goal_label: "Hədəf: ildə {g} ha-dan çox",
    pace_heading: "Son templə",
    pace_text: "Son 52 həftənin tempi ilə məlum çirklənmiş ərazinin təmizlənməsi daha {a}–{b} il çəkər.",
    pace_assumptions: "Fərziyyələr: {date} tarixində çirklənmiş kimi göstərilən {area} km²-nin hamısı hələ təmizlənməlidir (o vaxtdan təmizlənən çıxılmır); illik temp {low} ha ilə {high} ha arasındadır — {year} ilinin illik cəmi ({annual} ha) və son 52 həftədə açıqlanmış {n} həftənin 7 günə gətirilmiş ortası × 52 ({weekly} ha). Tədqiqat şübhəli əraziləri çox vaxt azaldır və temp dəyişir: bu tarix deyil, aralıqdır.",
    monthly_heading: "Aybaay",
    monthly_note: "Yalnız ANAMA cəmi dərc edilmiş aylar çəkilir; boş sütunlar şərtli rəqəmlərdir (“ən azı”, “təxminən”, “az qala”).",
    view_table: "Bu rəqəmlərə cədvəl kimi baxın",
    weekly_source: "Mənbə: dərc olunmuş ANAMA həftəlik rəqəmləri; hər həftənin mənbələri cədvəldədir.",
    annual_source: "Mənbə: ANAMA-nın illik cəmləri; hər sütunun açıqlaması keçidi ilə aşağıda verilib.",
    table_heading: "Bütün həftəlik qeydlər",
    table_summary: "Cədvəli göstər ({n} dövr, mənbələrlə)",
    chart_summary_weekly: "Həftəlik qrafik, {period}: {n} açıqlanmış dövr; cəmi {ha} ha və {items} ədəd.",
    full_view: "Tam görünüş · Mənbələr",
    touch_hint: "Araşdırmaq üçün toxunun",
    still_there: "Buradasınız? {n} s sonra əvvələ qayıdır",
    continue_exploring: "Davam et",
    share: "Yerləşdir / paylaş",
    share_heading: "Bu görünüşü paylaşın",
    copy_link: "Keçidi kopyala",
    copy_embed: "Yerləşdirmə kodunu kopyala",
    copied: "Kopyalandı",
    native_share: "Paylaş…",
    close: "Bağla",
    part_loading: "Bu bölmə yüklənir…",
    part_failed: "Bu bölməni yükləmək alınmadı (bağlantı olmaya bilər). Səhifənin qalan hissəsi işləyir.",
    part_retry: "Yenidən cəhd edin",
    kiosk_restarting: "Atlas yenidən başladılır. Son rəqəmlər bunlardır.",
    width: "En",
    height: "Hündürlük",
    preview: "Önizləmə",
    download_csv: "Bu görünüşün məlumatlarını yüklə (CSV)",
    print: "Bülleteni çap et",
    update_heading: "Daha yeni məlumat yüklə",
    update_intro: "Həftəlik məlumat faylını seçin və ya bura atın (weeks.csv, daxili faylla eyni sütunlar, README-yə baxın; Excel və ya LibreOffice-in saxladığı kimi də: vergül, nöqtəli vergül və ya tab, onluq vergül, UTF-8, UTF-16 və ya Windows-1251). Daxili məlumatla eyni qaydalarla yoxlanılır; səhv olarsa, heç nə dəyişmir və bütün problemlər göstərilir.",
    choose_file: "Fayl seçin…",
    drop_here: "…və ya bura atın",
    keep_data: "Bu məlumatı bu cihazda saxla",
    loaded_ok: "{file} faylından {n} həftəlik qeyd yükləndi ({format}).",
    load_failed: "{file} yüklənmədi: {n} problem. Göstərilən rəqəmlər dəyişməyib.",
    fmt_comma: "vergüllə ayrılmış",
    fmt_semicolon: "nöqtəli vergüllə ayrılmış",
    fmt_tab: "tabla ayrılmış",
    fmt_decimal_comma: "onluq vergül",
    paste_open: "Hesabat yapışdır…",
    paste_heading: "Həftəlik hesabatı yapışdırın",
    paste_intro: "ANAMA-nın bir həftəlik hesabatının mətnini xəbər saytının dərc etdiyi kimi (Azərbaycan, ingilis və ya rus dilində) yapışdırın. Tapılan hər rəqəm götürüldüyü sözlərlə göstərilir: onları yoxlayın, nəşrin adını və məqalənin ünvanını yazın və həftəni əlavə edin. Məlumat faylı ilə eyni qaydalarla yoxlanılır; heç nə üzərinə yazılmır.",
    paste_label: "Hesabatın mətni",
    paste_read: "Hesabatı oxu",
    paste_refused: "Bu mətn həftəlik hesabat kimi oxunmadı: {reason}.",
    r_empty: "mətn boşdur",
    r_too_long: "mətn {n} simvoldur; bir hesabat yapışdırın",
    r_no_figures: "heç bir rəqəm tank əleyhinə, piyada əleyhinə mina, PHS və ya hektarla əlaqələndirilmədi",
    r_not_weekly: "“{words}” dövrü {days} gündür: bu, aylıq və ya ümumi hesabatdır, həftəlik deyil",
    r_summary: "“{words}” aylıq, illik və ya ümumi hesabatı göstərir",
    r_two_periods: "mətndə iki dövr var (“{first}” və “{second}”): bir həftənin hesabatını yapışdırın",
    r_unattributable: "{metric} üçün iki rəqəm var (“{first}” və “{second}”): yalnız həftənin abzasını yapışdırın",
    u_no_period: "Dövr tapılmadı: ilk və son günü daxil edin.",
    u_year: "İl göstərilməyib: {year} təklif olunur, çünki həmin il ilk gün bazar ertəsidir. Yoxlayın.",
    u_year_no_monday: "İl göstərilməyib: {year} təklif olunur, lakin ilk gün bazar ertəsi deyil. Yoxlayın.",
    u_ambiguous: "“{words}” iki cür oxunur: rəqəmi özünüz daxil edin.",
    u_not_count: "“{words}” tam ədəd deyil: rəqəmi özünüz daxil edin.",
    u_too_large: "“{words}” bir həftədə təmizlənə biləcəkdən çoxdur: mətni yoxlayın.",
    f_start: "İlk gün",
    f_end: "Son gün",
    f_from: "“{words}” sözlərindən",
    f_not_found: "mətndə yoxdur",
    f_m2: "{m2} m² ÷ 10 000",
    f_year_ok: "İli yoxladım",
    f_outlet: "Nəşr",
    f_url: "Məqalənin ünvanı (https://…)",
    f_qualifier: "Dəqiqlik",
    q_exact: "dəqiq",
    paste_add: "Yoxla və həftəni əlavə et",
    paste_need_year: "Əvvəlcə ili təsdiqləyin.",
    add_added: "{period} bir mənbədən yeni həftə kimi əlavə olundu.",
    add_cited: "Bu məqalə {period} üçün artıq göstərilib; heç nə dəyişmədi.",
    add_source: "{period} üçün rəqəmlər üst-üstə düşür: mənbə əlavə olundu.",
    add_confirmed: "{period} üçün rəqəmlər ikinci nəşrlə üst-üstə düşür: həftə indi təsdiqlənib.",
    add_disputed: "{period} üçün rəqəmlər fərqlidir ({metrics}): həftə mübahisəli sayılır, hər iki oxunuş saxlanılır.",
    add_withheld: "{period} saxlayıcılar tərəfindən kənarda saxlanılıb; heç nə dəyişmədi.",
    add_kept: "Bu həftə ilə birlikdə səhifədəki məlumat bu cihazda saxlanılır.",
    download_weeks: "weeks.csv yüklə",
    weeks_ago: "{n} həftə əvvəl",
    kiosk_stale: "Rəqəmlər {date} tarixinə qədərdir",
    export_json: "Məlumat · JSON",
    export_more: "və daha {n} nəşr",
    export_sub_weekly: "Hər hesabat dövründə təmizlənmiş hektar (yuxarıda) və aşkarlanmış sursat (aşağıda), {period}. Boşluqlar hesabatı dərc edilməmiş həftələrdir.",
    export_source_weeks: "Mənbə: ANAMA-nın həftəlik hesabatları, dərc edənlər: {outlets}",
    export_source_totals: "Mənbə: ANAMA-nın rəqəmləri, dərc edənlər: {outlets}",
    qr_kiosk: "Telefonunuzda araşdırın",
    qr_print: "Atlas onlayn",
    card_meaning_hectares: "ərazi Azərbaycanın münaqişədən zərər çəkmiş ərazilərində minalardan və partlamamış hərbi sursatdan təmizlənib (rəsmi məlumat)",
    card_source: "Mənbə: {outlets}",
    card_kicker_week: "Son açıqlanmış həftə",
    card_meaning_week: "ərazi bir həftədə təmizlənib; {at} tank əleyhinə mina, {ap} piyada əleyhinə mina və {uxo} partlamamış hərbi sursat aşkarlanıb",
    card_meaning_district: "{period} ərzində {district} rayonunda təmizlənib",
    card_kicker_goal: "İl hədəfə qarşı",
    card_meaning_goal: "{year}-ci ildə təmizlənib: ildə {goal} ha elan edilmiş hədəfin {share}%-i",
    card_goal_derived: "ANAMA-nın {year}-ci il üzrə cəmi; pay ondan və elan edilmiş hədəfdən hesablanıb",
    card_sentence: "{figure} {meaning} ({date}). {source}. Clearance Atlas: {address}",
    cards_heading: "Kampaniya kartları",
    card_kind_headline: "Təmizlənmiş ərazi",
    card_kind_week: "Son həftə",
    card_kind_district: "Seçilmiş rayon",
    card_kind_goal: "İl və hədəf",
    card_none: "Cari görünüşdə bu kart üçün rəqəm yoxdur (rayon kartı üçün xəritədə rayon seçin).",
    card_download: "PNG yüklə",
    card_copy: "Mətni kopyala",
    language_unavailable: "Bu dil yüklənmədi. Bağlantını yoxlayıb yenidən cəhd edin.",
    custom_banner: "Xüsusi məlumat yüklənib ({n} həftəlik qeyd, dərc olunmuş versiya deyil).",
    reset_data: "Dərc olunmuş məlumata qayıt",
};

/// Russian.
pub const RU: Messages = Messages {
    title: "Разминирование на освобождённых территориях Азербайджана",
    purpose: "Сколько земли очищено от мин, неделя за неделей, по отчётам Агентства Азербайджанской Республики по разминированию (ANAMA).",
    data_as_of: "Данные на {date}",
    source_anama: "Источник: ANAMA, по публикациям указанных СМИ",
    language: "Язык",
    skip_link: "Перейти к цифрам",
    counters_heading: "Очищено к настоящему времени",
    hectares: "Очищенная территория",
    anti_personnel: "Противопехотные мины",
    anti_tank: "Противотанковые мины",
    uxo: "Неразорвавшиеся боеприпасы",
    total_items: "Всего мин и боеприпасов",
    unit_ha: "га",
    unit_items: "шт.",
    cumulative_basis: "Каждая цифра — её последнее опубликованное значение; самое новое — на {date}",
    weekly_basis: "Сумма за {n} {n|опубликованную неделю|опубликованные недели|опубликованных недель}, {period}",
    weekly_partial: "Эта цифра есть в {k} {k|неделе|неделях|неделях} из {n}",
    lower_bound: "не менее: в некоторых неделях напечатано «более N»",
    derived_total: "Расчёт: противотанковые + противопехотные + НРБ",
    doc_description: "Гуманитарное разминирование на освобождённых территориях Азербайджана, неделя за неделей, по отчётам ANAMA. Каждая цифра со ссылкой на источник.",
    doc_title: "Clearance Atlas: разминирование в Азербайджане",
    district_total_how: "Расчёт: мины + прочие взрывоопасные предметы, как их опубликовал Госкомстат по району",
    district_mines_only: "По районам отдельно не публикуется: Госкомстат приводит мины обоих видов вместе — {v} за {period} гг., они входят в итог.",
    print_sources: "Источники: {outlets} (главные цифры); недельный график — еженедельные отчёты ANAMA в публикациях {n} СМИ, каждая неделя в атласе со ссылкой. Все цифры с источниками: {url}",
    bar_keys: "Наведите на столбец, коснитесь его или используйте клавиши со стрелками, чтобы увидеть цифру и источник.",
    partial_sum_source: "сумма {n} {n|опубликованной недели|опубликованных недель|опубликованных недель} (источники — в таблице данных)",
    col_whose: "Чья цифра",
    col_figure: "Цифра",
    bar_sources_heading: "Источники столбцов",
    weekly_finding_method: "Простое среднее гектаров, напечатанных за {n2} {n2|опубликованный период|опубликованных периода|опубликованных периодов} {y2} года и {n1} {n1|период|периода|периодов} {y1} года, каждое как напечатано (большинство длится 6–7 дней). Неопубликованные недели не учитываются и не считаются нулём.",
    as_of_statement: "последнее сообщение: {outlet}",
    as_of_week: "последняя опубликованная неделя: {period}",
    sum_about: "около: в некоторых неделях напечатано «около N» или «почти N»",
    total_statement: "Опубликовано одной цифрой: обнаруженные мины и другие взрывоопасные предметы",
    not_published_any: "опубликованных данных нет",
    exact_line: "точно: {value} на {date}, {scope}",
    figure_as_of: "на {date} · {scope}",
    scope_other: "другой официальный орган",
    scope_mod: "Министерство обороны",
    scope_ssc: "Госкомитет по статистике",
    scope_cabinet: "отчёт Кабинета министров",
    scope_anama: "ANAMA",
    q_legend: "> более · ≈ около · ≲ почти · ≤ до",
    q_at_least: "не менее",
    q_up_to: "до",
    q_nearly: "почти",
    q_about: "около",
    q_over: "более",
    km2_equiv: "= {km2} км², {pitches} футбольных полей (по цифре выше)",
    pitch_note: "1 га = 0,01 км²; поле 105 × 68 м — 0,714 га",
    gloss_anti_tank: "Крупные мины против техники; срабатывают под весом машины или трактора.",
    gloss_anti_personnel: "Небольшие мины, убивающие и калечащие людей; срабатывают от одного шага.",
    gloss_uxo: "Снаряды, бомбы, ракеты и кассетные суббоеприпасы, которые не взорвались.",
    gloss_hectares: "Обследованная, очищенная от взрывоопасных предметов и переданная в пользование земля. 1 гектар = 10 000 м².",
    source: "Источник",
    sources: "Источники",
    no_address: "адрес не сохранён",
    context_heading: "Масштаб проблемы",
    ctx_mines: "мин, по оценкам, в земле",
    ctx_area: "км² загрязнено: около {pct}% из {total} км² Азербайджана",
    ctx_area_note: "Доля рассчитана: 11 667 ÷ 86 600 км²",
    ctx_victims: "жертв мин с ноября 2020 года",
    ctx_victims_detail: "погибших — {killed}, раненых — {injured}, на {date}",
    ctx_goal: "га в год: заявленная цель разминирования",
    method_heading: "Источники и методика",
    method_intro: "Каждая цифра взята из опубликованного сообщения с данными ANAMA и ссылается на него. Пропущенные недели — пробелы, а не нули; ничего не интерполируется. Итоговые и годовые цифры — из заявлений ANAMA, а не сумма недель: пресса сообщала лишь о части недель.",
    coverage_heading: "Найденные еженедельные отчёты по годам",
    col_year: "Год",
    col_periods: "Учтённые недели",
    col_weekly_ha: "Сумма недель, га",
    col_annual_ha: "Годовой итог ANAMA, га",
    col_coverage: "Доля охвата",
    status_confirmed: "подтверждено",
    status_single: "один источник",
    status_disputed: "спорно",
    status_withheld: "не показано",
    explain_confirmed: "два и более независимых СМИ приводят одинаковые цифры",
    explain_single: "цифры привело одно СМИ",
    explain_disputed: "СМИ расходятся; спорная цифра не показана, оба варианта сохранены",
    explain_withheld: "неправдоподобно или не проверяемо; указано с причиной, не входит в графики и суммы",
    flagged_heading: "Спорные и скрытые недели",
    derived_coverage: "Доля охвата = сумма учтённых недель ÷ годовой итог ANAMA. Скрытые недели и повторные публикации одного отчёта не учитываются. За 2021 год итога ANAMA нет (есть лишь данные Минобороны), поэтому доля не указана.",
    scope_note: "Данные Минобороны и Госкомстата хранятся отдельно от данных ANAMA и никогда с ними не суммируются.",
    boundary_credit: "Границы районов: Natural Earth admin-1 (Made with Natural Earth), упрощены. В Natural Earth Лачин подписан как «Ленкорань»; здесь исправлено.",
    reason: "Причина",
    period: "Период",
    status: "Статус",
    whole_region: "Весь регион",
    footer: "Clearance Atlas: визуализация открытых данных. Цифры приведены как опубликованы; исправления приветствуются.",
    data_error: "Встроенные данные не прочитаны. Лучше ничего не показывать, чем неверную цифру.",
    map_heading: "Где очищают землю",
    map_layer_label: "Показать",
    layer_hectares: "Очищено гектаров в {period} году",
    layer_mines: "Обезврежено мин, {period}",
    layer_ordnance: "Прочие взрывоопасные предметы, {period}",
    no_figure: "нет опубликованных данных",
    share_of_total: "{pct}% годового итога",
    map_hint: "Наведите, коснитесь или перейдите клавишей Tab к району; щелчок или Enter выбирает, Escape снимает выбор.",
    no_polygon: "нет отдельной границы в Natural Earth",
    panel_region_heading: "Все районы",
    panel_facts_heading: "Что известно: {name}",
    fact_share: "Доля очищенной территории, {date}",
    no_facts: "{name}: отдельные данные не опубликованы.",
    district_basis: "{name}: цифры, опубликованные по этому району, каждая со своим периодом и источником",
    district_none: "{name}: для этого выбора данные по району не опубликованы",
    not_published: "по району не опубликовано",
    legend_area: "Очищено, га",
    legend_items: "Обезврежено, шт.",
    baku: "Баку",
    locator: "Расположение региона в Азербайджане",
    map_summary: "Карта: {n} {n|территория|территории|территорий}. {layer}: больше всего — {top} ({value}).",
    mines_note: "Данные Госкомстата по территориям с наибольшим числом находок; «мины» — противотанковые и противопехотные вместе.",
    range_heading: "Период",
    preset_12: "Последние 12 недель",
    preset_all: "Все недели",
    range_from: "С",
    range_to: "По",
    weekly_heading: "Неделя за неделей",
    weekly_title: "В опубликованных неделях {y2} года в среднем очищалось {a} га — в {r} раза больше, чем в {y1} году",
    weekly_note: "Пробелы — недели без опубликованного отчёта; {n} {n|скрытая неделя не показана|скрытые недели не показаны|скрытых недель не показано} (см. «Источники и методика»).",
    y_items: "Предметов за период",
    y_ha: "Гектаров за период",
    y_ha_year: "Гектаров за год",
    y_ha_month: "Гектаров за месяц",
    legend_disputed: "спорно (штриховка)",
    legend_ha_bars: "очищено гектаров за опубликованный период",
    legend_typical: "типичная неделя: медиана {n} {n|последнего опубликованного периода|последних опубликованных периодов|последних опубликованных периодов}",
    chart_empty: "В этом периоде нет опубликованных недель.",
    chart_fallback: "График не удалось построить; те же цифры есть в таблице ниже.",
    chart_keys: "Клавиши со стрелками переключают недели.",
    annual_heading: "Год за годом",
    annual_title: "{y}: очищено {v} га — больше, чем в любой год до этого",
    annual_title_plain: "Очищено гектаров по годам (годовые итоги ANAMA)",
    partial_note: "{y}*: сумма {n} {n|опубликованной недели|опубликованных недель|опубликованных недель} на сегодня, не годовой итог (полый столбец).",
    goal_label: "Цель: более {g} га в год",
    pace_heading: "При нынешних темпах",
    pace_text: "При темпах последних 52 недель на очистку известной загрязнённой территории уйдёт ещё {a}–{b} {b|год|года|лет}.",
    pace_assumptions: "Допущения: все {area} км², названные загрязнёнными на {date}, ещё предстоит очистить (очищенное с тех пор не вычитается); годовой темп — от {low} до {high} га: итог {year} года ({annual} га) и среднее {n} {n|опубликованной недели|опубликованных недель|опубликованных недель} за последние 52 недели, приведённых к 7 дням, × 52 ({weekly} га). Обследование часто сокращает предположительно опасные районы, темпы меняются: это диапазон, а не дата.",
    monthly_heading: "Месяц за месяцем",
    monthly_note: "Показаны только месяцы с опубликованным итогом ANAMA; полые столбцы — приблизительные цифры («более», «около», «почти»).",
    view_table: "Показать эти цифры таблицей",
    weekly_source: "Источник: опубликованные еженедельные данные ANAMA; источники каждой недели — в таблице.",
    annual_source: "Источник: годовые итоги ANAMA; сообщение по каждому столбцу — ниже, со ссылкой.",
    table_heading: "Все еженедельные записи",
    table_summary: "Показать таблицу ({n} {n|период|периода|периодов}, с источниками)",
    chart_summary_weekly: "Недельный график, {period}: {n} {n|опубликованный период|опубликованных периода|опубликованных периодов}; всего {ha} га и {items} {items|предмет|предмета|предметов}.",
    full_view: "Полная версия · Источники",
    touch_hint: "Коснитесь, чтобы изучить",
    still_there: "Вы здесь? Возврат к началу через {n} с",
    continue_exploring: "Продолжить",
    share: "Встроить / поделиться",
    share_heading: "Поделиться этим видом",
    copy_link: "Копировать ссылку",
    copy_embed: "Копировать код для встраивания",
    copied: "Скопировано",
    native_share: "Поделиться…",
    close: "Закрыть",
    part_loading: "Раздел загружается…",
    part_failed: "Не удалось загрузить этот раздел (возможно, нет соединения). Остальная часть страницы работает.",
    part_retry: "Повторить",
    kiosk_restarting: "Атлас перезапускается. Вот его последние данные.",
    width: "Ширина",
    height: "Высота",
    preview: "Предпросмотр",
    download_csv: "Скачать данные этого вида (CSV)",
    print: "Печать бюллетеня",
    update_heading: "Загрузить более новые данные",
    update_intro: "Выберите или перетащите файл недельных данных (weeks.csv, столбцы как у встроенного, см. README; в том числе как его сохраняют Excel или LibreOffice: запятая, точка с запятой или табуляция, десятичная запятая, UTF-8, UTF-16 или Windows-1251). Он проверяется по тем же правилам; при ошибке ничего не меняется, и все проблемы перечисляются.",
    choose_file: "Выбрать файл…",
    drop_here: "…или перетащите сюда",
    keep_data: "Сохранить эти данные на этом устройстве",
    loaded_ok: "Загружено недельных записей: {n} (файл {file}; {format}).",
    load_failed: "{file} не загружен: проблем — {n}. Показанные цифры не изменились.",
    fmt_comma: "через запятую",
    fmt_semicolon: "через точку с запятой",
    fmt_tab: "через табуляцию",
    fmt_decimal_comma: "десятичная запятая",
    paste_open: "Вставить отчёт…",
    paste_heading: "Вставьте недельный отчёт",
    paste_intro: "Вставьте текст одного недельного отчёта ANAMA так, как его напечатало издание, на русском, азербайджанском или английском. Каждая найденная цифра показана рядом со словами, из которых она взята: проверьте их, укажите издание и адрес статьи и добавьте неделю. Проверка — по тем же правилам, что и для файла данных; ничего не перезаписывается.",
    paste_label: "Текст отчёта",
    paste_read: "Прочитать отчёт",
    paste_refused: "Текст не прочитан как недельный отчёт: {reason}.",
    r_empty: "текст пуст",
    r_too_long: "в нём {n} {n|символ|символа|символов}; вставьте один отчёт",
    r_no_figures: "ни одна цифра не связана с противотанковыми, противопехотными минами, НРБ или гектарами",
    r_not_weekly: "период «{words}» длится {days} дн.: это месячный или накопительный отчёт, а не недельный",
    r_summary: "«{words}» указывает на месячный, годовой или накопительный отчёт",
    r_two_periods: "в тексте два периода («{first}» и «{second}»): вставьте отчёт за одну неделю",
    r_unattributable: "для показателя «{metric}» две цифры («{first}» и «{second}»): вставьте только абзац о неделе",
    u_no_period: "Период не найден: введите первый и последний день.",
    u_year: "Год не указан: предложен {year}, так как в этом году первый день — понедельник. Проверьте.",
    u_year_no_monday: "Год не указан: предложен {year}, хотя первый день — не понедельник. Проверьте.",
    u_ambiguous: "«{words}» читается двояко: введите цифру сами.",
    u_not_count: "«{words}» — не целое число: введите цифру сами.",
    u_too_large: "«{words}» больше, чем можно очистить за неделю: проверьте текст.",
    f_start: "Первый день",
    f_end: "Последний день",
    f_from: "из «{words}»",
    f_not_found: "в тексте нет",
    f_m2: "{m2} м² ÷ 10 000",
    f_year_ok: "Я проверил(а) год",
    f_outlet: "Издание",
    f_url: "Адрес статьи (https://…)",
    f_qualifier: "Уточнение",
    q_exact: "точно",
    paste_add: "Проверить и добавить неделю",
    paste_need_year: "Сначала подтвердите год.",
    add_added: "{period} добавлен как новая неделя из одного источника.",
    add_cited: "Эта статья уже указана для {period}; ничего не изменилось.",
    add_source: "Цифры за {period} совпадают: источник добавлен.",
    add_confirmed: "Цифры за {period} совпадают со вторым изданием: неделя теперь подтверждена.",
    add_disputed: "Цифры за {period} расходятся ({metrics}): неделя теперь спорная, оба варианта сохранены.",
    add_withheld: "{period} исключён составителями; ничего не изменилось.",
    add_kept: "Данные страницы вместе с этой неделей сохранены на этом устройстве.",
    download_weeks: "Скачать weeks.csv",
    weeks_ago: "{n} {n|неделю|недели|недель} назад",
    kiosk_stale: "Цифры по {date}",
    export_json: "Данные · JSON",
    export_more: "и ещё {n} {n|издания|изданий|изданий}",
    export_sub_weekly: "Очищено гектаров (вверху) и найдено предметов (внизу) за каждый опубликованный период, {period}. Пробелы — недели без опубликованного отчёта.",
    export_source_weeks: "Источник: недельные отчёты ANAMA в публикациях {outlets}",
    export_source_totals: "Источник: данные ANAMA в публикациях {outlets}",
    qr_kiosk: "Откройте на телефоне",
    qr_print: "Атлас онлайн",
    card_meaning_hectares: "земли очищено от мин и неразорвавшихся боеприпасов на затронутых конфликтом территориях Азербайджана (официальные данные)",
    card_source: "Источник: {outlets}",
    card_kicker_week: "Последняя опубликованная неделя",
    card_meaning_week: "земли очищено за неделю; найдено противотанковых мин: {at}, противопехотных: {ap}, неразорвавшихся боеприпасов: {uxo}",
    card_meaning_district: "очищено в районе {district} за {period}",
    card_kicker_goal: "Год и цель",
    card_meaning_goal: "очищено в {year} году: {share}% заявленной цели — {goal} га в год",
    card_goal_derived: "итог ANAMA за {year} год; доля вычислена из него и заявленной цели",
    card_sentence: "{figure} {meaning} ({date}). {source}. Clearance Atlas: {address}",
    cards_heading: "Карточки для кампаний",
    card_kind_headline: "Очищенная земля",
    card_kind_week: "Последняя неделя",
    card_kind_district: "Выбранный район",
    card_kind_goal: "Год и цель",
    card_none: "В текущем виде нет цифры для этой карточки (для карточки района выберите район на карте).",
    card_download: "Скачать PNG",
    card_copy: "Копировать текст",
    language_unavailable: "Не удалось загрузить этот язык. Проверьте подключение и попробуйте ещё раз.",
    custom_banner: "Загружены пользовательские данные (недельных записей: {n}; это не опубликованная версия).",
    reset_data: "Вернуть опубликованные данные",
};
