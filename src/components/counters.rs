//! Headline counters: hectares (largest), anti-personnel, anti-tank, UXO and the total,
//! each with unit, what it counts, a glossary line and its sources.

use super::source_link::{SourceLink, SourceList};
use crate::data::{Citation, Metric, Period, Qualifier};
use crate::i18n::{fill, format, Locale, Messages};
use crate::present::equivalents::{km2_of, pitch_count};
use crate::present::labels;
use crate::state::use_app;
use crate::stats::{self, Basis, Figure};
use leptos::prelude::*;

fn gloss(t: &Messages, m: Metric) -> &'static str {
    match m {
        Metric::AntiTank => t.gloss_anti_tank,
        Metric::AntiPersonnel => t.gloss_anti_personnel,
        Metric::Uxo => t.gloss_uxo,
        Metric::Hectares => t.gloss_hectares,
    }
}

fn district_name(id: &str, l: Locale) -> String {
    use_app()
        .data
        .with_untracked(|d| d.district(id).map(|d| l.district_name(d).to_string()))
        .unwrap_or_else(|| id.to_string())
}

fn basis_text(b: &Basis, l: Locale) -> String {
    let t = l.messages();
    match b {
        Basis::Statements { newest } => {
            fill(t.cumulative_basis, &[("date", &format::date(*newest, l))])
        }
        Basis::WeeklySum { weeks, span } => {
            let period = span
                .map(|(a, b)| format::period(a, b, l))
                .unwrap_or_default();
            fill(
                t.weekly_basis,
                &[("n", &weeks.to_string()), ("period", &period)],
            )
        }
        Basis::District { id, year } => {
            let name = district_name(id, l);
            match year {
                Some(y) => fill(
                    t.district_basis,
                    &[("name", &name), ("period", &y.to_string())],
                ),
                None => fill(t.district_none, &[("name", &name)]),
            }
        }
    }
}

/// A value in the counter's unit.
fn figure_number(v: f64, is_ha: bool, l: Locale) -> String {
    if is_ha {
        format::auto(v, 1, l)
    } else {
        format::int(v, l)
    }
}

/// The words around a figure: a statement's own qualifier, or a sum's ("at least", "about"),
/// as the words before it and the text after it (Azerbaijani "40 000-dən çox": the ablative
/// and "çox" follow the number).
fn qualifier_around(f: &Figure, t: &Messages, value: &str) -> (&'static str, String) {
    if f.reported.is_some() {
        (labels::sum_qualifier_word(t, f.qualifier), String::new())
    } else {
        let (before, figure) = labels::qualifier_parts(t, f.qualifier, value);
        (
            before,
            figure.strip_prefix(value).unwrap_or_default().to_string(),
        )
    }
}

