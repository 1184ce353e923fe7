"""End to end for the OCMW side: open a received archive in the browser, see the referral,
download vCards and the document; bad input gets a clear message."""

import docx

from conftest import sevenzip
from flow import download, password_of, to_download_step


def make_archive(page, workdir):
    """The sender's side, in the same browser: returns (archive path, password)."""
    to_download_step(page)
    password = password_of(page)
    dl = download(page, "Versleutel en download")
    path = workdir / dl.suggested_filename
    dl.save_as(path)
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    return path, password


def go_to_opener(page):
    page.get_by_role("link", name="Verwijzing openen").click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()


def open_file(page, path, password):
    page.get_by_label("Ontvangen zip-bestand").set_input_files(str(path))
    page.get_by_text(f"Gekozen: {path.name}").wait_for()
    page.get_by_label("Wachtwoord uit de sms").fill(password)
    page.get_by_role("button", name="Openen", exact=True).click()


def test_open_archive_see_parents_and_download_vcard(page, workdir):
    archive, password = make_archive(page, workdir)
    go_to_opener(page)
    # Pasted from an SMS app with spaces instead of dashes.
    open_file(page, archive, password.replace("-", " "))
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()
    main = page.locator("main").inner_text()
    for value in ["Zoë", "O'Brien-Van den Broeck", 'Ğülşen "Gül"', "محمد", "Rue de l'Église & <Co> 12A bus 3, 9000 Gent",
                  "0470 12 34 56", "zoe@example.be", "Lokaal team Gent-Noord", "An Peeters"]:
        assert value in main, value
    assert "AES-256" in main

    with page.expect_download() as info:
        page.get_by_role("button", name="vCard ouder 1").click()
    card_dl = info.value
    assert card_dl.suggested_filename == "ouder-1.vcf"
    card_path = workdir / "ouder-1.vcf"
    card_dl.save_as(card_path)
    card = card_path.read_bytes().decode("utf-8")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "N:O'Brien-Van den Broeck;Zoë;;;" in card
    assert "FN:Zoë O'Brien-Van den Broeck" in card
    assert "TEL;TYPE=CELL:+32470123456" in card
    assert "EMAIL;TYPE=INTERNET:zoe@example.be" in card
    assert "ADR;TYPE=HOME:;;Rue de l'Église & <Co> 12A bus 3;Gent;;9000;België" in card

    with page.expect_download() as info:
        page.get_by_role("button", name="Download document (.docx)").click()
    doc_path = workdir / info.value.suggested_filename
    info.value.save_as(doc_path)
    assert doc_path.name.startswith("toeleiding-ocmw-") and doc_path.suffix == ".docx"
    cells = [c.text for t in docx.Document(str(doc_path)).tables for r in t.rows for c in r.cells]
    assert "Zoë" in cells

    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
    assert "Zoë" not in page.content()
    # The live values of the fields, not only the HTML (Yew never writes them as attributes).
    assert page.get_by_label("Wachtwoord uit de sms").input_value() == ""
    assert page.get_by_label("Ontvangen zip-bestand").input_value() == ""
    assert page.get_by_text("Gekozen:").count() == 0


def test_wrong_password_and_bad_files_get_clear_messages(page, workdir):
    archive, password = make_archive(page, workdir)
    go_to_opener(page)
    page.get_by_role("button", name="Openen", exact=True).click()
    page.get_by_role("link", name="Kies het zip-bestand dat je van Kind en Gezin kreeg.").wait_for()

    open_file(page, archive, "fout-fout-fout-fout")
    alert = page.get_by_role("alert")
    alert.get_by_text("Het wachtwoord klopt niet.").wait_for()
    assert page.evaluate("document.activeElement.classList.contains('foutoverzicht')")
    assert page.title() == "Fout: Verwijzing openen – Toeleiding"
    assert page.get_by_label("Wachtwoord uit de sms").input_value() == "fout-fout-fout-fout"

    not_zip = workdir / "brief.zip"
    not_zip.write_text("dit is geen zip")
    open_file(page, not_zip, password)
    alert.get_by_text("Dit is geen zip-bestand.").wait_for()

    truncated = workdir / "half.zip"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    open_file(page, truncated, password)
    alert.get_by_text("beschadigd of onvolledig").wait_for()

    plain = workdir / "oud.docx"
    d = docx.Document()
    d.add_paragraph("Aanmelding")
    d.save(plain)
    r = sevenzip("a", "-tzip", "-mem=ZipCrypto", "-pzwak", "oud.zip", "oud.docx", cwd=workdir)
    assert r.returncode == 0, r.stdout
    open_file(page, workdir / "oud.zip", "zwak")
    alert.get_by_text("ZipCrypto").wait_for()


def test_any_word_template_from_7zip_is_shown_as_text(page, workdir):
    template = workdir / "sjabloon.docx"
    d = docx.Document()
    d.add_heading("Gegevensdeling lokaal team – OCMW", 1)
    d.add_paragraph("Naam ouder: Zoë Janssens")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Telefoon"
    table.rows[0].cells[1].text = "0470 99 88 77"
    d.save(template)
    r = sevenzip("a", "-tzip", "-mem=AES128", "-pSjabloon-2026-wachtwoord", "sjabloon.zip", "sjabloon.docx", cwd=workdir)
    assert r.returncode == 0, r.stdout
    go_to_opener(page)
    open_file(page, workdir / "sjabloon.zip", "Sjabloon-2026-wachtwoord")
    page.get_by_role("heading", name="Inhoud van het document").wait_for()
    text = page.locator(".document-tekst").inner_text()
    assert "Gegevensdeling lokaal team – OCMW" in text
    assert "Naam ouder: Zoë Janssens" in text
    assert "0470 99 88 77" in text
    assert "AES-128" in page.locator("main").inner_text()
