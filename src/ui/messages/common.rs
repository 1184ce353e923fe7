//! Texts shared by the form controls and the error summary.

/// Read before an error message by screen readers.
pub const ERROR_PREFIX: &str = "Fout: ";
/// A summary row without a value.
pub const NOT_GIVEN: &str = "niet opgegeven";
/// The "Terug" link of a step.
pub const BACK: &str = "Terug";

/// The heading of the error summary.
pub fn problems(count: usize) -> String {
    match count {
        1 => "Er is 1 probleem".to_string(),
        n => format!("Er zijn {n} problemen"),
    }
}
