"""Proof of the privacy promise: the family's data never leave the browser and nothing is kept.

Each test would fail if the promise broke: it records every request, searches every browser
store for the typed values themselves, and listens for Content Security Policy violations.
"""

import hashlib
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import DIST, ROOT, extract, sevenzip
from ksz import rendered
from flow import (
    PARENT_1, PARENT_2, SENDER, download, fill_parent, give_consent, password_of, sealed_archive, to_download_step,
)

# The values exactly as typed, plus their normalised forms as they appear on the page.
TYPED = [
    "Zoë",
    "O'Brien-Van den Broeck",
    "Rue de l'Église & <Co>",
    "0470/12.34.56",
    "+32470123456",
    "zoe@example.be",
    'Ğülşen "Gül"',
    "محمد",
    "+3297654321",
]

CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""

STORAGE_DUMP = """
async () => {
  const out = { local: [], session: [], cookie: document.cookie, idb: [], caches: [] };
  for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); out.local.push(k + '=' + localStorage.getItem(k)); }
  for (let i = 0; i < sessionStorage.length; i++) { const k = sessionStorage.key(i); out.session.push(k + '=' + sessionStorage.getItem(k)); }
  if (indexedDB.databases) { out.idb = (await indexedDB.databases()).map((d) => d.name); }
  if (self.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request)).arrayBuffer();
        // Decode as UTF-8 so the typed values can be searched for in every cached file.
        out.caches.push({ url: request.url, text: new TextDecoder().decode(body) });
      }
    }
  }
  return out;
}
"""


@pytest.fixture()
def recorded(browser, app_url):
    """A fresh context whose every request (page and service worker) is recorded."""
    context = browser.new_context(accept_downloads=True, locale="nl-BE")
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    context.add_init_script(CSP_LISTENER)
    console = []
    page = context.new_page()
    page.on("console", lambda m: console.append(m.text))
    page.goto(app_url)
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    # Let the service worker finish installing (it fetches the app's own files once).
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_timeout(500)
    yield page, requests, console
    context.close()


SINGLE_FILES = {"toeleiding.html", "toeleiding-openen.html", "toeleiding-ksz.html"}

# Every form control's live value: Yew sets the `value` property, never the attribute, so the
# page's HTML does not show what is typed; this does.
LIVE_VALUES = """
() => [...document.querySelectorAll('input, textarea, select')]
  .filter((e) => e.type !== 'checkbox' && e.type !== 'file')
  .map((e) => e.value)
"""


def own_static_files():
    names = {p.name for p in DIST.iterdir()}
    names -= SINGLE_FILES | {f"{s}.sha256" for s in SINGLE_FILES}
    return names | {""}


def assert_live_values_hold_none_of(page, values):
    live = page.evaluate(LIVE_VALUES)
    for value in values:
        assert not [v for v in live if value in v], f"{value!r} still in a form field: {live}"


def test_only_own_static_files_are_requested_and_none_after_load(recorded, app_url, workdir):
    page, requests, console = recorded
    origin = urlparse(app_url)
    allowed = own_static_files()
    for url in requests:
        u = urlparse(url)
        assert (u.scheme, u.netloc) == (origin.scheme, origin.netloc), f"request to another origin: {url}"
        assert Path(u.path).name in allowed, f"unexpected request: {url}"
    at_load = len(requests)

    to_download_step(page)
    download(page, "Versleutel en download").save_as(workdir / "a.zip")
    download(page, "Download onversleuteld document").save_as(workdir / "a.docx")
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.wait_for_timeout(300)
    after = [u for u in requests[at_load:] if not u.startswith("blob:")]
    assert after == [], f"requests after the page had loaded: {after}"
    assert page.evaluate("window.__cspViolations") == []
    assert not [m for m in console if "Content Security Policy" in m]
    assert not [m for m in console if "integrity" in m or "Failed to load" in m], console


AGREED = "Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak"


