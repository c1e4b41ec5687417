//! The snapshot check the card and export tests share: with `UPDATE_SNAPSHOTS` set the file is
//! rewritten (review the diff); otherwise it must equal what was drawn.

/// Compares `got` with the snapshot file `path`, or rewrites it.
pub fn check(path: &str, got: &str) {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("missing {path}: run with UPDATE_SNAPSHOTS=1 and review it"));
    assert!(
        want == got,
        "{path} changed: rerun with UPDATE_SNAPSHOTS=1 after reviewing"
    );
}
