//! A small JSON reader and writer for the settings file: values with the line and column of
//! each, and errors that say where.
//!
//! Why not serde_json: on the referral page it was 21 KB (gzip) of the 350 KB budget, for one
//! small file with eight kinds of fields. What is needed is little: RFC 8259 values, escapes
//! (with surrogate pairs), a depth bound, and where a mistake is.

/// A JSON value and where it starts (line, column; both from 1).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Kept as written: the settings have no numbers, only the error needs one.
    Number(String),
    String(String),
    Array(Vec<(Value, Position)>),
    Object(Vec<(String, Value, Position)>),
}

/// Line and column, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// A syntax error: where, and what was expected (English, lowercase).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub at: Position,
    pub message: String,
}

/// Deepest nesting we read (the settings need 3).
const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    at: Position,
}

impl Reader<'_> {
    fn error(&self, message: &str) -> JsonError {
        JsonError {
            at: self.at,
            message: message.to_string(),
        }
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.at.line += 1;
            self.at.column = 1;
        } else {
            self.at.column += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.next();
        }
    }

    fn expect(&mut self, c: char) -> Result<(), JsonError> {
        self.skip_space();
        match self.next() {
            Some(x) if x == c => Ok(()),
            _ => Err(self.error(&format!("expected `{c}`"))),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        for expected in word.chars() {
            if self.next() != Some(expected) {
                return Err(self.error("expected a value"));
            }
        }
        Ok(value)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.next().and_then(|c| c.to_digit(16));
            code = code * 16 + digit.ok_or_else(|| self.error("invalid \\u escape"))?;
        }
        Ok(code)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let mut out = String::new();
        loop {
            let c = self
                .next()
                .ok_or_else(|| self.error("unterminated string"))?;
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let escaped = match self.next() {
                        Some('"') => '"',
                        Some('\\') => '\\',
                        Some('/') => '/',
                        Some('b') => '\u{8}',
                        Some('f') => '\u{c}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('u') => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                if self.next() != Some('\\') || self.next() != Some('u') {
                                    return Err(self.error("lone surrogate in \\u escape"));
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.error("lone surrogate in \\u escape"));
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            char::from_u32(code)
                                .ok_or_else(|| self.error("lone surrogate in \\u escape"))?
                        }
                        _ => return Err(self.error("invalid escape")),
                    };
                    out.push(escaped);
                }
                c if (c as u32) < 0x20 => return Err(self.error("control character in string")),
                c => out.push(c),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<(Value, Position), JsonError> {
        self.skip_space();
        let start = self.at;
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        let value = match self.chars.peek().copied() {
            Some('{') => {
                self.next();
                let mut members = Vec::new();
                self.skip_space();
                if self.chars.peek() == Some(&'}') {
                    self.next();
                } else {
                    loop {
                        self.expect('"')
                            .map_err(|_| self.error("expected a key in quotes"))?;
                        let key = self.string()?;
                        self.expect(':')?;
                        let (v, at) = self.value(depth + 1)?;
                        members.push((key, v, at));
                        self.skip_space();
                        match self.next() {
                            Some(',') => {}
                            Some('}') => break,
                            _ => return Err(self.error("expected `,` or `}`")),
                        }
                    }
                }
                Value::Object(members)
            }
            Some('[') => {
                self.next();
                let mut items = Vec::new();
                self.skip_space();
                if self.chars.peek() == Some(&']') {
                    self.next();
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.skip_space();
                        match self.next() {
                            Some(',') => {}
                            Some(']') => break,
                            _ => return Err(self.error("expected `,` or `]`")),
                        }
                    }
                }
                Value::Array(items)
            }
            Some('"') => {
                self.next();
                Value::String(self.string()?)
            }
            Some('t') => self.word("true", Value::Bool(true))?,
            Some('f') => self.word("false", Value::Bool(false))?,
            Some('n') => self.word("null", Value::Null)?,
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let mut number = String::new();
                while let Some(c) = self.chars.peek().copied() {
                    if !(c.is_ascii_digit() || "+-.eE".contains(c)) {
                        break;
                    }
                    number.push(c);
                    self.next();
                }
                Value::Number(number)
            }
            Some(_) => return Err(self.error("expected a value")),
            None => return Err(self.error("unexpected end of file")),
        };
        Ok((value, start))
    }
}

/// Reads one JSON value that fills the whole text.
pub fn parse(text: &str) -> Result<(Value, Position), JsonError> {
    let mut reader = Reader {
        chars: text.chars().peekable(),
        at: Position { line: 1, column: 1 },
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.chars.peek().is_some() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

/// A JSON string literal.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_with_escapes_and_positions() {
        let (v, _) =
            parse("{\n \"a\": [true, null, -1.5e3, \"\\u00e9\\ud83d\\ude00\\n\"] }").unwrap();
        let Value::Object(members) = v else { panic!() };
        assert_eq!(members[0].0, "a");
        assert_eq!(members[0].2, Position { line: 2, column: 7 });
        let Value::Array(items) = &members[0].1 else {
            panic!()
        };
        assert_eq!(items[3].0, Value::String("é😀\n".into()));
        assert_eq!(items[2].0, Value::Number("-1.5e3".into()));
    }

    #[test]
    fn says_where_it_went_wrong() {
        for (text, line) in [
            ("{\n\"a\" 1}", 2),
            ("[1,\n2,\n]", 3),
            ("{\"a\": \"x", 1),
            ("{} x", 1),
        ] {
            let e = parse(text).unwrap_err();
            assert_eq!(e.at.line, line, "{text}: {e:?}");
        }
        assert!(parse(&"[".repeat(100)).is_err());
        assert!(parse("\"\\ud800\"").is_err());
        assert_eq!(quote("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
    }

    proptest::proptest! {
        /// Any text survives writing and reading back; any input is an error value, never a panic.
        #[test]
        fn quoting_round_trips(text in "\\PC*", noise in "[\\[\\]{}\":,0-9a-z\\\\ \n]{0,40}") {
            let (v, _) = parse(&quote(&text)).unwrap();
            proptest::prop_assert_eq!(v, Value::String(text));
            let _ = parse(&noise);
        }
    }
}
