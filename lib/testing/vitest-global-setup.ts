import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../db/apply-migrations';
import { createScratchDatabase } from '../db/create-scratch-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database for the whole run: embedded, or on the DATABASE_URL server. */
export default async function setup(project: TestProject) {
  const scratch = await createScratchDatabase('scholia_test');
  await applyMigrations(scratch.url);
  project.provide('databaseUrl', scratch.url);
  return () => scratch.drop();
}
