"""End to end for the OCMW side: open a received archive in the browser, see the referral,
download vCards and the document; bad input gets a clear message."""

import subprocess
import sys
from pathlib import Path

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
    page.get_by_label("Ontvangen bestand").set_input_files(str(path))
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
    assert page.get_by_label("Ontvangen bestand").input_value() == ""
    assert page.get_by_text("Gekozen:").count() == 0


def test_wrong_password_and_bad_files_get_clear_messages(page, workdir):
    archive, password = make_archive(page, workdir)
    go_to_opener(page)
    page.get_by_role("button", name="Openen", exact=True).click()
    page.get_by_role("link", name="Kies het bestand dat je van Kind en Gezin kreeg.").wait_for()

    open_file(page, archive, "fout-fout-fout-fout")
    alert = page.get_by_role("alert")
    alert.get_by_text("Het wachtwoord klopt niet.").wait_for()
    assert page.evaluate("document.activeElement.classList.contains('foutoverzicht')")
    assert page.title() == "Fout: Verwijzing openen – Toeleiding"
    assert page.get_by_label("Wachtwoord uit de sms").input_value() == "fout-fout-fout-fout"

    not_zip = workdir / "brief.zip"
    not_zip.write_text("dit is geen zip")
    open_file(page, not_zip, password)
    alert.get_by_text("Dit lijkt een tekstbestand").wait_for()

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


def make_in_browser(page, workdir, format_label):
    """An archive of the app's own, in the given format."""
    to_download_step(page)
    password = password_of(page)
    page.get_by_label(format_label, exact=True).check()
    dl = download(page, "Versleutel en download")
    path = workdir / dl.suggested_filename
    dl.save_as(path)
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    return path, password


def test_our_7z_and_word_with_password_open(page, workdir):
    seven, p1 = make_in_browser(page, workdir, ".7z (aangeraden)")
    word, p2 = make_in_browser(page, workdir, "Word-document met wachtwoord")
    go_to_opener(page)
    open_file(page, seven, p1)
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()
    assert "ook de namen van de bestanden" in page.locator("main").inner_text()
    open_file(page, word, p2.replace("-", " "))
    page.get_by_text("Het Word-document was beveiligd met een wachtwoord").wait_for()
    assert "Zoë" in page.locator("main").inner_text()


def test_a_referral_being_opened_never_appears_after_alles_wissen(page, workdir):
    """"Alles wissen" while the keys are still being derived: the opening goes on in the
    background, but its result belongs to the wiped page and is dropped, not shown."""
    seven, password = make_in_browser(page, workdir, ".7z (aangeraden)")
    go_to_opener(page)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})  # the derivation takes a while
    # Pasted with spaces for dashes: two keys, the second one is the right one.
    open_file(page, seven, password.replace("-", " "))
    page.wait_for_function("() => performance.getEntriesByName('sleutel-7z-start').length > 0")
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
    # Both keys derived, the archive opened in the background, then a few more tasks.
    page.wait_for_function("() => performance.getEntriesByName('sleutel-7z', 'measure').length >= 2",
                           timeout=60_000)
    page.evaluate("() => new Promise((done) => setTimeout(done, 500))")
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    assert page.get_by_role("heading", name="Verwijzing", level=2).count() == 0
    assert "Zoë" not in page.content()
    # The wiped page opens the same file again when asked.
    open_file(page, seven, password)
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()
    assert "Zoë" in page.locator("main").inner_text()


PARENT_LINE = "Naam ouder: Zoë Janssens"


def parent_document(path):
    """A Word document of someone else's (python-docx) with one line about a parent."""
    d = docx.Document()
    d.add_paragraph(PARENT_LINE)
    d.save(path)
    return path


def opens_as_text(page, path, password):
    """Opens a file in the opener and finds the parent's line in the document's text."""
    open_file(page, path, password)
    page.get_by_role("heading", name="Inhoud van het document").wait_for()
    assert PARENT_LINE in page.locator(".document-tekst").inner_text(), path.name


