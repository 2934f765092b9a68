/** Polls `url` until it answers with any status below 500, or throws after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  timeoutMs: number,
  isAborted: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isAborted()) throw new Error('Stopped while waiting for the server.');
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status > 0 && status < 500) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server at ${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
}
