import { writeReach } from '../../domain/access/policy.js';
import { passageProblems, passageWrite } from '../../domain/corridor/passage.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { CheckpointPosts, Passage, PassageBody } from './passages.schemas.js';

/**
 * A field officer records (or edits) a passage at its own checkpoint under the device's idempotency key, in one
 * transaction: a retry of the same entry answers the stored one and writes nothing; an edit on an older version is
 * a 409 with the stored entry, so the device shows both and loses neither.
 */
export async function putPassage(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  key: string,
  body: PassageBody,
): Promise<{ status: 200 | 201; passage: Passage }> {
  const { baseVersion, ...entry } = body;
  const problems = passageProblems(entry);
  if (problems.length > 0)
    throw new HttpProblem(
      400,
      `The passage is not valid: ${problems.map((p) => `${p.field} ${p.reason}`).join(', ')}`,
      {
        type: 'urn:parley:problem:validation',
        errors: problems.map((p) => ({ in: 'body' as const, path: p.field, message: p.reason })),
      },
    );
  // The policy says who writes the log, and how far: a field officer, at the checkpoints it is posted at.
  if (writeReach(scope, 'corridor_passage') !== 'own_checkpoint')
    throw new HttpProblem(403, 'Only the field officers of a checkpoint log its passages');
  return store.transaction(async (repos) => {
    const posts = scope.userId ? await repos.passages.postsOf(scope.userId) : [];
    if (!posts.includes(entry.checkpointId))
      throw new HttpProblem(403, 'You log passages at your own checkpoint only', {
        errors: [{ in: 'body', path: 'checkpointId', message: 'not your checkpoint' }],
      });
    const stored = await repos.passages.byKey(key);
    if (stored && !posts.includes(stored.checkpointId))
      throw new HttpProblem(403, 'This key names a passage of another checkpoint');
    const write = passageWrite(stored, entry, baseVersion);
    switch (write.kind) {
      case 'create':
        return { status: 201, passage: await repos.passages.create(ctx, key, entry) };
      case 'same':
        return { status: 200, passage: stored as Passage };
      case 'update':
        return {
          status: 200,
          passage: await repos.passages.update(ctx, (stored as Passage).id, baseVersion as number, entry),
        };
      case 'conflict':
        throw new HttpProblem(409, 'This passage was changed on another device: both versions are shown', {
          type: 'urn:parley:problem:conflict',
          errors: [
            { in: 'body', path: 'baseVersion', message: `the stored version is ${write.current.version}` },
          ],
          extensions: { current: write.current },
        });
    }
  });
}

/** The checkpoints a field officer is posted at, with their names and numbers. */
export async function checkpointPosts(store: Store, scope: PartyScope): Promise<CheckpointPosts['items']> {
  const posts = new Set(scope.userId ? await store.repos.passages.postsOf(scope.userId) : []);
  const checkpoints = await store.repos.mapLayers.list(scope, 'checkpoint');
  return checkpoints
    .filter((c) => posts.has(c.id))
    .map((c) => ({ id: c.id, number: c.number, names: c.names }));
}