def test_the_password_lists_are_the_one_request_after_load_and_carry_nothing(recorded, workdir):
    """Choosing an agreed password fetches the word lists that judge it (too large for the first
    load): one GET of a fixed address of the app's own, with no query, made after the family's
    data were typed and carrying none of them."""
    page, requests, _ = recorded
    to_download_step(page)
    at_choice = len(requests)
    page.get_by_label(AGREED).check()
    page.get_by_text("De woordenlijsten om het wachtwoord te controleren zijn geladen.").wait_for(state="attached")
    field = page.get_by_label("Afgesproken wachtwoord")
    field.fill("De appel valt niet ver van de boom")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("een bekende uitdrukking").wait_for()
    after = [u for u in requests[at_choice:] if not u.startswith("blob:")]
    assert [urlparse(u).path.rsplit("/", 1)[-1] for u in after] == ["password-lists.deflate"], after
    assert all(urlparse(u).query == "" for u in after), after
    for value in TYPED:
        assert all(value not in u for u in after)
    # Leaving agreed mode and coming back does not fetch again.
    page.get_by_label(AGREED).uncheck()
    page.get_by_label(AGREED).check()
    page.wait_for_timeout(300)
    assert len([u for u in requests[at_choice:] if not u.startswith("blob:")]) == 1


def test_nothing_is_stored_and_wipe_leaves_no_trace(recorded, workdir):
    page, _, _ = recorded
    to_download_step(page)
    download(page, "Versleutel en download").save_as(workdir / "a.zip")
    page.get_by_role("button", name="Terug").click()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    html = page.content()
    assert "Zoë" in html and "محمد" in html  # the searches below can find the values

    store = page.evaluate(STORAGE_DUMP)
    assert store["local"] == [] and store["session"] == []
    assert store["cookie"] == ""
    assert store["idb"] == []
    for entry in store["caches"]:
        path = urlparse(entry["url"]).path
        assert Path(path).name in own_static_files(), f"cached something that is not a static file: {path}"
        for value in TYPED:
            assert value not in entry["text"], f"{value!r} found in cache entry {entry['url']}"
    cookies = page.context.cookies()
    assert cookies == []

    # Back on a step with the parents' fields: the live values hold what was typed (so the
    # searches after the wipe can find it).
    page.get_by_role("button", name="Wijzig ouder 1").click()
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()
    live = page.evaluate(LIVE_VALUES)
    assert "Zoë" in live and "محمد" in live, live

    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    html = page.content()
    for value in TYPED + list(SENDER.values()):
        assert value not in html, f"{value!r} still in the page after wiping"
    assert_live_values_hold_none_of(page, TYPED)
    # Walk to the parents' step again: every field of the fresh form is empty.
    give_consent(page)
    live = page.evaluate(LIVE_VALUES)
    assert live and all(v == "" for v in live), live
    store = page.evaluate(STORAGE_DUMP)
    assert store["local"] == [] and store["session"] == [] and store["idb"] == []
    assert page.evaluate("window.__cspViolations") == []


def test_page_shows_version_and_build_fingerprint(recorded):
    page, _, _ = recorded
    meta = page.locator("meta[name=toeleiding-build]").get_attribute("content")
    version, fingerprint = meta.split(" ")
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint)
    page.get_by_text(f"Toeleiding versie {version} · build {fingerprint}").wait_for()


def test_offline_after_first_visit(recorded):
    page, _, _ = recorded
    assert page.evaluate("navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true)")
    page.context.set_offline(True)
    page.reload()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    give_consent(page)
    fill_parent(page, 1, PARENT_1)
    page.get_by_role("button", name="Volgende: verwijzing").click()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()
    # KSZ lezen, offline, never opened before in this browser: its page, its reader module and
    # its notes come from the service worker's cache, and an answer is read.
    page.goto(page.url.rsplit("/", 1)[0] + "/ksz.html")
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()
    fixture = ROOT / "tests" / "fixtures" / "ksz" / "tx25_v2_fr.xml"
    page.get_by_label("Kies een of meer bestanden").set_input_files(str(fixture))
    page.locator(".ksz-import [role=status]").filter(has_text="1 bestand ingelezen.").wait_for()
    page.context.set_offline(False)


