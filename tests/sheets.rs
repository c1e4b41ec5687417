//! The weekly file as spreadsheets save it (`tests/sheets/`, made by `make.py` from the real
//! file): each variant loads with the same periods, figures, statuses and sources as the
//! original rows, and the format found is named (delimiter, decimal comma, encoding).
#![cfg(not(target_arch = "wasm32"))]

use clearance_atlas::data::sheet::{Delimiter, Encoding};
use clearance_atlas::data::{parse, Dataset, Date};

fn latest() -> Date {
    Date::new(2030, 1, 1).expect("date")
}

#[test]
fn every_spreadsheet_variant_loads_the_same_records() {
    let ds = Dataset::embedded(latest()).expect("embedded");
    let text = std::fs::read_to_string("data/weeks.csv").expect("read");
    let original = parse::parse_weeks("weeks.csv", &text, latest()).expect("valid");
    let cases = [
        (
            "excel-az-csv-utf8.csv",
            Delimiter::Semicolon,
            true,
            Encoding::Utf8Bom,
        ),
        (
            "excel-ru-csv-1251.csv",
            Delimiter::Semicolon,
            true,
            Encoding::Windows1251,
        ),
        (
            "excel-unicode-text.txt",
            Delimiter::Tab,
            true,
            Encoding::Utf16,
        ),
        (
            "libreoffice-semicolon.csv",
            Delimiter::Semicolon,
            true,
            Encoding::Utf8,
        ),
        ("pasted.tsv", Delimiter::Tab, false, Encoding::Utf8),
    ];
    for (file, delimiter, decimal_comma, encoding) in cases {
        let bytes = std::fs::read(format!("tests/sheets/{file}")).expect(file);
        let (loaded, format) = match ds.with_weeks_file(file, &bytes, latest()) {
            Ok(x) => x,
            Err(e) => panic!(
                "{file}: {:?}",
                e.iter().map(|x| x.to_string()).collect::<Vec<_>>()
            ),
        };
        assert_eq!(format.delimiter, delimiter, "{file}");
        assert_eq!(format.decimal_comma, decimal_comma, "{file}");
        assert_eq!(format.encoding, encoding, "{file}");
        assert_eq!(loaded.weeks.len(), 24, "{file}");
        for (a, b) in loaded.weeks.iter().zip(&original) {
            assert_eq!(
                (a.start, a.end, a.status),
                (b.start, b.end, b.status),
                "{file}"
            );
            assert_eq!(
                (a.anti_tank, a.anti_personnel, a.uxo, a.hectares),
                (b.anti_tank, b.anti_personnel, b.uxo, b.hectares),
                "{file} {}",
                a.start
            );
            assert_eq!(a.hectares_qualifier, b.hectares_qualifier, "{file}");
            assert_eq!(a.sources, b.sources, "{file}");
            assert_eq!(a.alternatives, b.alternatives, "{file}");
            if encoding != Encoding::Windows1251 {
                // (Windows-1251 has no "²" or "ə": Excel writes "?" for them.)
                assert_eq!(a.reason, b.reason, "{file}");
                assert_eq!(a.reason_az, b.reason_az, "{file}");
            }
        }
        // Russian reasons survive every encoding here (Windows-1251 has Cyrillic).
        assert_eq!(loaded.weeks[0].reason_ru, original[0].reason_ru, "{file}");
    }
}

#[test]
fn a_comma_file_with_decimal_commas_is_still_refused_with_its_place() {
    let ds = Dataset::embedded(latest()).expect("embedded");
    let e = ds
        .with_weeks_file(
            "x.csv",
            b"start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources\n06.01.2025,2025-01-12,1,2,3,4,,single-source,,T <https://t.az/a>\n",
            latest(),
        )
        .expect_err("day-first dates only in spreadsheet files");
    assert!(e[0].to_string().contains("line 2"), "{e:?}");
}
