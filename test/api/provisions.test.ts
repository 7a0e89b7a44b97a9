import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { as, type SignedIn, signInEveryRole, startTestApp, type TestApp } from './api-harness.js';

interface Detail {
  level: number;
  assessments: { level: number; effectiveOn: string; rationale: string; author: string }[];
  deadlines: { id: string; dueOn: string; state: string; daysOverdue: number; metOn: string | null }[];
  positions: { partyId: string; level: number | null; statement: string }[];
  evidence: {
    kind: string;
    recordId: string | null;
    note: string;
    exchange: { personsTo: { partyId: string; count: number }[] } | null;
  }[];
}

const V = '/api/v1';

for (const dialect of testDialects()) {
  describe(`provisions tracked to done on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let fieldOfficer: SignedIn;
    let agreementId: string;
    const point = new Map<number, string>();
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${V}${url}`, headers: as(who) });
    const send = (who: SignedIn, method: 'POST' | 'PATCH', url: string, payload: object) =>
      t.app.inject({ method, url: `${V}${url}`, headers: as(who), payload });
    const detail = async (who: SignedIn, n: number): Promise<Detail> =>
      (await get(who, `/provisions/${point.get(n)}`)).json();
    const auditCount = async () => (await get(coordinator, '/audit?limit=1')).json().total as number;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      ({ coordinator, am, az, observer, fieldOfficer } = await signInEveryRole(t));
      agreementId = (await get(coordinator, '/agreements')).json().items[0].id;
      for (const p of (await get(coordinator, `/agreements/${agreementId}`)).json().provisions)
        point.set(p.number, p.id);
    });
    afterAll(async () => t?.close());

    it("every role reads the demo's nine points, their levels, overdue deadlines and the roll-up", async () => {
      for (const who of [coordinator, am, az, observer, fieldOfficer]) {
        const res = await get(who, `/agreements/${agreementId}/implementation`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body.provisions.map((p: { number: number; level: number }) => [p.number, p.level])).toEqual([
          [1, 2],
          [2, 3],
          [3, 3],
          [4, 2],
          [5, 3],
          [6, 2],
          [7, 1],
          [8, 2],
          [9, 1],
        ]);
        expect(body.share).toBeCloseTo(19 / 27);
        expect(body.series[0]).toMatchObject({ date: '2020-11-10' });
        expect(body.series.find((p: { date: string }) => p.date === '2020-12-12').levels[point.get(1)!]).toBe(
          1,
        );
        expect(body.overdue.map((d: { dueOn: string }) => d.dueOn)).toEqual(['2021-03-01']);
      }
    });

    it('a deadline met late shows so, and one with no day met shows overdue by whole days', async () => {
      const six = await detail(observer, 6);
      expect(six.deadlines.map((d) => [d.dueOn, d.state])).toEqual([
        ['2020-11-15', 'met_late'],
        ['2020-12-01', 'met'],
      ]);
      const nine = await detail(observer, 9);
      expect(nine.deadlines[1].state).toBe('overdue');
      expect(nine.deadlines[1].daysOverdue).toBeGreaterThan(365 * 5);
    });

    it("point 8's evidence counts the persons of the linked exchange, for those who may see it", async () => {
      for (const who of [coordinator, am, az, observer]) {
        const [exchange] = (await detail(who, 8)).evidence.filter((e) => e.kind === 'exchange_event');
        expect(exchange.exchange?.personsTo).toEqual(
          [
            { partyId: am.partyId, count: 44 },
            { partyId: az.partyId, count: 12 },
          ].sort((a, b) => a.partyId!.localeCompare(b.partyId!)),
        );
      }
      // The field officer sees no exchange, so no link to one either.
      expect((await detail(fieldOfficer, 8)).evidence.filter((e) => e.kind === 'exchange_event')).toEqual([]);
    });

    it('the coordinator assesses a provision with evidence; history keeps author and rationale', async () => {
      const events = (
        await t.app.inject({ method: 'GET', url: `${V}/exchange/events`, headers: as(coordinator) })
      ).json().items as { id: string }[];
      const res = await send(coordinator, 'POST', `/provisions/${point.get(7)}/assessments`, {
        level: 2,
        effectiveOn: '2021-01-20',
        rationale: 'Returns counted by the contingent',
        evidence: [
          { kind: 'exchange_event', recordId: events[0].id },
          { kind: 'document', note: 'UNHCR flash update' },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      const body: Detail = res.json();
      expect(body.level).toBe(2);
      expect(body.assessments[0]).toMatchObject({
        level: 2,
        author: 'coordinator',
        rationale: 'Returns counted by the contingent',
      });
      expect(body.assessments[1]).toMatchObject({ level: 1, effectiveOn: '2020-11-14' });
      expect(body.evidence.map((e) => e.kind).sort()).toEqual(['document', 'exchange_event']);
    });

    it('refuses bad input naming the field, and stores nothing', async () => {
      const before = await auditCount();
      const cases: [string, object, number, string][] = [
        [
          `/provisions/no-such/assessments`,
          { level: 1, effectiveOn: '2020-12-01', rationale: 'x' },
          404,
          'id',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          { level: 4, effectiveOn: '2020-12-01', rationale: 'x' },
          400,
          'level',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          { level: -1, effectiveOn: '2020-12-01', rationale: 'x' },
          400,
          'level',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          { level: 1.5, effectiveOn: '2020-12-01', rationale: 'x' },
          400,
          'level',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          { level: 1, effectiveOn: '2099-01-01', rationale: 'x' },
          400,
          'effectiveOn',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          { level: 1, effectiveOn: '2020-12-01', rationale: ' ' },
          400,
          'rationale',
        ],
        [
          `/provisions/${point.get(1)}/assessments`,
          {
            level: 1,
            effectiveOn: '2020-12-01',
            rationale: 'x',
            evidence: [{ kind: 'exchange_event', recordId: 'nope' }],
          },
          400,
          'evidence.0.recordId',
        ],
        [
          `/provisions/${point.get(1)}/evidence`,
          { evidence: [{ kind: 'document', note: '' }] },
          400,
          'evidence.0.note',
        ],
        [
          `/provisions/${point.get(1)}/deadlines`,
          { dueOn: '2021-13-01', description: { en: 'x' } },
          400,
          'dueOn',
        ],
      ];
      for (const [url, payload, status, field] of cases) {
        const res = await send(coordinator, 'POST', url, payload);
        expect(res.statusCode, `${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
      }
      const position = await send(am, 'POST', `/provisions/${point.get(1)}/positions`, {
        level: 7,
        statement: '',
        statedOn: '2020-12-01',
      });
      expect(position.statusCode).toBe(400);
      expect(position.json().errors.map((e: { path: string }) => e.path)).toEqual(['level', 'statement']);
      expect(await auditCount()).toBe(before);
      expect((await detail(coordinator, 1)).assessments).toHaveLength(3);
    });

    it("a liaison states only its own party's position; the coordinator and observer state none", async () => {
      const res = await send(az, 'POST', `/provisions/${point.get(9)}/positions`, {
        level: 1,
        statement: 'Working group set up',
        statedOn: '2021-01-12',
      });
      expect(res.statusCode, res.body).toBe(201);
      const [latest] = (res.json() as Detail).positions;
      expect(latest).toMatchObject({ partyId: az.partyId, statement: 'Working group set up' });
      // Positions are public: the other side and the observer read it beside the assessment.
      expect((await detail(am, 9)).positions[0].partyId).toBe(az.partyId);
      expect((await detail(observer, 9)).positions).toHaveLength(1);
      for (const who of [coordinator, observer, fieldOfficer]) {
        const refused = await send(who, 'POST', `/provisions/${point.get(9)}/positions`, {
          level: 1,
          statement: 'Not mine to say',
          statedOn: '2021-01-12',
        });
        expect(refused.statusCode).toBe(403);
      }
    });

    it('only the coordinator assesses, links evidence and sets deadlines', async () => {
      for (const who of [am, observer, fieldOfficer]) {
        expect(
          (
            await send(who, 'POST', `/provisions/${point.get(3)}/assessments`, {
              level: 0,
              effectiveOn: '2020-12-01',
              rationale: 'x',
            })
          ).statusCode,
        ).toBe(403);
        expect(
          (
            await send(who, 'POST', `/provisions/${point.get(3)}/evidence`, {
              evidence: [{ kind: 'document', note: 'x' }],
            })
          ).statusCode,
        ).toBe(403);
      }
      const added = await send(coordinator, 'POST', `/provisions/${point.get(3)}/deadlines`, {
        dueOn: '2020-11-30',
        description: { en: 'Observation posts manned', ru: 'Посты наблюдения заняты' },
      });
      expect(added.statusCode, added.body).toBe(201);
      const deadline = (added.json() as Detail).deadlines[0];
      expect(deadline.state).toBe('overdue');
      const met = await send(coordinator, 'PATCH', `/provisions/${point.get(3)}/deadlines/${deadline.id}`, {
        metOn: '2020-11-20',
      });
      expect(met.statusCode, met.body).toBe(200);
      expect((met.json() as Detail).deadlines[0].state).toBe('met');
      const future = await send(
        coordinator,
        'PATCH',
        `/provisions/${point.get(3)}/deadlines/${deadline.id}`,
        {
          metOn: '2099-01-01',
        },
      );
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].path).toBe('metOn');
      const elsewhere = await send(
        coordinator,
        'PATCH',
        `/provisions/${point.get(2)}/deadlines/${deadline.id}`,
        {
          metOn: null,
        },
      );
      expect(elsewhere.statusCode).toBe(404);
    });
    it('links a corridor movement as evidence of point 6, shown only to those who may see the movement', async () => {
      const movement = await t.app.inject({
        method: 'POST',
        url: `${V}/corridor/movements`,
        headers: as(coordinator),
        payload: {
          kind: 'convoy',
          reference: 'Evidence convoy',
          fromPlaceId: 'goris',
          toPlaceId: 'stepanakert',
          windowStart: '2020-12-02T06:00:00Z',
          windowEnd: '2020-12-02T18:00:00Z',
          vehicles: 3,
          people: 6,
          cargoSummary: 'Flour',
          escort: 'One vehicle',
        },
      });
      expect(movement.statusCode, movement.body).toBe(201);
      const linked = await send(coordinator, 'POST', `/provisions/${point.get(6)}/evidence`, {
        evidence: [{ kind: 'movement', recordId: movement.json().id, note: 'First convoy' }],
      });
      expect(linked.statusCode, linked.body).toBe(201);
      const kinds = async (who: SignedIn) => (await detail(who, 6)).evidence.map((e) => e.kind);
      expect(await kinds(observer)).toContain('movement');
      // Planned, not yet notified to the parties: a liaison does not see the movement, nor its link.
      expect(await kinds(am)).not.toContain('movement');
      const unknown = await send(coordinator, 'POST', `/provisions/${point.get(6)}/evidence`, {
        evidence: [{ kind: 'returns', recordId: 'no-such-count' }],
      });
      expect(unknown.json().errors[0].path).toBe('evidence.0.recordId');
    });
  });
}
