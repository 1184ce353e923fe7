//! Prints the estimate of every line of a file (a development aid for the phrase lists):
//! `cargo run --release --example phrase_check -- tests/fixtures/password/guessable.txt`.
use toeleiding::password::{estimate, MIN_AGREED_BITS};
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let (mut passed, mut total) = (0, 0);
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let e = estimate(line);
        total += 1;
        let ok = e.bits >= MIN_AGREED_BITS;
        if ok {
            passed += 1;
        }
        println!(
            "{:6.1} {} {line:?} {:?}",
            e.bits,
            if ok { "PASS" } else { "    " },
            e.found
        );
    }
    println!("{passed} of {total} reach {MIN_AGREED_BITS} bits");
}
