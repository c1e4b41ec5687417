//! The dataset's types: weekly records, totals, districts and boundaries, each with its sources.

use serde::Serialize;
use std::fmt;

/// A calendar date (proleptic Gregorian), ordered, with day arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year.
    pub y: i32,
    /// Month 1–12.
    pub m: u8,
    /// Day 1–31.
    pub d: u8,
}

impl Date {
    /// A checked date.
    pub fn new(y: i32, m: u8, d: u8) -> Option<Self> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Self { y, m, d })
    }

    /// Parses `YYYY-MM-DD` strictly.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let mut v = 0u32;
            for &c in &b[r] {
                if !c.is_ascii_digit() {
                    return None;
                }
                v = v * 10 + u32::from(c - b'0');
            }
            Some(v)
        };
        let y = i32::try_from(digits(0..4)?).ok()?;
        let m = u8::try_from(digits(5..7)?).ok()?;
        let d = u8::try_from(digits(8..10)?).ok()?;
        Self::new(y, m, d)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i32::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(z: i32) -> Self {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Self {
            y: if m <= 2 { y + 1 } else { y },
            m,
            d,
        }
    }

    /// This date plus `n` days.
    pub fn add_days(self, n: i32) -> Self {
        Self::from_days(self.days() + n)
    }
}

/// Days in a month.
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// How well a weekly record is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Status {
    /// Two or more independent outlets print the same figures.
    Confirmed,
    /// One outlet.
    SingleSource,
    /// Outlets disagree: the unresolved figure is empty and the alternatives are kept.
    Disputed,
    /// Implausible or unverifiable: listed with the reason, left out of charts and sums.
    Withheld,
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 4] = [
        Status::Confirmed,
        Status::SingleSource,
        Status::Disputed,
        Status::Withheld,
    ];

    /// The word used in the data file and in CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::SingleSource => "single-source",
            Status::Disputed => "disputed",
            Status::Withheld => "withheld",
        }
    }

    /// Parses the data file's word.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// How a printed figure was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
pub enum Qualifier {
    /// As printed, no qualifier.
    #[default]
    Exact,
    /// "over N", "more than N": a lower bound.
    Over,
    /// "about N", "around N".
    About,
    /// "nearly N".
    Nearly,
    /// "up to N".
    UpTo,
}

impl Qualifier {
    /// The word used in the data file.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => "over",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up_to",
        }
    }

    /// Parses the data file's word (empty is exact).
    pub fn parse(s: &str) -> Option<Self> {
        [
            Qualifier::Exact,
            Qualifier::Over,
            Qualifier::About,
            Qualifier::Nearly,
            Qualifier::UpTo,
        ]
        .into_iter()
        .find(|q| q.as_str() == s)
    }
}

/// Where a figure was published.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Citation {
    /// The outlet's name as published.
    pub outlet: String,
    /// The article's address: always http(s) when present; `None` when it was not captured.
    pub url: Option<String>,
}

/// One of the four weekly figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Metric {
    /// Anti-tank mines neutralised.
    AntiTank,
    /// Anti-personnel mines neutralised.
    AntiPersonnel,
    /// Unexploded ordnance neutralised.
    Uxo,
    /// Hectares cleared.
    Hectares,
}

impl Metric {
    /// All four, in display order.
    pub const ALL: [Metric; 4] = [
        Metric::AntiTank,
        Metric::AntiPersonnel,
        Metric::Uxo,
        Metric::Hectares,
    ];

    /// The column name in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::AntiTank => "anti_tank",
            Metric::AntiPersonnel => "anti_personnel",
            Metric::Uxo => "uxo",
            Metric::Hectares => "hectares",
        }
    }

    /// The `data-testid`/CSS form.
    pub fn slug(self) -> &'static str {
        match self {
            Metric::AntiTank => "anti-tank",
            Metric::AntiPersonnel => "anti-personnel",
            Metric::Uxo => "uxo",
            Metric::Hectares => "hectares",
        }
    }

    /// Parses a column name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// A figure an outlet printed differently for a disputed week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    /// Which figure.
    pub metric: Metric,
    /// The value printed.
    pub value: f64,
    /// Who printed it.
    pub outlet: String,
}

/// One reporting period of ANAMA's weekly figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    /// First day, as printed.
    pub start: Date,
    /// Last day, as printed.
    pub end: Date,
    /// Anti-tank mines (empty: not printed or unresolved).
    pub anti_tank: Option<u32>,
    /// Anti-personnel mines.
    pub anti_personnel: Option<u32>,
    /// Unexploded ordnance.
    pub uxo: Option<u32>,
    /// Hectares cleared.
    pub hectares: Option<f64>,
    /// How the hectares were qualified ("over" is a lower bound).
    pub hectares_qualifier: Qualifier,
    /// How well the record is supported.
    pub status: Status,
    /// The period under which the same report is counted instead (never counted twice).
    pub same_report_as: Option<(Date, Date)>,
    /// Differing values printed for a disputed week.
    pub alternatives: Vec<Alternative>,
    /// Why the record is disputed or withheld, or a caveat.
    pub reason: String,
    /// Every citation; the first is the one whose figures were used.
    pub sources: Vec<Citation>,
    /// Line in the data file.
    pub line: usize,
}

