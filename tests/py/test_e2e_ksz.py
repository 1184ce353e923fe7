"""End to end for "KSZ lezen" in headless Chromium, used as a social worker would: record what
the KSZ showed, get the worksheet per condition, print the working note (no identifying data),
read the guide, practise on a dossier and compare with the model answer, wipe."""

import re
import subprocess

from conftest import ARTIFACTS, DIST, ROOT, require
from ksz import FLOWS, condition, open_ksz, record, set_status

# The realistic case: an open incapacity period, the orphan supplement, a Dimona exit
# three weeks ago and no right to unemployment benefit.
REALISTIC = {
    "arbeidsongeschiktheid": ["arbeidsongeschiktheid.open-file"],
    "groeipakket": ["groeipakket.orphan-supplement"],
    "dimona": ["dimona.exit-recent"],
    "rva": ["rva.no-right"],
}


def column(region, title):
    return region.locator(".kolom").filter(has=region.page.get_by_role("heading", name=title, exact=True))


def test_realistic_case_gives_the_expected_lines(page, app_url):
    open_ksz(page, app_url)
    record(page, REALISTIC, nothing=["pensioen"])
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()

    means = condition(page, "Bestaansmiddelen")
    needed = column(means, "Nog nodig").inner_text()
    assert "Te bespreken" in needed and "Kan wijzen op een ziekte-uitkering" in needed, needed

    work = condition(page, "Werkbereidheid")
    assert "er loopt een erkende periode van arbeidsongeschiktheid" in column(work, "KSZ stelt vast").inner_text()
    assert "Bespreek hoe het werk eindigde" in column(work, "Nog nodig").inner_text()
    assert "Geen apart medisch attest" in column(work, "Niet (meer) vragen").inner_text()

    rights = condition(page, "Rechten doen gelden")
    established = column(rights, "KSZ stelt vast").inner_text()
    assert "geen recht op werkloosheidsuitkering" in established
    assert "wezentoeslag" in established
    needed = column(rights, "Nog nodig").inner_text()
    assert "Kan wijzen op rechten na het overlijden van een ouder" in needed
    assert "werkloosheidsuitkering aanvroeg" in needed
    assert "Geen overlijdensakte" in column(rights, "Niet (meer) vragen").inner_text()
    # Nothing found in the pension register: said so, never "geen recht".
    sheet = page.locator(".werkblad").inner_text()
    assert "Pensioenkadaster" in sheet or FLOWS["pensioen"][0] in sheet
    assert "geraadpleegd, niets gevonden. Dat betekent niet dat er geen recht is." in sheet
    # Every line names its flow; interpretations are marked.
    assert "(uit Groeipakket" in sheet
    assert "interpretatie" in sheet


