import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLockfile, platformOf, type LockPackages } from './complete-lockfile';

describe('platformOf', () => {
  it('reads os, cpu and libc from platform package names', () => {
    expect(platformOf('@next/swc-darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@next/swc-linux-x64-musl')).toEqual({
      os: ['linux'],
      cpu: ['x64'],
      libc: ['musl'],
    });
    expect(platformOf('@x/binding-linux-arm-musleabihf')).toEqual({
      os: ['linux'],
      cpu: ['arm'],
      libc: ['musl'],
    });
    expect(platformOf('@tailwindcss/oxide-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
    expect(platformOf('left-pad')).toEqual({});
  });
});

describe('completeLockfile', () => {
  it('adds missing exact-version optional dependencies and leaves present ones alone', () => {
    const packages: LockPackages = {
      '': {},
      'node_modules/next': {
        version: '1.0.0',
        optionalDependencies: { '@next/swc-darwin-x64': '1.0.0', sharp: '^0.3.0' },
      },
      'node_modules/sharp': { version: '0.3.1' },
    };
    const { packages: out, added } = completeLockfile(packages);
    expect(added).toEqual(['@next/swc-darwin-x64']);
    expect(out['node_modules/@next/swc-darwin-x64']).toEqual({
      version: '1.0.0',
      optional: true,
      os: ['darwin'],
      cpu: ['x64'],
    });
    expect(completeLockfile(out).added).toEqual([]);
  });

  it('has nothing left to add to the committed lockfile (npm ci would reject it)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: LockPackages;
    };
    expect(completeLockfile(lock.packages).added).toEqual([]);
  });
});
