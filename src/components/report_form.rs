//! "Paste a report": the text of one weekly ANAMA report becomes a proposed row (each figure
//! next to the words it came from, editable), which the person checks, cites and adds. The row
//! is checked with the data file's rules and joins the page's data by the merge rules (a new
//! week, a second source, or a dispute with both readings), kept on this device; "Download
//! weeks.csv" hands the whole file to the maintainer. A lazy part (chunk `report`), loaded on
//! first use.

use super::lazy::Lazy;
use crate::data::merge::{self, AddKind, Added};
use crate::data::report::{self, Reading, Refusal, Row, Unsure};
use crate::data::{parse, sheet, DataError, Date, Metric, PerMetric, Qualifier, WEEKS_PREAMBLE};
use crate::i18n::{errors, fill, format, Locale, Messages};
use crate::present::labels;
use crate::state::use_app;
use crate::web::files::{apply_bytes, download, LoadOutcome};
use crate::web::today;
use leptos::prelude::*;

/// The reader's refusal in words.
fn refusal_words(r: &Refusal, t: &Messages) -> String {
    match r {
        Refusal::Empty => t.r_empty.into(),
        Refusal::TooLong { chars } => fill(t.r_too_long, &[("n", &chars.to_string())]),
        Refusal::NoFigures => t.r_no_figures.into(),
        Refusal::NotWeekly { words, days } => fill(
            t.r_not_weekly,
            &[("words", words), ("days", &days.to_string())],
        ),
        Refusal::Summary { words } => fill(t.r_summary, &[("words", words)]),
        Refusal::TwoPeriods { first, second } => {
            fill(t.r_two_periods, &[("first", first), ("second", second)])
        }
        Refusal::Unattributable {
            metric,
            first,
            second,
        } => fill(
            t.r_unattributable,
            &[
                ("metric", labels::metric_label(t, *metric)),
                ("first", first),
                ("second", second),
            ],
        ),
    }
}

/// A note on a field the reader left empty or proposed.
fn unsure_words(u: &Unsure, t: &Messages) -> String {
    match u {
        Unsure::NoPeriod => t.u_no_period.into(),
        Unsure::YearProposed { year, monday } => fill(
            if *monday {
                t.u_year
            } else {
                t.u_year_no_monday
            },
            &[("year", &year.to_string())],
        ),
        Unsure::AmbiguousNumber { words, .. } => fill(t.u_ambiguous, &[("words", words)]),
        Unsure::NotACount { words, .. } => fill(t.u_not_count, &[("words", words)]),
        Unsure::TooLarge { words } => fill(t.u_too_large, &[("words", words)]),
    }
}

/// What adding the row did, in words.
fn added_words(a: &Added, t: &Messages, l: Locale) -> String {
    let period = format::period(a.period.0, a.period.1, l);
    let metrics = a
        .disputed
        .iter()
        .map(|m| labels::metric_label(t, *m))
        .collect::<Vec<_>>()
        .join(", ");
    let template = match a.kind {
        AddKind::Added => t.add_added,
        AddKind::AlreadyCited => t.add_cited,
        AddKind::SourceAdded => t.add_source,
        AddKind::Confirmed => t.add_confirmed,
        AddKind::Disputed => t.add_disputed,
        AddKind::Withheld => t.add_withheld,
    };
    fill(template, &[("period", &period), ("metrics", &metrics)])
}

/// A figure as typed: empty is "not printed"; a decimal comma is read as a point.
fn typed_value(s: &str) -> Result<Option<f64>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    parse::plain_decimal(&sheet::decimal_point(&s))
        .filter(|v| *v >= 0.0)
        .map(Some)
        .ok_or(())
}

fn shown(v: f64) -> String {
    format!("{v}")
}

/// The whole weekly file of the data in use, as `weeks.csv`.
fn weeks_file(weeks: &[crate::data::Week]) -> String {
    merge::write_weeks(WEEKS_PREAMBLE, weeks)
}

/// What the last "Check and add" did.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// What the reading did, and true when the page could not keep the new data (storage
    /// full or off).
    Added(Added, bool),
    Invalid(Vec<DataError>),
    NeedYear,
}

