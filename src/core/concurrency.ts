/** Runs fn(0) ... fn(count - 1) with at most `limit` calls in flight; rejects with the first failure. */
export async function forEachLimited(count: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

/** Milliseconds on a monotonic clock (`performance.now()` would load perf_hooks, ~1 ms of every command's start). */
const nowMs = (): number => {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
};

/**
 * A yielder, to call in a long loop: it returns a promise (to await) once `everyMs` have passed
 * since the event loop last had a turn, else undefined. Synchronous reads resolve their awaits as
 * microtasks, which never let the loop turn: without this, a Ctrl-C (and any timer) would wait
 * for the whole loop to end.
 */
export function yielder(everyMs = 10): () => Promise<void> | undefined {
  let last = nowMs();
  return () => {
    const now = nowMs();
    if (now - last < everyMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = nowMs();
        resolve();
      }),
    );
  };
}

/**
 * Runs task(0) ... task(count - 1), `limit` at a time. After a failure no task starts, and the
 * failure is thrown only once every running task has ended (nothing is still writing when the
 * caller cleans up).
 */
export async function eachUntilFailure(
  count: number,
  limit: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (!failure && next < count) {
        const i = next++;
        try {
          await task(i);
        } catch (err) {
          failure ??= { err };
        }
      }
    }),
  );
  if (failure) throw failure.err;
}

/** A gate: the function it returns runs at most `n` of the calls given to it at once; the others wait their turn. */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next waiter (active stays the same), or is freed.
      const nextUp = waiting.shift();
      if (nextUp) nextUp();
      else active--;
    }
  };
}
