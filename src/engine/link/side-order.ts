import type { PersonRecord } from '../records/types.js';

function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function signature(records: readonly PersonRecord[]): [number, number] {
  let hash = 0x811c9dc5;
  for (const record of records) {
    hash = fnv(hash, record.id);
    for (const token of [...record.name.family, ...record.name.given, ...record.name.patronymic]) {
      hash = fnv(hash, token.text);
    }
  }
  return [records.length, hash];
}

/**
 * Whether to run with the sides exchanged: the work runs in one canonical order chosen from the lists'
 * content, so that swapping LEFT and RIGHT gives the same pairs (the random u draw is not symmetric).
 */
export function shouldSwap(left: readonly PersonRecord[], right: readonly PersonRecord[]): boolean {
  const [sizeL, hashL] = signature(left);
  const [sizeR, hashR] = signature(right);
  return sizeL !== sizeR ? sizeL < sizeR : hashL < hashR;
}
