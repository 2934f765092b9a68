import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { migrationAdapterFactory } from './migration-adapter-factory';

/** The WebAssembly schema engine, with the methods lib/db uses. */
export type SchemaEngine = Awaited<ReturnType<typeof engineModule.SchemaEngine.new>>;

let wasmReady: Promise<void> | undefined;

// The engine reports a Rust panic through this global before it traps; keep the
// message so the caller sees why instead of a bare "unreachable".
const panicRegistry = {
  message: '',
  set_message(message: string) {
    panicRegistry.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY =
  panicRegistry;

/** The last panic message the engine reported, if any. */
export function lastEnginePanic(): string {
  return panicRegistry.message;
}

/**
 * Instantiates the engine's WebAssembly once per process. The package's own entry
 * imports the .wasm as an ES module, which Node refuses, so we wire it up by hand.
 */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': engineModule as unknown as WebAssembly.ModuleImports,
    });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/** Opens a schema engine connected to `connectionString`, with `datamodel` as its schema. */
export async function openSchemaEngine(options: {
  connectionString: string;
  datamodel: string;
}): Promise<SchemaEngine> {
  await loadWasm();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(
    migrationAdapterFactory(options.connectionString),
  );
  return engineModule.SchemaEngine.new(
    { datamodels: [['schema.prisma', options.datamodel]] },
    () => {},
    adapterFactory,
  );
}
