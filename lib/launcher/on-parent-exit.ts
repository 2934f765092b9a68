/**
 * Calls `onExit` once the process that started this one is gone. `npm start` passes
 * SIGTERM to its `sh -c` wrapper, which dies without passing it on; watching for
 * being re-parented lets the launcher still stop its servers and database cleanly.
 */
export function onParentExit(onExit: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onExit();
  }, intervalMs);
  timer.unref();
}
