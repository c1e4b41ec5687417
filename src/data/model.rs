//! The dataset's types: weekly records, totals, districts and boundaries, each with its sources.

use serde::Serialize;
use std::fmt;

/// A calendar date (proleptic Gregorian), ordered, with day arithmetic; written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// A language the atlas speaks, and that a report or a reason may be written in
/// (`i18n::Locale` is this type, with the catalogue and formatting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Azerbaijani (Latin script).
    Az,
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// All languages, in switcher order.
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    /// BCP 47 tag for `<html lang>` and the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

/// A closed list of words in a data file: each variant with its word, `ALL` in display order,
/// `as_str` and `parse` written once for every such field.
macro_rules! word_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The word used in the data file.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word,)+ }
            }

            /// Parses the data file's word.
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }

            /// Its place in `ALL` (the declaration order), for tables indexed by value.
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

word_enum! {
    /// How well a weekly record is supported.
    pub enum Status {
        /// Two or more independent outlets print the same figures.
        Confirmed => "confirmed",
        /// One outlet.
        SingleSource => "single-source",
        /// Outlets disagree: the unresolved figure is empty and the alternatives are kept.
        Disputed => "disputed",
        /// Implausible or unverifiable: listed with the reason, left out of charts and sums.
        Withheld => "withheld",
    }
}

word_enum! {
    /// How a printed figure was qualified.
    #[derive(Default)]
    pub enum Qualifier {
        /// As printed, no qualifier.
        #[default]
        Exact => "",
        /// "over N", "more than N": a lower bound.
        Over => "over",
        /// "about N", "around N".
        About => "about",
        /// "nearly N": a little below N.
        Nearly => "nearly",
        /// "up to N": an upper bound.
        UpTo => "up_to",
    }
}

impl Qualifier {
    /// True for every qualifier but `Exact`.
    pub fn is_qualified(self) -> bool {
        self != Qualifier::Exact
    }

    /// The compact symbol for tables and axes (`>`, `≈`, `≲`, `≤`), empty when exact.
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => ">",
            Qualifier::About => "≈",
            Qualifier::Nearly => "≲",
            Qualifier::UpTo => "≤",
        }
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

impl Citation {
    /// The outlet's name without the compilers' note after it: "Day.az" for "Day.az (Russian,
    /// citing Trend)". The notes are in English; pages in other languages and the exports'
    /// outlet lists show the name alone.
    pub fn outlet_name(&self) -> &str {
        self.outlet.split(" (").next().unwrap_or("").trim()
    }

    /// The outlet as a page in `english` or another language shows it: English pages keep
    /// the note (it says whether the outlet reprinted another), others the name alone.
    pub fn outlet_shown(&self, english: bool) -> &str {
        if english {
            &self.outlet
        } else {
            self.outlet_name()
        }
    }
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

    /// The figure's name in a language, as a sentence starts with it and inside a sentence
    /// (the words the report reader and the merge write into reasons; the page's own labels
    /// are in the catalogues).
    pub fn words(self, lang: Lang) -> (&'static str, &'static str) {
        match (self, lang) {
            (Metric::AntiTank, Lang::En) => ("Anti-tank mines", "anti-tank mines"),
            (Metric::AntiTank, Lang::Az) => ("Tank əleyhinə minalar", "tank əleyhinə minalar"),
            (Metric::AntiTank, Lang::Ru) => ("Противотанковые мины", "противотанковые мины"),
            (Metric::AntiPersonnel, Lang::En) => ("Anti-personnel mines", "anti-personnel mines"),
            (Metric::AntiPersonnel, Lang::Az) => {
                ("Piyada əleyhinə minalar", "piyada əleyhinə minalar")
            }
            (Metric::AntiPersonnel, Lang::Ru) => ("Противопехотные мины", "противопехотные мины"),
            (Metric::Uxo, Lang::En) => ("Unexploded ordnance", "unexploded ordnance"),
            (Metric::Uxo, Lang::Az) => ("Partlamamış hərbi sursat", "partlamamış hərbi sursat"),
            (Metric::Uxo, Lang::Ru) => ("Неразорвавшиеся боеприпасы", "неразорвавшиеся боеприпасы"),
            (Metric::Hectares, Lang::En) => ("Hectares", "hectares"),
            (Metric::Hectares, Lang::Az) => ("Hektarlar", "hektarlar"),
            (Metric::Hectares, Lang::Ru) => ("Гектары", "гектары"),
        }
    }

    /// Its place in `ALL`, where [`PerMetric`] keeps its value.
    fn index(self) -> usize {
        match self {
            Metric::AntiTank => 0,
            Metric::AntiPersonnel => 1,
            Metric::Uxo => 2,
            Metric::Hectares => 3,
        }
    }
}

/// One value for each of the four figures, indexed by the [`Metric`] itself (never by a
/// position), in `Metric::ALL` order when iterated.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[serde(transparent)]
pub struct PerMetric<T>([T; 4]);

