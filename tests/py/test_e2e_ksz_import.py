"""End to end for reading KSZ and MAGDA answers on "KSZ lezen", in headless Chromium, used by labels
and roles: three answers about one person at once (chooser and a synthetic drop), their readable
views, the timeline (screenshots in test-artifacts/) and its table, the worksheet filled with
sources and corrected by hand, the printed page without name, national number or street, the wipe,
axe-core, and hostile files that get a Dutch message while what was loaded stays.

The samples are read in place from ../shared/ksz-samples (never copied into the repository)."""

import base64
import os
import re
import subprocess

import pytest

from conftest import ARTIFACTS, ROOT, report_read, require
from ksz import FLOWS, flow_group, open_ksz, rendered, shown_text
from test_accessibility import AXE, axe, no_horizontal_overflow

SAMPLES = ROOT.parent / "shared" / "ksz-samples"
PERSONA = [
    "magda-mock/Persoon/GeefPersoon-02.02/67722499797.xml",
    "magda-mock/Persoon/GeefGezinssamenstelling-02.02/67722499797.xml",
    "magda-mock/SocZek/GeefLeefloonbedragen-02.00/67722499797.xml",
]
# What identifies the persona in those answers: never on paper.
IDENTIFYING = [
    "67722499797", "71690499880", "97670999874", "01651899805", "05691199737",
    "Peeters", "Janssens", "Dubois", "Luc Léon",
    "Hoogstraat", "Dorpsstraat", "1967-12-24", "655134735662",
]
read_count = {"files": 0}


def sample(rel):
    """A sample's path (the folder is required under CI=true, else the test is skipped)."""
    if not SAMPLES.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the KSZ samples are missing: {SAMPLES}")
        pytest.skip(f"the KSZ samples are not at {SAMPLES}")
    path = SAMPLES / rel
    assert path.is_file(), path
    read_count["files"] += 1
    return path


@pytest.fixture(scope="module", autouse=True)
def report_samples():
    yield
    report_read(f"KSZ import browser tests read {read_count['files']} sample files from {SAMPLES}")


@pytest.fixture()
def ksz(browser, app_url):
    """The KSZ page in a context where axe-core can be injected; fails on JavaScript errors."""
    context = browser.new_context(bypass_csp=True, locale="nl-BE")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_ksz(page, app_url)
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def choose(page, paths):
    page.get_by_label("Kies een of meer bestanden").set_input_files([str(p) for p in paths])


def status(page):
    return page.locator(".ksz-import [role=status]")


def load_persona(page):
    paths = [sample(p) for p in PERSONA]
    choose(page, paths)
    status(page).filter(has_text="3 bestanden ingelezen.").wait_for()
    rendered(page)


def drop_files(page, files, mime="text/xml"):
    """A synthetic drop of files (name, bytes) at once on the drop zone (a DataTransfer built in
    the page)."""
    page.evaluate(
        """([files, mime]) => {
            const dt = new DataTransfer();
            for (const [name, b64] of files) {
                const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
                dt.items.add(new File([bytes], name, { type: mime }));
            }
            const zone = document.querySelector('.sleepzone');
            zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        }""",
        [[[name, base64.b64encode(data).decode()] for name, data in files], mime],
    )


def drop(page, name, data: bytes, mime="text/xml"):
    """A synthetic drop of one file on the drop zone."""
    drop_files(page, [(name, data)], mime)


def printed_text(page):
    """The text a printout shows: visible text under print media."""
    page.emulate_media(media="print")
    try:
        return page.locator("body").inner_text()
    finally:
        page.emulate_media(media="screen")


