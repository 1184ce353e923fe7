"""WCAG 2.1 AA, proven where a machine can: axe-core on every page and state, the whole referral
with the keyboard alone, focus after every step change and error, and no horizontal scrolling at
360 px (screenshots at 360 and 1280 px are saved as artifacts)."""

import json

import pytest

from conftest import ARTIFACTS, ROOT
from flow import PARENT_1, SENDER, download, fill_parent, fill_parents, fill_sender, give_consent

AXE = ROOT / ".tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture()
def a11y(browser, app_url):
    """A page where axe-core can be injected (CSP bypassed for the test script only)."""
    assert AXE.exists(), "axe-core is not installed: run `make test`"
    context = browser.new_context(bypass_csp=True, accept_downloads=True, locale="nl-BE")
    page = context.new_page()
    page.goto(app_url)
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    yield page
    context.close()


def axe(page, name):
    if not page.evaluate("() => !!window.axe"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
            return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                              nodes: v.nodes.map((n) => n.target.join(' ')) }));
        }""",
        WCAG,
    )
    assert violations == [], f"{name}: " + json.dumps(violations, indent=2, ensure_ascii=False)


def no_horizontal_overflow(page, name):
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name}: {overflow}px horizontal overflow"


def check(page, name):
    """axe, then screenshots at 360 px (with the overflow check) and 1280 px."""
    axe(page, name)
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        if width == 360:
            no_horizontal_overflow(page, name)
        page.screenshot(path=str(ARTIFACTS / f"a11y-{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})


def test_every_step_and_page_has_no_axe_violation_and_fits_360px(a11y, workdir):
    page = a11y
    check(page, "1-toestemming")
    page.get_by_role("button", name="Volgende: ouder(s)").click()
    page.get_by_role("alert").wait_for()
    check(page, "1-toestemming-fouten")
    give_consent(page)
    check(page, "2-ouders")
    page.get_by_role("button", name="Tweede ouder toevoegen").click()
    page.get_by_role("button", name="Volgende: verwijzing").click()
    page.get_by_role("alert").wait_for()
    check(page, "2-ouders-fouten")
    page.get_by_role("button", name="Ouder 2 verwijderen").click()
    fill_parents(page, two=True)
    check(page, "3-verwijzing")
    page.get_by_role("button", name="Volgende: controleer").click()
    page.get_by_role("alert").wait_for()
    check(page, "3-verwijzing-fouten")
    fill_sender(page)
    check(page, "4-controleer")
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    check(page, "5-download")
    download(page, "Versleutel en download")
    page.get_by_role("button", name="Volgende: verzenden").click()
    page.get_by_label("Gsm-nummer van je contactpersoon bij het OCMW").fill("0470 11 22 33")
    page.get_by_role("img", name="QR-code die een sms met het wachtwoord klaarzet").wait_for()
    check(page, "6-verzenden")
    page.get_by_label("Gsm-nummer van je contactpersoon bij het OCMW").fill("0470 11")
    check(page, "6-verzenden-fout")

    for name, heading in [("Toegankelijkheidsverklaring", "Toegankelijkheidsverklaring"),
                          ("Privacyverklaring", "Privacyverklaring")]:
        page.get_by_role("button", name=name).click()
        page.get_by_role("heading", name=heading, level=1).wait_for()
        check(page, name.lower())
        page.get_by_role("button", name="Terug naar Toeleiding").click()
    page.get_by_role("button", name="Instellingen").click()
    page.get_by_role("heading", name="Instellingen van je organisatie").wait_for()
    check(page, "instellingen")
    page.get_by_role("button", name="Terug naar de verwijzing").first.click()
    page.get_by_role("button", name="Infoblad voor de ouders").click()
    page.get_by_role("heading", name="Informatie voor de ouder(s)").wait_for()
    check(page, "infoblad")

    page.get_by_role("link", name="Verwijzing openen").click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
    check(page, "openen")
    page.get_by_role("button", name="Openen", exact=True).click()
    page.get_by_role("alert").wait_for()
    check(page, "openen-fout")
    page.get_by_role("button", name="Privacyverklaring").click()
    page.get_by_role("heading", name="Privacyverklaring", level=1).wait_for()
    check(page, "openen-privacyverklaring")


def test_opened_referral_has_no_axe_violation(a11y, workdir):
    page = a11y
    give_consent(page)
    fill_parents(page)
    fill_sender(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    password = page.locator("#wachtwoord").inner_text().replace("\n", "").replace(" ", "")
    archive = workdir / "a.zip"
    download(page, "Versleutel en download").save_as(archive)
    page.get_by_role("link", name="Verwijzing openen").click()
    page.get_by_label("Ontvangen bestand").set_input_files(str(archive))
    page.get_by_label("Wachtwoord uit de sms").fill(password)
    page.get_by_role("button", name="Openen", exact=True).click()
    page.get_by_role("heading", name="Verwijzing", level=2).wait_for()
    check(page, "openen-resultaat")


# --- keyboard only -------------------------------------------------------------------------

def focused(page):
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return { tag: e.tagName, id: e.id, text: (e.innerText || '').trim(),
                            cls: e.className || '' }; }"""
    )


def tab_to(page, matches, limit=120, back=False):
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if matches(focused(page)):
            return
    raise AssertionError(f"could not reach the element with the keyboard; focus is on {focused(page)}")


def tab_to_id(page, element_id):
    tab_to(page, lambda f: f["id"] == element_id)


