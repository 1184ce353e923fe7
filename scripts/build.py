#!/usr/bin/env python3
"""Builds dist/: every page of Toeleiding with Trunk, then makes the result safe to publish.

Each part of the app is its own page with its own WebAssembly (so a page's first load carries
only its part): `index.html` ("Verwijzing maken"), `openen.html` ("Verwijzing openen") and
`ksz.html` ("KSZ lezen").
Trunk builds each page into target/pages/<page>/; this script then (standard library only):
- replaces Trunk's inline loader with an external `boot-<hash>.js` (with Subresource Integrity),
  so the Content Security Policy needs no 'unsafe-inline', and makes asset paths relative;
- adds the strict CSP and a build fingerprint (<meta name="toeleiding-build">) to every page;
- writes `sw.js`, a service worker that caches only the app's own static files (all pages);
- writes one self-contained file per page (CSS, JS and base64 wasm inline, pinned by hash in its
  CSP, `connect-src 'none'`) that works when opened from disk: `toeleiding.html` and
  `toeleiding-<page>.html`, each with its `.sha256`; their links point at each other;
- writes `<file>.gz` (gzip made by Zopfli, 15 iterations; gzip -9 without it) and `<file>.br`
  (brotli, quality 11) beside every served asset,
  for a web server that sends precompressed files (`scripts/serve.py`, nginx `gzip_static`, Caddy
  `precompressed`, ...). Integrity hashes and the CSP are over the uncompressed bytes, as the
  browser checks them after decoding. Brotli and Zopfli need the PyPI packages `brotli` and
  `zopfli` (`make build` runs this script with `.venv/bin/python`, which
  `scripts/setup-build.sh` provides); under a Python without them, the build writes only `.gz`
  files, with gzip -9, and says so.

Usage: scripts/build.py [--release]   (make build runs it with --release)
"""

import base64
import gzip
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
PAGES_DIR = ROOT / "target" / "pages"

# (source page, binary, single offline file)
PAGES = [
    ("index.html", "toeleiding", "toeleiding.html"),
    ("openen.html", "openen", "toeleiding-openen.html"),
    ("ksz.html", "ksz", "toeleiding-ksz.html"),
]

