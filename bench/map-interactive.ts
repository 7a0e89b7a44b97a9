// `npx tsx bench/map-interactive.ts [runs]`: how long the corridor's map takes to answer clicks on the demo, in
// headless Chromium (WebGL in software), each run in a fresh browser context (nothing cached, no service worker).
// Prints each run's marks, the median, and the load average (the target is 2 s on a machine with its cores free).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/support/browser.js';
import { ensureBuilt, SERVER_BUILD, WEB_BUILD } from '../test/e2e/support/ensure-built.js';
import { startParleyServer } from '../test/e2e/support/parley-server.js';
import { signIn } from '../test/e2e/support/sign-in.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);

ensureBuilt(ROOT, WEB_BUILD);
ensureBuilt(ROOT, SERVER_BUILD);
const server = await startParleyServer(ROOT);
const observer = server.accounts.find((a) => a.username === 'observer');
if (!observer) throw new Error('parley serve printed no observer account');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const interactive: number[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await signIn(page, server.url, observer);
    await page.goto(`${server.url}/corridor/map`);
    await page.waitForFunction(
      () => performance.getEntriesByName('parley:map-interactive').length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('parley:map'))
        .map((mark) => [mark.name, Math.round(mark.startTime)] as const),
    );
    const total = marks.find(([name]) => name === 'parley:map-interactive')?.[1] ?? Number.NaN;
    interactive.push(total);
    console.log(
      `run ${run}: ${marks.map(([name, ms]) => `${name.slice(11)} ${ms}`).join(', ')} ms (load ${loadavg()[0].toFixed(1)})`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const sorted = [...interactive].sort((a, b) => a - b);
console.log(
  `map interactive: median ${sorted[Math.floor(sorted.length / 2)]} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms over ${runs} runs; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
