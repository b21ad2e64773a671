//! Aftercare's patch (see PATCHED.md at the root of this crate): small maps and sets kept as
//! vectors, searched in order, in place of the standard library's hash maps.
//!
//! Yew keeps a handful of small collections (the event types a page listens for, the
//! listeners of each element, the attributes being compared, the tags it has made, the keys of
//! a keyed list being reordered). Hash tables pay for their speed on large collections with a
//! lot of code, about 4 KB gzip of a first visit for Aftercare, whose collections hold a few
//! entries each. These hold the same entries, in the order they were added.

use std::borrow::Borrow;

/// A map with the part of `HashMap`'s and `IndexMap`'s interface Yew uses, its entries in the
/// order they were added.
#[derive(Clone, Debug)]
pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap { entries: Vec::new() }
    }
}

impl<K: Eq, V> VecMap<K, V> {
    pub fn with_capacity(capacity: usize) -> Self {
        VecMap { entries: Vec::with_capacity(capacity) }
    }

    fn position<Q: ?Sized + Eq>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.entries.iter().position(|(k, _)| k.borrow() == key)
    }

    pub fn get<Q: ?Sized + Eq>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|at| &self.entries[at].1)
    }

    pub fn get_mut<Q: ?Sized + Eq>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|at| &mut self.entries[at].1)
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Some(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    pub fn contains_key<Q: ?Sized + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    pub fn remove<Q: ?Sized + Eq>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|at| self.entries.swap_remove(at).1)
    }

    /// The value for `key`, added as the default when there is none: `entry(key).or_default()`.
    pub fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let at = match self.position(&key) {
            Some(at) => at,
            None => {
                self.entries.push((key, V::default()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[at].1
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Equal when they hold the same entries, in any order (as maps compare).
impl<K: Eq, V: PartialEq> PartialEq for VecMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.entries.len() == other.entries.len() && self.entries.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Eq, V> FromIterator<(K, V)> for VecMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = VecMap::default();
        for (key, value) in iter {
            map.insert(key, value);
        }
        map
    }
}

/// A set with the part of `HashSet`'s interface Yew uses.
#[derive(Debug)]
pub struct VecSet<K> {
    items: Vec<K>,
}

impl<K> Default for VecSet<K> {
    fn default() -> Self {
        VecSet { items: Vec::new() }
    }
}

impl<K: Eq> VecSet<K> {
    pub fn with_capacity(capacity: usize) -> Self {
        VecSet { items: Vec::with_capacity(capacity) }
    }

    /// Adds `value`; whether it was not there yet.
    pub fn insert(&mut self, value: K) -> bool {
        let new = !self.items.contains(&value);
        if new {
            self.items.push(value);
        }
        new
    }

    /// Adds `value`, returning the equal one it replaces.
    pub fn replace(&mut self, value: K) -> Option<K> {
        match self.items.iter().position(|k| *k == value) {
            Some(at) => Some(std::mem::replace(&mut self.items[at], value)),
            None => {
                self.items.push(value);
                None
            }
        }
    }

    /// Removes and returns the value equal to `value`.
    pub fn take<Q: ?Sized + Eq>(&mut self, value: &Q) -> Option<K>
    where
        K: Borrow<Q>,
    {
        let at = self.items.iter().position(|k| k.borrow() == value)?;
        Some(self.items.swap_remove(at))
    }

    pub fn retain(&mut self, keep: impl FnMut(&K) -> bool) {
        self.items.retain(keep);
    }

    pub fn iter(&self) -> std::slice::Iter<'_, K> {
        self.items.iter()
    }

    pub fn drain(&mut self) -> std::vec::Drain<'_, K> {
        self.items.drain(..)
    }
}