# The password word lists (src/password/vocabulary.rs): sections in this order, each after a
# `#! <name>` line, raw deflate. Fetched by the referral page only when the worker chooses an
# agreed password; embedded as a base64 data block in its single offline file.
LISTS_DIR = ROOT / "src" / "password" / "lists"
# The sections, listed once in lists/vocabulary.txt (also read by build.rs and vocabulary.rs).
VOCABULARY = [line for line in (LISTS_DIR / "vocabulary.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
LISTS_FILE = "password-lists.deflate"
LISTS_ELEMENT = "toeleiding-woordenlijsten"
# The KSZ knowledge's longer texts (the guide, the frame, the practice dossiers): written by
# build/knowledge.rs into the wasm build's OUT_DIR, fetched by "KSZ lezen" when such a tab
# opens, embedded as a text data block in its single offline file. The page checks the file
# against the hash it was built with (src/ksz/notes.rs).
NOTES_FILE = "ksz-notes.txt"
NOTES_ELEMENT = "toeleiding-leeswijzer"
# The information sheet's languages besides Dutch (src/ui/messages/sheet/*.txt, joined by
# build/languages.rs into the wasm build's OUT_DIR): fetched by the referral page when the worker
# first chooses the parents' language (one file for all, so the request does not say which),
# embedded as a text data block in its single offline file. Checked against the build's hash
# (src/languages/mod.rs).
LANGUAGES_FILE = "sheet-languages.txt"
LANGUAGES_ELEMENT = "toeleiding-talen"

# The KSZ readers as a wasm module of their own (reader/, src/ui/ksz/reader.rs): "KSZ lezen" loads
# it after its first screen, so its first load carries none of the readers. Built with cargo as a
# cdylib; wasm-metadce keeps only its own exports (Rust exports every `#[no_mangle]` symbol of
# every linked crate, wasm-bindgen's too), wasm-opt replaces the wasm-bindgen imports that only
# its function table still names (never called) and optimises; the custom sections go (about
# 200 KB of wasm-bindgen's). The result must import nothing and export exactly READER_EXPORTS.
# Served as ksz-lezer-<hash>.wasm, named with its integrity in the page's <meta>; embedded as a
# base64 data block in the single offline file.
READER_ELEMENT = "toeleiding-lezer"
READER_EXPORTS = ["memory", "reader_input", "reader_parse", "reader_answer", "reader_output",
                  "reader_output_len", "reader_wipe"]
# The features rustc's wasm32 target uses (as for the pages' wasm-opt, which Trunk runs).
WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
                 "--enable-mutable-globals"]


def leb128(data: bytes, at: int) -> tuple[int, int]:
    """An unsigned LEB128 number at `at`: (value, position after it)."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def wasm_sections(data: bytes):
    """(id, start, payload start, end) of each section of a wasm binary."""
    if data[:8] != b"\0asm\x01\0\0\0":
        sys.exit("build: the reader module is not a wasm binary")
    at = 8
    while at < len(data):
        size, payload = leb128(data, at + 1)
        yield data[at], at, payload, payload + size
        at = payload + size


def without_custom_sections(data: bytes) -> bytes:
    return data[:8] + b"".join(data[start:end] for sid, start, _, end in wasm_sections(data) if sid != 0)


def wasm_interface(data: bytes) -> tuple[int, list[str]]:
    """How many imports a wasm binary has, and the names of its exports."""
    imports, exports = 0, []
    for sid, _, payload, _ in wasm_sections(data):
        if sid == 2:
            imports, _ = leb128(data, payload)
        elif sid == 7:
            count, at = leb128(data, payload)
            for _ in range(count):
                length, at = leb128(data, at)
                exports.append(data[at:at + length].decode())
                at += length + 1  # the kind
                _, at = leb128(data, at)  # the index
    return imports, exports


def reader_module(release: bool) -> bytes:
    cmd = ["cargo", "build", "--target", "wasm32-unknown-unknown", "-p", "toeleiding-reader"]
    if release:
        cmd.append("--release")
    print("build:", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)
    profile = "release" if release else "debug"
    built = ROOT / "target" / "wasm32-unknown-unknown" / profile / "toeleiding_reader.wasm"
    with tempfile.TemporaryDirectory() as tmp:
        graph, dce, opt = Path(tmp) / "graph.json", Path(tmp) / "dce.wasm", Path(tmp) / "opt.wasm"
        graph.write_text(json.dumps([{"name": e, "root": True, "export": e} for e in READER_EXPORTS]))
        subprocess.run(["wasm-metadce", *WASM_FEATURES, "-f", str(graph), str(built), "-o", str(dce)],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["wasm-opt", *WASM_FEATURES, "--remove-imports", "-Oz", "--strip-debug",
                        "--strip-producers", str(dce), "-o", str(opt)], check=True)
        data = without_custom_sections(opt.read_bytes())
    imports, exports = wasm_interface(data)
    if imports or sorted(exports) != sorted(READER_EXPORTS):
        sys.exit(f"build: the reader module imports {imports} and exports {exports}; "
                 f"expected no imports and {READER_EXPORTS}")
    return data


def out_file(release: bool, name: str) -> bytes:
    """A file the build script wrote for the wasm build just made (the newest of its OUT_DIRs)."""
    profile = "release" if release else "debug"
    found = sorted(
        (ROOT / "target" / "wasm32-unknown-unknown" / profile / "build").glob(f"toeleiding-*/out/{name}"),
        key=lambda p: p.stat().st_mtime,
    )
    if not found:
        sys.exit(f"build: {name} is missing: the wasm build did not run build/main.rs")
    data = found[-1].read_bytes()
    assert b"</" not in data, f"{name} holds '</': it cannot go into a script data block"
    return data


def ksz_notes(release: bool) -> bytes:
    """The KSZ notes file of the wasm build just made."""
    return out_file(release, "ksz_notes.txt")


def sheet_languages(release: bool) -> bytes:
    """The information sheet's languages of the wasm build just made."""
    return out_file(release, "sheet_languages.txt")


def vocabulary_blob() -> bytes:
    text = ""
    for name in VOCABULARY:
        part = (LISTS_DIR / name).read_text()
        text += f"#! {name}\n" + part + ("" if part.endswith("\n") else "\n")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(text.encode()) + compressor.flush()


# Served files that get precompressed copies (not the single offline files, which are opened from
# disk, nor the word lists, which are deflated already).
COMPRESSED_SUFFIXES = {".html", ".js", ".css", ".wasm", ".txt"}


def precompress(dist: Path) -> list[str]:
    """Writes `.gz` and (when the `brotli` module is there) `.br` beside each served asset.

    Returns the encodings written."""
    try:
        import brotli
    except ImportError:
        brotli = None
        print("build: the Python module `brotli` is missing: writing .gz copies only "
              "(run `make build`, which installs it into .venv)", flush=True)
    try:
        import zopfli.gzip as zopfli_gzip
    except ImportError:
        zopfli_gzip = None
        print("build: the Python module `zopfli` is missing: writing .gz copies with gzip -9 "
              "(run `make build`, which installs it into .venv)", flush=True)
    singles = {single for _, _, single in PAGES}
    for path in sorted(dist.iterdir()):
        if path.suffix not in COMPRESSED_SUFFIXES or path.name in singles:
            continue
        data = path.read_bytes()
        # Zopfli writes standard gzip about 5 % smaller than gzip -9 (BENCHMARKS.md, issue 20);
        # both with mtime 0: the same input gives the same .gz, build after build.
        if zopfli_gzip is not None:
            packed = zopfli_gzip.compress(data, numiterations=15)
        else:
            packed = gzip.compress(data, 9, mtime=0)
        (dist / f"{path.name}.gz").write_bytes(packed)
        if brotli is not None:
            (dist / f"{path.name}.br").write_bytes(brotli.compress(data, quality=11))
    return ["gzip", "br"] if brotli is not None else ["gzip"]


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


def one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        sys.exit(f"build: expected one {pattern} in {folder}, found {found}")
    return found[0]


def trunk(page: str, release: bool) -> Path:
    out = PAGES_DIR / Path(page).stem
    cmd = ["trunk", "build", page, "--dist", str(out)]
    if release:
        cmd.append("--release")
    print("build:", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)
    return out


class Built:
    """One page as Trunk wrote it."""

    def __init__(self, page: str, binary: str, single: str, folder: Path):
        self.page, self.binary, self.single = page, binary, single
        self.html = (folder / "index.html").read_text()
        self.js = one(folder, f"{binary}-*.js")
        self.wasm = one(folder, f"{binary}-*_bg.wasm")
        self.css = one(folder, "style-*.css")


def boot_script(b: Built) -> bytes:
    return (
        "// Starts Toeleiding: loads the WebAssembly (integrity-checked) and, over http(s), the\n"
        "// service worker that keeps the app's own files for offline use.\n"
        "// The wasm is asked for first, before its glue module is imported (the page preloads the\n"
        "// glue with its integrity), so that its download starts as early as the boot script runs.\n"
        f"const wasm = fetch('./{b.wasm.name}', {{ integrity: '{sri(b.wasm.read_bytes())}' }});\n"
        f"const {{ default: init }} = await import('./{b.js.name}');\n"
        "await init({ module_or_path: wasm });\n"
        "performance.mark('toeleiding-interactive');\n"
        "if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {\n"
        "  // update() checks for a new version on every start, not only when the browser decides to.\n"
        "  navigator.serviceWorker.register('./sw.js', { scope: './' }).then((r) => r.update()).catch(() => {});\n"
        "}\n"
    ).encode()


def served_page(b: Built, build_meta: str, boot_name: str, boot_bytes: bytes,
                reader: tuple[str, bytes] | None = None) -> str:
    html, n = re.subn(r'<script type="module">.*?</script>\s*', "", b.html, flags=re.S)
    if n != 1:
        sys.exit(f"build: Trunk's inline loader script not found in {b.page}")
    # Trunk's wasm preload carries an integrity attribute, which Chrome ignores on `preload
    # as=fetch` (and says so in the console). Ours has none and goes first in the head, so the
    # download starts as the HTML is read, 60-90 ms before the boot script runs (BENCHMARKS.md);
    # boot.js's fetch takes the preloaded response and checks its integrity (a wasm that does
    # not match is refused, preloaded or not: tests/py/test_serve.py).
    html, n = re.subn(r'<link rel="preload" href="/[^"]*_bg\.wasm"[^>]*>', "", html)
    if n != 1:
        sys.exit(f"build: Trunk's wasm preload link not found in {b.page}")
    html = html.replace('href="/', 'href="./')
    preload = f'<link rel="preload" href="./{b.wasm.name}" as="fetch" crossorigin="anonymous">\n  '
    html, n = re.subn(r"<title>", preload + "<title>", html, count=1)
    if n != 1:
        sys.exit(f"build: no <title> in {b.page}")
    head = f'<meta http-equiv="Content-Security-Policy" content="{CSP_SERVED}">\n  {build_meta}\n  '
    if reader:
        head += f'<meta name="{READER_ELEMENT}" content="./{reader[0]} {sri(reader[1])}">\n  '
    html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + head, 1)
    script = (
        f'<script type="module" src="./{boot_name}" integrity="{sri(boot_bytes)}" '
        'crossorigin="anonymous"></script>\n'
    )
    return html.replace("</head>", script + "</head>", 1)


