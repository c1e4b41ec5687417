//! One new reading (a pasted report) merged into the weekly records, by the same rules as the
//! reference.

use super::*;
use crate::data::model::*;

/// What adding one new reading (a pasted report) did to the weekly records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddKind {
    /// A period the data lacked: added as single-source.
    Added,
    /// The article is already cited for the period: nothing changed.
    AlreadyCited,
    /// The figures agree: the source was added.
    SourceAdded,
    /// The figures agree and two independent outlets now print them: confirmed.
    Confirmed,
    /// The figures differ: the period is disputed, with both readings kept.
    Disputed,
    /// The period is withheld: nothing changed (a maintainer decides).
    Withheld,
}

impl AddKind {
    /// Its name, for the page's `data-kind` (never from `Debug`: the release build drops Debug
    /// formatting, `-Zfmt-debug=none`).
    pub fn as_str(self) -> &'static str {
        match self {
            AddKind::Added => "Added",
            AddKind::AlreadyCited => "AlreadyCited",
            AddKind::SourceAdded => "SourceAdded",
            AddKind::Confirmed => "Confirmed",
            AddKind::Disputed => "Disputed",
            AddKind::Withheld => "Withheld",
        }
    }
}

/// The outcome of [`add_week`], with the figures it touched.
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    /// What happened.
    pub kind: AddKind,
    /// The period.
    pub period: (Date, Date),
    /// Figures that differ (now open, both readings kept as alternatives).
    pub disputed: Vec<Metric>,
    /// Figures the record lacked and the new source printed.
    pub filled: Vec<Metric>,
    /// "over N" figures replaced by the new source's precise, consistent value.
    pub refined: Vec<Metric>,
}

impl Added {
    /// True when the records changed.
    pub fn changed(&self) -> bool {
        !matches!(self.kind, AddKind::AlreadyCited | AddKind::Withheld)
    }

    /// One line in English for the command line.
    pub fn describe(&self) -> String {
        let (a, b) = self.period;
        let list = |ms: &[Metric]| ms.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
        let mut s = match self.kind {
            AddKind::Added => format!("{a}..{b}: added (single-source)"),
            AddKind::AlreadyCited => {
                format!("{a}..{b}: this article is already cited; nothing changed")
            }
            AddKind::SourceAdded => format!("{a}..{b}: same figures; source added"),
            AddKind::Confirmed => {
                format!("{a}..{b}: same figures from a second outlet; source added, now confirmed")
            }
            AddKind::Disputed => format!(
                "{a}..{b}: figures differ ({}); now disputed with both readings",
                list(&self.disputed)
            ),
            AddKind::Withheld => format!(
                "{a}..{b}: the period is withheld; nothing changed (edit data/weeks.csv by hand)"
            ),
        };
        if !self.filled.is_empty() {
            s.push_str(&format!("; added {}", list(&self.filled)));
        }
        if !self.refined.is_empty() {
            s.push_str(&format!("; refined {}", list(&self.refined)));
        }
        s
    }
}

fn joined(parts: &[String], sep: &str) -> String {
    parts.join(sep)
}

