//! Word documents with a password: ECMA-376 Agile encryption (see below).
