//! Languages: a typed message catalogue per language (a missing key fails to compile),
//! locale formatting, and district names.

pub mod errors;
pub mod format;
pub mod labels;
mod messages;

pub use messages::Messages;

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// Azerbaijani (Latin script).
    Az,
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Locale {
    /// All languages, in switcher order.
    pub const ALL: [Locale; 3] = [Locale::Az, Locale::En, Locale::Ru];

    /// BCP 47 tag for `<html lang>` and the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Az => "az",
            Locale::En => "en",
            Locale::Ru => "ru",
        }
    }

    /// Parses a tag such as `az`, `ru-RU` or `en-GB` (case-insensitive, region ignored).
    pub fn parse(s: &str) -> Option<Self> {
        let primary = s.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "az" => Some(Locale::Az),
            "en" => Some(Locale::En),
            "ru" => Some(Locale::Ru),
            _ => None,
        }
    }

    /// The catalogue for this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::Az => &messages::AZ,
            Locale::En => &messages::EN,
            Locale::Ru => &messages::RU,
        }
    }

    /// The district's name in this language.
    pub fn district_name(self, d: &crate::data::District) -> &str {
        match self {
            Locale::Az => &d.name_az,
            Locale::En => &d.name_en,
            Locale::Ru => &d.name_ru,
        }
    }
}

/// Replaces `{name}` placeholders in a template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::parse("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::parse("AZ"), Some(Locale::Az));
        assert_eq!(Locale::parse("../../"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(fill("{n} of {m}", &[("n", "1"), ("m", "2")]), "1 of 2");
    }
}
