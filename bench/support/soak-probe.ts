import { DeliveryLog } from './delivery-log';
import { ErrorLog } from './error-log';

/** What every simulated student of one phase reports to. */
export interface SoakProbe {
  log: DeliveryLog;
  errors: ErrorLog;
  /** Request times in ms, once the warm-up is over. */
  timings: { writes: number[]; reads: number[] };
  /** Whether the warm-up is over, so what happens now counts. */
  measuring: boolean;
  /** Awareness states delivered to the students, counted, not decoded. */
  awarenessStates: number;
}

/** A fresh probe; `readers` lists the students on each document. */
export function createSoakProbe(readers: ReadonlyMap<string, readonly number[]>): SoakProbe {
  return {
    log: new DeliveryLog(readers),
    errors: new ErrorLog(),
    timings: { writes: [], reads: [] },
    measuring: false,
    awarenessStates: 0,
  };
}

/** A one-paragraph comment of a few words from `text`, as editor JSON. */
export function commentBody(text: string) {
  const at = Math.floor(Math.random() * (text.length - 200));
  const words = text.slice(at, at + 40 + Math.floor(Math.random() * 160)).trim();
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
  };
}
