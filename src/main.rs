//! Entry point: installs the panic hook and mounts the app.

fn main() {
    clearance_atlas::app::install_panic_hook();
    clearance_atlas::app::mount();
}
