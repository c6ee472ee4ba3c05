#!/usr/bin/python3
"""Drives the example's HTML report in headless Chromium (run.sh sets it up), with Debian's
python3-selenium and chromium-driver: the page loads with no network request and no script
error, has one row per module and one cell per dependency of `seams check --format json`;
clicking the cell of a layering finding shows that finding and every piece of its evidence;
sorting, the module panel and the findings filter work; the page prints to PDF; the
screenshot goes to the README. The example has no module groups, so no "fold groups" toggle;
the report of a project with groups has one, and it swaps in a heatmap with one row and a
graph with one node per group (and per module in none), whose cells sum their members' uses.
  report_test.py CHROMIUM CHROMEDRIVER REPORT_HTML CHECK_JSON PNG GROUPS_REPORT_HTML
"""
import base64
import json
import os
import pathlib
import shutil
import sys
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import ElementClickInterceptedException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common import utils as selenium_utils
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

# The flags that work on Debian's chromium as root in a closed network, and two that
# Playwright set, so the screenshot looks as before (no scroll bar, sRGB colours). The
# driver talks to chromium over a pipe, not a "localhost" port (see LoopbackService).
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--remote-debugging-pipe",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--force-color-profile=srgb"]


class LoopbackService(Service):
    """chromium-driver reached at 127.0.0.1: Selenium would use the name "localhost", which
    a minimal Debian (a fresh chroot, no /etc/hosts) cannot resolve."""

    @property
    def service_url(self):
        return f"http://127.0.0.1:{self.port}"

    def is_connectable(self):
        return selenium_utils.is_connectable(self.port, "127.0.0.1")


def step(name):
    print("ok - " + name, flush=True)


def check(cond, message=""):
    if not cond:
        raise AssertionError(message)


