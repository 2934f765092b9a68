/** The e2e web server: `npm start` on an emptied data folder, so every run starts fresh. */
import { rm } from 'node:fs/promises';
import { dataDir } from '../../lib/config/data-dir';

await rm(dataDir(), { recursive: true, force: true });
await import('../../scripts/start');
