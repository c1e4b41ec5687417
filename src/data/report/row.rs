//! From a reading to a row of the weekly file.

use super::*;

/// A row to add, as the person confirmed it: the reading's figures (edited or not) and the
/// article they came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// First and last day.
    pub period: Option<(Date, Date)>,
    /// The four figures.
    pub values: PerMetric<Option<f64>>,
    /// Their qualifiers; only the hectares' has a column, the counts' go into the reason.
    pub qualifiers: PerMetric<Qualifier>,
    /// The outlet's name.
    pub outlet: String,
    /// The article's address.
    pub url: String,
}

impl Row {
    /// The row a reading proposes (the outlet and address still to be filled in).
    pub fn from_reading(r: &Reading) -> Self {
        let mut row = Row {
            period: r.period,
            ..Row::default()
        };
        for (m, f) in r.figures.iter() {
            if let Some(f) = f {
                row.values[m] = Some(f.value);
                row.qualifiers[m] = f.qualifier;
            }
        }
        row
    }

    /// The weekly record, checked with the data file's own rules (the same parser reads it
    /// back): a period, at least one figure, an outlet and an http(s) address are required.
    pub fn to_week(&self, latest: Date) -> Result<crate::data::Week, Vec<crate::data::DataError>> {
        use crate::data::{Citation, DataError, ErrorKind, Status, Week};
        let file = "report";
        let mut errors = Vec::new();
        if self.period.is_none() {
            errors.push(DataError::new(
                file,
                0,
                0,
                ErrorKind::BadDate {
                    field: "start".into(),
                    text: String::new(),
                },
            ));
        }
        if self.outlet.trim().is_empty() {
            errors.push(DataError::new(file, 0, 0, ErrorKind::NoSource));
        }
        let url = self.url.trim();
        if !crate::data::parse::is_safe_url(url) {
            errors.push(DataError::new(file, 0, 0, ErrorKind::BadUrl(url.into())));
        }
        if self.values.values().all(Option::is_none) {
            errors.push(DataError::new(
                file,
                0,
                0,
                ErrorKind::NotANumber {
                    field: "hectares".into(),
                    text: String::new(),
                },
            ));
        }
        let Some((start, end)) = self.period else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let count = |v: Option<f64>| {
            v.map(|x| {
                if x.fract() == 0.0 && (0.0..=4e9).contains(&x) {
                    x as u32
                } else {
                    u32::MAX
                }
            })
        };
        let mut reason = [String::new(), String::new(), String::new()];
        for m in [Metric::AntiTank, Metric::AntiPersonnel, Metric::Uxo] {
            let q = self.qualifiers[m];
            if let (Some(v), true) = (self.values[m], q.is_qualified()) {
                let words = [Lang::En, Lang::Az, Lang::Ru].map(|l| m.words(l).0);
                let (en, az, ru) = match q {
                    Qualifier::Over => ("more than", "-dən çox", "более"),
                    Qualifier::About => ("about", "təxminən", "около"),
                    Qualifier::Nearly => ("nearly", "-ə yaxın", "почти"),
                    _ => ("up to", "-dək", "до"),
                };
                let az_text = if az.starts_with('-') {
                    format!("“{v}{az}”")
                } else {
                    format!("“{az} {v}”")
                };
                for (k, text) in [
                    format!("{} were printed as “{en} {v}”: approximate.", words[0]),
                    format!("{} {az_text} kimi yazılıb: təqribidir.", words[1]),
                    format!("{} напечатаны как «{ru} {v}»: приблизительно.", words[2]),
                ]
                .into_iter()
                .enumerate()
                {
                    if !reason[k].is_empty() {
                        reason[k].push(' ');
                    }
                    reason[k].push_str(&text);
                }
            }
        }
        let [reason, reason_az, reason_ru] = reason;
        let week = Week {
            start,
            end,
            anti_tank: count(self.values[Metric::AntiTank]),
            anti_personnel: count(self.values[Metric::AntiPersonnel]),
            uxo: count(self.values[Metric::Uxo]),
            hectares: self.values[Metric::Hectares],
            hectares_qualifier: self.qualifiers[Metric::Hectares],
            status: Status::SingleSource,
            same_report_as: None,
            alternatives: Vec::new(),
            reason,
            reason_az,
            reason_ru,
            sources: vec![Citation {
                outlet: self.outlet.replace([';', '<', '>'], " ").trim().to_string(),
                url: Some(url.to_string()),
            }],
            line: 0,
        };
        // The file's own rules: write the row and read it back.
        let text = crate::data::merge::write_weeks("", std::slice::from_ref(&week));
        let mut back = crate::data::parse::parse_weeks(file, &text, latest)?;
        back.pop()
            .ok_or_else(|| vec![DataError::new(file, 0, 0, ErrorKind::NoHeader)])
    }
}
