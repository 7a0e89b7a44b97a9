import { caseDisplayName } from './case-input.js';
import { PFIF_NOTE_SCHEMA, PFIF_PERSON_SCHEMA, PFIF_TYPES, type PfifProblem } from './pfif-schema.js';
import type { CaseInput, CaseNote, CaseStatusChange, FamilyLanguage, TracingCase } from './types.js';

export { PFIF_NAMESPACE, type PfifProblem } from './pfif-schema.js';

/** The person fields of PFIF 1.4, in the specification's order (from the one schema, `pfif-schema.ts`). */
export const PFIF_PERSON_FIELDS = PFIF_PERSON_SCHEMA.map((rule) => rule.name);
export type PfifPersonField = (typeof PFIF_PERSON_SCHEMA)[number]['name'];

export const PFIF_NOTE_FIELDS = PFIF_NOTE_SCHEMA.map((rule) => rule.name);
export type PfifNoteField = (typeof PFIF_NOTE_SCHEMA)[number]['name'];

export const PFIF_NOTE_STATUSES = PFIF_TYPES.status.values;

export type PfifPerson = Partial<Record<PfifPersonField, string>> & { notes: PfifNote[] };
export type PfifNote = Partial<Record<PfifNoteField, string>>;

export interface PfifDocument {
  persons: PfifPerson[];
  notes: PfifNote[];
}

/** A party's own PFIF domain: its record ids are `<domain>/<local id>`. */
export function pfifDomain(partyCode: string): string {
  return `${partyCode.toLowerCase()}.tracing.parley.example`;
}

export function pfifRecordId(domain: string, localId: string): string {
  return `${domain}/${localId}`;
}

/**
 * What Parley refuses in a document that is valid PFIF 1.4 (`pfifSchemaProblems` checks that first), read for a
 * party whose domain is `domain`: a record id in another domain (someone else's record); a person already expired
 * on `today` (§3.3: its content must no longer be passed on); a note on its own about a person not in the document.
 */
export function pfifProblems(doc: PfifDocument, domain: string, today: string): PfifProblem[] {
  const problems: PfifProblem[] = [];
  const checkId = (path: string, id: string | undefined) => {
    const of = id?.slice(0, id.indexOf('/'));
    if (of !== undefined && of !== domain)
      problems.push({ element: path, message: `a record of ${of}, not of ${domain}` });
  };
  const checkNote = (note: PfifNote, path: string) => {
    checkId(`${path}/note_record_id`, note.note_record_id);
    checkId(`${path}/person_record_id`, note.person_record_id);
  };
  doc.persons.forEach((person, i) => {
    const path = `pfif/person[${i + 1}]`;
    checkId(`${path}/person_record_id`, person.person_record_id);
    if (person.expiry_date && person.expiry_date.slice(0, 10) < today)
      problems.push({ element: `${path}/expiry_date`, message: 'expired: PFIF says to keep it no longer' });
    for (const [j, note] of person.notes.entries()) checkNote(note, `${path}/note[${j + 1}]`);
  });
  const personIds = new Set(doc.persons.map((p) => p.person_record_id));
  doc.notes.forEach((note, j) => {
    const path = `pfif/note[${j + 1}]`;
    checkNote(note, path);
    if (note.person_record_id && !personIds.has(note.person_record_id))
      problems.push({
        element: `${path}/person_record_id`,
        message: 'no person of this document has this record id',
      });
  });
  return problems;
}

const empty = (value: string | null | undefined) =>
  value === null || value === undefined || value === '' ? undefined : value;

/**
 * A case as a PFIF person, in its party's own domain, with its status history as notes and the notes it was
 * imported with (under their own ids): what its party shares. The circumstances' note ends the description, so
 * a description imported (kept as that note) goes out again as it came.
 */
