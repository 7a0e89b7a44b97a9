import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_STATUSES, type EventStatus } from '../../src/domain/exchange/exchange-event.js';
import { isPublic } from '../../src/server/access.js';
import type { App } from '../../src/server/app.js';
import { SYSTEM_SCOPE } from '../../src/store/index.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';
import { multipartBody } from './multipart.js';

/**
 * What belongs to the other side: Armenia's party and liaison, seen from Azerbaijan's liaison. A case whose
 * route needs the other side's data (a list, a case) creates it in `request` as `otherLiaison` (or as the
 * `coordinator`) through `app`, and returns the URL that points at it.
 */
interface Targets {
  app: App;
  otherLiaison: SignedIn;
  coordinator: SignedIn;
  otherPartyId: string;
  otherLiaisonId: string;
  agreementId: string;
}

interface WalkRequest {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** For one of several requests of a route (a record per sharing level): who may call this one. */
  allowed?: Caller[];
  check?: WalkCase['check'];
}

type Caller = 'liaison' | 'observer' | 'field_officer';

interface WalkCase {
  /** Who, besides the coordinator, may call it; everyone else must get 403 or 404. */
  allowed: Caller[];
  /** One request, or several (the same route over records that differ in what they let through). */
  request(targets: Targets): WalkRequest | WalkRequest[] | Promise<WalkRequest | WalkRequest[]>;
  /** For allowed calls: what shows the caller got its own data and nothing of the other side's. */
  check?(body: unknown, caller: SignedIn, targets: Targets): void;
}

const EVERYONE: Caller[] = ['liaison', 'observer', 'field_officer'];
const NO_ONE: Caller[] = [];

/**
 * Every route under /api/v1, with who may call it. A module that adds a route must add it here, or this test
 * fails: no route escapes the walk.
 */
