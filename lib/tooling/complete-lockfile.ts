/** One package-lock.json entry, as far as this module reads it. */
interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

/** The `packages` map of a package-lock.json (lockfile version 3). */
export type LockPackages = Record<string, LockEntry>;

const PLATFORM =
  /-(android|darwin|freebsd|linux|win32|openbsd|openharmony|sunos|aix|wasm32)-?([a-z0-9]+?)?(?:-?(gnu|musl|gnueabihf|musleabihf|msvc|wasi|eabi))?$/;

/** The os, cpu and libc a platform-specific package name such as `swc-linux-x64-musl` targets. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const m = PLATFORM.exec(name);
  if (!m) return {};
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return {
    os: [os!],
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(abi?.startsWith('musl')
      ? { libc: ['musl'] }
      : abi === 'gnu' || abi === 'gnueabihf'
        ? { libc: ['glibc'] }
        : {}),
  };
}

/**
 * Adds an entry for every optional dependency the lockfile names but does not hold.
 * The registry reachable here serves only this platform's builds of packages such as
 * `@next/swc-*`, so npm leaves the others out, and `npm ci` then rejects the lockfile
 * as out of sync. npm skips entries for other platforms without fetching them.
 */
export function completeLockfile(packages: LockPackages): {
  packages: LockPackages;
  added: string[];
} {
  const result: LockPackages = { ...packages };
  const added: string[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${key ? `${key}/` : ''}node_modules/${dep}`;
      const hoisted = `node_modules/${dep}`;
      if (result[nested] || result[hoisted] || !/^\d/.test(spec)) continue;
      result[hoisted] = { version: spec, optional: true, ...platformOf(dep) };
      added.push(dep);
    }
  }
  const sorted = Object.keys(result).sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );
  return { packages: Object.fromEntries(sorted.map((k) => [k, result[k]!])), added };
}
