/** What the server answered to an import. */
export type UploadResult = { ok: true; id: string } | { ok: false; error: string };

/**
 * POSTs an import to the JSON API with XMLHttpRequest, which, unlike fetch, reports
 * upload progress. `onProgress` gets 0..1 while uploading, then null while the server
 * processes the file.
 */
export function uploadDocument(
  body: FormData | string,
  onProgress: (fraction: number | null) => void,
) {
  return new Promise<UploadResult>((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/documents');
    if (typeof body === 'string') xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onload = () => {
      let json: { id?: string; error?: string } = {};
      try {
        json = JSON.parse(xhr.responseText) as typeof json;
      } catch {
        // An HTML error page: fall through to the generic message.
      }
      if (xhr.status === 201 && json.id) resolve({ ok: true, id: json.id });
      else
        resolve({
          ok: false,
          error: json.error ?? `The import failed (HTTP ${xhr.status}); try again.`,
        });
    };
    xhr.onerror = () =>
      resolve({
        ok: false,
        error: 'The connection failed during the upload; check it and try again.',
      });
    xhr.send(body);
  });
}
