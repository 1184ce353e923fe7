"""`make serve` sends the precompressed copies that the build writes, with the right headers.

Starts `scripts/serve.py` itself (as `make serve` does) on a free loopback port over dist/ and
asks for every served asset with `Accept-Encoding: br`, `gzip` and none: the body must decode to
exactly the file's bytes, with `Content-Encoding`, `Vary`, `Content-Type` (`application/wasm`
for the WebAssembly) and `Content-Length` right. Then headless Chromium loads each page over it:
the wasm arrives brotli-compressed as `application/wasm` (once: the page's early preload and the
boot script's checked fetch are one download), its integrity check passes and the page starts; a
wasm that does not match its integrity is refused although the page preloaded it. Each page's
answer carries a `Link` header naming exactly what its head preloads (so the download starts with
the answer), and nothing else carries one.
"""

import gzip
import http.client
import re
import shutil
import subprocess
import sys
import threading

import contextlib

import brotli
import pytest

from conftest import DIST, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402

SINGLE_FILES = {"toeleiding.html", "toeleiding-openen.html", "toeleiding-ksz.html"}
TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".txt": "text/plain",
}


def served_assets():
    """Every file in dist/ that a served page may load (not the single offline files)."""
    assert (DIST / "index.html").exists(), "dist/ is missing: run `make build` first"
    return sorted(
        p.name for p in DIST.iterdir() if p.suffix in TYPES and p.name not in SINGLE_FILES
    )


@pytest.fixture(scope="module")
def server():
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert port, f"serve.py did not say where it listens: {line!r}"
        yield int(port.group(1))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def get(port, path, accept_encoding=None, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {} if accept_encoding is None else {"Accept-Encoding": accept_encoding}
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def test_the_build_wrote_brotli_and_gzip_beside_every_served_asset():
    names = served_assets()
    kinds = {n.rsplit(".", 1)[1] for n in names}
    assert {"wasm", "js", "css", "html", "txt"} <= kinds, names
    for name in names:
        data = (DIST / name).read_bytes()
        assert brotli.decompress((DIST / f"{name}.br").read_bytes()) == data, name
        assert gzip.decompress((DIST / f"{name}.gz").read_bytes()) == data, name


@pytest.mark.parametrize("name", served_assets())
def test_brotli_gzip_and_plain_answers_decode_to_the_file(server, name):
    data = (DIST / name).read_bytes()
    content_type = TYPES["." + name.rsplit(".", 1)[1]]
    for accept, coding, decode in [
        ("gzip, deflate, br, zstd", "br", brotli.decompress),  # what Chromium sends
        ("br", "br", brotli.decompress),
        ("gzip", "gzip", gzip.decompress),
        ("br;q=0, gzip;q=0.5", "gzip", gzip.decompress),
        (None, None, None),
        ("identity", None, None),
        ("br;q=0, gzip;q=0", None, None),
    ]:
        response, body = get(server, f"/{name}", accept)
        assert response.status == 200, (name, accept)
        assert response.getheader("Content-Encoding") == coding, (name, accept)
        assert response.getheader("Content-Type") == content_type, (name, accept)
        assert response.getheader("Vary") == "Accept-Encoding", (name, accept)
        assert response.getheader("Cache-Control") == "no-cache", (name, accept)
        assert int(response.getheader("Content-Length")) == len(body), (name, accept)
        assert (decode(body) if decode else body) == data, (name, accept)
        if coding:
            assert len(body) < len(data), f"{name}: the {coding} copy is not smaller"


def test_the_folder_answers_with_the_compressed_referral_page_and_head_sends_no_body(server):
    response, body = get(server, "/", "br")
    assert response.getheader("Content-Encoding") == "br"
    assert response.getheader("Content-Type") == "text/html"
    assert brotli.decompress(body) == (DIST / "index.html").read_bytes()
    wasm = next(n for n in served_assets() if n.endswith(".wasm"))
    response, body = get(server, f"/{wasm}", "br", method="HEAD")
    assert response.status == 200 and body == b""
    assert response.getheader("Content-Type") == "application/wasm"
    assert int(response.getheader("Content-Length")) == (DIST / f"{wasm}.br").stat().st_size


def test_files_without_a_compressed_copy_are_sent_as_they_are(server):
    # The word lists are deflated already; the single offline files are for file://.
    for name in ["password-lists.deflate", "toeleiding.html"]:
        assert not (DIST / f"{name}.br").exists()
        response, body = get(server, f"/{name}", "br, gzip")
        assert response.status == 200
        assert response.getheader("Content-Encoding") is None
        assert response.getheader("Vary") is None
        assert body == (DIST / name).read_bytes()
    response, _ = get(server, "/nothing-here.wasm", "br")
    assert response.status == 404


def test_each_page_answers_with_a_link_header_naming_the_wasm_its_head_preloads(server):
    printed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--links"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    for name, path in [("index.html", "/"), ("index.html", "/index.html"),
                       ("openen.html", "/openen.html"), ("ksz.html", "/ksz.html")]:
        html = (DIST / name).read_text()
        preloads = re.findall(r'<link rel="preload" href="\./([^"]+)"', html)
        wasm = re.search(r"fetch\('\./([^']+_bg\.wasm)'", (DIST / boot_script(html)).read_text())
        assert preloads == [wasm.group(1)], (name, preloads)  # the one the boot script fetches
        expected = f"<./{preloads[0]}>; rel=preload; as=fetch; crossorigin=anonymous"
        for accept, method in [("br", "GET"), ("gzip", "GET"), (None, "GET"), ("br", "HEAD")]:
            response, _ = get(server, path, accept, method)
            assert response.status == 200
            assert response.getheader("Link") == expected, (path, accept, method)
        assert f"{name}: Link: {expected}" in printed, printed
    assert len(printed) == 3, printed
    others = ["toeleiding.html", "nothing-here.html"] + [
        next(n for n in served_assets() if n.endswith(suffix)) for suffix in [".wasm", ".js", ".css", ".txt"]
    ]
    for name in others:
        response, _ = get(server, f"/{name}", "br")
        assert response.getheader("Link") is None, name
    assert serve.preload_links(DIST / "toeleiding.html") is None  # the single file preloads nothing


