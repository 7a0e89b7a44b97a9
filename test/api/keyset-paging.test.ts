import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 8, point 9: the persons, a list version's entries and a run's review queue are read by keyset (`next`,
// then `?after=`), a page at a time: walking every page gives every row once, in the order of one long read; the
// plan counts the unresolved in SQL and names only the first of them.

const X = '/api/v1/exchange';

interface Person {
  id: string;
  displayName: string;
  status: string;
  ownPartyId: string;
  holdingPartyId: string | null;
}

for (const dialect of testDialects()) {
  describe(`keyset paging on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let runId: string;
    const get = (url: string, who = coordinator) => t.app.inject({ method: 'GET', url, headers: as(who) });

    /** Every page of `url` by its `next` cursors, `limit` a page; answers the rows in order. */
    async function walk<T>(url: string, limit: number): Promise<{ rows: T[]; pages: number }> {
      const rows: T[] = [];
      let pages = 0;
      for (let after: string | null = null; pages === 0 || after; pages++) {
        const sep = url.includes('?') ? '&' : '?';
        const res = await get(`${url}${sep}limit=${limit}${after ? `&after=${after}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { items: T[]; next: string | null };
        expect(page.items.length).toBeLessThanOrEqual(limit);
        if (page.next) expect(page.items.length).toBe(limit);
        rows.push(...page.items);
        after = page.next;
      }
      return { rows, pages };
    }

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      const started = await t.app.inject({
        method: 'POST',
        url: `${X}/reconciliations`,
        headers: as(coordinator),
        // The engine is sure of nearly every pair of the demo: a review band up to 0.999999 keeps enough to page.
        payload: { thresholds: { upper: 0.999999, lower: 0.3 } },
      });
      runId = started.json().id;
      for (let i = 0; i < 900; i++) {
        const status = (await get(`${X}/reconciliations/${runId}`)).json().status;
        if (status === 'done') break;
        if (status === 'failed') throw new Error('the run failed');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 120_000);
    afterAll(async () => t?.close());

    it('persons: every page after the one before, each person once, in name order', async () => {
      const all = (await get(`${X}/persons?limit=1000`)).json() as { items: Person[]; next: string | null };
      expect(all.next).toBeNull();
      expect(all.items.length).toBeGreaterThan(300);
      const { rows, pages } = await walk<Person>(`${X}/persons`, 37);
      expect(pages).toBe(Math.ceil(all.items.length / 37));
      expect(rows.map((p) => p.id)).toEqual(all.items.map((p) => p.id));
      // The default page is 100; a status narrows in SQL and pages the same way.
      expect((await get(`${X}/persons`)).json().items).toHaveLength(100);
      const located = await walk<Person>(`${X}/persons?status=located`, 25);
      expect(located.rows.map((p) => p.id)).toEqual(
        all.items.filter((p) => p.status === 'located').map((p) => p.id),
      );
    });

    it('a cursor that no page gave, or another route gave, is a 400 naming `after`', async () => {
      const entriesCursor = Buffer.from(JSON.stringify([12])).toString('base64url');
      for (const after of ['not-a-cursor', entriesCursor, 'x'.repeat(2000)]) {
        const res = await get(`${X}/persons?after=${after}`);
        expect(res.statusCode, after).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(JSON.stringify(res.json().errors)).toContain('after');
      }
    });

    it('entries and the review queue: the keyset walk gives what offsets give', async () => {
      const lists = (await get(`${X}/lists`)).json().items as { id: string; kind: string }[];
      const list = lists.find((l) => l.kind === 'missing')!;
      const url = `${X}/lists/${list.id}/versions/1/entries`;
      const first = (await get(`${url}?limit=500`)).json() as { items: { id: string }[]; total: number };
      const byOffset: string[] = [];
      for (let offset = 0; offset < first.total; offset += 40) {
        byOffset.push(
          ...(await get(`${url}?limit=40&offset=${offset}`)).json().items.map((e: { id: string }) => e.id),
        );
      }
      const byKey = await walk<{ id: string }>(url, 40);
      expect(byKey.rows.map((e) => e.id)).toEqual(byOffset);
      expect(byKey.rows).toHaveLength(first.total);

      const review = `${X}/reconciliations/${runId}/review`;
      const total = (await get(`${review}?limit=1`)).json().total as number;
      expect(total).toBeGreaterThan(5);
      const reviewByOffset: string[] = [];
      for (let offset = 0; offset < total; offset += 4) {
        reviewByOffset.push(
          ...(await get(`${review}?limit=4&offset=${offset}`)).json().items.map((p: { id: string }) => p.id),
        );
      }
      const reviewByKey = await walk<{ id: string; probability: number }>(review, 4);
      expect(reviewByKey.rows.map((p) => p.id)).toEqual(reviewByOffset);
      const probabilities = reviewByKey.rows.map((p) => p.probability);
      expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    });

    it('the plan counts the unresolved in SQL and names the first of them by name', async () => {
      const persons = (await get(`${X}/persons?limit=1000`)).json().items as Person[];
      const plan = (await get(`${X}/plan`)).json() as {
        unresolved: Person[];
        unresolvedCount: number;
        directions: { persons: Person[]; count: number }[];
      };
      const unresolved = persons.filter((p) => p.status === 'listed' || p.status === 'located');
      expect(plan.unresolvedCount).toBe(unresolved.length);
      // The first 200 in the persons' order (the domain then sorts them for reading).
      expect(plan.unresolved.map((p) => p.id).sort()).toEqual(
        unresolved
          .slice(0, 200)
          .map((p) => p.id)
          .sort(),
      );
      const toHandOver = persons.filter((p) => p.status === 'verified' || p.status === 'included');
      expect(plan.directions.reduce((n, d) => n + d.count, 0)).toBe(toHandOver.length);
    });
  });
}
