//! Domain values in words: qualifiers and scopes, one way for every card, tooltip and table.

use crate::chart::model::{AnnualBar, Card, MonthBar};
use crate::data::TotalMetric;
use crate::data::{Metric, Qualifier, Scope, Status};
use crate::geo::choropleth::Layer;
use crate::i18n::Messages;
use crate::i18n::{fill, format, Locale};

/// The weekly chart's finding as its title, and how it was computed (see
/// `model::weekly_finding`): one text for the page and its exports.
pub fn weekly_finding(ds: &crate::data::Dataset, l: Locale) -> Option<(String, String)> {
    let f = crate::chart::model::weekly_finding(&ds.weeks)?;
    let t = l.messages();
    let (y1, y2) = (f.y1.to_string(), f.y2.to_string());
    let title = fill(
        t.weekly_title,
        &[
            ("y1", &y1),
            ("y2", &y2),
            ("a", &format::int(f.mean2, l)),
            ("r", &format::number(f.ratio(), 1, l)),
        ],
    );
    let method = fill(
        t.weekly_finding_method,
        &[
            ("y1", &y1),
            ("y2", &y2),
            ("n1", &f.n1.to_string()),
            ("n2", &f.n2.to_string()),
        ],
    );
    Some((title, method))
}

/// The annual chart's title: the last full year's total when it is the most so far, else
/// what the chart shows.
pub fn annual_title(bars: &[AnnualBar], l: Locale) -> String {
    let t = l.messages();
    let full: Vec<&AnnualBar> = bars.iter().filter(|x| !x.partial).collect();
    match full.last() {
        Some(last) if full.iter().all(|x| x.value <= last.value) => fill(
            t.annual_title,
            &[("y", &last.label), ("v", &format::auto(last.value, 1, l))],
        ),
        _ => t.annual_title_plain.to_string(),
    }
}

/// The map's colour classes: each range ("1,000 – 2,500", "≥ 8,000") with its colour.
pub fn map_classes(
    v: &crate::geo::choropleth::LayerView,
    l: Locale,
) -> Vec<(String, &'static str)> {
    let n = v.breaks.len() + 1;
    let fmt = |x: f64| format::int(x, l);
    (0..n)
        .map(|i| {
            let range = match (i.checked_sub(1).map(|j| v.breaks[j]), v.breaks.get(i)) {
                (None, Some(hi)) => format!("< {}", fmt(*hi)),
                (Some(lo), Some(hi)) => format!("{} – {}", fmt(lo), fmt(*hi)),
                (Some(lo), None) => format!("≥ {}", fmt(lo)),
                (None, None) => "".into(),
            };
            (range, crate::geo::choropleth::colour(&v.layer, i, n).css())
        })
        .collect()
}

/// The name of one of the four weekly figures ("Anti-tank mines", "Hectares cleared").
pub fn metric_label(t: &Messages, m: Metric) -> &'static str {
    match m {
        Metric::AntiTank => t.anti_tank,
        Metric::AntiPersonnel => t.anti_personnel,
        Metric::Uxo => t.uxo,
        Metric::Hectares => t.hectares,
    }
}

/// The word for a qualifier of a printed figure ("more than", "about", "nearly", "up to"),
/// empty when exact.
pub fn qualifier_word(t: &Messages, q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => t.q_over,
        Qualifier::About => t.q_about,
        Qualifier::Nearly => t.q_nearly,
        Qualifier::UpTo => t.q_up_to,
    }
}

/// The word for the qualifier of a sum (see `stats::Sum::qualifier`): "at least" for a sum
/// with a lower bound in it, "about" for one with an approximate value.
pub fn sum_qualifier_word(t: &Messages, q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => t.q_at_least,
        _ => t.q_about,
    }
}

/// A formatted value with its qualifier in words: "about 249,000", "more than 40,000", and in
/// Azerbaijani "40 000-dən çox" (the ablative after the number: `q_over_figure`).
pub fn qualified(t: &Messages, q: Qualifier, value: &str) -> String {
    let (before, figure) = qualifier_parts(t, q, value);
    if before.is_empty() {
        figure
    } else {
        format!("{before} {figure}")
    }
}

