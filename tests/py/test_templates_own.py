"""Our own Dutch templates, made in the test: one with python-docx (headers and footers with
fields, a placeholder cut into runs with different formatting, a two-parent table, a
second-parent paragraph and block, odd spacing and case), one written as flat ODT and turned into
.docx by LibreOffice. Both are filled by the `fill_template` example with two parents and with
one (with an empty PATH: no 7-Zip or other tool is needed to fill) and read back with
python-docx, comparing every text exactly. Also: the built-in template and what it gives pass
openxml-audit without a single violation; a section break stored in a paragraph that disappears
(a block marker, a second-parent paragraph) is kept; the people list of a template edited with
tracked changes names nobody (two filler bugs found: these tests say so when they fail).
"""

import subprocess
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn

from conftest import require
from template_fill import DASH, SECOND_PARENT, VALUES, audit, fill, fill_binary

V = VALUES
NAME_1 = f"{V['ouder1_voornaam']} {V['ouder1_achternaam']}"


@pytest.fixture(scope="module")
def binary():
    return fill_binary()


def filled(binary, template, folder):
    """The template filled with two parents and with one, without any tool on PATH."""
    empty = folder / "empty-path"
    empty.mkdir(exist_ok=True)
    out = {}
    for two, word in ((True, "two"), (False, "one")):
        out[two] = folder / f"{template.stem}-{word}.docx"
        rc, report = fill(binary, template, out[two], word, env={"PATH": str(empty)})
        assert rc == 0, report
    return out, report


