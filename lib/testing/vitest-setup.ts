import { inject } from 'vitest';

// Every test file talks to the run's fresh database through the normal client.
process.env.DATABASE_URL = inject('databaseUrl');
// The secret the app always runs with (the launcher makes one): tokens and pseudonyms sign with it.
process.env.NEXTAUTH_SECRET ??= 'vitest-secret';
