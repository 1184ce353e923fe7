#!/usr/bin/env python3
"""`make bench`: measures what a user waits for and downloads. Prints a Markdown report.

- size of every asset in dist/ (raw, gzip -9, brotli -q 11) and the first-load total;
- time to interactive in headless Chromium: from navigation start to the `toeleiding-interactive`
  mark (set when the wasm app has started), cold (fresh profile each run), localhost, median;
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


def first_load(rows):
    picked = [r for r in rows if r[0] != "toeleiding.html" and not r[0].endswith(".sha256")]
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
    tti, encrypt = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        for _ in range(RUNS):
            context = browser.new_context(accept_downloads=True)  # fresh profile: cold cache
            page = context.new_page()
            page.goto(url)
            page.wait_for_function("() => performance.getEntriesByName('toeleiding-interactive').length > 0")
            tti.append(page.evaluate("performance.getEntriesByName('toeleiding-interactive')[0].startTime"))
            to_download_step(page)
            with page.expect_download():
                page.get_by_role("button", name="Versleutel en download").click()
            encrypt.append(page.evaluate("performance.getEntriesByName('versleutel').at(-1).duration"))
            context.close()
        browser.close()
    server.shutdown()
    return tti, encrypt


def kb(n):
    return f"{n / 1024:.1f} KB"


def main():
    rows = sizes()
    print("| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |")
    for name, raw, gz, br in rows:
        print(f"| {name} | {kb(raw)} | {kb(gz)} | {kb(br)} |")
    raw, gz, br = first_load(rows)
    print(f"| **first load (served)** | **{kb(raw)}** | **{kb(gz)}** | **{kb(br)}** |")
    tti, encrypt = timings()
    print()
    print(f"Time to interactive (cold, localhost, {RUNS} runs): median {statistics.median(tti):.0f} ms "
          f"(min {min(tti):.0f}, max {max(tti):.0f})")
    print(f"Encrypt and download ({RUNS} runs): median {statistics.median(encrypt):.1f} ms "
          f"(min {min(encrypt):.1f}, max {max(encrypt):.1f})")


if __name__ == "__main__":
    main()
