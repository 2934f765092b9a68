import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Files under `dir` whose name is `name`, as paths from the project root. */
function find(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return find(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** The URL pattern of a route file: `app/api/v1/x/[id]/route.ts` → `/api/v1/x/[id]`. */
function routePath(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/**
 * Every route handler in the app, as "METHOD /pattern" (dynamic segments in brackets),
 * read from the exports of each `app/**\/route.ts`: `export const POST`, `export async
 * function GET`, and `export { handler as GET }`.
 */
export function listRouteHandlers(root = process.cwd()): string[] {
  return find(path.join(root, 'app'), 'route.ts').flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const named = [
      ...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+([A-Z]+)\b/g),
    ].map((m) => m[1]!);
    const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      m[1]!.split(',').map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      ),
    );
    return [...named, ...renamed]
      .filter((name) => METHODS.includes(name))
      .map((method) => `${method} ${routePath(path.relative(root, file))}`);
  });
}

/** A server action in the production build: its id, and the pages that can run it. */
export interface ServerAction {
  /** "app/settings/actions.ts#createTokenAction" */
  name: string;
  id: string;
  /** App Router entries, such as "app/settings/page". */
  pages: string[];
}

/**
 * Every server action Next compiled into the build in `.next`, from its server
 * reference manifest: whatever file declares it, so an action outside `actions.ts`
 * files is listed too.
 */
export function listServerActions(root = process.cwd()): ServerAction[] {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { filename: string; exportedName: string; workers: object }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    name: `${entry.filename}#${entry.exportedName}`,
    id,
    pages: Object.keys(entry.workers),
  }));
}
