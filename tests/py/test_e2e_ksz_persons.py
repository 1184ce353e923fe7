"""KSZ lezen, persons (issue 17), in headless Chromium as a social worker uses it: an answer
about the partner stays the partner's (a line about the household's resources, never one about
the applicant), "Gezin op <datum>" lists who lives with the applicant on the consultation's date
and "Vroeger" who left, and the print names roles only. Our own synthetic answers (no sample
data): a GeefPersoon of the applicant with a household, and our RVA fixture asked about the
partner."""

from conftest import ARTIFACTS, ROOT
from test_accessibility import axe
from ksz import rendered, shown_text
from test_e2e_ksz_import import drop_files, ksz, printed_text, status  # noqa: F401 (fixture)

APPLICANT = "85010112345"
PARTNER = "84020212345"
CHILD = "16040412345"
LODGER = "70050512345"


def member(insz, position, born, since, until=None, first="Lid"):
    end = f' DatumEinde="{until}"' if until else ""
    return (
        f'<Gezinslid DatumBegin="{since}"{end}><INSZ>{insz}</INSZ><Naam><Achternamen>'
        f"<Achternaam>Proefnaam</Achternaam></Achternamen><Voornamen><Voornaam>{first}</Voornaam>"
        f"</Voornamen></Naam><Geboortedatum>{born}</Geboortedatum><Positie><Code>{position}</Code>"
        f"<Omschrijving>x</Omschrijving></Positie></Gezinslid>"
    )


HOUSEHOLD = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie>
<Bericht><Tijdstip><Datum>2026-12-04</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
<Persoon><INSZ>{APPLICANT}</INSZ><Gezinsleden>
{member(PARTNER, "02", "1984-02-02", "2015-06-01", first="Partnervoornaam")}
{member(CHILD, "03", "2016-04-04", "2016-04-04", first="Kindvoornaam")}
{member(LODGER, "12", "1970-05-05", "2019-01-01", "2023-08-31", first="Huisgenootvoornaam")}
</Gezinsleden></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>
""".encode()


def partner_rva():
    text = (ROOT / "tests/fixtures/ksz/rva_paid_sums.xml").read_text(encoding="utf-8")
    return text.replace("93032012345", PARTNER).encode()


def test_a_partners_income_the_household_on_the_date_and_a_print_with_roles_only(ksz):
    page = ksz
    drop_files(page, [("huishouden.xml", HOUSEHOLD), ("rva-partner.xml", partner_rva())])
    status(page).filter(has_text="2 bestanden ingelezen.").wait_for()
    rendered(page)
    # The RVA answer says whom it is about.
    articles = page.locator("article.antwoord")
    assert "Dit antwoord gaat over: partner." in shown_text(articles.nth(1))
    assert "Dit antwoord gaat over" not in shown_text(articles.nth(0))
    # Our GeefPersoon has no nationality: the worker ticks what she saw.
    page.get_by_label("Belgische nationaliteit").check()
    page.get_by_role("button", name="Maak het werkblad").click()

    # "Gezin op <datum>": the consultation's date is the latest answer's.
    family = page.get_by_role("region", name="Gezin op 4 december 2026")
    family.wait_for()
    text = family.inner_text()
    assert "partner (Proefnaam Partnervoornaam), sinds 2015-06-01" in text, text
    assert "kind 1 (Proefnaam Kindvoornaam), geboren 2016, sinds 2016-04-04" in text, text
    assert "Vroeger" in text
    assert "ander gezinslid 1 (Proefnaam Huisgenootvoornaam), tot 2023-08-31" in text, text
    # The lodger left: not in the household today.
    now = family.locator("ul.gezinsleden:not(.vroeger)").inner_text()
    assert "ander gezinslid" not in now
    assert "Kan wijzen op de categorie persoon met gezin ten laste" in text

    # The partner's benefit: a line about the household's resources, not the applicant's.
    sheet = page.get_by_role("region", name="Werkblad per voorwaarde").inner_text()
    assert "Over de partner: die krijgt een werkloosheidsuitkering" in sheet
    assert "Over: partner" in sheet
    assert "RVA: er is een recht op uitkering en er wordt betaald" not in sheet
    axe(page, "ksz-persons-sheet")

    # A consultation date before the lodger left: the lodger lives there, nobody is "Vroeger".
    date = page.get_by_label("Datum van de raadpleging")
    date.fill("2020-01-01")
    family = page.get_by_role("region", name="Gezin op 1 januari 2020")
    family.wait_for()
    now = family.locator("ul.gezinsleden:not(.vroeger)").inner_text()
    assert "ander gezinslid 1" in now
    assert "Geen vroegere gezinsleden in de antwoorden." in family.inner_text()
    date.fill("2026-12-04")
    page.get_by_role("region", name="Gezin op 4 december 2026").wait_for()

    # On paper: roles and birth years, never a name or a national number.
    printed = printed_text(page)
    assert "Gezin op 4 december 2026" in printed
    assert "kind 1, geboren 2016, sinds 2016" in printed
    for secret in ["Proefnaam", "Partnervoornaam", "Kindvoornaam", APPLICANT, PARTNER, CHILD,
                   "2016-04-04"]:
        assert secret not in printed, secret
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "ksz-persons-print.png"), full_page=True)
    page.emulate_media(media="screen")


def test_a_partners_benefit_entered_by_hand_is_never_about_the_applicants_health(ksz):
    from ksz import record

    page = ksz
    record(page, {"rr": ["rr.belgian"]})
    chooser = page.get_by_label("Voor wie vul je in?")
    assert chooser.get_attribute("autocomplete") == "off"
    # Roles only: no name can be chosen or typed.
    options = chooser.locator("option").all_inner_texts()
    assert options[:3] == ["aanvrager", "partner", "kind 1"], options
    chooser.select_option(label="partner")
    record(page, {"arbeidsongeschiktheid": ["arbeidsongeschiktheid.benefit-paid"]})
    # The applicant's own part is untouched.
    chooser.select_option(label="aanvrager")
    assert not page.get_by_role("group", name="Wat zag je?").filter(
        has_text="Betalingen zichtbaar").count()
    page.get_by_role("button", name="Maak het werkblad").click()
    sheet = page.get_by_role("region", name="Werkblad per voorwaarde")
    sheet.wait_for()
    text = sheet.inner_text()
    assert "Over de partner: die krijgt een uitkering van het ziekenfonds" in text
    assert "Over: partner" in text
    assert "Geen apart medisch attest" not in text
    assert "Arbeidsongeschiktheid: er loopt een erkende periode" not in text
    axe(page, "ksz-persons-by-hand")


def test_the_worker_says_which_answer_is_about_the_applicant(ksz):
    page = ksz
    # The partner's answer comes first: its person is taken as the applicant at first.
    drop_files(page, [("rva-partner.xml", partner_rva()), ("huishouden.xml", HOUSEHOLD)])
    status(page).filter(has_text="2 bestanden ingelezen.").wait_for()
    rendered(page)
    articles = page.locator("article.antwoord")
    assert "Dit antwoord gaat over: partner." in shown_text(articles.nth(1))
    articles.nth(1).get_by_role("button", name="Dit antwoord gaat over de aanvrager").click()
    articles.nth(0).get_by_text("Dit antwoord gaat over: partner.").wait_for()
    assert "Dit antwoord gaat over" not in shown_text(articles.nth(1))
    axe(page, "ksz-persons-choose-applicant")
