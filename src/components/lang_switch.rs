//! The language switcher: AZ · EN · RU as toggle buttons.

use crate::i18n::Locale;
use crate::state::use_app;
use leptos::prelude::*;

/// Buttons that set the interface language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    view! {
        <nav class="lang-switch" aria-label=move || app.t().language data-testid="lang-switch">
            {Locale::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            lang=l.as_str()
                            data-testid=format!("lang-{}", l.as_str())
                            aria-pressed=move || (app.locale.get() == l).to_string()
                            on:click=move |_| app.locale.set(l)
                        >
                            {l.as_str().to_ascii_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}
