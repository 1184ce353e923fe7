"""The .docx and .zip made by the core, checked with tools we did not write:
python-docx, openxml-audit (Word's schemas), LibreOffice and 7-Zip."""

import json
import shutil
import subprocess

import docx
import pytest

from conftest import ARTIFACTS, ROOT, docx_cells, docx_text, extract, require, sevenzip

NAMES = ["Zoë", "O'Brien-Van den Broeck", 'Ğülşen "Gül"', "محمد"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    subprocess.run(
        ["cargo", "run", "--quiet", "--example", "sample_referral", "--", str(out)],
        cwd=ROOT,
        check=True,
    )
    return {
        "docx": out / "toeleiding-ocmw-2026-11-22.docx",
        "zip": out / "sample.zip",
        "password": (out / "password.txt").read_text(),
        "dir": out,
    }


def test_python_docx_reads_exactly_what_was_typed(sample):
    cells = docx_cells(sample["docx"])
    for name in NAMES:
        assert name in cells, (name, cells)
    assert "Rue de l'Église & <Co> 12A bus 3, 9000 Gent" in cells
    assert "0470 12 34 56" in cells
    text = docx_text(sample["docx"])
    assert "Toeleiding naar het OCMW" in text
    assert "op 20 november 2026 vrijwillig en uitdrukkelijk" in text


def test_properties_carry_no_personal_data(sample):
    props = docx.Document(str(sample["docx"])).core_properties
    assert props.title == "Toeleiding naar het OCMW"
    assert props.author == "Toeleiding"
    assert props.last_modified_by == "Toeleiding"
    assert props.language == "nl-BE"
    blob = " ".join(str(getattr(props, a)) for a in dir(props) if not a.startswith("_"))
    for secret in ["Zoë", "Brien", "Église", "0470", "zoe@", "Peeters"]:
        assert secret not in blob


def test_openxml_audit_finds_no_violation(sample):
    audit = shutil.which("openxml-audit", path=str(ROOT / ".venv" / "bin")) or require("openxml-audit")
    r = subprocess.run(
        [audit, "-f", "office2016", "-m", "0", "-o", "json", str(sample["docx"])],
        capture_output=True,
        text=True,
    )
    report = json.loads(r.stdout)
    report = report[0] if isinstance(report, list) else report
    assert report["error_count"] == 0, json.dumps(report["errors"], indent=2, ensure_ascii=False)
    assert report["valid"] is True
    assert r.returncode == 0


def test_libreoffice_renders_first_page(sample):
    soffice = require("soffice")
    out = sample["dir"] / "pdf"
    r = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{sample['dir']}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(out), str(sample["docx"])],
        capture_output=True, text=True, timeout=180,
    )
    pdf = out / "toeleiding-ocmw-2026-11-22.pdf"
    assert pdf.exists(), r.stdout + r.stderr
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        [require("pdftoppm"), "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
         str(pdf), str(ARTIFACTS / "document-page-1")],
        check=True,
    )
    png = ARTIFACTS / "document-page-1.png"
    assert png.stat().st_size > 10_000
    text = subprocess.run([require("pdftotext"), str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Toeleiding naar het OCMW" in text and "Zoë" in text


def test_sevenzip_opens_the_sample_archive(sample, tmp_path):
    files = extract(sample["zip"], sample["password"], tmp_path / "out")
    assert [f.name for f in files] == ["toeleiding-ocmw-2026-11-22.docx"]
    assert files[0].read_bytes() == sample["docx"].read_bytes()
    wrong = sevenzip("t", "-pverkeerd-wachtwoord", str(sample["zip"]), cwd=tmp_path)
    assert wrong.returncode == 2
