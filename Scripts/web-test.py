#!/usr/bin/env python3
"""The web door end to end, in a real headless Chromium (Debian's chromium and chromium-driver,
driven with Selenium): a walk in Ukrainian on the person's page to a slip whose QR code, taken
from a screenshot, zbarimg reads back; a walk in Arabic on the kiosk page, right to left; the
quick exit (Esc Esc), after which no answer is left in the page, its history or its storage.

Usage: Scripts/web-test.py LOTSED [--dialogs DIR] [--screenshots DIR]
Installs what it needs when missing (as root: apt-get chromium chromium-driver; pip selenium).
Exits 1 with the failing step named.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def install():
    missing = [p for p, binary in (("chromium", "chromium"), ("chromium-driver", "chromedriver"), ("zbar-tools", "zbarimg"))
               if shutil.which(binary) is None]
    if missing:
        subprocess.run(["apt-get", "update", "-q"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "selenium>=4.20"], check=True)


install()
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


class Daemon:
    """lotsed with its web door on a free port of 127.0.0.1."""

    def __init__(self, lotsed, dialogs):
        self.log = tempfile.TemporaryFile(mode="w+")
        arguments = [lotsed, "--port", "0", "--web", "0"] + (["--dialogs", dialogs] if dialogs else [])
        self.process = subprocess.Popen(arguments, stderr=self.log, stdout=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            self.log.seek(0)
            match = re.search(r"web door on (http://[^ ]+/)", self.log.read())
            if match:
                self.url = match.group(1)
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.log.seek(0)
        raise SystemExit("lotsed did not open its web door:\n" + self.log.read())

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=400,900", "--lang=de"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def wait(driver, condition, what, timeout=20):
    try:
        return WebDriverWait(driver, timeout).until(lambda d: condition(d))
    except Exception as error:  # noqa: BLE001 — say which step failed
        raise SystemExit(f"FAIL: {what}\n--- page text ---\n{driver.find_element(By.TAG_NAME, 'body').text[-2000:]}") from error


def waiting(driver):
    """Waits for the server's turn to end (the input has focus once WAIT came)."""
    time.sleep(0.15)
    wait(driver, lambda d: d.execute_script("return document.activeElement && document.activeElement.id === 'answer'"),
         "the server's turn ends (WAIT)")


def type_answer(driver, text):
    field = driver.find_element(By.ID, "answer")
    count = len(driver.find_elements(By.CSS_SELECTOR, "#chat > *"))
    field.send_keys(text, Keys.ENTER)
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#chat > *")) > count + 1, f"an answer to '{text}'")
    waiting(driver)


def click(driver, css, what):
    count = len(driver.find_elements(By.CSS_SELECTOR, "#chat > *"))
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, css), what)[0].click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#chat > *")) > count + 1, what + " is answered")
    waiting(driver)


def decode(png):
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", png], capture_output=True)
    if result.returncode != 0:
        raise SystemExit("FAIL: zbarimg found no QR code in the page's screenshot")
    return result.stdout.decode("utf-8")


