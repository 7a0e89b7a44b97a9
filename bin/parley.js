#!/usr/bin/env node
// Runs the compiled CLI from dist/; in a checkout whose sources are newer than that build (or where
// `npm run build` has not run), runs the sources through tsx instead, so the command never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
const sources = fileURLToPath(new URL('../src/', import.meta.url));

function newestSourceMs() {
  if (!existsSync(sources)) return 0;
  let newest = 0;
  for (const file of readdirSync(sources, { recursive: true })) {
    const name = String(file);
    if (!name.endsWith('.ts') || name.startsWith('web') || name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(sources + name).mtimeMs);
  }
  return newest;
}

if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSourceMs()) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
