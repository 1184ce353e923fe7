"""Leaving a page that holds typed or imported work first asks the browser's own "Leave site?"
question (nothing is stored, so it would be gone); an empty or wiped page leaves at once. In
headless Chromium, through the header's links as a person would."""

from flow import fill_parent, give_consent
from ksz import open_ksz, record


def leave_by_link(page, link):
    """Clicks a header link; returns the types of the dialogs the browser showed, each
    dismissed (the worker chose to stay)."""
    shown = []

    def stay(dialog):
        shown.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    page.get_by_role("link", name=link).click()
    page.wait_for_timeout(300)
    page.remove_listener("dialog", stay)
    return shown


def test_a_half_made_referral_is_not_lost_by_a_link(page):
    # Nothing typed yet (the team and OCMW the settings prefill are not family data): no question.
    give_consent(page)
    page.get_by_role("link", name="Verwijzing openen").click()
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()
    page.go_back()
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()

    give_consent(page)
    fill_parent(page, 1, {"Voornaam": "Zoë"})
    assert leave_by_link(page, "Verwijzing openen") == ["beforeunload"]
    # The worker stayed: the page and what was typed are still there.
    first_name = page.get_by_role("group", name="Ouder 1", exact=True).get_by_label("Voornaam", exact=True)
    assert first_name.input_value() == "Zoë"

    # After "Alles wissen" there is nothing to lose: the link leaves at once.
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    assert leave_by_link(page, "Verwijzing openen") == []
    page.get_by_role("heading", name="Verwijzing openen", level=1).wait_for()


def test_a_recorded_ksz_worksheet_is_not_lost_by_a_link(page, app_url):
    open_ksz(page, app_url)
    assert leave_by_link(page, "Verwijzing maken") == []
    page.get_by_role("heading", name="Toestemming", level=1).wait_for()
    open_ksz(page, app_url)
    record(page, {"rva": ["rva.no-right"]})
    assert leave_by_link(page, "Verwijzing maken") == ["beforeunload"]
    assert page.get_by_role("heading", name="KSZ lezen", level=1).is_visible()
