/**
 * An error a user can act on: an HTTP status and a sentence that says what is wrong
 * and what to do. Domain functions throw these; route glue turns them into responses.
 */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The thing does not exist, or the actor may not know it does. */
export class NotFoundError extends AppError {
  constructor(message = 'That document does not exist, or you do not have access to it.') {
    super(404, message);
  }
}

/** The actor can see the thing but may not do this to it. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(403, message);
  }
}

/** What a refused write on an archived course's document says. */
export const ARCHIVED_MESSAGE =
  'This course is archived, so its documents and notes are read-only.';

/** The request is well-formed but conflicts with the current state. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, message);
  }
}

/** The input is invalid. */
export class ValidationError extends AppError {
  constructor(message: string) {
    super(400, message);
  }
}
