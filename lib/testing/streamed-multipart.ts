/**
 * A multipart/form-data body with one `file` field of `size` bytes of `fill`, produced
 * chunk by chunk as it is read, so a test can send a huge upload without holding it.
 */
export function streamedMultipart(file: { name: string; size: number; fill?: number }) {
  const boundary = `----scholia${Math.random().toString(16).slice(2)}`;
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const chunk = new Uint8Array(64 * 1024).fill(file.fill ?? 0x61);
  let left = file.size;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
      sent += head.length;
    },
    pull(controller) {
      if (left <= 0) {
        controller.enqueue(tail);
        sent += tail.length;
        controller.close();
        return;
      }
      const part = chunk.subarray(0, Math.min(chunk.length, left));
      left -= part.length;
      sent += part.length;
      controller.enqueue(part.slice());
    },
  });
  return {
    body,
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.size + tail.length,
    /** How many bytes the reader has pulled so far. */
    sent: () => sent,
  };
}
