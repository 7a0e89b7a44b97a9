import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INCIDENT_STATUSES,
  type IncidentEvent,
  type IncidentStatus,
} from '../../src/domain/incidents/types.js';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../src/domain/meetings/types.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { as, type SignedIn, signInEveryRole, startTestApp, type TestApp } from './api-harness.js';

/**
 * Isolation is a property of each state, not of each route: an incident is walked through every status of its
 * review, and an action item through every status, and at each one every reader's view is checked. Until an
 * incident is published, observers and field officers see nothing of it, a party only what concerns it, and of
 * the accounts only its own party's claim.
 */

/** The coordinator's steps from a fresh report to each status (a finding is recorded before the review closes). */
const PATH_TO: Record<IncidentStatus, IncidentEvent[]> = {
  reported: [],
  under_review: ['start_review'],
  verified: ['start_review', 'verify'],
  not_verified: ['start_review', 'find_unverified'],
  disputed: ['start_review', 'find_disputed'],
  published: ['start_review', 'verify', 'publish'],
};

interface SeenIncident {
  id: string;
  status: IncidentStatus;
}
interface SeenAccount {
  source: 'party' | 'monitor';
  partyId: string | null;
}

function incidentAccount(description: string, actorPartyIds: string[] = []) {
  return {
    kind: 'explosion',
    explosionType: 'mortar',
    count: 3,
    observedBy: 'heard',
    occurredAt: '2021-01-07T03:00:00Z',
    timePrecision: 'hour',
    place: { placeId: 'martuni', precision: 'near' },
    casualties: {},
    description,
    actorPartyIds,
  };
}

