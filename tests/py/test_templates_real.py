"""Real Word-made templates (../shared/templates/real/, see SOURCES.md there), rewritten to our
field names by template_rewrite.py (in a temporary folder, never in the repo), checked and filled
by the `fill_template` example with two parents and with one, and read back with tools we did not
write: python-docx (body, tables, every section's headers and footers), the raw XML (every
paragraph, text boxes in both their copies), LibreOffice and openxml-audit.

Also: the ORIGINAL winword2010 template (Dutch mail-merge names) is refused, with suggestions.
"""

import os
import re
import zipfile
from types import SimpleNamespace

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from conftest import ROOT, report_read
from template_fill import (SECOND_PARENT, VALUES, audit, fill, fill_binary, libreoffice_text, own_text,
                           part_texts, read_part)
from template_rewrite import FIELDS, P, T, TEXT_PART, W, own, rewrite

REAL = ROOT.parent / "shared" / "templates" / "real"
FILES = sorted(REAL.glob("*.docx")) if REAL.is_dir() else []
IDS = [f.stem for f in FILES]
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
LEFTOVERS = ("{", "}", "«", "»", "+++", "{%")


def need_real_templates():
    if not FILES:
        reason = f"no real Word templates in {REAL} (the shared test data, see templates/SOURCES.md)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def binary():
    return fill_binary()


@pytest.fixture(scope="module")
def real(binary, tmp_path_factory):
    """Every real template rewritten, filled with two parents and with one, and read by
    LibreOffice (one batch)."""
    need_real_templates()
    work = tmp_path_factory.mktemp("real")
    done = {}
    for src in FILES:
        folder = work / src.stem
        folder.mkdir()
        rw = rewrite(src, folder / src.name, VALUES)
        r = SimpleNamespace(src=src, rw=rw, out={}, report={}, rc={})
        for two, word in ((True, "two"), (False, "one")):
            r.out[two] = work / f"{src.stem}-{word}.docx"
            r.rc[two], r.report[two] = fill(binary, rw.path, r.out[two], word)
        done[src.name] = r
    filled = [r.out[two] for r in done.values() for two in (True, False) if r.out[two].exists()]
    lo = libreoffice_text(filled, work / "lo")
    for r in done.values():
        r.lo = {two: lo.get(r.out[two].name) for two in (True, False)}
    return done


def get(real, stem):
    r = real[stem + ".docx"]
    assert r.rc[True] == 0 and r.rc[False] == 0, (
        f"{stem}: the rewritten template was refused: {r.report[True]} / {r.report[False]}")
    return r


def test_every_real_template_is_read(real):
    present = sorted(REAL.glob("*.docx"))
    report_read(f"read {len(real)} real templates from {REAL}")
    assert len(real) == len(present) > 0


@pytest.mark.parametrize("stem", IDS)
def test_the_rewrite_keeps_words_runs_and_passes_our_check(real, stem):
    r = real[stem + ".docx"]
    with zipfile.ZipFile(r.src) as a, zipfile.ZipFile(r.rw.path) as b:
        assert a.namelist() == b.namelist()
        for name in filter(TEXT_PART.fullmatch, a.namelist()):
            old, new = etree.fromstring(a.read(name)), etree.fromstring(b.read(name))
            for tag in ("p", "r", "t", "instrText", "proofErr", "bookmarkStart", "sdt"):
                count = lambda root: sum(1 for _ in root.iter(f"{{{W}}}{tag}"))  # noqa: E731
                assert count(old) == count(new), f"{name}: the rewrite changed the number of w:{tag}"
    for two in (True, False):
        assert r.rc[two] == 0, f"fill_template refused the rewritten {stem}: {r.report[two]}"
        assert r.report[two]["used"] == r.rw.used
        assert r.report[two]["unused"] == [f for f in FIELDS if f not in r.rw.used]
    print(f"\n{stem}: {r.rw.mapping}, {r.rw.blocks} block(s), {r.rw.dropped} control tag(s) dropped")


