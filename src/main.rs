//! Entry point: installs the panic hook and mounts the app.

fn main() {
    clearance_atlas::web::page::install_panic_hook();
    clearance_atlas::app::mount();
}
