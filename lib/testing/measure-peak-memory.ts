const MB = 1024 * 1024;

/** How far memory rose while something ran, in MB above the resident size before it. */
export interface MemoryPeak<T> {
  result: T;
  /** Peak resident set size growth: sampled, and the kernel's high-water mark when it rose. */
  rssGrowthMb: number;
  /** Peak growth of the V8 heap plus memory outside it (Buffers, ArrayBuffers). */
  heapGrowthMb: number;
}

/**
 * Runs `run` while sampling this process's memory every few milliseconds, and reports the
 * peak growth over what it held before. The kernel's own peak (maxRSS) covers the moments
 * between samples, such as a long synchronous inflate.
 */
export async function measurePeakMemory<T>(run: () => Promise<T>): Promise<MemoryPeak<T>> {
  const heap = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external + usage.arrayBuffers;
  };
  const before = process.memoryUsage().rss;
  const heapBefore = heap();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let peak = before;
  let heapPeak = heapBefore;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    heapPeak = Math.max(heapPeak, heap());
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await run();
    sample();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    if (maxRss > maxRssBefore) peak = Math.max(peak, maxRss);
    return {
      result,
      rssGrowthMb: Math.round((peak - before) / MB),
      heapGrowthMb: Math.round((heapPeak - heapBefore) / MB),
    };
  } finally {
    clearInterval(timer);
  }
}
