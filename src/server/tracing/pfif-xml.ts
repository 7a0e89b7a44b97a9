import { SaxesParser } from 'saxes';
import {
  PFIF_NAMESPACE,
  PFIF_NOTE_FIELDS,
  PFIF_PERSON_FIELDS,
  type PfifDocument,
  type PfifPerson,
  type PfifProblem,
} from '../../domain/tracing/pfif.js';
import { type PfifNode, pfifSchemaProblems } from '../../domain/tracing/pfif-schema.js';

/** The document as a tree of elements (namespaces resolved), or the parser's complaint. */
export function readPfifTree(xml: string): PfifNode | PfifProblem {
  const parser = new SaxesParser({ xmlns: true });
  const stack: PfifNode[] = [];
  let root: PfifNode | null = null;
  let failure: PfifProblem | null = null;
  parser.on('error', (error) => {
    failure ??= { element: '/', message: `not well-formed XML: ${error.message}` };
  });
  parser.on('doctype', () => {
    failure ??= { element: '/', message: 'a DOCTYPE is not accepted' };
  });
  parser.on('opentag', (tag) => {
    const element: PfifNode = { ns: tag.uri ?? '', local: tag.local ?? tag.name, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    if (!root) root = element;
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= { element: '/', message: `not well-formed XML: ${(error as Error).message}` };
  }
  if (failure) return failure;
  return root ?? { element: '/', message: 'no root element' };
}

/** A record's fields as plain text (the schema has checked them), notes read apart. */
function fieldsOf<F extends string>(node: PfifNode, fields: readonly F[]): Partial<Record<F, string>> {
  const record: Partial<Record<F, string>> = {};
  for (const child of node.children) {
    const value = child.text.trim();
    if ((fields as readonly string[]).includes(child.local) && value !== '') record[child.local as F] = value;
  }
  return record;
}

/**
 * Reads a PFIF 1.4 document (persons with their notes, and notes on their own), checked against the one schema
 * (`pfifSchemaProblems`): every element at fault named, and no records when there is any.
 */
export function readPfif(xml: string): { doc: PfifDocument; problems: PfifProblem[] } {
  const doc: PfifDocument = { persons: [], notes: [] };
  const root = readPfifTree(xml);
  if ('message' in root) return { doc, problems: [root] };
  const problems = pfifSchemaProblems(root);
  if (problems.length > 0) return { doc, problems };
  for (const child of root.children) {
    if (child.local === 'person') {
      const notes = child.children
        .filter((c) => c.local === 'note')
        .map((note) => fieldsOf(note, PFIF_NOTE_FIELDS));
      doc.persons.push({ ...fieldsOf(child, PFIF_PERSON_FIELDS), notes });
    } else doc.notes.push(fieldsOf(child, PFIF_NOTE_FIELDS));
  }
  return { doc, problems };
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates): dropped, as Person Finder's writer does. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');

function writeFields<F extends string>(
  record: Partial<Record<F, string>>,
  fields: readonly F[],
  indent: string,
): string {
  return fields
    .filter((f) => record[f] !== undefined && record[f] !== '')
    .map((f) => `${indent}<pfif:${f}>${escapeXml(record[f] as string)}</pfif:${f}>\n`)
    .join('');
}

/** A PFIF 1.4 document: each person with its notes inside it, fields in the schema's order. */
export function writePfif(persons: readonly PfifPerson[]): string {
  let xml = `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${PFIF_NAMESPACE}">\n`;
  for (const person of persons) {
    xml += '  <pfif:person>\n';
    xml += writeFields(person, PFIF_PERSON_FIELDS, '    ');
    for (const note of person.notes)
      xml += `    <pfif:note>\n${writeFields(note, PFIF_NOTE_FIELDS, '      ')}    </pfif:note>\n`;
    xml += '  </pfif:person>\n';
  }
  return `${xml}</pfif:pfif>\n`;
}
