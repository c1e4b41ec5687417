//! The page header: title, purpose, "data as of", language switch.

use super::lang_switch::LangSwitch;
use super::share::ShareButton;
use crate::i18n::{fill, format};
use crate::state::use_app;
use leptos::prelude::*;

/// Title block of the page.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let as_of = move || {
        let l = app.locale.get();
        app.data
            .with(|d| d.as_of())
            .map(|d| fill(l.messages().data_as_of, &[("date", &format::date(d, l))]))
            .unwrap_or_default()
    };
    view! {
        <header class="site-header">
            <div class="header-text">
                <h1>{move || app.t().title}</h1>
                <p class="purpose">{move || app.t().purpose}</p>
                <p class="as-of" data-testid="data-as-of">
                    <span>{as_of}</span>
                    " · "
                    <span>{move || app.t().source_anama}</span>
                </p>
            </div>
            <div class="header-tools">
                <LangSwitch/>
                {(app.mode == crate::embed::url::Mode::Standard).then(|| view! { <ShareButton/> })}
            </div>
        </header>
    }
}