def single_page(b: Built, build_meta: str, served_html: str, lists: bytes | None,
                notes: bytes | None = None, languages: bytes | None = None,
                reader: bytes | None = None) -> str:
    loader = (
        b.js.read_text()
        + "\n// Toeleiding single-file loader: the wasm is embedded below (base64).\n"
        + f"const TOELEIDING_WASM = '{base64.b64encode(b.wasm.read_bytes()).decode()}';\n"
        # The browser's own base64 decoder where it has one (Chrome and Edge 140, Firefox 133,
        # Safari 18.2), else a plain loop: Uint8Array.from with a function over atob's string,
        # as before, took 150-200 ms at 4x CPU (BENCHMARKS.md, issue 20).
        + "const wasmBytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(TOELEIDING_WASM) : (() => {\n"
        + "  const text = atob(TOELEIDING_WASM);\n"
        + "  const bytes = new Uint8Array(text.length);\n"
        + "  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n"
        + "  return bytes;\n"
        + "})();\n"
        + "await __wbg_init({ module_or_path: wasmBytes });\n"
        + "performance.mark('toeleiding-interactive');\n"
    )
    style = b.css.read_text()
    csp_single = (
        f"default-src 'none'; script-src {csp_hash(loader)} 'wasm-unsafe-eval'; "
        f"style-src {csp_hash(style)}; img-src data: blob:; connect-src 'none'; "
        "form-action 'none'; base-uri 'none'"
    )
    title = re.search(r"<title>(.*?)</title>", served_html, flags=re.S).group(1)
    body = re.search(r"<body>(.*)</body>", served_html, flags=re.S).group(1)
    return (
        '<!doctype html>\n<html lang="nl-BE">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp_single}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="toeleiding-single" content="">\n'
        '<link rel="icon" href="data:,">\n'
        f"{build_meta}\n<title>{title}</title>\n"
        f"<style>{style}</style>\n"
        f'<script type="module">{loader}</script>\n'
        + binary_block(LISTS_ELEMENT, lists)
        + text_block(NOTES_ELEMENT, notes)
        + text_block(LANGUAGES_ELEMENT, languages)
        + binary_block(READER_ELEMENT, reader)
        + f"</head>\n<body>{body}</body>\n</html>\n"
    )