const WALK: Record<string, WalkCase | 'public'> = {
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': { allowed: EVERYONE, request: () => ({ url: '/api/v1/auth/logout' }) },
  'GET /api/v1/auth/me': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/auth/me' }),
    check: (body, caller) => expect((body as { user: { id: string } }).user.id).toBe(caller.userId),
  },
  'PATCH /api/v1/auth/me': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/auth/me', payload: { locale: 'az' } }),
    check: (body, caller) => expect((body as { user: { id: string } }).user.id).toBe(caller.userId),
  },
  'GET /api/v1/parties': { allowed: EVERYONE, request: () => ({ url: '/api/v1/parties' }) },
  'POST /api/v1/parties': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/parties', payload: { code: 'ZZ', kind: 'party', names: { en: 'Z' } } }),
  },
  'PATCH /api/v1/parties/:id': {
    allowed: NO_ONE,
    request: (t) => ({ url: `/api/v1/parties/${t.otherPartyId}`, payload: { active: false } }),
  },
  'GET /api/v1/users': { allowed: NO_ONE, request: () => ({ url: '/api/v1/users' }) },
  'POST /api/v1/users': {
    allowed: NO_ONE,
    request: (t) => ({
      url: '/api/v1/users',
      payload: {
        username: 'planted',
        displayName: 'Planted',
        role: 'liaison',
        partyId: t.otherPartyId,
        password: 'a-long-password',
      },
    }),
  },
  'PATCH /api/v1/users/:id': {
    allowed: NO_ONE,
    request: (t) => ({ url: `/api/v1/users/${t.otherLiaisonId}`, payload: { active: false } }),
  },
  'POST /api/v1/users/:id/reset-password': {
    allowed: NO_ONE,
    request: (t) => ({
      url: `/api/v1/users/${t.otherLiaisonId}/reset-password`,
      payload: { password: 'taken-over-now' },
    }),
  },
  'GET /api/v1/audit': { allowed: NO_ONE, request: () => ({ url: '/api/v1/audit' }) },
  'GET /api/v1/audit/actions': { allowed: NO_ONE, request: () => ({ url: '/api/v1/audit/actions' }) },
  'POST /api/v1/audit/verify': { allowed: NO_ONE, request: () => ({ url: '/api/v1/audit/verify' }) },
  'GET /api/v1/audit/checkpoints': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/audit/checkpoints' }),
  },
  'GET /api/v1/agreements': { allowed: EVERYONE, request: () => ({ url: '/api/v1/agreements' }) },
  'GET /api/v1/agreements/:id': {
    allowed: EVERYONE,
    request: (t) => ({ url: `/api/v1/agreements/${t.agreementId}` }),
  },
  'GET /api/v1/events': { allowed: EVERYONE, request: () => ({ url: '/api/v1/events' }) },
  // Provisions: status, deadlines, positions, evidence (issue 14).
  'GET /api/v1/agreements/:id/implementation': {
    allowed: EVERYONE,
    request: (t) => ({ url: `/api/v1/agreements/${t.agreementId}/implementation` }),
  },
  'GET /api/v1/provisions/:id': {
    allowed: EVERYONE,
    request: async (t) => ({ url: `/api/v1/provisions/${await provisionNumbered(t, 8)}` }),
  },
  'POST /api/v1/provisions/:id/assessments': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/provisions/${await provisionNumbered(t, 8)}/assessments`,
      payload: { level: 3, effectiveOn: '2020-12-20', rationale: 'planted' },
    }),
  },
  'POST /api/v1/provisions/:id/positions': {
    allowed: ['liaison'],
    request: async (t) => ({
      url: `/api/v1/provisions/${await provisionNumbered(t, 8)}/positions`,
      payload: { level: 2, statement: 'Walked', statedOn: '2020-12-20' },
    }),
    check: (body, caller) => {
      const [latest] = (body as { positions: { partyId: string; statement: string }[] }).positions.filter(
        (p) => p.statement === 'Walked',
      );
      expect(latest.partyId).toBe(caller.partyId);
    },
  },
  'POST /api/v1/provisions/:id/evidence': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/provisions/${await provisionNumbered(t, 8)}/evidence`,
      payload: { evidence: [{ kind: 'document', recordId: null, note: 'planted' }] },
    }),
  },
  'POST /api/v1/provisions/:id/deadlines': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/provisions/${await provisionNumbered(t, 8)}/deadlines`,
      payload: { dueOn: '2021-01-01', description: { en: 'planted' } },
    }),
  },
  'PATCH /api/v1/provisions/:id/deadlines/:deadlineId': {
    allowed: NO_ONE,
    request: async (t) => {
      const id = await provisionNumbered(t, 6);
      const detail = await t.app.inject({
        method: 'GET',
        url: `/api/v1/provisions/${id}`,
        headers: as(t.coordinator),
      });
      return {
        url: `/api/v1/provisions/${id}/deadlines/${detail.json().deadlines[0].id}`,
        payload: { metOn: null },
      };
    },
  },
  'GET /api/v1/dashboard': { allowed: EVERYONE, request: () => ({ url: '/api/v1/dashboard' }) },
  // Meetings and action items (issue 14): public records, written by the coordinator.
  'GET /api/v1/meetings': { allowed: EVERYONE, request: () => ({ url: '/api/v1/meetings' }) },
  'GET /api/v1/meetings/:id': {
    allowed: EVERYONE,
    request: async (t) => ({ url: `/api/v1/meetings/${await demoMeeting(t)}` }),
  },
  'POST /api/v1/meetings': {
    allowed: NO_ONE,
    request: () => ({
      url: '/api/v1/meetings',
      payload: {
        kind: 'bilateral',
        title: { en: 'Planted' },
        startsAt: '2021-01-20T10:00:00Z',
        placeName: 'X',
      },
    }),
  },
  'POST /api/v1/meetings/:id/action-items': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/meetings/${await demoMeeting(t)}/action-items`,
      payload: { description: 'Planted' },
    }),
  },
  'PATCH /api/v1/action-items/:id': {
    allowed: NO_ONE,
    // A liaison marks done only its own party's items: the other side's item is refused (and observers none).
    request: async (t) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/meetings/${await demoMeeting(t)}/action-items`,
        headers: as(t.coordinator),
        payload: { description: 'The other side hands its list over', ownerPartyId: t.otherPartyId },
      });
      const item = (res.json().actionItems as { id: string; ownerPartyId: string | null }[]).find(
        (i) => i.ownerPartyId === t.otherPartyId,
      )!;
      return [
        { url: `/api/v1/action-items/${item.id}`, payload: { status: 'done', doneOn: '2020-12-14' } },
        { url: `/api/v1/action-items/${item.id}`, payload: { status: 'dropped' } },
      ];
    },
  },
  // Incidents: reports, claims, the monitor's finding and review (issue 14).
  'GET /api/v1/incidents': {
    allowed: EVERYONE,
    request: async (t) => {
      await otherSideIncident(t);
      return { url: '/api/v1/incidents' };
    },
    check: (body, caller) => {
      // Unpublished incidents show only to the parties they concern.
      for (const i of (body as { items: { status: string; partyIds: string[] }[] }).items)
        if (i.status !== 'published') expect(i.partyIds).toContain(caller.partyId);
    },
  },
  'GET /api/v1/incidents/review-queue': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/incidents/review-queue' }),
  },
  'GET /api/v1/incidents.csv': { allowed: EVERYONE, request: () => ({ url: '/api/v1/incidents.csv' }) },
  'POST /api/v1/incidents': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/incidents', payload: incidentAccount() }),
    check: (body, caller) =>
      expect((body as { incident: { reportingPartyId: string } }).incident.reportingPartyId).toBe(
        caller.partyId,
      ),
  },
  'GET /api/v1/incidents/:id': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/incidents/${await otherSideIncident(t)}` }),
  },
  'PUT /api/v1/incidents/:id/claim': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/incidents/${await otherSideIncident(t)}/claim`,
      payload: incidentAccount(),
    }),
  },
  'PUT /api/v1/incidents/:id/finding': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/incidents/${await otherSideIncident(t)}/finding`,
      payload: incidentAccount(),
    }),
  },
  'POST /api/v1/incidents/:id/status': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/incidents/${await otherSideIncident(t)}/status`,
      payload: { event: 'start_review' },
    }),
  },
  // Tracing: cases at each sharing level and status, remains, identification, counts (issue 12).
  'GET /api/v1/tracing/cases': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/tracing/cases?limit=200' }),
    check: (body, caller) => {
      const items = (body as { items: SeenCase[] }).items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) if (item.openedByPartyId !== caller.partyId) expectSearchFieldsOnly(item);
    },
  },
  'POST /api/v1/tracing/cases': {
    allowed: ['liaison'],
    request: () => ({
      url: '/api/v1/tracing/cases',
      payload: {
        person: { fullName: 'Walked Person' },
        enquirer: { name: 'Walker', relation: 'brother', language: 'en' },
        sharingLevel: 'intermediary_only',
      },
    }),
    check: (body, caller) => expect((body as SeenCase).openedByPartyId).toBe(caller.partyId),
  },
  'GET /api/v1/tracing/cases/:id': {
    allowed: NO_ONE,
    // The other side's cases in every status: those its families kept are refused; shared ones show the person only.
    request: async (t) =>
      (await otherSideCases(t)).map((c) =>
        c.sharingLevel === 'other_party'
          ? {
              url: `/api/v1/tracing/cases/${c.id}`,
              allowed: ['liaison'],
              check: (b) => expectSearchFieldsOnly(b as SeenCase),
            }
          : { url: `/api/v1/tracing/cases/${c.id}` },
      ),
  },
  'GET /api/v1/tracing/cases/:id/family-export': {
    allowed: NO_ONE,
    // The family's export is for the party that opened the case: even a shared case is refused to the other side.
    request: async (t) =>
      (await otherSideCases(t)).map((c) => ({ url: `/api/v1/tracing/cases/${c.id}/family-export` })),
  },
  'PUT /api/v1/tracing/cases/:id': {
    allowed: NO_ONE,
    request: async (t) =>
      (await otherSideCases(t)).map((c) => ({
        url: `/api/v1/tracing/cases/${c.id}`,
        payload: {
          person: { fullName: 'Planted' },
          enquirer: { name: 'Planted', relation: 'none', language: 'en' },
          sharingLevel: 'other_party',
        },
      })),
  },
  'POST /api/v1/tracing/cases/:id/status': {
    allowed: NO_ONE,
    request: async (t) =>
      (await otherSideCases(t)).map((c) => ({
        url: `/api/v1/tracing/cases/${c.id}/status`,
        payload: { event: 'close', closeReason: 'other' },
      })),
  },
  'GET /api/v1/tracing/remains': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/tracing/remains?limit=200' }),
    check: (body, caller) => {
      for (const r of (body as { items: { heldByPartyId: string; recoveredByPartyId: string }[] }).items)
        expect([r.heldByPartyId, r.recoveredByPartyId]).toContain(caller.partyId);
    },
  },
  'POST /api/v1/tracing/remains': {
    allowed: ['liaison'],
    request: (t) => ({
      url: '/api/v1/tracing/remains',
      payload: {
        reference: `WALK-${randomUUID()}`,
        recoveredOn: '2020-11-20',
        recoveredPlace: 'walk',
        placePrecision: 'settlement',
        recoveredBy: 'walk',
        partyId: t.otherPartyId,
        heldByPartyId: t.otherPartyId,
      },
    }),
    // A liaison registers for its own party, whatever party the body names.
    check: (body, caller) =>
      expect((body as { recoveredByPartyId: string }).recoveredByPartyId).toBe(caller.partyId),
  },
  'GET /api/v1/tracing/remains/:id': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/tracing/remains/${await otherSideRemains(t)}` }),
  },
  'POST /api/v1/tracing/remains/:id/identification': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/tracing/remains/${await otherSideRemains(t)}/identification`,
      payload: { status: 'unidentified', on: '2020-12-20' },
    }),
  },
  'POST /api/v1/tracing/remains/:id/handover': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/tracing/remains/${await otherSideRemains(t)}/handover`,
      payload: { toPartyId: t.otherPartyId, on: '2020-12-20' },
    }),
  },
  'POST /api/v1/tracing/remains/:id/exchange': {
    allowed: NO_ONE,
    // Only the coordinator puts remains in an exchange: refused to every other role before anything is read.
    request: async (t) => ({
      url: `/api/v1/tracing/remains/${await otherSideRemains(t)}/exchange`,
      payload: { exchangeEventId: randomUUID() },
    }),
  },
  'GET /api/v1/tracing/matches': { allowed: NO_ONE, request: () => ({ url: '/api/v1/tracing/matches' }) },
  'POST /api/v1/tracing/matches/:id/decision': {
    allowed: NO_ONE,
    // The queue is the coordinator's: the route refuses every other role before it looks the candidate up.
    request: () => ({
      url: `/api/v1/tracing/matches/${randomUUID()}/decision`,
      payload: { decision: 'confirmed' },
    }),
  },
  'GET /api/v1/tracing/pfif': { allowed: ['liaison'], request: () => ({ url: '/api/v1/tracing/pfif' }) },
  'POST /api/v1/tracing/pfif': {
    allowed: ['liaison'],
    // The caller's own domain (Azerbaijan's liaison walks): a record of another domain is refused (tracing-pfif test).
    request: () => ({
      url: '/api/v1/tracing/pfif',
      headers: { 'content-type': 'application/xml' },
      payload: `<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
        <pfif:person_record_id>az.tracing.parley.example/walk-${randomUUID()}</pfif:person_record_id>
        <pfif:source_date>2020-11-20T09:00:00Z</pfif:source_date><pfif:full_name>Walk Person</pfif:full_name>
        </pfif:person></pfif:pfif>`,
    }),
  },
  'GET /api/v1/tracing/counts': {
    allowed: ['liaison', 'observer'],
    request: () => ({ url: '/api/v1/tracing/counts?asOf=2020-12-05' }),
    check: (body) => expect((body as { remains: { repatriated: number } }).remains.repatriated).toBe(610),
  },
  // Exchange: lists, uploads, versions, diff, duplicates (issue 4).
  'GET /api/v1/exchange/lists': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/exchange/lists' }),
    check: (body, caller) => {
      const items = (body as { items: { partyId: string }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.partyId).toBe(caller.partyId);
    },
  },
  'POST /api/v1/exchange/uploads': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/exchange/uploads', ...listUploadRequest() }),
  },
  'POST /api/v1/exchange/uploads/:id/preview': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/uploads/${await otherSideUpload(t)}/preview`,
      payload: { kind: 'held', mapping: { full_name: 'ФИО' } },
    }),
  },
  'POST /api/v1/exchange/uploads/:id/import': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/uploads/${await otherSideUpload(t)}/import`,
      payload: { kind: 'held', mapping: { full_name: 'ФИО' } },
    }),
  },
  'GET /api/v1/exchange/lists/:id/versions': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/lists/${await otherSideList(t)}/versions` }),
  },
  'GET /api/v1/exchange/lists/:id/versions/:n/entries': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/lists/${await otherSideList(t)}/versions/1/entries` }),
  },
  'GET /api/v1/exchange/lists/:id/diff': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/lists/${await otherSideList(t)}/diff` }),
  },
  'GET /api/v1/exchange/lists/:id/versions/:n/duplicates': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/lists/${await otherSideList(t)}/versions/1/duplicates` }),
  },
  'POST /api/v1/exchange/duplicates/:clusterId/resolve': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/duplicates/${await otherSideDuplicate(t)}/resolve`,
      payload: { resolution: 'different_persons' },
    }),
  },
  // Exchange: reconciliation, persons, events, report (issue 4).
  'POST /api/v1/exchange/reconciliations': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/exchange/reconciliations', payload: {} }),
  },
  'GET /api/v1/exchange/reconciliations': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/exchange/reconciliations' }),
    check: (body) => {
      for (const run of (body as { items: { sharedAt: string | null }[] }).items)
        expect(run.sharedAt).not.toBeNull();
    },
  },
  'GET /api/v1/exchange/reconciliations/:id': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await unsharedRun(t)}` }),
  },
  'GET /api/v1/exchange/reconciliations/:id/review': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await unsharedRun(t)}/review` }),
  },
  'POST /api/v1/exchange/reconciliations/:id/share': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await unsharedRun(t)}/share` }),
  },
  'POST /api/v1/exchange/pairs/:id/decision': {
    allowed: NO_ONE,
    request: () => ({
      url: '/api/v1/exchange/pairs/no-such-pair/decision',
      payload: { decision: 'confirmed', note: '', version: 0 },
    }),
  },
  'GET /api/v1/exchange/persons': {
    allowed: ['liaison'],
    request: () => ({ url: '/api/v1/exchange/persons' }),
    check: (body, caller) => {
      for (const p of (body as { items: { ownPartyId: string; holdingPartyId: string | null }[] }).items) {
        expect([p.ownPartyId, p.holdingPartyId]).toContain(caller.partyId);
      }
    },
  },
  'GET /api/v1/exchange/persons/:id': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/persons/${await otherSidePerson(t)}` }),
  },
  'POST /api/v1/exchange/persons/:id/status': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/persons/${await otherSidePerson(t)}/status`,
      payload: { event: 'declare_deceased', reason: 'planted' },
    }),
  },
  'GET /api/v1/exchange/plan': { allowed: NO_ONE, request: () => ({ url: '/api/v1/exchange/plan' }) },
  'POST /api/v1/exchange/events': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: '/api/v1/exchange/events',
      payload: {
        date: '2020-12-14',
        place: 'Planted',
        placeKind: 'checkpoint',
        personIds: [await otherSidePerson(t)],
      },
    }),
  },
  'GET /api/v1/exchange/events': {
    allowed: ['liaison', 'observer'],
    request: () => ({ url: '/api/v1/exchange/events' }),
  },
  'GET /api/v1/exchange/events/:id': {
    allowed: ['liaison', 'observer'],
    request: async (t) => ({ url: `/api/v1/exchange/events/${await exchangeEvent(t)}` }),
  },
  'POST /api/v1/exchange/events/:id/confirm': {
    allowed: ['liaison'],
    request: async (t) => ({ url: `/api/v1/exchange/events/${await exchangeEvent(t)}/confirm` }),
    check: (body, caller) =>
      expect(
        (body as { confirmations: { partyId: string | null }[] }).confirmations.map((c) => c.partyId),
      ).toEqual([caller.partyId]),
  },
  // Exchange lifecycle (issue 9): edit, cancel, the outcome of the day and its confirmation, bulk verification.
  'PATCH /api/v1/exchange/events/:id': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/events/${await exchangeEvent(t)}`,
      payload: { place: 'Planted' },
    }),
  },
  'POST /api/v1/exchange/events/:id/cancel': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/events/${await exchangeEvent(t)}/cancel`,
      payload: { reason: 'planted' },
    }),
  },
  'POST /api/v1/exchange/events/:id/outcome': {
    allowed: NO_ONE,
    request: async (t) => {
      const personId = await otherSidePerson(t);
      return {
        url: `/api/v1/exchange/events/${await exchangeEvent(t, 'confirmed', [personId])}/outcome`,
        payload: { outcomes: [{ personId, outcome: 'handed_over' }] },
      };
    },
  },
  'POST /api/v1/exchange/events/:id/outcome/confirm': {
    allowed: ['liaison'],
    request: async (t) => ({
      url: `/api/v1/exchange/events/${await exchangeEvent(t, 'carried_out')}/outcome/confirm`,
    }),
    check: (body, caller) =>
      expect(
        (body as { outcomeConfirmations: { partyId: string | null }[] }).outcomeConfirmations.map(
          (c) => c.partyId,
        ),
      ).toEqual([caller.partyId]),
  },
  'POST /api/v1/exchange/reconciliations/:id/verify-matches': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/reconciliations/${await unsharedRun(t)}/verify-matches`,
      payload: { reason: 'planted' },
    }),
  },
  'GET /api/v1/exchange/events/:id/manifest.pdf': {
    allowed: ['liaison', 'observer'],
    request: async (t) => ({ url: `/api/v1/exchange/events/${await exchangeEvent(t)}/manifest.pdf` }),
  },
  // A liaison reads its own side of the last run shared with its party; an observer the published report.
  'GET /api/v1/exchange/discrepancy-report': {
    allowed: ['liaison', 'observer'],
    request: async (t) => ({ url: `/api/v1/exchange/discrepancy-report?asOf=${await reportToRead(t)}` }),
    check: (body, caller) => expectOwnSideOnly(body, caller),
  },
  'GET /api/v1/exchange/discrepancy-report.xlsx': {
    allowed: ['liaison', 'observer'],
    request: async (t) => ({
      url: `/api/v1/exchange/discrepancy-report.xlsx?asOf=${await reportToRead(t)}`,
    }),
  },
  'GET /api/v1/exchange/discrepancy-report.pdf': {
    allowed: ['liaison', 'observer'],
    request: async (t) => ({
      url: `/api/v1/exchange/discrepancy-report.pdf?asOf=${await reportToRead(t)}`,
    }),
  },
  // A page of a section of the other party's side: an observer reads the published report's both sides.
  'GET /api/v1/exchange/discrepancy-report/sections/:partyId/:section': {
    allowed: ['observer'],
    request: async (t) => ({
      url: `/api/v1/exchange/discrepancy-report/sections/${t.otherPartyId}/claimedMissing?asOf=${await reportToRead(t)}`,
    }),
  },
  'GET /api/v1/exchange/reconciliations/:id/results/sections/:partyId/:section': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/exchange/reconciliations/${await sharedRun(t)}/results/sections/${t.otherPartyId}/claimedMissing`,
    }),
  },
  // Exchange: a run's pairs, their exports, its results (issue 9).
  'GET /api/v1/exchange/reconciliations/:id/pairs': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await sharedRun(t)}/pairs` }),
  },
  'GET /api/v1/exchange/reconciliations/:id/pairs.csv': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await sharedRun(t)}/pairs.csv` }),
  },
  'GET /api/v1/exchange/reconciliations/:id/pairs.xlsx': {
    allowed: NO_ONE,
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await sharedRun(t)}/pairs.xlsx` }),
  },
  'GET /api/v1/exchange/reconciliations/:id/results': {
    allowed: ['liaison'],
    request: async (t) => ({ url: `/api/v1/exchange/reconciliations/${await sharedRun(t)}/results` }),
    check: (body, caller) => {
      const results = body as { report: unknown; pairs: unknown };
      expect(results.pairs).toBeNull();
      expectOwnSideOnly(results.report, caller);
    },
  },
  'POST /api/v1/exchange/discrepancy-report/publish': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/exchange/discrepancy-report/publish', payload: { asOf: '2020-12-14' } }),
  },
  // Corridor: movements notified to both parties, answered by each party's liaison for its own party (issue 13).
  'POST /api/v1/corridor/movements': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/corridor/movements', payload: WALK_MOVEMENT }),
  },
  'GET /api/v1/corridor/movements': {
    allowed: EVERYONE,
    request: async (t) => {
      plannedOnly = await plannedMovement(t);
      return { url: '/api/v1/corridor/movements' };
    },
    check: (body, caller) => {
      const items = (
        body as { items: { id: string; notifiedPartyIds: string[]; answers: { partyId: string }[] }[] }
      ).items;
      if (!agreementParties.includes(caller.partyId ?? '')) return;
      // A liaison sees only movements its party was notified of, and only its own party's answers.
      expect(items.map((m) => m.id)).not.toContain(plannedOnly);
      for (const m of items) {
        expect(m.notifiedPartyIds).toContain(caller.partyId);
        for (const a of m.answers) expect(a.partyId).toBe(caller.partyId);
      }
    },
  },
  'GET /api/v1/corridor/movements/:id': {
    allowed: ['observer', 'field_officer'],
    request: async (t) => ({ url: `/api/v1/corridor/movements/${await plannedMovement(t)}` }),
  },
  'PATCH /api/v1/corridor/movements/:id': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/corridor/movements/${await notifiedMovement(t)}`,
      payload: { ...WALK_MOVEMENT, version: 2 },
    }),
  },
  'POST /api/v1/corridor/movements/:id/steps': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/corridor/movements/${await notifiedMovement(t)}/steps`,
      payload: { event: 'cancel', reason: 'planted' },
    }),
  },
  'POST /api/v1/corridor/movements/:id/answer': {
    allowed: ['liaison'],
    request: async (t) => ({
      url: `/api/v1/corridor/movements/${await notifiedMovement(t)}/answer`,
      payload: { answer: 'acknowledged' },
    }),
    check: (body, caller) => {
      const movement = body as { status: string; answers: { partyId: string; answer: string }[] };
      // The other side objected: its objection is not shown, and one acknowledgement does not make it acknowledged.
      expect(movement.answers).toEqual([
        expect.objectContaining({ partyId: caller.partyId, answer: 'acknowledged' }),
      ]);
      expect(movement.status).toBe('notified');
    },
  },
  // Corridor: the gazetteer, the map's layers and cargo (issue 13): everyone reads, the coordinator writes.
  'GET /api/v1/corridor/places': { allowed: EVERYONE, request: () => ({ url: '/api/v1/corridor/places' }) },
  'GET /api/v1/corridor/layers': { allowed: EVERYONE, request: () => ({ url: '/api/v1/corridor/layers' }) },
  'GET /api/v1/corridor/map-config': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/map-config' }),
  },
  'GET /api/v1/corridor/layers.geojson': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/layers.geojson' }),
  },
  'POST /api/v1/corridor/layers/import': {
    allowed: NO_ONE,
    request: () => ({
      url: '/api/v1/corridor/layers/import',
      payload: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [46.5, 39.6] },
            properties: { layer: 'observation_post', name: 'Planted', number: 99 },
          },
        ],
      },
    }),
  },
  'POST /api/v1/corridor/consignments': {
    allowed: NO_ONE,
    request: () => ({ url: '/api/v1/corridor/consignments', payload: WALK_CONSIGNMENT }),
  },
  'GET /api/v1/corridor/consignments': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/consignments' }),
  },
  'GET /api/v1/corridor/consignments/:id': {
    allowed: EVERYONE,
    request: async (t) => ({ url: `/api/v1/corridor/consignments/${await dispatchedConsignment(t)}` }),
  },
  'POST /api/v1/corridor/consignments/:id/receipt': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/corridor/consignments/${await dispatchedConsignment(t)}/receipt`,
      payload: { receivedOn: '2020-12-02', lines: [{ good: 10, damaged: 0, lost: 0 }] },
    }),
  },
  'GET /api/v1/corridor/cargo/tonnage': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/cargo/tonnage' }),
  },
  // Corridor: the daily bulletin, the same published figures for every role (issue 13).
  'GET /api/v1/corridor/bulletin': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/bulletin?date=2021-01-08' }),
  },
  'GET /api/v1/corridor/bulletin.pdf': {
    allowed: EVERYONE,
    request: () => ({ url: '/api/v1/corridor/bulletin.pdf?date=2021-01-08&lang=hy' }),
  },
  // Corridor: the passage log, written by a field officer at its own checkpoint only (issue 13).
  'GET /api/v1/corridor/passages': {
    allowed: ['observer', 'field_officer'],
    request: async (t) => {
      otherCheckpointPassage = await passageAtOtherCheckpoint(t);
      return { url: '/api/v1/corridor/passages' };
    },
    check: (body, caller) => {
      const ids = (body as { items: { id: string }[] }).items.map((p) => p.id);
      if (caller.userId === firstFieldOfficerId) expect(ids).not.toContain(otherCheckpointPassage);
    },
  },
  'GET /api/v1/corridor/passages/posts': {
    allowed: ['field_officer'],
    request: async (t) => {
      otherCheckpointId = await otherCheckpoint(t);
      return { url: '/api/v1/corridor/passages/posts' };
    },
    check: (body) => {
      const ids = (body as { items: { id: string }[] }).items.map((c) => c.id);
      expect(ids).toHaveLength(1);
      expect(ids).not.toContain(otherCheckpointId);
    },
  },
  'PUT /api/v1/corridor/passages/:key': {
    allowed: NO_ONE,
    request: async (t) => ({
      url: `/api/v1/corridor/passages/${randomUUID()}`,
      payload: {
        checkpointId: await otherCheckpoint(t),
        direction: 'inbound',
        timeIn: '2021-01-20T08:00:00Z',
        vehicles: 1,
        inspection: 'passed',
      },
    }),
  },
  // Returns (issue 13): figures every role reads; only the coordinator writes.
  'GET /api/v1/returns': { allowed: EVERYONE, request: () => ({ url: '/api/v1/returns' }) },
  'POST /api/v1/returns': {
    allowed: NO_ONE,
    request: () => ({
      url: '/api/v1/returns',
      payload: {
        date: '2020-12-01',
        originPlaceId: null,
        destinationPlaceId: 'lachin',
        individuals: 1,
        households: null,
        mode: 'on_their_own',
        source: 'planted',
      },
    }),
  },
  'GET /api/v1/returns/series': { allowed: EVERYONE, request: () => ({ url: '/api/v1/returns/series' }) },
  'GET /api/v1/returns.hxl.csv': { allowed: EVERYONE, request: () => ({ url: '/api/v1/returns.hxl.csv' }) },
  'POST /api/v1/returns/import': {
    allowed: NO_ONE,
    request: () => ({
      url: '/api/v1/returns/import',
      ...multipartBody({ name: 'planted.csv', bytes: 'Date,Settlement,Returnees\n2020-12-01,Lachin,1\n' }),
    }),
  },
};

