import { describe, expect, it } from 'vitest';
import { groupByDue } from './group-by-due';

const now = new Date('2030-03-01T12:00:00Z');
const item = (id: string, days: number | null, archived = false) => ({
  id,
  dueAt: days === null ? null : new Date(now.getTime() + days * 86_400_000).toISOString(),
  archived,
});

describe('groupByDue', () => {
  it('puts this week first, the past after the undated (latest first), and archived courses last', () => {
    const groups = groupByDue(
      [
        item('long-past', -9),
        item('old-course', -1, true),
        item('past', -1),
        item('tomorrow', 1),
        item('next-month', 30),
        item('undated', null),
      ],
      now,
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Due this week', ['tomorrow']],
      ['Due later', ['next-month']],
      ['No due date', ['undated']],
      ['Past due date', ['past', 'long-past']],
      ['Archived courses', ['old-course']],
    ]);
  });

  it('leaves out empty headings', () => {
    expect(groupByDue([item('undated', null)], now).map((g) => g.label)).toEqual(['No due date']);
  });
});