def test_single_files_work_from_disk_and_link_to_each_other(browser, workdir):
    single = DIST / "toeleiding.html"
    opener = DIST / "toeleiding-openen.html"
    context = browser.new_context(accept_downloads=True, locale="nl-BE")
    context.add_init_script(CSP_LISTENER)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(single.as_uri())
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    to_download_step(page)
    password = password_of(page)
    archive = sealed_archive(page, workdir)
    files = extract(archive, password, workdir / "out")
    assert len(files) == 1 and files[0].suffix == ".docx"
    assert sevenzip("t", "-pfout-fout-fout-fout", str(archive), cwd=workdir).returncode == 2

    # The header's link goes to the opener's single file, which opens the archive.
    page.get_by_role("link", name="Verwijzing openen").click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
    page.get_by_label("Ontvangen bestand").set_input_files(str(archive))
    page.get_by_label("Wachtwoord uit de sms").fill(password)
    page.get_by_role("button", name="Openen", exact=True).click()
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()
    assert "Zoë" in page.locator("main").inner_text()
    assert [u for u in requests if not u.startswith("blob:")] == [single.as_uri(), opener.as_uri()]
    assert page.evaluate("window.__cspViolations") == []
    context.close()


def test_the_single_file_judges_an_agreed_password_with_its_embedded_lists(browser):
    context = browser.new_context(locale="nl-BE")
    context.add_init_script(CSP_LISTENER)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    single = DIST / "toeleiding.html"
    page.goto(single.as_uri())
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    to_download_step(page)
    page.get_by_label(AGREED).check()
    page.get_by_text("De woordenlijsten om het wachtwoord te controleren zijn geladen.").wait_for(state="attached")
    field = page.get_by_label("Afgesproken wachtwoord")
    field.fill("ik woon in de kerkstraat met mijn kat")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("gewone woorden in een zin").first.wait_for()
    field.fill("kaneel vuurtoren sjaal knikker oever")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("Het afgesproken wachtwoord wordt gebruikt.").wait_for()
    assert [u for u in requests if not u.startswith("blob:")] == [single.as_uri()]
    assert page.evaluate("window.__cspViolations") == []
    context.close()


def test_the_ksz_reader_module_imports_nothing(browser):
    """KSZ lezen's readers run in a wasm module of their own (reader/) that imports nothing, as
    the browser's own engine lists it: no function of the page, the network or the DOM is within
    its reach; it gets bytes and gives bytes. The served page names it with its integrity; the
    single offline file carries the same module."""
    import base64

    served = sorted(DIST.glob("ksz-lezer-*.wasm"))
    assert len(served) == 1, served
    data = served[0].read_bytes()
    page = browser.new_page()
    imports, exports = page.evaluate(
        """(b64) => { const m = new WebAssembly.Module(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
            return [WebAssembly.Module.imports(m), WebAssembly.Module.exports(m).map((e) => e.name)]; }""",
        base64.b64encode(data).decode())
    page.close()
    assert imports == []
    assert sorted(exports) == sorted(["memory", "reader_input", "reader_parse", "reader_answer",
                                      "reader_output", "reader_output_len", "reader_wipe"])
    digest = base64.b64encode(hashlib.sha384(data).digest()).decode()
    meta = f'<meta name="toeleiding-lezer" content="./{served[0].name} sha384-{digest}">'
    assert meta in (DIST / "ksz.html").read_text()
    single = (DIST / "toeleiding-ksz.html").read_text()
    embedded = re.search(r'<script type="application/octet-stream" id="toeleiding-lezer">([^<]*)</script>', single)
    assert embedded and base64.b64decode(embedded.group(1)) == data
    for other in ["index.html", "openen.html", "toeleiding.html", "toeleiding-openen.html"]:
        assert "toeleiding-lezer" not in (DIST / other).read_text(), other


