import WebSocket from 'ws';

const INSPECTOR = 'http://127.0.0.1:9229';

async function inspectorUrl(pid: number): Promise<string> {
  process.kill(pid, 'SIGUSR1');
  for (let i = 0; i < 50; i++) {
    const list = await fetch(`${INSPECTOR}/json/list`)
      .then((r) => r.json() as Promise<{ webSocketDebuggerUrl: string }[]>)
      .catch(() => []);
    if (list[0]) return list[0].webSocketDebuggerUrl;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The inspector of process ${pid} did not open on ${INSPECTOR}.`);
}

/** What a process holds after a full garbage collection, in bytes. */
export interface MemoryAfterGc {
  /** Live JavaScript objects. */
  heapUsed: number;
  /** Memory held outside the heap for JavaScript objects: Buffers, WebAssembly memory. */
  external: number;
  rss: number;
}

/**
 * What another Node process holds after a full garbage collection, through the
 * inspector that SIGUSR1 opens (on 127.0.0.1:9229), which is closed again after. RSS
 * alone cannot tell a leak from V8 or WebAssembly keeping more room for a larger working
 * set; this can.
 */
export async function memoryAfterGc(pid: number): Promise<MemoryAfterGc> {
  const socket = new WebSocket(await inspectorUrl(pid));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 0;
  const send = (method: string, params: object = {}) =>
    new Promise<{ result?: { value?: string } }>((resolve) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result: object };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        resolve(message.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await send('HeapProfiler.collectGarbage');
    const { result } = await send('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    });
    const usage = JSON.parse(result!.value!) as NodeJS.MemoryUsage;
    return { heapUsed: usage.heapUsed, external: usage.external, rss: usage.rss };
  } finally {
    // Frees the port for the next process; the console's `require` works in ESM too.
    socket.send(
      JSON.stringify({
        id: ++next,
        method: 'Runtime.evaluate',
        params: { expression: "require('node:inspector').close()", includeCommandLineAPI: true },
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    socket.close();
  }
}