impl Week {
    /// A figure as a number, if printed.
    pub fn value(&self, m: Metric) -> Option<f64> {
        match m {
            Metric::AntiTank => self.anti_tank.map(f64::from),
            Metric::AntiPersonnel => self.anti_personnel.map(f64::from),
            Metric::Uxo => self.uxo.map(f64::from),
            Metric::Hectares => self.hectares,
        }
    }

    /// Counted in sums and charts: not withheld and not a second print of another period.
    pub fn counts(&self) -> bool {
        self.status != Status::Withheld && self.same_report_as.is_none()
    }

    /// Length of the period in days, both ends included.
    pub fn days(&self) -> i32 {
        self.end.days() - self.start.days() + 1
    }
}

/// What kind of statement a total is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum TotalKind {
    /// A calendar year, all districts.
    Annual,
    /// A calendar month, all districts.
    Monthly,
    /// Since operations began (November 2020) up to `as_of`.
    Cumulative,
    /// A calendar year for one district.
    DistrictYear,
    /// A multi-year period for one district.
    DistrictPeriod,
    /// Share of a district's area cleared at a date.
    DistrictShare,
    /// Mine victims since November 2020 at a date.
    Victims,
    /// Context: estimates, contaminated area, goals.
    Context,
}

impl TotalKind {
    /// The word in the data file.
    pub fn as_str(self) -> &'static str {
        match self {
            TotalKind::Annual => "annual",
            TotalKind::Monthly => "monthly",
            TotalKind::Cumulative => "cumulative",
            TotalKind::DistrictYear => "district_year",
            TotalKind::DistrictPeriod => "district_period",
            TotalKind::DistrictShare => "district_share",
            TotalKind::Victims => "victims",
            TotalKind::Context => "context",
        }
    }

    /// Parses the data file's word.
    pub fn parse(s: &str) -> Option<Self> {
        [
            TotalKind::Annual,
            TotalKind::Monthly,
            TotalKind::Cumulative,
            TotalKind::DistrictYear,
            TotalKind::DistrictPeriod,
            TotalKind::DistrictShare,
            TotalKind::Victims,
            TotalKind::Context,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// Who the figure is about (never added across scopes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Scope {
    /// ANAMA and its partners (the agency's reporting).
    Anama,
    /// Ministry of Defence engineering units only.
    Mod,
    /// State Statistics Committee.
    Ssc,
    /// Cabinet of Ministers reports.
    Cabinet,
    /// Other official bodies (Prosecutor General, Foreign Ministry).
    Other,
}

impl Scope {
    /// The word in the data file.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Anama => "anama",
            Scope::Mod => "mod",
            Scope::Ssc => "ssc",
            Scope::Cabinet => "cabinet",
            Scope::Other => "other",
        }
    }

    /// Parses the data file's word.
    pub fn parse(s: &str) -> Option<Self> {
        [
            Scope::Anama,
            Scope::Mod,
            Scope::Ssc,
            Scope::Cabinet,
            Scope::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One statement of a total, with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    /// What kind of statement.
    pub kind: TotalKind,
    /// Whose figure.
    pub scope: Scope,
    /// The date the figure refers to (or was stated).
    pub as_of: Date,
    /// The period: `2025`, `2025-03`, `2020..2024` or empty.
    pub period: String,
    /// A district id, `other` (other districts), or `None` for the whole region.
    pub district: Option<String>,
    /// The metric, e.g. `hectares`, `anti_tank`, `mines`, `victims`, `mines_estimated`.
    pub metric: String,
    /// The value as printed.
    pub value: f64,
    /// How it was qualified.
    pub qualifier: Qualifier,
    /// Where it was published.
    pub source: Citation,
    /// Notes on the figure.
    pub note: String,
    /// Line in the data file.
    pub line: usize,
}

/// A district under clearance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct District {
    /// Canonical id (`aghdam`, …).
    pub id: String,
    /// Azerbaijani name.
    pub name_az: String,
    /// English name.
    pub name_en: String,
    /// Russian name.
    pub name_ru: String,
    /// Spellings used by outlets.
    pub aliases: Vec<String>,
    /// Natural Earth units that make up its polygon (empty: no polygon of its own).
    pub ne_codes: Vec<String>,
}

/// A ring of lon/lat points.
pub type Ring = Vec<(f64, f64)>;

/// A polygon: outer ring first, then holes.
pub type Polygon = Vec<Ring>;

/// One boundary unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    /// Natural Earth adm1_code, or `AZE` for the country outline.
    pub code: String,
    /// English name.
    pub name: String,
    /// Its polygons.
    pub polygons: Vec<Polygon>,
}
