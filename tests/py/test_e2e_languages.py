"""The parents' language (issue 19): the information sheet and the five consent points in plain
Dutch and twelve more languages. In Chromium: the sheet of every language printed to PDF
(`page.pdf`, Chromium's print-to-PDF) fits one A4 and pdftotext reads the key phrases of Dutch
and of that language on it; screenshots of the Arabic, Tigrinya and Ukrainian prints go to
test-artifacts/; `lang` and `dir` are asserted; axe-core is clean with the translations shown;
no horizontal overflow at 360 px; the single offline file shows and prints them from disk; and
the chosen language never leaves the page: one request for all languages, nothing in the
archive's document, its file name, the mail or a browser store, gone after a wipe."""

import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from conftest import ARTIFACTS, DIST, ROOT, extract, require
from flow import fill_parents, fill_sender, give_consent, password_of, sealed_archive, shot
from test_accessibility import a11y, axe, no_horizontal_overflow  # noqa: F401 - a11y is a fixture

SHEET_DIR = ROOT / "src" / "ui" / "messages" / "sheet"
CHOICE = "Toon in de taal van de ouder"
NOTICE_NL = "Deze vertaling is nog niet nagelezen door een moedertaalspreker."


def texts(code):
    """One language file, read the way the app reads it (`key = value`, `#` comments)."""
    out = {}
    for line in (SHEET_DIR / f"{code}.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            out[key.strip()] = value.strip()
    return out


LANGUAGES = sorted(p.stem for p in SHEET_DIR.glob("*.txt") if p.stem != "nl")
NL = texts("nl")


def option(t):
    return t["name"] if t["name"] == t["endonym"] else f"{t['name']} – {t['endonym']}"


def norm(s):
    """What pdftotext gives back, made comparable: it breaks lines anywhere, gives Arabic
    presentation forms, marks embeddings (U+202A-U+202E) and writes the lam-alef ligature's two
    letters in visual order; so compare without spaces, marks, diacritics, lam and alef."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\u064b-\u065f\u0670]", "", s)
    s = re.sub(r"[\u0644\u0627\u0623\u0625\u0622]", "", s)
    return re.sub(r"[\s\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]+", "", s)


def pdf_text(pdf: Path):
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        [require("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    # The two columns are read one after the other (left half, then right half of the A4), so
    # lines side by side do not interleave.
    halves = [
        subprocess.run([require("pdftotext"), "-f", "1", "-l", "1", "-x", str(x), "-y", "0", "-W", "298",
                        "-H", "842", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for x in (0, 297)
    ]
    return pages, "\n".join(halves)


def choose(page, code, where=CHOICE):
    page.get_by_label(where, exact=True).first.select_option(label=option(texts(code)))


def test_every_language_prints_on_one_a4_beside_dutch(page, workdir):
    choose(page, "fr")
    page.locator('section[lang="fr"]').get_by_text(texts("fr")["point.1"]).wait_for()
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    page.get_by_role("heading", name=NL["title"], level=1).wait_for()
    for code in LANGUAGES:
        t = texts(code)
        choose(page, code)
        column = page.locator(f'section[lang="{code}"]')
        column.get_by_role("heading", name=t["data.heading"]).wait_for()
        assert column.get_attribute("dir") == ("rtl" if t["dir"] == "rtl" else "ltr")
        assert page.locator('section[lang="nl-BE"]').get_attribute("dir") == "ltr"
        # The notice, in Dutch and in the language, for every unreviewed translation.
        assert t["reviewed"].startswith("niet nagelezen door een moedertaalspreker"), code
        note = page.locator(".vertaling-melding")
        assert note.locator('p[lang="nl-BE"]').inner_text() == NOTICE_NL
        assert note.locator(f'p[lang="{code}"]').inner_text() == t["unreviewed"]
        pdf = workdir / f"infoblad-{code}.pdf"
        page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True, print_background=True)
        pages, text = pdf_text(pdf)
        assert pages == 1, f"{code}: {pages} pages"
        flat = norm(text)
        for phrase in [NL["data.heading"], NL["questions.heading"], NOTICE_NL,
                       t["title"], t["data.heading"], t["consent.heading"], t["unreviewed"]]:
            assert norm(phrase) in flat, f"{code}: {phrase!r} not in the PDF:\n{text}"
        if code in ("ar", "ti", "uk"):
            ARTIFACTS.mkdir(exist_ok=True)
            png = ARTIFACTS / f"information-sheet-{code}"
            subprocess.run([require("pdftoppm"), "-png", "-r", "80", "-singlefile", str(pdf), str(png)], check=True)
            page.emulate_media(media="print")
            shot(page, f"information-sheet-{code}-print-view")
            page.emulate_media(media="null")  # page.pdf prints with the emulated media otherwise
    # Back to Dutch only: the column goes.
    page.get_by_label(CHOICE, exact=True).select_option(label="Alleen Nederlands")
    page.locator("section[lang=fr]").wait_for(state="detached")
    assert page.locator(".vertaling-melding").count() == 0


def test_points_beside_dutch_on_toestemming_read_only(page):
    for code in ("ar", "fa-AF", "ti"):
        t = texts(code)
        choose(page, code)
        column = page.locator(f'section[lang="{code}"]')
        column.get_by_role("heading", name=t["points.heading"]).wait_for()
        assert column.get_attribute("dir") == t["dir"]
        assert column.locator("li").all_inner_texts() == [t[f"point.{i}"] for i in range(1, 6)]
        dutch = page.locator('section[lang="nl-BE"]')
        assert dutch.locator("li").all_inner_texts() == [NL[f"point.{i}"] for i in range(1, 6)]
    # Read-only: the only checkboxes are the worker's six Dutch ones.
    assert page.get_by_role("checkbox").count() == 6
    assert page.locator("section[lang] input").count() == 0
    shot(page, "toestemming-ti")


def test_translations_are_accessible_and_fit_360px(a11y):  # noqa: F811 - the fixture
    page = a11y
    choose(page, "ar")
    page.locator('section[lang="ar"] h2').wait_for()
    axe(page, "toestemming-arabisch")
    page.set_viewport_size({"width": 360, "height": 800})
    no_horizontal_overflow(page, "toestemming-arabisch")
    page.screenshot(path=str(ARTIFACTS / "a11y-toestemming-ar-360.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    page.get_by_role("heading", name=NL["title"], level=1).wait_for()
    for code in ("ar", "ti", "uk"):
        choose(page, code)
        page.locator(f'section[lang="{code}"] h2').wait_for()
        axe(page, f"infoblad-{code}")
        page.set_viewport_size({"width": 360, "height": 800})
        no_horizontal_overflow(page, f"infoblad-{code}")
        page.screenshot(path=str(ARTIFACTS / f"a11y-infoblad-{code}-360.png"), full_page=True)
        page.set_viewport_size({"width": 1280, "height": 800})


LANGUAGE_WORDS = ["Arabisch", "العربية", 'lang="ar"', "taal", "Tigrinya", "ትግርኛ"]


def test_the_chosen_language_never_leaves_the_page(browser, app_url, workdir):
    context = browser.new_context(accept_downloads=True, locale="nl-BE")
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.clock.install()
    page.goto(app_url)
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_timeout(500)
    at_choice = len(requests)
    choose(page, "ar")
    page.locator('section[lang="ar"]').wait_for()
    choose(page, "ti")
    page.locator('section[lang="ti"]').wait_for()
    # One request for all languages: a fixed file of the app's own, no query; it says nothing
    # of which language was chosen.
    after = [u for u in requests[at_choice:] if not u.startswith("blob:")]
    assert [urlparse(u).path.rsplit("/", 1)[-1] for u in after] == ["sheet-languages.txt"], after
    assert all(urlparse(u).query == "" for u in after)
    choose(page, "ar")

    give_consent(page)
    fill_parents(page)
    fill_sender(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    password = password_of(page)
    archive = sealed_archive(page, workdir)
    for word in ["ar", "arab", "ti", "tigr"]:
        assert word not in re.split(r"[-.]", archive.name.lower()), archive.name
    files = extract(archive, password, workdir / "out")
    assert [f.suffix for f in files] == [".docx"]
    with zipfile.ZipFile(files[0]) as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    for word in LANGUAGE_WORDS:
        assert word not in xml, word
    assert set(re.findall(r'<w:lang [^>]*w:val="([^"]+)"', xml)) <= {"nl-BE"}
    page.get_by_role("button", name="Volgende: verzenden").click()
    page.get_by_role("heading", name="Verzenden", level=1).wait_for()
    mail = unquote(page.locator("#mail-link").get_attribute("href"))
    for word in LANGUAGE_WORDS:
        assert word not in mail, word
    store = page.evaluate("""() => ({ local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage),
                                       cookie: document.cookie })""")
    for word in LANGUAGE_WORDS:
        assert all(word not in v for v in store.values()), word
    # The settings page and a remembered settings file hold no language either.
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_label("Onthoud deze instellingen op dit toestel").check()
    assert all(w not in page.evaluate("JSON.stringify(localStorage)") for w in LANGUAGE_WORDS)
    page.get_by_label("Onthoud deze instellingen op dit toestel").uncheck()
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()

    # "Alles wissen": the choice is gone (the translations themselves stay loaded: no family data).
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    assert page.get_by_label(CHOICE, exact=True).input_value() == ""
    assert page.locator("section[lang]").count() == 0
    # The automatic wipe too.
    choose(page, "uk")
    page.locator('section[lang="uk"]').wait_for()
    page.clock.run_for("15:05")
    page.get_by_text("Alles werd gewist na 15 minuten zonder activiteit.").wait_for()
    assert page.get_by_label(CHOICE, exact=True).input_value() == ""
    assert page.locator("section[lang]").count() == 0
    context.close()


def test_the_single_file_shows_and_prints_the_translations_from_disk(browser, workdir):
    single = DIST / "toeleiding.html"
    context = browser.new_context(locale="nl-BE")
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(single.as_uri())
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    choose(page, "ti")
    page.locator('section[lang="ti"]').get_by_text(texts("ti")["point.3"]).wait_for()
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    choose(page, "fa-AF")
    column = page.locator('section[lang="fa-AF"]')
    column.get_by_role("heading", name=texts("fa-AF")["why.heading"]).wait_for()
    assert column.get_attribute("dir") == "rtl"
    pdf = workdir / "single-fa-AF.pdf"
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    pages, text = pdf_text(pdf)
    assert pages == 1
    assert norm(texts("fa-AF")["data.heading"]) in norm(text) and norm(NL["why.heading"]) in norm(text)
    assert [u for u in requests if not u.startswith(("blob:", "data:"))] == [single.as_uri()]
    context.close()
