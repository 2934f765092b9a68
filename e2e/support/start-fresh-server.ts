/** The e2e web server: `npm start` on an emptied data folder, so every run starts fresh. */
import { rm } from 'node:fs/promises';
import { dataDir } from '../../lib/config/data-dir';
import { findFreePort } from '../../lib/net/find-free-port';

await rm(dataDir(), { recursive: true, force: true });
process.env.COLLAB_PORT ??= String(await findFreePort());
await import('../../scripts/start');