/// Adds one new reading of a period (`new`, with one citation) to `ours` by the merge rules:
/// a new period comes in as single-source; the same figures add the source (and confirm the
/// period when two independent outlets now print them); a figure the record lacked is filled;
/// an "over N" is refined by a consistent precise value; a different figure makes the period
/// disputed, with both readings kept as alternatives and the reason written in en/az/ru.
/// Nothing is overwritten. Adding the same article again changes nothing.
pub fn add_week(ours: &mut Vec<Week>, new: Week) -> Added {
    let period = (new.start, new.end);
    let mut out = Added {
        kind: AddKind::Added,
        period,
        disputed: Vec::new(),
        filled: Vec::new(),
        refined: Vec::new(),
    };
    let Some(w) = ours.iter_mut().find(|w| (w.start, w.end) == period) else {
        ours.push(new);
        crate::sort::sort_by_key(ours, |w| (w.start, w.end));
        return out;
    };
    let new_urls: Vec<&str> = new
        .sources
        .iter()
        .filter_map(|c| c.url.as_deref())
        .collect();
    if new_urls
        .iter()
        .any(|u| w.sources.iter().any(|c| c.url.as_deref() == Some(*u)))
    {
        out.kind = AddKind::AlreadyCited;
        return out;
    }
    if w.status == Status::Withheld {
        out.kind = AddKind::Withheld;
        return out;
    }
    let new_outlet = new
        .sources
        .first()
        .map(|c| c.outlet.replace([';', '<', '>'], " ").trim().to_string())
        .unwrap_or_default();
    let old_outlets = w
        .sources
        .iter()
        .map(|c| {
            c.outlet
                .replace([';', '<', '>', ','], " ")
                .trim()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" / ");
    let mut reasons: [Vec<String>; 3] = Default::default();
    for m in Metric::ALL {
        let (mine, theirs) = (w.value(m), new.value(m));
        let q_new = new.qualifier(m);
        match (mine, theirs) {
            (_, None) => {}
            (Some(a), Some(b)) if (a - b).abs() < 1e-9 && w.qualifier(m) == q_new => {}
            (Some(a), Some(b))
                if m == Metric::Hectares
                    && (refines(b, q_new, a)
                        || (w.qualifier(m) == q_new
                            && q_new.is_qualified()
                            && (a - b).abs() < 1e-9)) => {}
            (Some(a), Some(b))
                if m == Metric::Hectares
                    && q_new == Qualifier::Exact
                    && refines(a, w.hectares_qualifier, b) =>
            {
                w.hectares = Some(b);
                w.hectares_qualifier = Qualifier::Exact;
                out.refined.push(m);
            }
            (None, Some(b))
                if w.status != Status::Disputed
                    || !w.alternatives.iter().any(|x| x.metric == m) =>
            {
                set_value(w, m, b, q_new);
                out.filled.push(m);
            }
            (mine, Some(b)) => {
                // A dispute: the figure is left open and every reading kept, each once.
                let readings = mine.map(|a| (a, &old_outlets));
                for (value, outlet) in readings.into_iter().chain([(b, &new_outlet)]) {
                    let alt = Alternative {
                        metric: m,
                        value,
                        outlet: outlet.clone(),
                    };
                    if !w.alternatives.contains(&alt) {
                        w.alternatives.push(alt);
                    }
                }
                clear_value(w, m);
                out.disputed.push(m);
                let words = [Lang::En, Lang::Az, Lang::Ru].map(|l| m.words(l).1);
                let a = mine.map(|a| format!("{a}")).unwrap_or_else(|| "—".into());
                reasons[0].push(format!(
                    "on {}: {old_outlets} printed {a}, {new_outlet} printed {b}",
                    words[0]
                ));
                reasons[1].push(format!(
                    "{}: {old_outlets} {a}, {new_outlet} isə {b} yazıb",
                    words[1]
                ));
                reasons[2].push(format!(
                    "{}: {old_outlets} — {a}, {new_outlet} — {b}",
                    words[2]
                ));
            }
        }
    }
    w.sources.extend(new.sources);
    if !out.disputed.is_empty() {
        w.status = Status::Disputed;
        let add = [
            format!(
                "Outlets disagree {}; the figure is left open.",
                joined(&reasons[0], "; ")
            ),
            format!(
                "Mənbələr fərqlənir — {}; rəqəm açıq saxlanılır.",
                joined(&reasons[1], "; ")
            ),
            format!(
                "Данные расходятся — {}; цифра оставлена открытой.",
                joined(&reasons[2], "; ")
            ),
        ];
        for (field, text) in [&mut w.reason, &mut w.reason_az, &mut w.reason_ru]
            .into_iter()
            .zip(add)
        {
            if !field.is_empty() {
                field.push(' ');
            }
            field.push_str(&text);
        }
        out.kind = AddKind::Disputed;
    } else if w.status == Status::SingleSource && independent_outlets(&w.sources) >= 2 {
        w.status = Status::Confirmed;
        out.kind = AddKind::Confirmed;
    } else {
        out.kind = AddKind::SourceAdded;
    }
    out
}

fn set_value(w: &mut Week, m: Metric, v: f64, q: Qualifier) {
    let count = as_u32(Some(v));
    match m {
        Metric::AntiTank => w.anti_tank = count,
        Metric::AntiPersonnel => w.anti_personnel = count,
        Metric::Uxo => w.uxo = count,
        Metric::Hectares => {
            w.hectares = Some(v);
            w.hectares_qualifier = q;
        }
    }
}

fn clear_value(w: &mut Week, m: Metric) {
    match m {
        Metric::AntiTank => w.anti_tank = None,
        Metric::AntiPersonnel => w.anti_personnel = None,
        Metric::Uxo => w.uxo = None,
        Metric::Hectares => {
            w.hectares = None;
            w.hectares_qualifier = Qualifier::Exact;
        }
    }
}
