/** Input the CLI cannot take: reported as one message naming file, row and column; exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    const where = [row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column "${column}"`]
      .filter(Boolean)
      .join(', ');
    super(`${file}${where ? `: ${where}` : ''}: ${detail}`);
    this.name = 'InputError';
  }
}
