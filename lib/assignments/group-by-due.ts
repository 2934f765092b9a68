const WEEK = 7 * 86_400_000;

/** One heading of the assignments page and what falls under it. */
export interface DueGroup<T> {
  label: string;
  items: T[];
}

/**
 * Sorts assignments (given soonest due first) under headings a student works from:
 * what is due this week, later, with no due date, what is past (latest first), and
 * last the assignments of archived courses. Empty headings are left out.
 */
export function groupByDue<T extends { dueAt: string | null; archived: boolean }>(
  items: T[],
  now: Date,
): DueGroup<T>[] {
  const groups: DueGroup<T>[] = [
    { label: 'Due this week', items: [] },
    { label: 'Due later', items: [] },
    { label: 'No due date', items: [] },
    { label: 'Past due date', items: [] },
    { label: 'Archived courses', items: [] },
  ];
  for (const item of items) {
    const due = item.dueAt ? new Date(item.dueAt).getTime() - now.getTime() : null;
    const at = item.archived ? 4 : due === null ? 2 : due < 0 ? 3 : due <= WEEK ? 0 : 1;
    groups[at]!.items.push(item);
  }
  groups[3]!.items.reverse();
  return groups.filter((g) => g.items.length > 0);
}
