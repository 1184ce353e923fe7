"""Shared fixtures: the built app served on loopback, headless Chromium, 7-Zip and docx helpers.

Nothing here skips: a missing browser, 7-Zip or LibreOffice makes the tests fail.
"""

import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import docx
import pytest
from playwright.sync_api import sync_playwright

# What tests read from ../shared (counts), printed at the end of every run, so CI shows it.
READ_REPORTS = []


def report_read(line):
    """Records a line such as "read 15 real templates from …" for the end-of-run summary."""
    READ_REPORTS.append(line)


def pytest_terminal_summary(terminalreporter):
    if READ_REPORTS:
        terminalreporter.section("read from ../shared")
        for line in READ_REPORTS:
            terminalreporter.write_line(line)

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is not installed: run `make test`, which installs it"
    return path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
    }

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


@pytest.fixture(scope="session")
def app_url():
    """Serves dist/ (built by `make build`) on a free loopback port."""
    assert (DIST / "index.html").exists(), "dist/ is missing: run `make build` first"
    handler = functools.partial(QuietHandler, directory=str(DIST))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    assert os.path.exists(CHROMIUM), "chromium is not installed: run `make test`"
    with sync_playwright() as p:
        # launch() gives every context a fresh, temporary profile (a new --user-data-dir).
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, app_url):
    context = browser.new_context(accept_downloads=True, locale="nl-BE")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(app_url)
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture()
def workdir():
    with tempfile.TemporaryDirectory(prefix="toeleiding-test-") as d:
        yield Path(d)


def sevenzip(*args, cwd):
    return subprocess.run([require("7zz"), *args], cwd=cwd, capture_output=True, text=True)


def extract(archive: Path, password: str, out: Path) -> list[Path]:
    """Extracts with real 7-Zip; fails the test if 7-Zip refuses."""
    r = sevenzip("x", f"-p{password}", f"-o{out}", "-y", str(archive), cwd=archive.parent)
    assert r.returncode == 0, r.stdout + r.stderr
    return sorted(out.iterdir())


def docx_cells(path: Path) -> list[str]:
    """Every table cell's text, read with python-docx (an independent reader)."""
    d = docx.Document(str(path))
    return [cell.text for table in d.tables for row in table.rows for cell in row.cells]


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    return "\n".join(p.text for p in d.paragraphs)
