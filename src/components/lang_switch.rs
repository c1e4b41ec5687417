//! The language switcher: AZ · EN · RU as toggle buttons. In the release build a language not
//! yet shown is fetched first (`web::catalogue`); if it cannot be, the page stays in its
//! language and says so for a few seconds.

use crate::i18n::Locale;
use crate::state::use_app;
use leptos::prelude::*;

/// Buttons that set the interface language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let failed = RwSignal::new(false);
    let choose = move |l: Locale| {
        if crate::web::catalogue::ready(l) {
            failed.set(false);
            app.locale.set(l);
            return;
        }
        leptos::task::spawn_local(async move {
            let ok = crate::web::catalogue::ensure(l).await;
            failed.try_set(!ok);
            if ok {
                app.locale.try_set(l);
            } else {
                // The notice covers part of the header on a phone: it goes after a while.
                set_timeout(
                    move || {
                        failed.try_set(false);
                    },
                    std::time::Duration::from_secs(8),
                );
            }
        });
    };
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
                            on:click=move |_| choose(l)
                        >
                            {l.as_str().to_ascii_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
            <span class="lang-error" role="status">
                {move || failed.get().then(|| app.t().language_unavailable)}
            </span>
        </nav>
    }
}
