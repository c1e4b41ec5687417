//! One stable sort for the whole app.
//!
//! `slice::sort_by` is monomorphised per element type and comparator, and each copy of the
//! standard driftsort is 2–4 KB of wasm: a dozen call sites cost about 50 KB before wasm-opt.
//! Here only the index merge sort below is compiled once (its comparator is `dyn`); what stays
//! generic per call site is a small permutation loop. The app sorts at most a few thousand rows;
//! the native benchmark's `parse_embedded_data` and `build_map` (`benches/hot_paths.rs`) include
//! its sorts.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their original order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let perm = {
        let items: &[T] = v;
        sorted_order(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, &perm);
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order, stably.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The stable sorted order of `n` items: bottom-up merge sort over indices.
fn sorted_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the right run only when strictly smaller: that keeps it stable.
                if cmp(a[j], a[i]) == Ordering::Less {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + (hi - j)].copy_from_slice(&a[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges `v` so that `v[i]` becomes the old `v[perm[i]]`, following each cycle once.
fn permute<T>(v: &mut [T], perm: &[usize]) {
    let mut done = vec![false; perm.len()];
    for start in 0..perm.len() {
        let mut pos = start;
        while !done[pos] {
            done[pos] = true;
            let next = perm[pos];
            if next == start {
                break;
            }
            v.swap(pos, next);
            pos = next;
        }
    }
}
