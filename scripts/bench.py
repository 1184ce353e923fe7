#!/usr/bin/env python3
"""`make bench`: measures what a user waits for and downloads. Prints a Markdown report and
writes the throttled medians into BENCHMARKS.md (between the `make bench` markers).

- size of every asset in dist/ (raw, and gzip and brotli as served: the build's .gz copies, made
  by Zopfli, and its .br copies) and each page's first load (the page, the files it and its boot
  script reference, and the service worker);
- unthrottled, on this machine (RUNS cold runs each): time to interactive of each page, from
  navigation start to the `toeleiding-interactive` mark (set by the boot script once the wasm app
  has started and rendered), and the seal times (the app's `versleutel` measure);
- throttled as an office laptop on a busy network (PROFILE, THROTTLED_RUNS runs each, medians):
  time to interactive of each page served by `scripts/serve.py` (precompressed, as `make serve`
  sends it) and of each single offline file opened from file://; the longest main-thread task
  (PerformanceObserver `longtask` entries, and the rendering of `long-animation-frame` entries)
  while the page loads, while the referral is sealed in
  each format, while the opener opens each format and while "KSZ lezen" reads the 30 largest
  shared KSZ samples. A benchmark, not a test: nothing here asserts a time.

Every page is opened in a fresh context (cold: no cache, no service worker) once its new tab has
settled (`SETTLE_S`).
"""

import datetime
import functools
import gzip
import http.server
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "py"))
sys.path.insert(0, str(ROOT / "scripts"))

from conftest import CHROMIUM, CHROMIUM_FLAGS, DIST, QuietHandler  # noqa: E402
from flow import PARENT_1, give_consent, password_of, to_download_step  # noqa: E402
from ksz import rendered  # noqa: E402
from serve import server as make_server  # noqa: E402

RUNS = 9
THROTTLED_RUNS = 5
# Chromium's own throttling (DevTools protocol), as the issue measured.
CPU_SLOWDOWN = 4
MBIT = 20
LATENCY_MS = 20
PROFILE = (f"Chromium {CPU_SLOWDOWN}× CPU slowdown, {MBIT} Mbit/s down and up, {LATENCY_MS} ms latency, "
           "cache disabled, fresh profile per run")
SINGLE_FILES = {"index.html": "toeleiding.html", "openen.html": "toeleiding-openen.html",
                "ksz.html": "toeleiding-ksz.html"}
TITLES = {"index.html": "Verwijzing maken", "openen.html": "Verwijzing openen", "ksz.html": "KSZ lezen"}
FORMATS = [(".7z (aangeraden)", "7z"), (".zip", "zip"), ("Word-document met wachtwoord", "docx")]
KSZ_SAMPLES = ROOT.parent / "shared" / "ksz-samples"
BENCHMARKS = ROOT / "BENCHMARKS.md"
MARK_BEGIN = "<!-- make bench: throttled, begin (scripts/bench.py rewrites this part) -->"
MARK_END = "<!-- make bench: throttled, end -->"

def sizes():
    rows = []
    for path in sorted(DIST.iterdir()):
        if path.suffix in (".br", ".gz"):
            continue  # the build's precompressed copies: counted in the brotli and gzip columns
        data = path.read_bytes()
        # gzip and brotli as served: the build's own copies (gzip by Zopfli), else made here.
        gz, br = DIST / f"{path.name}.gz", DIST / f"{path.name}.br"
        gz_size = gz.stat().st_size if gz.is_file() else len(gzip.compress(data, 9))
        br_size = br.stat().st_size if br.is_file() else len(brotli.compress(data, quality=11))
        rows.append((path.name, len(data), gz_size, br_size))
    return rows


PAGES = ["index.html", "openen.html", "ksz.html"]


def page_files(page):
    """The files a served page loads: itself, what it references, what its boot script loads."""
    html = (DIST / page).read_text()
    names = {page, "sw.js"}
    names |= set(re.findall(r'(?:src|href)="\./([^"]+)"', html))
    for boot in [n for n in names if n.startswith("boot-")]:
        names |= set(re.findall(r"'\./([^']+)'", (DIST / boot).read_text()))
    return names