for (const dialect of testDialects()) {
  describe(`isolation in every state of incidents and action items on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let fieldOfficer: SignedIn;
    let pointEight = '';
    beforeAll(async () => {
      t = await startTestApp(dialect);
      ({ coordinator, am, az, observer, fieldOfficer } = await signInEveryRole(t));
      const agreements = await call(coordinator, 'GET', '/agreements');
      const agreement = await call(coordinator, 'GET', `/agreements/${agreements.json().items[0].id}`);
      pointEight = (agreement.json().provisions as { id: string; number: number }[]).find(
        (p) => p.number === 8,
      )!.id;
    }, 120_000);
    afterAll(async () => t?.close());

    async function call(
      who: SignedIn,
      method: 'GET' | 'POST' | 'PUT' | 'PATCH',
      url: string,
      payload?: object,
    ) {
      return t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: as(who),
        ...(payload ? { payload } : {}),
      });
    }

    async function ok(
      who: SignedIn,
      method: 'GET' | 'POST' | 'PUT' | 'PATCH',
      url: string,
      payload?: object,
    ) {
      const res = await call(who, method, url, payload);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res;
    }

    /** An incident Armenia's liaison reports (naming `actors`), moved by the coordinator to `status`. */
    async function incidentIn(status: IncidentStatus, description: string, actors: string[] = []) {
      const id = (await ok(am, 'POST', '/incidents', incidentAccount(description, actors))).json().incident
        .id as string;
      if (status !== 'reported')
        await ok(
          coordinator,
          'PUT',
          `/incidents/${id}/finding`,
          incidentAccount(`${description}: finding`, actors),
        );
      for (const event of PATH_TO[status])
        await ok(coordinator, 'POST', `/incidents/${id}/status`, { event });
      expect((await ok(coordinator, 'GET', `/incidents/${id}`)).json().incident.status).toBe(status);
      return id;
    }

    async function listed(who: SignedIn, status?: IncidentStatus): Promise<string[]> {
      const res = await ok(who, 'GET', `/incidents${status ? `?status=${status}` : ''}`);
      return (res.json().items as SeenIncident[]).map((i) => i.id);
    }

    async function dashboardCount(who: SignedIn): Promise<number> {
      const res = await ok(who, 'GET', '/dashboard');
      return (res.json().incidentsByWeek as { count: number }[]).reduce((sum, w) => sum + w.count, 0);
    }

    async function evidenceOnPointEight(who: SignedIn): Promise<(string | null)[]> {
      const res = await ok(who, 'GET', `/provisions/${pointEight}`);
      return (res.json().evidence as { recordId: string | null }[]).map((e) => e.recordId);
    }

    for (const status of INCIDENT_STATUSES) {
      it(`an incident ${status}: seen by those it concerns, by everyone only once published, with each claim kept to its party until then`, async () => {
        const published = status === 'published';
        // Concerns Armenia alone; and one Armenia reports naming Azerbaijan as the actor, which concerns both.
        const own = await incidentIn(status, `Armenia alone, ${status}`);
        const named = await incidentIn(status, `Azerbaijan named, ${status}`, [az.partyId!]);
        await ok(coordinator, 'POST', `/provisions/${pointEight}/evidence`, {
          evidence: [{ kind: 'incident', recordId: own, note: `state walk ${status}` }],
        });

        // Armenia's liaison sees both, in every state.
        expect(await listed(am)).toEqual(expect.arrayContaining([own, named]));
        expect(await evidenceOnPointEight(am)).toContain(own);

        for (const [name, who] of [
          ['observer', observer],
          ['field officer', fieldOfficer],
          ['liaison of AZ', az],
        ] as const) {
          const label = `${name}, ${status}`;
          const ids = await listed(who);
          expect(ids.includes(own), label).toBe(published);
          expect(ids.includes(named), label).toBe(published || who === az);
          expect((await listed(who, status)).includes(own), label).toBe(published);
          const detail = await call(who, 'GET', `/incidents/${own}`);
          expect(detail.statusCode, label).toBe(published ? 200 : 404);
          expect((await evidenceOnPointEight(who)).includes(own), label).toBe(published);
          // The dashboard counts what the list shows, no more.
          expect(await dashboardCount(who), label).toBe(ids.length);
          // Only the coordinator reviews: no one else records the finding or moves the incident, in any state.
          for (const [method, url, payload] of [
            ['PUT', `/incidents/${named}/finding`, incidentAccount('planted finding')],
            ['POST', `/incidents/${named}/status`, { event: 'reopen' }],
            ['GET', '/incidents/review-queue', undefined],
          ] as const) {
            const res = await call(who, method, url, payload);
            expect(res.statusCode, `${label}: ${method} ${url}`).toBe(403);
          }
        }

        const csv = (await ok(observer, 'GET', '/incidents.csv')).body;
        expect(csv.includes(`PRL-${own.slice(0, 8)}`), status).toBe(published);

        // Azerbaijan, named in the other one, reads Armenia's claim and the monitor's finding only once published,
        // and gives its own claim while the review is open; Armenia reads that claim only once published.
        const azSees = (await ok(az, 'GET', `/incidents/${named}`)).json().accounts as SeenAccount[];
        expect(azSees.map((a) => a.partyId ?? 'monitor').sort(), status).toEqual(
          published ? ['monitor', am.partyId].sort() : [],
        );
        const azClaim = await call(
          az,
          'PUT',
          `/incidents/${named}/claim`,
          incidentAccount('Azerbaijan says otherwise'),
        );
        expect(azClaim.statusCode, `${status}: ${azClaim.body}`).toBe(published ? 409 : 200);
        if (!published) {
          const amSees = (await ok(am, 'GET', `/incidents/${named}`)).json().accounts as SeenAccount[];
          expect(amSees.map((a) => a.partyId ?? 'monitor')).toEqual([am.partyId]);
          const azNow = (await ok(az, 'GET', `/incidents/${named}`)).json().accounts as SeenAccount[];
          expect(azNow.map((a) => a.partyId ?? 'monitor')).toEqual([az.partyId]);
        }
        // A claim on an incident that does not concern Azerbaijan, unpublished, finds nothing.
        const stray = await call(az, 'PUT', `/incidents/${own}/claim`, incidentAccount('planted claim'));
        expect(stray.statusCode, `${status}: ${stray.body}`).toBe(published ? 409 : 404);
        const amClaims = (await ok(coordinator, 'GET', `/incidents/${own}`)).json().accounts as SeenAccount[];
        expect(amClaims.map((a) => a.partyId ?? 'monitor').sort()).toEqual(
          (status === 'reported' ? [am.partyId] : ['monitor', am.partyId]).sort(),
        );
      });
    }

    /** An action item Armenia owns on the first demo meeting, moved by the coordinator to `status`. */
    async function actionItemIn(status: ActionItemStatus): Promise<{ meetingId: string; id: string }> {
      const meetingId = (await ok(coordinator, 'GET', '/meetings')).json().items[0].id as string;
      const description = `Armenia's item, ${status}`;
      const created = await ok(coordinator, 'POST', `/meetings/${meetingId}/action-items`, {
        description,
        ownerPartyId: am.partyId,
      });
      const id = (created.json().actionItems as { id: string; description: string }[]).find(
        (i) => i.description === description,
      )!.id;
      if (status !== 'open')
        await ok(coordinator, 'PATCH', `/action-items/${id}`, {
          status,
          doneOn: status === 'done' ? '2020-12-14' : null,
        });
      return { meetingId, id };
    }

    for (const status of ACTION_ITEM_STATUSES) {
      it(`an action item ${status}: only its party's liaison (and the coordinator) may move it, and from dropped only the coordinator`, async () => {
        const { meetingId, id } = await actionItemIn(status);
        const seen = async (who: SignedIn) =>
          (
            (await ok(who, 'GET', `/meetings/${meetingId}`)).json().actionItems as {
              id: string;
              status: string;
              availableStatuses: string[];
            }[]
          ).find((i) => i.id === id)!;
        const before = JSON.stringify(await seen(coordinator));
        for (const who of [az, observer, fieldOfficer]) {
          expect((await seen(who)).availableStatuses, status).toEqual([]);
          for (const to of ACTION_ITEM_STATUSES) {
            const res = await call(who, 'PATCH', `/action-items/${id}`, {
              status: to,
              doneOn: to === 'done' ? '2020-12-15' : null,
            });
            expect(res.statusCode, `${status} → ${to}: ${res.body}`).toBe(403);
          }
        }
        const ownerMay = status === 'dropped' ? [] : status === 'open' ? ['done'] : ['open'];
        expect((await seen(am)).availableStatuses, status).toEqual(ownerMay);
        if (status === 'dropped') {
          const res = await call(am, 'PATCH', `/action-items/${id}`, { status: 'open' });
          expect(res.statusCode, res.body).toBe(403);
        }
        expect(JSON.stringify(await seen(coordinator)), status).toBe(before);
      });
    }
  });
}
