"""Render report.html in real headless Chromium: the marks are visible, sorting works, and a
screenshot is saved.

Needs Debian's ``chromium`` and ``chromium-driver`` (``apt-get install -y chromium
chromium-driver``) and selenium.  Skipped when Chromium is absent on a developer machine; under
CI (``CI`` set) a missing browser is a failure, not a skip.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from test_report_html import seed_report
from tqcheck.report.html import write_html

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1400,1800")


def open_browser():
    """A selenium Chrome driver on Debian's Chromium (skip or fail as the module says)."""
    if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
        pytest.skip(f"{CHROMIUM} not installed (apt-get install -y chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    report = seed_report(fluency={"seed": 71.0})
    out = tmp_path_factory.mktemp("browser") / "report.html"
    write_html(out, report)
    driver = open_browser()
    try:
        driver.get(out.as_uri())
        yield driver, report, out
    finally:
        driver.quit()


def test_marks_are_visible(page):
    from selenium.webdriver.common.by import By

    driver, report, out = page
    marks = driver.find_elements(By.CSS_SELECTOR, "mark[data-finding]")
    fids = {int(m.get_attribute("data-finding")) for m in marks}
    assert fids == set(range(len(report.findings)))
    for m in marks:
        if "cont" in (m.get_attribute("class") or ""):
            continue
        driver.execute_script("arguments[0].scrollIntoView({block:'center'})", m)
        assert m.is_displayed(), m.get_attribute("data-rule")
        size = m.size
        assert size["width"] > 0 and size["height"] > 0, m.get_attribute("data-rule")
        assert m.get_attribute("data-rule") in set(report.findings["rule"])
    # severity colour is applied (not the browser's default yellow)
    crit = driver.find_element(By.CSS_SELECTOR, "mark[data-severity=critical]")
    assert crit.value_of_css_property("background-color") != "rgba(255, 255, 0, 1)"


def test_page_runs_without_errors_and_loads_nothing(page):
    driver, _, _ = page
    entries = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function(e){return e.name})")
    assert entries == []
    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == []


def test_table_sorts_and_filters(page):
    from selenium.webdriver.common.by import By

    driver, _, _ = page
    table = driver.find_element(By.ID, "records")
    th = table.find_elements(By.CSS_SELECTOR, "thead th")[4]  # quality
    driver.execute_script("arguments[0].scrollIntoView({block:'center'})", table)
    th.click()
    assert th.get_attribute("aria-sort") == "ascending"
    box = driver.find_element(By.ID, "q")
    box.send_keys("no-such-record-xyz")
    shown = driver.find_element(By.ID, "shown").text
    assert shown.startswith("0 of")
    box.clear()
    driver.execute_script("document.getElementById('q').dispatchEvent(new Event('input'))")
    assert driver.find_element(By.ID, "shown").text.startswith("1 of")


def test_screenshot(page, tmp_path):
    driver, _, _ = page
    driver.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    data = Path(shot).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def save_seed_screenshot(png: str, html_out: str = "", lm: bool = False) -> None:
    """Run the real pipeline over ``seeds/`` and save a screenshot of its report (the README's
    picture, language model on: ``python tests/test_report_browser.py reports/screenshot.png``)."""
    import tempfile

    from tqcheck.config import Config
    from tqcheck.io.readers import read_inputs
    from tqcheck.pipeline import check_records

    root = Path(__file__).resolve().parent.parent
    records, inputs = read_inputs(sorted(str(p) for p in (root / "seeds").iterdir()))
    records = [r._replace(path=os.path.relpath(r.path, root)) for r in records]
    report = check_records(records, Config(lm=lm, progress=False), inputs=inputs)
    out = Path(html_out or tempfile.mkdtemp()) / "report.html"
    write_html(out, report)
    options_flags = FLAGS[:-1] + ("--window-size=1400,2700", "--hide-scrollbars")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in options_flags:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        driver.get(out.as_uri())
        driver.save_screenshot(png)
    finally:
        driver.quit()


if __name__ == "__main__":
    import sys

    save_seed_screenshot(sys.argv[1] if len(sys.argv) > 1 else "reports/screenshot.png", lm=True)