def first_load(rows, page):
    picked = [r for r in rows if r[0] in page_files(page)]
    return tuple(sum(r[i] for r in picked) for i in (1, 2, 3))


def timings():
    import threading

    from playwright.sync_api import sync_playwright

    server = make_server(DIST, 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    tti, encrypt = {p: [] for p in PAGES}, {"7z": [], "zip": [], "docx": [], "7z-key": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        for _ in range(RUNS):
            for name in PAGES:
                context = browser.new_context(accept_downloads=True)  # fresh profile: cold cache
                page = context.new_page()
                tti[name].append(open_interactive(page, url + name))
                if name == "index.html":
                    to_download_step(page)
                    last = "performance.getEntriesByName('{}').at(-1).duration"
                    for label, key in [(None, "7z"), (".zip", "zip"), ("Word-document met wachtwoord", "docx")]:
                        if label:
                            page.get_by_label(label, exact=True).check()
                        with page.expect_download():
                            page.get_by_role("button", name="Versleutel en download").click()
                        encrypt[key].append(page.evaluate(last.format("versleutel")))
                        if key == "7z":
                            encrypt["7z-key"].append(page.evaluate(last.format("sleutel-7z")))
                context.close()
        browser.close()
    server.shutdown()
    return tti, encrypt


# Long tasks, and the rendering of long animation frames: the browser's style, layout and paint
# after a task is work of its own on the main thread, which `longtask` entries leave out (a trace
# of KSZ lezen showed frames of 55-115 ms while the long-task API reported none over 50 ms).
LONG_TASKS = """
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const end = e.startTime + e.duration;
    if (e.renderStart > 0 && end - e.renderStart > 50) window.__longtasks.push([e.renderStart, end - e.renderStart]);
  }
}).observe({ type: 'long-animation-frame', buffered: true });
"""
# When the last byte of the page's WebAssembly had arrived (Resource Timing).
WASM_ARRIVED = "performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm')).responseEnd"
# The interactive mark's time, once the boot script has set it: a promise the page keeps, asked
# for through the DevTools protocol (one small script). Playwright's `wait_for_function` would
# first inject Playwright's own helper script into the page, which took 35-45 ms of the
# throttled main thread while the wasm was arriving (traces: BENCHMARKS.md, "What changed in
# the fourth round"): work of the measuring tool that a user's browser never does.
INTERACTIVE_MARK = """new Promise((resolve) => new PerformanceObserver((list, observer) => {
  const mark = list.getEntriesByName('toeleiding-interactive')[0];
  if (mark) { observer.disconnect(); resolve(mark.startTime); }
}).observe({ type: 'mark', buffered: true }))"""


# How long a fresh tab is left alone before the page is opened in it. Creating a browser context
# and its page starts work in the browser's processes that went on for about half a second on
# this 2-core machine and, when the page was opened at once, slowed its start: the referral
# page's interactive time after 0 / 0.25 / 0.5 / 1 / 2 s was 393 / 334 / 307 / 305 / 290 ms
# (7 alternating runs), and the same second spent before creating the context changed nothing
# (BENCHMARKS.md, "What changed in the sixth round"). A person opens the page in a browser that
# is already running, so that start-up is the measuring tool's, not the page's.
SETTLE_S = 1.0


def open_interactive(page, url):
    """Opens `url` in the (fresh) tab once it has settled and returns when the page's interactive
    mark was set (ms from navigation start)."""
    time.sleep(SETTLE_S)
    cdp = page.context.new_cdp_session(page)
    page.goto(url, wait_until="commit")
    answer = cdp.send("Runtime.evaluate", {"expression": INTERACTIVE_MARK, "awaitPromise": True, "returnByValue": True})
    cdp.detach()
    if "exceptionDetails" in answer:
        raise RuntimeError(f"no interactive mark on {url}: {answer['exceptionDetails']}")
    # Playwright injects the same helper for its first locator: let that happen now, after the
    # mark, rather than inside the first measurement (it was KSZ reading's longest task).
    page.locator("html").count()
    return answer["result"]["value"]


def throttled_page(browser, network=True):
    """A fresh context (cold: no cache, no service worker) with the office-laptop profile."""
    context = browser.new_context(accept_downloads=True, locale="nl-BE", service_workers="block")
    context.add_init_script(LONG_TASKS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if network:
        rate = MBIT * 1_000_000 / 8  # bytes per second
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": LATENCY_MS, "downloadThroughput": rate, "uploadThroughput": rate,
        })
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    return context, page


def now(page):
    return page.evaluate("performance.now()")


def longest_task(page, since, until=None):
    """The longest main-thread task (ms), a frame's rendering included, that ended after `since`
    (and began before `until`); 0 when none took more than 50 ms (the browser reports only those)."""
    page.wait_for_timeout(300)  # long-task entries are delivered after the task
    return page.evaluate(
        """([since, until]) => Math.max(0, ...window.__longtasks
             .filter(([s, d]) => s + d > since && (until === null || s < until)).map(([s, d]) => d))""",
        [since, until],
    )


def load(page, url):
    """Opens a page and waits for it to be interactive; returns (interactive ms, longest task
    until then)."""
    tti = open_interactive(page, url)
    return tti, longest_task(page, 0, tti)


def type_parent(page):
    """Types the first parent's name, street and phone number key by key, as a person does;
    returns (longest task, ms from the first key to the last one handled, keys)."""
    give_consent(page)
    group = page.get_by_role("group", name="Ouder 1", exact=True)
    start, keys = now(page), 0
    for label in ["Voornaam", "Achternaam", "Straat", "Telefoonnummer"]:
        group.get_by_label(label, exact=True).press_sequentially(PARENT_1[label])
        keys += len(PARENT_1[label])
    return longest_task(page, start), now(page) - start, keys


def seal_all(page, out: Path):
    """Fills in the referral and seals it in every format; returns {format: (longest task, seal
    ms, file, password)}."""
    to_download_step(page)
    result = {}
    for label, key in FORMATS:
        page.get_by_label(label, exact=True).check()
        start = now(page)
        with page.expect_download() as info:
            page.get_by_role("button", name="Versleutel en download").click()
        path = out / f"{key}-{info.value.suggested_filename}"
        info.value.save_as(path)
        seal = page.evaluate("performance.getEntriesByName('versleutel').at(-1).duration")
        result[key] = (longest_task(page, start), seal, path, password_of(page))
    return result


def open_sealed(page, path, password, key):
    """Opens one sealed file on the opener; returns (longest task, ms from the click to the
    referral shown)."""
    page.get_by_label("Ontvangen bestand").set_input_files(str(path))
    page.get_by_text(f"Gekozen: {path.name}").wait_for()
    page.get_by_label("Wachtwoord uit de sms").fill(password)
    start = now(page)
    page.get_by_role("button", name="Openen", exact=True).click()
    if key == "docx":
        page.get_by_text("Het Word-document was beveiligd met een wachtwoord").wait_for(timeout=120_000)
    else:
        page.get_by_role("heading", name="Verwijzing", level=2).wait_for(timeout=120_000)
    shown = now(page) - start
    return longest_task(page, start), shown


def largest_ksz_samples(count=30):
    if not KSZ_SAMPLES.is_dir():
        return []
    files = [p for p in KSZ_SAMPLES.rglob("*.xml") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:count]


def read_ksz(page, files):
    """Chooses the files on "KSZ lezen"; returns (longest task, ms until they are read and
    shown)."""
    start = now(page)
    page.get_by_label("Kies een of meer bestanden").set_input_files([str(p) for p in files])
    page.locator(".ksz-import [role=status]").filter(has_text=re.compile(r"\d+ bestanden ingelezen")).wait_for(
        timeout=300_000)
    # The answers and timelines render one per task after that (aria-busy meanwhile).
    rendered(page)
    read = now(page) - start
    return longest_task(page, start), read


def throttled():
    """Every throttled measurement, THROTTLED_RUNS times; lists of samples by name."""
    import threading

    from playwright.sync_api import sync_playwright

    server = make_server(DIST, 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    # The same files without compression, as `make serve` sent them before issue 20.
    plain = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(DIST)))
    threading.Thread(target=plain.serve_forever, daemon=True).start()
    plain_url = f"http://127.0.0.1:{plain.server_address[1]}/"
    samples = {}

    def add(name, value):
        samples.setdefault(name, []).append(value)

    ksz_files = largest_ksz_samples()
    samples["load before"] = os.getloadavg()[0]
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="toeleiding-bench-") as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        for run in range(THROTTLED_RUNS):
            out = Path(tmp) / str(run)
            out.mkdir()
            for name in ["index.html", "openen.html", "ksz.html"]:
                context, page = throttled_page(browser)
                tti, task = load(page, url + name)
                add(f"tti {name}", tti)
                add(f"load task {name}", task)
                add(f"wasm {name}", page.evaluate(WASM_ARRIVED))
                if name == "index.html":
                    task, typing, keys = type_parent(page)
                    add("type task", task)
                    add("type ms", typing)
                    add("type keys", keys)
                    context.close()
                    context, page = throttled_page(browser)
                    load(page, url + name)
                    for key, (task, seal, path, password) in seal_all(page, out).items():
                        add(f"seal task {key}", task)
                        add(f"seal ms {key}", seal)
                        add(f"file {key}", (path, password))
                if name == "ksz.html" and ksz_files:
                    task, read = read_ksz(page, ksz_files)
                    add("ksz task", task)
                    add("ksz ms", read)
                context.close()
                context, page = throttled_page(browser)
                add(f"tti plain {name}", load(page, plain_url + name)[0])
                context.close()
            for _, key in FORMATS:
                path, password = samples[f"file {key}"][-1]
                context, page = throttled_page(browser)
                load(page, url + "openen.html")
                task, shown = open_sealed(page, path, password, key)
                add(f"open task {key}", task)
                add(f"open ms {key}", shown)
                context.close()
            for name, single in SINGLE_FILES.items():
                context, page = throttled_page(browser, network=False)
                tti, task = load(page, (DIST / single).as_uri())
                add(f"tti file {name}", tti)
                add(f"load task file {name}", task)
                context.close()
        browser.close()
    server.shutdown()
    plain.shutdown()
    samples["load after"] = os.getloadavg()[0]
    samples["ksz files"] = len(ksz_files)
    samples["ksz bytes"] = sum(p.stat().st_size for p in ksz_files)
    return samples


