"""End to end: the built app in headless Chromium, used as a person would (labels, roles,
typing, clicking, downloading). The downloaded archive is opened with real 7-Zip."""

import re
from datetime import date

from conftest import docx_cells, docx_text, extract, sevenzip
from flow import (
    FAMILY_VALUES,
    PARENT_1,
    PARENT_2,
    download,
    fill_parent,
    give_consent,
    password_of,
    shot,
    to_download_step,
)


def test_complete_referral_gives_an_archive_that_7zip_opens(page, workdir):
    shot(page, "step-1-consent")
    to_download_step(page)
    password = password_of(page)
    # The ZIP format (7z is the default; see test_e2e_formats.py).
    page.get_by_label(".zip", exact=True).check()

    dl = download(page, "Versleutel en download")
    name = dl.suggested_filename
    assert re.fullmatch(r"toeleiding-ocmw-\d{4}-\d{2}-\d{2}-[a-hjkmnp-z2-9]{4}\.zip", name), name
    archive = workdir / name
    dl.save_as(archive)
    page.get_by_text(f"Het versleutelde bestand {name} staat in je downloads.").wait_for()

    # 7-Zip: the listing (no password needed) shows AES-256 and no family data.
    listing = sevenzip("l", "-slt", str(archive), cwd=workdir)
    assert listing.returncode == 0
    assert "Method = AES-256 Deflate" in listing.stdout
    for value in FAMILY_VALUES:
        assert value not in listing.stdout
    # A wrong password is refused, the right one opens it.
    assert sevenzip("t", "-pfout-fout-fout-fout", str(archive), cwd=workdir).returncode == 2
    files = extract(archive, password, workdir / "out")
    assert [f.name for f in files] == [f"toeleiding-ocmw-{date.today().isoformat()}.docx"]

    cells = docx_cells(files[0])
    for value in [*PARENT_1.values(), *PARENT_2.values()][:2]:
        assert value in cells
    assert 'Ğülşen "Gül"' in cells and "محمد" in cells
    # Parent 2 has the same address: it is in both parents' tables.
    assert cells.count("Rue de l'Église & <Co> 12A bus 3, 9000 Gent") == 2, cells
    assert "0470 12 34 56" in cells and "09 765 43 21" in cells
    assert "toeleiding@ocmw.gent.be" in cells
    text = docx_text(files[0])
    assert f"op {date.today().day} " in text


def test_two_archives_of_the_same_referral_differ(page, workdir):
    to_download_step(page)
    password = password_of(page)
    first = download(page, "Versleutel en download")
    second = download(page, "Versleutel en download")
    a, b = workdir / "a.zip", workdir / "b.zip"
    first.save_as(a)
    second.save_as(b)
    assert a.read_bytes() != b.read_bytes(), "the salt must be random"
    docs = [extract(z, password, workdir / z.stem)[0].read_bytes() for z in (a, b)]
    assert docs[0] == docs[1]


def test_new_password_opens_and_old_one_does_not(page, workdir):
    to_download_step(page)
    old = password_of(page)
    page.get_by_role("button", name="Nieuw wachtwoord").click()
    new = password_of(page)
    assert new != old
    dl = download(page, "Versleutel en download")
    archive = workdir / "x.zip"
    dl.save_as(archive)
    assert sevenzip("t", f"-p{old}", str(archive), cwd=workdir).returncode == 2
    assert extract(archive, new, workdir / "out")


def test_plain_document_for_the_client_file(page, workdir):
    to_download_step(page)
    page.get_by_text("Let op: dit document is niet versleuteld.").wait_for()
    dl = download(page, "Download onversleuteld document")
    assert dl.suggested_filename == f"toeleiding-ocmw-{date.today().isoformat()}.docx"
    path = workdir / dl.suggested_filename
    dl.save_as(path)
    assert "Zoë" in docx_cells(path)


def test_invalid_postcode_shows_error_summary_and_keeps_input(page):
    give_consent(page)
    fill_parent(page, 1, {**PARENT_1, "Postcode": "90000"})
    page.get_by_role("button", name="Volgende: verwijzing").click()

    summary = page.get_by_role("alert")
    summary.get_by_role("heading", name="Er is 1 probleem").wait_for()
    message = "Vul een Belgische postcode van 4 cijfers in, bijvoorbeeld 9000."
    assert summary.get_by_role("link", name=message).is_visible()
    # The summary has focus, the title says there is an error.
    assert page.evaluate("document.activeElement.classList.contains('foutoverzicht')")
    assert page.title().startswith("Fout: Ouder(s) – stap 2 van 6")
    # The message is also next to the field, tied to it for screen readers.
    group = page.get_by_role("group", name="Ouder 1", exact=True)
    postcode = group.get_by_label("Postcode", exact=True)
    assert postcode.get_attribute("aria-invalid") == "true"
    assert message in page.locator(f"#{postcode.get_attribute('aria-describedby')}").inner_text()
    shot(page, "step-2-error")
    # Nothing typed is lost.
    assert postcode.input_value() == "90000"
    for label, value in PARENT_1.items():
        if label != "Postcode":
            assert group.get_by_label(label, exact=True).input_value() == value
    # The link in the summary takes the keyboard to the field.
    summary.get_by_role("link", name=message).click()
    assert page.evaluate("document.activeElement.id") == "ouder-1-postcode"
    # Fixing it lets the worker go on.
    postcode.fill("9000")
    page.get_by_role("button", name="Volgende: verwijzing").click()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()


def test_consent_is_required_before_the_next_step(page):
    page.get_by_role("button", name="Volgende: ouder(s)").click()
    summary = page.get_by_role("alert")
    summary.get_by_role("heading", name="Er zijn 6 problemen").wait_for()
    assert page.get_by_role("heading", name="Toestemming", level=1).is_visible()
    # A consent date in the future is refused.
    for box in page.get_by_role("checkbox").all():
        box.check()
    page.get_by_label("Datum van de toestemming").fill(f"{date.today().year + 1}-01-01")
    page.get_by_role("button", name="Volgende: ouder(s)").click()
    page.get_by_role("link", name=re.compile("kan niet in de toekomst liggen")).wait_for()


def test_edit_from_review_keeps_all_data(page):
    to_download_step(page)
    page.get_by_role("button", name="Terug").click()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    page.get_by_role("button", name="Wijzig ouder 1").click()
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()
    group = page.get_by_role("group", name="Ouder 1", exact=True)
    assert group.get_by_label("Voornaam", exact=True).input_value() == "Zoë"
    assert page.get_by_role("group", name="Ouder 2", exact=True).get_by_label("Achternaam", exact=True).input_value() == "محمد"


def test_family_fields_have_autocomplete_off_and_visible_labels(page):
    give_consent(page)
    page.get_by_role("button", name="Tweede ouder toevoegen").click()
    inputs = page.locator("input:not([type=checkbox])")
    assert inputs.count() >= 18
    for i in range(inputs.count()):
        field = inputs.nth(i)
        assert field.get_attribute("autocomplete") == "off"
        label = page.locator(f"label[for='{field.get_attribute('id')}']")
        assert label.is_visible()


def test_wipe_clears_everything(page):
    give_consent(page)
    fill_parent(page, 1, PARENT_1)
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    html = page.content()
    for value in FAMILY_VALUES:
        assert value not in html
    assert not page.get_by_role("checkbox").first.is_checked()
