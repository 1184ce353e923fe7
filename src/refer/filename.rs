//! File names that say what a file is and when it was made, and nothing about the family.

use crate::date::Date;
use crate::password::ALPHABET;

/// A short random tag that tells two downloads of the same day apart (not a secret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag(String);

impl Tag {
    /// Four symbols from the password alphabet, drawn from the given random bytes.
    pub fn from_random(bytes: [u8; 4]) -> Tag {
        Tag(bytes
            .iter()
            .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
            .collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `toeleiding-ocmw-2026-11-22.docx`: the document, inside the archive and as plain download.
pub fn document_name(date: Date) -> String {
    format!("toeleiding-ocmw-{}.docx", date.iso())
}

/// `toeleiding-ocmw-2026-11-22-k7mq.zip`: the encrypted archive.
pub fn archive_name(date: Date, tag: &Tag) -> String {
    sealed_name(date, tag, "zip")
}

/// `toeleiding-ocmw-2026-11-22-k7mq.7z` (or `.zip`, `.docx`): an encrypted file.
pub fn sealed_name(date: Date, tag: &Tag, extension: &str) -> String {
    format!(
        "toeleiding-ocmw-{}-{}.{extension}",
        date.iso(),
        tag.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_pattern() {
        let d = Date::new(2026, 11, 22).unwrap();
        let tag = Tag::from_random([0, 1, 2, 33]);
        assert_eq!(tag.as_str(), "abcc");
        assert_eq!(document_name(d), "toeleiding-ocmw-2026-11-22.docx");
        assert_eq!(archive_name(d, &tag), "toeleiding-ocmw-2026-11-22-abcc.zip");
    }
}
