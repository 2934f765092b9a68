import { describe, expect, it } from 'vitest';
import {
  checkDatabaseReachable,
  DatabaseConfigError,
  parseDatabaseUrl,
} from './check-database-url';
import { findFreePort } from '../net/find-free-port';

describe('DATABASE_URL checks', () => {
  it('explain a malformed URL in one sentence', () => {
    expect(() => parseDatabaseUrl('not a url')).toThrow(DatabaseConfigError);
    expect(() => parseDatabaseUrl('not a url')).toThrow(
      /^DATABASE_URL is not a valid URL; use the form/,
    );
  });
  it('explain a URL for another kind of database', () => {
    expect(() => parseDatabaseUrl('mysql://u@h/db')).toThrow(/must start with postgresql:\/\//);
  });
  it('accept both postgres schemes', () => {
    expect(parseDatabaseUrl('postgres://u@h/db').hostname).toBe('h');
    expect(parseDatabaseUrl('postgresql://u@h:5433/db').port).toBe('5433');
  });
  it('explain an unreachable server', async () => {
    const port = await findFreePort();
    await expect(checkDatabaseReachable(`postgresql://u@127.0.0.1:${port}/db`)).rejects.toThrow(
      new RegExp(
        `^Could not connect to the database at 127\\.0\\.0\\.1:${port} .*; check DATABASE_URL`,
      ),
    );
  });
  it('pass for the test database', async () => {
    await expect(checkDatabaseReachable(process.env.DATABASE_URL!)).resolves.toBeUndefined();
  });
});
