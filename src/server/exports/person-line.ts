import type { ReportPerson } from '../../domain/exchange/discrepancy-report.js';
import { readerScript, transliterateName } from '../../engine/index.js';
import { type ExportLanguage, exportDate, exportLabels } from './export-labels.js';

/** A person on an export: the name as written, its transliteration into the reader's script, birth date, list ids. */
export interface ExportPerson {
  name: string;
  birthDate: string | null;
  listIds: string[];
  /** The rows of the list that are this person, when it names them more than once (counted once). */
  duplicateRows?: number[];
}

/** "listed more than once, rows 2, 7" for a person a list names twice or more; null otherwise. */
export function duplicateNote(person: ExportPerson, language: ExportLanguage): string | null {
  const rows = person.duplicateRows ?? [];
  return rows.length > 1 ? `${exportLabels(language).duplicateRows} ${rows.join(', ')}` : null;
}

/** The transliteration of a name for a reader of `language`, or null when the name is already in that script. */
export function exportTransliteration(name: string, language: ExportLanguage): string | null {
  const reading = transliterateName(name, readerScript(language));
  return reading === name ? null : reading;
}

/** One line of a list of persons: `Արամ Պետրոսյան (Aram Petrosyan) — born 14 March 1999 — list no. AM-1`. */
export function personLine(person: ExportPerson, language: ExportLanguage): string {
  const t = exportLabels(language);
  const reading = exportTransliteration(person.name, language);
  return [
    reading ? `${person.name} (${reading})` : person.name,
    person.birthDate ? `${t.born} ${exportDate(person.birthDate, language)}` : null,
    person.listIds.length > 0 ? `${t.listId} ${person.listIds.join(', ')}` : null,
    duplicateNote(person, language),
  ]
    .filter(Boolean)
    .join(' — ');
}

/** A report's persons as export persons; a report published before persons were kept gives its names alone. */
export function reportPersons(group: { names: string[]; persons?: ReportPerson[] }): ExportPerson[] {
  return (
    group.persons?.map((p) => ({
      name: p.name,
      birthDate: p.birthDate,
      listIds: p.listId ? [p.listId] : [],
      duplicateRows: p.duplicate ? p.rows : [],
    })) ?? group.names.map((name) => ({ name, birthDate: null, listIds: [] }))
  );
}
