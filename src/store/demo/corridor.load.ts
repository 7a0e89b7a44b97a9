import { SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import {
  DEMO_CONSIGNMENTS,
  DEMO_LAYERS,
  DEMO_MOVEMENTS,
  demoReturnCounts,
} from '../../domain/demo/karabakh-2020-corridor.js';
import type { Repositories } from '../repositories.js';

/**
 * The corridor of the demo: its layers, the convoys notified to both parties and acknowledged by their liaisons,
 * the cargo they carried, and the returns series of the contingent's bulletins.
 */
export async function loadDemoCorridor(
  repos: Repositories,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const users = await repos.users.list(SYSTEM_SCOPE);
  const ctxOf = (user: { id: string; username: string } | undefined): WriteContext => ({
    actor: { userId: user?.id ?? null, username: user?.username ?? 'parley-demo', via: 'cli' },
  });
  const coordinator = ctxOf(users.find((u) => u.role === 'coordinator'));
  const liaisonOf = (code: string) =>
    users.find((u) => u.role === 'liaison' && u.partyId === partyIdOf(code));
  const parties = ['AM', 'AZ'].map(partyIdOf);

  const layers = await repos.mapLayers.importFeatures(coordinator, DEMO_LAYERS, {
    replaceLayers: false,
    fileName: 'demo',
  });
  // One field officer at each checkpoint: the Hakari bridge (1) and Stepanakert (2).
  for (const [username, number] of [
    ['field-officer', 1],
    ['field-officer-2', 2],
  ] as const) {
    const officer = users.find((u) => u.username === username);
    const checkpoint = layers.find((f) => f.layer === 'checkpoint' && f.number === number);
    if (officer && checkpoint) await repos.passages.postOfficer(coordinator, officer.id, checkpoint.id);
  }

  const movementIds: string[] = [];
  for (const m of DEMO_MOVEMENTS) {
    const { notifiedAt, acknowledged, startedAt, completedAt, ...details } = m;
    const id = await repos.corridorMovements.create(
      coordinator,
      details,
      `${m.windowStart.slice(0, 10)}T01:00:00.000Z`,
    );
    movementIds.push(id);
    if (!notifiedAt) continue;
    await repos.corridorMovements.step(
      coordinator,
      SYSTEM_SCOPE,
      id,
      { from: 'planned', to: 'notified', event: 'notify', reason: null },
      { notify: parties, at: notifiedAt },
    );
    const answers = Object.entries(acknowledged).sort(([, a], [, b]) => a.localeCompare(b));
    for (const [code, at] of answers) {
      await repos.corridorMovements.recordAnswer(
        ctxOf(liaisonOf(code)),
        id,
        1,
        { partyId: partyIdOf(code), answer: 'acknowledged', reason: null },
        at,
      );
    }
    if (answers.length === parties.length) {
      await repos.corridorMovements.step(
        coordinator,
        SYSTEM_SCOPE,
        id,
        { from: 'notified', to: 'acknowledged', event: 'all_acknowledged', reason: null },
        { at: answers.at(-1)?.[1] },
      );
    }
    if (startedAt) {
      await repos.corridorMovements.step(
        coordinator,
        SYSTEM_SCOPE,
        id,
        {
          from: answers.length === parties.length ? 'acknowledged' : 'notified',
          to: 'under_way',
          event: 'start',
          reason: null,
        },
        { at: startedAt },
      );
    }
    if (completedAt) {
      await repos.corridorMovements.step(
        coordinator,
        SYSTEM_SCOPE,
        id,
        { from: 'under_way', to: 'completed', event: 'complete', reason: null },
        { at: completedAt },
      );
    }
  }

  for (const c of DEMO_CONSIGNMENTS) {
    const movement = DEMO_MOVEMENTS[c.convoy - 1];
    const day = movement?.windowStart.slice(0, 10) ?? '2020-11-20';
    const sent = await repos.cargo.dispatch(coordinator, {
      reference: c.reference,
      sender: c.sender,
      receiver: c.receiver,
      fromPlaceId: movement?.fromPlaceId ?? 'goris',
      toPlaceId: movement?.toPlaceId ?? 'stepanakert',
      movementId: movementIds[c.convoy - 1] ?? null,
      dispatchedOn: day,
      lines: c.lines.map(({ damaged: _d, lost: _l, ...line }) => line),
    });
    await repos.cargo.receive(coordinator, sent.id, {
      receivedOn: day,
      lossNote: c.lossNote ?? null,
      lines: c.lines.map((l) => {
        const damaged = l.damaged ?? 0;
        const lost = l.lost ?? 0;
        return { good: l.quantity - damaged - lost, damaged, lost };
      }),
    });
  }

  await repos.returnCounts.add(coordinator, demoReturnCounts(), { fileName: 'demo' });
}