/// A qualified value cut in two for a layout that sets the word apart (the counters put it
/// above the figure): the words before the value, and the value with whatever follows it
/// ("40 000-dən çox"). Exact figures give `("", value)`.
pub fn qualifier_parts(t: &Messages, q: Qualifier, value: &str) -> (&'static str, String) {
    if q != Qualifier::Over {
        return (qualifier_word(t, q), value.to_string());
    }
    let template = t.q_over_figure;
    match template.find("{v}") {
        Some(at) => (
            template[..at].trim_end(),
            crate::i18n::fill(&template[at..], &[("v", value)]),
        ),
        None => (t.q_over, value.to_string()),
    }
}

/// A formatted value with its compact qualifier symbol (`> 1,160`) for tables and axes.
pub fn with_symbol(q: Qualifier, value: &str) -> String {
    match q.symbol() {
        "" => value.to_string(),
        s => format!("{s} {value}"),
    }
}

/// Whose figure it is.
pub fn scope_label(t: &Messages, s: Scope) -> &'static str {
    match s {
        Scope::Anama => t.scope_anama,
        Scope::Cabinet => t.scope_cabinet,
        Scope::Ssc => t.scope_ssc,
        Scope::Mod => t.scope_mod,
        Scope::Other => t.scope_other,
    }
}

/// A status as a column heading over counts of weeks ("Disputed", "Спорные").
pub fn status_column(t: &Messages, s: Status) -> &'static str {
    match s {
        Status::Confirmed => t.col_confirmed,
        Status::SingleSource => t.col_single,
        Status::Disputed => t.col_disputed,
        Status::Withheld => t.col_withheld,
    }
}

/// The label of a status (a week's tag: "disputed", "спорная").
pub fn status_label(t: &Messages, s: Status) -> &'static str {
    match s {
        Status::Confirmed => t.status_confirmed,
        Status::SingleSource => t.status_single,
        Status::Disputed => t.status_disputed,
        Status::Withheld => t.status_withheld,
    }
}

/// The label of a map layer in the selector and legend ("Hectares cleared in 2025").
pub fn layer_label(t: &Messages, l: &Layer) -> String {
    let template = match l.metric {
        TotalMetric::Hectares => t.layer_hectares,
        TotalMetric::Mines => t.layer_mines,
        _ => t.layer_ordnance,
    };
    fill(
        template,
        &[("period", &l.period.to_string().replace("..", "–"))],
    )
}

/// A layer's value with its unit ("8,526.2 ha", "15,528 items").
pub fn layer_value(l: &Layer, v: f64, loc: Locale) -> String {
    let t = loc.messages();
    if l.is_area() {
        format!("{} {}", format::auto(v, 1, loc), t.unit_ha)
    } else {
        format!("{} {}", format::int(v, loc), t.unit_items)
    }
}

/// A year's card and its row in the sources table.
pub fn annual_card(b: &AnnualBar, l: Locale) -> Card {
    let t = l.messages();
    let value = format!("{} {}", format::auto(b.value, 1, l), t.unit_ha);
    if b.partial {
        return Card {
            title: b.label.clone(),
            value: qualified(t, b.qualifier, &value),
            detail: fill(t.partial_sum_source, &[("n", &b.weeks.to_string())]),
            source: None,
        };
    }
    Card {
        title: b.label.clone(),
        value: qualified(t, b.qualifier, &value),
        detail: b
            .scope
            .map(|s| scope_label(t, s).to_string())
            .unwrap_or_default(),
        source: b.sources.first().cloned(),
    }
}

/// A month's card.
pub fn month_card(b: &MonthBar, l: Locale) -> Card {
    let t = l.messages();
    let value = format!("{} {}", format::auto(b.value, 2, l), t.unit_ha);
    Card {
        title: format!("{} {}", format::month_title(b.month, l), b.year),
        value: qualified(t, b.qualifier, &value),
        detail: scope_label(t, b.scope).to_string(),
        source: Some(b.source.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_qualifier_has_a_word_and_a_symbol_in_every_language() {
        for l in Locale::ALL {
            let t = l.messages();
            for q in Qualifier::ALL.iter().copied() {
                let exact = q == Qualifier::Exact;
                assert_eq!(qualifier_word(t, q).is_empty(), exact, "{l:?} {q:?}");
                assert_eq!(q.symbol().is_empty(), exact);
                assert!(
                    exact || t.q_legend.contains(q.symbol()),
                    "{l:?} legend lacks {q:?}"
                );
            }
            assert_eq!(qualified(t, Qualifier::Exact, "5"), "5");
        }
        let en = Locale::En.messages();
        assert_eq!(qualified(en, Qualifier::About, "249,000"), "about 249,000");
        assert_eq!(sum_qualifier_word(en, Qualifier::Over), "at least");
    }
}
