/** Runs fn(0) ... fn(count - 1) with at most `limit` calls in flight; rejects with the first failure. */
export async function forEachLimited(count: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) await fn(next++);
  }));
}

