"""What the worker confirmed is exactly what gets encrypted (issue 9's two scenarios, run as a
person would in headless Chromium):

1. After *Controleer*, "Wijzig ouder 1", a new first name and the browser's Back button: the
   review shows the new name, and the archive 7-Zip opens holds the new name, never the old one.
2. An agreed password that was ticked but not applied never produces an archive: the encrypt
   button says why, next to the field and in the error summary; once applied, the archive opens
   with exactly that password.
"""

from conftest import docx_cells, extract, sevenzip
from flow import download, fill_parents, fill_sender, give_consent, password_of, sealed_archive

STRONG = "kaneel-vuurtoren-sjaal-knikker-oever"


def to_review(page):
    give_consent(page)
    fill_parents(page)
    fill_sender(page)


def test_archive_holds_the_name_confirmed_after_editing_and_browser_back(page, workdir):
    to_review(page)
    assert "Zoë" in page.locator("main").inner_text()
    page.get_by_role("button", name="Wijzig ouder 1").click()
    page.get_by_role("heading", name="Ouder(s)", level=1).wait_for()
    group = page.get_by_role("group", name="Ouder 1", exact=True)
    group.get_by_label("Voornaam", exact=True).fill("Mira")
    page.go_back()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    review = page.locator("main").inner_text()
    assert "Mira" in review and "Zoë" not in review, review

    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    password = password_of(page)
    archive = sealed_archive(page, workdir)
    [document] = extract(archive, password, workdir / "out")
    cells = docx_cells(document)
    assert "Mira" in cells and "Zoë" not in cells, cells


def test_forward_past_review_after_an_edit_lands_on_review(page, workdir):
    to_review(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    download(page, "Versleutel en download")
    # Back twice (to the sender step), change the team, then Forward twice towards the download.
    page.go_back()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    page.go_back()
    page.get_by_role("heading", name="Verwijzing", level=1).wait_for()
    page.get_by_label("Naam van het lokaal team", exact=True).fill("Lokaal team Gent-Zuid")
    page.go_forward()
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    page.go_forward()
    # The change must be seen on Controleer first: Forward does not skip it.
    page.get_by_role("heading", name="Controleer", level=1).wait_for()
    assert "Lokaal team Gent-Zuid" in page.locator("main").inner_text()


def test_an_agreed_password_that_was_not_applied_never_gives_an_archive(page, workdir):
    downloads = []
    page.on("download", lambda d: downloads.append(d))
    to_review(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_role("heading", name="Versleutel en download", level=1).wait_for()
    page.get_by_label("Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak").check()

    # Nothing typed.
    page.get_by_role("button", name="Versleutel en download").click()
    summary = page.get_by_role("alert")
    summary.get_by_text("Typ het wachtwoord dat je met het OCMW afsprak").wait_for()
    assert page.evaluate("document.activeElement.classList.contains('foutoverzicht')")
    assert page.title().startswith("Fout: ")

    # Typed, not applied.
    field = page.get_by_label("Afgesproken wachtwoord")
    field.fill(STRONG)
    page.get_by_role("button", name="Versleutel en download").click()
    summary.get_by_text("Kies eerst \"Gebruik dit wachtwoord\"").wait_for()
    # The same message stands next to the field, and the field is marked invalid.
    assert field.get_attribute("aria-invalid") == "true"
    described = field.get_attribute("aria-describedby")
    assert "afgesproken-wachtwoord-tekst-fout" in described
    page.wait_for_timeout(500)
    assert downloads == [], "an archive was made without an applied agreed password"

    # A weak one is refused with how to make a strong one.
    field.fill("Marieke1985!")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("een voornaam of familienaam").wait_for()
    page.get_by_text("vijf of meer willekeurige woorden").first.wait_for()
    assert field.input_value() == "Marieke1985!"

    # Applied: now the archive comes, and opens with exactly that password.
    field.fill(STRONG)
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_text("Het afgesproken wachtwoord wordt gebruikt.").wait_for()
    archive = sealed_archive(page, workdir)
    assert extract(archive, STRONG, workdir / "out")
    assert sevenzip("t", f"-p{STRONG}x", str(archive), cwd=workdir).returncode == 2
    assert len(downloads) == 1


def test_leaving_agreed_mode_shows_a_generated_password_again(page):
    to_review(page)
    page.get_by_role("button", name="Volgende: versleutel en download").click()
    page.get_by_label("Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak").check()
    page.get_by_label("Afgesproken wachtwoord").fill("Zomer2026!")
    page.get_by_role("button", name="Gebruik dit wachtwoord").click()
    page.get_by_role("button", name="Gebruik toch een wachtwoord van Toeleiding").click()
    assert password_of(page)
