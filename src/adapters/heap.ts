import v8 from 'node:v8';

const MB = 1024 * 1024;

/**
 * Keeps V8's young generation at about semi-spaces of `semiSpaceMb` (the default lets them
 * reach 16 MB each). An export builds one large plan of long-lived objects, and V8 answers
 * that by growing the young generation to its maximum, which costs 20–30 MB of peak memory on
 * a large session and buys no speed (measured by `npm run bench`). The flag that sets the
 * maximum (`--max-semi-space-size`) only works on the command line, and a `#!` line cannot
 * pass it portably (BusyBox's env has no -S), so this watches the young generation and lets it
 * grow (V8's default factor, 2) only while it is below that size. V8 may also shrink it when
 * allocation slows down; it can then grow again. Returns a function that stops watching.
 */
export function capYoungGeneration(semiSpaceMb = 4): () => void {
  let factor = 2;
  const check = (): void => {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young) return;
    const wanted = young.space_size >= 2 * semiSpaceMb * MB ? 1 : 2;
    if (wanted !== factor) {
      try {
        v8.setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
        factor = wanted;
      } catch {
        clearInterval(timer); // a runtime that refuses flags keeps V8's defaults
      }
    }
  };
  const timer = setInterval(check, 5);
  timer.unref();
  check();
  return () => clearInterval(timer);
}
