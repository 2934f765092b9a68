/** Where an export stands, for the progress line. */
export type ExportProgress =
  | { state: 'idle' }
  | { state: 'preparing' }
  | { state: 'downloading'; percent: number | null }
  | { state: 'done'; filename: string }
  | { state: 'failed'; message: string };

function filenameOf(res: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Fetches an export and saves it as a file, reporting progress: preparing (the server
 * builds it), then the download's share when its length is known. A refusal brings the
 * server's sentence; a network failure says so.
 */
export async function downloadExport(
  url: string,
  fallbackName: string,
  onProgress: (progress: ExportProgress) => void,
): Promise<void> {
  onProgress({ state: 'preparing' });
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    return onProgress({
      state: 'failed',
      message: 'The export could not reach the server. Check your connection and try again.',
    });
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    return onProgress({
      state: 'failed',
      message: body.error ?? `The export failed (HTTP ${res.status}); try again.`,
    });
  }
  const total = Number(res.headers.get('content-length')) || null;
  const reader = res.body!.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({
      state: 'downloading',
      percent: total ? Math.min(100, Math.round((received / total) * 100)) : null,
    });
  }
  const filename = filenameOf(res, fallbackName);
  const href = URL.createObjectURL(
    new Blob(chunks, { type: res.headers.get('content-type') ?? '' }),
  );
  const link = Object.assign(document.createElement('a'), { href, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  onProgress({ state: 'done', filename });
}