def test_files_made_by_7zip_pyzipper_and_msoffcrypto_open(page, workdir):
    import pyzipper

    template = parent_document(workdir / "verwijzing.docx")
    (workdir / "notitie.txt").write_text("nog iets")
    made = {
        "lzma2.7z": ["a", "-t7z", "-mhe=on", "-pGeheim-2026-x", "lzma2.7z", "notitie.txt", "verwijzing.docx"],
        "copy.7z": ["a", "-t7z", "-m0=Copy", "-pGeheim-2026-x", "copy.7z", "verwijzing.docx"],
        "names.7z": ["a", "-t7z", "-pGeheim-2026-x", "names.7z", "verwijzing.docx", "notitie.txt"],
        "aes192.zip": ["a", "-tzip", "-mem=AES192", "-pGeheim-2026-x", "aes192.zip", "verwijzing.docx"],
    }
    for name, args in made.items():
        assert sevenzip(*args, cwd=workdir).returncode == 0, name
    with pyzipper.AESZipFile(workdir / "pyzipper.zip", "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as z:
        z.setpassword(b"Geheim-2026-x")
        z.write(template, "verwijzing.docx")
    r = subprocess.run([str(Path(sys.executable).parent / "msoffcrypto-tool"), "-e", "-p", "Geheim-2026-x",
                        str(template), str(workdir / "office.docx")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    go_to_opener(page)
    for name in [*made, "pyzipper.zip", "office.docx"]:
        opens_as_text(page, workdir / name, "Geheim-2026-x")


def test_bombs_other_files_and_a_wrong_password_get_their_message_and_the_page_stays_usable(page, workdir):
    import zipfile

    bomb = workdir / "bom.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("bom.docx", "w", force_zip64=True) as f:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(60):
                f.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    pdf = workdir / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n% brief\n")
    go_to_opener(page)
    alert = page.get_by_role("alert")
    open_file(page, bomb, "x")
    alert.get_by_text("Het document in dit bestand is te groot").wait_for()
    open_file(page, pdf, "x")
    alert.get_by_text("Dit lijkt een PDF-bestand").wait_for()
    (workdir / "a.txt").write_text("x")
    assert sevenzip("a", "-t7z", "-mhe=on", "-pjuist-wachtwoord-1", "c.7z", "a.txt", cwd=workdir).returncode == 0
    open_file(page, workdir / "c.7z", "fout")
    alert.get_by_text("Het wachtwoord klopt niet.").wait_for()
    # Still usable: a good file opens after all that.
    archive, password = None, None
    page.get_by_role("link", name="Verwijzing maken").click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    archive, password = make_in_browser(page, workdir, ".zip")
    go_to_opener(page)
    open_file(page, archive, password)
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()


def lzma2_bomb_7z(path, chunks, announced, in_header):
    """A .7z whose entry (or encoded header) is an LZMA2 stream of `chunks` × 2 MB of zeros from
    a few hundred bytes each, announcing `announced` bytes (see tests/bounded.rs)."""
    import binascii
    import lzma
    import struct

    raw = lzma.compress(bytes(2 * 1024 * 1024), format=lzma.FORMAT_RAW,
                        filters=[{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}])
    first = raw[:371]
    stream = first + (bytes([0xDF]) + first[1:]) * (chunks - 1) + b"\x00"

    def num(v):
        for extra in range(8):
            if v < (1 << (7 - extra + 8 * extra)):
                return bytes([((0xFF << (8 - extra)) & 0xFF) | (v >> (8 * extra))]) + v.to_bytes(8, "little")[:extra]
        return b"\xff" + v.to_bytes(8, "little")

    streams = (b"\x06" + num(0) + num(1) + b"\x09" + num(len(stream)) + b"\x00"
               + b"\x07\x0b" + num(1) + b"\x00" + num(1) + b"\x21\x21\x01\x18" + b"\x0c" + num(announced) + b"\x00")
    if in_header:
        header = b"\x17" + streams + b"\x00"
    else:
        name = "bom.docx\0".encode("utf-16-le")
        header = (b"\x01\x04" + streams + b"\x00" + b"\x05\x01\x11" + num(len(name) + 1) + b"\x00" + name
                  + b"\x00\x00")
    start = struct.pack("<QQI", len(stream), len(header), binascii.crc32(header))
    path.write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", binascii.crc32(start)) + start
                     + stream + header)
    return path


def test_lzma2_bombs_in_a_7z_are_refused_and_a_good_7z_opens_after(page, workdir):
    # 400 chunks: 150 KB that decode to 840 MB (the page once grew to 1-2 GB and died).
    entry = lzma2_bomb_7z(workdir / "bom-inhoud.7z", 400, 1024, in_header=False)
    header = lzma2_bomb_7z(workdir / "bom-kop.7z", 400, 4096, in_header=True)
    honest = lzma2_bomb_7z(workdir / "bom-eerlijk.7z", 400, 400 * 2_096_914, in_header=False)
    assert entry.stat().st_size < 200 * 1024
    go_to_opener(page)
    alert = page.get_by_role("alert")
    open_file(page, entry, "x")
    alert.get_by_text("Het bestand is beschadigd of onvolledig").wait_for()
    open_file(page, header, "x")
    alert.get_by_text("Het bestand is beschadigd of onvolledig").wait_for()
    open_file(page, honest, "x")
    alert.get_by_text("Het document in dit bestand is te groot").wait_for()
    parent_document(workdir / "verwijzing.docx")
    assert sevenzip("a", "-t7z", "-mhe=on", "-pGeheim-2026-x", "goed.7z", "verwijzing.docx",
                    cwd=workdir).returncode == 0
    opens_as_text(page, workdir / "goed.7z", "Geheim-2026-x")
