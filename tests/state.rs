//! The derived state: each memo equals its pure function over the current signals, and follows
//! them when they change. Run natively under a reactive `Owner`, as leptos-use tests its hooks.
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::chart::model;
use clearance_atlas::data::{Dataset, Date, Period, TotalMetric};
use clearance_atlas::geo::{self, choropleth};
use clearance_atlas::i18n::Locale;
use clearance_atlas::state::AppState;
use clearance_atlas::stats::{self, DateRange};
use leptos::prelude::*;

fn ds() -> Dataset {
    Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("embedded data")
}

fn with_state(f: impl FnOnce(AppState, &Dataset)) {
    let owner = Owner::new();
    owner.with(|| {
        let d = ds();
        let app = AppState::new(d.clone(), Locale::En, Default::default());
        f(app, &d);
    });
}

fn year(y: i32) -> DateRange {
    DateRange {
        from: Date::new(y, 1, 1).expect("d"),
        to: Date::new(y, 12, 31).expect("d"),
    }
}

#[test]
fn layers_current_layer_and_layer_view() {
    with_state(|app, d| {
        let layers = choropleth::layers(d);
        assert_eq!(app.derived().layers.get_untracked(), layers);
        assert_eq!(app.current_layer(), layers.first().cloned());
        // A range inside one year with a district layer picks that year.
        app.range.set(Some(year(2023)));
        let l = app.current_layer().expect("layer");
        assert_eq!(l.period, Period::Year(2023));
        assert_eq!(
            app.derived().layer_view.get_untracked(),
            Some(choropleth::layer_view(d, l.clone()))
        );
        // While the time-lapse plays, the map follows the range's end: from the first period
        // to the end of 2024 shows 2023's district figures (there are none for 2024), to 2025
        // the 2025 ones; not playing, such a range keeps the default layer.
        let first = d.weeks[0].start;
        let to = |y: i32| DateRange {
            from: first,
            to: Date::new(y, 12, 31).expect("date"),
        };
        app.range.set(Some(to(2024)));
        assert_eq!(app.current_layer(), layers.first().cloned());
        app.playing.set(true);
        let at = |app: &AppState| app.current_layer().map(|l| l.period);
        assert_eq!(at(&app), Some(Period::Year(2023)));
        app.range.set(Some(to(2025)));
        assert_eq!(at(&app), Some(Period::Year(2025)));
        app.playing.set(false);
        // A chosen layer wins over the range.
        let chosen = layers.last().cloned().expect("a layer");
        app.layer.set(Some(chosen.clone()));
        assert_eq!(app.current_layer(), Some(chosen));
    });
}

#[test]
fn headline_follows_range_and_district() {
    with_state(|app, d| {
        assert_eq!(
            app.derived().headline.get_untracked(),
            stats::headline(d, None)
        );
        app.range.set(Some(year(2025)));
        assert_eq!(
            app.derived().headline.get_untracked(),
            stats::headline(d, Some(year(2025)))
        );
        app.district.set(Some("fuzuli".into()));
        assert_eq!(
            app.derived().headline.get_untracked(),
            Some(stats::district_headline(d, "fuzuli", Some(2025)))
        );
    });
}

#[test]
fn charts_map_goal_pace_and_as_of() {
    with_state(|app, d| {
        let full = stats::full_range(&d.weeks).expect("range");
        assert_eq!(app.derived().week_range.get_untracked(), Some(full));
        assert_eq!(
            app.derived().week_bars.get_untracked(),
            model::week_bars(&d.weeks, full)
        );
        app.range.set(Some(year(2024)));
        assert_eq!(
            app.derived().week_bars.get_untracked(),
            model::week_bars(&d.weeks, year(2024))
        );
        assert_eq!(
            app.later().annual_bars.get_untracked(),
            model::annual_bars(d)
        );
        assert_eq!(app.later().month_bars.get_untracked(), model::month_bars(d));
        assert_eq!(app.later().pace.get_untracked(), model::pace(d));
        assert_eq!(
            app.later().goal.get_untracked(),
            d.totals
                .iter()
                .filter(|t| t.metric == TotalMetric::GoalHectaresPerYear)
                .max_by_key(|t| t.as_of)
                .cloned(),
            "the goal is the newest goal statement, with its source"
        );
        assert_eq!(app.derived().as_of.get_untracked(), stats::data_as_of(d));
        assert_eq!(
            app.derived().map_model.get_untracked().districts.len(),
            geo::build_map(d).districts.len()
        );
    });
}

