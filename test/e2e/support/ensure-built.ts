import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of the files under `dir` that `include` accepts. */
function newestMtime(dir: string, include: (path: string) => boolean): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (include(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export interface BuildTarget {
  /** A file the build writes; missing or older than the sources means the build is due. */
  output: string;
  sourceDir: string;
  include: (path: string) => boolean;
  npmScript: string;
}

/** Runs `npm run <script>` when its output is missing or older than its sources, so the test runs today's code. */
export function ensureBuilt(root: string, target: BuildTarget): void {
  const output = join(root, target.output);
  const sourcesChanged = () => newestMtime(join(root, target.sourceDir), target.include);
  if (existsSync(output) && statSync(output).mtimeMs >= sourcesChanged()) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build and the pseudo-language.
  const env = { ...process.env };
  delete env.NODE_ENV;
  const result = spawnSync('npm', ['run', '--silent', target.npmScript], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  // tsc emits even when another layer's work in progress has a type error; what matters is a fresh output.
  const fresh = existsSync(output) && statSync(output).mtimeMs >= sourcesChanged();
  if (!fresh) {
    throw new Error(
      `npm run ${target.npmScript} did not produce ${target.output}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

export const WEB_BUILD: BuildTarget = {
  output: 'dist/web/index.html',
  sourceDir: 'src/web',
  include: () => true,
  npmScript: 'build:web',
};

export const SERVER_BUILD: BuildTarget = {
  output: 'dist/cli/main.js',
  sourceDir: 'src',
  include: (path) => /\.ts$/.test(path) && !/\.test\.ts$/.test(path) && !path.includes('/src/web/'),
  npmScript: 'build:server',
};
