#!/usr/bin/env python3
"""Serves dist/ on http://127.0.0.1:8080 (make serve). Loopback only; no caching headers, so a
rebuilt dist/ is picked up on reload.

Sends the precompressed copy that `scripts/build.py` wrote beside a file (`<file>.br`, else
`<file>.gz`) with `Content-Encoding` when the request's `Accept-Encoding` accepts it, and
`Vary: Accept-Encoding` on every file that has such a copy; the `Content-Type` is the original
file's (`application/wasm` for the WebAssembly, so the browser compiles it while it streams in).

A page is answered with a `Link` header that names what the page itself preloads (its wasm): the
browser starts that download while it sets up the page, before its parser reads the
`<link rel="preload">` in the head (with the slow profile of BENCHMARKS.md, 13-43 ms sooner).
`serve.py --links` prints those headers, for a server of one's own (README).

Standard library only: `make serve` runs it with any Python 3.
"""

import email.utils
import functools
import http.server
import os
import re
import sys
from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist"

# Preferred first: brotli is smaller than gzip for every file we serve.
ENCODINGS = [("br", ".br"), ("gzip", ".gz")]


# The preload tag `scripts/build.py` writes in a served page's head (tests/py/test_serve.py checks
# that every page has one).
PRELOAD = re.compile(r'<link rel="preload" href="\./([^"]+)" as="fetch" crossorigin="anonymous">')


def preload_links(page: Path) -> str | None:
    """The `Link` header for a page: what its head preloads, or None (not a page, or nothing)."""
    if page.suffix != ".html":
        return None
    head = page.read_text(encoding="utf-8", errors="replace").partition("</head>")[0]
    links = [f"<./{href}>; rel=preload; as=fetch; crossorigin=anonymous" for href in PRELOAD.findall(head)]
    return ", ".join(links) or None


def accepted(header: str | None) -> set[str]:
    """The content codings an `Accept-Encoding` header accepts (q > 0), lowercased; `*` stands
    for any coding not named (RFC 9110, 12.5.3)."""
    codings, refused = set(), set()
    for part in (header or "").split(","):
        name, *params = [p.strip() for p in part.split(";")]
        if not name:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        (codings if q > 0 else refused).add(name.lower())
    if "*" in codings:
        codings |= {c for c, _ in ENCODINGS if c not in refused}
    return codings - refused


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        """Like the base class, but answers with a precompressed copy when one fits."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].split("#", 1)[0].endswith("/"):
                return super().send_head()  # the base class redirects to the slash
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        self._links = preload_links(Path(path))
        copies = [(coding, path + suffix) for coding, suffix in ENCODINGS if os.path.isfile(path + suffix)]
        if not copies:
            return super().send_head()
        wanted = accepted(self.headers.get("Accept-Encoding"))
        chosen = next(((coding, copy) for coding, copy in copies if coding in wanted), None)
        if chosen is None:
            self._vary = True
            return super().send_head()
        coding, copy = chosen
        try:
            f = open(copy, "rb")
        except OSError:
            self.send_error(404, "File not found")
            return None
        try:
            fs = os.fstat(f.fileno())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", coding)
            self.send_header("Content-Length", str(fs.st_size))
            self.send_header("Last-Modified", email.utils.formatdate(os.stat(path).st_mtime, usegmt=True))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return f
        except Exception:
            f.close()
            raise

    def send_response(self, code, message=None):
        super().send_response(code, message)
        links, self._links = getattr(self, "_links", None), None
        if links and code == 200:
            self.send_header("Link", links)
        # An uncompressed answer for a file that has compressed copies also varies by encoding.
        if getattr(self, "_vary", False):
            self.send_header("Vary", "Accept-Encoding")
            self._vary = False


class QuietHandler(Handler):
    """The same, without a log line per request (tests, `make bench`)."""

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


def server(directory: Path = DIST, port: int = 8080, quiet: bool = False) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler if quiet else Handler, directory=str(directory))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def main() -> None:
    if sys.argv[1:] == ["--links"]:
        for page in sorted(DIST.glob("*.html")):
            if links := preload_links(page):
                print(f"{page.name}: Link: {links}")
        return
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    httpd = server(DIST, port)
    print(f"Toeleiding: http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl+C stops)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
