#![cfg(not(target_arch = "wasm32"))]
//! The app's own stable sort agrees with the standard library's on any input.

use clearance_atlas::sort;
use proptest::prelude::*;

proptest! {
    #[test]
    fn sort_by_matches_std_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
        let mut ours = v.clone();
        let mut std = v;
        // Compare on the first field only, so stability shows in the second.
        sort::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        std.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn sort_by_key_and_sort_match_std(v in proptest::collection::vec(any::<i32>(), 0..300)) {
        let mut a = v.clone();
        let mut b = v.clone();
        let mut c = v;
        sort::sort_by_key(&mut a, |x| std::cmp::Reverse(*x));
        sort::sort(&mut b);
        c.sort();
        prop_assert_eq!(&b, &c);
        c.reverse();
        prop_assert_eq!(a, c);
    }
}