def test_three_answers_give_views_timeline_and_a_sourced_worksheet(ksz, workdir):
    page = ksz
    load_persona(page)
    # One readable view per file, grouped, with the source's own words and codes.
    for heading in ["Bestand 1: GeefPersoon 02.02", "Bestand 2: GeefGezinssamenstelling 02.02",
                    "Bestand 3: GeefLeefloonbedragen 02.00"]:
        page.get_by_role("heading", name=heading, level=3).wait_for()
    first = page.get_by_role("article", name="Bestand 1: GeefPersoon 02.02")
    text = shown_text(first)
    for words in ["Identiteit", "Verblijf en adres", "Gezin doorheen de tijd", "Belg (150)",
                  "Hoogstraat 63 bus A, 9000 Gent", "vanaf 1994-09-12", "Antwoord van 2017-06-01"]:
        assert words in text, words
    leefloon = shown_text(page.get_by_role("article", name="Bestand 3: GeefLeefloonbedragen 02.00"))
    assert "Inkomen" in leefloon and "€ 842,12" in leefloon
    # The invalid date of the sample is shown as written, and flagged.
    # Monthly payments of one amount are one line; the months stay behind "Toon de maanden".
    article = page.get_by_role("article", name="Bestand 3: GeefLeefloonbedragen 02.00")
    assert "per maand, juli 2022 – december 2023: 12 maanden, 6 maanden zonder betaling ertussen" in leefloon, leefloon
    assert "met een datum die niet bestaat zoals ze geschreven is" in leefloon
    article.get_by_text("Toon de maanden").first.click()
    leefloon = shown_text(article)
    assert "tot 2022-11-31 (ongeldige datum, zo geschreven)" in leefloon
    # The disagreement between the two services, both values in a plain sentence.
    differ = page.locator(".verschillen").inner_text()
    assert "Hoogstraat 63 bus A, 9000 Gent" in differ and "Kortenberg" in differ and "Zoek uit" in differ

    # The timeline: lanes for addresses, household and leefloon, a gap in the leefloon.
    timeline = page.get_by_role("region", name="Tijdlijn")
    svg = timeline.get_by_role("group", name="Tijdlijn")
    bars = svg.get_by_role("img")
    assert bars.count() >= 10
    names = [bars.nth(i).get_attribute("aria-label") for i in range(bars.count())]
    assert any(n.startswith("Adressen: Hoofdverblijfplaats") and "tot vandaag" in n and "bestand 1 (GeefPersoon 02.02)" in n for n in names), names
    assert any(n.startswith("Leefloon: Leefloon € 842,12") and "van 2022-07-01 tot 2022-07-31" in n for n in names), names
    assert page.locator(".tl-gat").count() >= 1
    # Each address bar names its municipality, so a move shows at a glance.
    towns = svg.locator("text.tl-balk-tekst").all_text_contents()
    assert any(t.startswith("Gent") or t.startswith("Kortenberg") for t in towns), towns
    svg.screenshot(path=str(ARTIFACTS / "ksz-timeline.png"))
    # A child both answers list (each in its own words) is one bar that names both answers; the
    # partner (only in GeefPersoon) and the unrelated member (only in the other) stay apart.
    both = "bestand 1 (GeefPersoon 02.02); bestand 2 (GeefGezinssamenstelling 02.02)"
    household = [n for n in names if n.startswith("Gezin")]
    assert len(household) == 5, household
    assert sum(both in n for n in household) == 3, household
    # Keyboard: Tab reaches a bar, its detail shows; the bar named the source.
    svg.get_by_role("img").first.focus()
    tip = page.locator(".tl-tip")
    tip.wait_for()
    assert "GeefPersoon 02.02" in tip.text_content()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('role')") == "img"
    # The arrow keys, Home and End move from bar to bar.
    active = "document.activeElement.id"
    svg.get_by_role("img").first.focus()
    first = page.evaluate(active)
    assert first.endswith("-balk-0"), first
    page.keyboard.press("ArrowRight")
    assert page.evaluate(active) == first.replace("-balk-0", "-balk-1")
    page.keyboard.press("End")
    assert page.evaluate(active) == first.replace("-balk-0", f"-balk-{bars.count() - 1}")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(active) == first.replace("-balk-0", f"-balk-{bars.count() - 2}")
    page.keyboard.press("Home")
    assert page.evaluate(active) == first
    ARTIFACTS.mkdir(exist_ok=True)
    timeline.screenshot(path=str(ARTIFACTS / "ksz-import-tijdlijn.png"))
    # Hover shows the detail too.
    svg.locator(".baan-5").first.hover()
    assert "Leefloon" in tip.text_content()
    timeline.screenshot(path=str(ARTIFACTS / "ksz-import-tijdlijn-hover.png"))
    # The table alternative, visible on request.
    table = timeline.get_by_role("table", name="De tijdlijn als tabel")
    assert "onderbreking: geen gegevens" in table.inner_text()
    timeline.get_by_role("button", name="Toon de tijdlijn als tabel").click()
    assert table.is_visible()
    rows = table.get_by_role("row")
    assert rows.count() > 10
    assert "2022-08-01" in table.inner_text() and "2023-06-30" in table.inner_text()
    page.screenshot(path=str(ARTIFACTS / "ksz-import-scherm.png"), full_page=True)

    # The worksheet is filled, each observation with its source (file name on screen only).
    rr = flow_group(page, "rr")
    assert rr.get_by_label("Gevonden", exact=True).is_checked()
    belgian = rr.get_by_label(FLOWS["rr"][1]["rr.belgian"], exact=True)
    assert belgian.is_checked()
    described = belgian.get_attribute("aria-describedby")
    source = page.locator(f"#{described}").inner_text()
    assert source == "uit bestand 1 (67722499797.xml), GeefPersoon 02.02, antwoord van 2017-06-01", source
    assert "bestand 1 (GeefPersoon 02.02, 2017-06-01): gevonden" in rr.inner_text()
    ocmw = flow_group(page, "ocmw")
    assert ocmw.get_by_label(FLOWS["ocmw"][1]["ocmw.leefloon-elsewhere-current"], exact=True).is_checked()
    assert "GeefLeefloonbedragen 02.00" in ocmw.inner_text()
    assert page.get_by_label("Datum van de raadpleging").input_value() == "2023-12-10"

    # A correction by hand: untick an imported line; tick another one, which says "door jou".
    belgian.uncheck()
    assert not belgian.is_checked()
    assert page.locator(f"#{described}").count() == 0
    married = rr.get_by_label(FLOWS["rr"][1]["rr.married-or-cohabiting"], exact=True)
    assert married.is_checked()
    eu = rr.get_by_label(FLOWS["rr"][1]["rr.eu-citizen"], exact=True)
    eu.check()
    assert page.locator(f"#{eu.get_attribute('aria-describedby')}").inner_text() == "door jou aangeduid"
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    sheet = page.locator(".werkblad").inner_text()
    assert "Ingelezen antwoorden: bestand 1: GeefPersoon 02.02, antwoord van 2017-06-01" in sheet

    # Print: the timeline, its table with print labels, the worksheet; nothing identifying.
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "ksz-import-print.png"), full_page=True)
    page.emulate_media(media="screen")
    text = printed_text(page)
    for value in IDENTIFYING:
        assert value not in text, value
    assert ".xml" not in text
    assert "Tijdlijn" in text and "Gent" in text and "leefloon € 842,12" in text
    assert "Werknota sociaal onderzoek – KSZ" in text and "De antwoorden verschillen over \"Adres\"" in text
    # The A4 PDF (read back with pdftotext) carries none of it either.
    pdf = workdir / "ksz-import.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format="A4")
    page.emulate_media(media="screen")
    pdf_text = subprocess.run([require("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Werknota sociaal onderzoek" in pdf_text and "Tijdlijn" in pdf_text
    for value in IDENTIFYING:
        assert value not in pdf_text, value
    subprocess.run([require("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(ARTIFACTS / "ksz-import-pdf")], check=True)


def test_three_answers_dropped_at_once(ksz):
    page = ksz
    drop_files(page, [(f"antwoord-{n}.xml", sample(p).read_bytes()) for n, p in enumerate(PERSONA, 1)])
    status(page).filter(has_text="3 bestanden ingelezen.").wait_for()
    rendered(page)
    assert page.locator("article.antwoord").count() == 3
    page.get_by_role("region", name="Tijdlijn").wait_for()
    assert flow_group(page, "rr").get_by_label("Gevonden", exact=True).is_checked()


def test_a_synthetic_drop_a_paste_removal_and_the_own_ocmw(ksz):
    page = ksz
    leefloon = sample(PERSONA[2]).read_bytes()
    # The OCMW's own enterprise number: its own leefloon is not "bij een ander OCMW".
    page.get_by_text("Gegevens van je eigen OCMW (niet verplicht)").click()
    page.get_by_label("Ondernemingsnummer(s) van je OCMW").fill("0212.189.676")
    drop(page, "leefloon.xml", leefloon)
    status(page).filter(has_text="1 bestand ingelezen.").wait_for()
    rendered(page)
    page.get_by_role("heading", name="Bestand 1: GeefLeefloonbedragen 02.00").wait_for()
    ocmw = flow_group(page, "ocmw")
    assert not ocmw.get_by_label(FLOWS["ocmw"][1]["ocmw.leefloon-elsewhere-current"], exact=True).is_checked()
    # The same answer again is refused, and says under which number it is.
    drop(page, "kopie.xml", leefloon)
    page.get_by_role("alert").filter(has_text="al ingelezen, als bestand 1").wait_for()
    # Paste a "no data" answer (our own fixture): the flow becomes "geraadpleegd, niets gevonden".
    fixture = (ROOT / "tests" / "fixtures" / "ksz" / "tx25_no_data.xml").read_text()
    page.get_by_label("Of plak de XML van één antwoord").fill(fixture)
    page.get_by_role("button", name="Lees de geplakte XML").click()
    page.get_by_role("heading", name=re.compile(r"^Bestand 2: RetrieveTIGroups")).wait_for()
    assert page.get_by_label("Of plak de XML van één antwoord").input_value() == ""
    assert flow_group(page, "rr").get_by_label("Geraadpleegd, niets gevonden", exact=True).is_checked()
    assert "geplakte XML" in shown_text(page.locator(".antwoord").nth(1))
    # Remove file 1: its findings leave the worksheet, focus goes back to the list.
    page.get_by_role("button", name="Verwijder bestand 1").click()
    page.get_by_role("heading", name="Bestand 1: GeefLeefloonbedragen 02.00").wait_for(state="detached")
    assert page.evaluate("document.activeElement.id") == "ksz-antwoorden-titel"
    assert flow_group(page, "ocmw").get_by_label("Gevonden", exact=True).is_checked() is False
    # RVA and health insurance answers are marked as tested on samples only.
    fixtures = ROOT / "tests" / "fixtures" / "ksz"
    drop(page, "rva.xml", (fixtures / "rva_no_right.xml").read_bytes())
    page.get_by_text("Getest op voorbeeldbestanden, nog niet op echte antwoorden").first.wait_for()
    # Unknown content inside a known answer is shown raw as "onbekend gegeven", never an error.
    drop(page, "onbekend.xml", (fixtures / "tx25_unknown_it.xml").read_bytes())
    unknown = page.locator("article.antwoord").last
    unknown.get_by_text("onbekend gegeven:").first.wait_for()
    assert page.locator(".feit.onbekend").count() >= 1


def test_hostile_files_get_a_dutch_message_and_keep_what_was_loaded(ksz, workdir):
    page = ksz
    load_persona(page)
    pdf = workdir / "antwoord.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    laughs = workdir / "lachen.xml"
    entities = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
    laughs.write_text(f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{entities}]><lolz>&lol9;</lolz>')
    big = workdir / "groot.xml"
    big.write_bytes(b"<a>" + b"x" * (10 * 1024 * 1024 + 10) + b"</a>")
    other = workdir / "ander.xml"
    other.write_text("<?xml version='1.0'?><Factuur><Bedrag>12</Bedrag></Factuur>")
    choose(page, [pdf, laughs, big, other])
    alert = page.get_by_role("alert").filter(has_text="Niet ingelezen")
    alert.wait_for()
    text = alert.inner_text()
    assert "antwoord.pdf: Dit lijkt een PDF-document, geen KSZ- of MAGDA-antwoord" in text
    # No entity is ever expanded: the billion laughs is just XML of another kind.
    assert "lachen.xml: Dit lijkt XML van een andere soort" in text and "«lolz»" in text
    assert "groot.xml: Dit bestand is groter dan 10 MB" in text
    assert "ander.xml: Dit lijkt XML van een andere soort" in text and "«Factuur»" in text
    assert "Wat al ingelezen was, blijft staan." in text
    assert status(page).inner_text() == "4 bestanden niet ingelezen."
    # What was loaded is still there.
    assert page.locator("article.antwoord").count() == 3
    assert flow_group(page, "rr").get_by_label("Gevonden", exact=True).is_checked()
    # Random bytes dropped: a message, no crash.
    drop(page, "ruis.bin", os.urandom(4096), "application/octet-stream")
    alert.filter(has_text="ruis.bin").wait_for()
    assert page.locator("article.antwoord").count() == 3


def test_wipe_clears_every_imported_answer(ksz):
    page = ksz
    load_persona(page)
    page.get_by_label("Of plak de XML van één antwoord").fill("<half")
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()
    assert page.locator("article.antwoord").count() == 0
    assert page.locator(".tijdlijn").count() == 0
    assert page.locator("input[type=radio]:checked, input[type=checkbox]:checked").count() == 0
    html = page.content()
    for value in ["67722499797", "Peeters", "Hoogstraat", "GeefPersoon", "842,12"]:
        assert value not in html, value
    assert page.evaluate("document.getElementById('ksz-bestanden').files.length") == 0
    assert page.get_by_label("Of plak de XML van één antwoord").input_value() == ""
    assert "Peeters" not in page.title() and page.title() == "KSZ lezen – Toeleiding"


def test_the_automatic_wipe_clears_every_imported_answer(browser, app_url):
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.clock.install()
    open_ksz(page, app_url)
    load_persona(page)
    page.get_by_role("heading", name="Bestand 3: GeefLeefloonbedragen 02.00").wait_for()
    page.clock.run_for("15:05")
    page.get_by_text("Alles werd gewist na 15 minuten zonder activiteit.").wait_for()
    assert page.locator("article.antwoord").count() == 0 and page.locator(".tijdlijn").count() == 0
    html = page.content()
    for value in ["67722499797", "Peeters", "Hoogstraat", "842,12"]:
        assert value not in html, value
    context.close()


def test_axe_on_the_page_with_timeline_and_table(ksz):
    page = ksz
    assert AXE.exists(), "axe-core is not installed: run `make test`"
    load_persona(page)
    axe(page, "ksz-import")
    page.get_by_role("button", name="Toon de tijdlijn als tabel").click()
    page.locator(".tl-balk").first.focus()
    axe(page, "ksz-import-tabel")
    page.set_viewport_size({"width": 360, "height": 800})
    no_horizontal_overflow(page, "ksz-import-360")
    page.screenshot(path=str(ARTIFACTS / "ksz-import-360.png"), full_page=True)
    # The fields on the page never autocomplete.
    for field in page.locator("input:not([type=radio]):not([type=checkbox]), textarea").all():
        assert field.get_attribute("autocomplete") == "off", field.get_attribute("id")


def test_an_unknown_service_says_so_above_a_readable_tree(ksz):
    page = ksz
    xml = (
        '<x:GeefIetsAndersResponse xmlns:x="urn:m"><Repliek><Context><Naam>GeefIetsAnders</Naam>'
        "<Versie>01.00.0000</Versie><Bericht><Tijdstip><Datum>2026-11-30</Datum></Tijdstip></Bericht>"
        "</Context><Antwoorden><Antwoord><Inhoud><Uitkering DatumBegin=\"2025-01-01\" DatumEinde=\"2025-06-30\">"
        "<Aard><Code>12</Code><Omschrijving>Iets bijzonders</Omschrijving></Aard><Bedrag>456.78</Bedrag>"
        "</Uitkering></Inhoud></Antwoord></Antwoorden></Repliek></x:GeefIetsAndersResponse>"
    ).encode()
    drop(page, "onbekend.xml", xml)
    status(page).filter(has_text="1 bestand ingelezen.").wait_for()
    rendered(page)
    article = page.get_by_role("article", name="Bestand 1: GeefIetsAnders 01.00")
    text = shown_text(article)
    assert ("Dit antwoord (GeefIetsAnders 01.00) kent Toeleiding nog niet: de gegevens staan "
            "hieronder zoals in het bestand; ze vullen het werkblad niet in.") in text, text
    # Labels, values, the code with its description, the period from the attributes.
    assert "Iets bijzonders (12)" in text, text
    assert "456.78" in text, text
    assert "vanaf 2025-01-01" in text and "tot 2025-06-30" in text, text
    axe(page, "ksz-unknown-service")
