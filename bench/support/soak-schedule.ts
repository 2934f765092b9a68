/** What a simulated student does; each kind of action runs on its own timer. */
export interface StudentActions {
  read: () => Promise<void>;
  post: () => Promise<void>;
  reply: () => Promise<void>;
  move: () => void;
}

type Kind = keyof StudentActions;

/**
 * Seconds between one student's actions of each kind, drawn uniformly from [min, max]:
 * a reader in a live session reloads the margin about once a minute, writes a note
 * every 30 to 60 s and a reply about as often, and moves the selection every few seconds.
 */
export const SOAK_RATES: Record<Kind, readonly [number, number]> = {
  read: [40, 80],
  post: [30, 60],
  reply: [40, 80],
  move: [2, 4],
};

/**
 * Runs every student's actions on their own timers, the first of each at a random point
 * in its interval so a class does not act in step. Actions report their own errors and
 * never reject. `stop` clears the timers and waits for the requests still in flight.
 */
export function startSchedule(students: StudentActions[]) {
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  const counts: Record<Kind, number> = { read: 0, post: 0, reply: 0, move: 0 };
  let stopped = false;
  const every = (kind: Kind, act: () => Promise<void> | void, delayS: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      counts[kind]++;
      const done: Promise<void> = Promise.resolve(act()).finally(() => inFlight.delete(done));
      inFlight.add(done);
      const [min, max] = SOAK_RATES[kind];
      every(kind, act, min + Math.random() * (max - min));
    }, delayS * 1000);
    timers.add(timer);
  };
  for (const student of students)
    for (const kind of Object.keys(SOAK_RATES) as Kind[])
      every(kind, () => student[kind](), Math.random() * SOAK_RATES[kind][1]);
  return {
    counts,
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(inFlight);
    },
  };
}
