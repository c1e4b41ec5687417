//! The limits every data file is checked against, written once for the parser and for the
//! messages that name them.

use super::model::Date;

/// Largest data file accepted (bytes).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Largest count of one kind of item in one reporting period.
pub const MAX_ITEMS_PER_PERIOD: u32 = 100_000;
/// Largest area cleared in one reporting period (hectares). The largest plausible week on
/// record is under 3,000 ha; 10,000 leaves room while catching slipped decimal points.
pub const MAX_HECTARES_PER_PERIOD: f64 = 10_000.0;
/// Longest reporting period (days).
pub const MAX_PERIOD_DAYS: i32 = 31;
/// Earliest date any record may carry: the start of operations.
pub const EARLIEST: Date = Date {
    y: 2020,
    m: 11,
    d: 10,
};
