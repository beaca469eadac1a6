import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { seedHistory } from '../helpers/history-seed.ts';
import { insertAuthEvents, setCountry } from '../helpers/report-page.ts';
import { runBin } from '../helpers/run-bin.ts';
import { migratedDatabase, type TestDatabase } from '../helpers/test-database.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots for people to look at; git-ignored. */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

interface ChartBox {
  width: number;
  height: number;
  name: string;
  bars: number;
  lines: number;
}

/**
 * The page in a real browser (Debian's Chromium through playwright-core):
 * the charts render with a size, nothing is fetched, nothing is logged to
 * the console, in light and dark mode and in print.
 */
describe('report --html in Chromium', () => {
  let database: TestDatabase | undefined;
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'odl-report-browser-'));
  const page = join(dir, 'report.html');

  before(async (t) => {
    // Without Chromium browser stays undefined and each test skips; under CI that is a failure.
    if (!existsSync(CHROMIUM)) {
      if (process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs the chromium package`);
      return;
    }
    database = await migratedDatabase('sqlite', t as never);
    if (!database) return;
    const handle = await database.open();
    await seedHistory(database.args, handle);
    await setCountry(handle, 1, 'FI');
    await setCountry(handle, 10, 'FI');
    await setCountry(handle, 11, 'SE');
    await handle.db
      .insertInto('session')
      .values({
        instance_id: 1,
        connect_time: Date.parse('2021-11-03T08:00:00Z') / 1000,
        src_ip: '192.0.2.9',
        src_port: 9,
        cn: `</script><script>window.hostile = 1</script> "李雷" & 😀`,
        vpn_ip4: null,
        vpn_ip6: null,
        disconnect_time: Date.parse('2021-11-03T18:00:00Z') / 1000,
        duration: 36000,
        bytes_in: 123456789n,
        bytes_out: 98765n,
      })
      .execute();
    await insertAuthEvents(
      handle,
      ['2021-11-02T03:00:00Z', '2021-11-02T03:00:01Z', '2021-11-04T12:00:00Z'].map((time, index) => ({
        instance_id: 1,
        event_time: Date.parse(time) / 1000,
        outcome: 'failure' as const,
        reason: 'TLS handshake failed',
        cn: null,
        user_name: 'root',
        src_ip: '198.51.100.66',
        src_port: 1000 + index,
        line_key: `browser-${index}`,
      })),
    );
    const written = await runBin(['report', '--html', page, '--since', '2021-10-25', '--until', '2021-11-10', ...database.args]);
    assert.deepEqual([written.code, written.stderr], [0, '']);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`renders every chart with a size and an accessible name, fetching nothing (${colorScheme})`, async (t) => {
      if (!browser) return t.skip();
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme });
      const tab = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      tab.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('request', (request) => requests.push(request.url()));
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });

      // Page code as text: this project's TypeScript has no DOM types.
      const charts = await tab.evaluate<ChartBox[]>(`[...document.querySelectorAll('figure.chart svg[role="img"]')].map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          name: svg.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id).textContent).join(' | '),
          bars: [...svg.querySelectorAll('rect')].filter((rect) => rect.getBoundingClientRect().height > 0).length,
          lines: svg.querySelectorAll('polyline').length,
        };
      })`);
      assert.deepEqual(
        charts.map((chart) => chart.name.split(' | ')[0]),
        ['Sessions, users and peak concurrent sessions per day', 'Traffic per day, in and out', 'Failed and successful logins per day'],
      );
      for (const chart of charts) {
        assert.ok(chart.width > 800 && chart.height > 200, JSON.stringify(chart));
        assert.ok(chart.bars > 0, JSON.stringify(chart));
      }
      assert.equal(charts[0]?.lines, 2);
      // The bar colours come from the stylesheet, and differ between the schemes.
      const fill = await tab.evaluate<string>(`getComputedStyle(document.querySelector('rect.s-sessions')).fill`);
      assert.equal(fill, colorScheme === 'light' ? 'rgb(59, 111, 216)' : 'rgb(110, 168, 254)');
      assert.equal(await tab.evaluate<string>('typeof window.hostile'), 'undefined');
      assert.match((await tab.textContent('#top-heading + .columns')) ?? '', /<\/script><script>window\.hostile = 1<\/script> "李雷" & 😀/);
      assert.equal(await tab.locator('#countries-heading ~ .columns table').first().isVisible(), true);

      mkdirSync(artifacts, { recursive: true });
      await tab.screenshot({ path: join(artifacts, `report-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, [pathToFileURL(page).href]);
      await context.close();
    });
  }

  it('prints in light colours, the charts kept and the number tables left out', async (t) => {
    if (!browser) return t.skip();
    const context = await browser.newContext({ colorScheme: 'dark' });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.emulateMedia({ media: 'print' });
    const background = await tab.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    assert.equal(background, 'rgb(255, 255, 255)');
    assert.equal(await tab.locator('details.numbers').first().isVisible(), false);
    assert.equal(await tab.locator('#chart-sessions svg').isVisible(), true);
    mkdirSync(artifacts, { recursive: true });
    const pdf = await tab.pdf({ format: 'A4', path: join(artifacts, 'report.pdf') });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await context.close();
  });
});
