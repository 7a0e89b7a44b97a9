import { SaxesParser } from 'saxes';
import {
  PFIF_NAMESPACE,
  PFIF_NOTE_FIELDS,
  PFIF_PERSON_FIELDS,
  type PfifDocument,
  type PfifNote,
  type PfifPerson,
  type PfifProblem,
} from '../../domain/tracing/pfif.js';

interface XmlElement {
  ns: string;
  local: string;
  children: XmlElement[];
  text: string;
}

/** The document as a tree of elements (namespaces resolved), or the parser's complaint. */
function readTree(xml: string): XmlElement | PfifProblem {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: PfifProblem | null = null;
  parser.on('error', (error) => {
    failure ??= { element: '/', message: `not well-formed XML: ${error.message}` };
  });
  parser.on('doctype', () => {
    failure ??= { element: '/', message: 'a DOCTYPE is not accepted' };
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { ns: tag.uri ?? '', local: tag.local ?? tag.name, children: [], text: '' };
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

function readFields<F extends string>(
  element: XmlElement,
  fields: readonly F[],
  path: string,
  problems: PfifProblem[],
  nested: (child: XmlElement, index: number) => void = () => undefined,
): Partial<Record<F, string>> {
  const record: Partial<Record<F, string>> = {};
  let notes = 0;
  for (const child of element.children) {
    if (child.ns !== PFIF_NAMESPACE) {
      problems.push({
        element: `${path}/${child.local}`,
        message: `not in the PFIF 1.4 namespace (${PFIF_NAMESPACE})`,
      });
      continue;
    }
    if (child.local === 'note' && element.local === 'person') {
      nested(child, ++notes);
      continue;
    }
    if (!(fields as readonly string[]).includes(child.local)) {
      problems.push({
        element: `${path}/${child.local}`,
        message: `not a PFIF 1.4 ${element.local} element`,
      });
      continue;
    }
    if (child.children.length > 0)
      problems.push({ element: `${path}/${child.local}`, message: 'holds elements, not text' });
    const value = child.text.trim();
    if (value !== '') record[child.local as F] = value;
  }
  return record;
}

/** Reads a PFIF 1.4 document (persons with their notes, and notes on their own); every element at fault named. */
export function readPfif(xml: string): { doc: PfifDocument; problems: PfifProblem[] } {
  const empty: PfifDocument = { persons: [], notes: [] };
  const root = readTree(xml);
  if ('message' in root) return { doc: empty, problems: [root] };
  if (root.local !== 'pfif' || root.ns !== PFIF_NAMESPACE)
    return {
      doc: empty,
      problems: [
        { element: root.local, message: `not a PFIF 1.4 document: the root is pfif in ${PFIF_NAMESPACE}` },
      ],
    };
  const problems: PfifProblem[] = [];
  const doc: PfifDocument = { persons: [], notes: [] };
  for (const child of root.children) {
    if (child.ns === PFIF_NAMESPACE && child.local === 'person') {
      const path = `pfif/person[${doc.persons.length + 1}]`;
      const notes: PfifNote[] = [];
      const fields = readFields(child, PFIF_PERSON_FIELDS, path, problems, (note, index) =>
        notes.push(readFields(note, PFIF_NOTE_FIELDS, `${path}/note[${index}]`, problems)),
      );
      doc.persons.push({ ...fields, notes });
    } else if (child.ns === PFIF_NAMESPACE && child.local === 'note')
      doc.notes.push(readFields(child, PFIF_NOTE_FIELDS, `pfif/note[${doc.notes.length + 1}]`, problems));
    else
      problems.push({
        element: `pfif/${child.local}`,
        message: 'a PFIF 1.4 document holds persons and notes',
      });
  }
  return { doc, problems };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
