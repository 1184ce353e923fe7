"""End to end for sending: the neutral mail link, the SMS QR code (decoded with rqrr), the
parents' information sheet, organisation settings, agreed passwords and the checklist."""

import json
import subprocess
from urllib.parse import unquote, urlparse

from conftest import ARTIFACTS, ROOT, extract, sevenzip
from flow import (
    PARENT_1,
    PARENT_2,
    download,
    fill_parents,
    give_consent,
    password_of,
    shot,
    to_download_step,
    to_send_step,
)

FAMILY = ["Zoë", "Brien", "Église", "0470/12.34.56", "470123456", "zoe@example.be", "Gül", "محمد", "3297654321"]


def decode_qr(png):
    r = subprocess.run(
        ["cargo", "run", "--quiet", "--example", "decode_qr", "--", str(png)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return r.stdout


def downloaded(page, workdir, send=True):
    to_download_step(page)
    password = password_of(page)
    dl = download(page, "Versleutel en download")
    dl.save_as(workdir / dl.suggested_filename)
    if send:
        to_send_step(page)
    return password, workdir / dl.suggested_filename


def test_mail_link_is_neutral(page, workdir):
    password, archive = downloaded(page, workdir)
    href = page.locator("#mail-link").get_attribute("href")
    assert href.startswith("mailto:toeleiding@ocmw.gent.be?subject=")
    decoded = unquote(href)
    assert "Toeleiding Kind en Gezin – versleuteld document" in decoded
    assert "7-Zip" in decoded and "per sms" in decoded
    for value in FAMILY:
        assert value not in decoded, value
    assert password not in decoded
    page.get_by_text(f"Voeg zelf het gedownloade bestand {archive.name} toe als bijlage.").wait_for()


def test_sms_qr_code_decodes_to_the_smsto_payload(page, workdir):
    password, _ = downloaded(page, workdir)
    page.get_by_label("Gsm-nummer van je contactpersoon bij het OCMW").fill("0470 11 22 33")
    qr = page.get_by_role("img", name="QR-code die een sms met het wachtwoord klaarzet")
    qr.wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "sms-qr.png"
    qr.screenshot(path=str(png))
    text = page.locator(".sms-tekst").inner_text()
    assert password in text
    payload = decode_qr(png)
    assert payload == f"SMSTO:+32470112233:{text}"
    for value in FAMILY:
        assert value not in payload
    sms = page.get_by_role("link", name="Open sms").get_attribute("href")
    assert sms.startswith("sms:+32470112233?body=") and unquote(sms.split("body=")[1]) == text
    # A wrong number gets a message, not a QR code.
    page.get_by_label("Gsm-nummer van je contactpersoon bij het OCMW").fill("0470 11 22")
    page.get_by_text("Controleer het aantal cijfers").wait_for()
    assert qr.count() == 0


def test_information_sheet_prints(page, workdir):
    downloaded(page, workdir, send=False)
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    page.get_by_role("heading", name="Informatie voor de ouder(s)", level=1).wait_for()
    page.emulate_media(media="print")
    shot(page, "information-sheet-print")
    text = page.locator("main").inner_text()
    assert "OCMW Gent" in text and "Lokaal team Gent-Noord" in text and "An Peeters" in text
    for value in FAMILY:
        assert value not in text
    assert not page.get_by_role("button", name="Afdrukken").is_visible()  # hidden on paper
    page.emulate_media(media="screen")
    page.get_by_role("button", name="Terug naar de verwijzing").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()


def test_information_sheet_from_the_consent_step(page):
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    page.get_by_role("heading", name="Welke gegevens geven we door?").wait_for()
    page.get_by_role("button", name="Terug naar de verwijzing").click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()


def import_settings(page, path):
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_role("heading", name="Instellingen van je organisatie").wait_for()
    page.get_by_label("Instellingenbestand laden (.json)").set_input_files(str(path))


def test_settings_file_fills_the_ocmw_fields(page):
    import_settings(page, ROOT / "settings.example.json")
    page.get_by_text("OCMW Evergem (sociale.dienst@ocmw.evergem.be)").wait_for()
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()
    give_consent(page)
    fill_parents(page, two=False)
    assert page.get_by_label("Naam van het lokaal team").input_value() == "Lokaal team Gent-Noord"
    assert page.get_by_label("Jouw naam").input_value() == "An Peeters"
    page.get_by_label("Kies een OCMW uit de lijst van je organisatie").select_option("OCMW Evergem")
    assert page.get_by_label("Naam van het OCMW").input_value() == "OCMW Evergem"
    assert page.get_by_label("Beveiligd e-mailadres van het OCMW").input_value() == "sociale.dienst@ocmw.evergem.be"
    page.get_by_role("button", name="Volgende: controleer").click()
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    download(page, "Versleutel en download")
    to_send_step(page)
    assert page.get_by_label("Gsm-nummer van je contactpersoon bij het OCMW").input_value() == "0471 44 55 66"
    # Nothing was stored: the settings were not remembered.
    assert page.evaluate("localStorage.length") == 0


def test_malformed_settings_file_shows_its_error_and_keeps_working(page, workdir):
    import_settings(page, ROOT / "settings.example.json")
    page.get_by_text("OCMW Gent (toeleiding@ocmw.gent.be)").wait_for()
    bad = workdir / "kapot.json"
    bad.write_text('{\n  "team": "x",\n  "ocmws": [\n    { "name": "A" "email": "a@b.be" }\n  ]\n}\n')
    page.get_by_label("Instellingenbestand laden (.json)").set_input_files(str(bad))
    alert = page.get_by_role("alert")
    alert.get_by_text("regel 4").wait_for()
    assert "werkt verder met de instellingen die het al had" in alert.inner_text()
    assert page.get_by_text("OCMW Gent (toeleiding@ocmw.gent.be)").is_visible()
    wrong_field = workdir / "veld.json"
    wrong_field.write_text(json.dumps({"ocmws": [{"name": "A", "email": "geen-adres"}]}))
    page.get_by_label("Instellingenbestand laden (.json)").set_input_files(str(wrong_field))
    alert.get_by_text("Het veld ocmws[0].email is geen geldig e-mailadres").wait_for()


def test_remembered_settings_hold_no_family_data(page, workdir):
    import_settings(page, ROOT / "settings.example.json")
    page.get_by_label("Onthoud deze instellingen op dit toestel").check()
    stored = page.evaluate("localStorage.getItem('toeleiding.instellingen')")
    assert "OCMW Evergem" in stored
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()
    password, _ = downloaded(page, workdir)
    dump = page.evaluate("JSON.stringify(Object.assign({}, localStorage))")
    for value in FAMILY + [password]:
        assert value not in dump
    assert json.loads(dump).keys() == {"toeleiding.instellingen"}
    page.reload()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    give_consent(page)
    fill_parents(page, two=False)
    assert page.get_by_label("Naam van het lokaal team").input_value() == "Lokaal team Gent-Noord"
    # Forgetting removes them.
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_label("Onthoud deze instellingen op dit toestel").uncheck()
    assert page.evaluate("localStorage.length") == 0


def test_agreed_password(page, workdir):
    to_download_step(page)
    page.get_by_label("Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak").check()
    field = page.get_by_label("Afgesproken wachtwoord")
    page.get_by_text("De woordenlijsten om het wachtwoord te controleren zijn geladen.").wait_for(state="attached")
    field.fill("Zomer2026!")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("te makkelijk te raden").wait_for()
    assert field.input_value() == "Zomer2026!"
    # A known phrase and a sentence of ordinary words are refused, and the refusal says why.
    field.fill("Wie niet waagt, die niet wint!")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("een bekende uitdrukking, een liedjestekst of een citaat").wait_for()
    page.get_by_role("button", name="Gebruik toch een wachtwoord van Toeleiding").wait_for()
    field.fill("Noor is geboren op 12 maart 2024 in Gent")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("Gewone woorden in een zin zijn makkelijk te raden").wait_for()
    field.fill("geheimé-wachtwoord-lang-genoeg")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("Gebruik enkel letters zonder accenten").wait_for()
    agreed = "kaneel vuurtoren sjaal knikker oever"
    field.fill(agreed)
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("Het afgesproken wachtwoord wordt gebruikt.").wait_for()
    assert agreed not in page.content()
    dl = download(page, "Versleutel en download")
    archive = workdir / "afgesproken.zip"
    dl.save_as(archive)
    assert extract(archive, agreed, workdir / "out")
    assert sevenzip("t", "-pfout", str(archive), cwd=workdir).returncode == 2
    to_send_step(page)
    page.get_by_text("Stuur het niet opnieuw").wait_for()


def test_checklist_then_wipe_for_a_new_referral(page, workdir):
    downloaded(page, workdir)
    checks = page.locator(".wat-nu input[type=checkbox]")
    assert checks.count() == 5
    for i in range(5):
        checks.nth(i).check()
    page.get_by_role("button", name="Alles wissen en nieuwe verwijzing").click()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    assert "Zoë" not in page.content()
