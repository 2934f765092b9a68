import { randomUUID } from 'node:crypto';

/** An email no other test uses, so tests sharing a database never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.example`;
}
