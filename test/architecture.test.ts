import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of the design (DESIGN.md, STYLE.md), checked on every import under src/: arrows point down only
// (web → HTTP → server → domain → engine, server → store, server and cli → platform → engine), a layer is entered
// through its entry file (src/engine/index.ts, src/store/index.ts, src/platform/<part>/index.ts, a domain module's
// index.ts where it has one), engine/ and domain/ do no I/O, and the web takes nothing from the server but the types
// of its schemas.

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

type Layer = 'engine' | 'domain' | 'store' | 'server' | 'web' | 'cli' | 'platform';

/** Which layers each layer may import from (besides itself). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  engine: [],
  domain: ['engine'],
  // Shared machinery below the server and the CLI; it may drive the engine (parallel-engine runs it in threads).
  platform: ['engine'],
  store: ['domain', 'engine', 'platform'],
  server: ['domain', 'engine', 'store', 'platform'],
  cli: ['domain', 'engine', 'store', 'server', 'platform'],
  // The web talks to the server over HTTP; it may only read the types of the server's schemas (below).
  web: [],
};

/** Node modules that do no I/O, which the pure layers may use (a hash is computation). */
const PURE_NODE_MODULES = new Set(['node:crypto']);
/** Packages the tests of any layer use. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check']);

interface ImportSite {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import and re-export of a file, with whether it is for types only. */
function importsOf(file: string, text: string): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const clause = m[0];
    const typeOnly = m[2] !== undefined || /^\s*import\s*\{\s*(type\s+[\w$]+\s*,?\s*)+\}/.test(clause.trim());
    sites.push({ file, specifier: m[3], typeOnly });
  }
  for (const m of text.matchAll(DYNAMIC_IMPORT)) sites.push({ file, specifier: m[1], typeOnly: false });
  return sites;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const layerOf = (path: string): Layer => relative(SRC, path).split('/')[0] as Layer;

/** The folder whose index.ts is the way in for a file, if the file sits under one. */
function entryFolderOf(path: string): string | undefined {
  const parts = relative(SRC, path).split('/');
  const layer = parts[0] as Layer;
  if (layer === 'engine' || layer === 'store') return join(SRC, layer);
  if (layer === 'platform') return join(SRC, 'platform', parts[1] ?? '');
  if (layer === 'domain') {
    // A domain module with an index.ts is entered through it; one without is a set of plain files.
    for (let depth = parts.length - 1; depth >= 2; depth--) {
      const folder = join(SRC, ...parts.slice(0, depth));
      try {
        if (statSync(join(folder, 'index.ts')).isFile()) return folder;
      } catch {}
    }
  }
  return undefined;
}

function resolveTarget(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  return path.replace(/\.js$/, statSafe(path.replace(/\.js$/, '.tsx')) ? '.tsx' : '.ts');
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What is wrong with one import, or nothing. */
function breach(site: ImportSite): string | undefined {
  const { file, specifier, typeOnly } = site;
  const from = layerOf(file);
  const isTest = /\.test(-support|-worker)?\.tsx?$|\/testing\//.test(file);
  // Build configuration runs in Node, not in the browser.
  if (file.endsWith('vite.config.ts')) return undefined;
  if (!specifier.startsWith('.')) {
    const pure = from === 'engine' || from === 'domain';
    if (pure && specifier.startsWith('node:') && !PURE_NODE_MODULES.has(specifier)) {
      return `${from}/ does no I/O, yet imports ${specifier}`;
    }
    if (pure && !specifier.startsWith('node:') && !(isTest && TEST_PACKAGES.has(specifier))) {
      return `${from}/ depends on no package, yet imports ${specifier}`;
    }
    if (from === 'web' && specifier.startsWith('node:'))
      return `web/ runs in the browser, yet imports ${specifier}`;
    return undefined;
  }
  const target = resolveTarget(file, specifier);
  const to = layerOf(target);
  if (to === from) {
    const folder = entryFolderOf(target);
    const sameFolder = folder !== undefined && (file.startsWith(`${folder}/`) || folder === dirname(file));
    if (from === 'platform' || from === 'domain') {
      if (folder && !sameFolder && target !== join(folder, 'index.ts')) {
        return `imports ${relative(SRC, target)}, inside ${relative(SRC, folder)}/: go through its index.ts`;
      }
    }
    return undefined;
  }
  if (from === 'web') {
    if (typeOnly && to === 'server' && target.endsWith('.schemas.ts')) return undefined;
    return `web/ may only import types of server/**/*.schemas.ts, yet imports ${relative(SRC, target)}${typeOnly ? ' (types)' : ''}`;
  }
  if (!MAY_IMPORT[from].includes(to)) return `${from}/ may not import ${to}/ (${relative(SRC, target)})`;
  // A layer's test support (src/store/testing/) is the tests' way in.
  if (isTest && relative(SRC, target).split('/')[1] === 'testing') return undefined;
  const folder = entryFolderOf(target);
  if (folder && target !== join(folder, 'index.ts')) {
    return `imports ${relative(SRC, target)}, an internal of ${relative(SRC, folder)}/: import ${relative(SRC, folder)}/index.ts`;
  }
  return undefined;
}

/** A schemas file is read by the web's type-check: it imports zod, the domain, engine types and other schemas only. */
function schemasBreach(site: ImportSite): string | undefined {
  if (!site.file.endsWith('.schemas.ts')) return undefined;
  if (site.specifier === 'zod') return undefined;
  if (!site.specifier.startsWith('.')) return `a schemas file imports ${site.specifier}`;
  const target = resolveTarget(site.file, site.specifier);
  const to = layerOf(target);
  if (to === 'domain' || (to === 'engine' && site.typeOnly) || target.endsWith('.schemas.ts'))
    return undefined;
  return `a schemas file imports ${relative(SRC, target)}, which the web's type-check would pull in`;
}

describe('the layers', () => {
  const sites = sourceFiles(SRC).flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));

  it('finds the imports it checks', () => {
    expect(sites.length).toBeGreaterThan(500);
  });

  it('import downwards only, through entry files; engine/ and domain/ do no I/O; the web reads only schema types', () => {
    const breaches = sites.flatMap((site) => {
      const why = breach(site);
      return why ? [`${relative(SRC, site.file)}: ${why}`] : [];
    });
    expect(breaches).toEqual([]);
  });

  it('keep the schemas files fit for the web to read their types', () => {
    const breaches = sites.flatMap((site) => {
      const why = schemasBreach(site);
      return why ? [`${relative(SRC, site.file)}: ${why}`] : [];
    });
    expect(breaches).toEqual([]);
  });
});