def boot_script(html):
    return re.search(r'<script type="module" src="\./([^"]+)"', html).group(1)


def test_chromium_takes_the_brotli_wasm_checks_its_integrity_and_starts_every_page(server, browser):
    """A real browser over `make serve`: the wasm comes brotli-compressed as application/wasm,
    the integrity check (over the decoded bytes) passes, and each page starts."""
    for name in ["index.html", "openen.html", "ksz.html"]:
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        errors, wasm = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("response", lambda r: wasm.append(r) if r.url.endswith("_bg.wasm") else None)
        page.goto(f"http://127.0.0.1:{server}/{name}")
        page.wait_for_function("() => performance.getEntriesByName('toeleiding-interactive').length > 0")
        assert page.locator("h1").first.is_visible(), name
        assert len(wasm) == 1, name
        headers = wasm[0].all_headers()
        assert headers["content-encoding"] == "br", (name, headers)
        assert headers["content-type"] == "application/wasm", (name, headers)
        assert len(wasm[0].body()) == (DIST / wasm[0].url.rsplit("/", 1)[1]).stat().st_size, name
        context.close()
        assert not errors, (name, errors)


def change_one_bit(path):
    """Flips the last bit of a served file and removes its compressed copies (so the changed
    file is what the server sends)."""
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    for copy in (path.with_name(path.name + ".br"), path.with_name(path.name + ".gz")):
        copy.unlink()


@contextlib.contextmanager
def served_copy(tmp_path):
    """A copy of dist/ (to change) served by `scripts/serve.py` on a free port: (folder, url)."""
    site = tmp_path / "dist"
    shutil.copytree(DIST, site)
    httpd = serve.server(site, 0, quiet=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield site, f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


def test_a_preloaded_wasm_that_does_not_match_its_integrity_is_refused(browser, tmp_path):
    """The preload carries no integrity (Chrome ignores it there): the boot script's fetch checks
    the bytes, so a changed wasm never starts, preloaded or not."""
    with served_copy(tmp_path) as (site, url):
        for wasm in site.glob("toeleiding-*_bg.wasm"):
            change_one_bit(wasm)
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        wasm = []
        page.on("request", lambda r: wasm.append(r.url) if r.url.endswith("_bg.wasm") else None)
        refused = lambda m: m.type == "error" and "integrity" in m.text  # noqa: E731
        with page.expect_console_message(refused, timeout=30_000):
            page.goto(url + "index.html")
        assert len(wasm) == 1, wasm
        assert page.evaluate("performance.getEntriesByName('toeleiding-interactive').length") == 0
        assert page.get_by_role("heading", level=1).count() == 0, "the page started"
        context.close()


def test_ksz_lezen_loads_its_reader_after_the_first_screen_and_refuses_a_changed_one(browser, tmp_path):
    """KSZ lezen's readers are a wasm module of their own, fetched after the first screen with the
    integrity its page names: the unchanged module reads an answer; a changed one is refused by
    the browser, and the page says in Dutch what to do, keeps what it had, and reads nothing."""
    answer = ROOT / "tests" / "fixtures" / "ksz" / "tx25_v2_fr.xml"
    with served_copy(tmp_path) as (site, base):
        url = base + "ksz.html"
        for changed in (False, True):
            if changed:
                for module in site.glob("ksz-lezer-*.wasm"):
                    change_one_bit(module)
            context = browser.new_context(service_workers="block", locale="nl-BE")
            page = context.new_page()
            fetched, console, errors = [], [], []
            page.on("request", lambda r: fetched.append(r.url) if "ksz-lezer-" in r.url else None)
            page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.wait_for_function("() => performance.getEntriesByName('toeleiding-interactive').length > 0")
            page.get_by_label("Kies een of meer bestanden").set_input_files(str(answer))
            status = page.locator(".ksz-import [role=status]")
            if changed:
                page.get_by_role("alert").filter(has_text="het leesdeel van de pagina laadde niet").wait_for()
                status.filter(has_text="1 bestand niet ingelezen.").wait_for()
                assert any("integrity" in m for m in console), console
                assert page.get_by_role("heading", name=re.compile(r"^Bestand 1")).count() == 0
                # Loading is tried again for the next file (and refused again).
                page.get_by_label("Kies een of meer bestanden").set_input_files(str(answer))
                page.wait_for_function("() => performance.getEntriesByType('resource')"
                                       ".filter((e) => e.name.includes('ksz-lezer-')).length >= 2")
            else:
                status.filter(has_text="1 bestand ingelezen.").wait_for()
                page.get_by_role("heading", name=re.compile(r"^Bestand 1: RetrieveTIGroups")).wait_for()
                assert len(fetched) == 1 and "?" not in fetched[0], fetched
                assert console == [], console
            # A module that failed to load is no unhandled error of the page.
            assert errors == [] and not [m for m in console if "Uncaught" in m], (errors, console)
            context.close()