def binary_block(element: str, data: bytes | None) -> str:
    """A data block of the single file (base64, read by `browser::embedded_bytes`), or nothing."""
    if not data:
        return ""
    return f'<script type="application/octet-stream" id="{element}">{base64.b64encode(data).decode()}</script>\n'


def text_block(element: str, data: bytes | None) -> str:
    """A data block of the single file (UTF-8 text, read by `browser::own_text`), or nothing."""
    if not data:
        return ""
    return f'<script type="text/plain" id="{element}">{data.decode()}</script>\n'


def service_worker(fingerprint: str, files: list[str]) -> str:
    return (
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


def main() -> None:
    release = "--release" in sys.argv[1:]
    version = VERSION_RE.search((ROOT / "Cargo.toml").read_text()).group(1)
    built = [Built(page, binary, single, trunk(page, release)) for page, binary, single in PAGES]
    digest = hashlib.sha256()
    for b in built:
        for f in (b.js, b.wasm, b.css):
            digest.update(f.read_bytes())
    lists = vocabulary_blob()
    digest.update(lists)
    notes = ksz_notes(release)
    digest.update(notes)
    languages = sheet_languages(release)
    digest.update(languages)
    reader = reader_module(release)
    digest.update(reader)
    reader_name = f"ksz-lezer-{hashlib.sha256(reader).hexdigest()[:16]}.wasm"
    fingerprint = digest.hexdigest()[:12]
    build_meta = f'<meta name="toeleiding-build" content="{version} {fingerprint}">'

    if DIST.exists():
        shutil.rmtree(DIST)
    DIST.mkdir()
    files = ["./"]
    for b in built:
        boot_bytes = boot_script(b)
        boot_name = f"boot-{hashlib.sha256(boot_bytes).hexdigest()[:16]}.js"
        (DIST / boot_name).write_bytes(boot_bytes)
        for f in (b.js, b.wasm, b.css):
            shutil.copy2(f, DIST / f.name)
        ksz = b.binary == "ksz"
        html = served_page(b, build_meta, boot_name, boot_bytes, (reader_name, reader) if ksz else None)
        (DIST / b.page).write_text(html)
        single = DIST / b.single
        refer = b.binary == "toeleiding"
        single.write_text(single_page(b, build_meta, html, lists if refer else None,
                                      notes if ksz else None,
                                      languages if refer else None,
                                      reader if ksz else None))
        sha = hashlib.sha256(single.read_bytes()).hexdigest()
        (DIST / f"{b.single}.sha256").write_text(f"{sha}  {b.single}\n")
        files += [f"./{b.page}", f"./{b.css.name}", f"./{b.js.name}", f"./{b.wasm.name}", f"./{boot_name}"]
        print(f"build: {b.page} + {b.single} (sha256 {sha[:16]}…)")
    (DIST / LISTS_FILE).write_bytes(lists)
    files.append(f"./{LISTS_FILE}")
    (DIST / NOTES_FILE).write_bytes(notes)
    files.append(f"./{NOTES_FILE}")
    (DIST / LANGUAGES_FILE).write_bytes(languages)
    files.append(f"./{LANGUAGES_FILE}")
    (DIST / reader_name).write_bytes(reader)
    files.append(f"./{reader_name}")
    unique = list(dict.fromkeys(files))
    (DIST / "sw.js").write_text(service_worker(fingerprint, unique))
    encodings = precompress(DIST)
    print(f"build: Toeleiding {version}, build {fingerprint}, into {DIST} (precompressed: {', '.join(encodings)})")


if __name__ == "__main__":
    main()