/// The paste-a-report form.
#[component]
fn ReportForm() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let reading = RwSignal::new(None::<Result<Reading, Refusal>>);
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let values = PerMetric::from_fn(|_| RwSignal::new(String::new()));
    let quals = PerMetric::from_fn(|_| RwSignal::new(Qualifier::Exact));
    let year_ok = RwSignal::new(true);
    let outlet = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);

    let read_it = move |_| {
        let r = report::read(&text.get_untracked(), today());
        if let Ok(r) = &r {
            let (s, e) = r
                .period
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .unwrap_or_default();
            start.set(s);
            end.set(e);
            for (m, f) in r.figures.iter() {
                values[m].set(f.as_ref().map(|f| shown(f.value)).unwrap_or_default());
                quals[m].set(f.as_ref().map(|f| f.qualifier).unwrap_or_default());
            }
            year_ok.set(r.year_printed || r.period.is_none());
        }
        outcome.set(None);
        reading.set(Some(r));
    };

    let add_it = move |_| {
        if !year_ok.get_untracked() {
            outcome.set(Some(Outcome::NeedYear));
            return;
        }
        let l = app.locale.get_untracked();
        let mut row = Row {
            period: Date::parse(start.get_untracked().trim())
                .zip(Date::parse(end.get_untracked().trim())),
            outlet: outlet.get_untracked(),
            url: address.get_untracked(),
            ..Row::default()
        };
        let mut errors = Vec::new();
        for m in Metric::ALL {
            match typed_value(&values[m].get_untracked()) {
                Ok(v) => row.values[m] = v,
                Err(()) => errors.push(DataError::new(
                    "report",
                    0,
                    0,
                    crate::data::ErrorKind::NotANumber {
                        field: m.as_str().into(),
                        text: values[m].get_untracked(),
                    },
                )),
            }
            row.qualifiers[m] = quals[m].get_untracked();
        }
        let latest = today().add_days(7);
        let week = match (errors.is_empty(), row.to_week(latest)) {
            (true, Ok(w)) => w,
            (_, Err(e)) => {
                errors.extend(e);
                outcome.set(Some(Outcome::Invalid(errors)));
                return;
            }
            (false, Ok(_)) => {
                outcome.set(Some(Outcome::Invalid(errors)));
                return;
            }
        };
        let mut weeks = app.data.with_untracked(|d| d.weeks.clone());
        let added = merge::add_week(&mut weeks, week);
        let mut not_kept = false;
        if added.changed() {
            // The whole file, read back with the file's own rules, becomes the page's data.
            let file = weeks_file(&weeks);
            match apply_bytes(app, "weeks.csv", file.as_bytes(), true) {
                LoadOutcome::Failed(_, e) => {
                    outcome.set(Some(Outcome::Invalid(e)));
                    return;
                }
                LoadOutcome::Loaded(.., nk) => not_kept = nk,
                LoadOutcome::Unreadable(_) => {}
            }
        }
        let _ = l;
        outcome.set(Some(Outcome::Added(added, not_kept)));
    };

    let proposal = move || {
        let l = app.locale.get();
        let t = l.messages();
        match reading.get()? {
            Err(r) => Some(
                view! {
                    <p class="load-errors" role="alert" data-testid="report-refused">
                        {fill(t.paste_refused, &[("reason", &refusal_words(&r, t))])}
                    </p>
                }
                .into_any(),
            ),
            Ok(r) => {
                let notes = r
                    .unsure
                    .iter()
                    .map(|u| view! { <li>{unsure_words(u, t)}</li> })
                    .collect_view();
                let needs_year = !r.year_printed && r.period.is_some();
                let rows = Metric::ALL
                    .iter()
                    .map(|m| {
                        let f = r.figures[*m].clone();
                        let from = match &f {
                            Some(f) => {
                                let mut s = fill(t.f_from, &[("words", &f.words)]);
                                if let Some(m2) = f.from_square_metres {
                                    s.push_str(" · ");
                                    s.push_str(&fill(t.f_m2, &[("m2", &format::auto(m2, 0, l))]));
                                }
                                if *m != Metric::Hectares && f.qualifier.is_qualified() {
                                    s.push_str(" · ");
                                    s.push_str(labels::qualifier_word(t, f.qualifier));
                                }
                                s
                            }
                            None => t.f_not_found.to_string(),
                        };
                        let id = format!("report-{}", m.slug());
                        let qualifier = (*m == Metric::Hectares).then(|| {
                            let q = quals[*m];
                            view! {
                                <select
                                    aria-label=t.f_qualifier
                                    data-testid="report-qualifier"
                                    on:change=move |e| q.set(Qualifier::parse(&event_target_value(&e)).unwrap_or_default())
                                    prop:value=move || q.get().as_str()
                                >
                                    {Qualifier::ALL.iter().map(|x| {
                                        let word = if x.is_qualified() { labels::qualifier_word(t, *x) } else { t.q_exact };
                                        view! { <option value=x.as_str()>{word}</option> }
                                    }).collect_view()}
                                </select>
                            }
                        });
                        let v = values[*m];
                        view! {
                            <div class="report-field" data-metric=m.slug()>
                                <label for=id.clone()>{labels::metric_label(t, *m)}</label>
                                <input
                                    id=id.clone()
                                    type="text"
                                    inputmode="decimal"
                                    data-testid=id
                                    prop:value=move || v.get()
                                    on:input=move |e| v.set(event_target_value(&e))
                                />
                                {qualifier}
                                <span class="note">{from}</span>
                            </div>
                        }
                    })
                    .collect_view();
                Some(
                    view! {
                        <div class="report-proposal" data-testid="report-proposal" data-lang=r.lang.as_str()>
                            <ul class="report-notes" data-testid="report-notes">{notes}</ul>
                            <div class="report-field">
                                <label for="report-start">{t.f_start}</label>
                                <input id="report-start" type="date" data-testid="report-start" prop:value=move || start.get() on:input=move |e| start.set(event_target_value(&e))/>
                            </div>
                            <div class="report-field">
                                <label for="report-end">{t.f_end}</label>
                                <input id="report-end" type="date" data-testid="report-end" prop:value=move || end.get() on:input=move |e| end.set(event_target_value(&e))/>
                                <span class="note">{if r.period_words.is_empty() { t.f_not_found.to_string() } else { fill(t.f_from, &[("words", &r.period_words)]) }}</span>
                            </div>
                            {needs_year.then(|| view! {
                                <label class="keep">
                                    <input type="checkbox" data-testid="report-year-ok" prop:checked=move || year_ok.get() on:change=move |e| year_ok.set(event_target_checked(&e))/>
                                    {t.f_year_ok}
                                </label>
                            })}
                            {rows}
                            <div class="report-field">
                                <label for="report-outlet">{t.f_outlet}</label>
                                <input id="report-outlet" type="text" required data-testid="report-outlet" prop:value=move || outlet.get() on:input=move |e| outlet.set(event_target_value(&e))/>
                            </div>
                            <div class="report-field">
                                <label for="report-url">{t.f_url}</label>
                                <input id="report-url" type="url" required data-testid="report-url" prop:value=move || address.get() on:input=move |e| address.set(event_target_value(&e))/>
                            </div>
                            <button type="button" class="btn" data-testid="report-add" on:click=add_it>{t.paste_add}</button>
                        </div>
                    }
                    .into_any(),
                )
            }
        }
    };

    let result = move || {
        let l = app.locale.get();
        let t = l.messages();
        match outcome.get()? {
            Outcome::NeedYear => Some(view! { <p class="load-errors" role="alert" data-testid="report-errors">{t.paste_need_year}</p> }.into_any()),
            Outcome::Invalid(errs) => Some(
                view! {
                    <div class="load-errors" role="alert" data-testid="report-errors">
                        <ul>{errs.iter().take(20).map(|e| view! { <li>{errors::reason(&e.kind, l)}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
            ),
            Outcome::Added(a, not_kept) => Some(
                view! {
                    <p class="load-ok" role="status" data-testid="report-added" data-kind=a.kind.as_str()>
                        {added_words(&a, t, l)} " " {(a.changed() && !not_kept).then_some(t.add_kept)}
                    </p>
                    {(a.changed() && not_kept).then(|| view! { <p class="load-warn" role="alert" data-testid="keep-failed">{t.keep_failed}</p> })}
                }
                .into_any(),
            ),
        }
    };

    let download_failed = RwSignal::new(false);
    let download_file = move |_| {
        let file = app.data.with_untracked(|d| weeks_file(&d.weeks));
        download_failed.set(!download("weeks.csv", "text/csv;charset=utf-8", &file));
    };

    view! {
        <section class="report-form" aria-labelledby="report-h" data-testid="report-form">
            <h4 id="report-h">{move || app.t().paste_heading}</h4>
            <p class="note">{move || app.t().paste_intro}</p>
            <label for="report-text">{move || app.t().paste_label}</label>
            <textarea
                id="report-text"
                rows="6"
                data-testid="report-text"
                prop:value=move || text.get()
                on:input=move |e| text.set(event_target_value(&e))
            ></textarea>
            <div class="report-actions">
                <button type="button" class="btn" data-testid="report-read" on:click=read_it>{move || app.t().paste_read}</button>
                <button type="button" class="btn" data-testid="download-weeks" on:click=download_file>{move || app.t().download_weeks}</button>
            </div>
            {move || download_failed.get().then(|| view! { <p class="load-errors" role="alert" data-testid="export-failed">{app.t().export_failed}</p> })}
            {proposal}
            <div aria-live="polite">{result}</div>
        </section>
    }
}

/// "Paste a report…": a button that loads the report form (its own chunk) on first use.
#[component]
pub fn PasteReport() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="btn" data-testid="paste-open" on:click=move |_| open.set(true)>
                    {move || app.t().paste_open}
                </button>
            }
        >
            <Lazy load=report_part name="report" notes=true/>
        </Show>
    }
}

crate::lazy_part! {
    /// The report form: a lazy part of its own (chunk `report`), loaded on first use.
    report: fn report_part() { view! { <ReportForm/> } }
}
