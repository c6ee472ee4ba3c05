// Drives the example's HTML report in headless Chromium (run.sh sets it up):
// the page loads with no network request and no script error, has one row
// per module and one cell per dependency of `seams check --format json`;
// clicking the cell of a layering finding shows that finding and every piece
// of its evidence; sorting, the module panel and the findings filter work;
// the page prints to PDF; the screenshot goes to the README.
//   node report_test.js PLAYWRIGHT_CORE_DIR CHROMIUM REPORT_HTML CHECK_JSON PNG
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const [pwDir, chromiumPath, reportPath, checkPath, shotPath] = process.argv.slice(2);
const { chromium } = require(path.resolve(pwDir));

// The flags that work on Debian's chromium as root in a closed network.
const kArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function step(name) { console.log('ok - ' + name); }

async function structure(page, check) {
  const labels = await page.$$eval('#dsm text.rl', (ns) => ns.map((n) => n.textContent));
  assert.strictEqual(labels.length, check.summary.modules, 'one row per module');
  for (const d of check.dependencies) {
    assert(labels.includes(d.from) && labels.includes(d.to), `${d.from} -> ${d.to} labelled`);
  }
  assert.strictEqual(await page.locator('#dsm g.cell').count(), check.dependencies.length,
    'one heatmap cell per dependency');
  step(`${labels.length} modules, ${check.dependencies.length} cells, as in seams check`);
  return labels;
}

// The index of the edge from -> to in the page's data.
function edgeIndex(page, from, to) {
  return page.evaluate(([a, b]) => {
    const d = JSON.parse(document.getElementById('seams-data').textContent);
    return d.edges.findIndex((e) => d.modules[e.from].name === a && d.modules[e.to].name === b);
  }, [from, to]);
}

async function clickCell(page, check) {
  const f = check.findings.find((x) => x.rule === 'layering');
  assert(f, 'the example has a layering finding');
  const k = await edgeIndex(page, f.from, f.to);
  assert(k >= 0, 'the finding has a cell');
  await page.click(`#dsm g.cell[data-e="${k}"]`);
  const panel = page.locator('#inspector');
  await panel.locator('#evidence').waitFor();
  const text = await panel.textContent();
  const dep = check.dependencies.find((d) => d.from === f.from && d.to === f.to);
  assert(text.includes(`${f.from} \u2192 ${f.to}`), 'panel names the edge:\n' + text);
  assert(text.includes(`Evidence (${dep.includes + dep.symbols + dep.macros})`), text);
  assert(text.includes(f.message), 'panel shows the finding:\n' + text);
  for (const e of f.evidence) {
    assert(text.includes(`${e.file}:${e.line}:${e.column}`), `evidence ${e.file}:${e.line}`);
    assert(text.includes(e.symbol), `evidence symbol ${e.symbol}`);
  }
  assert.strictEqual(await page.locator(`#dsm g.cell.sel[data-e="${k}"]`).count(), 1);
  step(`clicked ${f.from} -> ${f.to}: the panel shows its ${f.evidence.length} pieces of evidence`);
  return { k, f };
}

async function interactions(page, labels, f) {
  await page.selectOption('#dsm-sort', 'name');
  const first = await page.$$eval('#dsm text.rl', (ns) =>
    ns.sort((a, b) => a.getAttribute('y') - b.getAttribute('y'))[0].textContent);
  assert.strictEqual(first, [...labels].sort()[0], 'sorted by name');
  await page.fill('#dsm-filter', f.from);
  const shown = await page.$$eval('#dsm text.rl', (ns) => ns.filter((n) => n.style.display !== 'none').length);
  assert(shown >= 1 && shown < labels.length, 'the name filter hides rows');
  await page.fill('#dsm-filter', '');
  await page.selectOption('#dsm-sort', 'level');
  step('sort by name and filter by name');

  await page.click('.rank-table tbody tr:first-child');
  const panel = await page.locator('#inspector').textContent();
  for (const part of ['API surface', 'Outbound edges to cut', 'Metrics', 'Findings']) {
    assert(panel.includes(part), `module panel has ${part}:\n${panel}`);
  }
  step('the ranked list opens a module panel');

  await page.fill('#f-text', f.from);
  const rows = await page.$$eval('#findings tbody tr', (trs) => trs.filter((t) => !t.hidden).map((t) => t.textContent));
  assert(rows.length >= 1 && rows.every((t) => t.includes(f.from)), 'findings filter');
  await page.fill('#f-text', '');
  step(`findings filter: ${rows.length} rows mention ${f.from}`);
}

async function main() {
  const check = JSON.parse(fs.readFileSync(checkPath, 'utf8'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: kArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 940 }, deviceScaleFactor: 1 });
    const problems = [];
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push('network: ' + r.url()); });
    await page.goto('file://' + path.resolve(reportPath));

    const labels = await structure(page, check);
    const { k, f } = await clickCell(page, check);
    await interactions(page, labels, f);

    const pdf = path.join(path.dirname(reportPath), 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true });
    assert(fs.statSync(pdf).size > 10000, 'the PDF has content');
    step('prints to PDF: ' + pdf);

    // The state the README shows, from a fresh load: the heatmap with the
    // clicked cell's evidence.
    await page.reload();
    await page.click(`#dsm g.cell[data-e="${k}"]`);
    await page.evaluate(() => new Promise((done) => {
      // Instant, not the page's smooth scrolling, so the picture is stable.
      window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
      document.querySelector('.dsm-scroll').scrollTo({ top: 0, left: 0, behavior: 'instant' });
      requestAnimationFrame(() => requestAnimationFrame(done));
    }));
    assert.deepStrictEqual(problems, [], 'no script error, no network request');
    const tmp = shotPath + '.tmp.png';
    await page.screenshot({ path: tmp });
    fs.renameSync(tmp, shotPath);
    step('screenshot: ' + shotPath);
  } finally {
    await browser.close();
  }
}

main().then(() => console.log('1 passed, 0 failed'), (e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
