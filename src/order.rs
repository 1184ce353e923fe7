//! One stable sort for the crate's lists, by a key of three integers. Every `sort`/`sort_by_key`
//! with its own element or key type makes its own copy of the standard library's sort in the
//! wasm (3–5 KB each, measured in BENCHMARKS.md); sorting (key, position) pairs of one type
//! shares a single copy, and moving the elements after it is a few instructions.

/// What a list is sorted by: compared as a tuple. `None` of an optional key is `i64::MIN`
/// (first), as `Option`'s own order has it.
pub type Key = (i64, i64, i64);

/// An optional number as a key part.
pub fn opt(v: Option<i64>) -> i64 {
    v.unwrap_or(i64::MIN)
}

/// Sorts `items` by `key`, stably (equal keys keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let mut keyed: Vec<(Key, usize)> = items.iter().map(&key).zip(0..).collect();
    keyed.sort_unstable();
    let mut old: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        keyed
            .iter()
            .filter_map(|(_, i)| old.get_mut(*i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_the_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |x| (x.0, 0, 0));
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![Some(2), None, Some(1)];
        sort_by(&mut w, |x| (opt(*x), 0, 0));
        assert_eq!(w, vec![None, Some(1), Some(2)]);
    }
}