/** The id of the demo statement's point `number`. */
interface SeenCase {
  id: string;
  openedByPartyId: string;
  sharingLevel: string;
  status: string;
  visibility: string;
  enquirer: unknown;
  history?: unknown[];
}

/** What the other side may see of a case its family shared: the person, never the family or the timeline. */
function expectSearchFieldsOnly(seen: SeenCase): void {
  expect(seen.sharingLevel).toBe('other_party');
  expect(seen.visibility).toBe('search_fields');
  expect(seen.enquirer).toBeNull();
  if (seen.history) expect(seen.history).toEqual([]);
}

/** One case of the other side for each sharing level and status the demo holds (all of them). */
async function otherSideCases(t: Targets): Promise<SeenCase[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/tracing/cases?limit=200',
    headers: as(t.coordinator),
  });
  const one = new Map<string, SeenCase>();
  for (const c of res.json().items as SeenCase[])
    if (c.openedByPartyId === t.otherPartyId) one.set(`${c.sharingLevel}:${c.status}`, c);
  if (one.size < 10) throw new Error(`the demo's other side has cases in only ${[...one.keys()].join(', ')}`);
  return [...one.values()];
}

/** Remains recovered and held by the other side. */
async function otherSideRemains(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/tracing/remains?limit=200',
    headers: as(t.otherLiaison),
  });
  const [remains] = (res.json().items as { id: string; heldByPartyId: string }[]).filter(
    (r) => r.heldByPartyId === t.otherPartyId,
  );
  if (!remains) throw new Error('the demo has no remains held by the other side');
  return remains.id;
}

