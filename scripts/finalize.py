#!/usr/bin/env python3
"""Trunk post-build hook: makes dist/ safe to publish and adds the single offline file.

What it does in Trunk's staging directory (standard library only):
- replaces Trunk's inline loader with an external `boot-<hash>.js` (with Subresource Integrity),
  so the Content Security Policy needs no 'unsafe-inline';
- adds the strict CSP and a build fingerprint (<meta name="toeleiding-build">) to index.html and
  makes asset paths relative, so dist/ works from any sub-path;
- writes `sw.js`, a service worker that caches only the app's own static files;
- writes `toeleiding.html`: one self-contained page (CSS, JS and base64 wasm inline, pinned by
  hash in its CSP, `connect-src 'none'`) that works when opened from disk, and its `.sha256`.
"""

import base64
import hashlib
import os
import re
import sys
from pathlib import Path

VERSION_RE = re.compile(r'^version\s*=\s*"([^"]+)"', re.M)

CSP_SERVED = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "form-action 'none'; base-uri 'none'"
)


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def one(staging: Path, pattern: str) -> Path:
    found = sorted(staging.glob(pattern))
    if len(found) != 1:
        sys.exit(f"finalize: expected one {pattern} in {staging}, found {found}")
    return found[0]


def main() -> None:
    staging = Path(os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1])
    root = Path(os.environ.get("TRUNK_SOURCE_DIR", Path(__file__).resolve().parent.parent))
    version = VERSION_RE.search((root / "Cargo.toml").read_text()).group(1)

    index = staging / "index.html"
    js = one(staging, "toeleiding-*.js")
    wasm = one(staging, "toeleiding-*_bg.wasm")
    css = one(staging, "style-*.css")
    js_bytes, wasm_bytes, css_bytes = js.read_bytes(), wasm.read_bytes(), css.read_bytes()
    fingerprint = hashlib.sha256(js_bytes + wasm_bytes + css_bytes).hexdigest()[:12]
    build_meta = f'<meta name="toeleiding-build" content="{version} {fingerprint}">'

    # 1. External boot script instead of Trunk's inline loader.
    boot_text = (
        "// Starts Toeleiding: loads the WebAssembly (integrity-checked) and, over http(s), the\n"
        "// service worker that keeps the app's own files for offline use.\n"
        f"import init from './{js.name}';\n"
        f"await init({{ module_or_path: fetch('./{wasm.name}', {{ integrity: '{sri(wasm_bytes)}' }}) }});\n"
        "performance.mark('toeleiding-interactive');\n"
        "if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {\n"
        "  // update() checks for a new version on every start, not only when the browser decides to.\n"
        "  navigator.serviceWorker.register('./sw.js', { scope: './' }).then((r) => r.update()).catch(() => {});\n"
        "}\n"
    )
    boot_bytes = boot_text.encode()
    boot = staging / f"boot-{hashlib.sha256(boot_bytes).hexdigest()[:16]}.js"
    for old in staging.glob("boot-*.js"):
        old.unlink()
    boot.write_bytes(boot_bytes)

    html = index.read_text()
    html, n = re.subn(r'<script type="module">.*?</script>\s*', "", html, flags=re.S)
    if n != 1:
        sys.exit("finalize: Trunk's inline loader script not found in index.html")
    # Chrome ignores SRI on `preload as=fetch` (and says so); boot.js fetches the wasm with
    # integrity instead, so Trunk's wasm preload goes.
    html, n = re.subn(r'<link rel="preload" href="/[^"]*_bg\.wasm"[^>]*>', "", html)
    if n != 1:
        sys.exit("finalize: Trunk's wasm preload link not found in index.html")
    html = html.replace('href="/', 'href="./')
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{CSP_SERVED}">\n  {build_meta}\n  '
    )
    html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + head, 1)
    script = (
        f'<script type="module" src="./{boot.name}" integrity="{sri(boot_bytes)}" '
        'crossorigin="anonymous"></script>\n'
    )
    html = html.replace("</head>", script + "</head>", 1)
    index.write_text(html)

    # 2. Service worker: caches exactly the app's static files of this build.
    files = ["./", "./index.html", f"./{css.name}", f"./{js.name}", f"./{wasm.name}", f"./{boot.name}"]
    (staging / "sw.js").write_text(
        "// Toeleiding service worker: keeps this build's own static files for offline use.\n"
        "// It never stores anything the app generates (downloads are blob: URLs, not fetched).\n"
        f"const CACHE = 'toeleiding-{fingerprint}';\n"
        f"const FILES = {files!r};\n"
        "self.addEventListener('install', (event) => {\n"
        "  // cache: 'reload' bypasses the HTTP cache, so a new worker never stores a stale page.\n"
        "  const requests = FILES.map((f) => new Request(f, { cache: 'reload' }));\n"
        "  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)).then(() => self.skipWaiting()));\n"
        "});\n"
        "self.addEventListener('activate', (event) => {\n"
        "  event.waitUntil(caches.keys()\n"
        "    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('toeleiding-') && k !== CACHE).map((k) => caches.delete(k))))\n"
        "    .then(() => self.clients.claim()));\n"
        "});\n"
        "self.addEventListener('fetch', (event) => {\n"
        "  const request = event.request;\n"
        "  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;\n"
        "  event.respondWith(caches.open(CACHE)\n"
        "    .then((cache) => cache.match(request, { ignoreSearch: true }))\n"
        "    .then((hit) => hit || fetch(request)));\n"
        "});\n"
    )

    # 3. The single self-contained file for a shared drive (file://).
    loader = (
        js_bytes.decode()
        + "\n// Toeleiding single-file loader: the wasm is embedded below (base64).\n"
        + f"const TOELEIDING_WASM = '{base64.b64encode(wasm_bytes).decode()}';\n"
        + "await __wbg_init({ module_or_path: Uint8Array.from(atob(TOELEIDING_WASM), (c) => c.charCodeAt(0)) });\n"
        + "performance.mark('toeleiding-interactive');\n"
    )
    style = css_bytes.decode()
    csp_single = (
        f"default-src 'none'; script-src {csp_hash(loader)} 'wasm-unsafe-eval'; "
        f"style-src {csp_hash(style)}; img-src data: blob:; connect-src 'none'; "
        "form-action 'none'; base-uri 'none'"
    )
    body = re.search(r"<body>(.*)</body>", html, flags=re.S).group(1)
    single = (
        '<!doctype html>\n<html lang="nl-BE">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp_single}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<link rel="icon" href="data:,">\n'
        f"{build_meta}\n<title>Toeleiding naar het OCMW</title>\n"
        f"<style>{style}</style>\n"
        f'<script type="module">{loader}</script>\n'
        f"</head>\n<body>{body}</body>\n</html>\n"
    )
    single_path = staging / "toeleiding.html"
    single_path.write_text(single)
    digest = hashlib.sha256(single_path.read_bytes()).hexdigest()
    (staging / "toeleiding.html.sha256").write_text(f"{digest}  toeleiding.html\n")
    print(f"finalize: build {version} {fingerprint}; toeleiding.html sha256 {digest[:16]}…")


if __name__ == "__main__":
    main()
