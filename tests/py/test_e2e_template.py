"""End to end for the organisation's own Word template, in headless Chromium: load it under
Instellingen, make a referral, open the archive with 7-Zip and read the document with
python-docx; a broken template shows every problem and the old one stays; remembered only on
request; the downloads to make a template; changing the template sends the worker back through
Controleer; a .dotx gives a .docx. axe-core on the settings page with the template section and its errors."""

import json
import zipfile

import docx
import msoffcrypto

from conftest import ARTIFACTS, docx_cells, extract, sevenzip
from flow import (
    FAMILY_VALUES,
    download,
    fill_parents,
    fill_sender,
    give_consent,
    password_of,
    sealed_archive,
    shot,
)
from test_accessibility import a11y, axe  # noqa: F401 - the fixture is used by name

FIELD_FILE = "Eigen sjabloon laden (.docx of .dotx)"


def own_template(path, broken=False):
    """A Dutch template made with python-docx: fields in the text, a header, a table whose
    second row holds only the second parent's fields."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Verwijzing van {team}"
    d.add_heading("Aanmelding bij {ocmw_naam}", level=1)
    p = d.add_paragraph()
    p.add_run("Beste collega, we verwijzen ").bold = False
    p.add_run("{ouder1_voornaam}").bold = True
    p.add_run(" {ouder1_achternaam}, {ouder1_adres}.")
    d.add_paragraph("Telefoon: {ouder1_telefoon}")
    table = d.add_table(rows=3, cols=2)
    for row, cells in enumerate([("Ouder", "Telefoon"), ("{ouder1_voornaam}", "{ouder1_telefoon}"),
                                 ("{ouder2_voornaam}", "{ouder2_telefoon}")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    d.add_paragraph("Toestemming gegeven op {toestemming_datum}.")
    if broken:
        d.add_paragraph("Groeten van {ouder1_voonaam}")
        d.add_paragraph("Een open accolade { zonder einde")
    d.save(str(path))
    return path


def open_settings(page):
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_role("heading", name="Instellingen van je organisatie").wait_for()


def back(page):
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()


def load(page, path):
    page.get_by_label(FIELD_FILE).set_input_files(str(path))


def test_own_template_fills_the_archive_that_7zip_opens(page, workdir):
    template = own_template(workdir / "eigen-sjabloon.docx")
    open_settings(page)
    load(page, template)
    page.get_by_text("Eigen sjabloon: eigen-sjabloon.docx").wait_for()
    section = page.get_by_role("region", name="Sjabloon voor het document")
    assert "{ouder1_voornaam}" in section.inner_text()
    # What the template does not show, in plain Dutch.
    assert "e-mailadres van ouder 1" in section.inner_text()
    shot(page, "template-loaded")
    back(page)
    give_consent(page)
    fill_parents(page, two=True)
    fill_sender(page)
    review = page.locator("main").inner_text()
    assert "Document: Eigen sjabloon: eigen-sjabloon.docx." in review
    note = page.get_by_role("note").inner_text()
    assert "e-mailadres van ouder 1" in note and "niet gedeeld" in note, note
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    password = password_of(page)
    archive = sealed_archive(page, workdir)
    files = extract(archive, password, workdir / "uit")
    assert sevenzip("t", "-pfout-fout", str(archive), cwd=workdir).returncode != 0
    document = docx.Document(str(files[0]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Beste collega, we verwijzen Zoë O'Brien-Van den Broeck, Rue de l'Église & <Co> 12A bus 3, 9000 Gent." in text, text
    assert "Aanmelding bij OCMW Gent" in text
    assert "Toestemming gegeven op" in text
    assert document.sections[0].header.paragraphs[0].text == "Verwijzing van Lokaal team Gent-Noord"
    cells = docx_cells(files[0])
    assert 'Ğülşen "Gül"' in cells and "09 765 43 21" in cells, cells
    assert "{" not in text + "".join(cells)
    props = document.core_properties
    assert props.author == "Toeleiding" and props.title == "Toeleiding naar het OCMW"
    assert all(v not in files[0].name for v in FAMILY_VALUES)


def one_parent_with(page, template):
    """Loads the template under Instellingen and makes a referral for one parent up to the
    download step."""
    open_settings(page)
    load(page, template)
    page.get_by_text(f"Eigen sjabloon: {template.name}").wait_for()
    back(page)
    give_consent(page)
    fill_parents(page, two=False)
    fill_sender(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()


def test_one_parent_loses_the_second_parents_row(page, workdir):
    one_parent_with(page, own_template(workdir / "eigen.docx"))
    page.get_by_label("Word-document met wachtwoord").check()
    password = password_of(page)
    dl = download(page, "Versleutel en download")
    protected = workdir / dl.suggested_filename
    dl.save_as(protected)
    office = msoffcrypto.OfficeFile(open(protected, "rb"))
    office.load_key(password=password)
    plain = workdir / "plain.docx"
    with open(plain, "wb") as out:
        office.decrypt(out, verify_integrity=True)
    rows = [[c.text for c in r.cells] for r in docx.Document(str(plain)).tables[0].rows]
    assert rows == [["Ouder", "Telefoon"], ["Zoë", "0470 12 34 56"]], rows


def test_a_broken_template_lists_every_problem_and_the_old_one_stays(a11y, workdir):
    page = a11y
    open_settings(page)
    load(page, own_template(workdir / "goed.docx"))
    page.get_by_text("Eigen sjabloon: goed.docx").wait_for()
    load(page, own_template(workdir / "kapot.docx", broken=True))
    alert = page.get_by_role("alert")
    alert.get_by_text("Dit sjabloon is niet geladen: kapot.docx").wait_for()
    text = alert.inner_text()
    assert "Bedoelde je {ouder1_voornaam}?" in text, text
    assert "In de tekst („Groeten van {ouder1_voonaam}”)" in text, text
    assert "Een { zonder } erna" in text, text
    assert "werkt verder met het sjabloon dat het al had" in text
    assert page.get_by_text("Eigen sjabloon: goed.docx").is_visible()
    shot(page, "template-errors")
    axe(page, "settings with template errors")
    pdf = workdir / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    load(page, pdf)
    alert.get_by_text("Dit is geen Word-document").wait_for()
    assert page.get_by_text("Eigen sjabloon: goed.docx").is_visible()


def test_remembered_only_on_request_and_back_to_the_default(page, workdir):
    open_settings(page)
    load(page, own_template(workdir / "eigen.docx"))
    page.get_by_text("Eigen sjabloon: eigen.docx").wait_for()
    assert page.evaluate("localStorage.length") == 0
    page.get_by_label("Onthoud dit sjabloon op dit toestel").check()
    keys = page.evaluate("Object.keys(localStorage)")
    assert sorted(keys) == ["toeleiding.sjabloon", "toeleiding.sjabloon.naam"], keys
    page.reload()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    open_settings(page)
    page.get_by_text("Eigen sjabloon: eigen.docx").wait_for()
    page.get_by_role("button", name="Gebruik opnieuw het standaarddocument").click()
    page.get_by_text("Het ingebouwde document van Toeleiding").wait_for()
    assert page.evaluate("localStorage.length") == 0


def test_downloads_to_make_a_template(page, workdir):
    open_settings(page)
    template = download(page, "Download het ingebouwde document als sjabloon (.docx)")
    assert template.suggested_filename == "toeleiding-sjabloon.docx"
    path = workdir / template.suggested_filename
    template.save_as(path)
    cells = docx_cells(path)
    assert "{ouder1_voornaam}" in cells and "{ouder2_email}" in cells, cells
    data = download(page, "Download het gegevensbestand met de velden (.csv)")
    assert data.suggested_filename == "toeleiding-velden.csv"
    csv_path = workdir / data.suggested_filename
    data.save_as(csv_path)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, row, _ = raw.decode("utf-8-sig").split("\r\n")
    assert header.split(";")[:3] == ["datum", "toestemming_datum", "team"]
    assert len(header.split(";")) == len(row.split(";")) == 29
    # The downloaded template loads back as a template.
    load(page, path)
    page.get_by_text("Eigen sjabloon: toeleiding-sjabloon.docx").wait_for()


def test_a_new_template_after_controleer_needs_a_new_review(page, workdir):
    give_consent(page)
    fill_parents(page, two=False)
    fill_sender(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    open_settings(page)
    load(page, own_template(workdir / "eigen.docx"))
    page.get_by_text("Eigen sjabloon: eigen.docx").wait_for()
    back(page)
    page.get_by_role("button", name="Versleutel en download").click()
    summary = page.get_by_role("alert")
    summary.get_by_text("Kijk de verwijzing eerst na op de stap Controleer").wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "template-not-confirmed.json").write_text(json.dumps(summary.inner_text()))


def as_word_template(docx_path, dotx_path):
    """The same package saved as a Word template (.dotx): only the main part's content type
    differs, as Word writes it for "Opslaan als Word-sjabloon"."""
    document = "wordprocessingml.document.main+xml"
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(dotx_path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                assert document.encode() in data
                data = data.replace(document.encode(), b"wordprocessingml.template.main+xml")
            out.writestr(item, data)
    return dotx_path


def test_a_word_template_dotx_gives_a_document_not_a_template(page, workdir):
    one_parent_with(page, as_word_template(own_template(workdir / "bron.docx"), workdir / "sjabloon.dotx"))
    password = password_of(page)
    archive = sealed_archive(page, workdir)
    files = extract(archive, password, workdir / "uit")
    assert [f.suffix for f in files] == [".docx"], files
    with zipfile.ZipFile(files[0]) as z:
        types = z.read("[Content_Types].xml").decode()
    # Word opens a .docx whose main part is a template's only with an error: it must be a document.
    assert "wordprocessingml.document.main+xml" in types and "template.main+xml" not in types, types
    text = "\n".join(p.text for p in docx.Document(str(files[0])).paragraphs)
    assert "Beste collega, we verwijzen Zoë O'Brien-Van den Broeck" in text, text


def test_an_unremembered_template_is_not_lost_by_a_link(page, workdir):
    from test_e2e_leaving import leave_by_link

    open_settings(page)
    load(page, own_template(workdir / "eigen.docx"))
    page.get_by_text("Eigen sjabloon: eigen.docx").wait_for()
    # Loaded but not remembered: leaving would drop it, so the browser asks first.
    assert leave_by_link(page, "Verwijzing openen") == ["beforeunload"]
    assert page.get_by_text("Eigen sjabloon: eigen.docx").is_visible()
    # Remembered: nothing is lost by leaving.
    page.get_by_label("Onthoud dit sjabloon op dit toestel").check()
    assert leave_by_link(page, "Verwijzing openen") == []
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()


def test_a_template_with_many_problems_lists_fifty_and_counts_the_rest(page, workdir):
    d = docx.Document()
    d.add_paragraph("{ouder1_voornaam}")
    d.add_paragraph(" ".join("{veld%d}" % i for i in range(120)))
    path = workdir / "veel.docx"
    d.save(str(path))
    open_settings(page)
    load(page, path)
    alert = page.get_by_role("alert")
    alert.get_by_text("Dit sjabloon is niet geladen: veel.docx").wait_for()
    items = alert.get_by_role("listitem")
    assert items.count() == 51, items.count()
    assert "en nog 70 andere problemen" in items.nth(50).inner_text()
