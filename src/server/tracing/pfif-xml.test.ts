import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseToPfif, PFIF_NOTE_STATUSES, type PfifPerson } from '../../domain/tracing/pfif.js';
import { type PfifNode, pfifOrderProblems, pfifSchemaProblems } from '../../domain/tracing/pfif-schema.js';
import {
  CASE_CATEGORIES,
  CASE_EVENTS,
  CASE_STATUSES,
  type CaseNote,
  type CaseStatusChange,
  type TracingCase,
} from '../../domain/tracing/types.js';
import { readPfif, readPfifTree, writePfif } from './pfif-xml.js';

const NS = 'http://zesty.ca/pfif/1.4';
const D = 'am.tracing.parley.example';

/** A document that breaks no rule of PFIF 1.4: one person with a note inside, one note outside. */
const FIELDS: Record<string, string> = {
  person_record_id: `${D}/family-1`,
  entry_date: '2020-11-20T09:00:00Z',
  expiry_date: '2031-11-20T00:00:00.5Z',
  author_name: 'Լուսինե Ավագյան',
  author_email: 'lusine@example.am',
  author_phone: '+374 (10) 55-55-55',
  source_name: 'Parley',
  source_date: '2020-11-20T09:00:00Z',
  source_url: 'https://parley.example/cases/1',
  full_name: 'Ավագյան Սուրեն',
  given_name: 'Սուրեն',
  family_name: 'Ավագյան',
  alternate_names: 'Avagyan Suren\nАвагян Сурен',
  description: 'Military, unit 1',
  sex: 'male',
  date_of_birth: '1997-05',
  age: '23-24',
  home_city: 'Hadrut',
  home_state: 'AM-ER',
  home_postal_code: '0010',
  home_country: 'AM',
  photo_url: 'http://parley.example/p.jpg',
  profile_urls: 'https://example.am/suren',
};
const NOTE: Record<string, string> = {
  note_record_id: `${D}/family-1.n1`,
  person_record_id: `${D}/family-1`,
  linked_person_record_id: `${D}/family-2`,
  entry_date: '2020-11-20T09:00:00Z',
  author_name: 'Լուսինե Ավագյան',
  author_email: 'lusine@example.am',
  author_phone: '+37410555555',
  source_date: '2020-11-20T09:00:00Z',
  author_made_contact: 'false',
  status: 'information_sought',
  email_of_found_person: 'suren@example.am',
  phone_of_found_person: '+37491000000',
  last_known_location: 'Hadrut, 39.52,46.99',
  text: 'Last called from Hadrut on 20 October',
  photo_url: 'https://parley.example/n.jpg',
};
const fields = (record: Record<string, string>, indent: string) =>
  Object.entries(record)
    .map(([name, value]) => `${indent}<pfif:${name}>${value}</pfif:${name}>`)
    .join('\n');
const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="${NS}">
  <pfif:person>
${fields(FIELDS, '    ')}
    <pfif:note>
${fields(NOTE, '      ')}
    </pfif:note>
  </pfif:person>
  <pfif:note>
${fields({ ...NOTE, note_record_id: `${D}/family-1.n2` }, '    ')}
  </pfif:note>
