//! Every message of the catalogue is used somewhere in the code, and every message the code
//! reads exists (the latter the compiler checks: `Messages` is a struct).
#![cfg(not(target_arch = "wasm32"))]

fn rust_files(dir: &str, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p.to_string_lossy(), out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push((
                p.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("read"),
            ));
        }
    }
}

#[test]
fn every_catalogue_key_is_used() {
    let mut files = Vec::new();
    rust_files("src", &mut files);
    let keys = clearance_atlas::i18n::Messages::NAMES;
    assert!(keys.len() > 100, "found {} keys", keys.len());
    let code: String = files
        .iter()
        .filter(|(p, _)| !p.contains("i18n/messages/"))
        .map(|(_, s)| s.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let unused: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| {
            let needle = format!(".{k}");
            !code.match_indices(&needle).any(|(i, _)| {
                let next = code[i + needle.len()..].chars().next().unwrap_or(' ');
                !(next.is_alphanumeric() || next == '_')
            })
        })
        .collect();
    assert!(unused.is_empty(), "unused catalogue keys: {unused:?}");
}

mod files {
    //! The catalogue files the release build ships (`i18n::catalogue`): each language's file
    //! reads back to exactly its compiled catalogue; a file of another build or language, or
    //! with a message missing or added, is refused.
    use clearance_atlas::i18n::catalogue::{self, CatalogueError};
    use clearance_atlas::i18n::{Locale, Messages};

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    #[test]
    fn every_language_reads_back_to_its_compiled_catalogue() {
        for l in Locale::ALL {
            let text = catalogue::write(l, l.compiled_messages());
            let read = catalogue::read(leak(text.clone()), l).expect("reads");
            assert_eq!(read.values(), l.compiled_messages().values(), "{l:?}");
            assert_eq!(text.lines().count(), Messages::LEN + 1);
        }
    }

    #[test]
    fn from_values_puts_each_message_in_its_own_field() {
        // `from_values` copies the array into the struct in one move (repr(C)); every index
        // must land in the field of that position, and nothing may be lost or moved.
        let numbered: [&'static str; Messages::LEN] = std::array::from_fn(|i| leak(i.to_string()));
        let m = Messages::from_values(numbered);
        assert_eq!(m.values(), numbered);
        assert_eq!(m.title, "0");
        assert_eq!(m.purpose, "1");
        let en = Locale::En.compiled_messages();
        let copy = Messages::from_values(en.values());
        assert_eq!(copy.title, en.title);
        assert_eq!(copy.custom_banner, en.custom_banner);
    }

    #[test]
    fn line_breaks_and_backslashes_survive() {
        let tricky = ["a\\nb", "two\nlines", "ends with \\", "\\\\", ""];
        let m = Messages::from_values(std::array::from_fn(|i| tricky[i % tricky.len()]));
        let text = catalogue::write(Locale::Ru, &m);
        assert_eq!(
            text.lines().count(),
            Messages::LEN + 1,
            "one line per message"
        );
        let read = catalogue::read(leak(text), Locale::Ru).expect("reads");
        assert_eq!(read.values(), m.values());
    }

    #[test]
    fn foreign_or_damaged_files_are_refused() {
        let en = catalogue::write(Locale::En, Locale::En.compiled_messages());
        let read = |s: String, l| catalogue::read(leak(s), l).map(|_| ());
        assert_eq!(
            read(en.clone(), Locale::Az),
            Err(CatalogueError::OtherLanguage)
        );
        let other = en.replacen(
            &format!("{:016x}", Messages::FINGERPRINT),
            "0123456789abcdef",
            1,
        );
        assert_eq!(read(other, Locale::En), Err(CatalogueError::OtherVersion));
        let short: String = en
            .lines()
            .take(Messages::LEN)
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(read(short, Locale::En), Err(CatalogueError::WrongCount));
        assert_eq!(
            read(format!("{en}one more\n"), Locale::En),
            Err(CatalogueError::WrongCount)
        );
        assert_eq!(
            read("<!doctype html>".into(), Locale::En),
            Err(CatalogueError::NotACatalogue)
        );
        assert_eq!(
            read(String::new(), Locale::En),
            Err(CatalogueError::NotACatalogue)
        );
        // Without its final line break the file still reads.
        assert!(read(en.trim_end_matches('\n').to_string(), Locale::En).is_ok());
    }

    #[test]
    fn the_fingerprint_follows_names_and_order() {
        let f = catalogue::fingerprint;
        assert_ne!(f(&["a", "b"]), f(&["b", "a"]));
        assert_ne!(f(&["a", "b"]), f(&["ab"]));
        assert_ne!(f(&["a"]), f(&["a", ""]));
    }

    #[test]
    fn an_installed_catalogue_is_what_the_page_reads() {
        assert!(!catalogue::is_loaded(Locale::Ru));
        assert_eq!(catalogue::loaded(Locale::Ru).title, "");
        let text = catalogue::write(Locale::Ru, Locale::Ru.compiled_messages());
        assert!(catalogue::install(Locale::Ru, "garbage".into()).is_err());
        assert!(!catalogue::is_loaded(Locale::Ru));
        catalogue::install(Locale::Ru, text).expect("installs");
        assert!(catalogue::is_loaded(Locale::Ru));
        assert_eq!(
            catalogue::loaded(Locale::Ru).title,
            Locale::Ru.compiled_messages().title
        );
        // A language not loaded falls back to one that is, never to empty text.
        assert_eq!(
            catalogue::loaded(Locale::Az).title,
            Locale::Ru.compiled_messages().title
        );
    }
}
