import { caseDisplayName, isReadablePartialDate } from './case-input.js';
import type { CaseInput, CaseStatusChange, FamilyLanguage, TracingCase } from './types.js';

/** PFIF 1.4 (Person Finder Interchange Format), as Google Person Finder exchanges it. */
export const PFIF_NAMESPACE = 'http://zesty.ca/pfif/1.4';

/** The person fields of PFIF 1.4, in the schema's order. */
export const PFIF_PERSON_FIELDS = [
  'person_record_id',
  'entry_date',
  'expiry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_name',
  'source_date',
  'source_url',
  'full_name',
  'given_name',
  'family_name',
  'alternate_names',
  'description',
  'sex',
  'date_of_birth',
  'age',
  'home_street',
  'home_neighborhood',
  'home_city',
  'home_state',
  'home_postal_code',
  'home_country',
  'photo_url',
  'profile_urls',
] as const;
export type PfifPersonField = (typeof PFIF_PERSON_FIELDS)[number];

export const PFIF_NOTE_FIELDS = [
  'note_record_id',
  'person_record_id',
  'linked_person_record_id',
  'entry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_date',
  'author_made_contact',
  'status',
  'email_of_found_person',
  'phone_of_found_person',
  'last_known_location',
  'text',
  'photo_url',
] as const;
export type PfifNoteField = (typeof PFIF_NOTE_FIELDS)[number];

export const PFIF_NOTE_STATUSES = [
  'information_sought',
  'is_note_author',
  'believed_alive',
  'believed_missing',
  'believed_dead',
] as const;

export type PfifPerson = Partial<Record<PfifPersonField, string>> & { notes: PfifNote[] };
export type PfifNote = Partial<Record<PfifNoteField, string>>;

export interface PfifDocument {
  persons: PfifPerson[];
  notes: PfifNote[];
}

/** A PFIF element at fault, named by its path in the document (`pfif/person[2]/full_name`). */
export interface PfifProblem {
  element: string;
  message: string;
}

const MANDATORY_PERSON: readonly PfifPersonField[] = ['person_record_id', 'source_date', 'full_name'];
const MANDATORY_NOTE: readonly PfifNoteField[] = ['note_record_id', 'author_name', 'source_date', 'text'];
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A party's own PFIF domain: its record ids are `<domain>/<local id>`. */
export function pfifDomain(partyCode: string): string {
  return `${partyCode.toLowerCase()}.tracing.parley.example`;
}

export function pfifRecordId(domain: string, localId: string): string {
  return `${domain}/${localId}`;
}

function domainOf(recordId: string): string | null {
  const slash = recordId.indexOf('/');
  return slash > 0 && slash < recordId.length - 1 ? recordId.slice(0, slash) : null;
}

/**
 * What is wrong with a PFIF document read for a party whose domain is `domain`: every mandatory field present;
 * record ids in that domain (a foreign domain is someone else's record); times in UTC as PFIF writes them;
 * a birth date PFIF can read; a known note status; nothing already expired on `today`.
 */
