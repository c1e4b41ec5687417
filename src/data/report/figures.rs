//! Figures: an item word or an area unit, the number tied to it and its qualifier; the words that mark a monthly or cumulative summary.

use super::*;

/// An item word: the metric and how many tokens it takes. Prefix forms end with `*`.
pub(super) fn label_at(tokens: &[Token], i: usize) -> Option<(Metric, usize)> {
    const LABELS: &[(Metric, &[&[&str]])] = &[
        (
            Metric::AntiTank,
            &[
                &["anti", "-", "tank*"],
                &["anti", "tank*"],
                &["antitank*"],
                &["tank", "əleyhinə"],
                &["tank", "eleyhine"],
                &["противотанков*"],
            ],
        ),
        (
            Metric::AntiPersonnel,
            &[
                &["anti", "-", "personnel"],
                &["anti", "personnel"],
                &["antipersonnel"],
                &["piyada", "əleyhinə"],
                &["piyada", "eleyhine"],
                &["противопехотн*"],
            ],
        ),
        (
            Metric::Uxo,
            &[
                &["unexploded"],
                &["uxo*"],
                &["partlamamış"],
                &["partlamamis"],
                &["phs*"],
                &["неразорвавш*"],
                &["нрб"],
                &["боеприпас*"],
            ],
        ),
    ];
    let phrasings = LABELS
        .iter()
        .flat_map(|(m, forms)| forms.iter().map(move |words| (m, words)));
    'labels: for (m, words) in phrasings {
        for (k, w) in words.iter().enumerate() {
            let Some(t) = tokens.get(i + k) else {
                continue 'labels;
            };
            let ok = match (&t.tok, w.strip_suffix('*')) {
                (Tok::Punct(p), _) => w.len() == 1 && w.starts_with(*p),
                (Tok::Word(x), Some(prefix)) => x.starts_with(prefix),
                (Tok::Word(x), None) => x == w,
                _ => false,
            };
            if !ok {
                continue 'labels;
            }
        }
        return Some((*m, words.len()));
    }
    None
}

/// An area unit word: hectares (`true`) or square metres (`false`), and the tokens it takes.
pub(super) fn area_unit_at(tokens: &[Token], i: usize) -> Option<(bool, usize)> {
    let w = match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Word(w)) => w.as_str(),
        _ => return None,
    };
    if w.starts_with("hectare")
        || w.starts_with("hektar")
        || w.starts_with("гектар")
        || matches!(w, "ha" | "га")
    {
        return Some((true, 1));
    }
    if matches!(w, "m²" | "m2" | "м²" | "м2" | "sqm" | "kvm") {
        return Some((false, 1));
    }
    let next_m = |k: usize| {
        word_is(tokens.get(k), &["m", "м", "m²", "м²", "metr", "metre"])
            || matches!(tokens.get(k).map(|t| &t.tok), Some(Tok::Word(x)) if x.starts_with("meter") || x.starts_with("metre") || x.starts_with("метр") || x.starts_with("metr"))
    };
    if matches!(w, "sq" | "kv" | "кв")
        || w.starts_with("square")
        || w.starts_with("kvadrat")
        || w.starts_with("квадрат")
    {
        let mut k = i + 1;
        if punct_is(tokens.get(k), '.') {
            k += 1;
        }
        if next_m(k) {
            return Some((false, k - i + 1));
        }
    }
    None
}

/// Qualifier words printed before a number.
pub(super) fn qualifier_before(tokens: &[Token], j: usize) -> Option<(Qualifier, usize)> {
    let w = |k: usize| match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let one = |x: &str| match x {
        "over" | "above" | "exceeding" | "более" | "свыше" | "больше" => {
            Some(Qualifier::Over)
        }
        "about"
        | "around"
        | "approximately"
        | "some"
        | "roughly"
        | "approx"
        | "около"
        | "примерно"
        | "порядка"
        | "приблизительно"
        | "təxminən"
        | "təqribən"
        | "texminen" => Some(Qualifier::About),
        "nearly" | "almost" | "почти" => Some(Qualifier::Nearly),
        _ => None,
    };
    let last = w(j.checked_sub(1)?)?;
    if let Some(q) = one(last) {
        return Some((q, 1));
    }
    let prev = j.checked_sub(2).and_then(w);
    match (prev, last) {
        (Some("more"), "than") => Some((Qualifier::Over, 2)),
        (Some("at"), "least") => Some((Qualifier::Over, 2)),
        (Some("up"), "to") => Some((Qualifier::UpTo, 2)),
        (Some("close"), "to") => Some((Qualifier::Nearly, 2)),
        (Some("az"), "qala") => Some((Qualifier::Nearly, 2)),
        _ => None,
    }
}

