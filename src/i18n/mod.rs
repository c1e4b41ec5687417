//! Languages: a typed message catalogue per language (a missing key fails to compile),
//! locale formatting, and district names.

pub mod catalogue;
pub mod errors;
pub mod format;
mod messages;
pub mod plural;

pub use messages::Messages;

/// A supported language: one type for the whole app ([`crate::data::Lang`], where the data
/// layer, below this one, reads reports and reasons by language); the catalogue, names and
/// formatting per language are here.
pub use crate::data::Lang as Locale;

impl Locale {
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

    /// The catalogue for this language. The release build (feature `split`) fetches one
    /// language's catalogue file at start-up and others on a switch ([`catalogue`]); every
    /// other build, native or wasm, has them compiled in.
    pub fn messages(self) -> &'static Messages {
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        {
            catalogue::loaded(self)
        }
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        {
            self.compiled_messages()
        }
    }

    /// The catalogue compiled into this build (what `atlas-data catalogue` writes out; the
    /// release page never calls it, so its text is not linked into that wasm).
    pub fn compiled_messages(self) -> &'static Messages {
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

/// Replaces `{name}` placeholders in a template with their values, and `{name|forms}` tokens
/// with the plural or ordinal form the value takes (see [`plural::select`]). A placeholder
/// without a value is left as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let token = &after[..close];
        let (name, forms) = match token.split_once('|') {
            Some((n, f)) => (n, Some(f)),
            None => (token, None),
        };
        match (args.iter().find(|(k, _)| *k == name), forms) {
            (Some((_, v)), None) => out.push_str(v),
            (Some((_, v)), Some(f)) => out.push_str(&plural::select(v, f)),
            (None, _) => {
                out.push('{');
                out.push_str(token);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
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
        assert_eq!(fill("{n} {n|week|weeks}", &[("n", "21")]), "21 weeks");
        assert_eq!(fill("{y}{y|ord} il", &[("y", "2023")]), "2023-cü il");
        assert_eq!(fill("{x} stays", &[]), "{x} stays");
        assert_eq!(fill("unclosed {", &[]), "unclosed {");
    }
}
