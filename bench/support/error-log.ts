/** Errors seen during a benchmark, counted by message so a flood prints as one line. */
export class ErrorLog {
  private counts = new Map<string, number>();

  /** Records one error; `what` names the action, so messages group by kind. */
  add(what: string, err: unknown): void {
    const message = `${what}: ${err instanceof Error ? err.message : String(err)}`;
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  /** How many errors there were in all. */
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  /** The most frequent messages, each with its count, at most `max` of them. */
  lines(max = 20): string[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, max)
      .map(([message, n]) => `  ${n}× ${message}`);
  }
}