async function provisionNumbered(t: Targets, number: number): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/agreements/${t.agreementId}`,
    headers: as(t.coordinator),
  });
  return (res.json().provisions as { id: string; number: number }[]).find((p) => p.number === number)!.id;
}

let otherCheckpointPassage = '';
let otherCheckpointId = '';
let firstFieldOfficerId = '';

/** The checkpoint the walk's field officer (the first one) is not posted at. */
async function otherCheckpoint(t: Targets): Promise<string> {
  const users = await t.app.store.repos.users.list(SYSTEM_SCOPE);
  const first = users.find((u) => u.username === 'field-officer');
  firstFieldOfficerId = first?.id ?? '';
  const own = await t.app.store.repos.passages.postsOf(firstFieldOfficerId);
  const checkpoints = await t.app.store.repos.mapLayers.list(SYSTEM_SCOPE, 'checkpoint');
  const other = checkpoints.find((c) => !own.includes(c.id));
  if (!other) throw new Error('the demo has no second checkpoint');
  return other.id;
}

/** A passage logged at the other checkpoint. */
async function passageAtOtherCheckpoint(t: Targets): Promise<string> {
  const passage = await t.app.store.repos.passages.create(
    { actor: { userId: null, username: 'field-officer-2', via: 'api' } },
    randomUUID(),
    {
      checkpointId: await otherCheckpoint(t),
      movementId: null,
      direction: 'outbound',
      timeIn: '2021-01-21T09:00:00Z',
      timeOut: null,
      vehicles: 2,
      inspection: 'passed',
      remarks: '',
    },
  );
  return passage.id;
}

const WALK_MOVEMENT = {
  kind: 'convoy',
  reference: 'Walk convoy',
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  windowStart: '2020-12-01T06:00:00Z',
  windowEnd: '2020-12-01T18:00:00Z',
  vehicles: 3,
  people: 6,
  cargoSummary: 'Flour',
  escort: 'One vehicle',
};
let plannedOnly = '';

const WALK_CONSIGNMENT = {
  reference: 'Walk consignment',
  sender: 'Sender',
  receiver: 'Receiver',
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  dispatchedOn: '2020-12-01',
  lines: [{ category: 'food', description: 'Flour', quantity: 10, unit: 'sack', weightKg: 500 }],
};

/** A consignment the coordinator dispatched, not yet received. */
async function dispatchedConsignment(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/corridor/consignments',
    headers: as(t.coordinator),
    payload: WALK_CONSIGNMENT,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
/** The parties to the agreement (whose liaisons answer notifications). */
let agreementParties: string[] = [];

/** A movement the coordinator planned and has not notified: no party sees it yet. */
async function plannedMovement(t: Targets): Promise<string> {
  const parties = await t.app.store.repos.parties.list(SYSTEM_SCOPE);
  agreementParties = parties.filter((p) => p.kind === 'party').map((p) => p.id);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/corridor/movements',
    headers: as(t.coordinator),
    payload: WALK_MOVEMENT,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A movement notified to both parties, to which the other side's liaison has objected. */
async function notifiedMovement(t: Targets): Promise<string> {
  const id = await plannedMovement(t);
  const notified = await t.app.inject({
    method: 'POST',
    url: `/api/v1/corridor/movements/${id}/steps`,
    headers: as(t.coordinator),
    payload: { event: 'notify' },
  });
  expect(notified.statusCode, notified.body).toBe(200);
  const objected = await t.app.inject({
    method: 'POST',
    url: `/api/v1/corridor/movements/${id}/answer`,
    headers: as(t.otherLiaison),
    payload: { answer: 'objected', reason: 'The other side objects' },
  });
  expect(objected.statusCode, objected.body).toBe(200);
  return id;
}

/** The first of the demo's meetings. */
async function demoMeeting(t: Targets): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/meetings', headers: as(t.coordinator) });
  return res.json().items[0].id;
}

/** An account of shots heard near Martuni, naming no actor. */
function incidentAccount() {
  return {
    kind: 'shots',
    occurredAt: '2021-01-05T22:00:00Z',
    timePrecision: 'hour',
    place: { placeId: 'martuni', precision: 'near' },
    casualties: {},
    description: 'Planted',
  };
}

/** An unpublished incident the other side reported, concerning only itself. */
async function otherSideIncident(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: as(t.otherLiaison),
    payload: incidentAccount(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().incident.id;
}

/** A reconciliation the coordinator has not shared. */
async function unsharedRun(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/exchange/reconciliations',
    headers: as(t.coordinator),
    payload: {},
  });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id;
}

/** A person of the other side, from its own list of missing persons. */
async function otherSidePerson(t: Targets): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await t.app.store.db
    .insertInto('exchange_person')
    .values({
      id,
      own_party_id: t.otherPartyId,
      holding_party_id: null,
      display_name: 'Պետրոսյան Արամ',
      status: 'listed',
      missing_key: randomUUID(),
      held_key: null,
      entry_ids: '[]',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/**
 * An exchange between the two parties (or between the parties named) in `status`, nobody's confirmation recorded
 * for the round it waits for; its persons, when given, carried over as included.
 */
async function exchangeEvent(
  t: Targets,
  status: EventStatus = 'planned',
  personIds: string[] = [],
  partyIds?: string[],
): Promise<string> {
  const id = randomUUID();
  const parties = await t.app.store.repos.parties.list(SYSTEM_SCOPE);
  const between = partyIds ?? parties.filter((p) => p.kind === 'party').map((p) => p.id);
  const at = new Date().toISOString();
  await t.app.store.db
    .insertInto('exchange_event')
    .values({
      id,
      date: '2020-12-14',
      place: 'Planted',
      place_kind: 'airfield',
      created_by: 'coordinator',
      created_at: at,
      completed_at: status === 'completed' ? at : null,
      status,
      carried_out_at: status === 'carried_out' || status === 'completed' ? at : null,
      carried_out_by: status === 'carried_out' || status === 'completed' ? 'coordinator' : null,
      cancelled_at: status === 'cancelled' ? at : null,
      cancelled_by: status === 'cancelled' ? 'coordinator' : null,
      cancel_reason: status === 'cancelled' ? 'planted' : null,
    })
    .execute();
  await t.app.store.db
    .insertInto('exchange_event_party')
    .values(between.map((partyId, position) => ({ event_id: id, party_id: partyId, position })))
    .execute();
  for (const personId of personIds) {
    await t.app.store.db
      .insertInto('exchange_event_person')
      .values({
        event_id: id,
        person_id: personId,
        from_party_id: between[0],
        to_party_id: between.at(-1) ?? '',
      })
      .execute();
  }
  return id;
}

const sharedRuns = new WeakMap<App, Promise<string>>();

/** A finished run the coordinator shared with both liaisons (one per app: the walk reads it many times). */
function sharedRun(t: Targets): Promise<string> {
  let run = sharedRuns.get(t.app);
  if (!run) {
    run = (async () => {
      const id = await unsharedRun(t);
      for (let i = 0; i < 600; i++) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/exchange/reconciliations/${id}`,
          headers: as(t.coordinator),
        });
        if (res.json().status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const shared = await t.app.inject({
        method: 'POST',
        url: `/api/v1/exchange/reconciliations/${id}/share`,
        headers: as(t.coordinator),
      });
      expect(shared.statusCode, shared.body).toBe(200);
      return id;
    })();
    sharedRuns.set(t.app, run);
  }
  return run;
}

