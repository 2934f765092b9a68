/**
 * Bisection over a sorted list: the index of the first item for which `after` holds,
 * given that it holds for a suffix of the list (the list's length if for none).
 */
export function firstIndex<T>(items: ArrayLike<T>, after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
