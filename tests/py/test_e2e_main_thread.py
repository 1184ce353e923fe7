"""The key derivations never hold the page: while a file is sealed (.7z, Word with a password) or
opened (.7z, Word, zip), the page's own timers keep running *during* every key derivation, under the office-laptop
CPU profile (Chromium's throttling, 4x slower). This is a structural test, not a timed one: it
asserts that the derivation yields to the event loop (a timer callback runs between its start
and its end), never how long anything took. The longest main-thread task it saw is written to
test-artifacts/main-thread.json and printed, for BENCHMARKS.md."""

import json

from conftest import ARTIFACTS
from flow import download, password_of, to_download_step
from test_e2e_open import go_to_opener, make_in_browser, open_file

# Chromium's own CPU throttling, as the office-laptop profile of BENCHMARKS.md.
CPU_SLOWDOWN = 4

# Installed just before the action: every long task (>50 ms, the browser's own definition), the
# rendering of every long animation frame over 50 ms (style, layout and paint after a task: work
# on the main thread that long-task entries leave out), and a chain of zero-delay timers whose
# callbacks record when they ran.
WATCH = """() => {
  performance.clearMeasures();
  const watch = window.__watch = { tasks: [], ticks: [], on: true };
  const keep = list => list.forEach(e => watch.tasks.push([e.startTime, e.duration]));
  watch.observer = new PerformanceObserver(list => keep(list.getEntries()));
  watch.observer.observe({ type: 'longtask' });
  const renders = list => list.forEach(e => {
    const end = e.startTime + e.duration;
    if (e.renderStart > 0 && end - e.renderStart > 50) watch.tasks.push([e.renderStart, end - e.renderStart]);
  });
  watch.frames = new PerformanceObserver(list => renders(list.getEntries()));
  watch.frames.observe({ type: 'long-animation-frame' });
  watch.flush = () => { keep(watch.observer.takeRecords()); renders(watch.frames.takeRecords()); };
  const tick = () => {
    if (!watch.on) return;
    watch.ticks.push(performance.now());
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
}"""

# Every derivation the page measured (performance.measure with these names), and the watch. A
# long task is reported after it ends: wait a moment and take what is still queued.
RESULT = """async names => {
  await new Promise(done => setTimeout(done, 200));
  window.__watch.flush();
  window.__watch.on = false;
  const spans = names.flatMap(n => performance.getEntriesByName(n, 'measure')
    .map(e => [n, e.startTime, e.startTime + e.duration]));
  return { spans, tasks: window.__watch.tasks, ticks: window.__watch.ticks };
}"""

DERIVATIONS = ["sleutel-7z", "sleutel-word", "sleutel-zip"]


def throttled(page):
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    return cdp


def record(page, what, derives=True):
    """Stops the watch, asserts a timer ran inside every derivation, records the longest task."""
    seen = page.evaluate(RESULT, DERIVATIONS)
    spans, ticks, tasks = seen["spans"], seen["ticks"], seen["tasks"]
    assert bool(spans) == derives, f"{what}: key derivations measured: {spans}"
    for name, start, end in spans:
        if name == "sleutel-zip":
            # 1000 iterations: shorter than one slice on a fast machine. A timer must run between
            # the first candidate's key and the last one's (the opener yields between keys).
            zips = [(s, e) for n, s, e in spans if n == name]
            start, end = min(s for s, _ in zips), max(e for _, e in zips)
            assert len(zips) >= 2, f"{what}: one key for a password with spaces: {zips}"
        inside = [t for t in ticks if start < t < end]
        assert inside, f"{what}: no timer ran during {name} ({start:.0f}–{end:.0f} ms): it held the page"
    longest = max((d for _, d in tasks), default=0)
    # The longest task that overlaps a key derivation (the rest: writing, reading, rendering).
    during = max((d for t, d in tasks for _, s, e in spans if t < e and t + d > s), default=0)
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / "main-thread.json"
    data = json.loads(out.read_text()) if out.exists() else {}
    data[what] = {
        "cpu_slowdown": CPU_SLOWDOWN,
        "longest_task_ms": round(longest),
        "longest_during_derivation_ms": round(during),
        "long_tasks": len(tasks),
        "derivations": [[n, round(e - s)] for n, s, e in spans],
    }
    out.write_text(json.dumps(data, indent=2))
    print(f"{what}: longest main-thread task {longest:.0f} ms ({len(tasks)} over 50 ms; {during:.0f} ms during a "
          f"derivation) at {CPU_SLOWDOWN}x CPU; "
          f"derivations {[(n, round(e - s)) for n, s, e in spans]}")


def seal_watched(page, format_label, what, derives=True):
    to_download_step(page)
    password_of(page)
    page.get_by_label(format_label, exact=True).check()
    cdp = throttled(page)
    page.evaluate(WATCH)
    dl = download(page, "Versleutel en download")
    assert dl.suggested_filename
    record(page, what, derives)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})


def test_sealing_a_7z_yields_during_the_key_derivation(page):
    seal_watched(page, ".7z (aangeraden)", "seal 7z")


def test_sealing_word_with_a_password_yields_during_the_spins(page):
    seal_watched(page, "Word-document met wachtwoord", "seal word")


def test_sealing_a_zip_derives_no_long_key(page):
    # WinZip AES: PBKDF2 with 1000 rounds, done inside the zip crate's writer (not sliced).
    seal_watched(page, ".zip", "seal zip", derives=False)


def open_watched(page, path, password, shown, what):
    cdp = throttled(page)
    page.evaluate(WATCH)
    # Pasted with spaces: the first candidate is wrong, so two keys are derived.
    open_file(page, path, password.replace("-", " "))
    page.get_by_text(shown).wait_for(timeout=120_000)
    record(page, what)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})


def test_opening_7z_word_and_zip_yields_during_every_key_derivation(page, workdir):
    seven, p1 = make_in_browser(page, workdir, ".7z (aangeraden)")
    word, p2 = make_in_browser(page, workdir, "Word-document met wachtwoord")
    archive, p3 = make_in_browser(page, workdir, ".zip")
    go_to_opener(page)
    open_watched(page, seven, p1, "ook de namen van de bestanden", "open 7z")
    for path, password, shown, what in [
        (word, p2, "Het Word-document was beveiligd met een wachtwoord", "open word"),
        # WinZip AES: PBKDF2 for each password candidate, in slices like the others.
        (archive, p3, "Het zip-bestand was versleuteld met AES-256", "open zip"),
    ]:
        page.get_by_role("button", name="Alles wissen", exact=True).click()
        page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
        open_watched(page, path, password, shown, what)
