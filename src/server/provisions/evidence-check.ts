import { evidenceProblems } from '../../domain/provisions/position-and-evidence.js';
import type { EvidenceLink } from '../../domain/provisions/types.js';
import type { Repositories } from '../../store/index.js';
import { HttpProblem } from '../problem.js';

/** Refuses evidence links whose record is missing or does not exist (domain evidenceProblems), naming each one. */
export async function checkEvidence(
  repos: Repositories,
  links: readonly EvidenceLink[],
  path = 'evidence',
): Promise<void> {
  const existing = await repos.provisionTracking.existingRecords(links);
  const problems = evidenceProblems(links, (kind, id) => existing.has(`${kind}:${id}`));
  if (problems.length > 0)
    throw new HttpProblem(400, 'Some evidence cannot be linked', {
      type: 'urn:parley:problem:validation',
      errors: problems.map((p) => ({ in: 'body', path: `${path}.${p.index}.${p.field}`, message: p.reason })),
    });
}
