import type { Script } from './types.js';

function letterScript(cp: number): Script | null {
  if ((cp >= 0x0531 && cp <= 0x058f) || (cp >= 0xfb13 && cp <= 0xfb17)) return 'armenian';
  if (
    (cp >= 0x0400 && cp <= 0x052f) ||
    (cp >= 0x1c80 && cp <= 0x1c8f) ||
    (cp >= 0x2de0 && cp <= 0x2dff) ||
    (cp >= 0xa640 && cp <= 0xa69f)
  )
    return 'cyrillic';
  if (
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2c60 && cp <= 0x2c7f) ||
    (cp >= 0xa720 && cp <= 0xa7ff) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  )
    return 'latin';
  return null;
}

/** Counts the letters of each script in a string. */
export function scriptCounts(token: string): Record<Script, number> {
  const counts: Record<Script, number> = { armenian: 0, cyrillic: 0, latin: 0, other: 0 };
  for (const ch of token) {
    const cp = ch.codePointAt(0)!;
    const s = letterScript(cp);
    if (s) counts[s]++;
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  return counts;
}

/**
 * The script of a token: the script most of its letters are in (Armenian, Cyrillic incl. Azerbaijani and
 * Ukrainian letters, Latin incl. Azerbaijani ə and European letters), 'other' for anything else or no letters.
 */
export function detectScript(token: string): Script {
  const c = scriptCounts(token);
  let best: Script = 'other';
  let n = 0;
  for (const s of ['latin', 'cyrillic', 'armenian', 'other'] as const) {
    if (c[s] > n) {
      best = s;
      n = c[s];
    }
  }
  return best;
}
