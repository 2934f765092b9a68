/** About `count` words of varied prose in paragraphs, for benchmarks. */
export function words(count: number): string {
  const vocabulary =
    'the reading room had rules silence was expected and a librarian watched over everything while readers who wanted to discuss what they had read went elsewhere'.split(
      ' ',
    );
  const paragraphs: string[] = [];
  for (let w = 0, p = 0; w < count; p++) {
    const length = 40 + ((p * 37) % 80);
    paragraphs.push(
      Array.from({ length }, (_, i) => vocabulary[(w + i * 7) % vocabulary.length]).join(' ') + '.',
    );
    w += length;
  }
  return paragraphs.join('\n\n');
}
