import { describe, expect, it } from 'vitest';
import { dueInWords } from './due-in-words';

const now = new Date('2030-03-01T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('dueInWords', () => {
  it('counts minutes, then hours up to two days, then days, either way', () => {
    expect(dueInWords(at(5 * 60_000), now)).toBe('Due in 5 minutes');
    expect(dueInWords(at(3 * 3_600_000), now)).toBe('Due in 3 hours');
    expect(dueInWords(at(47 * 3_600_000), now)).toBe('Due in 47 hours');
    expect(dueInWords(at(3 * 86_400_000), now)).toBe('Due in 3 days');
    expect(dueInWords(at(-2 * 3_600_000), now)).toBe('Was due 2 hours ago');
    expect(dueInWords(at(-10 * 86_400_000), now)).toBe('Was due 10 days ago');
  });
});
