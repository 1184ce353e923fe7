"""How a person fills in a referral, step by step: shared by the browser tests and the benchmark."""

import re

from conftest import ARTIFACTS

PARENT_1 = {
    "Voornaam": "Zoë",
    "Achternaam": "O'Brien-Van den Broeck",
    "Straat": "Rue de l'Église & <Co>",
    "Huisnummer": "12A",
    "Bus (niet verplicht)": "3",
    "Postcode": "9000",
    "Gemeente": "Gent",
    "Telefoonnummer": "0470/12.34.56",
    "E-mailadres": "zoe@example.be",
}
PARENT_2 = {
    "Voornaam": 'Ğülşen "Gül"',
    "Achternaam": "محمد",
    "Telefoonnummer": "+32 9 765 43 21",
}
SENDER = {
    "Naam van het lokaal team": "Lokaal team Gent-Noord",
    "Jouw naam": "An Peeters",
    "Jouw telefoonnummer op het werk": "09 123 45 67",
    "Jouw e-mailadres op het werk": "an.peeters@kindengezin.be",
    "Naam van het OCMW": "OCMW Gent",
    "Beveiligd e-mailadres van het OCMW": "toeleiding@ocmw.gent.be",
}
FAMILY_VALUES = [
    "Zoë", "Brien", "Église", "0470", "zoe@", "Gül", "محمد", "Peeters",
]


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def give_consent(page):
    for box in page.get_by_role("checkbox").all():
        box.check()
    page.get_by_role("button", name="Volgende: ouder(s)").click()
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()


def fill_parent(page, number, values):
    group = page.get_by_role("group", name=f"Ouder {number}", exact=True)
    for label, value in values.items():
        group.get_by_label(label, exact=True).fill(value)


def fill_parents(page, two=True):
    fill_parent(page, 1, PARENT_1)
    if two:
        page.get_by_role("button", name="Tweede ouder toevoegen").click()
        fill_parent(page, 2, PARENT_2)
        page.get_by_role("group", name="Ouder 2", exact=True).get_by_label("Zelfde adres als ouder 1").check()
    shot(page, "step-2-parents")
    page.get_by_role("button", name="Volgende: verwijzing").click()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()


def fill_sender(page):
    for label, value in SENDER.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Volgende: controleer").click()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()


def to_download_step(page):
    give_consent(page)
    fill_parents(page)
    fill_sender(page)
    shot(page, "step-4-review")
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    shot(page, "step-5-download")


def password_of(page):
    text = page.locator("#wachtwoord").inner_text()
    password = re.sub(r"\s", "", text)
    assert re.fullmatch(r"[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}", password), password
    return password


def download(page, button):
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    return info.value


def sealed_archive(page, folder):
    """Clicks "Versleutel en download" and saves the download in `folder` under its own name."""
    dl = download(page, "Versleutel en download")
    archive = folder / dl.suggested_filename
    dl.save_as(archive)
    return archive


def to_send_step(page):
    """After the archive was downloaded: go on to "Verzenden"."""
    page.get_by_role("button", name="Volgende: verzenden").click()
    page.get_by_role("heading", name="Verzenden", level=1).wait_for()
