"""How a social worker records what the KSZ showed on the page "KSZ lezen": shared by the KSZ
browser tests. Names and labels are read from the knowledge files (our own data), so the tests
click exactly what a person sees."""

import tomllib

from conftest import ROOT

KNOWLEDGE = ROOT / "src" / "ksz" / "knowledge"


def flows():
    """Flow id → (name, {observation id → label})."""
    out = {}
    for path in sorted((KNOWLEDGE / "flows").glob("*.toml")):
        data = tomllib.loads(path.read_text())
        out[data["id"]] = (data["name"], {f"{data['id']}.{o['id']}": o["label"] for o in data["observation"]})
    return out


FLOWS = flows()


def open_ksz(page, app_url):
    page.goto(app_url + "ksz.html")
    page.get_by_role("heading", name="KSZ lezen", level=1).wait_for()


def flow_group(page, flow):
    name, _ = FLOWS[flow]
    return page.get_by_role("group", name=name, exact=True)


def set_status(page, flow, status):
    """status: "Gevonden", "Geraadpleegd, niets gevonden" or "Niet geraadpleegd / geen toegang"."""
    flow_group(page, flow).get_by_label(status, exact=True).check()


def tick(page, observation):
    flow = observation.split(".")[0]
    _, labels = FLOWS[flow]
    flow_group(page, flow).get_by_label(labels[observation], exact=True).check()


def record(page, found, nothing=(), not_consulted=()):
    """found: {flow: [observation ids]}."""
    for flow, observations in found.items():
        set_status(page, flow, "Gevonden")
        for o in observations:
            tick(page, o)
    for flow in nothing:
        set_status(page, flow, "Geraadpleegd, niets gevonden")
    for flow in not_consulted:
        set_status(page, flow, "Niet geraadpleegd / geen toegang")


def condition(page, title):
    return page.get_by_role("region", name=title, exact=True)


def shown_text(locator):
    """The text of an answer or a timeline as a person reads it: scrolled to. While off screen
    the page does not lay them out (`content-visibility: auto`, issue 20), so the browser gives
    them no `innerText` until they are shown (selecting, find-in-page, screen readers and print
    get their text all the same)."""
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_function("el => el.innerText.trim() !== ''", arg=locator.element_handle())
    return locator.inner_text()


def rendered(page):
    """Waits until the page has rendered every answer and timeline of the last batch (it shows
    them one per task and marks the list `aria-busy` meanwhile)."""
    from playwright.sync_api import expect

    expect(page.locator("[aria-busy=true]")).to_have_count(0, timeout=60_000)
