import { SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import { type DemoCase, demoCases, demoRemains } from '../../domain/demo/tracing-2020.js';
import { nextCaseState } from '../../domain/tracing/case-status.js';
import type { CaseEvent, CaseInput, CloseReason, TracingCase } from '../../domain/tracing/types.js';
import type { Repositories } from '../repositories.js';

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Persons handed over on 14 December whose families had asked: their cases are resolved by that exchange. */
const EXCHANGED_CASES = { AM: 6, AZ: 3 } as const;

/**
 * Loads the tracing demo inside the demo loader's transaction: each party's cases (opened by its liaison, in the
 * family's language), cases of persons handed over on 14 December 2020 (resolved by that exchange), the remains
 * register with the ICRC's figures, and cases located dead by remains identified by DNA.
 */
export async function loadDemoTracing(
  repos: Repositories,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const users = await repos.users.list(SYSTEM_SCOPE);
  const coordinator = users.find((u) => u.role === 'coordinator');
  const coordinatorCtx: WriteContext = {
    actor: { userId: coordinator?.id ?? null, username: coordinator?.username ?? 'parley-demo', via: 'cli' },
  };
  const liaisonOf = (code: string) => {
    const partyId = partyIdOf(code);
    const liaison = users.find((u) => u.role === 'liaison' && u.partyId === partyId);
    if (!liaison) throw new Error(`the demo has no liaison of ${code} to open its cases`);
    return {
      partyId,
      ctx: { actor: { userId: liaison.id, username: liaison.username, via: 'cli' } } as WriteContext,
      scope: { userId: liaison.id, role: liaison.role, partyId },
    };
  };
  const open = (code: string, input: CaseInput, on: string) => {
    const liaison = liaisonOf(code);
    return repos.tracingCases.open(liaison.ctx, liaison.scope, liaison.partyId, input, {
      at: `${on}T09:00:00.000Z`,
    });
  };
  const step = async (
    current: TracingCase,
    event: CaseEvent,
    on: string,
    reason: string,
    note = '',
    closeReason?: CloseReason,
  ): Promise<TracingCase> => {
    const change = nextCaseState(current, event);
    if (!change.ok)
      throw new Error(`demo case ${current.reference}: ${event} refused from ${current.status}`);
    return repos.tracingCases.changeStatus(coordinatorCtx, {
      caseId: current.id,
      from: current.status,
      to: change.to.status,
      aliveState: change.to.aliveState,
      event,
      reason,
      note,
      matchId: null,
      closeReason,
      at: `${on}T15:00:00.000Z`,
    });
  };

  const cases: { demo: DemoCase; opened: TracingCase }[] = [];
  for (const demo of [...demoCases('AM', 21, 2012), ...demoCases('AZ', 14, 2013)]) {
    const opened = await open(demo.partyCode, demo.input, demo.openedOn);
    cases.push({ demo, opened });
    if (demo.story === 'possible_match')
      await step(opened, 'find_candidate', addDays(demo.openedOn, 5), 'candidateFound');
    if (demo.story === 'closed')
      await step(opened, 'close', addDays(demo.openedOn, 10), 'liaisonDecision', '', 'found_by_family');
  }

  // Families who asked about persons the 14 December exchange brought home: held, then exchanged.
  const handedOver = await repos.tracingCases.handedOverOn('2020-12-14');
  for (const code of ['AM', 'AZ'] as const) {
    const partyId = partyIdOf(code);
    const persons = handedOver.filter((p) => p.toPartyId === partyId).slice(0, EXCHANGED_CASES[code]);
    for (const [i, person] of persons.entries()) {
      const [familyName, ...given] = person.displayName.split(' ');
      const language = code === 'AM' ? 'hy' : 'az';
      const opened = await open(
        code,
        {
          person: {
            givenName: given.join(' ') || null,
            familyName,
            patronymic: null,
            fullName: null,
            sex: 'm',
            birthDate: null,
            birthPlace: null,
            category: 'military',
            unit: null,
            rank: null,
          },
          circumstances: {
            lastSeenOn: '2020-11-09',
            lastSeenPrecision: 'day',
            lastSeenPlace: null,
            lastSeenPlacePrecision: null,
            note: null,
          },
          enquirer: {
            name: code === 'AM' ? 'Անի' : 'Aygün',
            relation: code === 'AM' ? 'մայր' : 'ana',
            contact: null,
            language,
          },
          sharingLevel: i % 2 === 0 ? 'other_party' : 'intermediary_only',
          expiresOn: null,
        },
        addDays('2020-11-16', i),
      );
      const held = await step(opened, 'locate_alive', '2020-12-01', 'matchConfirmed', person.displayName);
      await step(held, 'mark_exchanged', '2020-12-14', 'exchangedOn', '2020-12-14');
    }
  }

  // The remains register, and the cases its DNA identifications resolved.
  const remains = demoRemains(610);
  const dead = cases.filter((c) => c.demo.story === 'dead');
  const resolved = new Map<number, TracingCase>();
  for (const c of dead) {
    const index = remains.findIndex(
      (r, i) => !resolved.has(i) && r.partyCode === c.demo.partyCode && r.steps[0]?.status === 'confirmed',
    );
    if (index < 0) continue;
    resolved.set(index, c.opened);
    const confirmed = remains[index].steps[0];
    if (confirmed.on <= c.demo.openedOn) confirmed.on = addDays(c.demo.openedOn, 3);
  }
  await repos.tracingRemains.registerMany(
    coordinatorCtx,
    remains.map((r, i) => ({
      recoveredByPartyId: partyIdOf(r.partyCode),
      heldByPartyId: partyIdOf(r.partyCode),
      input: r.input,
      steps: r.steps.map((s) => ({ ...s, caseId: resolved.get(i)?.id ?? null })),
    })),
  );
  for (const [index, tracingCase] of resolved)
    await step(
      tracingCase,
      'locate_dead',
      remains[index].steps[0].on,
      'remainsIdentified',
      remains[index].input.reference,
    );
}