def python_docx_paragraphs(path):
    """Part name -> {paragraph index in the part: python-docx's text}, for what python-docx
    shows: body paragraphs and tables (nested too), every section's own headers and footers."""
    d = docx.Document(str(path))
    seen = {}

    def walk(container, root, part):
        order = seen.setdefault(part, ({p: i for i, p in enumerate(root.iter(P))}, {}))
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                order[1][order[0][block._p]] = block
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell, root, part)

    walk(d, d.element, "word/document.xml")
    kinds = ("header", "first_page_header", "even_page_header", "footer", "first_page_footer",
             "even_page_footer")
    for section in d.sections:
        for kind in kinds:
            hf = getattr(section, kind)
            if not hf.is_linked_to_previous:
                walk(hf, hf.part.element, hf.part.partname.lstrip("/"))
    return {part: paras for part, (_, paras) in seen.items()}


@pytest.mark.parametrize("two", [True, False], ids=["two-parents", "one-parent"])
@pytest.mark.parametrize("stem", IDS)
def test_values_are_exactly_where_the_placeholders_were(real, stem, two):
    r = get(real, stem)
    out = r.out[two]
    got = part_texts(out)
    for part, expected in r.rw.expected[two].items():
        assert got[part] == [text for text, _ in expected], f"{part} of {stem}"
    shown = python_docx_paragraphs(out)
    assert "word/document.xml" in shown
    for part, paras in shown.items():
        expected = r.rw.expected[two][part]
        for index, p in paras.items():
            direct = p._p.xpath("./w:r/w:t | ./w:hyperlink/w:r/w:t")
            if len(direct) == sum(1 for t in p._p.iter(T) if own(t, p._p)):
                assert re.sub(r"[\t\n]", "", p.text) == expected[index][0], f"python-docx, {part} of {stem}"
    # Text boxes: Word's copy (mc:Choice) and the VML copy (mc:Fallback) say the same.
    with zipfile.ZipFile(out) as z:
        for part in filter(TEXT_PART.fullmatch, z.namelist()):
            root = etree.fromstring(z.read(part))
            for alt in root.iter(f"{{{MC}}}AlternateContent"):
                copies = [[own_text(p) for p in branch.iter(P)] for branch in alt]
                assert all(c == copies[0] for c in copies), f"text box copies differ in {part}: {copies}"


@pytest.mark.parametrize("stem", IDS)
def test_nothing_of_a_placeholder_or_merge_field_is_left(real, stem):
    r = get(real, stem)
    for two in (True, False):
        with zipfile.ZipFile(r.out[two]) as z:
            for part in filter(TEXT_PART.fullmatch, z.namelist()):
                root = etree.fromstring(z.read(part))
                text = "".join(t.text or "" for t in root.iter(T))
                left = [m for m in LEFTOVERS if m in text]
                assert not left, f"{part}: {left} left in {text!r}"
                instr = " ".join(i.text or "" for i in root.iter(f"{{{W}}}instrText"))
                instr += " ".join(f.get(f"{{{W}}}instr", "") for f in root.iter(f"{{{W}}}fldSimple"))
                assert "MERGEFIELD" not in instr.upper(), f"{part}: a merge field is left: {instr}"


@pytest.mark.parametrize("stem", IDS)
def test_the_second_parent_disappears_with_one_parent(real, stem):
    r = get(real, stem)
    one = " ".join(t for texts in part_texts(r.out[False]).values() for t in texts)
    for value in SECOND_PARENT:
        assert value not in one, f"{value} is in the document of one parent"
    two = " ".join(t for texts in part_texts(r.out[True]).values() for t in texts)
    for field, value in (("ouder2_voornaam", SECOND_PARENT[0]), ("ouder2_achternaam", SECOND_PARENT[1])):
        if field in r.rw.used and any(
                value in text for texts in r.rw.expected[True].values() for text, _ in texts):
            assert value in two
    assert r.report[False]["used"] == r.report[True]["used"]


