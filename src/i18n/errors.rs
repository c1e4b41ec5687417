//! Data-file problems in the reader's language: "line 14, column 6: hectares '12,5,0' is not a number".

use super::plural::az_ordinal;
use super::Locale;
use crate::data::parse::MAX_PERIOD_DAYS;
use crate::data::{DataError, ErrorKind};

fn clip(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// One problem, located and explained.
pub fn describe(e: &DataError, l: Locale) -> String {
    let place = match (l, e.column) {
        (Locale::En, 0) => format!("{} line {}", e.file, e.line),
        (Locale::En, c) => format!("{} line {}, column {c}", e.file, e.line),
        (Locale::Az, 0) => format!("{}, {}{} sətir", e.file, e.line, az_ordinal(e.line as u64)),
        (Locale::Az, c) => format!(
            "{}, {}{} sətir, {c}{} sütun",
            e.file,
            e.line,
            az_ordinal(e.line as u64),
            az_ordinal(c as u64)
        ),
        (Locale::Ru, 0) => format!("{} строка {}", e.file, e.line),
        (Locale::Ru, c) => format!("{} строка {}, столбец {c}", e.file, e.line),
    };
    format!("{place}: {}", reason(&e.kind, l))
}

/// A number grouped as the language writes it ("6 000 000").
fn grouped(n: usize, l: Locale) -> String {
    super::format::int(n as f64, l)
}

/// The reason alone.
pub fn reason(k: &ErrorKind, l: Locale) -> String {
    use ErrorKind::*;
    match l {
        Locale::En => k.to_string(),
        Locale::Az => match k {
            UnterminatedQuote => "dırnaqlı sahə bağlanmayıb".into(),
            StrayQuote => "dırnaqsız sahənin içində dırnaq işarəsi".into(),
            TextAfterQuote => "bağlanan dırnaqdan sonra mətn".into(),
            MissingColumn(c) => format!("başlıqda '{}' sütunu yoxdur", clip(c)),
            NoHeader => "faylda başlıq sətri yoxdur".into(),
            FieldCount { expected, found } => format!("{expected} sahə gözlənilirdi, {found} tapıldı"),
            NotANumber { field, text } => format!("{field} '{}' rəqəm deyil", clip(text)),
            OutOfRange { field, text, max } => format!("{field} '{}' 0–{max} aralığından kənardır", clip(text)),
            BadDate { field, text } => format!("{field} '{}' tarix deyil (İİİİ-AA-GG)", clip(text)),
            DateOutOfSpan { field, text } => format!("{field} '{}' 2020-11-10 ilə bu gündən bir həftə sonrası arasında deyil", clip(text)),
            EndBeforeStart => "dövr başlamazdan əvvəl bitir".into(),
            PeriodTooLong { days } => format!("dövr {days} gündür (ən çox {MAX_PERIOD_DAYS})"),
            UnknownValue { field, text } => format!("{field} '{}' məlum deyil", clip(text)),
            NoSource => "qeydin mənbəyi yoxdur".into(),
            BadUrl(u) => format!("mənbə ünvanı '{}' http(s) deyil", clip(u)),
            DuplicatePeriod => "eyni dövr iki dəfə var".into(),
            Overlap { other } => format!("dövr {other} ilə bir gündən çox üst-üstə düşür; birini same_report_as ilə qeyd edin"),
            UnknownReference(r) => format!("same_report_as '{}' faylda yoxdur", clip(r)),
            TooLarge { bytes, max } => format!(
                "faylın ölçüsü {} baytdır (ən çox {})",
                grouped(*bytes, l),
                grouped(*max, l)
            ),
            NotText => "fayl mətn deyil: onu cədvəl proqramından CSV kimi saxlayın".into(),
            Workbook => "bu, cədvəl kitabıdır (.xlsx və ya .ods), CSV deyil: Fayl → Fərqli saxla → CSV seçin, başlıq sətrini saxlayın".into(),
            LooksLike { delimiter, columns, first } => format!("fayl “{}” ilə başlayan {columns} sütunlu ({}) cədvəldir, həftəlik məlumat faylı deyil: ilk sətir start, end, anti_tank, anti_personnel, uxo, hectares, hectares_qualifier, status, reason, sources sütunlarını adlandırmalıdır; bu səhifədəki “weeks.csv yüklə” faylından başlayın", clip(first), crate::data::error::delimiter_name(*delimiter, 1)),
            UnknownDistrict(d) => format!("'{}' rayonu məlum deyil", clip(d)),
            BadGeometry(s) => format!("sərhəd sətri anlaşılmadı: {}", clip(s)),
        },
        Locale::Ru => match k {
            UnterminatedQuote => "поле в кавычках не закрыто".into(),
            StrayQuote => "кавычка внутри поля без кавычек".into(),
            TextAfterQuote => "текст после закрывающей кавычки".into(),
            MissingColumn(c) => format!("в заголовке нет столбца '{}'", clip(c)),
            NoHeader => "в файле нет строки заголовка".into(),
            FieldCount { expected, found } => format!("ожидалось полей: {expected}, найдено: {found}"),
            NotANumber { field, text } => format!("{field} '{}' — не число", clip(text)),
            OutOfRange { field, text, max } => format!("{field} '{}' вне допустимого диапазона (0–{max})", clip(text)),
            BadDate { field, text } => format!("{field} '{}' — не дата (ГГГГ-ММ-ДД)", clip(text)),
            DateOutOfSpan { field, text } => format!("{field} '{}' вне периода с 2020-11-10 до недели после сегодняшнего дня", clip(text)),
            EndBeforeStart => "период заканчивается раньше, чем начинается".into(),
            PeriodTooLong { days } => format!(
                "период длится {days} {} (не более {MAX_PERIOD_DAYS})",
                super::plural::select(&days.to_string(), "день|дня|дней")
            ),
            UnknownValue { field, text } => format!("{field} '{}' — неизвестное значение", clip(text)),
            NoSource => "у записи нет источника".into(),
            BadUrl(u) => format!("адрес источника '{}' — не http(s)", clip(u)),
            DuplicatePeriod => "один и тот же период указан дважды".into(),
            Overlap { other } => format!("период пересекается с периодом {other} более чем на день; отметьте один через same_report_as"),
            UnknownReference(r) => format!("same_report_as '{}' нет в файле", clip(r)),
            TooLarge { bytes, max } => format!(
                "размер файла — {} {} (не более {})",
                grouped(*bytes, l),
                super::plural::select(&bytes.to_string(), "байт|байта|байт"),
                grouped(*max, l)
            ),
            NotText => "файл не текстовый: сохраните его из табличного редактора как CSV".into(),
            Workbook => "это книга табличного редактора (.xlsx или .ods), а не CSV: выберите Файл → Сохранить как → CSV, сохранив строку заголовка".into(),
            LooksLike { delimiter, columns, first } => format!("файл — таблица из {columns} столбцов ({}), начинающаяся с «{}», а не файл недельных данных: первая строка должна называть столбцы start, end, anti_tank, anti_personnel, uxo, hectares, hectares_qualifier, status, reason, sources; начните с «Скачать weeks.csv» на этой странице", crate::data::error::delimiter_name(*delimiter, 2), clip(first)),
            UnknownDistrict(d) => format!("район '{}' неизвестен", clip(d)),
            BadGeometry(s) => format!("строка границ не распознана: {}", clip(s)),
        },
    }
}