def throttled_report(samples, rows):
    """The Markdown section with the medians."""
    med = {k: statistics.median(v) for k, v in samples.items() if isinstance(v, list) and not k.startswith("file ")}

    def ms(key):
        return f"{med[key]:.0f} ms" if key in med else "—"

    def task(key):
        if key not in med:
            return "—"
        return f"{med[key]:.0f} ms" if med[key] else "none > 50 ms"

    date = datetime.date.today().isoformat()
    lines = [
        f"#### Throttled, {date} (`make bench`)",
        "",
        f"Profile: {PROFILE}; median of {THROTTLED_RUNS} runs. Served by `scripts/serve.py` "
        "(brotli, as `make serve` sends it); the single offline files opened from file:// (CPU "
        f"throttling only); each in a fresh tab left alone for {SETTLE_S:.0f} s first (`SETTLE_S`: the tab's own "
        "start-up is the measuring tool's). *Interactive*: navigation start to the `toeleiding-interactive` mark "
        "(the boot script sets it once the wasm app has started and rendered its first screen). "
        "*Wasm arrived*: when the last byte of the page's WebAssembly had arrived (Resource Timing); "
        "what follows until *interactive* is compiling, starting and the first render. "
        "*Longest task*: the longest main-thread task the browser reports, a frame's style, layout "
        "and paint included (`longtask` and the rendering part of `long-animation-frame` entries; "
        "only those over 50 ms exist), in throttled time. Load average of this shared 2-core machine "
        f"(1 min): {samples['load before']:.1f} before, {samples['load after']:.1f} after.",
        "",
        "| page | first load raw | gzip | brotli | wasm arrived | interactive | longest task while loading | interactive, served uncompressed | interactive from file:// | longest task (file://) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page in PAGES:
        raw, gz, br = first_load(rows, page)
        lines.append(f"| {page} ({TITLES[page]}) | {kb(raw)} | {kb(gz)} | {kb(br)} | {ms(f'wasm {page}')} | {ms(f'tti {page}')} | "
                     f"{task(f'load task {page}')} | {ms(f'tti plain {page}')} | {ms(f'tti file {page}')} | "
                     f"{task(f'load task file {page}')} |")
    lines += [
        "",
        "| work | longest main-thread task | time |",
        "| --- | ---: | ---: |",
    ]
    if "type ms" in med:
        keys = samples["type keys"][0]
        lines.append(f"| type a parent's name, street and phone number ({keys} keys, one at a time) | "
                     f"{task('type task')} | {ms('type ms')} |")
    for _, key in FORMATS:
        lines.append(f"| seal a referral as {key} (click → download handed over) | {task(f'seal task {key}')} | "
                     f"{ms(f'seal ms {key}')} |")
    for _, key in FORMATS:
        lines.append(f"| open a sealed {key} on the opener (click → referral shown) | {task(f'open task {key}')} | "
                     f"{ms(f'open ms {key}')} |")
    if "ksz ms" in med:
        lines.append(f"| read the {samples['ksz files']} largest shared KSZ samples ({kb(samples['ksz bytes'])}) "
                     f"on KSZ lezen | {task('ksz task')} | {ms('ksz ms')} |")
    return "\n".join(lines) + "\n"


def write_benchmarks(section):
    """Puts the section between the markers in BENCHMARKS.md (the previous one goes)."""
    text = BENCHMARKS.read_text()
    block = f"{MARK_BEGIN}\n{section}{MARK_END}"
    if MARK_BEGIN in text and MARK_END in text:
        head, rest = text.split(MARK_BEGIN, 1)
        _, tail = rest.split(MARK_END, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS.write_text(text)


def sevenzip_native():
    import subprocess
    import time

    times = []
    with tempfile.TemporaryDirectory() as d:
        doc = Path(d) / "a.docx"
        doc.write_bytes(bytes(range(256)) * 24)
        for i in range(RUNS):
            start = time.perf_counter()
            subprocess.run(["7zz", "a", "-t7z", "-mhe=on", "-pk7mq-2xrt-pa9e-vnc4", f"{d}/a{i}.7z", str(doc)],
                           check=True, capture_output=True)
            times.append((time.perf_counter() - start) * 1000)
    return times


def kb(n):
    return f"{n / 1024:.1f} KB"


def main():
    rows = sizes()
    print("| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |")
    for name, raw, gz, br in rows:
        print(f"| {name} | {kb(raw)} | {kb(gz)} | {kb(br)} |")
    for page in PAGES:
        raw, gz, br = first_load(rows, page)
        print(f"| **first load of {page}** | **{kb(raw)}** | **{kb(gz)}** | **{kb(br)}** |")
    tti, encrypt = timings()
    print()
    for page in PAGES:
        t = tti[page]
        print(f"Time to interactive of {page} (cold, localhost, {RUNS} runs): median "
              f"{statistics.median(t):.0f} ms (min {min(t):.0f}, max {max(t):.0f})")
    for key, label in [("7z-key", "7z key derivation (WebCrypto SHA-256, 2^19 rounds)"),
                       ("7z", "Encrypt and download, .7z"), ("zip", "Encrypt and download, .zip"),
                       ("docx", "Encrypt and download, Word with password (100,000 × SHA-512)")]:
        t = encrypt[key]
        print(f"{label} ({RUNS} runs): median {statistics.median(t):.1f} ms (min {min(t):.1f}, max {max(t):.1f})")
    print(f"7-Zip itself, `7zz a -t7z -mhe=on -p…` of a 6 KB document ({RUNS} runs): median "
          f"{statistics.median(sevenzip_native()):.1f} ms")
    print()
    section = throttled_report(throttled(), rows)
    print(section)
    if "--no-write" not in sys.argv[1:]:
        write_benchmarks(section)
        print(f"(written into {BENCHMARKS.name})")


if __name__ == "__main__":
    main()