def properties_of(path):
    """The people and organisations a package names in its properties and comments."""
    names = set()
    with zipfile.ZipFile(path) as z:
        for part, tags in (("docProps/core.xml", ("creator", "lastModifiedBy")),
                           ("docProps/app.xml", ("Company", "Manager"))):
            if part in z.namelist():
                for e in etree.fromstring(z.read(part)).iter():
                    if isinstance(e.tag, str) and etree.QName(e).localname in tags and (e.text or "").strip():
                        names.add(e.text.strip())
        for part in z.namelist():
            if part.endswith((".xml", ".rels")):
                names |= set(re.findall(r'\w+:(?:author|initials)="([^"]+)"', z.read(part).decode("utf-8", "replace")))
    return names - {"Toeleiding"}


@pytest.mark.parametrize("stem", IDS)
def test_properties_and_settings_carry_nothing_of_the_template(real, stem):
    r = get(real, stem)
    people = properties_of(r.src)
    for two in (True, False):
        out = r.out[two]
        props = docx.Document(str(out)).core_properties
        assert props.author == "Toeleiding" and props.last_modified_by == "Toeleiding"
        with zipfile.ZipFile(out) as z:
            for part in z.namelist():
                data = z.read(part)
                for name in people:
                    assert name.encode() not in data, f"{name!r} of the template is in {part}"
                for path in (b"D:\\Users", b"/Users/", b".mdb", b"data2.docx"):
                    assert path not in data, f"a mail-merge data source path is in {part}"
        settings = read_part(out, "word/settings.xml")
        assert "mailMerge" not in settings and "attachedTemplate" not in settings
        rels = read_part(out, "word/_rels/settings.xml.rels")
        assert "mailMergeSource" not in rels and "attachedTemplate" not in rels
        types = read_part(out, "[Content_Types].xml")
        assert "wordprocessingml.document.main+xml" in types and "template.main+xml" not in types


@pytest.mark.parametrize("stem", IDS)
def test_libreoffice_opens_the_filled_documents(real, stem):
    r = get(real, stem)
    for two in (True, False):
        text = r.lo[two]
        assert text is not None, f"LibreOffice could not open {r.out[two].name}"
        lines = text.split("\n")[:-1]
        body = [t for t, in_box in r.rw.expected[two]["word/document.xml"] if not in_box]
        # A body left without any paragraph is shown as one empty paragraph.
        assert lines == body or (not body and lines == [""]), f"LibreOffice reads {lines}"


@pytest.fixture(scope="module")
def audits(real):
    return {name: {"original": audit(r.src), "rewritten": audit(r.rw.path),
                   True: audit(r.out[True]), False: audit(r.out[False])}
            for name, r in real.items() if r.rc[True] == 0 and r.rc[False] == 0}


@pytest.mark.parametrize("stem", IDS)
def test_openxml_audit_finds_no_new_violation(real, audits, stem):
    get(real, stem)
    a = audits[stem + ".docx"]
    assert a["rewritten"] <= a["original"], f"the rewrite added {a['rewritten'] - a['original']}"
    for two in (True, False):
        new = a[two] - a["rewritten"]
        assert not new, f"filling ({'two' if two else 'one'} parents) added violations: {sorted(new)}"


def test_the_original_dutch_mail_merge_template_is_refused_with_suggestions(binary, tmp_path):
    need_real_templates()
    out = tmp_path / "never.docx"
    rc, report = fill(binary, REAL / "docx-mailmerge_test_winword2010.docx", out)
    assert rc == 2 and not out.exists()
    unknown = {}
    for p in report["problems"]:
        m = re.fullmatch(r'UnknownField \{ name: "(.*)", suggestion: (?:Some\("(.*)"\)|None) \}', p["issue"])
        assert m, p
        unknown[m.group(1)] = m.group(2)
        assert p["part"] == "Body" and m.group(1) in p["context"]
    assert unknown == {
        "Titel": None, "Voornaam": "ouder1_voornaam", "Achternaam": "ouder1_achternaam",
        "Adresregel_1": None, "Postcode": "ouder1_postcode", "Plaats": "ouder1_gemeente",
        "Provincie": None, "Land_of_regio": None,
    }
    assert report["missing"] == ["FirstParent"] and report["used"] == []
