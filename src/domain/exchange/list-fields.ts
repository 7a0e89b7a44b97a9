/**
 * The fields of a list entry: what GC III Art. 17 and 122 ask the detaining power to record (family name, given
 * names, father's name, date and place of birth, rank, unit, service number), plus the capture or disappearance
 * date and place, the place of detention and the person's category.
 */
export const LIST_FIELDS = [
  'full_name',
  'family_name',
  'given_name',
  'fathers_name',
  'sex',
  'birth_date',
  'birth_place',
  'rank',
  'unit',
  'service_number',
  'event_date',
  'event_place',
  'detention_place',
  'category',
  'source_id',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const NAME_FIELDS: readonly ListField[] = ['full_name', 'family_name', 'given_name'];
export const DATE_FIELDS: readonly ListField[] = ['birth_date', 'event_date'];

/** Which file column feeds which field; a column mapped to nothing is carried as an extra. */
export type ColumnMapping = Partial<Record<ListField, string>>;
