// Browser test of the dashboard: the real `faultline ingest` fills a store from examples/,
// the real `faultline serve` serves it on a free loopback port, and Debian's chromium
// (driven by playwright-core from npm) checks that the map shows markers for the examples,
// that a filter changes the event table, and that the article view highlights spans.
// Screenshots are kept in the output directory as test artifacts.
//
//   node tests/browser/dashboard.test.mjs --faultline BIN --examples DIR --out DIR
//
// Skips (exit 0, a SKIP line) only when /usr/bin/chromium is absent.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const CHROMIUM = '/usr/bin/chromium';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} is not installed (./bootstrap.sh installs Debian's chromium)`);
  process.exit(0);
}

const faultline = arg('faultline');
const examples = arg('examples');
// Made only without --out (as a default argument it was made, and left, on every run).
const out = arg('out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fl-browser-'));
assert.ok(faultline && examples, 'usage: --faultline BIN --examples DIR [--out DIR]');
fs.mkdirSync(out, { recursive: true });

// playwright-core is a devDependency in the repository's package.json (npm ci).
const repoRequire = createRequire(path.join(path.dirname(new URL(import.meta.url).pathname), '../../package.json'));
const { chromium } = repoRequire('playwright-core');

const db = path.join(out, 'dashboard.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
execFileSync(faultline, ['ingest', '--db', db, examples], { stdio: ['ignore', 'inherit', 'inherit'] });

// Starts `faultline serve --port 0` and resolves with the URL it prints.
function startServer() {
  const child = spawn(faultline, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('faultline serve printed no URL in 30 s')), 30000);
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0] });
      }
    });
    child.on('exit', (code) => reject(new Error(`faultline serve exited with ${code}`)));
  });
}

const { child: server, url } = await startServer();
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fl-chromium-'));
let context;
let failed = false;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1600, height: 1000 },
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  // Nothing may come from anywhere but faultline itself (no CDN, no tile server).
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`);
  });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForSelector('path.fl-marker');
  const markers = await page.locator('path.fl-marker').count();
  assert.ok(markers >= 5, `expected markers for the examples, found ${markers}`);
  const countries = await page.locator('.leaflet-countries-pane path').count();
  assert.ok(countries > 0, 'the offline country boundaries are drawn');
  const uplot = await page.locator('#timeline .uplot canvas').count();
  assert.ok(uplot > 0, 'the timeline is drawn');
  const allRows = await page.locator('#events-table tbody tr[data-id]').count();
  assert.ok(allRows > 10, `expected the examples' events in the table, found ${allRows}`);
  const alerts = await page.locator('#alerts li').count();
  assert.ok(alerts > 0, 'the alerts panel lists something');
  console.log(`PASS loads: ${markers} markers, ${allRows} events, ${alerts} alerts`);
  await page.screenshot({ path: path.join(out, 'dashboard.png') });

  // A filter changes the table: only Syria's events remain.
  await page.fill('#filter-country', 'SY');
  await page.click('#apply');
  await page.waitForFunction((n) => {
    const rows = document.querySelectorAll('#events-table tbody tr[data-id]');
    return document.body.dataset.ready === 'true' && rows.length > 0 && rows.length !== n;
  }, allRows);
  const places = await page.locator('#events-table tbody tr[data-id] td:nth-child(5)').allTextContents();
  assert.ok(places.length < allRows, 'the country filter narrows the table');
  assert.ok(places.every((p) => p.endsWith(', SY')), `every row is in Syria: ${places.join(' | ')}`);
  assert.match(page.url(), /country=SY/, 'the filter is in the address bar');
  console.log(`PASS filter: country=SY leaves ${places.length} of ${allRows} events`);

  // The article view highlights spans and lists the events of each sentence.
  await page.locator('#events-table tbody tr[data-id] a.article-link').first().click();
  await page.waitForSelector('#article-view:not([hidden]) .hl-actor');
  const count = async (sel) => page.locator(`#article-text ${sel}`).count();
  const spans = {
    actors: await count('.hl-actor'), places: await count('.hl-place'), dates: await count('.hl-timex'),
    events: await count('.hl-event'), counts: await count('.hl-count'), quotes: await count('.hl-quote'),
  };
  assert.ok(spans.actors > 0 && spans.places > 0 && spans.dates > 0 && spans.events > 0,
    `actors, places, dates and event triggers are highlighted: ${JSON.stringify(spans)}`);
  const sentenceEvents = await page.locator('#article-sentences .sentence-events li').count();
  assert.ok(sentenceEvents > 0, 'events are listed per sentence');
  const text = await page.locator('#article-text').textContent();
  assert.ok(text.includes('Idlib'), 'the Idlib article is shown');
  console.log(`PASS article: ${JSON.stringify(spans)}, ${sentenceEvents} events by sentence`);
  await page.screenshot({ path: path.join(out, 'article.png') });

  assert.deepEqual(problems, [], 'no page errors, console errors or external requests');
  console.log(`screenshots: ${path.join(out, 'dashboard.png')} ${path.join(out, 'article.png')}`);
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.stack || e.message}`);
  if (context && context.pages()[0]) {
    await context.pages()[0].screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
  }
} finally {
  if (context) await context.close().catch(() => {});
  server.kill('SIGTERM');
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