export function pfifProblems(doc: PfifDocument, domain: string, today: string): PfifProblem[] {
  const problems: PfifProblem[] = [];
  const checkId = (path: string, id: string | undefined) => {
    if (id === undefined) return;
    const of = domainOf(id);
    if (of === null) problems.push({ element: path, message: 'not a record id of the form domain/id' });
    else if (of !== domain) problems.push({ element: path, message: `a record of ${of}, not of ${domain}` });
  };
  const checkTime = (path: string, value: string | undefined) => {
    if (value !== undefined && !UTC_TIME.test(value))
      problems.push({ element: path, message: 'not a UTC time (YYYY-MM-DDThh:mm:ssZ)' });
  };
  const checkNote = (note: PfifNote, path: string, personId: string | undefined) => {
    for (const field of MANDATORY_NOTE)
      if (!note[field]?.trim()) problems.push({ element: `${path}/${field}`, message: 'required' });
    checkId(`${path}/note_record_id`, note.note_record_id);
    if (personId === undefined) {
      if (!note.person_record_id) problems.push({ element: `${path}/person_record_id`, message: 'required' });
      checkId(`${path}/person_record_id`, note.person_record_id);
    } else if (note.person_record_id !== undefined && note.person_record_id !== personId)
      problems.push({
        element: `${path}/person_record_id`,
        message: 'not the record of the person it is in',
      });
    checkTime(`${path}/source_date`, note.source_date);
    checkTime(`${path}/entry_date`, note.entry_date);
    if (note.status !== undefined && !(PFIF_NOTE_STATUSES as readonly string[]).includes(note.status))
      problems.push({
        element: `${path}/status`,
        message: `not a PFIF 1.4 status (${PFIF_NOTE_STATUSES.join(', ')})`,
      });
  };
  doc.persons.forEach((person, i) => {
    const path = `pfif/person[${i + 1}]`;
    for (const field of MANDATORY_PERSON)
      if (!person[field]?.trim()) problems.push({ element: `${path}/${field}`, message: 'required' });
    checkId(`${path}/person_record_id`, person.person_record_id);
    checkTime(`${path}/source_date`, person.source_date);
    checkTime(`${path}/entry_date`, person.entry_date);
    checkTime(`${path}/expiry_date`, person.expiry_date);
    if (person.expiry_date && person.expiry_date.slice(0, 10) < today)
      problems.push({ element: `${path}/expiry_date`, message: 'expired: PFIF says to keep it no longer' });
    if (person.sex !== undefined && !['male', 'female', 'other'].includes(person.sex))
      problems.push({ element: `${path}/sex`, message: 'male, female or other' });
    if (person.date_of_birth !== undefined && !isReadablePartialDate(person.date_of_birth))
      problems.push({
        element: `${path}/date_of_birth`,
        message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      });
    for (const [j, note] of person.notes.entries())
      checkNote(note, `${path}/note[${j + 1}]`, person.person_record_id);
  });
  const personIds = new Set(doc.persons.map((p) => p.person_record_id));
  doc.notes.forEach((note, j) => {
    const path = `pfif/note[${j + 1}]`;
    checkNote(note, path, undefined);
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

/** A case as a PFIF person, with its status history as notes: what its party shares, in its own domain. */
export function caseToPfif(
  tracingCase: TracingCase,
  history: readonly CaseStatusChange[],
  domain: string,
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
  ]
    .filter(Boolean)
    .join('. ');
  return {
    person_record_id: id,
    entry_date: tracingCase.createdAt,
    expiry_date: tracingCase.expiresOn ? `${tracingCase.expiresOn}T23:59:59Z` : undefined,
    author_name: tracingCase.openedBy,
    source_name: domain,
    source_date: tracingCase.createdAt,
    full_name: caseDisplayName(person),
    given_name: empty(person.givenName),
    family_name: empty(person.familyName),
    description: empty(description),
    sex: person.sex === 'm' ? 'male' : person.sex === 'f' ? 'female' : undefined,
    date_of_birth: empty(person.birthDate),
    home_city: empty(person.birthPlace),
    notes: history.map((change) => ({
      note_record_id: pfifRecordId(domain, `${tracingCase.reference}.${change.id}`),
      person_record_id: id,
      entry_date: change.at,
      author_name: change.by,
      source_date: change.at,
      status: NOTE_STATUS[change.toStatus],
      text: `${change.event}: ${change.toStatus}${change.note ? ` (${change.note})` : ''}`,
    })),
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
 * A PFIF person read into a case for the party importing it: names as written (the full name when PFIF gives no
 * parts), sex and birth date; the enquirer is the record's author; shared only with the intermediary until the
 * liaison asks the family otherwise.
 */
export function pfifToCaseInput(person: PfifPerson, language: FamilyLanguage): CaseInput {
  const hasParts = !!(person.given_name?.trim() || person.family_name?.trim());
  return {
    person: {
      givenName: person.given_name?.trim() || null,
      familyName: person.family_name?.trim() || null,
      patronymic: null,
      fullName: hasParts ? null : (person.full_name?.trim() ?? null),
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