describe('the layer check', () => {
  const at = (file: string, specifier: string, typeOnly = false): ImportSite => ({
    file: join(SRC, file),
    specifier,
    typeOnly,
  });

  it.each([
    ['engine/model/em.ts', '../../store/index.js', false, 'engine/ may not import store/'],
    ['engine/model/em.ts', '../../domain/exchange/types.js', true, 'engine/ may not import domain/'],
    ['domain/exchange/plan.ts', 'node:fs', false, 'does no I/O'],
    ['domain/exchange/plan.ts', 'kysely', false, 'depends on no package'],
    ['store/exchange/x.repository.ts', '../../server/problem.js', false, 'store/ may not import server/'],
    ['server/exchange/x.routes.ts', '../../engine/model/em.js', false, 'an internal of engine/'],
    ['cli/commands/x.ts', '../../store/exchange/list.types.js', true, 'an internal of store/'],
    ['server/x.ts', '../web/lib/api-client.js', false, 'server/ may not import web/'],
    ['web/lib/x.ts', '../../server/exchange/lists.schemas.js', false, 'only import types'],
    ['web/lib/x.ts', '../../server/problem.js', true, 'only import types of server/**/*.schemas.ts'],
    ['web/lib/x.ts', '../../domain/exchange/types.js', false, 'only import types'],
    ['web/lib/x.ts', 'node:fs', false, 'runs in the browser'],
    ['platform/tables/x.ts', '../workers/open-worker.js', false, 'go through its index.ts'],
    ['platform/tables/x.ts', '../../store/index.js', false, 'platform/ may not import store/'],
    ['platform/tables/x.ts', '../../domain/exchange/types.js', false, 'platform/ may not import domain/'],
    ['platform/parallel-engine/x.ts', '../../engine/link/link-records.js', false, 'an internal of engine/'],
    [
      'store/demo/x.ts',
      '../../domain/demo/synthetic-lists/population.js',
      false,
      'an internal of domain/demo',
    ],
  ])('%s importing %s is refused', (file, specifier, typeOnly, why) => {
    expect(breach(at(file, specifier, typeOnly))).toContain(why);
  });

  it.each([
    ['server/exchange/x.routes.ts', '../../store/index.js', false],
    ['server/exchange/x.routes.ts', '../../domain/exchange/list-rows.js', false],
    ['domain/exchange/x.ts', '../../engine/index.js', false],
    ['web/lib/x.ts', '../../server/exchange/lists.schemas.js', true],
    ['cli/io/x.ts', '../../platform/tables/index.js', false],
    ['platform/parallel-engine/x.ts', '../../engine/index.js', false],
    ['store/demo/x.ts', '../../domain/demo/synthetic-lists/index.js', false],
    ['domain/demo/synthetic-lists/x.ts', './population.js', false],
    ['domain/audit/hash-chain.ts', 'node:crypto', false],
    ['server/jobs/x.test.ts', '../../store/testing/test-store.js', false],
  ])('%s importing %s is allowed', (file, specifier, typeOnly) => {
    expect(breach(at(file, specifier, typeOnly))).toBeUndefined();
  });

  it('tells a type-only import from a value import', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B, type C } from './b.js';",
      "import { D, type E } from './d.js';",
      "export { F } from './f.js';",
      "const g = await import('./g.js');",
    ].join('\n');
    expect(importsOf('x.ts', text).map((s) => [s.specifier, s.typeOnly])).toEqual([
      ['./a.js', true],
      ['./b.js', true],
      ['./d.js', false],
      ['./f.js', false],
      ['./g.js', false],
    ]);
  });

  it('keeps the schemas files free of what the web cannot read', () => {
    expect(schemasBreach(at('server/exchange/x.schemas.ts', '../problem.js'))).toContain('problem.ts');
    expect(schemasBreach(at('server/exchange/x.schemas.ts', '../../store/index.js'))).toContain('store');
    expect(schemasBreach(at('server/exchange/x.schemas.ts', '../problem.schemas.js'))).toBeUndefined();
    expect(schemasBreach(at('server/exchange/x.schemas.ts', '../../engine/index.js', true))).toBeUndefined();
  });
});