#[test]
fn an_address_shows_its_view_an_open_range_running_to_the_datas_edge() {
    use clearance_atlas::embed::url::{ThemeChoice, ViewState};
    with_state(|app, d| {
        let full = stats::full_range(&d.weeks).expect("weeks");
        let layer = choropleth::layers(d).pop().expect("a layer");
        let from = Date::new(2024, 1, 1).expect("d");
        app.show_view(&ViewState {
            district: Some("fuzuli".into()),
            from: Some(from),
            layer: Some(layer.key()),
            theme: Some(ThemeChoice::Dark),
            ..Default::default()
        });
        assert_eq!(app.district.get_untracked().as_deref(), Some("fuzuli"));
        assert_eq!(
            app.range.get_untracked(),
            Some(DateRange { from, to: full.to })
        );
        assert_eq!(app.layer.get_untracked(), Some(layer));
        assert_eq!(app.theme.get_untracked(), Some(ThemeChoice::Dark));
        // No range asked: the whole span stays; a layer the data lacks: the default.
        app.range.set(None);
        app.show_view(&ViewState {
            layer: Some("hectares-1999".into()),
            ..Default::default()
        });
        assert_eq!(app.range.get_untracked(), None);
        assert_eq!(app.layer.get_untracked(), None);
        assert_eq!(app.district.get_untracked(), None);
    });
}

#[test]
fn a_view_link_carries_the_view_the_language_and_the_mode_asked_for() {
    use clearance_atlas::embed::url::{self, Block, Mode};
    with_state(|mut app, _| {
        app.district.set(Some("fuzuli".into()));
        app.range.set(Some(year(2024)));
        app.locale.set(Locale::Az);
        app.options = StoredValue::new(url::ViewOptions {
            show: Some(vec![Block::Counters]),
            ..Default::default()
        });
        let link = app.view_query(Mode::Standard);
        assert!(
            link.contains("district=fuzuli") && link.contains("from=2024-01-01"),
            "{link}"
        );
        assert!(link.contains("lang=az"), "{link}");
        assert!(
            !link.contains("show=") && !link.contains("embed="),
            "{link}"
        );
        let embed = app.view_query(Mode::Embed);
        assert!(
            embed.contains("embed=1") && embed.contains("show=counters"),
            "{embed}"
        );
        // English is written too: a shared link opens in the language it was made in.
        app.locale.set(Locale::En);
        assert!(app.view_query(Mode::Standard).contains("lang=en"));
    });
}

#[test]
fn transitions_a_reader_can_see() {
    with_state(|app, d| {
        // A reader's file replaces the weeks; the banner counts them; back to the embedded data.
        let mut mine = d.clone();
        mine.weeks.truncate(3);
        app.use_dataset(mine);
        assert_eq!(app.custom.get_untracked(), Some(3));
        assert_eq!(app.data.with_untracked(|x| x.weeks.len()), 3);
        app.reset_to_embedded();
        assert_eq!(app.custom.get_untracked(), None);
        assert_eq!(app.data.with_untracked(|x| x.weeks.len()), d.weeks.len());
        // The kiosk's reset: the default view again.
        app.district.set(Some("lachin".into()));
        app.range.set(Some(year(2022)));
        app.hovered.set(Some("lachin".into()));
        // A visitor's time-lapse stops with it.
        app.playing.set(true);
        app.reset_view();
        assert!(!app.playing.get_untracked());
        assert_eq!(app.district.get_untracked(), None);
        assert_eq!(app.range.get_untracked(), None);
        assert_eq!(app.hovered.get_untracked(), None);
        assert_eq!(app.current_layer(), choropleth::layers(d).first().cloned());
    });
}

#[test]
fn notes_join_the_embedded_data_and_not_a_readers_file() {
    use clearance_atlas::data::{digest, TotalKind};
    let owner = Owner::new();
    owner.with(|| {
        let full = ds();
        let app = AppState::new(digest::without_notes(&full), Locale::En, Default::default());
        assert!(app.data.with_untracked(|d| d.notes_pending));
        // Weeks that are not the embedded ones are refused.
        let mut other = full.weeks.clone();
        other.pop();
        assert!(!app.take_notes(other, full.totals.clone()));
        assert!(app.data.with_untracked(|d| d.notes_pending));
        // A reader's file in use: the notes join the embedded data, the page keeps the file's
        // weeks and gains the later totals (the monthly figures) it did not have.
        let monthly = |app: &AppState| {
            app.data.with_untracked(|d| {
                d.totals
                    .iter()
                    .filter(|t| t.kind == TotalKind::Monthly)
                    .count()
            })
        };
        let mut mine = app.data.get_untracked().as_ref().clone();
        mine.weeks = full.weeks[..2].to_vec();
        app.use_dataset(mine);
        let before = monthly(&app);
        assert!(app.take_notes(full.weeks.clone(), full.totals.clone()));
        assert_eq!(app.data.with_untracked(|d| d.weeks.len()), 2);
        assert!(monthly(&app) > before);
        assert!(!app.data.with_untracked(|d| d.notes_pending));
        app.reset_to_embedded();
        assert_eq!(*app.data.get_untracked(), full);
    });
}
