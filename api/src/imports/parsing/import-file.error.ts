/** A file that is not what it claims to be: says which row and column, and why. Nothing is written. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: string,
    readonly row: number | null = null,
    readonly column: string | null = null,
  ) {
    super(row === null ? problem : `Row ${row}${column ? `, column ${column}` : ''}: ${problem}`);
  }
}

/** A file refused for its size (as uploaded, or once its archive would be unpacked): a 413, not a 400. */
export class ImportFileTooLargeError extends ImportFileError {}
