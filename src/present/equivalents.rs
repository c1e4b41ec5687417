//! Land in units a reader can picture: square kilometres and football pitches.

/// Hectares in one football pitch of 105 × 68 m (0.714 ha).
pub const PITCH_HA: f64 = 0.714;

/// Azerbaijan's area (km²), the denominator of "share of the country" (the State Statistics
/// Committee's 86,600 km²).
pub const AZERBAIJAN_KM2: f64 = 86_600.0;

/// The share of Azerbaijan's area (%) that `km2` square kilometres make: derived, and the page
/// says so ("11,667 ÷ 86,600 km²").
pub fn share_of_country(km2: f64) -> f64 {
    100.0 * km2 / AZERBAIJAN_KM2
}

/// Square kilometres in `ha` hectares, to one decimal (1 ha = 0.01 km²).
pub fn km2_of(ha: f64) -> f64 {
    (ha / 100.0 * 10.0).round() / 10.0
}

/// How many football pitches `ha` hectares make. An exact figure gives an exact count
/// (rounded to a whole pitch when shown); a qualified one ("about", "more than") gives a count
/// rounded to three significant digits, so that no precision is claimed that the figure lacks.
pub fn pitch_count(ha: f64, exact: bool) -> f64 {
    let n = ha / PITCH_HA;
    if exact {
        n
    } else {
        round_sig3(n)
    }
}

/// A value rounded to three significant digits (values ≤ 0 as they are).
pub fn round_sig3(v: f64) -> f64 {
    if v <= 0.0 {
        return v;
    }
    let mag = 10f64.powi(v.log10().floor() as i32 - 2);
    (v / mag).round() * mag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contaminated_area_is_over_13_percent_of_the_country() {
        // 11,667 km² stated contaminated: 13.47 % of 86,600 km² ("over 13 %").
        let p = share_of_country(11_667.0);
        assert!((p - 13.47).abs() < 0.01, "{p}");
    }

    #[test]
    fn square_kilometres_to_one_decimal() {
        assert_eq!(km2_of(249_218.6), 2492.2);
        assert_eq!(km2_of(1191.2), 11.9);
        assert_eq!(km2_of(0.0), 0.0);
    }

    #[test]
    fn an_exact_figure_gives_an_exact_count_of_pitches() {
        // 249,218.6 ha ÷ 0.714 ha = 349,045.6… pitches.
        let n = pitch_count(249_218.6, true);
        assert!((n - 349_045.66).abs() < 0.01, "{n}");
    }

    #[test]
    fn a_qualified_figure_gives_three_significant_digits() {
        assert_eq!(pitch_count(249_218.6, false), 349_000.0);
        assert_eq!(pitch_count(1160.0, false), 1620.0); // 1,624.6… pitches
        assert_eq!(round_sig3(0.0), 0.0);
        assert!((round_sig3(98.76) - 98.8).abs() < 1e-9);
        assert_eq!(round_sig3(123_456.0), 123_000.0);
    }
}