def tab_to_button(page, text):
    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == text)


def heading_has_focus(page, text):
    f = focused(page)
    assert f["tag"] == "H1" and f["text"] == text, f


def type_into(page, element_id, text):
    tab_to_id(page, element_id)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def test_whole_referral_with_the_keyboard_alone(page, workdir):
    # Step 1: the six checkboxes with Space, then Enter on "Volgende".
    for i in range(1, 7):
        tab_to_id(page, f"toestemming-{i}")
        page.keyboard.press("Space")
    tab_to_button(page, "Volgende: ouder(s)")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()
    heading_has_focus(page, "Ouder(s)")

    # Step 2 with a mistake: the summary takes focus, its link leads to the field.
    values = {**PARENT_1, "Postcode": "90"}
    ids = {"Voornaam": "voornaam", "Achternaam": "achternaam", "Straat": "straat", "Huisnummer": "huisnummer",
           "Bus (niet verplicht)": "bus", "Postcode": "postcode", "Gemeente": "gemeente",
           "Telefoonnummer": "telefoon", "E-mailadres": "email"}
    for label, value in values.items():
        type_into(page, f"ouder-1-{ids[label]}", value)
    page.keyboard.press("Enter")  # Enter in a field submits the step
    page.get_by_role("alert").wait_for()
    assert "foutoverzicht" in focused(page)["cls"]
    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "A"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "ouder-1-postcode"
    page.keyboard.press("Control+A")
    page.keyboard.type("9000")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()
    heading_has_focus(page, "Verwijzing")

    # Step 3.
    for element_id, label in [("team", "Naam van het lokaal team"), ("medewerker-naam", "Jouw naam"),
                              ("medewerker-telefoon", "Jouw telefoonnummer op het werk"),
                              ("ocmw-naam", "Naam van het OCMW"),
                              ("ocmw-email", "Beveiligd e-mailadres van het OCMW")]:
        type_into(page, element_id, SENDER[label])
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    heading_has_focus(page, "Controleer")

    # Step 4 -> 5 -> download -> 6.
    tab_to_button(page, "Volgende: versleutel en download")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    heading_has_focus(page, "Versleutel en download")
    tab_to_button(page, "Versleutel en download")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".7z")
    tab_to_button(page, "Volgende: verzenden")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Verzenden", level=1).wait_for()
    heading_has_focus(page, "Verzenden")

    # Back to the start with Shift+Tab to "Terug" and the wipe at the end.
    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "Terug", back=True)
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    heading_has_focus(page, "Versleutel en download")


def test_browser_back_button_goes_to_the_previous_step(page):
    give_consent(page)
    fill_parent(page, 1, PARENT_1)
    page.get_by_role("button", name="Volgende: verwijzing").click()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()
    assert page.url.endswith("#stap-3")
    page.go_back()
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()
    assert page.get_by_role("group", name="Ouder 1", exact=True).get_by_label("Voornaam", exact=True).input_value() == "Zoë"
    page.go_forward()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()
    assert page.title() == "Verwijzing – stap 3 van 6 – Toeleiding"


def test_every_screen_of_ksz_lezen_has_no_axe_violation_and_fits_360px(a11y, app_url):
    from ksz import open_ksz, record, set_status

    page = a11y
    open_ksz(page, app_url)
    check(page, "ksz-invullen")
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("alert").wait_for()
    check(page, "ksz-fouten")
    set_status(page, "rva", "Gevonden")
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("alert").get_by_text("kies wat je zag").wait_for()
    check(page, "ksz-fout-waarneming")
    record(page, {"rva": ["rva.no-right"], "dimona": ["dimona.exit-recent"],
                  "groeipakket": ["groeipakket.orphan-supplement"]},
           nothing=["pensioen"], not_consulted=["kadaster"])
    page.get_by_role("button", name="Maak het werkblad").click()
    page.get_by_role("heading", name="Werkblad per voorwaarde", level=2).wait_for()
    check(page, "ksz-werkblad")
    page.get_by_role("button", name="Leeswijzer").click()
    page.get_by_role("heading", name="Leeswijzer per stroom", level=2).wait_for()
    check(page, "ksz-leeswijzer")
    page.get_by_role("button", name="Kader").click()
    page.get_by_role("heading", name="De zes voorwaarden voor het leefloon").wait_for()
    check(page, "ksz-kader")
    page.get_by_role("button", name="Oefenen").click()
    page.get_by_role("heading", name="Oefendossiers", level=2).wait_for()
    check(page, "ksz-oefendossiers")
    page.locator(".dossier-kaart").first.get_by_role("button").click()
    page.get_by_role("heading", name="Wat de KSZ toont").wait_for()
    check(page, "ksz-dossier")
    page.get_by_role("button", name="Vergelijk met het modelantwoord").click()
    page.get_by_role("alert").wait_for()
    check(page, "ksz-dossier-fout")
    set_status(page, "rva", "Niet geraadpleegd / geen toegang")
    page.get_by_role("button", name="Vergelijk met het modelantwoord").click()
    page.get_by_role("heading", name="Modelantwoord").wait_for()
    check(page, "ksz-modelantwoord")
    page.get_by_role("button", name="Toegankelijkheidsverklaring").click()
    page.get_by_role("heading", name="Toegankelijkheidsverklaring", level=1).wait_for()
    check(page, "ksz-toegankelijkheid")
