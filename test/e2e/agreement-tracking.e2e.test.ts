import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from './support/ensure-built.js';
import { type DemoAccount, type RunningServer, startParleyServer } from './support/parley-server.js';
import { signIn as signInAs } from './support/sign-in.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

let server: RunningServer;
let browser: Browser;
let page: Page;
const browserErrors: string[] = [];
const account = (username: string): DemoAccount => {
  const found = server.accounts.find((a) => a.username === username);
  if (!found) throw new Error(`parley serve printed no ${username} account:\n${server.output()}`);
  return found;
};

async function signIn(username: string): Promise<void> {
  await signInAs(page, server.url, account(username));
  await page.getByTestId('dashboard').waitFor();
}

/** The id of the demo statement's point `number`, read the way the page reads it. */
async function provisionId(number: number): Promise<string> {
  return page.evaluate(async (n) => {
    const agreements = (await (await fetch('/api/v1/agreements')).json()) as { items: { id: string }[] };
    const agreement = (await (await fetch(`/api/v1/agreements/${agreements.items[0].id}`)).json()) as {
      provisions: { id: string; number: number }[];
    };
    return agreement.provisions.find((p) => p.number === n)?.id ?? '';
  }, number);
}

describe('provisions, incidents and the dashboard in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt(ROOT, WEB_BUILD);
    ensureBuilt(ROOT, SERVER_BUILD);
    server = await startParleyServer(ROOT);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the dashboard for the coordinator, printing its first render time, in all four languages', async () => {
    await signIn('coordinator');
    // A fresh load of the first page, signed in: the page, its script and the dashboard's data.
    await page.goto(server.url);
    await page.getByTestId('provision-status').waitFor();
    const [rendered, measured] = await page.evaluate(() => [
      performance.getEntriesByName('parley:dashboard-rendered').at(-1)?.startTime ?? Number.NaN,
      performance.getEntriesByName('parley:dashboard-first-render').at(-1)?.duration ?? Number.NaN,
    ]);
    const charts = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('parley:chart-'))
        .map((m) => `${m.name.slice('parley:chart-'.length)} ${Math.round(m.duration)} ms`)
        .join(', '),
    );
    const api = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('/api/v1/dashboard'))
          .map((r) => Math.round(r.duration))
          .at(-1) ?? Number.NaN,
    );
    console.log(
      `performance mark parley:dashboard-rendered at ${Math.round(rendered)} ms after navigation start ` +
        `(${Math.round(measured)} ms from the dashboard's mount to its data shown; GET /dashboard ${api} ms; ` +
        `charts drawn: ${charts})`,
    );
    // The one-second target is a figure printed above, not an assertion: a shared CI machine's load makes any
    // timed check flaky. The marks must exist, so the page did measure itself.
    expect(rendered).toBeGreaterThan(0);
    expect(measured).toBeGreaterThan(0);
    expect(await page.getByTestId('provision-status').locator('tbody tr').count()).toBe(9);
    expect(await page.getByTestId('rollup').textContent()).toContain('70%');
    // Tracing and the corridor beside the provisions: figures from the tracing module, movements by week.
    expect(Number(await page.getByTestId('tracing-open').textContent())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('tracing-identified').textContent())).toBeGreaterThan(0);
    expect(await page.getByTestId('movements-this-week').textContent()).toMatch(/this week/);
    expect(await page.getByTestId('chart-movements').locator('tbody tr').count()).toBeGreaterThan(0);
    // Each chart's date axis in the reader's language (the first label as drawn): the month's name in its script.
    const monthOnAxis: Record<string, RegExp> = {
      en: /November 2020/,
      ru: /ноября 2020/,
      hy: /նոյեմբերի 2020/,
      az: /noyabr 2020/,
    };
    for (const language of ['en', 'ru', 'hy', 'az']) {
      await page.locator('select[name="language"]').selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      await page.getByTestId('chart-rollup').locator('canvas').waitFor();
      for (const chart of ['rollup', 'movements'])
        await expect
          .poll(() => page.getByTestId(`chart-${chart}`).getAttribute('data-first-label'))
          .toMatch(monthOnAxis[language] as RegExp);
      await screenshot(page, SCREENSHOTS, `20-dashboard-coordinator-${language}`);
    }
    await page.locator('select[name="language"]').selectOption('en');
  }, 60_000);

  it("the coordinator changes point 7's status with evidence attached; the dashboard follows", async () => {
    await page.goto(`${server.url}/provisions/${await provisionId(7)}`);
    await page.getByTestId('assess-form').waitFor();
    await page.locator('[data-testid="assess-form"] select[name="level"]').selectOption('2');
    await page.locator('[data-testid="assess-form"] input[name="effectiveOn"]').fill('2021-01-20');
    await page
      .locator('[data-testid="assess-form"] textarea[name="rationale"]')
      .fill('Returns under way with UNHCR');
    await page
      .locator('[data-testid="assess-form"] input[name="evidence"]')
      .fill('UNHCR flash update, 20 January 2021');
    await page.locator('[data-testid="assess-form"] button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('provision-level').textContent()).toContain('2 · intermediate');
    expect(await page.getByTestId('evidence').textContent()).toContain('UNHCR flash update, 20 January 2021');
    expect(await page.getByTestId('assessments').locator('li').first().textContent()).toContain(
      'Returns under way with UNHCR',
    );
    await screenshot(page, SCREENSHOTS, '21-provision-assessed');
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('rollup').textContent()).toContain('74%');
  }, 60_000);

  it('an incident reported by one party, disputed by the other, verified by the monitor and published', async () => {
    await signIn('liaison-az');
    await page.goto(`${server.url}/incidents`);
    const form = page.getByTestId('account-form');
    await form.locator('select[name="kind"]').selectOption('shots');
    // A time ahead of now is caught before sending, beside its field.
    await form.locator('input[name="occurredOn"]').fill('20/01/2099');
    await form.locator('input[name="occurredTime"]').fill('10:30');
    await form.locator('input[name="placeId"]').fill('hadrut');
    await form.getByLabel('Armenia').check();
    await form
      .locator('textarea[name="description"]')
      .fill('Heavy machine-gun bursts at our post near Hadrut');
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => form.locator('.field-invalid .field-error').textContent())
      .toBe('Lies in the future.');
    // The SMM's details: type of fire, weapon and calibre, how many, how observed, direction and distance; a
    // calibre no weapon has is refused by the server, named beside its field, and nothing is stored.
    await form.locator('input[name="occurredOn"]').fill('20/01/2021');
    await form.locator('select[name="timePrecision"]').selectOption('minute');
    await form.locator('select[name="shotType"]').selectOption('heavy_machine_gun');
    await form.locator('input[name="weapon"]').fill('NSV');
    await form.locator('input[name="calibreMm"]').fill('1270');
    await form.locator('input[name="count"]').fill('4');
    await form.locator('select[name="observedBy"]').selectOption('heard_and_seen');
    await form.locator('select[name="direction"]').selectOption('SW');
    await form.locator('input[name="distanceKm"]').fill('1.5');
    await form.locator('textarea[name="sources"]').fill('Post 7 log\nCompany commander');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('error-calibreMm').textContent()).toBe('Out of range.');
    expect(await form.locator('.field-invalid').count()).toBe(0);
    await screenshot(page, SCREENSHOTS, '22a-incident-form-refused');
    await form.locator('input[name="calibreMm"]').fill('12.7');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('incident-page').waitFor();
    expect(await page.getByTestId('incident-status').textContent()).toBe('reported');
    expect(await page.getByTestId('account-weapon').textContent()).toBe('NSV, 12.7 mm');
    const details = await page.getByTestId('account-details').textContent();
    for (const shown of ['minute', 'heavy machine gun', 'heard and seen', 'south-west, 1.5 km'])
      expect(details).toContain(shown);
    expect(await page.getByTestId('account-party').textContent()).toContain('Post 7 log; Company commander');
    const incidentUrl = page.url();
    // The form in the other three languages: its sections, the kinds and the details in the reader's words.
    const what: Record<string, string> = {
      ru: 'Что произошло',
      hy: 'Ինչ է տեղի ունեցել',
      az: 'Nə baş verib',
    };
    await page.goto(`${server.url}/incidents`);
    for (const language of ['ru', 'hy', 'az']) {
      await page.locator('select[name="language"]').selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.getByTestId('account-form').locator('legend').first().textContent()).toBe(
        what[language],
      );
      await screenshot(page, SCREENSHOTS, `22b-incident-form-${language}`);
    }
    await page.locator('select[name="language"]').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await signIn('liaison-am');
    await page.goto(incidentUrl);
    const claim = page.getByTestId('account-form');
    await claim.locator('select[name="kind"]').selectOption('other');
    await claim.locator('input[name="occurredOn"]').fill('20/01/2021');
    await claim.locator('input[name="occurredTime"]').fill('10:30');
    await claim.locator('input[name="placeId"]').fill('hadrut');
    await claim.locator('textarea[name="description"]').fill('No fire from our positions that day');
    await claim.locator('button[type="submit"]').click();
    await page.getByTestId('account-party').waitFor();
    // Before publication each side reads its own claim only.
    expect(await page.getByTestId('account-party').count()).toBe(1);
    await screenshot(page, SCREENSHOTS, '22-incident-disputed-claim');

    await signIn('coordinator');
    await page.goto(incidentUrl);
    await page.getByTestId('event-start_review').click();
    await page.getByTestId('event-find_disputed').waitFor();
    const finding = page.getByTestId('account-form');
    await finding.locator('select[name="kind"]').selectOption('shots');
    await finding.locator('input[name="occurredOn"]').fill('20/01/2021');
    await finding.locator('input[name="occurredTime"]').fill('10:30');
    await finding.locator('input[name="placeId"]').fill('hadrut');
    await finding
      .locator('textarea[name="description"]')
      .fill('Fire confirmed by the post; its origin is disputed');
    await finding.locator('button[type="submit"]').click();
    await page.getByTestId('account-monitor').waitFor();
    // The form now starts from the finding given, to be corrected rather than typed again.
    await expect
      .poll(() => finding.locator('textarea[name="description"]').inputValue())
      .toBe('Fire confirmed by the post; its origin is disputed');
    expect(await finding.locator('input[name="occurredOn"]').inputValue()).toBe('20/01/2021');
    expect(await finding.locator('input[name="occurredTime"]').inputValue()).toBe('10:30');
    for (const event of ['find_disputed', 'reopen', 'verify', 'publish']) {
      await page.getByTestId(`event-${event}`).click();
      await expect.poll(() => page.getByTestId(`event-${event}`).count()).toBe(0);
    }
    expect(await page.getByTestId('incident-status').textContent()).toBe('published');
    expect(await page.getByTestId('accounts').locator('article').count()).toBe(3);
    await screenshot(page, SCREENSHOTS, '23-incident-published');
  }, 180_000);

  it("Armenia's liaison marks its own party's action item done; the coordinator sees who and when", async () => {
    await signIn('liaison-am');
    await page.goto(`${server.url}/meetings`);
    await page.getByTestId('meetings-page').waitFor();
    // Only its own party's item offers the step; the other party's (and the coordinator's) do not.
    const mine = page.getByTestId('action-item').filter({ has: page.getByTestId('action-item-form') });
    expect(await mine.count()).toBe(1);
    expect(await mine.textContent()).toContain('Hand the list of missing servicemen to the ICRC');
    expect(await page.getByTestId('action-dropped').count()).toBe(0);
    await mine.locator('input[name="doneOn"]').fill('13/12/2020');
    await mine.locator('input[name="note"]').fill('List handed to the ICRC delegation in Yerevan');
    await mine.getByTestId('action-done').click();
    const item = page
      .getByTestId('action-item')
      .filter({ hasText: 'Hand the list of missing servicemen to the ICRC' });
    await expect.poll(() => item.getByTestId('action-state').textContent()).toBe('done');
    expect(await item.textContent()).toContain('done on 13 December 2020');

    await signIn('coordinator');
    await page.goto(`${server.url}/meetings`);
    const seen = page.getByTestId('action-item').filter({ hasText: 'Hand the list of missing servicemen' });
    await seen.locator('summary').click();
    const history = await seen.getByTestId('action-history').textContent();
    expect(history).toContain('for Armenia');
    expect(history).toContain('List handed to the ICRC delegation in Yerevan');
    // The coordinator may take it back or drop it.
    expect(await seen.getByTestId('action-dropped').count()).toBe(1);
    await screenshot(page, SCREENSHOTS, '26-action-item-done-by-liaison');
    // Done, it is evidence on point 8, where its history shows too.
    await page.goto(`${server.url}/provisions/${await provisionId(8)}`);
    await page.getByTestId('provision-page').waitFor();
    expect(await page.getByTestId('evidence').textContent()).toContain(
      'Hand the list of missing servicemen to the ICRC',
    );
  }, 90_000);

  it("the observer's dashboard shows the published incident in its week", async () => {
    await signIn('observer');
    const table = page.getByTestId('chart-incidents').locator('table');
    await page.getByTestId('chart-incidents').locator('summary').click();
    await expect.poll(() => table.textContent()).toContain('18 January 2021');
    expect(await table.locator('tbody tr').count()).toBe(2);
    // Observers read tracing as counts, and the corridor's movements.
    expect(Number(await page.getByTestId('tracing-found').textContent())).toBeGreaterThan(0);
    await page.getByTestId('movements').waitFor();
    await screenshot(page, SCREENSHOTS, '24-dashboard-observer-updated');
    // The published incidents on the corridor's map, the observer seeing both and no unpublished one.
    await page.goto(`${server.url}/incidents`);
    await page.getByTestId('incident-list').waitFor();
    expect(await page.getByTestId('incident-list').locator('tbody tr').count()).toBe(2);
    await page
      .locator('[data-testid="incidents-map"] [data-testid="map"][data-ready="true"]')
      .waitFor({ timeout: 30_000 });
    await screenshot(page, SCREENSHOTS, '25-incidents-map-observer');
    expect(browserErrors).toEqual([]);
  }, 90_000);
});
