#!/usr/bin/env python3
"""`make bench`: measures what a user waits for and downloads. Prints a Markdown report.

- size of every asset in dist/ (raw, gzip -9, brotli -q 11) and each page's first load (the page,
  the files it and its boot script reference, and the service worker);
- time to interactive of each page in headless Chromium: from navigation start to the
  `toeleiding-interactive` mark (set when the wasm app has started), cold (fresh profile each
  run), localhost, median;
- time from the click on "Versleutel en download" to the download being handed to the browser
  (the `versleutel` measure set by the app), median.
"""

import gzip
import statistics
import sys
from pathlib import Path

import brotli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "py"))

from conftest import CHROMIUM, CHROMIUM_FLAGS, DIST, QuietHandler  # noqa: E402
from flow import to_download_step  # noqa: E402

RUNS = 9



def sizes():
    rows = []
    for path in sorted(DIST.iterdir()):
        data = path.read_bytes()
        rows.append((path.name, len(data), len(gzip.compress(data, 9)), len(brotli.compress(data, quality=11))))
    return rows


PAGES = ["index.html", "openen.html", "ksz.html"]


def page_files(page):
    """The files a served page loads: itself, what it references, what its boot script loads."""
    import re

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
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    tti, encrypt = {p: [] for p in PAGES}, {"7z": [], "zip": [], "docx": [], "7z-key": []}
    interactive = "() => performance.getEntriesByName('toeleiding-interactive').length > 0"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        for _ in range(RUNS):
            for name in PAGES:
                context = browser.new_context(accept_downloads=True)  # fresh profile: cold cache
                page = context.new_page()
                page.goto(url + name)
                page.wait_for_function(interactive)
                tti[name].append(page.evaluate("performance.getEntriesByName('toeleiding-interactive')[0].startTime"))
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


def sevenzip_native():
    import subprocess
    import tempfile
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


if __name__ == "__main__":
    main()
