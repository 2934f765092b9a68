import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * What this process still holds after a full garbage collection, in MB: the V8 heap plus
 * memory outside it (Buffers, such as frames a server keeps queued).
 */
export function memoryAfterGcMb(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return Math.round((usage.heapUsed + usage.external) / (1024 * 1024));
}