</pfif:pfif>`;

function problemsOf(xml: string) {
  const tree = readPfifTree(xml);
  return 'message' in tree ? [tree] : pfifSchemaProblems(tree);
}

const set = (field: string, value: string) => (xml: string) =>
  xml.replace(new RegExp(`<pfif:${field}>[^<]*</pfif:${field}>`), `<pfif:${field}>${value}</pfif:${field}>`);
const drop = (field: string) => (xml: string) =>
  xml.replace(new RegExp(`\\s*<pfif:${field}>[^<]*</pfif:${field}>`), '');
const P = 'pfif/person[1]';
const N = 'pfif/person[1]/note[1]';

describe('the PFIF 1.4 schema', () => {
  it('accepts a document using every field of PFIF 1.4, and fields in any order (§5: order is not significant)', () => {
    expect(problemsOf(VALID)).toEqual([]);
    const shuffled = VALID.replace(
      /(<pfif:person_record_id>[^<]*<\/pfif:person_record_id>)([\s\S]*?)(<pfif:profile_urls>[^<]*<\/pfif:profile_urls>)/,
      '$3$2$1',
    );
    expect(shuffled).not.toBe(VALID);
    expect(problemsOf(shuffled)).toEqual([]);
  });

  // Each rule broken once; the problem names the element at fault and says what it should be.
  const cases: [string, (xml: string) => string, string, RegExp][] = [
    ['a person without full_name', drop('full_name'), `${P}/full_name`, /^required$/],
    ['a person without person_record_id', drop('person_record_id'), `${P}/person_record_id`, /^required$/],
    ['a person with an empty source_date', set('source_date', ' '), `${P}/source_date`, /empty/],
    ['a time that is not UTC', set('entry_date', '2020-11-20T09:00:00+04:00'), `${P}/entry_date`, /UTC time/],
    ['a time on no day', set('entry_date', '2021-02-29T09:00:00Z'), `${P}/entry_date`, /no such day/],
    ['a record id without a domain', set('person_record_id', 'family-1'), `${P}/person_record_id`, /domain/],
    [
      'a record id whose domain is not one',
      set('person_record_id', 'am_/1'),
      `${P}/person_record_id`,
      /domain/,
    ],
    ['an e-mail address without @', set('author_email', 'lusine'), `${P}/author_email`, /e-mail/],
    ['a phone number in words', set('author_phone', 'ask Aram'), `${P}/author_phone`, /phone/],
    ['a URL that is a file name', set('source_url', 'photo.jpg'), `${P}/source_url`, /URL/],
    ['a sex outside the three', set('sex', 'm'), `${P}/sex`, /female, male or other/],
    ['a birth date in another form', set('date_of_birth', '05.1997'), `${P}/date_of_birth`, /YYYY-MM/],
    ['a birth month that does not exist', set('date_of_birth', '1997-13'), `${P}/date_of_birth`, /YYYY-MM/],
    ['an age in words', set('age', 'about 30'), `${P}/age`, /age/],
    ['a country in lower case', set('home_country', 'am'), `${P}/home_country`, /ISO 3166-1/],
    ['a note without text', drop('text'), `${N}/text`, /^required$/],
    [
      'a note without author_name',
      (xml) =>
        xml.replace(
          `<pfif:author_name>Լուսինե Ավագյան</pfif:author_name>\n      <pfif:author_email>`,
          '<pfif:author_email>',
        ),
      `${N}/author_name`,
      /^required$/,
    ],
    ['a status PFIF does not know', set('status', 'found'), `${N}/status`, /information_sought/],
    ['a boolean in words', set('author_made_contact', 'yes'), `${N}/author_made_contact`, /true or false/],
    [
      'a note inside a person about another person',
      (xml) =>
        xml.replace(
          `<pfif:person_record_id>${D}/family-1</pfif:person_record_id>\n      <pfif:linked`,
          `<pfif:person_record_id>${D}/family-9</pfif:person_record_id>\n      <pfif:linked`,
        ),
      `${N}/person_record_id`,
      /not the record of the person it is in/,
    ],
    [
      'a note outside a person without person_record_id',
      (xml) =>
        xml.replace(
          /(<\/pfif:person>\s*<pfif:note>[\s\S]*?)<pfif:person_record_id>[^<]*<\/pfif:person_record_id>/,
          '$1',
        ),
      'pfif/note[1]/person_record_id',
      /^required$/,
    ],
    [
      'two notes with one record id',
      (xml) => xml.replace(`${D}/family-1.n2`, `${D}/family-1.n1`),
      'pfif/note[1]/note_record_id',
      /same record id as pfif\/person\[1\]\/note\[1\]/,
    ],
    [
      'a field given twice',
      (xml) =>
        xml.replace('<pfif:sex>male</pfif:sex>', '<pfif:sex>male</pfif:sex><pfif:sex>female</pfif:sex>'),
      `${P}/sex`,
      /given twice/,
    ],
    [
      'a field PFIF 1.4 does not have',
      (xml) => xml.replace('<pfif:sex>', '<pfif:shoe_size>44</pfif:shoe_size><pfif:sex>'),
      `${P}/shoe_size`,
      /not a PFIF 1.4 person element/,
    ],
    [
      'a PFIF 1.3 field renamed in 1.4',
      (xml) => xml.replace('<pfif:sex>', '<pfif:first_name>Suren</pfif:first_name><pfif:sex>'),
      `${P}/first_name`,
      /not a PFIF 1.4 person element/,
    ],
    [
      'a field in another namespace',
      (xml) => xml.replace('<pfif:sex>', '<x:sex xmlns:x="urn:other">m</x:sex><pfif:sex>'),
      `${P}/sex`,
      /namespace/,
    ],
    [
      'a field holding elements',
      set('full_name', '<pfif:given_name>Suren</pfif:given_name>'),
      `${P}/full_name`,
      /holds elements/,
    ],
    ['a PFIF 1.2 document', (xml) => xml.replace(NS, 'http://zesty.ca/pfif/1.2'), 'pfif', /root is pfif/],
    [
      'something else at the top',
      (xml) => xml.replace('<pfif:person>', '<pfif:case/><pfif:person>'),
      'pfif/case',
      /persons and notes/,
    ],
  ];
  it.each(cases)('refuses %s, naming the element', (_name, breakIt, element, message) => {
    const broken = breakIt(VALID);
    expect(broken).not.toBe(VALID);
    const problems = problemsOf(broken);
    expect(problems.map((p) => p.element)).toContain(element);
    expect(problems.find((p) => p.element === element)?.message).toMatch(message);
  });

  it('refuses a whole document through the reader: no records come out of one with a problem', () => {
    const { doc, problems } = readPfif(set('sex', 'm')(VALID));
    expect(problems).toHaveLength(1);
    expect(doc).toEqual({ persons: [], notes: [] });
    const ok = readPfif(VALID);
    expect(ok.problems).toEqual([]);
    expect(ok.doc.persons[0]).toMatchObject({ full_name: 'Ավագյան Սուրեն', sex: 'male' });
    expect(ok.doc.persons[0].notes).toHaveLength(1);
    expect(ok.doc.notes).toHaveLength(1);
  });
});

// ——— Every document Parley exports is valid PFIF 1.4, and reads back as the records it was written from ———

const isoDay = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoTime = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Names as people type them: any script, XML's own characters, stray spaces and control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'Ավագյան',
    'Məmmədov',
    'Пашинян',
    'Tom & "Jerry" <b>',
    ' Heydər oğlu ',
    'a\r\nb',
    '\u0001x',
  ),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const nonBlank = anyText.filter((s) => s.replace(/[^\p{L}\p{N}]/gu, '') !== '');

const tracingCase: fc.Arbitrary<TracingCase> = fc.record({
  id: fc.uuid(),
  reference: fc.stringMatching(/^[A-Z]{2}-[0-9]{1,6}$/),
  openedByPartyId: fc.uuid(),
  openedBy: nonBlank,
  status: fc.constantFrom(...CASE_STATUSES),
  aliveState: fc.constant(null),
  closeReason: fc.constant(null),
  mergedIntoCaseId: fc.constant(null),
  pfifRecordId: fc.option(
    fc.stringMatching(/^[a-z0-9.-]{1,20}$/).map((s) => `${D}/${s}`),
    { nil: null },
  ),
  pfifSourceDate: optional(isoTime),
  createdAt: isoTime,
  updatedAt: isoTime,
  person: fc.record({
    givenName: optional(anyText),
    familyName: optional(anyText),
    patronymic: optional(anyText),
    fullName: nonBlank,
    sex: fc.constantFrom('m' as const, 'f' as const, null),
    birthDate: optional(
      fc.oneof(
        isoDay,
        isoDay.map((d) => d.slice(0, 7)),
        isoDay.map((d) => d.slice(0, 4)),
      ),
    ),
    birthPlace: optional(anyText),
    category: fc.constantFrom(...CASE_CATEGORIES),
    unit: optional(anyText),
    rank: optional(anyText),
  }),
  circumstances: fc.record({
    lastSeenOn: optional(isoDay),
    lastSeenPrecision: fc.constant(null),
    lastSeenPlace: optional(anyText),
    lastSeenPlacePrecision: fc.constant(null),
    note: optional(anyText),
  }),
  enquirer: fc.record({
    name: nonBlank,
    relation: anyText,
    contact: optional(anyText),
    language: fc.constantFrom('en' as const, 'ru' as const, 'hy' as const, 'az' as const),
  }),
  sharingLevel: fc.constantFrom(
    'intermediary_only' as const,
    'observers_counts' as const,
    'other_party' as const,
  ),
  expiresOn: optional(isoDay),
});
const history = (caseId: string): fc.Arbitrary<CaseStatusChange[]> =>
  fc.array(
    fc.record({
      id: fc.uuid(),
      caseId: fc.constant(caseId),
      fromStatus: fc.constantFrom(...CASE_STATUSES, null),
      toStatus: fc.constantFrom(...CASE_STATUSES),
      aliveState: fc.constant(null),
      event: fc.constantFrom(...CASE_EVENTS, 'opened' as const, 'merged' as const),
      reason: anyText,
      note: anyText,
      matchId: fc.constant(null),
      by: nonBlank,
      at: isoTime,
    }),
    { maxLength: 4 },
  );
/** Notes a case was imported with, as the import kept them (the schema had checked them). */
const importedNotes: fc.Arbitrary<CaseNote[]> = fc.array(
  fc.record({
    pfifNoteId: fc.option(
      fc.uuid().map((u) => `${D}/n-${u}`),
      { nil: null },
    ),
    authorName: nonBlank,
    text: nonBlank,
    status: fc.constantFrom(...PFIF_NOTE_STATUSES, null),
    sourceDate: isoTime,
  }),
  { maxLength: 3 },
);
// Two cases of a party never share a reference (the store's unique key), nor a PFIF record id.
const exported = fc
  .uniqueArray(tracingCase, { selector: (c) => c.reference, maxLength: 4 })
  .chain((cases) =>
    fc.tuple(
      ...cases.map((c) =>
        fc.tuple(history(c.id), importedNotes).map(([h, notes]) => caseToPfif(c, h, D, notes)),
      ),
    ),
  )
  .map((persons) =>
    persons.filter((p, i) => persons.findIndex((q) => q.person_record_id === p.person_record_id) === i),
  );

/** What a reader gets back of a value: XML keeps no control characters, and the reader trims. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function asRead<T extends Record<string, string | undefined>>(record: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    const value = typeof v === 'string' ? v.replace(NOT_XML, '').trim() : '';
    if (value !== '') out[k] = value;
  }
  return out;
}

describe('documents Parley exports (property)', () => {
  it('are valid PFIF 1.4, written in the specification’s order, and read back as the same records', () => {
    fc.assert(
      fc.property(exported, (persons: PfifPerson[]) => {
        const xml = writePfif(persons);
        const tree = readPfifTree(xml) as PfifNode;
        expect('message' in tree ? tree : null).toBeNull();
        expect(pfifSchemaProblems(tree)).toEqual([]);
        expect(pfifOrderProblems(tree)).toEqual([]);
        const { doc, problems } = readPfif(xml);
        expect(problems).toEqual([]);
        expect(doc.notes).toEqual([]);
        expect(
          doc.persons.map(({ notes, ...person }) => ({
            person: asRead(person),
            notes: notes.map((n) => asRead(n)),
          })),
        ).toEqual(
          persons.map(({ notes, ...person }) => ({
            person: asRead(person),
            notes: notes.map((n) => asRead(n)),
          })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('drops the characters XML cannot carry rather than writing a document no one can read', () => {
    const xml = writePfif([
      {
        person_record_id: `${D}/x`,
        source_date: '2020-11-20T09:00:00Z',
        full_name: 'Aram\u0001 \uD800Petrosyan',
        notes: [],
      },
    ]);
    expect(problemsOf(xml)).toEqual([]);
    expect(readPfif(xml).doc.persons[0].full_name).toBe('Aram Petrosyan');
  });

  it('the order check itself finds a field out of place (so the property above can fail)', () => {
    const tree = readPfifTree(
      VALID.replace('<pfif:sex>male</pfif:sex>', '').replace(
        '<pfif:person_record_id>',
        '<pfif:sex>male</pfif:sex><pfif:person_record_id>',
      ),
    ) as PfifNode;
    expect(pfifSchemaProblems(tree)).toEqual([]);
    expect(pfifOrderProblems(tree).map((p) => p.element)).toContain(`${P}/person_record_id`);
  });
});
