import type { Page } from 'playwright-core';
import type { DemoAccount } from './parley-server.js';

/**
 * Opens Parley and signs in as `account`. The app renders after `goto` returns, so this waits
 * for either the sign-in form or a signed-in shell before deciding; a step that failed may
 * have left someone else signed in.
 */
export async function signIn(page: Page, url: string, account: DemoAccount): Promise<void> {
  await page.goto(url);
  await page.locator('input[name="username"], [data-testid="logout"]').first().waitFor();
  if ((await page.getByTestId('logout').count()) > 0) {
    await page.getByTestId('logout').click();
    await page.locator('input[name="username"]').waitFor();
  }
  await page.locator('input[name="username"]').fill(account.username);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('logout').waitFor();
}
