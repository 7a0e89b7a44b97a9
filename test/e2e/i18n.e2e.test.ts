import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from './support/ensure-built.js';
import { type RunningServer, startParleyServer } from './support/parley-server.js';

// Issue 9, points 9 to 12 in the browser: a list of persons tells namesakes apart in the reader's script (Armenian,
// Russian), the audit log reads as words and its chain is verified from the page, dates are typed day first.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

const ARMENIAN = /\p{Script=Armenian}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

async function chooseLanguage(language: string): Promise<void> {
  await page.locator('select[name="language"]').selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
}

describe('names, audit and dates in the reader’s language (Chromium)', () => {
  beforeAll(async () => {
    ensureBuilt(ROOT, WEB_BUILD);
    ensureBuilt(ROOT, SERVER_BUILD);
    server = await startParleyServer(ROOT);
    const coordinator = server.accounts.find((account) => account.role === 'coordinator');
    if (!coordinator) throw new Error(`parley serve printed no coordinator account:\n${server.output()}`);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => browserErrors.push(error.message));
    await page.goto(server.url);
    await page.locator('input[name="username"]').fill(coordinator.username);
    await page.locator('input[name="password"]').fill(coordinator.password);
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('dashboard').waitFor();
    // A reconciliation of the demo's lists, so that persons come from list entries with birth dates.
    const runId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/v1/exchange/reconciliations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: '{}',
      });
      return ((await res.json()) as { id: string }).id;
    });
    for (let i = 0; i < 240; i++) {
      const status = await page.evaluate(
        async (id) =>
          ((await (await fetch(`/api/v1/exchange/reconciliations/${id}`)).json()) as { status: string })
            .status,
        runId,
      );
      if (status === 'done') break;
      if (status === 'failed') throw new Error('the reconciliation of the demo lists failed');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('in Armenian, the persons list shows each name as written, in Armenian letters, with birth date and list number', async () => {
    await chooseLanguage('hy');
    await page.goto(`${server.url}/exchange/persons`);
    await page.getByTestId('person-row').first().waitFor();
    const rows = page.getByTestId('person-row');
    // A name written in Latin or Cyrillic letters is read out in Armenian ones beside it.
    const foreign = rows.filter({ has: page.getByTestId('person-transliteration') });
    expect(await foreign.count()).toBeGreaterThan(10);
    const reading = (await foreign.first().getByTestId('person-transliteration').textContent()) ?? '';
    expect(reading).toMatch(ARMENIAN);
    const written = (await foreign.first().locator('.person-name-written').textContent()) ?? '';
    expect(written).not.toMatch(ARMENIAN);
    // Birth dates in Armenian words, and the list a person comes from.
    const born = page.getByTestId('person-birth-date');
    expect(await born.count()).toBeGreaterThan(10);
    expect(await born.first().textContent()).toMatch(/^ծնվ\. /);
    expect(await page.getByTestId('person-list-ids').first().textContent()).toMatch(/(AM|AZ)-[MH]-\d+/);
    await screenshot(page, SCREENSHOTS, '40-persons-transliterated-hy');
  });

  it('in Russian, the same list reads in Cyrillic, and a person’s history names the run by its date', async () => {
    await chooseLanguage('ru');
    await page.getByTestId('person-row').first().waitFor();
    const foreign = page
      .getByTestId('person-row')
      .filter({ has: page.getByTestId('person-transliteration') });
    expect(await foreign.count()).toBeGreaterThan(10);
    expect(await foreign.first().getByTestId('person-transliteration').textContent()).toMatch(CYRILLIC);
    expect(await foreign.first().locator('.person-name-written').textContent()).not.toMatch(CYRILLIC);
    expect(await page.getByTestId('person-birth-date').first().textContent()).toMatch(/^род\. .*г\./);
    await screenshot(page, SCREENSHOTS, '41-persons-transliterated-ru');

    // A person a run located (some located persons come from the holding side's list alone, with no run): the
    // history says which run by its date, never by its id.
    await page.locator('select[name="status"]').selectOption('located');
    await page.getByTestId('person-row').first().waitFor();
    const list = page.url();
    let byRun = '';
    for (let i = 0; i < 10 && !byRun; i++) {
      await page.getByTestId('person-row').nth(i).locator('a').click();
      await page.getByTestId('person-history').waitFor();
      const history = (await page.getByTestId('person-history').textContent()) ?? '';
      expect(history).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      if (/в сверке от/.test(history)) byRun = history;
      else {
        await page.goto(list);
        await page.getByTestId('person-row').first().waitFor();
      }
    }
    expect(byRun).toMatch(/в сверке от \d+ [а-я]+ \d{4}/);
  });

  it('the audit log reads as words, filters by action from a list, and the chain verifies from the page', async () => {
    await page.goto(`${server.url}/audit`);
    await page.locator('table.audit-table').waitFor();
    const actions = await page.locator('select[name="action"] option').allTextContents();
    expect(actions).toContain('Сверка запущена');
    const table = (await page.locator('table.audit-table').textContent()) ?? '';
    expect(table).not.toContain('exchange.reconciliation.start');
    expect(table).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    await page.locator('select[name="action"]').selectOption('exchange.reconciliation.start');
    await page.locator('form.filters button[type="submit"]').click();
    await expect
      .poll(() => page.getByTestId('audit-reference').first().textContent())
      .toMatch(/Сверка.*запущена/);

    await page.getByTestId('audit-verify').click();
    const verdict = page.getByTestId('audit-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    expect(await verdict.textContent()).toMatch(/^Цепочка подтверждена: проверено записей — \d+/);
    await screenshot(page, SCREENSHOTS, '42-audit-verified-ru');
  });

  it('takes dates day first in the reader’s order, never mm/dd/yyyy, even in a US-English browser', async () => {
    const from = page.locator('input[name="from"]');
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('ДД.ММ.ГГГГ');
    await from.fill('31.02.2020');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await from.fill('14.12.2020');
    expect(await from.getAttribute('aria-invalid')).toBeNull();
    expect(browserErrors).toEqual([]);
  });
});
