import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from './support/ensure-built.js';
import { type DemoAccount, type RunningServer, startParleyServer } from './support/parley-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The README names this folder: every run leaves its screenshots here. */
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let liaison: DemoAccount;
const browserErrors: string[] = [];

async function signIn(username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

describe('web shell in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt(ROOT, WEB_BUILD);
    ensureBuilt(ROOT, SERVER_BUILD);
    server = await startParleyServer(ROOT);
    const found = server.accounts.find((account) => account.role === 'liaison');
    if (!found) throw new Error(`parley serve printed no liaison account:\n${server.output()}`);
    liaison = found;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    // A CSP violation or a script error would show here; the page must run under the server's CSP.
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 40[13]/.test(message.text()))
        browserErrors.push(`${message.text()} (${message.location().url})`);
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses wrong credentials with one generic message', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');
    await signIn(liaison.username, 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('The user name or password is not correct.');
    await signIn('no-such-user', 'not-the-password');
    await expect.poll(() => error.textContent()).toBe('The user name or password is not correct.');
    await screenshot(page, SCREENSHOTS, '01-login-refused');
  });

  it('signs a liaison in on the dashboard, and shows the agreement with its nine provisions', async () => {
    await signIn(liaison.username, liaison.password);
    await page.getByTestId('dashboard').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Dashboard',
      'Agreement',
      'Incidents',
      'Tracing',
      'Exchange',
      'Corridor',
    ]);
    await nav.getByRole('link', { name: 'Exchange', exact: true }).click();
    await expect
      .poll(() => nav.getByRole('link').allTextContents())
      .toEqual([
        'Dashboard',
        'Agreement',
        'Incidents',
        'Tracing',
        'Exchange',
        'Corridor',
        'Lists',
        'Results',
        'Persons',
        'Exchanges',
      ]);
    await nav.getByRole('link', { name: 'Agreement', exact: true }).click();
    await page.getByTestId('agreement').waitFor();
    expect(await page.getByTestId('provision').count()).toBe(9);
    expect(await page.getByTestId('event').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('current-user').textContent()).toContain('Liaison officer');
    await screenshot(page, SCREENSHOTS, '02-liaison-home-en');
  });

  it('switches to Armenian and shows the shell translated, and remembers the choice for the user', async () => {
    await page.locator('select[name="language"]').selectOption('hy');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('hy');
    const nav = page.getByRole('navigation', { name: 'Հիմնական նավարկում' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Վահանակ',
      'Համաձայնագիր',
      'Միջադեպեր',
      'Որոնում',
      'Փոխանակում',
      'Միջանցք',
      'Համաձայնագիր',
      'Դրույթներ',
      'Հանդիպումներ',
    ]);
    expect(await page.getByTestId('logout').textContent()).toBe('Ելք');
    expect(await page.getByTestId('current-user').textContent()).toContain('Կապի սպա');
    expect(await page.locator('#provisions-heading').textContent()).toContain('9 դրույթ');
    // Dates in Armenian even though Chromium has no Armenian date data: month names come from the catalogue.
    expect(await page.getByTestId('signed-on').textContent()).toContain('10 նոյեմբերի 2020 թ.');
    await screenshot(page, SCREENSHOTS, '03-liaison-home-hy');

    // Saved on the server (PATCH /auth/me), not only in this browser.
    const me = await page.evaluate(
      async () => (await (await fetch('/api/v1/auth/me')).json()) as { user: { locale: string } },
    );
    expect(me.user.locale).toBe('hy');
  });

  it('refuses a page the role may not see, and the API refuses it too', async () => {
    await page.goto(`${server.url}/users`);
    const refusal = page.getByTestId('not-allowed');
    await refusal.waitFor();
    expect(await refusal.locator('h1').textContent()).toBe('Մուտքն արգելված է');
    expect(await page.locator('table').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/v1/users')).status);
    expect(status).toBe(403);
    await screenshot(page, SCREENSHOTS, '04-liaison-users-refused-hy');
  });

  it('looks right at a phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/agreement`);
    await page.getByTestId('agreement').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, SCREENSHOTS, '05-liaison-home-phone-hy');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logs out to the login page, in the language chosen, and the session is gone', async () => {
    await page.getByTestId('logout').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Մուտք');
    expect(await page.getByRole('status').textContent()).toBe('Դուք դուրս եկաք համակարգից։');
    const status = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(status).toBe(401);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Մուտք');
    await screenshot(page, SCREENSHOTS, '06-logged-out-hy');
    expect(browserErrors).toEqual([]);
    expect(existsSync(join(SCREENSHOTS, '06-logged-out-hy.png'))).toBe(true);
  });

  it('keeps a language chosen on the login page and saves it for the user', async () => {
    await page.locator('select[name="language"]').selectOption('ru');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Вход');
    await signIn(liaison.username, liaison.password);
    const nav = page.getByRole('navigation', { name: 'Основная навигация' });
    await nav.waitFor();
    // The modules' menu (a module's own pages show beneath it while one of its pages is open).
    const modules = nav.locator('.nav-modules');
    expect(await modules.getByRole('link').allTextContents()).toEqual([
      'Обзор',
      'Соглашение',
      'Инциденты',
      'Розыск',
      'Обмен',
      'Коридор',
    ]);
    await modules.getByRole('link', { name: 'Соглашение', exact: true }).click();
    expect(await page.locator('#provisions-heading').textContent()).toContain('9 положений');
    const me = await page.evaluate(
      async () => (await (await fetch('/api/v1/auth/me')).json()) as { user: { locale: string } },
    );
    expect(me.user.locale).toBe('ru');
    await screenshot(page, SCREENSHOTS, '07-liaison-home-ru');
    await page.getByTestId('logout').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Вход');
  });
  it("keeps the coordinator's menu on one row at 1,366 px and folded on a phone, in every language", async () => {
    const coordinator = server.accounts.find((account) => account.role === 'coordinator');
    if (!coordinator) throw new Error(`parley serve printed no coordinator account:\n${server.output()}`);
    const wide = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    const tab = await wide.newPage();
    await tab.goto(server.url);
    await tab.locator('input[name="username"]').fill(coordinator.username);
    await tab.locator('input[name="password"]').fill(coordinator.password);
    await tab.locator('form button[type="submit"]').click();
    await tab.getByTestId('dashboard').waitFor();
    /** Rows a menu list takes: its items' distinct tops (1 when nothing wraps). */
    const rows = (selector: string) =>
      tab.evaluate<number>(
        `new Set([...document.querySelectorAll('${selector} > li')].map((li) => li.offsetTop)).size`,
      );
    const overflow = () => tab.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    for (const language of ['en', 'ru', 'hy', 'az']) {
      await tab.setViewportSize({ width: 1366, height: 768 });
      await tab.locator('select[name="language"]').selectOption(language);
      await expect.poll(() => tab.locator('html').getAttribute('lang')).toBe(language);
      await tab.goto(`${server.url}/exchange/reconciliations`);
      await tab.locator('.nav-pages').waitFor();
      expect(await rows('.nav-modules')).toBe(1);
      expect(await rows('.nav-pages')).toBe(1);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(tab, SCREENSHOTS, `08-coordinator-menu-1366-${language}`);

      await tab.setViewportSize({ width: 390, height: 844 });
      const toggle = tab.locator('.nav-toggle');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await tab.locator('.nav-lists').isVisible()).toBe(false);
      await toggle.click();
      await tab.locator('.nav-pages').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await screenshot(tab, SCREENSHOTS, `09-coordinator-menu-phone-${language}`);
      // Choosing a page folds the menu away again.
      await tab.locator('.nav-pages a').last().click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    }
    await wide.close();
  });
});
