"""The published pages keep their Content Security Policy and Subresource Integrity exactly.

Reads dist/ as built (no browser): every directive of every page's CSP must be what we ship, and
every script, stylesheet and the WebAssembly must carry an integrity hash that matches the file.
Loosening a directive, adding a source, or dropping an integrity attribute makes this fail.
"""

import base64
import hashlib
import re

import pytest

from conftest import DIST

SERVED_PAGES = ["index.html", "openen.html", "ksz.html"]
SINGLE_FILES = ["toeleiding.html", "toeleiding-openen.html", "toeleiding-ksz.html"]

SERVED_CSP = {
    "default-src": ["'none'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "form-action": ["'none'"],
    "base-uri": ["'none'"],
}


def csp_of(html: str) -> dict:
    metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert len(metas) == 1, f"expected exactly one CSP meta, found {len(metas)}"
    policy = {}
    for directive in metas[0].split(";"):
        name, *sources = directive.split()
        assert name not in policy, f"directive {name} given twice"
        policy[name] = sources
    return policy


def digest(kind: str, data: bytes) -> str:
    return f"{kind}-" + base64.b64encode(hashlib.new(kind, data).digest()).decode()


@pytest.mark.parametrize("name", SERVED_PAGES)
def test_served_page_csp_is_exactly_the_strict_policy(name):
    html = (DIST / name).read_text()
    assert csp_of(html) == SERVED_CSP
    assert "'unsafe-inline'" not in html and "'unsafe-eval'" not in html
    # No inline script or style at all.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script in a served page"
    assert "<style" not in html and " style=" not in html


@pytest.mark.parametrize("name", SERVED_PAGES)
def test_every_asset_of_a_served_page_has_matching_integrity(name):
    html = (DIST / name).read_text()
    tags = re.findall(r"<(?:script|link)\b[^>]*>", html)
    checked, preloaded = 0, None
    for tag in tags:
        ref = re.search(r'(?:src|href)="\./([^"]+)"', tag)
        if not ref or 'rel="icon"' in tag:
            continue
        if 'rel="preload"' in tag:
            # The wasm's early download: Chrome ignores integrity on a fetch preload; the boot
            # script's fetch of the same file checks it (below).
            assert re.fullmatch(r'<link rel="preload" href="\./[^"]+_bg\.wasm" as="fetch" crossorigin="anonymous">', tag), tag
            preloaded = ref.group(1)
            continue
        integrity = re.search(r'integrity="([^"]+)"', tag)
        assert integrity, f"{name}: no integrity on {tag}"
        data = (DIST / ref.group(1)).read_bytes()
        assert integrity.group(1) == digest("sha384", data), f"{name}: integrity of {ref.group(1)} does not match"
        checked += 1
    assert checked == 3, f"{name}: expected stylesheet, module and boot script, checked {checked}"
    # The boot script fetches the wasm with its integrity.
    boot = re.search(r'src="\./(boot-[0-9a-f]+\.js)"', html).group(1)
    text = (DIST / boot).read_text()
    wasm, integrity = re.search(r"fetch\('\./([^']+_bg\.wasm)', \{ integrity: '([^']+)' \}\)", text).groups()
    assert integrity == digest("sha384", (DIST / wasm).read_bytes())
    assert preloaded == wasm, f"{name}: the preload is not the wasm the boot script checks"


@pytest.mark.parametrize("name", SINGLE_FILES)
def test_single_file_csp_pins_its_inline_code_by_hash_and_connects_nowhere(name):
    html = (DIST / name).read_text()
    policy = csp_of(html)
    assert set(policy) == {"default-src", "script-src", "style-src", "img-src", "connect-src", "form-action", "base-uri"}
    assert policy["default-src"] == ["'none'"]
    assert policy["connect-src"] == ["'none'"]
    assert policy["form-action"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["img-src"] == ["data:", "blob:"]
    scripts = re.findall(r'<script type="module">(.*?)</script>', html, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert len(scripts) == 1 and len(styles) == 1
    assert policy["script-src"] == [f"'{digest('sha256', scripts[0].encode())}'", "'wasm-unsafe-eval'"]
    assert policy["style-src"] == [f"'{digest('sha256', styles[0].encode())}'"]
    assert 'name="toeleiding-single"' in html
    sha = hashlib.sha256((DIST / name).read_bytes()).hexdigest()
    assert (DIST / f"{name}.sha256").read_text() == f"{sha}  {name}\n"
