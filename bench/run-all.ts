// `npm run bench`: runs every benchmark, one process each (so memory figures are each its own), in turn.
// Options: --scale N (records a side for the scale benchmark; default 100000, the target is 1000000).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scaleAt = process.argv.indexOf('--scale');
const scale = scaleAt >= 0 ? process.argv[scaleAt + 1] : '100000';

const BENCHES: { file: string; args: string[] }[] = [
  { file: 'febrl.ts', args: [] },
  { file: 'names-everypolitician.ts', args: [] },
  { file: 'names-nomenklatura.ts', args: [] },
  { file: 'splink-dedupe.ts', args: [] },
  { file: 'independent-lists.ts', args: ['--heldout'] },
  { file: 'report-located.ts', args: ['--heldout'] },
  { file: 'scale.ts', args: [scale] },
  { file: 'reconcile-100k.ts', args: [] },
  { file: 'tracing-match.ts', args: [] },
  { file: 'backup.ts', args: [] },
  { file: 'importer-fuzz.ts', args: ['5000'] },
  { file: 'map-interactive.ts', args: ['5'] },
];

let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n== bench/${bench.file} ${bench.args.join(' ')}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, bench.file), ...bench.args], {
    stdio: 'inherit',
    cwd: join(here, '..'),
  });
  if (run.status !== 0) {
    failed++;
    console.log(`bench/${bench.file} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
