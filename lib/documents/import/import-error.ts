/** A document that cannot be imported, with the HTTP status to answer and a sentence the user can act on. */
export class ImportError extends Error {
  constructor(
    public readonly status: 400 | 413 | 415 | 422,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
