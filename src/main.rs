//! Entry point: installs the panic hook and mounts the app (the release build first loads the
//! reader's message catalogue, see `web::catalogue`).

fn main() {
    clearance_atlas::web::page::install_panic_hook();
    #[cfg(feature = "split")]
    wasm_bindgen_futures::spawn_local(async {
        let l = clearance_atlas::app::initial_locale();
        if clearance_atlas::web::catalogue::ensure(l).await {
            clearance_atlas::app::mount();
        } else {
            clearance_atlas::web::page::stopped("could not load the language file");
        }
    });
    #[cfg(not(feature = "split"))]
    clearance_atlas::app::mount();
}
