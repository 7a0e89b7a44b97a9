/**
 * The PFIF 1.4 schema as data, and the one check of a document against it (used by the import, and by the tests on
 * every document Parley exports).
 *
 * Where the rules come from:
 * - PFIF 1.4 Specification, Ka-Ping Yee, 29 May 2012 (http://zesty.ca/pfif/1.4): §4 the data model (each field,
 *   required or optional, its form), §5 the XML format with its RELAX NG schema (compact syntax). PFIF 1.4 has no
 *   XSD: §5 gives a RELAX NG schema whose records are `interleave` (`&`) patterns, and says that the order of the
 *   child elements in a person or note is not significant. The order kept below is the order §4 and §5 list the
 *   fields in; Parley writes in it (PFIF 1.1's XSD required it, Person Finder writes in it) but does not refuse a
 *   document for its order.
 * - Google Person Finder's validator (google/personfinder, tools/pfif-tools/app/pfif_validator.py) for the checks
 *   that it makes beyond the grammar: a duplicate child element, two records with one id, a note outside a person
 *   without its person_record_id, a note inside a person naming another person, an empty field, the form of a
 *   record id's domain.
 */

export const PFIF_NAMESPACE = 'http://zesty.ca/pfif/1.4';

/** The value types of the RELAX NG schema of §5, each a pattern or a list of values. */
export const PFIF_TYPES = {
  /** §4: "a domain name followed by a slash and a local identifier"; the domain as pfif_validator.py reads it. */
  record_id: {
    pattern:
      /^([a-zA-Z]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?\.?\/.+$/s,
    says: 'a record id of the form domain/local-id',
  },
  /** §5 `time`: xsd:dateTime with pattern \d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z, so a real time, in UTC. */
  time: {
    pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/,
    says: 'a UTC time YYYY-MM-DDThh:mm:ssZ',
  },
  text: { says: 'text' },
  /** §5 `email`: pattern .+@.+ */
  email: { pattern: /^.+@.+$/s, says: 'an e-mail address' },
  /** §5 `phone`: pattern [\-+()\d ]+ */
  phone: { pattern: /^[-+()\d ]+$/, says: 'a phone number (digits, spaces, + - ( ))' },
  /** §5 `url = text`; §4 "URL string", which pfif_validator.py reads as an http or https URL with a host. */
  url: { pattern: /^https?:\/\/[^/?#\s]+/i, says: 'an http or https URL' },
  /** §5 `sex`. */
  sex: { values: ['female', 'male', 'other'], says: 'female, male or other' },
  /** §5 `approx_date`: YYYY, YYYY-MM or YYYY-MM-DD. */
  approx_date: {
    pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    says: 'a date YYYY, YYYY-MM or YYYY-MM-DD',
  },
  /** §5 `approx_age`: an age or an inclusive range. */
  approx_age: { pattern: /^\d+(-\d+)?$/, says: 'an age or a range (e.g. 30 or 30-35)' },
  /** §5 `country_code`: an ISO 3166-1 alpha-2 code in capitals. */
  country_code: { pattern: /^[A-Z]{2}$/, says: 'a two-letter ISO 3166-1 country code in capitals' },
  /** §5 `boolean`. */
  boolean: { values: ['true', 'false'], says: 'true or false' },
  /** §5 `status`, §4.2 the five statuses of a note. */
  status: {
    values: ['information_sought', 'is_note_author', 'believed_alive', 'believed_missing', 'believed_dead'],
    says: 'a PFIF 1.4 status (information_sought, is_note_author, believed_alive, believed_missing, believed_dead)',
  },
} as const satisfies Record<string, { pattern?: RegExp; values?: readonly string[]; says: string }>;
export type PfifType = keyof typeof PFIF_TYPES;

/**
 * Whether an element must be there: always (bold in §5's schema, "required" in §4), never, or only when a note
 * stands outside a person (§5: inside a person its person_record_id may be left out, and must match if given).
 */
export type PfifPresence = 'required' | 'optional' | 'required_outside_person';

export interface PfifElementRule {
  readonly name: string;
  readonly presence: PfifPresence;
  readonly type: PfifType;
}

const el = <N extends string>(name: N, presence: PfifPresence, type: PfifType) =>
  ({ name, presence, type }) as const;

/** §4.1 and §5 `person`: 25 fields, each at most once, in the order the specification lists them. */
export const PFIF_PERSON_SCHEMA = [
  el('person_record_id', 'required', 'record_id'),
  el('entry_date', 'optional', 'time'),
  el('expiry_date', 'optional', 'time'),
  el('author_name', 'optional', 'text'),
  el('author_email', 'optional', 'email'),
  el('author_phone', 'optional', 'phone'),
  el('source_name', 'optional', 'text'),
  el('source_date', 'required', 'time'),
  el('source_url', 'optional', 'url'),
  el('full_name', 'required', 'text'),
  el('given_name', 'optional', 'text'),
  el('family_name', 'optional', 'text'),
  el('alternate_names', 'optional', 'text'),
  el('description', 'optional', 'text'),
  el('sex', 'optional', 'sex'),
  el('date_of_birth', 'optional', 'approx_date'),
  el('age', 'optional', 'approx_age'),
  el('home_street', 'optional', 'text'),
  el('home_neighborhood', 'optional', 'text'),
  el('home_city', 'optional', 'text'),
  el('home_state', 'optional', 'text'),
  el('home_postal_code', 'optional', 'text'),
  el('home_country', 'optional', 'country_code'),
  el('photo_url', 'optional', 'url'),
  el('profile_urls', 'optional', 'text'),
] as const satisfies readonly PfifElementRule[];

/**
 * §4.2 and §5 `note`: 15 fields. `text` is required by both §4.2 and the schema of §5 (the prose of §5 lists only
 * three required note fields, but its schema gives `text` no `?`); Parley follows the schema.
 */
export const PFIF_NOTE_SCHEMA = [
  el('note_record_id', 'required', 'record_id'),
  el('person_record_id', 'required_outside_person', 'record_id'),
  el('linked_person_record_id', 'optional', 'record_id'),
  el('entry_date', 'optional', 'time'),
  el('author_name', 'required', 'text'),
  el('author_email', 'optional', 'email'),
  el('author_phone', 'optional', 'phone'),
  el('source_date', 'required', 'time'),
  el('author_made_contact', 'optional', 'boolean'),
  el('status', 'optional', 'status'),
  el('email_of_found_person', 'optional', 'email'),
  el('phone_of_found_person', 'optional', 'phone'),
  el('last_known_location', 'optional', 'text'),
  el('text', 'required', 'text'),
  el('photo_url', 'optional', 'url'),
] as const satisfies readonly PfifElementRule[];

/** An XML element as read (namespaces resolved): the plain tree the schema is checked on. */
export interface PfifNode {
  ns: string;
  local: string;
  children: PfifNode[];
  text: string;
}

/** A PFIF element at fault, named by its path in the document (`pfif/person[2]/full_name`). */
export interface PfifProblem {
  element: string;
  message: string;
}

function valueProblem(type: PfifType, value: string): string | null {
  const rule: { pattern?: RegExp; values?: readonly string[]; says: string } = PFIF_TYPES[type];
  if (rule.values && !rule.values.includes(value)) return `not ${rule.says}`;
  if (rule.pattern && !rule.pattern.test(value)) return `not ${rule.says}`;
  if (type === 'time' || type === 'approx_date') {
    // xsd:dateTime: the day must exist in its month (2021-02-30 matches the pattern, but is no day).
    const [y, m, d] = value.slice(0, 10).split('-').map(Number);
    if (m !== undefined && d !== undefined && d > new Date(Date.UTC(y, m, 0)).getUTCDate())
      return `not ${rule.says}: no such day`;
  }
  return null;
}

/** The record's fields, or the problems of its children against the rules (`personId`: the person around a note). */
function recordProblems(
  node: PfifNode,
  rules: readonly PfifElementRule[],
  path: string,
  problems: PfifProblem[],
  inPerson: { personId: string | undefined } | null,
): Map<string, string> {
  const values = new Map<string, string>();
  const seen = new Set<string>();
  const invalid = new Set<string>();
  for (const child of node.children) {
    const at = `${path}/${child.local}`;
    if (child.ns !== PFIF_NAMESPACE) {
      problems.push({ element: at, message: `not in the PFIF 1.4 namespace (${PFIF_NAMESPACE})` });
      continue;
    }
    if (child.local === 'note' && node.local === 'person') continue;
    const rule = rules.find((r) => r.name === child.local);
    if (!rule) {
      problems.push({ element: at, message: `not a PFIF 1.4 ${node.local} element` });
      continue;
    }
    if (seen.has(child.local)) {
      problems.push({ element: at, message: 'given twice: a PFIF 1.4 record has each field at most once' });
      continue;
    }
    seen.add(child.local);
    if (child.children.length > 0) {
      problems.push({ element: at, message: 'holds elements, not text' });
      invalid.add(child.local);
      continue;
    }
    const value = child.text.trim();
    if (value === '') continue;
    const wrong = valueProblem(rule.type, value);
    if (wrong) {
      problems.push({ element: at, message: wrong });
      invalid.add(child.local);
    } else values.set(child.local, value);
  }
  for (const rule of rules) {
    const required =
      rule.presence === 'required' || (rule.presence === 'required_outside_person' && inPerson === null);
    if (required && !seen.has(rule.name))
      problems.push({ element: `${path}/${rule.name}`, message: 'required' });
    else if (required && !values.has(rule.name) && !invalid.has(rule.name))
      problems.push({ element: `${path}/${rule.name}`, message: 'required, and empty' });
  }
  const ownerId = values.get('person_record_id');
  if (inPerson?.personId !== undefined && ownerId !== undefined && ownerId !== inPerson.personId)
    problems.push({
      element: `${path}/person_record_id`,
      message: 'not the record of the person it is in',
    });
  return values;
}

/**
 * What is wrong with a document against the PFIF 1.4 schema, every element at fault named: the root `pfif` in the
 * 1.4 namespace holding persons and notes; each record's children known, in the namespace, text only, each at most
 * once, of their type; the required ones present and not empty; a note in a person about that person; no two
 * persons and no two notes with one id.
 */
export function pfifSchemaProblems(root: PfifNode): PfifProblem[] {
  if (root.local !== 'pfif' || root.ns !== PFIF_NAMESPACE)
    return [
      { element: root.local, message: `not a PFIF 1.4 document: the root is pfif in ${PFIF_NAMESPACE}` },
    ];
  const problems: PfifProblem[] = [];
  const personIds = new Map<string, string>();
  const noteIds = new Map<string, string>();
  const unique = (ids: Map<string, string>, id: string | undefined, at: string) => {
    if (id === undefined) return;
    const first = ids.get(id);
    if (first) problems.push({ element: at, message: `the same record id as ${first}` });
    else ids.set(id, at);
  };
  const checkNote = (note: PfifNode, path: string, inPerson: { personId: string | undefined } | null) => {
    const values = recordProblems(note, PFIF_NOTE_SCHEMA, path, problems, inPerson);
    unique(noteIds, values.get('note_record_id'), `${path}/note_record_id`);
  };
  let persons = 0;
  let notes = 0;
  for (const child of root.children) {
    if (child.ns === PFIF_NAMESPACE && child.local === 'person') {
      const path = `pfif/person[${++persons}]`;
      const values = recordProblems(child, PFIF_PERSON_SCHEMA, path, problems, null);
      unique(personIds, values.get('person_record_id'), `${path}/person_record_id`);
      let inner = 0;
      for (const note of child.children)
        if (note.ns === PFIF_NAMESPACE && note.local === 'note')
          checkNote(note, `${path}/note[${++inner}]`, { personId: values.get('person_record_id') });
    } else if (child.ns === PFIF_NAMESPACE && child.local === 'note')
      checkNote(child, `pfif/note[${++notes}]`, null);
    else
      problems.push({
        element: `pfif/${child.local}`,
        message: 'a PFIF 1.4 document holds persons and notes',
      });
  }
  return problems;
}

/** The elements of a record that are out of the order the specification lists them in (for writers, not readers). */
export function pfifOrderProblems(root: PfifNode): PfifProblem[] {
  const problems: PfifProblem[] = [];
  const check = (node: PfifNode, rules: readonly PfifElementRule[], path: string) => {
    let last = -1;
    let notesBegun = false;
    for (const child of node.children) {
      if (child.local === 'note') {
        notesBegun = true;
        continue;
      }
      const index = rules.findIndex((r) => r.name === child.local);
      if (index < last || notesBegun)
        problems.push({ element: `${path}/${child.local}`, message: 'out of the order of PFIF 1.4 §4' });
      last = Math.max(last, index);
    }
  };
  let persons = 0;
  let notes = 0;
  for (const child of root.children) {
    if (child.local === 'person') {
      const path = `pfif/person[${++persons}]`;
      check(child, PFIF_PERSON_SCHEMA, path);
      let inner = 0;
      for (const note of child.children)
        if (note.local === 'note') check(note, PFIF_NOTE_SCHEMA, `${path}/note[${++inner}]`);
    } else if (child.local === 'note') check(child, PFIF_NOTE_SCHEMA, `pfif/note[${++notes}]`);
  }
  return problems;
}
