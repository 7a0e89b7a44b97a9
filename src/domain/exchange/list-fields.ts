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

/**
 * The longest value each field takes, in characters: a name of 300 is already generous (the longest names with
 * patronymics and honorifics run to about 100), other fields as long as their content can be. A longer value
 * refuses its row at import, naming the row and the field, so that no report or export meets a megabyte name.
 */
export const FIELD_MAX_CHARS: Readonly<Record<ListField, number>> = {
  full_name: 300,
  family_name: 300,
  given_name: 300,
  fathers_name: 300,
  sex: 40,
  birth_date: 40,
  birth_place: 300,
  rank: 200,
  unit: 300,
  service_number: 100,
  event_date: 40,
  event_place: 300,
  detention_place: 300,
  category: 100,
  source_id: 200,
};
