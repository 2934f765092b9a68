/**
 * Reads a request body up to `limit` bytes and stops reading (calling `tooLarge`, which
 * throws) as soon as it passes it, so a body that does not state its length, or lies
 * about it, is never buffered whole.
 */
export async function readBodyWithin(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
  tooLarge: () => never,
): Promise<Buffer<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.length;
    if (size > limit) {
      await reader!.cancel();
      tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
