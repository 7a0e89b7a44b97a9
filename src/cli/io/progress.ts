import cliProgress from 'cli-progress';
import type { ProgressListener } from '../../engine/index.js';

/** Work below this many steps finishes too soon for a bar to help. */
const LONG_WORK = 20_000;

/** A progress bar on standard error when it is a terminal; otherwise nothing. */
export function progressBar(): { listener?: ProgressListener; stop(): void } {
  if (!process.stderr.isTTY) return { stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  let stage = '';
  const listener: ProgressListener = (nextStage, done, total) => {
    if (nextStage !== stage) {
      bar?.stop();
      bar = undefined;
      stage = nextStage;
      if (total >= LONG_WORK) {
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${stage.padEnd(9)} [{bar}] {percentage}% | {value}/{total}` },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      return;
    }
    bar?.update(done);
  };
  return {
    listener,
    stop() {
      bar?.stop();
    },
  };
}
