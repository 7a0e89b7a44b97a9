import { describe, expect, it } from 'vitest';
import { checkPassword, checkUserAssignment, normaliseUsername } from './role-rules.js';

describe('checkUserAssignment', () => {
  const base = { username: 'officer', post: null };

  it('requires a liaison to belong to a party of kind "party"', () => {
    expect(checkUserAssignment({ ...base, role: 'liaison', partyKind: null })).toEqual([
      { path: 'partyId', message: 'a liaison needs a party' },
    ]);
    expect(checkUserAssignment({ ...base, role: 'liaison', partyKind: 'intermediary' })[0].path).toBe(
      'partyId',
    );
    expect(checkUserAssignment({ ...base, role: 'liaison', partyKind: 'party' })).toEqual([]);
  });

  it('keeps coordinators with the intermediary and observers out of the parties', () => {
    expect(checkUserAssignment({ ...base, role: 'coordinator', partyKind: 'party' })).toHaveLength(1);
    expect(checkUserAssignment({ ...base, role: 'coordinator', partyKind: null })).toEqual([]);
    expect(checkUserAssignment({ ...base, role: 'observer', partyKind: 'party' })).toHaveLength(1);
    expect(checkUserAssignment({ ...base, role: 'observer', partyKind: 'observer' })).toEqual([]);
  });

  it('requires a field officer to have a post', () => {
    expect(checkUserAssignment({ ...base, role: 'field_officer', partyKind: null })).toEqual([
      { path: 'post', message: 'a field officer needs a post' },
    ]);
    expect(
      checkUserAssignment({ ...base, role: 'field_officer', partyKind: null, post: 'Checkpoint 3' }),
    ).toEqual([]);
  });

  it('rejects usernames with spaces or odd characters', () => {
    expect(
      checkUserAssignment({ ...base, username: 'two words', role: 'observer', partyKind: null })[0].path,
    ).toBe('username');
  });
});

describe('passwords and usernames', () => {
  it('asks for at least ten characters', () => {
    expect(checkPassword('short')).toHaveLength(1);
    expect(checkPassword('long enough')).toEqual([]);
  });
  it('compares usernames case-insensitively', () => {
    expect(normaliseUsername('  Liaison-AM ')).toBe('liaison-am');
  });
});