impl<T> PerMetric<T> {
    /// The four values, given in `Metric::ALL` order (anti-tank, anti-personnel, UXO, hectares).
    pub const fn new(values: [T; 4]) -> Self {
        PerMetric(values)
    }

    /// Each metric's value from a function of the metric.
    pub fn from_fn(mut f: impl FnMut(Metric) -> T) -> Self {
        PerMetric(Metric::ALL.map(&mut f))
    }

    /// Each metric with its value, in `Metric::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (Metric, &T)> {
        Metric::ALL.into_iter().zip(self.0.iter())
    }

    /// The values, in `Metric::ALL` order.
    pub fn values(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The values to change, in `Metric::ALL` order.
    pub fn values_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.0.iter_mut()
    }
}

impl<T> std::ops::Index<Metric> for PerMetric<T> {
    type Output = T;
    fn index(&self, m: Metric) -> &T {
        &self.0[m.index()]
    }
}

impl<T> std::ops::IndexMut<Metric> for PerMetric<T> {
    fn index_mut(&mut self, m: Metric) -> &mut T {
        &mut self.0[m.index()]
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
    /// Why the record is disputed or withheld, or a caveat, for the public, in English.
    pub reason: String,
    /// The same in Azerbaijani (empty: not translated yet; the English is shown).
    pub reason_az: String,
    /// The same in Russian (empty: not translated yet; the English is shown).
    pub reason_ru: String,
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

    /// The qualifier of a figure (only hectares are printed with one).
    pub fn qualifier(&self, m: Metric) -> Qualifier {
        if m == Metric::Hectares {
            self.hectares_qualifier
        } else {
            Qualifier::Exact
        }
    }

    /// The reason in a language, falling back to English where no translation was written.
    pub fn reason_in(&self, lang: Lang) -> &str {
        let t = match lang {
            Lang::Az => &self.reason_az,
            Lang::Ru => &self.reason_ru,
            Lang::En => &self.reason,
        };
        if t.is_empty() {
            &self.reason
        } else {
            t
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

word_enum! {
    /// What kind of statement a total is.
    pub enum TotalKind {
        /// A calendar year, all districts.
        Annual => "annual",
        /// A calendar month, all districts.
        Monthly => "monthly",
        /// Since operations began (November 2020) up to `as_of`.
        Cumulative => "cumulative",
        /// A calendar year for one district.
        DistrictYear => "district_year",
        /// A multi-year period for one district.
        DistrictPeriod => "district_period",
        /// Share of a district's area cleared at a date.
        DistrictShare => "district_share",
        /// Mine victims since November 2020 at a date.
        Victims => "victims",
        /// Context: estimates, contaminated area, goals.
        Context => "context",
    }
}

word_enum! {
    /// Who the figure is about (never added across scopes).
    pub enum Scope {
        /// ANAMA and its partners (the agency's reporting).
        Anama => "anama",
        /// Ministry of Defence engineering units only.
        Mod => "mod",
        /// State Statistics Committee.
        Ssc => "ssc",
        /// Cabinet of Ministers reports.
        Cabinet => "cabinet",
        /// Other official bodies (Prosecutor General, Foreign Ministry).
        Other => "other",
    }
}

word_enum! {
    /// What a total measures.
    pub enum TotalMetric {
        /// Hectares cleared.
        Hectares => "hectares",
        /// Anti-tank mines neutralised.
        AntiTank => "anti_tank",
        /// Anti-personnel mines neutralised.
        AntiPersonnel => "anti_personnel",
        /// Unexploded ordnance neutralised.
        Uxo => "uxo",
        /// Mines and unexploded ordnance together, as one printed figure.
        MinesAndUxo => "mines_and_uxo",
        /// Mines (anti-tank + anti-personnel), per district (State Statistics Committee).
        Mines => "mines",
        /// Explosive ordnance other than mines, per district (State Statistics Committee).
        ExplosiveOrdnance => "explosive_ordnance",
        /// Share of a district's area cleared (%).
        ShareClearedPct => "share_cleared_pct",
        /// Mine victims, killed and injured.
        Victims => "victims",
        /// Mine victims killed.
        Killed => "killed",
        /// Mine victims injured.
        Injured => "injured",
        /// Mine victims severely injured, where the source says "severely" (the Foreign
        /// Ministry's count of 13 March 2026: "347 nəfər ağır yaralanıb").
        SeverelyInjured => "severely_injured",
        /// Mines estimated to lie in the ground.
        MinesEstimated => "mines_estimated",
        /// Area stated contaminated (km²).
        AreaContaminatedKm2 => "area_contaminated_km2",
        /// Share of the country's territory contaminated (%).
        TerritoryContaminatedPct => "share_of_territory_contaminated_pct",
        /// Share of mine victims who were civilians (%).
        CivilianVictimsPct => "mine_victims_civilian_share_pct",
        /// The stated goal of hectares to clear in a year (a plan, not a clearance figure).
        GoalHectaresPerYear => "goal_hectares_per_year",
    }
}

impl TotalMetric {
    /// The weekly metric this total is a sum of, if any.
    pub fn weekly(self) -> Option<Metric> {
        match self {
            TotalMetric::Hectares => Some(Metric::Hectares),
            TotalMetric::AntiTank => Some(Metric::AntiTank),
            TotalMetric::AntiPersonnel => Some(Metric::AntiPersonnel),
            TotalMetric::Uxo => Some(Metric::Uxo),
            _ => None,
        }
    }

    /// True for a figure of clearance done (area or items), as opposed to victims, context and plans.
    pub fn is_clearance(self) -> bool {
        self.weekly().is_some()
            || matches!(
                self,
                TotalMetric::MinesAndUxo | TotalMetric::Mines | TotalMetric::ExplosiveOrdnance
            )
    }
}

impl From<Metric> for TotalMetric {
    fn from(m: Metric) -> Self {
        match m {
            Metric::AntiTank => TotalMetric::AntiTank,
            Metric::AntiPersonnel => TotalMetric::AntiPersonnel,
            Metric::Uxo => TotalMetric::Uxo,
            Metric::Hectares => TotalMetric::Hectares,
        }
    }
}

/// The period a total covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub enum Period {
    /// Not a period: a running total or a statement at a date (`as_of`).
    #[default]
    None,
    /// A calendar year (`2025`).
    Year(i32),
    /// A calendar month (`2025-03`).
    Month(i32, u8),
    /// Whole years, both included (`2020..2024`).
    Years(i32, i32),
}

impl Period {
    /// Parses `""`, `2025`, `2025-03` or `2020..2024`.
    pub fn parse(s: &str) -> Option<Self> {
        let year = |t: &str| -> Option<i32> {
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        if s.is_empty() {
            return Some(Period::None);
        }
        if let Some((a, b)) = s.split_once("..") {
            let (a, b) = (year(a)?, year(b)?);
            return (a < b).then_some(Period::Years(a, b));
        }
        if let Some((y, m)) = s.split_once('-') {
            let m: u8 = (m.len() == 2).then(|| m.parse().ok()).flatten()?;
            return (1..=12).contains(&m).then_some(Period::Month(year(y)?, m));
        }
        year(s).map(Period::Year)
    }

    /// The year of a one-year period.
    pub fn year(self) -> Option<i32> {
        match self {
            Period::Year(y) => Some(y),
            _ => None,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::None => Ok(()),
            Period::Year(y) => write!(f, "{y}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Years(a, b) => write!(f, "{a}..{b}"),
        }
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
    /// The period the figure covers.
    pub period: Period,
    /// A district id, `other` (other districts), or `None` for the whole region.
    pub district: Option<DistrictId>,
    /// What it measures.
    pub metric: TotalMetric,
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

/// A district's canonical id (`aghdam`, `fuzuli`, or `other` for the other districts): the key
/// that joins the totals, the districts file, the map's shapes and the address (`?district=`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct DistrictId(String);

impl DistrictId {
    /// The id as written in the files and the address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for DistrictId {
    fn from(s: &str) -> Self {
        DistrictId(s.to_string())
    }
}

impl From<String> for DistrictId {
    fn from(s: String) -> Self {
        DistrictId(s)
    }
}

impl fmt::Display for DistrictId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for DistrictId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for DistrictId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// An id reads as the text it is (`as_deref`, comparisons with `&str`, formatting).
impl std::ops::Deref for DistrictId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// A district under clearance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct District {
    /// Canonical id (`aghdam`, …).
    pub id: DistrictId,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_words_differ_only_by_the_first_letters_case() {
        for m in Metric::ALL {
            for l in Lang::ALL {
                let (start, inside) = m.words(l);
                let (mut a, mut b) = (start.chars(), inside.chars());
                let (x, y) = (a.next(), b.next());
                assert!(x.is_some_and(char::is_uppercase), "{start}");
                assert_eq!(x.map(|c| c.to_lowercase().to_string()), y.map(String::from));
                assert_eq!(a.as_str(), b.as_str());
            }
        }
    }

    #[test]
    fn index_is_the_place_in_all() {
        for (i, m) in Metric::ALL.into_iter().enumerate() {
            assert_eq!(m.index(), i);
        }
        for (i, s) in Status::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
        }
        for (i, k) in TotalKind::ALL.iter().enumerate() {
            assert_eq!(k.index(), i);
        }
        for (i, q) in Qualifier::ALL.iter().enumerate() {
            assert_eq!(q.index(), i);
        }
    }

    #[test]
    fn per_metric_is_indexed_by_the_metric() {
        let mut p = PerMetric::from_fn(|m| m.as_str().len());
        for (m, v) in p.iter() {
            assert_eq!(*v, m.as_str().len());
        }
        p[Metric::Uxo] = 99;
        assert_eq!(p[Metric::Uxo], 99);
        assert_eq!(p[Metric::Hectares], "hectares".len());
        let q = PerMetric::new([10, 20, 30, 40]);
        assert_eq!(q[Metric::AntiPersonnel], 20);
        assert_eq!(q.values().sum::<i32>(), 100);
    }
}