/// The qualifier's words before a counter's number and the text after it, as views that
/// follow `around` (a figure's [`qualifier_around`]).
fn qualifier_views(
    around: impl Fn() -> Option<(&'static str, String)> + Copy + Send + Sync + 'static,
) -> (impl IntoView, impl IntoView) {
    let before = move || {
        around()
            .map(|(w, _)| w)
            .filter(|w| !w.is_empty())
            .map(|w| view! { <span class="qualifier">{w}</span> " " })
    };
    let after = move || {
        around()
            .map(|(_, a)| a)
            .filter(|a| !a.is_empty())
            .map(|a| view! { <span class="qualifier-after">{a}</span> })
    };
    (before, after)
}

/// A figure with its qualifier in words, as [`qualifier_around`] places them.
fn with_qualifier(f: &Figure, t: &Messages, value: String) -> String {
    let (before, after) = qualifier_around(f, t, &value);
    let text = format!("{value}{after}");
    if before.is_empty() {
        text
    } else {
        format!("{before} {text}")
    }
}

/// "to 31 Dec 2025 · Cabinet of Ministers report" for a statement; "2020–2024 · State
/// Statistics Committee" for a figure that covers a period.
fn statement_line(f: &Figure, l: Locale) -> Option<String> {
    let t = l.messages();
    if f.period != Period::None {
        return Some(format!(
            "{} · {}",
            f.period.to_string().replace("..", "–"),
            labels::scope_label(t, f.scope?)
        ));
    }
    Some(fill(
        t.figure_as_of,
        &[
            ("date", &format::date(f.as_of?, l)),
            ("scope", labels::scope_label(t, f.scope?)),
        ],
    ))
}

/// "exact: 237,821.5 ha to 10 Nov 2025, ANAMA" beneath a qualified statement.
fn exact_line(f: &Figure, is_ha: bool, l: Locale) -> Option<(String, Citation)> {
    let t = l.messages();
    let e = f.exact.as_ref()?;
    let unit = if is_ha { t.unit_ha } else { t.unit_items };
    let value = format!("{} {unit}", figure_number(e.value, is_ha, l));
    let text = fill(
        t.exact_line,
        &[
            ("value", &value),
            ("date", &format::date(e.as_of, l)),
            ("scope", labels::scope_label(t, e.scope)),
        ],
    );
    Some((text, e.source.clone()))
}

/// The headline counters.
#[component]
pub fn Counters() -> impl IntoView {
    let app = use_app();
    let headline = app.derived().headline;
    let order = [
        Metric::Hectares,
        Metric::AntiPersonnel,
        Metric::AntiTank,
        Metric::Uxo,
    ];
    view! {
        <section class="counters" aria-labelledby="counters-h">
            <h2 id="counters-h">{move || app.t().counters_heading}</h2>
            <p class="basis" data-testid="counters-basis" aria-live="polite">
                {move || headline.get().map(|h| basis_text(&h.basis, app.locale.get()))}
            </p>
            <div class="counter-grid">
                {order
                    .into_iter()
                    .map(|m| {
                        view! { <Counter metric=m headline=headline/> }
                    })
                    .collect_view()}
                <TotalCounter headline=headline/>
            </div>
        </section>
    }
}

/// One counter card.
#[component]
fn Counter(
    /// Which figure.
    metric: Metric,
    /// The headline figures for the current selection.
    headline: Memo<Option<stats::Headline>>,
) -> impl IntoView {
    let app = use_app();
    let figure = move || -> Option<Figure> { headline.get().map(|h| h.get(metric).clone()) };
    let is_ha = metric == Metric::Hectares;
    let value_text = move || {
        let l = app.locale.get();
        match figure().and_then(|f| f.value) {
            Some(v) => figure_number(v, is_ha, l),
            None => "—".to_string(),
        }
    };
    let around = move || {
        let t = app.t();
        figure().map(|f| qualifier_around(&f, t, &value_text()))
    };
    let (qualifier, qualifier_after) = qualifier_views(around);
    // Count-up on a change of range or district: an aria-hidden copy animates while the final
    // number stays in `.value` (screen readers, print and tests read it); never on first load,
    // skipped under reduced motion. It starts from the old figure in the same update (the new
    // figure is never shown first and then taken back) and steps every 33 ms. (Stepping in
    // animation frames instead put every step into a frame of the next range change and made
    // it slower in alternating probes.)
    let target = Memo::new(move |_| figure().and_then(|f| f.value));
    let shown = RwSignal::new(None::<f64>);
    let running = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move |prev: Option<Option<f64>>| {
        let to = target.get();
        if let Some(h) = running.get_value() {
            h.clear();
            running.set_value(None);
        }
        // The first figures appear as they are: a print, screenshot or archive made while the
        // page loads shows the final numbers. Only a change the reader makes counts up.
        let (Some(from), Some(to_v)) = (prev.flatten(), to) else {
            shown.set(None);
            return to;
        };
        if crate::web::reduced_motion() || (to_v - from).abs() < 1e-9 {
            shown.set(None);
            return to;
        }
        shown.set(Some(from));
        let start = js_sys::Date::now();
        let handle = set_interval_with_handle(
            move || {
                let t = ((js_sys::Date::now() - start) / 900.0).min(1.0);
                if t >= 1.0 {
                    shown.set(None);
                    if let Some(h) = running.get_value() {
                        h.clear();
                        running.set_value(None);
                    }
                } else {
                    let eased = 1.0 - (1.0 - t).powi(3);
                    shown.set(Some(from + (to_v - from) * eased));
                }
            },
            std::time::Duration::from_millis(33),
        );
        running.set_value(handle.ok());
        to
    });
    let anim_text = move || {
        let l = app.locale.get();
        shown.get().map(|v| {
            if is_ha {
                format::number(v, 1, l)
            } else {
                format::int(v, l)
            }
        })
    };
    let unit = move || {
        let t = app.t();
        if is_ha {
            t.unit_ha
        } else {
            t.unit_items
        }
    };
    let extra = move || {
        let l = app.locale.get();
        let t = l.messages();
        let f = figure()?;
        let Some(v) = f.value else {
            let h = headline.get()?;
            if !matches!(h.basis, Basis::District { .. }) {
                return Some(t.not_published_any.to_string());
            }
            // Say exactly what is published instead.
            let mines = h
                .mines_combined
                .filter(|_| matches!(metric, Metric::AntiTank | Metric::AntiPersonnel));
            return Some(match mines.and_then(|m| Some((m.value?, m.period))) {
                Some((mv, p)) => fill(
                    t.district_mines_only,
                    &[
                        ("v", &format::int(mv, l)),
                        ("period", &p.to_string().replace("..", "–")),
                    ],
                ),
                None => t.not_published.to_string(),
            });
        };
        let mut parts = Vec::new();
        if f.reported.is_some() {
            match f.qualifier {
                Qualifier::Exact => {}
                Qualifier::Over => parts.push(t.lower_bound.to_string()),
                _ => parts.push(t.sum_about.to_string()),
            }
        }
        if let (Some(k), Some(Basis::WeeklySum { weeks, .. })) =
            (f.reported, headline.get().map(|h| h.basis))
        {
            if k < weeks {
                parts.push(fill(
                    t.weekly_partial,
                    &[("k", &k.to_string()), ("n", &weeks.to_string())],
                ));
            }
        }
        if is_ha {
            // Derived from the figure shown, with its qualifier; a rounded figure gives a
            // rounded count (see `pitch_count`).
            let exact = f.qualifier == Qualifier::Exact;
            parts.push(fill(
                t.km2_equiv,
                &[
                    ("km2", &with_qualifier(&f, t, format::auto(km2_of(v), 1, l))),
                    (
                        "pitches",
                        &with_qualifier(&f, t, format::int(pitch_count(v, exact), l)),
                    ),
                ],
            ));
            // How the conversion is made.
            parts.push(t.pitch_note.to_string());
        }
        Some(parts.join(" · "))
    };
    let as_of = move || figure().and_then(|f| statement_line(&f, app.locale.get()));
    let exact = move || {
        figure()
            .and_then(|f| exact_line(&f, is_ha, app.locale.get()))
            .map(|(text, c)| {
                view! {
                    <p class="counter-exact" data-testid="counter-exact">
                        {text} " · " <SourceLink citation=c/>
                    </p>
                }
            })
    };
    let sources = move || -> Vec<Citation> {
        let mut s = figure().map(|f| f.sources).unwrap_or_default();
        s.dedup();
        s
    };
    view! {
        <article
            class=format!("counter counter-{}", metric.slug())
            data-testid=format!("counter-{}", metric.slug())
        >
            <h3 class="counter-label">{move || labels::metric_label(app.t(), metric)}</h3>
            <p class="counter-figure">
                {qualifier}
                <span class="value-line">
                    <span class="value" class:animating=move || shown.get().is_some()>{value_text}</span>
                    {move || anim_text().map(|t| view! { <span class="value-anim" aria-hidden="true">{t}</span> })}
                    {qualifier_after}
                    " "
                    <span class="unit">{unit}</span>
                </span>
            </p>
            <div class="counter-more">
                <p class="counter-asof">{as_of}</p>
                {exact}
                <p class="counter-extra">{extra}</p>
                <p class="gloss">{move || gloss(app.t(), metric)}</p>
                <SourceList sources=Signal::derive(sources)/>
            </div>
        </article>
    }
}

