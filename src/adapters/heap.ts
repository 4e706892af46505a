import v8 from 'node:v8';

const MB = 1024 * 1024;

/**
 * Tunes V8's heap for an export, a short run that builds one large plan of long-lived objects
 * and streams files past it. V8's defaults answer that by growing the young generation to its
 * maximum (16 MB semi-spaces) and by letting the old generation fill with dead objects to three
 * or four times what is live before collecting it: 50–90 MB of peak memory on a large session,
 * for no speed (measured by `npm run bench`). So this:
 * - lets the old generation grow by half of what is live between full collections
 *   (`--heap-growing-percent=50`);
 * - watches the young generation and lets it grow (V8's default factor, 2) only while its
 *   semi-spaces are below `semiSpaceMb` (V8 may shrink it when allocation slows; it can then
 *   grow again).
 * The flags that would fix these at start-up (`--max-semi-space-size`) only work on the
 * command line, which a `#!` line cannot pass portably (BusyBox's env has no -S); these two are
 * read by V8 as it runs. A runtime that refuses them keeps its defaults. The watch is a timer
 * (every 5 ms): on a loaded machine a late check can let the young generation grow one step
 * past the cap. Returns a function that stops watching.
 */
export function tuneHeap(semiSpaceMb = 4): () => void {
  const setFlag = (flag: string): boolean => {
    try {
      v8.setFlagsFromString(flag);
      return true;
    } catch {
      return false;
    }
  };
  if (!setFlag('--heap-growing-percent=50')) return () => {};
  let factor = 2;
  const check = (): void => {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young) return;
    const wanted = young.space_size >= 2 * semiSpaceMb * MB ? 1 : 2;
    if (wanted !== factor && setFlag(`--semi-space-growth-factor=${wanted}`)) factor = wanted;
  };
  const timer = setInterval(check, 5);
  timer.unref();
  check();
  return () => clearInterval(timer);
}