def ukrainian_walk(driver, daemon, screenshots):
    driver.get(daemon.url)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#options button"), "the first question's options")
    driver.find_element(By.ID, "language").click()
    click(driver, "#languages button[data-lang='uk']", "Ukrainian in the language list")
    wait(driver, lambda d: d.execute_script("return document.documentElement.lang") == "uk", "lang=uk on the page")
    click(driver, "#options button[data-key='no']", "the 'no' button of 'in danger now?'")
    for answer in ["мені 21", "ліхтенфельс", "україна", "1", "3", "поки зовсім ні", "вчити німецьку", "так", "ні", "ні"]:
        type_answer(driver, answer)
    if screenshots:
        driver.save_screenshot(os.path.join(screenshots, "web-question-uk.png"))
    click(driver, "#options button.none", "'none of these' on the multi question")
    type_answer(driver, "українська")
    slip = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".slip li[data-partner]"), "a slip")
    first = slip[0].find_element(By.TAG_NAME, "h2").text
    text = driver.find_element(By.CSS_SELECTOR, ".slip").text
    if not re.search("[А-Яа-яІіЇїЄє]{4}", text):
        raise SystemExit("FAIL: the slip has no Ukrainian reason")
    if not driver.find_elements(By.CSS_SELECTOR, ".slip a[href^='tel:'], .slip a[href^='http']"):
        raise SystemExit("FAIL: no contact on the slip is a link")
    driver.find_element(By.ID, "show-code").click()
    image = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#code-image svg"), "the slip's QR code")[0]
    driver.execute_script("arguments[0].scrollIntoView()", image)
    with tempfile.NamedTemporaryFile(suffix=".png") as png:
        image.screenshot(png.name)
        decoded = decode(png.name)
    if first.split(" (")[0] not in decoded:
        raise SystemExit(f"FAIL: the code reads {decoded!r}, without the slip's first place {first!r}")
    if screenshots:
        driver.save_screenshot(os.path.join(screenshots, "web-slip-uk.png"))
    print(f"ok: Ukrainian walk to a slip ({len(slip)} places), QR read back by zbarimg ({len(decoded)} bytes)")


def arabic_kiosk_walk(driver, daemon, screenshots):
    driver.get(daemon.url + "kiosk")
    start = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#start-languages button[data-lang='ar']"), "the kiosk's start screen")
    greetings = driver.find_element(By.ID, "greetings").text
    if "Привіт" not in greetings or "مرحبًا" not in greetings:
        raise SystemExit("FAIL: the start screen does not greet in every language")
    start[0].click()
    wait(driver, lambda d: d.execute_script("return document.documentElement.dir") == "rtl", 'dir="rtl" for Arabic')
    waiting(driver)
    for answer in ["لا", "عمري ٢٠", "نتفن", "لاجئ", "لدي شهادة من بلدي", "جيد جداً", "الدراسة في الجامعة", "لا", "لا", "لا", "0", "العربية"]:
        type_answer(driver, answer)
    slip = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".slip"), "an Arabic slip")[0]
    if slip.get_attribute("dir") != "rtl":
        raise SystemExit("FAIL: the Arabic slip is not right to left")
    if screenshots:
        driver.save_screenshot(os.path.join(screenshots, "web-slip-ar.png"))
    print("ok: Arabic walk on the kiosk page, right to left, to a slip")
    # Quick exit: Esc Esc. The page replaces itself: the history has no more entries than before.
    entries = driver.execute_script("return history.length")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ESCAPE)
    body.send_keys(Keys.ESCAPE)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#start-languages button"), "a fresh start screen after Esc Esc")
    source = driver.page_source
    for typed in ["نتفن", "الدراسة في الجامعة", "عمري"]:
        if typed in source:
            raise SystemExit(f"FAIL: '{typed}' is still in the page after the quick exit")
    traces = driver.execute_script(
        "return [history.length, localStorage.length, sessionStorage.length, document.cookie, location.href]")
    if traces[0] != entries or traces[1] or traces[2] or traces[3] or not traces[4].endswith("/kiosk"):
        raise SystemExit(f"FAIL: after the quick exit: history {traces[0]}, storage {traces[1]}/{traces[2]}, cookie {traces[3]!r}, {traces[4]}")
    print(f"ok: Esc Esc leaves nothing in the page, its history ({entries} entries before and after), storage or cookies")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("lotsed")
    parser.add_argument("--dialogs")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    daemon = Daemon(arguments.lotsed, arguments.dialogs)
    try:
        for walk in (ukrainian_walk, arabic_kiosk_walk):
            driver = browser()
            try:
                walk(driver, daemon, arguments.screenshots)
            finally:
                driver.quit()
    finally:
        daemon.stop()


if __name__ == "__main__":
    main()
