/**
 * Returns as an HXL-tagged table (Humanitarian Exchange Language): a header row for people, then the hashtag
 * row that machines read, then the data.
 */
export const RETURNS_HXL_COLUMNS = [
  { header: 'Date', tag: '#date' },
  { header: 'Region', tag: '#adm1+name' },
  { header: 'Settlement', tag: '#loc+name' },
  { header: 'Origin', tag: '#loc+name+origin' },
  { header: 'Returnees (individuals)', tag: '#affected+returnees+ind' },
  { header: 'Returnees (households)', tag: '#affected+returnees+hh' },
  { header: 'Source', tag: '#meta+source' },
] as const;

export interface ReturnsHxlRow {
  date: string;
  region: string;
  settlement: string;
  origin: string;
  individuals: number;
  households: number | null;
  source: string;
}

export function returnsHxlTable(rows: readonly ReturnsHxlRow[]): (string | number)[][] {
  return [
    RETURNS_HXL_COLUMNS.map((column) => column.header),
    RETURNS_HXL_COLUMNS.map((column) => column.tag),
    ...rows.map((row) => [
      row.date,
      row.region,
      row.settlement,
      row.origin,
      row.individuals,
      row.households ?? '',
      row.source,
    ]),
  ];
}
