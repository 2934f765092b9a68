import path from 'node:path';

/** Where the embedded database and local secrets live: SCHOLIA_DATA_DIR, or ./.data. */
export function dataDir(): string {
  return path.resolve(process.env.SCHOLIA_DATA_DIR ?? '.data');
}
