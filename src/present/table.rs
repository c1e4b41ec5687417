//! The data table's order: by period (the file's order), or by a figure with the gaps last in
//! either direction (a week that printed no figure is not a zero).

use crate::data::{Metric, Week};
use std::cmp::Ordering;

/// Sorts the table's rows by `metric` (by period when `None`), largest first when `desc`.
pub fn sort_rows(rows: &mut Vec<&Week>, metric: Option<Metric>, desc: bool) {
    match metric {
        Some(m) => crate::sort::sort_by(rows, |a, b| match (a.value(m), b.value(m)) {
            (Some(x), Some(y)) if desc => y.total_cmp(&x),
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
        None if desc => rows.reverse(),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Dataset, Date};

    fn data() -> Dataset {
        Dataset::embedded(Date::new(2030, 1, 1).expect("date")).expect("data")
    }

    #[test]
    fn by_a_figure_the_gaps_come_last_either_way() {
        let ds = data();
        for desc in [false, true] {
            let mut rows: Vec<&Week> = ds.weeks.iter().collect();
            sort_rows(&mut rows, Some(Metric::Hectares), desc);
            let values: Vec<Option<f64>> = rows.iter().map(|w| w.value(Metric::Hectares)).collect();
            let first_gap = values
                .iter()
                .position(Option::is_none)
                .expect("the data has gaps");
            assert!(values[first_gap..].iter().all(Option::is_none), "gaps last");
            let shown: Vec<f64> = values.iter().flatten().copied().collect();
            assert!(
                shown
                    .windows(2)
                    .all(|w| if desc { w[0] >= w[1] } else { w[0] <= w[1] }),
                "ordered, desc {desc}"
            );
        }
    }

    #[test]
    fn by_period_it_is_the_files_order_or_its_reverse() {
        let ds = data();
        let mut rows: Vec<&Week> = ds.weeks.iter().collect();
        sort_rows(&mut rows, None, false);
        assert!(rows
            .windows(2)
            .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
        sort_rows(&mut rows, None, true);
        assert_eq!(
            rows.first().map(|w| w.start),
            ds.weeks.last().map(|w| w.start)
        );
    }
}