/// Azerbaijani qualifiers printed after a number or unit: "-dən çox"/"-dən artıq" (over),
/// "-ə yaxın" (nearly), or "hektardan çox".
pub(super) fn qualifier_after(tokens: &[Token], j: usize) -> Option<(Qualifier, usize)> {
    let mut k = j;
    if punct_is(tokens.get(k), '-') {
        k += 1;
    }
    let suffix = match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => w.as_str(),
        _ => return None,
    };
    let next = tokens.get(k + 1);
    if matches!(suffix, "dən" | "dan" | "tən" | "tan" | "ndən" | "ndan")
        && word_is(next, &["çox", "artıq", "cox", "artiq"])
    {
        return Some((Qualifier::Over, k + 2 - j));
    }
    if matches!(suffix, "ə" | "a" | "yə" | "ya" | "nə" | "na") && word_is(next, &["yaxın", "yaxin"])
    {
        return Some((Qualifier::Nearly, k + 2 - j));
    }
    None
}

/// Words that may stand between a number and its item word ("items of", "ədəd").
pub(super) fn filler(t: Option<&Token>) -> bool {
    word_is(
        t,
        &[
            "items",
            "item",
            "pieces",
            "piece",
            "units",
            "unit",
            "of",
            "ədəd",
            "единиц",
            "единицы",
            "единица",
            "штук",
            "new",
            "more",
            "additional",
            "daha",
        ],
    )
}

/// A candidate figure for a metric.
#[derive(Debug, Clone)]
pub(super) struct Cand {
    pub(super) metric: Metric,
    pub(super) value: f64,
    pub(super) ambiguous: bool,
    pub(super) qualifier: Qualifier,
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) square_metres: Option<f64>,
}

impl Cand {
    /// A figure read from tokens `first..=last` (`square_metres` is set by the area reader).
    fn new(
        metric: Metric,
        (value, ambiguous): (f64, bool),
        qualifier: Qualifier,
        (first, last): (usize, usize),
    ) -> Self {
        Cand {
            metric,
            value,
            ambiguous,
            qualifier,
            first,
            last,
            square_metres: None,
        }
    }
}

pub(super) fn num_at(tokens: &[Token], k: usize, lang: Lang) -> Option<(f64, bool, usize)> {
    // "8 min 537" (Azerbaijani thousands in words) reads as one number ending at the last part.
    match &tokens.get(k)?.tok {
        Tok::Num(raw) => {
            let (v, amb) = number_value(raw, lang)?;
            Some((v, amb, k))
        }
        Tok::Word(w) => number_word(w).map(|v| (v, false, k)),
        _ => None,
    }
}

/// The number printed right before token `i` (after skipping qualifier and filler words),
/// with the first token it covers. Handles "8 min 537" and "84-dən çox".
pub(super) fn number_before(
    tokens: &[Token],
    i: usize,
    lang: Lang,
) -> Option<(f64, bool, Qualifier, usize)> {
    let mut j = i;
    let mut fillers = 0;
    while j > 0 && fillers < 3 && filler(tokens.get(j - 1)) {
        j -= 1;
        fillers += 1;
    }
    // "84-dən çox piyada əleyhinə mina": a qualifier after the number.
    let mut q_after = None;
    for back in [4usize, 3] {
        if let Some(s) = j.checked_sub(back) {
            if matches!(tokens.get(s).map(|t| &t.tok), Some(Tok::Num(_))) {
                if let Some((q, n)) = qualifier_after(tokens, s + 1) {
                    if s + 1 + n == j {
                        q_after = Some(q);
                        j = s + 1;
                        break;
                    }
                }
            }
        }
    }
    let k = j.checked_sub(1)?;
    let (mut v, amb, _) = num_at(tokens, k, lang)?;
    let mut first = k;
    // "8 min 537"
    if k >= 2 && word_is(tokens.get(k - 1), &["min"]) && v < 1000.0 {
        if let Some((th, false, _)) = num_at(tokens, k - 2, lang) {
            v += th * 1000.0;
            first = k - 2;
        }
    } else if word_is(tokens.get(k), &["min"]) {
        return None;
    }
    let q = match q_after {
        Some(q) => q,
        None => match qualifier_before(tokens, first) {
            Some((q, n)) => {
                first -= n;
                q
            }
            None => Qualifier::Exact,
        },
    };
    Some((v, amb, q, first))
}

