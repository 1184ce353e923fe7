//! A bundle of texts that a page loads after its first load (the KSZ knowledge's notes, the
//! information sheet's languages): the texts joined by a record separator, accepted only when its
//! count and FNV-1a hash are the ones the build computed. The build script includes this same
//! file (`build/main.rs`), so both sides join and hash alike. No personal data: fixed texts only.

/// Between two texts (ASCII record separator).
pub const SEPARATOR: char = '\u{1e}';

/// FNV-1a over the bundle's bytes: not a security hash, a check that the file is the one this
/// page was built with (the page's integrity comes from its own origin and the CSP).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The bundle of `texts` and its `(count, hash)`, as the build writes them.
pub fn join<S: AsRef<str>>(texts: &[S]) -> (String, (usize, u64)) {
    let parts: Vec<&str> = texts.iter().map(AsRef::as_ref).collect();
    let text = parts.join(&SEPARATOR.to_string());
    let hash = fnv1a(text.as_bytes());
    (text, (parts.len(), hash))
}

/// The texts of a bundle, when it is the one the build made: `expected` is its `(count, hash)`.
pub fn split(text: &str, expected: (usize, u64)) -> Option<Vec<&str>> {
    if fnv1a(text.as_bytes()) != expected.1 {
        return None;
    }
    let parts: Vec<&str> = text.split(SEPARATOR).collect();
    (parts.len() == expected.0).then_some(parts)
}

/// What a page read from its bundle, once installed: the page installs the file it fetched;
/// native builds (tests, tools) install the one built in on first use.
pub struct Installed<T>(std::sync::OnceLock<T>);

impl<T> Default for Installed<T> {
    fn default() -> Self {
        Installed::new()
    }
}

impl<T> Installed<T> {
    pub const fn new() -> Self {
        Installed(std::sync::OnceLock::new())
    }

    /// Reads `text` with `read` and keeps what it gives (once; later calls keep the first). The
    /// text stays for the page's life, so what is read may borrow from it.
    pub fn install<E>(
        &self,
        text: String,
        read: impl FnOnce(&'static str) -> Result<T, E>,
    ) -> Result<(), E> {
        if self.0.get().is_some() {
            return Ok(());
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        let _ = self.0.set(read(text)?);
        Ok(())
    }

    /// What was installed, if anything.
    pub fn get(&self) -> Option<&T> {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_splits_back_only_with_its_own_count_and_hash() {
        let (text, check) = join(&["een", "twee", ""]);
        assert_eq!(split(&text, check), Some(vec!["een", "twee", ""]));
        assert_eq!(split(&text, (check.0 + 1, check.1)), None);
        assert_eq!(split(&text, (check.0, check.1 ^ 1)), None);
        assert_eq!(split("een\u{1e}twee\u{1e}drie", check), None);
    }
}
