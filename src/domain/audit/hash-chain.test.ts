import { describe, expect, it } from 'vitest';
import { canonicalJson, hashAuditContent, verifyAuditEntries } from './hash-chain.js';
import type { AuditContent, AuditEntry } from './types.js';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= length; i++) {
    const content: AuditContent = {
      version: 1,
      seq: i,
      at: `2021-01-11T10:00:0${i % 10}.000Z`,
      actor: { userId: 'u1', username: 'coordinator', via: 'api' },
      action: 'party.update',
      entityType: 'party',
      entityId: `p${i}`,
      summary: { changes: { active: { from: true, to: false } }, n: i },
      prevHash: entries.at(-1)?.hash ?? null,
    };
    entries.push({ ...content, id: `e${i}`, hash: hashAuditContent(content) });
  }
  return entries;
}

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
  });
});

describe('verifyAuditEntries', () => {
  it('accepts an intact chain', () => {
    expect(verifyAuditEntries(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('names the entry whose summary was edited', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], summary: { changes: { active: { from: true, to: true } }, n: 3 } };
    expect(verifyAuditEntries(entries)).toMatchObject({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, id: 'e3', reason: 'content does not match its hash' },
    });
  });

  it('names the entry after a deleted one', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyAuditEntries(entries)).toMatchObject({ ok: false, firstBad: { seq: 3, id: 'e3' } });
  });

  it('names an entry rehashed after editing, because its successor no longer links to it', () => {
    const entries = chain(4);
    const edited: AuditContent = { ...entries[1], actor: { ...entries[1].actor, username: 'someone-else' } };
    entries[1] = { ...entries[1], ...edited, hash: hashAuditContent(edited) };
    expect(verifyAuditEntries(entries)).toMatchObject({
      ok: false,
      firstBad: { seq: 3, reason: 'does not link to the previous entry' },
    });
  });

  it('continues from a given predecessor', () => {
    const entries = chain(6);
    expect(verifyAuditEntries(entries.slice(3), entries[2])).toEqual({ ok: true, checked: 3 });
    expect(verifyAuditEntries(entries.slice(3), entries[1])).toMatchObject({
      ok: false,
      firstBad: { seq: 4 },
    });
  });
});