export function caseToPfif(
  tracingCase: TracingCase,
  history: readonly CaseStatusChange[],
  domain: string,
  imported: readonly CaseNote[] = [],
): PfifPerson {
  const id = tracingCase.pfifRecordId ?? pfifRecordId(domain, tracingCase.reference);
  const { person, circumstances } = tracingCase;
  const description = [
    person.patronymic ? `Father's name: ${person.patronymic}` : '',
    person.category === 'military'
      ? `Military${person.unit ? `, unit ${person.unit}` : ''}${person.rank ? `, ${person.rank}` : ''}`
      : '',
    circumstances.lastSeenOn || circumstances.lastSeenPlace
      ? `Last seen ${circumstances.lastSeenOn ?? ''} ${circumstances.lastSeenPlace ?? ''}`.trim()
      : '',
    circumstances.note?.trim() ?? '',
  ]
    .filter(Boolean)
    .join('. ');
  return {
    person_record_id: id,
    entry_date: tracingCase.createdAt,
    expiry_date: tracingCase.expiresOn ? `${tracingCase.expiresOn}T23:59:59Z` : undefined,
    author_name: tracingCase.openedBy,
    source_name: domain,
    source_date: tracingCase.pfifSourceDate ?? tracingCase.createdAt,
    full_name: caseDisplayName(person),
    given_name: empty(person.givenName),
    family_name: empty(person.familyName),
    description: empty(description),
    sex: person.sex === 'm' ? 'male' : person.sex === 'f' ? 'female' : undefined,
    date_of_birth: empty(person.birthDate),
    home_city: empty(person.birthPlace),
    notes: [
      ...history.map(
        (change): PfifNote => ({
          note_record_id: pfifRecordId(domain, `${tracingCase.reference}.${change.id}`),
          person_record_id: id,
          entry_date: change.at,
          author_name: change.by,
          source_date: change.at,
          status: NOTE_STATUS[change.toStatus],
          text: `${change.event}: ${change.toStatus}${change.note ? ` (${change.note})` : ''}`,
        }),
      ),
      ...imported.map(
        (note, i): PfifNote => ({
          note_record_id:
            note.pfifNoteId ?? pfifRecordId(domain, `${tracingCase.reference}.imported-${i + 1}`),
          person_record_id: id,
          author_name: note.authorName,
          source_date: note.sourceDate,
          status: note.status ?? undefined,
          text: note.text,
        }),
      ),
    ],
  };
}

const NOTE_STATUS: Record<CaseStatusChange['toStatus'], string> = {
  open: 'information_sought',
  possible_match: 'information_sought',
  located_alive: 'believed_alive',
  located_dead: 'believed_dead',
  closed: 'information_sought',
};

/**
 * A PFIF person read into a case for the party importing it: names as written (the full name too when it says more
 * than the family and given names, e.g. a father's name), sex and birth date; the enquirer is the record's author;
 * shared only with the intermediary until the liaison asks the family otherwise.
 */
export function pfifToCaseInput(person: PfifPerson, language: FamilyLanguage): CaseInput {
  const fromParts = [person.family_name?.trim(), person.given_name?.trim()].filter(Boolean).join(' ');
  const full = person.full_name?.trim() || null;
  return {
    person: {
      givenName: person.given_name?.trim() || null,
      familyName: person.family_name?.trim() || null,
      patronymic: null,
      fullName: full !== null && full !== fromParts ? full : null,
      sex: person.sex === 'male' ? 'm' : person.sex === 'female' ? 'f' : null,
      birthDate: person.date_of_birth ?? null,
      birthPlace: person.home_city ?? null,
      category: 'unknown',
      unit: null,
      rank: null,
    },
    circumstances: {
      lastSeenOn: null,
      lastSeenPrecision: null,
      lastSeenPlace: null,
      lastSeenPlacePrecision: null,
      note: person.description ?? null,
    },
    enquirer: {
      name: person.author_name?.trim() || person.source_name?.trim() || 'PFIF',
      relation: 'PFIF',
      contact: person.author_email ?? person.author_phone ?? null,
      language,
    },
    sharingLevel: 'intermediary_only',
    expiresOn: person.expiry_date ? person.expiry_date.slice(0, 10) : null,
  };
}
