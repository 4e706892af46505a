/**
 * A text equal to the one redacted before it, in another string (a log exported twice: an agent's snapshot of a file
 * beside the file), costs no more than the first. The redactor's caches keep the last text they were asked about;
 * kept after an equal text came, the old string was compared with the new one character by character at every
 * question about it: the key-name pass took 5 s per MiB of `secret_key:` lines instead of 1, base64 lines 2.3 times
 * the first text's time (test: 512 KiB twice, the second, best of up to five, at most 1.5 times the first plus 150 ms
 * of CPU).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TIMER_PREAMBLE, timeInChild } from './helpers/child-timer.js';

const TWICE = `${TIMER_PREAMBLE}cpu(4096);
cpu(65536);
const first = cpu(8 * 65536);
// Best of up to five while over the bound the test asserts (the loop had stopped at 1.5 times and 150 ms, looser than
// the assertion's: on CI 2026-12-05 \`api_key: \` took 1,491 then 2,129 ms and failed with no retry): a busy machine
// only adds, a slow path stays over it on every run.
let again = cpu(8 * 65536);
for (let i = 0; i < 4 && again > 1.25 * first + 100; i++) again = Math.min(again, cpu(8 * 65536));
process.stdout.write(JSON.stringify({ first, again }));
`;

describe('an equal text redacted again costs no more than the first', () => {
  for (const unit of [
    'secret_key:\n',
    'password: abc\n    def\n',
    'aGVsbG8gd29ybGQgYmFzZTY0IGJsb2Nr\n',
    'api_key: ',
    'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
  ])
    it(JSON.stringify(unit), () => {
      const t = timeInChild<{ first: number; again: number }>(TWICE, unit);
      // A quarter more and 100 ms: beside another suite file the second text took 1.13 times the first (CI 2026-12-05,
      // `api_key: `, 1,245 then 1,403 ms), as much as a different text of the same size; the fault cost 2.3-5 times.
      const bound = 1.25 * t.first + 100;
      assert.ok(t.again <= bound, `${JSON.stringify(t)} (ms of CPU, 512 KiB, then the same text again)`);
    });
});
