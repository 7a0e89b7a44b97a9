import { describe, expect, it } from 'vitest';
import {
  decisionPersonFacts,
  type PersonChange,
  type PersonSource,
  pastExchangeSteps,
  planPersonChanges,
  runPersonFacts,
  type TrackedPerson,
} from './person-changes.js';
import { nextStatus } from './person-status.js';

const AM = 'party-am';
const AZ = 'party-az';

function ids() {
  let n = 0;
  return () => `p${++n}`;
}

const missing: PersonSource = {
  key: 'k-missing',
  entryId: 'e-missing',
  partyId: AM,
  displayName: 'Պետրոսյան Արամ',
};
const held: PersonSource = { key: 'k-held', entryId: 'e-held', partyId: AZ, displayName: 'Petrosyan Aram' };

const entryOf = (source: PersonSource) => ({
  id: source.entryId,
  key: source.key,
  displayName: source.displayName,
});
const statusSteps = (changes: PersonChange[]) =>
  changes.flatMap((c) => (c.kind === 'status' ? [[c.personId, c.from, c.to, c.event, c.reason.key]] : []));
const persons = (changes: PersonChange[]) =>
  changes.flatMap((c) => (c.kind === 'create' || c.kind === 'update' ? [c.person] : []));

describe('planPersonChanges', () => {
  it('lists a claim, locates a match and leaves no separate person for the matched holding', () => {
    const run = runPersonFacts({
      runId: 'run-1',
      partyIds: [AM, AZ],
      lists: [
        { partyId: AM, kind: 'missing', entries: [entryOf(missing)] },
        {
          partyId: AZ,
          kind: 'held',
          entries: [entryOf(held), { key: 'k-other', id: 'e-other', displayName: 'Aliyev Elvin' }],
        },
      ],
      matched: [{ missingEntryId: 'e-missing', heldEntryId: 'e-held' }],
    });
    const changes = planPersonChanges([], run, ids(), 'run-1');
    expect(persons(changes)).toEqual([
      {
        id: 'p1',
        ownPartyId: AM,
        holdingPartyId: AZ,
        displayName: 'Պետրոսյան Արամ',
        status: 'located',
        missingKey: 'k-missing',
        heldKey: 'k-held',
        entryIds: ['e-missing', 'e-held'],
        runId: 'run-1',
      },
      {
        id: 'p2',
        ownPartyId: AM,
        holdingPartyId: AZ,
        displayName: 'Aliyev Elvin',
        status: 'located',
        missingKey: null,
        heldKey: 'k-other',
        entryIds: ['e-other'],
        runId: 'run-1',
      },
    ]);
    expect(statusSteps(changes)).toEqual([
      ['p1', null, 'listed', null, 'listedMissing'],
      ['p1', 'listed', 'located', 'locate', 'matched'],
      ['p2', null, 'located', null, 'listedHeld'],
    ]);
  });

  it('is idempotent: the same run again over what it wrote changes nothing', () => {
    const facts = () =>
      runPersonFacts({
        runId: 'run-1',
        partyIds: [AM, AZ],
        lists: [
          { partyId: AM, kind: 'missing', entries: [entryOf(missing)] },
          { partyId: AZ, kind: 'held', entries: [entryOf(held)] },
        ],
        matched: [{ missingEntryId: 'e-missing', heldEntryId: 'e-held' }],
      });
    const first = persons(planPersonChanges([], facts(), ids(), 'run-1'));
    expect(planPersonChanges(first, facts(), ids(), 'run-2')).toEqual([]);
  });

  it('folds a held-only person into the claim when the coordinator confirms the match', () => {
    const claimed: TrackedPerson = {
      id: 'claimed',
      ownPartyId: AM,
      holdingPartyId: null,
      displayName: missing.displayName,
      status: 'listed',
      missingKey: missing.key,
      heldKey: null,
      entryIds: [missing.entryId],
      runId: 'run-1',
    };
    const heldOnly: TrackedPerson = {
      id: 'held-only',
      ownPartyId: AM,
      holdingPartyId: AZ,
      displayName: held.displayName,
      status: 'located',
      missingKey: null,
      heldKey: held.key,
      entryIds: [held.entryId],
      runId: 'run-1',
    };
    const changes = planPersonChanges(
      [claimed, heldOnly],
      decisionPersonFacts('confirmed', missing, held, 'same unit'),
      ids(),
      'run-2',
    );
    expect(changes[0]).toEqual({ kind: 'remove', personId: 'held-only' });
    expect(persons(changes)).toEqual([
      {
        ...claimed,
        status: 'located',
        holdingPartyId: AZ,
        heldKey: held.key,
        entryIds: ['e-missing', 'e-held'],
        runId: 'run-2',
      },
    ]);
    expect(changes.at(-1)).toEqual({
      kind: 'status',
      personId: 'claimed',
      from: 'listed',
      to: 'located',
      event: 'locate',
      reason: { key: 'matchConfirmed', params: { note: 'same unit' } },
    });
  });

  it('parts a rejected match along the status machine: listed again, the holding its own person', () => {
    const located: TrackedPerson = {
      id: 'joined',
      ownPartyId: AM,
      holdingPartyId: AZ,
      displayName: missing.displayName,
      status: 'verified',
      missingKey: missing.key,
      heldKey: held.key,
      entryIds: [missing.entryId, held.entryId],
      runId: 'run-1',
    };
    const changes = planPersonChanges([located], decisionPersonFacts('rejected', missing, held, ''), ids());
    expect(persons(changes).map((p) => [p.id, p.status, p.heldKey, p.holdingPartyId])).toEqual([
      ['p1', 'located', held.key, AZ],
      ['joined', 'listed', null, null],
    ]);
    expect(statusSteps(changes)).toEqual([
      ['joined', 'verified', 'listed', 'unlocate', 'matchRejected'],
      ['p1', null, 'located', null, 'matchRejected'],
    ]);
  });

  it('does not unlocate a person the status machine no longer lets go (included in an exchange)', () => {
    const included: TrackedPerson = {
      id: 'included',
      ownPartyId: AM,
      holdingPartyId: AZ,
      displayName: missing.displayName,
      status: 'included',
      missingKey: missing.key,
      heldKey: held.key,
      entryIds: [missing.entryId, held.entryId],
      runId: 'run-1',
    };
    expect(planPersonChanges([included], decisionPersonFacts('rejected', missing, held, ''), ids())).toEqual(
      [],
    );
    expect(planPersonChanges([included], decisionPersonFacts('unsure', missing, held, ''), ids())).toEqual(
      [],
    );
  });

  it('walks a past exchange along allowed edges only', () => {
    const steps = pastExchangeSteps('2020-12-14', 'Line of contact');
    expect(steps.map((s) => s.to)).toEqual(['listed', 'located', 'verified', 'included', 'handed_over']);
    expect(steps.at(-1)?.reason).toEqual({
      key: 'handedOverAtExchange',
      params: { date: '2020-12-14', place: 'Line of contact' },
    });
    for (const step of steps.slice(1)) {
      expect(step.from && step.event && nextStatus(step.from, step.event)).toMatchObject({
        ok: true,
        to: step.to,
      });
    }
  });
});
