import v8 from 'node:v8';

/**
 * Tunes V8's heap for an export, a short run that builds one plan of long-lived entries and
 * streams files past it. V8's defaults answer that by growing the young generation to its
 * maximum (16 MB semi-spaces, 32 MB in all) and by letting the old generation fill with dead
 * objects to three or four times what is live before collecting it. So this:
 * - keeps the young generation at the size it starts with, 1 MB semi-spaces
 *   (`--semi-space-growth-factor=1`): against 4 MB semi-spaces, no slower on `npm run bench`,
 *   and 30 MB smaller on a directory of 100,000 files, whose listing (one call) makes that many
 *   survivors at once;
 * - lets the old generation grow by half of what is live between full collections
 *   (`--heap-growing-percent=50`).
 * V8 reads both as it runs. (The flags that size the heap at start-up, such as
 * `--max-semi-space-size`, are ignored once it runs and cannot go on a portable `#!` line:
 * BusyBox's env has no -S.) A runtime that refuses them keeps its defaults.
 */
export function tuneHeap(): void {
  setFlags(['--semi-space-growth-factor=1', '--heap-growing-percent=50']);
}

/**
 * Compiles each regex once, to machine code, where V8 would first compile it to bytecode, interpret it once, then
 * compile it again to machine code (`--regexp-tier-up`). The redactor holds some seventy regexes of up to 4,000
 * characters (alternations of key names and providers, case-insensitive), and even the smallest session runs most of
 * them more than once: compiling each twice cost ~28 million instructions of a 1,550 million dry run of the smallest
 * bundled session (callgrind). Redaction throughput is unchanged (`bench:redact 16 --memory`, with the flag and
 * without, three runs each: 7.6-9.5 against 7.8-9.2 MB per CPU second). V8 reads the flag when it compiles a regex:
 * the bin sets it once the parser has loaded (main.ts run). Set at the bin's first line, `--version`'s few regexes
 * cost 32M instructions more; set as the redactor is made, the parser's cost the dry run 6M more.
 */
export function tuneRegExps(): void {
  setFlags(['--no-regexp-tier-up']);
}

/** Process CPU (all threads, ms) after which V8's optimising compiler is let run again: see `deferOptimizer`. */
const OPTIMIZER_AFTER_CPU_MS = 1000;

/**
 * Holds V8's optimising compiler (TurboFan) back until the process has used `afterCpuMs` of CPU, then lets it run as
 * usual. A short command (a dry run of a small session: ~0.3 s of CPU) spends ~0.1 s of CPU on TurboFan compiling its
 * hottest functions on a background thread, code it then runs for a few milliseconds, if at all: on a two-core
 * machine that thread competes with the command itself. Interpreted and baseline code is slower per call, so a long
 * run wants TurboFan: an export of 100,000 tiny files took 19-21 s of CPU with it off throughout, against 8-9 s with
 * it on; sessions of 1,000 and 13,000 files (1.2-1.6 s of CPU) took less with it off. V8 reads the flag each time it
 * considers a function for optimisation, so functions hot by the time it is set again are optimised then. The check
 * runs on a timer that does not keep the process alive (every long loop lets the event loop turn: concurrency.ts).
 */
export function deferOptimizer(afterCpuMs = OPTIMIZER_AFTER_CPU_MS): void {
  setFlags(['--no-turbofan']);
  const timer = setInterval(() => {
    const { user, system } = process.cpuUsage();
    if (user + system < afterCpuMs * 1000) return;
    clearInterval(timer);
    setFlags(['--turbofan']);
  }, 20);
  timer.unref();
}

function setFlags(flags: readonly string[]): void {
  for (const flag of flags) {
    try {
      v8.setFlagsFromString(flag);
    } catch {
      // This runtime keeps its default.
    }
  }
}
