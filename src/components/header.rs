//! The page header: title, purpose, "data as of", language switch.

use super::lang_switch::LangSwitch;
use super::share::ShareButton;
use crate::embed::url::Mode;
use crate::i18n::{fill, format, Locale};
use crate::state::use_app;
use crate::stats::{self, AsOfBasis};
use leptos::prelude::*;

/// Title block of the page.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let as_of = app.derived().as_of;
    // "Data as of 9 March 2026 · 38 weeks ago": how current it is (no age in its first week).
    let stale_weeks = app
        .options
        .with_value(|o| o.stale)
        .unwrap_or(crate::embed::url::DEFAULT_STALE_WEEKS);
    let as_of_text = move || {
        let l = app.locale.get();
        let t = l.messages();
        as_of
            .get()
            .map(|(d, _)| {
                let today = crate::web::today();
                // A kiosk with old figures does not look live: "Figures to 9 March 2026".
                if app.mode == Mode::Kiosk && stats::is_stale(d, today, stale_weeks) {
                    return fill(t.kiosk_stale, &[("date", &format::date(d, l))]);
                }
                let mut s = fill(t.data_as_of, &[("date", &format::date(d, l))]);
                let n = stats::weeks_since(d, today);
                if n > 0 {
                    s.push_str(" · ");
                    s.push_str(&fill(t.weeks_ago, &[("n", &n.to_string())]));
                }
                s
            })
            .unwrap_or_default()
    };
    // What the date is the date of: the latest reported week, or the statement that is newer.
    let as_of_basis = move || {
        let l = app.locale.get();
        let t = l.messages();
        as_of.get().map(|(_, b)| match b {
            AsOfBasis::Week { start, end } => {
                fill(t.as_of_week, &[("period", &format::period(start, end, l))])
            }
            AsOfBasis::Statement { source, .. } => fill(
                t.as_of_statement,
                &[("outlet", source.outlet_shown(l == Locale::En))],
            ),
        })
    };
    view! {
        <header class="site-header">
            <div class="header-text">
                <h1>{move || app.t().title}</h1>
                <p class="purpose">{move || app.t().purpose}</p>
                <p class="as-of" data-testid="data-as-of">
                    <span class="as-of-date">{as_of_text}</span>
                    " "
                    <span class="as-of-basis" data-testid="data-as-of-basis">"(" {as_of_basis} ")"</span>
                    <span class="as-of-sep">" · "</span>
                    <span class="as-of-source">{move || app.t().source_anama}</span>
                </p>
            </div>
            <div class="header-tools">
                <LangSwitch/>
                {(app.mode == Mode::Standard).then(|| view! { <ShareButton/> })}
            </div>
        </header>
    }
}
