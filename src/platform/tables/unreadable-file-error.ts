/** A file that cannot be taken as a table at all; `row` and `cell` say where when one place is at fault. */
export class UnreadableFileError extends Error {
  readonly kind: 'file-type' | 'empty-file' | 'merged-cells' | 'bad-header' | 'bad-row' | 'too-large';
  readonly row?: number;
  readonly cell?: string;
  constructor(
    kind: UnreadableFileError['kind'],
    message: string,
    where: { row?: number; cell?: string } = {},
  ) {
    super(message);
    this.name = 'UnreadableFileError';
    this.kind = kind;
    this.row = where.row;
    this.cell = where.cell;
  }
}