def test_eerst_doen_comes_first_holds_at_most_seven_lines_and_prints_on_page_one(page, app_url, workdir):
    open_ksz(page, app_url)
    record(page, REALISTIC)
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    first = page.get_by_role("region", name="Eerst doen")
    items = first.get_by_role("listitem")
    assert 1 <= items.count() <= 7, items.count()
    # A right to claim comes first: the open incapacity file's payment is asked for first.
    assert items.first.inner_text().startswith("Eerst een recht doen gelden: ")
    # Above every condition, and each line is one of the worksheet's lines below.
    top = first.bounding_box()["y"]
    assert top < condition(page, "Verblijf").bounding_box()["y"]
    below = page.locator(".voorwaarde").all_inner_texts()
    for i in range(items.count()):
        item = items.nth(i)
        text = item.inner_text()
        group = item.locator(".groep").inner_text()
        flows = item.locator(".herkomst").inner_text()
        see = item.locator(".zie").inner_text()
        line = text[len(group):text.index(flows)].strip()
        assert any(line in c for c in below), line
        title = see.split("zie ", 1)[1]
        assert any(c.startswith(title) and line in c for c in below), (title, line)
    # Printed, Eerst doen is on the first page.
    page.emulate_media(media="print")
    pdf = workdir / "eerst-doen.pdf"
    page.pdf(path=str(pdf), format="A4")
    first_page = subprocess.run([require("pdftotext"), "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Eerst doen" in first_page and "Eerst een recht doen gelden" in first_page, first_page[:800]


def test_missing_input_gets_the_error_summary_and_nothing_typed_is_lost(page, app_url):
    open_ksz(page, app_url)
    page.get_by_role("button", name="Maak het werkblad").click()
    summary = page.get_by_role("alert")
    summary.get_by_text("Kies bij minstens één stroom").wait_for()
    assert page.title().startswith("Fout: ")
    set_status(page, "rva", "Gevonden")
    page.get_by_role("button", name="Maak het werkblad").click()
    summary.get_by_text("kies wat je zag").wait_for()
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.type") == "checkbox"
    assert page.get_by_role("group", name=FLOWS["rva"][0], exact=True).get_by_label("Gevonden", exact=True).is_checked()


def test_printed_working_note_carries_no_identifying_field(page, app_url, workdir):
    open_ksz(page, app_url)
    # The record has no field where a name, a national number or free text could be typed (the
    # import area's chooser and paste field read answers; they keep nothing and never print).
    form = page.locator("form")
    assert form.locator("textarea").count() == 0
    typed = form.locator("input:not([type=radio]):not([type=checkbox])")
    assert typed.count() == 1 and typed.first.get_attribute("type") == "date"
    assert page.locator(".ksz-import").evaluate("e => e.closest('form') === null")
    record(page, REALISTIC)
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    page.emulate_media(media="print")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ksz-werknota-print.png"), full_page=True)
    # In print nothing can be typed and the form is gone; the note says it holds no identity.
    assert page.locator("form").first.is_hidden()
    assert page.get_by_text("Werknota sociaal onderzoek – KSZ").is_visible()
    pdf = workdir / "werknota.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run([require("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Werknota sociaal onderzoek" in text and "Bestaansmiddelen" in text
    assert "geen naam, rijksregisternummer of adres" in text
    subprocess.run([require("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf), str(ARTIFACTS / "ksz-werknota-pdf")], check=True)


def test_guide_frame_and_practice_with_model_answer(page, app_url):
    open_ksz(page, app_url)
    page.get_by_role("button", name="Leeswijzer").click()
    page.get_by_role("heading", name="Leeswijzer per stroom", level=2).wait_for()
    guide = page.locator("main").inner_text()
    for flow, (name, _) in FLOWS.items():
        assert name in guide, flow
    assert "interpretatie" in guide and "Bron:" in guide
    # The guide's texts load with the tab (ksz-notes.txt), not with the page.
    assert first_note() in guide
    # The amounts, each dated and sourced, "niet bevestigd" where so (issue 18, item 2).
    page.get_by_role("heading", name="Bedragen", level=3).wait_for()
    for a in amounts():
        assert a["label"] in guide, a["id"]
    assert "geldig vanaf" in guide and "niet bevestigd" in guide
    page.get_by_role("button", name="Kader").click()
    page.get_by_role("heading", name="De zes voorwaarden voor het leefloon").wait_for()

    page.get_by_role("button", name="Oefenen").click()
    page.get_by_role("heading", name="Oefendossiers", level=2).wait_for()
    cards = page.locator(".dossier-kaart")
    assert cards.count() >= 6
    cards.first.get_by_role("button").click()
    page.get_by_role("heading", name="Wat de KSZ toont").wait_for()
    # Record only one thing, compare: the model answer shows what was missed, with reasons.
    set_status(page, "rva", "Niet geraadpleegd / geen toegang")
    page.get_by_role("button", name="Vergelijk met het modelantwoord").click()
    page.get_by_role("heading", name="Modelantwoord").wait_for()
    model = page.locator(".modelantwoord").inner_text()
    assert "ontbreekt in jouw werkblad" in model
    assert "Waarom:" in model


def test_wipe_empties_the_record(page, app_url):
    open_ksz(page, app_url)
    record(page, REALISTIC)
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()
    assert page.locator(".werkblad").count() == 0
    assert page.locator("input[type=radio]:checked, input[type=checkbox]:checked").count() == 0


def first_note():
    """The first flow's first "contains" text, from the knowledge file (our own data)."""
    import tomllib
    first = sorted((ROOT / "src" / "ksz" / "knowledge" / "flows").glob("*.toml"))[0]
    return tomllib.loads(first.read_text())["contains"][0]["text"]


def amounts():
    """The amounts of the knowledge (our own data)."""
    import tomllib
    return tomllib.loads((ROOT / "src" / "ksz" / "knowledge" / "amounts.toml").read_text())["amount"]


def test_the_single_offline_file_shows_the_guide_without_any_request(browser):
    """Opened from disk, the page has no server to fetch the guide's texts from: they travel
    in the file itself, and nothing is requested."""
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    single = DIST / "toeleiding-ksz.html"
    page.goto(single.as_uri())
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()
    page.get_by_role("button", name="Leeswijzer").click()
    page.get_by_role("heading", name="Leeswijzer per stroom", level=2).wait_for()
    page.get_by_text(first_note()).first.wait_for()
    page.get_by_role("button", name="Oefenen").click()
    assert page.locator(".dossier-kaart p").first.inner_text().strip()
    assert [u for u in requests if not u.startswith(("blob:", "data:"))] == [single.as_uri()], requests
    context.close()


def test_the_single_offline_file_reads_answers_with_the_reader_it_carries(browser):
    """The readers are a wasm module of their own: opened from disk, the page takes it from the
    file itself. An answer and a pasted one are read; nothing is requested."""
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    single = DIST / "toeleiding-ksz.html"
    page.goto(single.as_uri())
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()
    fixtures = ROOT / "tests" / "fixtures" / "ksz"
    page.get_by_label("Kies een of meer bestanden").set_input_files(str(fixtures / "tx25_v2_fr.xml"))
    status = page.locator(".ksz-import [role=status]")
    status.filter(has_text="1 bestand ingelezen.").wait_for()
    page.get_by_role("heading", name=re.compile(r"^Bestand 1: RetrieveTIGroups")).wait_for()
    page.get_by_label("Of plak de XML van één antwoord").fill((fixtures / "magda_soap_kadaster.xml").read_text())
    page.get_by_role("button", name="Lees de geplakte XML").click()
    page.get_by_role("heading", name=re.compile(r"^Bestand 2: ")).wait_for()
    assert page.locator(".ksz-import [role=alert]").count() == 0
    assert [u for u in requests if not u.startswith(("blob:", "data:"))] == [single.as_uri()], requests
    assert errors == []
    context.close()
