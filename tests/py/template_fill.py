"""Shared helpers of the template tests: the sample's field values, the `fill_template` example,
the text of every paragraph of a .docx, openxml-audit and LibreOffice in batch.

The values are written out here from examples/common/sample.rs (and the purpose sentence read
from src/document/body.rs), so the tests compare the filler's output with what the sample holds,
not with what the filler says it holds.
"""

import functools
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

from conftest import ROOT, require
from template_rewrite import FIELDS, P, T, TEXT_PART, own

DASH = "—"  # a present parent's missing value
PURPOSE = re.search(r'pub const PURPOSE: &str = "(.*?)";', (ROOT / "src/document/body.rs").read_text()).group(1)
VALUES = {
    "datum": "22 november 2026",
    "toestemming_datum": "20 november 2026",
    "team": "Lokaal team Gent-Noord",
    "verwijzer_naam": "An Peeters",
    "verwijzer_telefoon": "09 123 45 67",
    "verwijzer_email": "an.peeters@kindengezin.be",
    "ocmw_naam": "OCMW Gent",
    "ocmw_email": "toeleiding@ocmw.gent.be",
    "doel": PURPOSE,
    "ouder1_voornaam": "Zoë",
    "ouder1_achternaam": "O'Brien-Van den Broeck",
    "ouder1_straat": "Rue de l'Église & <Co>",
    "ouder1_huisnummer": "12A",
    "ouder1_bus": "3",
    "ouder1_postcode": "9000",
    "ouder1_gemeente": "Gent",
    "ouder1_adres": "Rue de l'Église & <Co> 12A bus 3, 9000 Gent",
    "ouder1_telefoon": "0470 12 34 56",
    "ouder1_email": "zoe@example.be",
    "ouder2_voornaam": 'Ğülşen "Gül"',
    "ouder2_achternaam": "محمد",
    **{f"ouder2_{item}": DASH for item in ("straat", "huisnummer", "bus", "postcode", "gemeente", "adres", "email")},
    "ouder2_telefoon": "09 123 45 67",  # typed as "+32 9 123 45 67", shown nationally
}
assert sorted(VALUES) == sorted(FIELDS)
SECOND_PARENT = ['Ğülşen "Gül"', "محمد"]  # values only the second parent has
AUDIT = shutil.which("openxml-audit", path=str(ROOT / ".venv" / "bin")) or "openxml-audit"


@functools.cache
def fill_binary() -> Path:
    """Builds the `fill_template` example once per session and returns its path (cargo prints it)."""
    r = subprocess.run(["cargo", "build", "--quiet", "--example", "fill_template", "--message-format=json"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, f"cargo could not build the fill_template example:\n{r.stderr[-3000:]}"
    for line in r.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "fill_template":
            return Path(msg["executable"])
    raise AssertionError("cargo did not name the fill_template executable")


def fill(binary: Path, template: Path, out: Path, parents: str = "two", env: dict | None = None):
    """Runs the filler (with `env` as its whole environment, if given); returns (exit code, the
    JSON it printed)."""
    r = subprocess.run([str(binary), str(template), str(out), parents], capture_output=True, text=True,
                       timeout=60, env=env)
    assert r.returncode in (0, 2), f"fill_template crashed on {template.name}: {r.stderr[-2000:]}"
    return r.returncode, json.loads(r.stdout)


def part_texts(docx: Path) -> dict:
    """Part name -> the own text (joined w:t) of each of its paragraphs, in document order."""
    out = {}
    with zipfile.ZipFile(docx) as z:
        for name in z.namelist():
            if TEXT_PART.fullmatch(name):
                root = etree.fromstring(z.read(name))
                out[name] = [own_text(p) for p in root.iter(P)]
    return out


def own_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(T) if own(t, p))


def read_part(docx: Path, name: str) -> str:
    with zipfile.ZipFile(docx) as z:
        return z.read(name).decode("utf-8") if name in z.namelist() else ""


def audit(docx: Path) -> set:
    """openxml-audit's violations of one file, normalised (element indexes dropped from the path,
    since rows and paragraphs disappear). One process per file: with `-r` over several files,
    openxml-audit 0.8.0 caches cross-part values by `id(package)`, so a later file can get an
    earlier one's values (spurious "value '-1' was not found" for footnote separators)."""
    r = subprocess.run([AUDIT, "-f", "office2016", "-m", "0", "-o", "json", str(docx)],
                       capture_output=True, text=True, timeout=300)
    report = json.loads(r.stdout)
    report = report[0] if isinstance(report, list) else report
    return {(e.get("part_uri"), re.sub(r"\[\d+\]", "", e.get("path") or ""), e.get("node"), e["description"])
            for e in report.get("errors", [])}


def libreoffice_text(files: list, out: Path) -> dict:
    """Converts every file to text with one headless LibreOffice (a fresh profile): name -> text,
    or None when LibreOffice could not load it."""
    out.mkdir(parents=True, exist_ok=True)
    r = subprocess.run([require("soffice"), "--headless", f"-env:UserInstallation=file://{out}/profile",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), *map(str, files)],
                       capture_output=True, text=True, timeout=900)
    result = {}
    for f in files:
        txt = out / (Path(f).stem + ".txt")
        result[Path(f).name] = txt.read_text(encoding="utf-8-sig") if txt.exists() else None
    assert any(v is not None for v in result.values()), r.stdout + r.stderr
    return result
