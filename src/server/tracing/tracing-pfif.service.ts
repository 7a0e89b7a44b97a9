import { caseInputProblems } from '../../domain/tracing/case-input.js';
import { caseToPfif, pfifDomain, pfifProblems, pfifToCaseInput } from '../../domain/tracing/pfif.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { HttpProblem } from '../problem.js';
import { readPfif, writePfif } from './pfif-xml.js';
import { queueCaseMatching } from './tracing-matches.service.js';

async function partyDomain(store: Store, scope: PartyScope): Promise<string> {
  const party = scope.partyId ? await store.repos.parties.findById(scope, scope.partyId) : null;
  if (!party) throw new HttpProblem(403, "Only a party's liaison exchanges its cases as PFIF");
  return pfifDomain(party.code);
}

const LANGUAGE_OF: Record<string, 'hy' | 'az' | 'ru' | 'en'> = { AM: 'hy', AZ: 'az' };

/**
 * Imports a PFIF 1.4 document into the liaison's party: checked whole first (against the one PFIF 1.4 schema, then
 * Parley's own rules: record ids in the party's own domain, nothing expired), then every person opened as a case
 * with its notes, in one transaction; a person already imported is left as it is. Each new case is then searched
 * for.
 */
export async function importPfif(
  store: Store,
  jobs: JobQueue,
  ctx: WriteContext,
  scope: PartyScope,
  xml: string,
  today: string,
): Promise<{ imported: number; skipped: number; caseIds: string[] }> {
  const domain = await partyDomain(store, scope);
  const { doc, problems } = readPfif(xml);
  problems.push(...(problems.length === 0 ? pfifProblems(doc, domain, today) : []));
  const party = await store.repos.parties.findById(scope, scope.partyId!);
  const language = LANGUAGE_OF[party?.code ?? ''] ?? 'en';
  const inputs = doc.persons.map((person) => pfifToCaseInput(person, language));
  inputs.forEach((input, i) => {
    for (const p of caseInputProblems(input, today))
      problems.push({ element: `pfif/person[${i + 1}]`, message: `${p.field}: ${p.reason}` });
  });
  if (problems.length > 0)
    throw new HttpProblem(400, `The PFIF document cannot be imported: ${problems[0].element}`, {
      type: 'urn:parley:problem:pfif',
      errors: problems.slice(0, 100).map((p) => ({ in: 'body', path: p.element, message: p.message })),
    });
  const result = await store.transaction(async (repos) => {
    const ids = doc.persons.map((p) => p.person_record_id!);
    const existing = new Set(await repos.tracingCases.byPfifIds(ids));
    // A case exported under its reference (domain/reference) is the same case coming back.
    const local = new Map(ids.map((id) => [id.slice(domain.length + 1), id]));
    for (const reference of await repos.tracingCases.byReferences(scope.partyId!, [...local.keys()]))
      existing.add(local.get(reference)!);
    const caseIds: string[] = [];
    for (const [i, person] of doc.persons.entries()) {
      if (existing.has(person.person_record_id!)) continue;
      const opened = await repos.tracingCases.open(ctx, scope, scope.partyId!, inputs[i], {
        pfifRecordId: person.person_record_id!,
        pfifSourceDate: person.source_date ?? null,
      });
      const notes = [
        ...person.notes,
        ...doc.notes.filter((n) => n.person_record_id === person.person_record_id),
      ];
      await repos.tracingCases.addNotes(
        opened.id,
        notes.map((n) => ({
          pfifNoteId: n.note_record_id ?? null,
          authorName: n.author_name ?? '',
          text: n.text ?? '',
          status: n.status ?? null,
          sourceDate: n.source_date ?? '',
        })),
      );
      caseIds.push(opened.id);
    }
    return { imported: caseIds.length, skipped: doc.persons.length - caseIds.length, caseIds };
  });
  for (const id of result.caseIds) await queueCaseMatching(store, jobs, ctx, id);
  return result;
}

/**
 * The liaison's own party's cases as PFIF 1.4, each with its status history and the notes it was imported with,
 * ids in its domain; what it writes is valid against the one schema (`pfif-schema.ts`; tested on every export).
 */
export async function exportPfif(store: Store, scope: PartyScope): Promise<string> {
  const domain = await partyDomain(store, scope);
  const { items } = await store.repos.tracingCases.list(scope, {
    partyId: scope.partyId!,
    limit: 100_000,
    offset: 0,
  });
  const cases = await store.repos.tracingCases.withHistories(items.map((view) => view.id));
  return writePfif(
    cases.map(({ tracingCase, history, notes }) => caseToPfif(tracingCase, history, domain, notes)),
  );
}