@pytest.mark.parametrize("name", sorted(SINGLE_FILES))
def test_each_single_file_starts_without_the_browsers_base64_decoder(browser, name):
    """The single files decode their wasm with `Uint8Array.fromBase64` where the browser has it
    (Chromium here does) and with a loop where it has not (browsers before 2025): the loop starts
    each page too, under the same Content Security Policy."""
    context = browser.new_context(locale="nl-BE")
    context.add_init_script("delete Uint8Array.fromBase64;")
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((DIST / name).as_uri())
    page.wait_for_function("() => performance.getEntriesByName('toeleiding-interactive').length > 0")
    assert page.evaluate("typeof Uint8Array.fromBase64") == "undefined"
    assert page.get_by_role("heading", level=1).first.is_visible(), name
    assert errors == [] and page.evaluate("window.__cspViolations") == [], (name, errors)
    context.close()


def test_automatic_wipe_after_15_minutes_with_warning(browser, app_url):
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.clock.install()
    page.goto(app_url)
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    give_consent(page)
    fill_parent(page, 1, PARENT_1)

    page.clock.run_for("13:50")
    assert page.get_by_role("alert").count() == 0
    page.clock.run_for("00:15")
    warning = page.get_by_role("alert").filter(has_text="over 1 minuut alles gewist")
    warning.wait_for()
    # The worker is still there: the warning goes, nothing is lost.
    page.get_by_role("button", name="Ik werk verder").click()
    warning.wait_for(state="detached")
    group = page.get_by_role("group", name="Ouder 1", exact=True)
    assert group.get_by_label("Voornaam", exact=True).input_value() == "Zoë"

    page.clock.run_for("15:05")
    page.get_by_text("Alles werd gewist na 15 minuten zonder activiteit.").wait_for()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    html = page.content()
    for value in TYPED:
        assert value not in html
    assert_live_values_hold_none_of(page, TYPED)
    give_consent(page)
    assert all(v == "" for v in page.evaluate(LIVE_VALUES))
    context.close()



def test_ksz_page_requests_and_stores_nothing_of_the_client(browser, app_url):
    from ksz import open_ksz, record

    context = browser.new_context(locale="nl-BE")
    context.add_init_script(CSP_LISTENER)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    open_ksz(page, app_url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_timeout(500)
    at_load = len(requests)
    record(page, {"rva": ["rva.no-right"], "groeipakket": ["groeipakket.orphan-supplement"]}, nothing=["pensioen"])
    # Imported answers (our own fixtures) are read in the page: no request, nothing stored.
    fixtures = ROOT / "tests" / "fixtures" / "ksz"
    page.get_by_label("Kies een of meer bestanden").set_input_files(
        [str(fixtures / "tx25_v2_fr.xml"), str(fixtures / "magda_soap_kadaster.xml")])
    page.locator(".ksz-import [role=status]").filter(has_text="2 bestanden ingelezen.").wait_for()
    rendered(page)
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    assert requests[at_load:] == [], requests[at_load:]
    # The guide's texts: the one request after load, a fixed file of the app's own, no query,
    # asked for when the guide opens (the service worker may already hold it).
    page.get_by_role("button", name="Leeswijzer").click()
    page.get_by_role("heading", name="Leeswijzer per stroom", level=2).wait_for()
    page.locator(".leeswijzer-stroom").first.wait_for()
    after = requests[at_load:]
    assert all(urlparse(u).path.endswith("/ksz-notes.txt") and not urlparse(u).query for u in after), after
    store = page.evaluate(STORAGE_DUMP)
    assert store["local"] == [] and store["session"] == [] and store["idb"] == [] and store["cookie"] == ""
    for entry in store["caches"]:
        assert Path(urlparse(entry["url"]).path).name in own_static_files()
    assert page.evaluate("window.__cspViolations") == []
    context.close()
