//! A map kept as a vector sorted by key: what a record holds is a few dozen entries, and a
//! `BTreeMap` per key and value type brings several KB of balancing code into the page's wasm
//! (measured in BENCHMARKS.md). Equal maps are equal vectors, so records compare as before.

use std::borrow::Borrow;

/// Keys in order, each once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap(Vec::new())
    }
}

impl<K: Ord, V> VecMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets the value of `key` (replacing an old one).
    pub fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q)
    where
        K: Borrow<Q>,
    {
        if let Ok(i) = self.find(key) {
            self.0.remove(i);
        }
    }

    /// The value of `key`, inserted as the default when missing.
    pub fn entry_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn retain(&mut self, keep: impl Fn(&V) -> bool) {
        self.0.retain(|(_, v)| keep(v));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> + '_ {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The entries in key order, owned.
    pub fn into_entries(self) -> Vec<(K, V)> {
        self.0
    }

    /// The value of `key`, inserted as `make()` when missing.
    pub fn entry_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, make()));
                i
            }
        };
        &mut self.0[i].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_an_ordered_map() {
        let mut m: VecMap<&str, u8> = VecMap::default();
        m.insert("b", 2);
        m.insert("a", 1);
        m.insert("b", 3);
        assert_eq!(m.iter().collect::<Vec<_>>(), vec![(&"a", &1), (&"b", &3)]);
        *m.entry_or_default("c") += 5;
        assert_eq!(m.get("c"), Some(&5));
        m.remove("a");
        assert!(!m.contains_key("a"));
        m.retain(|v| *v > 3);
        assert_eq!(m.iter().count(), 1);
    }
}
