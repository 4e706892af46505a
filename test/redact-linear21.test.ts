/**
 * Runs of dots and command lines repeated (round 21). A run of `.` is a mark (`...`, masks.ts) every three characters,
 * and each mark walked 120 characters back for the key it might end (0.7 s of CPU per MiB of dots); a line of
 * `--password x` read the gap before each value with the id-noun regexes (context.ts) before the value's own cheap
 * tests refused it. Each unit repeated to 64 KiB and to 1 MiB in a child process: 16 times the text costs at most 32
 * times the CPU (linear is 16), and 1 MiB stays under a cap about 3 times what it costs alone on an idle machine.
 */
import { describe, it } from 'node:test';
import { assertSixteenTimesLinear } from './helpers/child-timer.js';

/**
 * Units, and the CPU cap for 1 MiB of each (ms). Alone at load 8 (child process, best of two): `.` 1,087 ms before,
 * 174 now; `..` 780, 172 (`....x`, a word's mark, is
 * still ~0.7 s: not fixed). `--password x ` 1,057 before, 800-1,200 now (a guard: it passes before).
 */
const UNITS: [string, number][] = [
  ['.', 500],
  ['..', 500],
  ['--password x ', 2500],
];

describe('runs of dots and dashes, and command lines repeated, cost linear CPU (round 21)', () => {
  for (const [unit, cap] of UNITS)
    it(`${JSON.stringify(unit)} repeated: 1 MiB in under ${cap} ms of CPU, at most 32 times 64 KiB`, () =>
      assertSixteenTimesLinear(JSON.stringify(unit), unit, cap));
});
