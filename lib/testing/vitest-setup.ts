import { inject } from 'vitest';

// Every test file talks to the run's fresh database through the normal client.
process.env.DATABASE_URL = inject('databaseUrl');
