import { actionItemsByProvision } from '../../domain/meetings/action-items.js';
import { daysOverdue, deadlineState } from '../../domain/provisions/deadlines.js';
import { agreementShareAsOf, levelAsOf, rollUpSeries } from '../../domain/provisions/implementation.js';
import {
  IMPLEMENTATION_LEVEL_KEYS,
  type ProvisionAssessment,
  type ProvisionDeadline,
} from '../../domain/provisions/types.js';
import type { PartyScope, Repositories, Store } from '../../store/index.js';
import { actionItemView } from '../meetings/meeting-view.js';
import { HttpProblem } from '../problem.js';
import type { Assessment, Deadline, Implementation, ProvisionDetail } from './provisions.schemas.js';

export const unknownProvision = (): HttpProblem =>
  new HttpProblem(404, 'Provision not found', {
    type: 'urn:parley:problem:not-found',
    errors: [{ in: 'params', path: 'id', message: 'no such provision' }],
  });

function assessmentDto(a: ProvisionAssessment): Assessment {
  const { authorId: _authorId, ...rest } = a;
  return rest;
}

function deadlineDto(d: ProvisionDeadline, number: number, today: string): Deadline {
  return {
    ...d,
    provisionNumber: number,
    state: deadlineState(d, today),
    daysOverdue: daysOverdue(d, today),
  };
}

/**
 * The agreement's implementation as of `today`: each provision's level (domain levelAsOf), its deadlines marked
 * (domain deadlineState), the roll-up as a share of the full scale and its series from the signature on.
 */
export async function agreementImplementation(
  store: Store,
  scope: PartyScope,
  agreementId: string,
  today: string,
): Promise<Implementation> {
  const { repos } = store;
  const agreement = await repos.agreements.findById(scope, agreementId);
  if (!agreement)
    throw new HttpProblem(404, 'Agreement not found', {
      errors: [{ in: 'params', path: 'id', message: 'no such agreement' }],
    });
  const ids = agreement.provisions.map((p) => p.id);
  const [assessments, deadlines, evidenceCounts, actionItems] = await Promise.all([
    repos.provisionTracking.assessments(ids),
    repos.provisionTracking.deadlines(ids),
    repos.provisionTracking.evidenceCounts(scope, ids),
    repos.meetings.actionItemsForProvisions(ids),
  ]);
  const tallies = actionItemsByProvision(actionItems, today);
  const numberOf = new Map(agreement.provisions.map((p) => [p.id, p.number]));
  const marked = deadlines.map((d) => deadlineDto(d, numberOf.get(d.provisionId) ?? 0, today));
  const latest = new Map<string, ProvisionAssessment>();
  for (const a of assessments) if (a.effectiveOn <= today) latest.set(a.provisionId, a);
  return {
    agreementId,
    asOf: today,
    share: agreementShareAsOf(ids, assessments, today),
    series: rollUpSeries(ids, assessments, agreement.signedOn, today),
    provisions: agreement.provisions.map((p) => {
      const level = levelAsOf(assessments, p.id, today);
      const last = latest.get(p.id);
      return {
        provisionId: p.id,
        number: p.number,
        text: p.text,
        responsiblePartyIds: p.responsiblePartyIds,
        level,
        levelKey: IMPLEMENTATION_LEVEL_KEYS[level],
        latest: last ? assessmentDto(last) : null,
        deadlines: marked.filter((d) => d.provisionId === p.id),
        evidenceCount: evidenceCounts.get(p.id) ?? 0,
        actionItems: tallies.get(p.id) ?? { done: 0, open: 0, overdue: 0, dropped: 0 },
      };
    }),
    overdue: marked.filter((d) => d.state === 'overdue'),
  };
}

/** One provision with its history, deadlines, positions and the evidence this reader may see. */
export async function provisionDetail(
  repos: Repositories,
  scope: PartyScope,
  provisionId: string,
  today: string,
): Promise<ProvisionDetail> {
  const context = await repos.provisionTracking.provisionContext(provisionId);
  if (!context) throw unknownProvision();
  const agreement = await repos.agreements.findById(scope, context.agreementId);
  const provision = agreement?.provisions.find((p) => p.id === provisionId);
  if (!provision) throw unknownProvision();
  const [assessments, deadlines, positions, evidence, meetings, actionItems] = await Promise.all([
    repos.provisionTracking.assessments([provisionId]),
    repos.provisionTracking.deadlines([provisionId]),
    repos.provisionTracking.positions(scope, [provisionId]),
    repos.provisionTracking.evidence(scope, provisionId),
    repos.meetings.forProvision(provisionId),
    repos.meetings.actionItemsForProvisions([provisionId]),
  ]);
  const level = levelAsOf(assessments, provisionId, today);
  const itemHistory = await repos.meetings.actionItemHistory(actionItems.map((item) => item.id));
  return {
    provision,
    asOf: today,
    level,
    levelKey: IMPLEMENTATION_LEVEL_KEYS[level],
    assessments: assessments.map(assessmentDto).reverse(),
    deadlines: deadlines.map((d) => deadlineDto(d, provision.number, today)),
    positions,
    evidence,
    meetings: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: m.startsAt,
      placeName: m.placeName,
    })),
    actionItems: actionItems.map((item) =>
      actionItemView(item, itemHistory.get(item.id) ?? [], scope, today),
    ),
  };
}
