//! Prints the guess estimate of each password given on the command line, and how long the
//! first estimate (which inflates and indexes the word lists) and a later one take:
//! `cargo run --release --example estimate -- 'Marieke1985!' 'kaneel vuurtoren sjaal knikker oever'`.

use std::time::Instant;
use toeleiding::password::{estimate, lists, MIN_AGREED_BITS};

fn main() {
    let start = Instant::now();
    let sizes = lists::sizes().expect("native builds carry the lists");
    println!("lists: {sizes:?} (inflated in {:?})", start.elapsed());
    let start = Instant::now();
    let _ = estimate("first");
    println!("first estimate (builds the index): {:?}", start.elapsed());
    for password in std::env::args().skip(1) {
        let start = Instant::now();
        let e = estimate(&password);
        let verdict = if e.bits >= MIN_AGREED_BITS {
            "accepted"
        } else {
            "refused"
        };
        println!(
            "{password:?}: {:.1} bits, {verdict}, found {:?} ({:?})",
            e.bits,
            e.found,
            start.elapsed()
        );
    }
}