class Page:
    """The few page operations the test needs, on one Selenium session."""

    def __init__(self, driver):
        self.driver = driver
        self.problems = []

    def css(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def count(self, selector):
        return len(self.css(selector))

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def click(self, selector):
        """Scrolls the element into view at once (the page scrolls smoothly, which would move
        it under the pointer), then clicks its centre, retrying while something covers it."""
        element = self.one(selector)
        for attempt in range(50):
            self.driver.execute_async_script("""
                const done = arguments[arguments.length - 1];
                arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
                requestAnimationFrame(() => requestAnimationFrame(done));""", element)
            try:
                element.click()
                return
            except ElementClickInterceptedException:
                if attempt == 49:
                    raise
                time.sleep(0.1)

    def text(self, selector):  # textContent, as Playwright's locator.textContent()
        return self.js("return arguments[0].textContent", self.one(selector))

    def fill(self, selector, value):
        field = self.one(selector)
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(Keys.BACKSPACE)
        if value:
            field.send_keys(value)
        check(field.get_property("value") == value, f"{selector} holds {value!r}")

    def select(self, selector, value):
        Select(self.one(selector)).select_by_value(value)

    def collect_problems(self):
        """Script errors and console errors (the browser log), and every request that is
        not for a file: URL (the performance log's Network events), since the last call."""
        for entry in self.driver.get_log("browser"):
            if entry["level"] == "SEVERE":
                self.problems.append(f"{entry['source']}: {entry['message']}")
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if not url.startswith("file:"):
                    self.problems.append("network: " + url)


def structure(page, result):
    labels = page.js("return [...document.querySelectorAll('#dsm text.rl')].map(n => n.textContent)")
    check(len(labels) == result["summary"]["modules"], "one row per module")
    for d in result["dependencies"]:
        check(d["from"] in labels and d["to"] in labels, f"{d['from']} -> {d['to']} labelled")
    check(page.count("#dsm g.cell") == len(result["dependencies"]), "one heatmap cell per dependency")
    step(f"{len(labels)} modules, {len(result['dependencies'])} cells, as in seams check")
    return labels


def edge_index(page, source, target):
    """The index of the edge source -> target in the page's data."""
    return page.js("""
        const d = JSON.parse(document.getElementById('seams-data').textContent);
        return d.edges.findIndex(
            (e) => d.modules[e.from].name === arguments[0] && d.modules[e.to].name === arguments[1]);
        """, source, target)


def click_cell(page, result):
    f = next((x for x in result["findings"] if x["rule"] == "layering"), None)
    check(f, "the example has a layering finding")
    k = edge_index(page, f["from"], f["to"])
    check(k >= 0, "the finding has a cell")
    page.click(f'#dsm g.cell[data-e="{k}"]')
    WebDriverWait(page.driver, 30).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#inspector #evidence")))
    text = page.text("#inspector")
    dep = next(d for d in result["dependencies"] if d["from"] == f["from"] and d["to"] == f["to"])
    check(f"{f['from']} \u2192 {f['to']}" in text, "panel names the edge:\n" + text)
    check(f"Evidence ({dep['includes'] + dep['symbols'] + dep['macros']})" in text, text)
    check(f["message"] in text, "panel shows the finding:\n" + text)
    for e in f["evidence"]:
        check(f"{e['file']}:{e['line']}:{e['column']}" in text, f"evidence {e['file']}:{e['line']}")
        check(e["symbol"] in text, f"evidence symbol {e['symbol']}")
    check(page.count(f'#dsm g.cell.sel[data-e="{k}"]') == 1, "the clicked cell is selected")
    step(f"clicked {f['from']} -> {f['to']}: the panel shows its {len(f['evidence'])} pieces of evidence")
    return k, f


def interactions(page, labels, f):
    page.select("#dsm-sort", "name")
    first = page.js("""
        return [...document.querySelectorAll('#dsm text.rl')]
            .sort((a, b) => a.getAttribute('y') - b.getAttribute('y'))[0].textContent""")
    check(first == sorted(labels)[0], "sorted by name")
    page.fill("#dsm-filter", f["from"])
    shown = page.js("""
        return [...document.querySelectorAll('#dsm text.rl')]
            .filter(n => n.style.display !== 'none').length""")
    check(1 <= shown < len(labels), "the name filter hides rows")
    page.fill("#dsm-filter", "")
    page.select("#dsm-sort", "level")
    step("sort by name and filter by name")

    # The libraries of externals: are columns right of the modules', hidden until asked.
    libs = "#dsm g.libs"
    check(page.count(libs) == 1 and not visible(page, libs), "library columns hidden at first")
    width = float(page.js("return document.getElementById('dsm').getAttribute('width')"))
    page.click("#dsm-externals")
    check(visible(page, libs), "the toggle shows the library columns")
    cols = page.js("return [...document.querySelectorAll('#dsm text.ll')].map(n => n.textContent)")
    check("external:tinysig" in cols and "external:stdlib" in cols, f"library columns: {cols}")
    wider = float(page.js("return document.getElementById('dsm').getAttribute('width')"))
    check(wider > width, f"the heatmap grows to hold them: {width} -> {wider}")
    page.click("#dsm-externals")
    check(not visible(page, libs), "the toggle hides them again")
    step(f"the external-libraries toggle shows {len(cols)} library columns and hides them")

    page.click(".rank-table tbody tr:first-child")
    panel = page.text("#inspector")
    for part in ["API surface", "Outbound edges to cut", "Metrics", "Findings"]:
        check(part in panel, f"module panel has {part}:\n{panel}")
    step("the ranked list opens a module panel")

    page.fill("#f-text", f["from"])
    rows = page.js("""
        return [...document.querySelectorAll('#findings tbody tr')]
            .filter(t => !t.hidden).map(t => t.textContent)""")
    check(len(rows) >= 1 and all(f["from"] in t for t in rows), "findings filter")
    page.fill("#f-text", "")
    step(f"findings filter: {len(rows)} rows mention {f['from']}")


def visible(page, selector):
    return page.js("return arguments[0].getClientRects().length > 0", page.one(selector))


def folded_nodes(page):
    """What folding should give, from the modules' data: each group's name and each
    module in no group, sorted."""
    return sorted(page.js("""
        const d = JSON.parse(document.getElementById('seams-data').textContent);
        return [...new Set(d.modules.map((m) => m.group === null ? m.name : m.group))];"""))


def fold_groups(page):
    check(page.count("#fold-groups") == 1, "a project with groups has the toggle")
    check(visible(page, "#dsm") and not visible(page, "#dsm-folded"), "unfolded at first")
    nodes = folded_nodes(page)
    modules = page.count("#dsm text.rl")
    check(len(nodes) < modules, f"groups fold {modules} modules into {nodes}")
    page.click("#fold-groups")
    check(visible(page, "#dsm-folded") and not visible(page, "#dsm"), "the toggle swaps the heatmaps")
    check(visible(page, "#graph-folded") and not visible(page, "#graph"), "and the graphs")
    rows = page.js("return [...document.querySelectorAll('#dsm-folded text.rl')].map(n => n.textContent)")
    check(sorted(rows) == nodes, f"one heatmap row per group: {rows}")
    boxes = page.js("return [...document.querySelectorAll('#graph-folded .node text')].map(n => n.textContent)")
    check(sorted(boxes) == nodes, f"one graph node per group: {boxes}")
    step(f"fold groups: {modules} modules -> rows and nodes {', '.join(nodes)}")

    # The heaviest folded cell sums its members' edges; its panel lists their evidence.
    k, source, target, uses = page.js("""
        const d = JSON.parse(document.getElementById('seams-data').textContent), f = d.folded;
        const node = (id) => d.modules[id].group === null ? d.modules[id].name : d.modules[id].group;
        const uses = (e) => e.includes + e.symbols + e.macros;
        let best = 0;
        f.edges.forEach((e, k) => { if (uses(e) > uses(f.edges[best])) best = k; });
        const e = f.edges[best], from = f.modules[e.from].name, to = f.modules[e.to].name;
        const members = d.edges.filter((m) => node(m.from) === from && node(m.to) === to);
        return [best, from, to, members.reduce((n, m) => n + uses(m), 0)];""")
    check(uses > 0, "the folded edge has member edges")
    page.click(f'#dsm-folded g.cell[data-e="{k}"]')
    text = page.text("#inspector")
    check(f"{source} \u2192 {target}" in text, "panel names the folded edge:\n" + text)
    check(f"Evidence ({uses})" in text, f"the folded edge sums its members' {uses} uses:\n" + text)
    check(page.count(f'#dsm-folded g.cell.sel[data-e="{k}"]') == 1, "the folded cell is selected")
    check(page.count(f'#dsm g.cell.sel[data-e="{k}"]') == 0, "not the modules' cell of that index")
    step(f"clicked {source} -> {target}: {uses} uses of its member edges")

    group = page.js("""
        const d = JSON.parse(document.getElementById('seams-data').textContent);
        return d.folded.modules.findIndex((m) => m.is_group);""")
    page.click(f'#graph-folded .node[data-m="{group}"]')
    text = page.text("#inspector")
    check("Group of " in text, "a group's node lists its members:\n" + text)
    step("a group's node opens its members")

    page.select("#dsm-layer", "0")
    shown = page.js("""
        return [...document.querySelectorAll('#dsm-folded text.rl')]
            .filter(n => n.style.display !== 'none').length""")
    check(1 <= shown < len(nodes), f"the layer filter applies to the folded heatmap: {shown}")
    page.select("#dsm-layer", "")

    page.click("#fold-groups")
    check(visible(page, "#dsm") and not visible(page, "#dsm-folded"), "unfolding swaps back")
    check(visible(page, "#graph") and not visible(page, "#graph-folded"), "and the graphs back")
    step("the layer filter folds along; unfolding restores the modules' charts")


def run(chromium, chromedriver, report_path, check_path, shot_path, groups_path, profile):
    result = json.loads(pathlib.Path(check_path).read_text(encoding="utf-8"))
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ARGS + ["--user-data-dir=" + profile]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=LoopbackService(executable_path=chromedriver), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1440, "height": 940, "deviceScaleFactor": 1, "mobile": False})
        page = Page(driver)
        # The tab starts on chromium's new-tab page, which loads chrome:// resources: leave
        # it, and forget what it logged, so only the report's own requests count.
        driver.get("about:blank")
        page.collect_problems()
        page.problems.clear()
        driver.get(pathlib.Path(report_path).resolve().as_uri())

        labels = structure(page, result)
        check(page.count("#fold-groups") == 0, "no groups, no fold toggle")
        k, f = click_cell(page, result)
        interactions(page, labels, f)

        pdf = os.path.join(os.path.dirname(os.path.abspath(report_path)), "report.pdf")
        print_options = PrintOptions()
        print_options.orientation = "landscape"
        print_options.page_width, print_options.page_height = 21.0, 29.7  # A4, in cm
        print_options.background = True
        pathlib.Path(pdf).write_bytes(base64.b64decode(driver.print_page(print_options)))
        check(os.path.getsize(pdf) > 10000, "the PDF has content")
        step("prints to PDF: " + pdf)

        # The state the README shows, from a fresh load: the heatmap with the clicked
        # cell's evidence.
        page.collect_problems()
        driver.refresh()
        page.click(f'#dsm g.cell[data-e="{k}"]')
        driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            // Instant, not the page's smooth scrolling, so the picture is stable.
            window.scrollTo({top: 0, left: 0, behavior: 'instant'});
            document.querySelector('.dsm-scroll').scrollTo({top: 0, left: 0, behavior: 'instant'});
            requestAnimationFrame(() => requestAnimationFrame(done));""")
        page.collect_problems()
        check(page.problems == [], "no script error, no network request:\n" + "\n".join(page.problems))
        tmp = shot_path + ".tmp.png"
        check(driver.save_screenshot(tmp), "screenshot taken")
        os.replace(tmp, shot_path)
        step("screenshot: " + shot_path)

        driver.get(pathlib.Path(groups_path).resolve().as_uri())
        fold_groups(page)
        page.collect_problems()
        check(page.problems == [], "no script error, no network request:\n" + "\n".join(page.problems))
    finally:
        driver.quit()


def main(argv):
    if len(argv) != 6:
        print("usage: report_test.py CHROMIUM CHROMEDRIVER REPORT_HTML CHECK_JSON PNG GROUPS_REPORT_HTML",
              file=sys.stderr)
        return 2
    profile = tempfile.mkdtemp(prefix="seams-chromium-")  # a fresh profile each run
    try:
        run(*argv, profile)
    except Exception:  # pylint: disable=broad-except
        traceback.print_exc()
        print("0 passed, 1 failed")
        return 1
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
