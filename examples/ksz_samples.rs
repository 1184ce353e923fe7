//! Benchmark: reading every shared KSZ sample answer (`../shared/ksz-samples/`), combining
//! them per person and making the worksheet, natively, release build. Prints the files, their
//! size and the medians of 9 runs. Results in BENCHMARKS.md (a benchmark, not a test).

use std::path::{Path, PathBuf};
use std::time::Instant;
use toeleiding::ksz::import::{combine, read};
use toeleiding::ksz::worksheet;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "xml") {
            out.push(p);
        }
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ksz-samples");
    let mut paths = Vec::new();
    files(&dir, &mut paths);
    paths.sort();
    assert!(!paths.is_empty(), "no samples at {}", dir.display());
    let data: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let bytes: usize = data.iter().map(Vec::len).sum();
    let (mut reading, mut combining) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let t = Instant::now();
        let answers: Vec<_> = data.iter().filter_map(|b| read("x.xml", b).ok()).collect();
        reading.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        // One consultation per 30 answers (the page's limit), as a worker would load them.
        for chunk in answers.chunks(30) {
            let c = combine(chunk);
            std::hint::black_box(worksheet(&c.record));
            std::hint::black_box(c.roles.family(chunk, None));
        }
        combining.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "{} sample files, {} KB: read {:.1} ms, combine + worksheet + household {:.2} ms (median of 9)",
        paths.len(),
        bytes / 1024,
        median(reading),
        median(combining)
    );
}
