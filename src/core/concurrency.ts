/** Runs fn(0) ... fn(count - 1) with at most `limit` calls in flight; rejects with the first failure. */
export async function forEachLimited(count: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

/**
 * A yielder, to call in a long loop: it returns a promise (to await) once `everyMs` have passed
 * since the event loop last had a turn, else undefined. Synchronous reads resolve their awaits as
 * microtasks, which never let the loop turn: without this, a Ctrl-C (and any timer) would wait
 * for the whole loop to end.
 */
export function yielder(everyMs = 10): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < everyMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}
