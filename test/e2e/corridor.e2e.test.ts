import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, screenshot } from './support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from './support/ensure-built.js';
import { type DemoAccount, type RunningServer, startParleyServer } from './support/parley-server.js';
import { signIn as signInAs } from './support/sign-in.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
// Where the map opens (the same bounds as the page): used to find a feature's pixel, as MapLibre's fitBounds does.
const REGION = { west: 46.2, south: 39.4, east: 47.3, north: 40.35 };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];
const accounts: Record<string, DemoAccount> = {};

async function signIn(account: DemoAccount): Promise<void> {
  await signInAs(page, server.url, account);
}

/** A session of the API outside the browser (its link stays up when the browser's is cut). */
async function apiSession(account: DemoAccount) {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (!login.ok) throw new Error(`${account.username} could not sign in: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

interface StoredPassage {
  id: string;
  idempotencyKey: string;
  remarks: string;
  vehicles: number;
  version: number;
}

const mercator = (lon: number, lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return { x: (lon + 180) / 360, y: (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 };
};

/** The pixel of a point on the map, as the map opened on REGION (fitted, centred) draws it. */
async function pixelOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map on the page');
  const nw = mercator(REGION.west, REGION.north);
  const se = mercator(REGION.east, REGION.south);
  const scale = Math.min(box.width / (se.x - nw.x), box.height / (se.y - nw.y));
  const centre = { x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 };
  const p = mercator(lon, lat);
  return {
    x: box.x + box.width / 2 + (p.x - centre.x) * scale,
    y: box.y + box.height / 2 + (p.y - centre.y) * scale,
  };
}

describe('corridor in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt(ROOT, WEB_BUILD);
    ensureBuilt(ROOT, SERVER_BUILD);
    server = await startParleyServer(ROOT);
    for (const username of ['coordinator', 'liaison-am', 'liaison-az', 'observer', 'field-officer']) {
      const account = server.accounts.find((a) => a.username === username);
      if (!account) throw new Error(`parley serve printed no ${username} account:\n${server.output()}`);
      accounts[username] = account;
    }
    // MapLibre draws with WebGL: headless Chromium has it in software (SwiftShader).
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the map with its layers offline, interactive within its time budget, features clickable, labels in the UI language', async () => {
    await signIn(accounts.observer as DemoAccount);
    // Nothing outside Parley is fetched: the base layer is Natural Earth, bundled.
    const outside: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(server.url) &&
        !request.url().startsWith('data:') &&
        !request.url().startsWith('blob:')
      )
        outside.push(request.url());
    });
    await page.goto(`${server.url}/corridor/map`);
    await page.waitForFunction(
      () => performance.getEntriesByName('parley:map-interactive').length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    const interactiveMs = await page.evaluate(
      () => performance.getEntriesByName('parley:map-interactive')[0]?.startTime ?? -1,
    );
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('parley:map'))
        .map((mark) => `${mark.name} ${Math.round(mark.startTime)} ms`)
        .join(', '),
    );
    // The target is 2 s: printed with the load it was measured under, not asserted (a shared machine's load
    // decides the figure; `bench/map-interactive.ts` measures it over several runs).
    console.log(
      `map interactive after ${Math.round(interactiveMs)} ms from navigation (${marks}); load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
    );
    expect(interactiveMs).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await expect
      .poll(() => page.locator('.map-label').filter({ hasText: 'Lachin corridor checkpoint' }).count())
      .toBe(1);
    await screenshot(page, SCREENSHOTS, 'corridor-map');

    const checkpoint = await pixelOf(46.49, 39.58);
    await page.mouse.click(checkpoint.x, checkpoint.y);
    const details = page.getByTestId('map-feature');
    await expect
      .poll(() => details.locator('h2').textContent())
      .toBe('Lachin corridor checkpoint (Hakari bridge)');
    await expect.poll(() => details.textContent()).toContain('Checkpoints');

    // A layer hidden is not clickable any more.
    await page.getByTestId('layer-checkpoint').uncheck();
    await page.getByTestId('layer-observation_post').uncheck();
    await page.mouse.click(checkpoint.x, checkpoint.y);
    await expect
      .poll(() => page.getByTestId('map-selection').locator('h2').textContent())
      .not.toBe('Lachin corridor checkpoint (Hakari bridge)');

    // In Armenian, the labels are the gazetteer's and the layers' Armenian names.
    await page.getByTestId('layer-checkpoint').check();
    await page.locator('select[name="language"]').selectOption('hy');
    await expect
      .poll(() => page.locator('.map-label').filter({ hasText: 'Լաչինի միջանցքի անցակետ' }).count())
      .toBe(1);
    await expect
      .poll(() => page.locator('.map-label').filter({ hasText: 'Ստեփանակերտ' }).count())
      .toBeGreaterThan(0);
    await page.locator('select[name="language"]').selectOption('en');
    expect(browserErrors).toEqual([]);
  }, 120_000);

  it('a movement notified by the coordinator is acknowledged by both liaisons', async () => {
    await signIn(accounts.coordinator as DemoAccount);
    await page.goto(`${server.url}/corridor/movements`);
    const form = page.getByTestId('plan-movement');
    await form.locator('input[name="reference"]').fill('Convoy 99: Goris – Stepanakert');
    await form.locator('input[name="windowStart"]').fill('2021-02-01T06:00');
    await form.locator('input[name="windowEnd"]').fill('2021-02-01T16:00');
    await form.locator('input[name="vehicles"]').fill('8');
    await form.locator('input[name="people"]').fill('120');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('corridor-movement').waitFor();
    const url = page.url();
    await page.getByTestId('step-notify').click();
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Notified');
    await expect
      .poll(() => page.getByTestId('movement-pending').textContent())
      .toMatch(/Armenia.*Azerbaijan|Azerbaijan.*Armenia/);

    for (const liaison of ['liaison-am', 'liaison-az']) {
      await signIn(accounts[liaison] as DemoAccount);
      await page.goto(url);
      await page.getByTestId('acknowledge').click();
      await expect.poll(() => page.getByTestId('movement-answers').textContent()).toContain('Acknowledged');
    }
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Acknowledged');

    await signIn(accounts.coordinator as DemoAccount);
    await page.goto(url);
    await expect.poll(() => page.getByTestId('movement-status').textContent()).toBe('Acknowledged');
    expect(await page.getByTestId('movement-answers').locator('li').count()).toBe(2);
    expect(await page.getByTestId('movement-history').textContent()).toContain('Acknowledged by every party');
    await screenshot(page, SCREENSHOTS, 'corridor-movement-acknowledged');
    expect(browserErrors).toEqual([]);
  }, 120_000);

  it('a passage entered with the browser offline is kept on the device and stored once when the link returns; a conflicting edit is shown, never lost', async () => {
    const observer = await apiSession(accounts.observer as DemoAccount);
    const stored = async () =>
      ((await observer('GET', '/corridor/passages')).body.items as StoredPassage[]).filter((p) =>
        p.remarks.includes(marker),
      );
    const marker = `offline ${randomUUID().slice(0, 8)}`;

    await signIn(accounts['field-officer'] as DemoAccount);
    await page.goto(`${server.url}/corridor/passages`);
    await page.getByTestId('passage-form').waitFor();
    // The service worker keeps the app's shell: once it controls the page, the app opens with no link.
    await page.waitForFunction('navigator.serviceWorker?.controller != null', null, { timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    const form = page.getByTestId('passage-form');
    await form.waitFor();
    await expect.poll(() => page.getByTestId('link-status').getAttribute('data-online')).toBe('false');
    await form.locator('select[name="direction"]').selectOption('outbound');
    await form.locator('input[name="vehicles"]').fill('9');
    await form.locator('select[name="inspection"]').selectOption('passed_with_remarks');
    await form.locator('textarea[name="remarks"]').fill(`Convoy 12 ${marker}`);
    await form.locator('button[type="submit"]').click();
    const entry = page.getByTestId('device-passage').filter({ hasText: marker });
    await expect.poll(() => entry.getAttribute('data-state')).toBe('queued');
    await screenshot(page, SCREENSHOTS, 'corridor-passage-offline');
    expect(await stored()).toEqual([]);

    // The link returns, but the first answer is lost on the way back: the device sends again under the same key.
    let lost = 0;
    await page.route('**/api/v1/corridor/passages/*', async (route) => {
      if (route.request().method() !== 'PUT' || lost > 0) return route.fallback();
      lost += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await expect.poll(() => lost).toBe(1);
    await expect.poll(async () => (await stored()).length).toBe(1);
    expect(await entry.getAttribute('data-state')).toBe('queued');
    await page.unroute('**/api/v1/corridor/passages/*');
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    const [once] = await stored();
    expect(await stored()).toHaveLength(1);
    expect(once).toMatchObject({ vehicles: 9, version: 1, remarks: `Convoy 12 ${marker}` });

    // Corrected offline on this phone while the same entry was corrected on a tablet: both versions are shown.
    const tablet = await apiSession(accounts['field-officer'] as DemoAccount);
    await context.setOffline(true);
    await entry.getByTestId('edit-passage').click();
    await form.locator('input[name="vehicles"]').fill('10');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => entry.getAttribute('data-state')).toBe('queued');
    const current = once as StoredPassage;
    const onTablet = await tablet('PUT', `/corridor/passages/${current.idempotencyKey}`, {
      ...current,
      remarks: `Corrected on the tablet ${marker}`,
      baseVersion: 1,
    });
    expect(onTablet.status).toBe(200);
    await context.setOffline(false);
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 15_000 }).toBe('conflict');
    const conflict = entry.getByTestId('passage-conflict');
    await expect.poll(() => conflict.textContent()).toContain(`Corrected on the tablet ${marker}`);
    expect(await conflict.getByTestId('passage-vehicles').allTextContents()).toEqual(['10', '9']);
    await screenshot(page, SCREENSHOTS, 'corridor-passage-conflict');
    await entry.getByTestId('keep-mine').click();
    await expect.poll(() => entry.getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    expect(await stored()).toEqual([
      expect.objectContaining({ id: current.id, vehicles: 10, version: 3, remarks: `Convoy 12 ${marker}` }),
    ]);
    expect(browserErrors).toEqual([]);
  }, 180_000);

  it('shows the returns series and its chart', async () => {
    await page.goto(`${server.url}/corridor/returns`);
    await page.getByTestId('returns-chart').waitFor();
    const first = page.getByTestId('returns-day').first();
    await expect.poll(() => first.textContent()).toContain('50,658');
    await screenshot(page, SCREENSHOTS, 'corridor-returns');
  }, 60_000);

  it('gives the daily bulletin of a day, and its PDF in Armenian and in Russian', async () => {
    await signIn(accounts.observer as DemoAccount);
    await page.goto(`${server.url}/corridor/bulletin`);
    await page.locator('input[name="date"]').fill('2021-01-24');
    await expect.poll(() => page.getByTestId('bulletin-returns-total').textContent()).toBe('50,658');
    await screenshot(page, SCREENSHOTS, 'corridor-bulletin');
    for (const [language, title, total] of [
      ['hy', 'Միջանցքի օրական տեղեկագիր', 'Ընդամենը վերադարձել են: 50 658'],
      ['ru', 'Ежедневный бюллетень коридора', 'Всего вернулись: 50 658'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`bulletin-pdf-${language}`).click(),
      ]);
      const pdf = await getDocumentProxy(new Uint8Array(await readFile(await download.path())));
      expect(pdf.numPages).toBe(1);
      const text = (await extractText(pdf, { mergePages: true })).text.replace(/[\s\u00a0\u202f]+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain(total);
    }
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it('the coordinator dispatches a consignment and records its receipt with damage and loss: the loss report shows', async () => {
    await signIn(accounts.coordinator as DemoAccount);
    await page.goto(`${server.url}/corridor/cargo`);
    const reference = `HUM-E2E-${randomUUID().slice(0, 6)}`;
    const form = page.getByTestId('dispatch-consignment');
    await form.locator('input[name="reference"]').fill(reference);
    await form.locator('input[name="sender"]').fill('UNHCR');
    await form.locator('input[name="receiver"]').fill('Stepanakert municipality');
    // It goes with a notified movement: the card links to it.
    const movement = form.locator('select[name="movementId"] option').nth(1);
    const movementLabel = (await movement.textContent()) ?? '';
    await form.locator('select[name="movementId"]').selectOption({ index: 1 });
    await form.getByTestId('add-line').click();
    const lines = form.getByTestId('cargo-line');
    for (const [index, values] of [
      ['food', 'Wheat flour', '100', 'sack', '5000'],
      ['medical', 'Insulin', '50', 'box', '200'],
    ].entries()) {
      const line = lines.nth(index);
      await line.locator('select[name="category"]').selectOption(values[0] as string);
      await line.locator('input[name="description"]').fill(values[1] as string);
      await line.locator('input[name="quantity"]').fill(values[2] as string);
      await line.locator('input[name="unit"]').fill(values[3] as string);
      await line.locator('input[name="weightKg"]').fill(values[4] as string);
    }
    await form.locator('button[type="submit"]').click();
    const card = page.locator(`[data-testid="consignment"][data-reference="${reference}"]`);
    const receipt = card.getByTestId('receipt-form');
    await receipt.waitFor();
    expect(movementLabel).toContain(
      (await card.getByTestId('consignment-movement').textContent()) ?? 'no movement linked',
    );
    const first = receipt.getByTestId('receipt-line').first();
    await first.locator('input[name="good"]').fill('95');
    await first.locator('input[name="damaged"]').fill('3');
    // Counts that do not add up are refused before anything is sent.
    await expect.poll(() => receipt.locator('button[type="submit"]').isDisabled()).toBe(true);
    await first.locator('input[name="lost"]').fill('2');
    await receipt.locator('textarea[name="lossNote"]').fill('Three sacks torn, two missing at unloading');
    await receipt.locator('button[type="submit"]').click();
    await expect
      .poll(() => card.getByTestId('loss-report').textContent())
      .toContain('3 damaged, 2 lost, 250 kg');
    expect(await card.getByTestId('receipt-form').count()).toBe(0);
    await screenshot(page, SCREENSHOTS, 'corridor-cargo-loss');
    expect(browserErrors).toEqual([]);
  }, 90_000);

  it('imports a returns file through the column-mapping step: a row at fault named, nothing stored; then every row', async () => {
    await signIn(accounts.coordinator as DemoAccount);
    await page.goto(`${server.url}/corridor/returns`);
    const form = page.getByTestId('returns-import');
    const file = (rows: string[]) => ({
      name: 'returns-feb.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Day,Village,Returned,Families', ...rows].join('\n')),
    });
    const before = (await (await apiSession(accounts.observer as DemoAccount))('GET', '/returns')).body
      .items as unknown[];
    await form
      .locator('input[name="file"]')
      .setInputFiles(file(['2021-02-01,Lachin,120,30', '2021-02-01,Atlantis,5,1']));
    // The headers are not known ones: the page asks which column holds what.
    const mapping = form.getByTestId('returns-mapping');
    await mapping.waitFor();
    await mapping.locator('select[name="mapping.date"]').selectOption('Day');
    await mapping.locator('select[name="mapping.destination"]').selectOption('Village');
    await mapping.locator('select[name="mapping.individuals"]').selectOption('Returned');
    await mapping.locator('select[name="mapping.households"]').selectOption('Families');
    await form.getByTestId('returns-check').click();
    const reject = form.getByTestId('returns-reject');
    await expect.poll(() => reject.count()).toBe(1);
    expect(await reject.textContent()).toContain('Atlantis');
    expect(await reject.textContent()).toContain('a place the gazetteer does not know');
    expect(await form.locator('button[type="submit"]').isDisabled()).toBe(true);
    await screenshot(page, SCREENSHOTS, 'corridor-returns-import-rejects');

    await form
      .locator('input[name="file"]')
      .setInputFiles(file(['2021-02-01,Lachin,120,30', '2021-02-01,Shusha,5,1']));
    await mapping.locator('select[name="mapping.date"]').selectOption('Day');
    await mapping.locator('select[name="mapping.destination"]').selectOption('Village');
    await mapping.locator('select[name="mapping.individuals"]').selectOption('Returned');
    await form.getByTestId('returns-check').click();
    await expect.poll(() => form.getByTestId('returns-ready').textContent()).toContain('2 rows');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('returns-imported').textContent()).toContain('2 rows');
    const after = (await (await apiSession(accounts.observer as DemoAccount))('GET', '/returns')).body
      .items as unknown[];
    expect(after.length).toBe(before.length + 2);
    expect(browserErrors).toEqual([]);
  }, 90_000);
});