/// Mines and ordnance in all: the latest published statement of the total (all time), or the
/// sum of the three counters (ranges), said which.
#[component]
fn TotalCounter(
    /// The headline figures.
    headline: Memo<Option<stats::Headline>>,
) -> impl IntoView {
    let app = use_app();
    let total = move || headline.get().map(|h| (h.total, h.total_derived));
    let value = move || {
        total()
            .and_then(|(f, _)| f.value)
            .map(|v| format::int(v, app.locale.get()))
            .unwrap_or_else(|| "—".into())
    };
    // A derived total is a sum ("at least", "about"); a published one keeps its own words.
    let around = move || {
        let t = app.t();
        total().map(|(f, derived)| {
            if derived {
                (labels::sum_qualifier_word(t, f.qualifier), String::new())
            } else {
                qualifier_around(&f, t, &value())
            }
        })
    };
    let (qualifier, qualifier_after) = qualifier_views(around);
    let as_of = move || total().and_then(|(f, _)| statement_line(&f, app.locale.get()));
    let exact = move || {
        total()
            .and_then(|(f, _)| exact_line(&f, false, app.locale.get()))
            .map(|(text, c)| {
                view! {
                    <p class="counter-exact" data-testid="counter-exact">
                        {text} " · " <SourceLink citation=c/>
                    </p>
                }
            })
    };
    let how = move || {
        let t = app.t();
        let district = headline
            .get()
            .is_some_and(|h| matches!(h.basis, Basis::District { .. }));
        match total() {
            Some((_, false)) => t.total_statement,
            _ if district => t.district_total_how,
            _ => t.derived_total,
        }
    };
    let sources = move || total().map(|(f, _)| f.sources).unwrap_or_default();
    view! {
        <article class="counter counter-total" data-testid="counter-total">
            <h3 class="counter-label">{move || app.t().total_items}</h3>
            <p class="counter-figure">
                {qualifier}
                <span class="value-line">
                    <span class="value">{value}</span>
                    {qualifier_after}
                    " "
                    <span class="unit">{move || app.t().unit_items}</span>
                </span>
            </p>
            <div class="counter-more">
                <p class="counter-asof">{as_of}</p>
                {exact}
                <p class="counter-extra">{how}</p>
                {move || (!sources().is_empty()).then(|| view! { <SourceList sources=Signal::derive(sources)/> })}
            </div>
        </article>
    }
}