const reportsToRead = new WeakMap<App, Promise<string>>();

/** A report each reader has: one published (observers) and a run shared (liaisons); returns today's date. */
function reportToRead(t: Targets): Promise<string> {
  let ready = reportsToRead.get(t.app);
  if (!ready) {
    ready = (async () => {
      await publishedReport(t);
      await sharedRun(t);
      return new Date().toISOString().slice(0, 10);
    })();
    reportsToRead.set(t.app, ready);
  }
  return ready;
}

/**
 * A report a party's reader gets holds its own side only: never the other party's claims, counts or names. A reader
 * of neither side (an observer) reads only a published report.
 */
function expectOwnSideOnly(body: unknown, caller: SignedIn): void {
  const report = body as { sides: { partyId: string }[]; publishedAt?: string | null };
  const parties = report.sides.map((side) => side.partyId);
  if (caller.partyId && parties.includes(caller.partyId)) expect(parties).toEqual([caller.partyId]);
  else expect(typeof report.publishedAt).toBe('string');
}

/** Publishes the report as of a date; returns the date. */
async function publishedReport(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/exchange/discrepancy-report/publish',
    headers: as(t.coordinator),
    payload: { asOf: '2020-12-14' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return '2020-12-14';
}

/** A small CSV list as multipart/form-data, as the web app uploads it. */
function listUploadRequest(): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `parley-walk-${randomUUID()}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="walk.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\nФИО\nАлиев Рашад\n\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** An upload of the other side's liaison, waiting for its mapping. */
async function otherSideUpload(t: Targets): Promise<string> {
  const { payload, headers } = listUploadRequest();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/exchange/uploads',
    payload,
    headers: { ...as(t.otherLiaison), ...headers },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().uploadId;
}

/** The other side's list of missing persons (the demo loads a first version of it). */
async function otherSideList(t: Targets): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/exchange/lists',
    headers: as(t.otherLiaison),
  });
  const list = (res.json().items as { id: string; kind: string }[]).find((l) => l.kind === 'missing');
  if (!list) throw new Error('the demo has no missing list of the other side');
  return list.id;
}

/** A duplicate cluster the engine found in the other side's missing list. */
async function otherSideDuplicate(t: Targets): Promise<string> {
  const listId = await otherSideList(t);
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/exchange/lists/${listId}/versions/1/duplicates`,
    headers: as(t.otherLiaison),
  });
  const [cluster] = res.json().items as { id: string }[];
  if (!cluster) throw new Error("the demo has no duplicate in the other side's missing list");
  return cluster.id;
}

