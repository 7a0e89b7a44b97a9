import { SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import { DEMO_MEETINGS } from '../../domain/demo/karabakh-2020-meetings.js';
import type { Repositories } from '../repositories.js';

/** The demo's meetings and their action items, recorded as the demo coordinator. */
export async function loadDemoMeetings(
  repos: Repositories,
  agreementId: string,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const agreement = await repos.agreements.findById(SYSTEM_SCOPE, agreementId);
  const provisionId = (n: number): string => {
    const found = agreement?.provisions.find((p) => p.number === n);
    if (!found) throw new Error(`the demo agreement has no point ${n}`);
    return found.id;
  };
  const coordinator = (await repos.users.list(SYSTEM_SCOPE)).find((u) => u.role === 'coordinator');
  const ctx: WriteContext = {
    actor: { userId: coordinator?.id ?? null, username: coordinator?.username ?? 'parley-demo', via: 'cli' },
  };
  for (const meeting of DEMO_MEETINGS) {
    const { actionItems, topics, delegations, ...rest } = meeting;
    const id = await repos.meetings.create(ctx, {
      ...rest,
      delegations: delegations.map(({ partyCode, ...member }) => ({
        ...member,
        partyId: partyCode ? partyIdOf(partyCode) : null,
      })),
      topicProvisionIds: topics.map(provisionId),
    });
    for (const item of actionItems) {
      await repos.meetings.addActionItem(ctx, {
        meetingId: id,
        description: item.description,
        ownerPartyId: item.ownerCode ? partyIdOf(item.ownerCode) : null,
        dueOn: item.dueOn,
        provisionIds: item.provisions.map(provisionId),
        status: item.doneOn ? 'done' : 'open',
        doneOn: item.doneOn,
      });
    }
  }
}