def python_docx_template(path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Verwijzing van {team} – {datum}"
    section.footer.paragraphs[0].text = "Contact: {verwijzer_naam}, {verwijzer_telefoon}, {verwijzer_email}"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Vertrouwelijk – voor {ocmw_naam} ({ocmw_email})"
    d.add_heading("Toeleiding naar het OCMW", level=1)
    p = d.add_paragraph("Naam: ")
    p.add_run("{ouder1_").bold = True
    p.add_run("voor").italic = True
    p.add_run("naam}")
    p.add_run(" ")
    p.add_run("{ouder1_achternaam}").underline = True
    d.add_paragraph("Adres: {  ouder1_adres}")
    d.add_paragraph("Roepnaam: { Ouder1_Voornaam }, e-mail {OUDER1_EMAIL}.")
    d.add_paragraph("Tweede ouder: {ouder2_voornaam}")
    table = d.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [
        ["Voornaam", "Achternaam", "Telefoon"],
        ["{ouder1_voornaam}", "{ouder1_achternaam}", "{ouder1_telefoon}"],
        ["{ouder2_voornaam}", "{ouder2_achternaam}", "{ouder2_telefoon}"],
    ]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    d.add_paragraph("{#ouder2}")
    d.add_paragraph("Beide ouders worden samen gecontacteerd.")
    block = d.add_table(rows=1, cols=2)
    block.rows[0].cells[0].text = "Adres tweede ouder"
    block.rows[0].cells[1].text = "{ouder2_adres}"
    d.add_paragraph("{/ouder2}")
    d.add_paragraph("Toestemming op {toestemming_datum}; {doel}")
    d.save(str(path))


def test_a_python_docx_template_is_filled_exactly(binary, tmp_path):
    template = tmp_path / "sjabloon.docx"
    python_docx_template(template)
    out, report = filled(binary, template, tmp_path)
    assert "ouder2_adres" in report["used"] and "ouder1_email" in report["used"]
    rows = [
        ["Voornaam", "Achternaam", "Telefoon"],
        [V["ouder1_voornaam"], V["ouder1_achternaam"], V["ouder1_telefoon"]],
        [V["ouder2_voornaam"], V["ouder2_achternaam"], V["ouder2_telefoon"]],
    ]
    last = f"Toestemming op {V['toestemming_datum']}; {V['doel']}"
    for two in (True, False):
        d = docx.Document(str(out[two]))
        body = [p.text for p in d.paragraphs]
        expected = ["Toeleiding naar het OCMW", f"Naam: {NAME_1}", f"Adres: {V['ouder1_adres']}",
                    f"Roepnaam: {V['ouder1_voornaam']}, e-mail {V['ouder1_email']}."]
        if two:
            expected += [f"Tweede ouder: {V['ouder2_voornaam']}", "Beide ouders worden samen gecontacteerd."]
        assert body == expected + [last]
        tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
        assert tables == ([rows, [["Adres tweede ouder", DASH]]] if two else [rows[:2]])
        runs = [(r.text, r.bold, r.italic, r.underline) for r in d.paragraphs[1].runs]
        assert runs == [("Naam: ", None, None, None), (V["ouder1_voornaam"], True, None, None),
                        ("", None, True, None), ("", None, None, None), (" ", None, None, None),
                        (V["ouder1_achternaam"], None, None, True)], "the first run keeps its formatting"
        section = d.sections[0]
        assert section.header.paragraphs[0].text == f"Verwijzing van {V['team']} – {V['datum']}"
        assert section.first_page_header.paragraphs[0].text == (
            f"Vertrouwelijk – voor {V['ocmw_naam']} ({V['ocmw_email']})")
        assert section.footer.paragraphs[0].text == (
            f"Contact: {V['verwijzer_naam']}, {V['verwijzer_telefoon']}, {V['verwijzer_email']}")
        assert d.core_properties.author == "Toeleiding"
        everything = "\n".join(body + [c for t in tables for r in t for c in r])
        assert "{" not in everything and "}" not in everything
        if not two:
            assert not any(value in everything for value in SECOND_PARENT)


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:creator>Medewerker Sjabloon</dc:creator><meta:initial-creator>Medewerker Sjabloon</meta:initial-creator></office:meta>
 <office:automatic-styles>
  <style:style style:name="Vet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Schuin" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
   <style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p>Verwijzing van {team}</text:p></style:header>
   <style:footer><text:p>Contact: {verwijzer_naam} ({verwijzer_email})</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p>Beste <text:span text:style-name="Vet">{ouder1_</text:span><text:span text:style-name="Schuin">voornaam}</text:span> {Ouder1_Achternaam},</text:p>
  <text:p>Tweede ouder: {ouder2_voornaam} {ouder2_achternaam}</text:p>
  <table:table table:name="Ouders"><table:table-column table:number-columns-repeated="2"/>
   <table:table-row><table:table-cell><text:p>Naam</text:p></table:table-cell><table:table-cell><text:p>Telefoon</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>{ouder1_voornaam}</text:p></table:table-cell><table:table-cell><text:p>{ouder1_telefoon}</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>{ouder2_voornaam}</text:p></table:table-cell><table:table-cell><text:p>{ouder2_telefoon}</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p>{#ouder2}</text:p>
  <text:p>Beide ouders worden samen gecontacteerd.</text:p>
  <text:p>{/ouder2}</text:p>
  <text:p>Adres: {ouder1_adres}, datum {datum}.</text:p>
 </office:text></office:body>
</office:document>
"""


def test_a_template_made_by_libreoffice_is_filled_exactly(binary, tmp_path):
    source = tmp_path / "sjabloon-lo.fodt"
    source.write_text(FODT, encoding="utf-8")
    r = subprocess.run([require("soffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(source)],
                       capture_output=True, text=True, timeout=300)
    template = tmp_path / "sjabloon-lo.docx"
    assert template.exists(), r.stdout + r.stderr
    assert "LibreOffice" in zipfile.ZipFile(template).read("docProps/app.xml").decode()
    out, _ = filled(binary, template, tmp_path)
    for two in (True, False):
        d = docx.Document(str(out[two]))
        body = [f"Beste {NAME_1},"]
        if two:
            body += [f"Tweede ouder: {V['ouder2_voornaam']} {V['ouder2_achternaam']}",
                     "Beide ouders worden samen gecontacteerd."]
        assert [p.text for p in d.paragraphs] == body + [f"Adres: {V['ouder1_adres']}, datum {V['datum']}."]
        rows = [["Naam", "Telefoon"], [V["ouder1_voornaam"], V["ouder1_telefoon"]],
                [V["ouder2_voornaam"], V["ouder2_telefoon"]]]
        assert [[c.text for c in r.cells] for r in d.tables[0].rows] == (rows if two else rows[:2])
        runs = [(r.text, r.bold, r.italic) for r in d.paragraphs[0].runs]
        assert runs[:3] == [("Beste ", None, None), (V["ouder1_voornaam"], True, None), ("", None, True)]
        assert "".join(r.text for r in d.paragraphs[0].runs[3:]) == f" {V['ouder1_achternaam']},"
        section = d.sections[0]
        assert section.header.paragraphs[0].text == f"Verwijzing van {V['team']}"
        assert section.footer.paragraphs[0].text == f"Contact: {V['verwijzer_naam']} ({V['verwijzer_email']})"
        assert d.core_properties.author == "Toeleiding"
        with zipfile.ZipFile(out[two]) as z:
            assert not any(b"Medewerker Sjabloon" in z.read(n) for n in z.namelist())


def test_the_builtin_template_and_what_it_gives_pass_openxml_audit(binary, tmp_path):
    template = tmp_path / "ingebouwd.docx"
    subprocess.run([str(binary), "--builtin", str(template)], check=True, timeout=60)
    assert audit(template) == set(), "the built-in template has openxml-audit violations"
    out, report = filled(binary, template, tmp_path)
    for two in (True, False):
        assert audit(out[two]) == set(), f"the filled built-in template ({two=}) has violations"
        cells = [c.text for t in docx.Document(str(out[two])).tables for r in t.rows for c in r.cells]
        assert V["ouder1_voornaam"] in cells and V["ouder1_telefoon"] in cells
        assert (V["ouder2_voornaam"] in cells) == two


def with_section_break_in(d, paragraph):
    """Adds a landscape section after `paragraph`'s section, with the break stored in
    `paragraph` itself (`w:pPr/w:sectPr`), as Word does for the last paragraph of a section."""
    d.add_section(WD_SECTION.NEW_PAGE).orientation = WD_ORIENT.LANDSCAPE
    body = d.element.body
    holder = next(p for p in body.iterchildren(qn("w:p")) if p.find(".//" + qn("w:sectPr")) is not None)
    paragraph._p.get_or_add_pPr().append(holder.find(".//" + qn("w:sectPr")))
    body.remove(holder)
    d.sections[0].header.paragraphs[0].text = "Brief – {team}"
    d.add_paragraph("Bijlage voor {ouder1_achternaam}")


@pytest.mark.parametrize("layout", ["block-marker", "second-parent-paragraph"])
def test_a_section_break_in_a_removed_paragraph_is_kept(binary, tmp_path, layout):
    d = docx.Document()
    d.add_paragraph("Brief aan {ouder1_voornaam}")
    if layout == "block-marker":
        d.add_paragraph("{#ouder2}")
        d.add_paragraph("Ook aan {ouder2_voornaam}")
        last = d.add_paragraph("{/ouder2}")
    else:
        last = d.add_paragraph("Tweede ouder: {ouder2_voornaam}")
    with_section_break_in(d, last)
    template = tmp_path / "secties.docx"
    d.save(str(template))
    assert len(docx.Document(str(template)).sections) == 2
    out, _ = filled(binary, template, tmp_path)
    for two in ((True, False) if layout == "block-marker" else (False,)):
        sections = docx.Document(str(out[two])).sections
        assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE], (
            f"FILLER BUG ({layout}, {'two parents' if two else 'one parent'}): the paragraph that disappears "
            "holds the section break (w:pPr/w:sectPr); removing it with the paragraph merges the two "
            "sections: the letter loses its own page setup and header and becomes landscape")
        assert sections[0].header.paragraphs[0].text == f"Brief – {V['team']}"


def test_the_people_list_names_nobody_of_the_template(binary, tmp_path):
    d = docx.Document()
    d.add_paragraph("Brief aan {ouder1_voornaam}")
    plain = tmp_path / "plain.docx"
    d.save(str(plain))
    template = tmp_path / "mensen.docx"
    people = ('<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person '
              'w15:author="Frida Janssens"><w15:presenceInfo w15:providerId="AD" '
              'w15:userId="S::frida.janssens@voorbeeld.be::8a1b2c3d-0000-4000-8000-000000000001"/>'
              '</w15:person></w15:people>')
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/people.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/></Types>')
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.'
                                    b'microsoft.com/office/2011/relationships/people" Target="people.xml"/></Relationships>')
            z.writestr(info, data)
        z.writestr("word/people.xml", people)
    out, _ = filled(binary, template, tmp_path)
    with zipfile.ZipFile(out[True]) as z:
        written = z.read("word/people.xml").decode()
    assert "Frida Janssens" not in written
    assert "frida.janssens@voorbeeld.be" not in written, (
        "FILLER BUG: word/people.xml keeps w15:presenceInfo/@w15:userId, the e-mail address (and "
        f"account id) of whoever edited the template; only w15:author is neutralised: {written}")
