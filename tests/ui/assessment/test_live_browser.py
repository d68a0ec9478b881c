"""End to end in a real browser: headless Chromium on a phone-sized viewport votes on loopback.

Skipped, saying why, only where Chromium or its driver is not installed
(scripts/bootstrap.sh installs Debian's chromium and chromium-driver).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.assessment.test_live_workshop import take_results
from tpm_desktop.core.model import WorkshopRating

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path("/work/shots")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (Path(CHROMEDRIVER).exists() and Path(CHROMIUM).exists()):
    pytest.skip(
        "Chromium and chromium-driver are not installed (scripts/bootstrap.sh installs them)",
        allow_module_level=True,
    )

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def phone_browser(language: str):
    """Headless Chromium as a 390×844 phone asking for pages in `language`."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--lang={language}",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}}
    )
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    return webdriver.Chrome(options=options, service=service)


def tap(driver, selector: str) -> None:
    WebDriverWait(driver, 10, ignored_exceptions=[StaleElementReferenceException]).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, selector))
    ).click()


def rate(driver, url: str, values: list[int], shot: str | None = None) -> None:
    """Open the page as a new phone and rate the first touchpoints on criterion 1."""
    driver.delete_all_cookies()
    driver.get(url)
    # The page draws the touchpoint anew after each saved tap: old elements go stale.
    wait = WebDriverWait(driver, 10, ignored_exceptions=[StaleElementReferenceException])
    for index, value in enumerate(values):
        wait.until(ec.presence_of_element_located((By.ID, "touchpoint-name")))
        progress = driver.find_element(By.ID, "progress").text
        assert progress.startswith(str(index + 1))
        tap(driver, f'button[data-scale="c1"][data-value="{value}"]')
        wait.until(
            lambda d, v=value: (
                d.find_element(
                    By.CSS_SELECTOR, f'button[data-scale="c1"][data-value="{v}"]'
                ).get_attribute("aria-pressed")
                == "true"
            )
        )
        if shot and index == 1 and SHOTS.is_dir():
            driver.save_screenshot(str(SHOTS / shot))
        tap(driver, "#next")


@pytest.fixture
def browsers():
    opened = {}

    def get(language):
        if language not in opened:
            opened[language] = phone_browser(language)
        return opened[language]

    yield get
    for driver in opened.values():
        driver.quit()


def test_three_phones_vote_in_chromium_and_the_results_enter_the_project(
    window, start_round, qtbot, monkeypatch, browsers
):
    dashboard = start_round(criteria={1})
    url = dashboard.server.url
    spec = dashboard.live.spec
    english, german = browsers("en-US"), browsers("de-DE")
    rate(english, url, [2, 4, 5], shot="13w-phone-en.png")
    rate(german, url, [4, 4, 1], shot="13w-phone-de.png")
    total = len(spec.touchpoints)
    assert german.find_element(By.ID, "progress").text == f"4 von {total}"
    rate(english, url, [3, 1, 3])
    assert english.find_element(By.ID, "progress").text == f"4 of {total}"
    tap(english, "#back")  # back shows the last rating, as given
    pressed = english.find_element(By.CSS_SELECTOR, 'button[aria-pressed="true"]')
    assert pressed.get_attribute("data-value") == "3"

    # the German page's texts came from texts.json (de)
    assert german.find_element(By.ID, "back").text == "Zurück"
    assert german.find_element(By.ID, "next").text == "Überspringen"  # not rated yet

    qtbot.waitUntil(lambda: "9 ratings in" in dashboard.counters.text(), timeout=5000)
    assert "3 participants" in dashboard.counters.text()
    model = dashboard.model
    rows = {
        model.index(r, 0).data(): r
        for r in range(model.rowCount())
        if model.index(r, 2).data() == "Function"
    }
    first = rows[spec.touchpoints[0].code]
    assert model.index(first, 3).data() == "3"
    assert model.index(first, 4).data() == "3"  # (2 + 4 + 3) / 3
    assert model.index(first, 6).data() == "2 – 4"
    if SHOTS.is_dir():
        dashboard.grab().save(str(SHOTS / "13w-dashboard-e2e.png"))

    qtbot.mouseClick(dashboard.close_button, Qt.MouseButton.LeftButton)
    english.get(url)
    WebDriverWait(english, 10).until(
        lambda d: (
            "closed" in d.find_element(By.TAG_NAME, "body").text
            or "not reach" in d.page_source
            or d.find_element(By.TAG_NAME, "body").text == ""
        )
    )
    take_results(monkeypatch, qtbot, as_is=True)
    qtbot.mouseClick(dashboard.take_button, Qt.MouseButton.LeftButton)
    state = window.context.document.state
    ratings = [r for r in state.table(WorkshopRating).values() if r.batch == "Kick-off"]
    assert len(ratings) == 9 and len({r.participant for r in ratings}) == 3
    touchpoint = spec.touchpoints[0].id
    assert sorted(r.value for r in ratings if r.touchpoint_id == touchpoint) == [2.0, 3.0, 4.0]


def test_named_round_asks_the_name_first_and_a_closed_round_says_so(tmp_path, browsers):
    from tests.support.builders import small_state
    from tpm_desktop.core.live.journal import journal_folder, start_round
    from tpm_desktop.core.live.results import round_spec
    from tpm_desktop.core.live.serving import RoundServer

    state = small_state("de")
    spec = round_spec(
        state, state.touchpoints, [1], False, name="Benannt", experience_label="", named=True
    )
    live, journal = start_round(journal_folder(tmp_path), spec)
    server = RoundServer(live, "127.0.0.1", 0)
    server.start()
    try:
        driver = browsers("de-DE")
        driver.get(server.url)
        wait = WebDriverWait(driver, 10, ignored_exceptions=[StaleElementReferenceException])
        field = wait.until(ec.presence_of_element_located((By.ID, "name")))
        assert driver.find_element(By.ID, "start").text == "Los geht’s"
        field.send_keys("Ana\n")  # Enter starts
        wait.until(ec.presence_of_element_located((By.ID, "touchpoint-name")))
        tap(driver, 'button[data-scale="c1"][data-value="5"]')
        wait.until(
            lambda d: (
                d.find_element(By.CSS_SELECTOR, 'button[data-value="5"]').get_attribute(
                    "aria-pressed"
                )
                == "true"
            )
        )
        assert list(live.participants().values()) == ["Ana"]
        assert [b.values for b in live.ballots()] == [(("c1", 5),)]
        live.close()
        tap(driver, 'button[data-scale="c1"][data-value="4"]')  # too late
        wait.until(lambda d: "beendet" in d.find_element(By.TAG_NAME, "body").text)
        assert [b.values for b in live.ballots()] == [(("c1", 5),)]
        driver.get(server.url)
        assert "Diese Bewertungsrunde ist beendet" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        server.stop()
        journal.close()