/// A number printed right after an item word ("piyada əleyhinə 93").
pub(super) fn number_after(tokens: &[Token], j: usize, lang: Lang) -> Option<(f64, bool, usize)> {
    let (mut v, amb, mut last) = num_at(tokens, j, lang)?;
    if !matches!(tokens.get(j).map(|t| &t.tok), Some(Tok::Num(_))) {
        return None;
    }
    if word_is(tokens.get(j + 1), &["min"]) {
        if let Some((rest, false, k)) = num_at(tokens, j + 2, lang) {
            if rest < 1000.0 {
                v = v * 1000.0 + rest;
                last = k;
            }
        }
    }
    Some((v, amb, last))
}

pub(super) fn candidates(tokens: &[Token], lang: Lang, steps: &mut usize) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut used = vec![false; tokens.len()];
    let mut after_wanted: Vec<(Metric, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        *steps += 1;
        if let Some((m, n)) = label_at(tokens, i) {
            match number_before(tokens, i, lang) {
                Some((v, amb, q, first)) if !used[first..i].iter().any(|u| *u) => {
                    for u in &mut used[first..i] {
                        *u = true;
                    }
                    out.push(Cand::new(m, (v, amb), q, (first, i + n - 1)));
                }
                _ => after_wanted.push((m, i, i + n)),
            }
            i += n;
            continue;
        }
        if let Some((ha, n)) = area_unit_at(tokens, i) {
            if let Some((v, amb, q0, first)) = number_before(tokens, i, lang) {
                if !used[first..i].iter().any(|u| *u) {
                    for u in &mut used[first..i] {
                        *u = true;
                    }
                    let mut last = i + n - 1;
                    let mut q = q0;
                    // "hektardan çox", "ha-dan çox", "1700 hektara yaxın"
                    if let Some(Tok::Word(w)) = tokens.get(i).map(|t| &t.tok) {
                        if (w.ends_with("dan") || w.ends_with("dən"))
                            && word_is(tokens.get(i + 1), &["çox", "artıq"])
                        {
                            q = Qualifier::Over;
                            last = i + 1;
                        } else if w.ends_with('a') && word_is(tokens.get(i + 1), &["yaxın"]) {
                            q = Qualifier::Nearly;
                            last = i + 1;
                        }
                    }
                    if let Some((qa, k)) = qualifier_after(tokens, i + n) {
                        q = qa;
                        last = i + n + k - 1;
                    }
                    let value = if ha { v } else { v / 10_000.0 };
                    out.push(Cand {
                        square_metres: (!ha).then_some(v),
                        ..Cand::new(Metric::Hectares, (value, amb), q, (first, last))
                    });
                }
            }
            i += n;
            continue;
        }
        i += 1;
    }
    // The Azerbaijani "piyada əleyhinə 93, tank əleyhinə 33 mina" shape: the number after.
    for (m, first, j) in after_wanted {
        *steps += 1;
        if used.get(j).copied().unwrap_or(true) {
            continue;
        }
        if let Some((v, amb, last)) = number_after(tokens, j, lang) {
            // Not a number that belongs to the next item word ("…mina, 26 tank əleyhinə").
            if label_at(tokens, last + 1).is_some() || area_unit_at(tokens, last + 1).is_some() {
                continue;
            }
            for u in &mut used[j..=last] {
                *u = true;
            }
            let (q, last) = match qualifier_after(tokens, last + 1) {
                Some((q, k)) => (q, last + k),
                None => (Qualifier::Exact, last),
            };
            out.push(Cand::new(m, (v, amb), q, (first, last)));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Summary words

/// Words that mark a monthly, annual or cumulative report.
pub(super) fn summary_word(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| match tokens.get(k).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let a = w(i)?;
    let b = w(i + 1);
    let one = matches!(
        a,
        "monthly" | "annual" | "aylıq" | "illik" | "indiyədək" | "ежемесячн" | "годовой"
    ) || a.starts_with("ежемесячн")
        || a.starts_with("годов");
    if one {
        return Some(1);
    }
    let two = matches!(
        (a, b),
        ("so", Some("far"))
            | ("to", Some("date"))
            | ("since", Some(_))
            | ("last", Some("month"))
            | ("past", Some("month"))
            | ("this", Some("year"))
            | ("last", Some("year"))
            | ("ötən", Some("ay"))
            | ("keçən", Some("ay"))
            | ("bu", Some("il"))
            | ("ötən", Some("il"))
            | ("за", Some("месяц"))
            | ("в", Some("этом"))
            | ("с", Some("начала"))
            | ("с", Some("момента"))
            | ("индийə", Some(_))
            | ("indiyə", Some("qədər"))
    );
    two.then_some(2)
}
