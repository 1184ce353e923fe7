//! The one place where the core asks the system (or the browser's `crypto.getRandomValues`) for
//! random bytes. Everything else takes randomness as a parameter so tests can seed it.

/// Why no random bytes could be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomError(pub String);

impl std::fmt::Display for RandomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no secure random numbers available: {}", self.0)
    }
}

impl std::error::Error for RandomError {}

/// Fills `buf` from the operating system's (or browser's) cryptographically secure generator.
pub fn fill(buf: &mut [u8]) -> Result<(), RandomError> {
    getrandom::fill(buf).map_err(|e| RandomError(e.to_string()))
}
