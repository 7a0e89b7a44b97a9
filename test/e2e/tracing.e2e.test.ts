import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from './support/ensure-built.js';
import { type DemoAccount, type RunningServer, startParleyServer } from './support/parley-server.js';
import { signIn as signInAs } from './support/sign-in.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const ARMENIAN = /\p{Script=Armenian}/u;
// Remains recovered by Azerbaijan with the military ID of an Armenian soldier, as written on it.
const REMAINS_REFERENCE = 'AZ-PM-E2E-1';
const DOCUMENT_NAME = { family: 'Մելքոնյան', given: 'Վարդան' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];
const accounts: Record<string, DemoAccount> = {};

/** A person on Azerbaijan's held list, as the engine writes the name in Armenian script. */
let held: { displayName: string; family: string; given: string; birthDate: string };
/** The two cases the liaison opens: one found on the held list, one among the remains. */
const cases = { alive: { id: '', reference: '' }, dead: { id: '', reference: '' } };
let remainsId = '';

async function signIn(username: string): Promise<void> {
  const account = accounts[username];
  if (!account) throw new Error(`no ${username} account`);
  await signInAs(page, server.url, account);
}

async function api<T>(path: string): Promise<T> {
  const res = await page.request.get(`${server.url}/api/v1${path}`);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Fills the new-case form with a person written in Armenian, for an Armenian-speaking family, and opens it. */
async function openCase(person: { family: string; given: string; birthDate?: string }, sharing: string) {
  await page.goto(`${server.url}/tracing/cases/new`);
  const form = page.getByTestId('tracing-new-case');
  await form.waitFor();
  await form.locator('input[name="familyName"]').fill(person.family);
  await form.locator('input[name="givenName"]').fill(person.given);
  if (person.birthDate) await form.locator('input[name="birthDate"]').fill(person.birthDate);
  await form.locator('input[name="enquirerName"]').fill('Անահիտ');
  await form.locator('input[name="relation"]').fill('մայր');
  await form.locator('select[name="language"]').selectOption('hy');
  await form.locator('select[name="sharingLevel"]').selectOption(sharing);
  await form.getByRole('button', { name: 'Open the case' }).click();
  await page.getByTestId('tracing-case').waitFor();
  // The engine searches in the background; the page asks until it is done.
  await expect
    .poll(() => page.getByTestId('case-matching').getAttribute('data-state'), { timeout: 120_000 })
    .toBe('done');
  const id = /\/tracing\/cases\/([^/?#]+)/.exec(page.url())?.[1];
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  if (!id) throw new Error(`no case page after opening: ${page.url()}`);
  return { id: decodeURIComponent(id), reference: heading.split(' · ')[0]?.trim() ?? '' };
}

/** The candidate of `caseRef` of one kind in the coordinator's queue. */
function candidate(caseReference: string, kind: string) {
  return page
    .locator(`[data-testid="tracing-match"][data-target-kind="${kind}"]`)
    .filter({ hasText: caseReference });
}

describe('tracing in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt(ROOT, WEB_BUILD);
    ensureBuilt(ROOT, SERVER_BUILD);
    server = await startParleyServer(ROOT);
    for (const username of ['coordinator', 'liaison-am', 'liaison-az']) {
      const account = server.accounts.find((a) => a.username === username);
      if (!account) throw new Error(`parley serve printed no ${username} account:\n${server.output()}`);
      accounts[username] = account;
    }
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the coordinator registers remains found with an Armenian soldier’s documents; a record without a reference is refused by field', async () => {
    await signIn('coordinator');
    // A person Azerbaijan's held list names, with a full birth date, for the liaison's first case.
    const parties = await api<{ items: { id: string; code: string }[] }>('/parties');
    const az = parties.items.find((p) => p.code === 'AZ');
    const lists = await api<{ items: { id: string; partyId: string; kind: string }[] }>('/exchange/lists');
    const heldList = lists.items.find((l) => l.partyId === az?.id && l.kind === 'held');
    const entries = await api<{
      items: { displayName: string; fields: Record<string, string>; names: { armenian: string } }[];
    }>(`/exchange/lists/${heldList?.id}/versions/1/entries?limit=100`);
    const entry = entries.items.find(
      (e) => /^\d{4}-\d{2}-\d{2}$/.test(e.fields.birth_date ?? '') && e.names.armenian.split(' ').length >= 2,
    );
    if (!entry) throw new Error('the demo has no held entry with a full birth date');
    const [family = '', given = ''] = entry.names.armenian.split(' ');
    held = { displayName: entry.displayName, family, given, birthDate: entry.fields.birth_date ?? '' };

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Tracing', exact: true }).click();
    await expect
      .poll(() => nav.getByRole('link').allTextContents())
      .toEqual(expect.arrayContaining(['Cases', 'Candidates', 'Remains', 'Counts']));
    await nav.getByRole('link', { name: 'Remains', exact: true }).click();
    await page.getByTestId('remains-row').first().waitFor();
    expect(await page.getByTestId('remains-row').count()).toBeGreaterThan(10);
    await page.getByRole('link', { name: 'Register remains' }).click();
    const form = page.getByTestId('tracing-new-remains');
    await form.waitFor();
    await form.locator('select[name="partyId"]').selectOption({ label: 'Azerbaijan' });
    await form.locator('input[name="recoveredOn"]').fill('12/11/2020');
    await form.locator('input[name="recoveredPlace"]').fill('Talış');
    await form.locator('input[name="latitude"]').fill('39.64');
    await form.locator('input[name="longitude"]').fill('46.99');
    await form.locator('input[name="recoveredBy"]').fill('ANAMA search team');
    await form.locator('input[name="foundWithDocuments"]').fill('military ID');
    await form.locator('input[name="documentName"]').fill(`${DOCUMENT_NAME.family} ${DOCUMENT_NAME.given}`);
    await form.locator('select[name="sex"]').selectOption('m');
    // No reference: refused, the field named, nothing stored.
    await form.getByRole('button', { name: 'Register' }).click();
    await form.locator('.field-invalid input[name="reference"]').waitFor();
    await screenshot(page, SCREENSHOTS, 'tracing-01-remains-refused');
    const stored = await api<{ items: { reference: string }[]; total: number }>('/tracing/remains?limit=200');
    expect(stored.items.some((r) => r.reference === REMAINS_REFERENCE)).toBe(false);

    await form.locator('input[name="reference"]').fill(REMAINS_REFERENCE);
    await form.getByRole('button', { name: 'Register' }).click();
    const record = page.getByTestId('tracing-remains-record');
    await record.waitFor();
    expect(await record.getByRole('heading', { level: 1 }).textContent()).toBe(REMAINS_REFERENCE);
    expect(await record.getByTestId('remains-identification').textContent()).toBe('Unidentified');
    expect(await record.getByTestId('remains-held-by').textContent()).toBe('Azerbaijan');
    remainsId = decodeURIComponent(/\/tracing\/remains\/([^/?#]+)/.exec(page.url())?.[1] ?? '');
    expect(remainsId).not.toBe('');
    await screenshot(page, SCREENSHOTS, 'tracing-02-remains-record');
  }, 180_000);

  it('a liaison of Armenia opens two cases in Armenian script on a phone-sized form; a case without a name is refused', async () => {
    await signIn('liaison-am');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/tracing/cases/new`);
    const form = page.getByTestId('tracing-new-case');
    await form.waitFor();
    await form.locator('input[name="enquirerName"]').fill('Անահիտ');
    await form.locator('input[name="relation"]').fill('մայր');
    await form.getByRole('button', { name: 'Open the case' }).click();
    await form.getByRole('alert').waitFor();
    expect(page.url()).toContain('/tracing/cases/new');
    await screenshot(page, SCREENSHOTS, 'tracing-03-case-without-name');

    cases.alive = await openCase(held, 'other_party');
    expect(await page.getByTestId('case-status').textContent()).toContain('Possible match');
    await screenshot(page, SCREENSHOTS, 'tracing-04-case-opened');
    cases.dead = await openCase(DOCUMENT_NAME, 'intermediary_only');
    expect(await page.getByTestId('case-status').textContent()).toContain('Possible match');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 300_000);

  it('the coordinator confirms one case against the held list, the other against the remains, and confirms the identification by DNA', async () => {
    await signIn('coordinator');
    await page.goto(`${server.url}/tracing/matches`);
    await page.getByTestId('tracing-matches').waitFor();
    const onList = candidate(cases.alive.reference, 'list_entry').filter({ hasText: held.displayName });
    await onList.waitFor();
    expect(await onList.getByTestId('waterfall-step').count()).toBeGreaterThan(2);
    expect(await onList.getByTestId('match-target').textContent()).toContain('Azerbaijan');
    await screenshot(page, SCREENSHOTS, 'tracing-05-candidates');
    await onList.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('match-decided').textContent()).toContain(held.displayName);

    const onRemains = candidate(cases.dead.reference, 'remains').filter({ hasText: REMAINS_REFERENCE });
    await onRemains.waitFor();
    await onRemains.locator('textarea[name="note"]').fill('military ID found with the body');
    await onRemains.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('match-decided').textContent()).toContain(REMAINS_REFERENCE);
    // The decided candidate leaves the queue once the queue is read again after the decision.
    await expect.poll(() => onRemains.count()).toBe(0);

    // Presumed from the documents; the DNA result confirms it.
    await page.goto(`${server.url}/tracing/remains/${encodeURIComponent(remainsId)}`);
    const record = page.getByTestId('tracing-remains-record');
    await record.waitFor();
    expect(await record.getByTestId('remains-identification').textContent()).toBe('Presumptive');
    expect(await record.getByTestId('remains-case').textContent()).toContain(cases.dead.reference);
    const identify = record.getByTestId('identification-form');
    await identify.locator('select[name="status"]').selectOption('confirmed');
    await identify.locator('select[name="method"]').selectOption('dna');
    await identify.locator('input[name="note"]').fill('DNA match with the mother');
    await identify.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => record.getByTestId('remains-identification').textContent()).toBe('Confirmed');
    const history = await record.getByTestId('identification-history').locator('li').allTextContents();
    expect(history.length).toBe(2);
    expect(history[0]).toContain('Presumptive (Documents)');
    expect(history[1]).toContain('Confirmed (DNA)');
    await screenshot(page, SCREENSHOTS, 'tracing-06-identified-by-dna');
  }, 180_000);

  it('a liaison of Azerbaijan sees the shared case by the person only, and not the case kept to the intermediary', async () => {
    await signIn('liaison-az');
    await page.goto(`${server.url}/tracing/cases`);
    await page.getByTestId('tracing-cases').waitFor();
    const references = await page.locator('tbody tr td:first-child').allTextContents();
    expect(references).toContain(cases.alive.reference);
    expect(references).not.toContain(cases.dead.reference);
    await page.goto(`${server.url}/tracing/cases/${encodeURIComponent(cases.dead.id)}`);
    await page.getByRole('alert').waitFor();
    await page.goto(`${server.url}/tracing/cases/${encodeURIComponent(cases.alive.id)}`);
    await page.getByTestId('tracing-case').waitFor();
    expect(await page.getByTestId('tracing-case').textContent()).not.toContain('Անահիտ');
    expect(await page.getByTestId('family-export').count()).toBe(0);
  }, 120_000);

  it('the liaison of Armenia sees one case located alive, the other located dead, and the family’s export in Armenian', async () => {
    await signIn('liaison-am');
    await page.goto(`${server.url}/tracing/cases`);
    await page.getByTestId('tracing-cases').waitFor();
    const rowOf = (reference: string) => page.locator('tbody tr').filter({ hasText: reference });
    expect(await rowOf(cases.alive.reference).textContent()).toContain('Located alive');
    expect(await rowOf(cases.dead.reference).textContent()).toContain('Located dead');

    await page.goto(`${server.url}/tracing/cases/${encodeURIComponent(cases.alive.id)}`);
    await page.getByTestId('tracing-case').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toContain('Located alive');
    expect(await page.getByTestId('case-found-as').textContent()).toContain(held.displayName);
    expect(await page.getByTestId('case-timeline').textContent()).toContain('match confirmed');

    await page.goto(`${server.url}/tracing/cases/${encodeURIComponent(cases.dead.id)}`);
    await page.getByTestId('tracing-case').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toContain('Located dead');
    expect(await page.getByTestId('case-remains').textContent()).toContain(
      `${REMAINS_REFERENCE}: Confirmed (DNA)`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('family-export').click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Ինչ է պահվում ձեր գործի վերաբերյալ');
    expect(text).toContain(DOCUMENT_NAME.family);
    expect(text).toContain(REMAINS_REFERENCE);

    // The same page in Armenian.
    await page.locator('select[name="language"]').selectOption('hy');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('hy');
    expect(await page.getByTestId('case-status').textContent()).toMatch(ARMENIAN);
    await screenshot(page, SCREENSHOTS, 'tracing-07-located-dead-hy');
    await page.locator('select[name="language"]').selectOption('en');
    expect(browserErrors).toEqual([]);
  }, 120_000);

  it('the liaison closes the case found alive, with the reason the family gave; the timeline keeps it', async () => {
    await page.goto(`${server.url}/tracing/cases/${encodeURIComponent(cases.alive.id)}`);
    const form = page.getByTestId('case-status-form');
    await form.waitFor();
    // A liaison only closes or reopens; the rest is the coordinator's to decide.
    expect(await form.locator('select[name="event"] option').allTextContents()).toEqual(['Close the case']);
    await form.locator('select[name="closeReason"]').selectOption('found_by_family');
    await form.locator('input[name="note"]').fill('Անահիտ called: he is home');
    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toContain('Closed');
    expect(await page.getByTestId('case-status').textContent()).toContain('Found by the family');
    expect(await page.getByTestId('case-timeline').textContent()).toContain('he is home');
    expect(browserErrors).toEqual([]);
    await screenshot(page, SCREENSHOTS, 'tracing-08-closed-by-liaison');
  }, 120_000);
});