for (const dialect of testDialects()) {
  describe(`route-walking isolation on ${dialect}`, () => {
    let t: TestApp;
    let targets: Targets;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const otherLiaison = await signIn(t.app, account(t, 'liaison', 'AM'));
      const agreements = await t.app.inject({
        method: 'GET',
        url: '/api/v1/agreements',
        headers: as(coordinator),
      });
      targets = {
        app: t.app,
        otherLiaison,
        coordinator,
        otherPartyId: otherLiaison.partyId!,
        otherLiaisonId: otherLiaison.userId,
        agreementId: agreements.json().items[0].id,
      };
      // Finished and shared before the walk queues other runs ahead of it.
      await sharedRun(targets);
    }, 120_000);
    afterAll(async () => t?.close());

    it('the walk covers every registered /api/v1 route, and only login is public', () => {
      const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
      expect(registered).toEqual(Object.keys(WALK).sort());
      for (const route of t.app.apiRoutes) {
        expect(isPublic(route.access), `${route.method} ${route.url}`).toBe(
          WALK[`${route.method} ${route.url}`] === 'public',
        );
      }
    });

    const callers: { role: Caller; party?: string }[] = [
      { role: 'liaison', party: 'AZ' },
      { role: 'observer' },
      { role: 'field_officer' },
    ];
    for (const caller of callers) {
      it(`as ${caller.role}${caller.party ? ` of ${caller.party}` : ''}: refused where the data is not theirs`, async () => {
        for (const route of t.app.apiRoutes) {
          const key = `${route.method} ${route.url}`;
          const walk = WALK[key];
          if (walk === undefined || walk === 'public') continue;
          for (const request of [await walk.request(targets)].flat()) {
            // A fresh session per call: logout or a preference change must not disturb the next call.
            const session = await signIn(t.app, account(t, caller.role, caller.party));
            const { url, payload, headers } = request;
            const res = await t.app.inject({
              method: route.method as 'GET',
              url,
              headers: { ...as(session), ...headers },
              ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
            });
            const check = request.check ?? walk.check;
            if ((request.allowed ?? walk.allowed).includes(caller.role)) {
              expect(res.statusCode, `${key} ${url}: ${res.body}`).toBeLessThan(300);
              if (check) check(res.json(), session, targets);
            } else {
              expect([403, 404], `${key} ${url} answered ${res.statusCode}: ${res.body}`).toContain(
                res.statusCode,
              );
            }
          }
        }
      }, 300_000);
    }

    it('as liaison of AZ: an exchange its party takes no part in stays hidden on every event route, in every state', async () => {
      const liaison = await signIn(t.app, account(t, 'liaison', 'AZ'));
      const eventRoutes = t.app.apiRoutes.filter((r) => r.url.startsWith('/api/v1/exchange/events/:id'));
      expect(eventRoutes.length).toBeGreaterThanOrEqual(7);
      for (const status of EVENT_STATUSES) {
        const theirs = await exchangeEvent(targets, status, [], [targets.otherPartyId]);
        const ours = await exchangeEvent(targets, status);
        const listed = await t.app.inject({
          method: 'GET',
          url: '/api/v1/exchange/events',
          headers: as(liaison),
        });
        const ids = (listed.json().items as { id: string }[]).map((e) => e.id);
        expect(ids, status).toContain(ours);
        expect(ids, status).not.toContain(theirs);
        for (const route of eventRoutes) {
          const res = await t.app.inject({
            method: route.method as 'GET',
            url: route.url.replace(':id', theirs),
            headers: as(liaison),
            payload:
              route.method === 'GET' ? undefined : { reason: 'planted', place: 'Planted', outcomes: [] },
          });
          expect([403, 404], `${status}: ${route.method} ${route.url} answered ${res.statusCode}`).toContain(
            res.statusCode,
          );
        }
        const seen = await t.app.inject({
          method: 'GET',
          url: `/api/v1/exchange/events/${ours}`,
          headers: as(liaison),
        });
        expect(seen.statusCode, status).toBe(200);
        // A liaison's only steps are its side's confirmations.
        expect(seen.json().steps, status).toEqual(
          status === 'planned' ? ['confirm'] : status === 'carried_out' ? ['confirm_outcome'] : [],
        );
      }
    });

    it("after the walk, the other side's party and liaison are untouched", async () => {
      const otherLiaison = await signIn(t.app, account(t, 'liaison', 'AM'));
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(otherLiaison) });
      expect(me.json().user.active).toBe(true);
      expect(me.json().user.locale).not.toBe('az');
      expect(me.json().party.active).toBe(true);
      const coordinator = await signIn(t.app, account(t, 'coordinator'));
      const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(coordinator) });
      expect(users.json().items.map((u: { username: string }) => u.username)).not.toContain('planted');
    });
  });
}
