/**
 * Round 20's worst cases: texts whose every piece has a name of its own. YAML with many distinct anchors made each
 * alias search the text for its anchor from the start (yaml-aliases.ts: 45 s of CPU for 1.75 MB), and each `value:`
 * beside an anchor searched back to the text's start for a `- ` (labels.ts) and for a `{` (provider-maps.ts: 7.9 s per
 * MB). Each is timed in a child process killed after a minute: 16 times the text must cost at most 32 times the CPU
 * time (linear is 16, quadratic 256), and 1 MiB well under the bound of a loaded machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base32Text } from '../src/core/redact/radix.js';
import { timeInChild } from './helpers/child-timer.js';

/**
 * Pieces with distinct names (`i` the piece's number), then what follows them (a function of their count), and the
 * size of the shorter text timed (the longer is 16 times it).
 */
const DISTINCT: [string, string, string, number][] = [
  [
    'an anchor each, then an alias of each',
    '`d${i}: &a${i} v${i}\\n`',
    '(n) => Array.from({ length: n }, (_, j) => `api_key: *a${j}\\n`).join("")',
    65536,
  ],
  [
    'an anchored block each, its `value:` below',
    '`d${i}: &a${i}\\n  value: aB3dEf9HaB3dEf9H${i}\\n`',
    '() => ""',
    65536,
  ],
  ['a `value:` each in a list item', '`- name: n${i}\\n  value: aB3dEf9HaB3dEf9H${i}\\n`', '() => ""', 131072],
];

const TIMER = `
const { Redactor } = await import(process.argv[1]);
const piece = eval('(i) => ' + JSON.parse(process.argv[2]));
const tail = eval(JSON.parse(process.argv[3]));
const size = JSON.parse(process.argv[4]);
const text = (size) => { const parts = []; let len = 0; let i = 0; while (len < size) { const p = piece(i++); parts.push(p); len += p.length; } return parts.join('') + tail(i); };
const cpu = (size) => { const r = new Redactor({ learn: true }); const s = text(size); const t = process.cpuUsage(); r.redactString(s); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
cpu(16384);
const a = Math.min(cpu(size), cpu(size));
const b = cpu(16 * size);
process.stdout.write(JSON.stringify({ a, b }));
`;

describe('redaction time is linear on pieces with distinct names (round 20)', () => {
  for (const [name, piece, tail, size] of DISTINCT)
    it(`${name}: 16 times the text costs at most 32 times the CPU time`, () => {
      const t = timeInChild<{ a: number; b: number }>(TIMER, piece, tail, size);
      const at = `${name}: ${JSON.stringify(t)} (ms of CPU, ${size} and ${16 * size} characters)`;
      // Before: 1 MiB of anchors then aliases took over a minute, 1 MiB of anchored blocks 8.1 s, 2 MiB of list items
      // about 17 s (now about 1 s, 0.3 s and 0.8 s).
      assert.ok(t.b <= 32 * t.a + 200, at);
      assert.ok(t.b < 3000, at);
    });
});

/**
 * A run of one letter or digit 2-7 is a base32 run (radix.ts), which was decoded whole before its bytes were found to
 * be no text: 4 MiB of `a`, `A` or `2` took 0.4-0.7 s each (a quarter of the binary scan of a run of `a`). Its first
 * bytes are read first now (about 50 ms each, most of it the run's slice).
 */
describe('a long base32 run that decodes to no text is not decoded whole (round 20)', () => {
  it('4 MiB runs of `a`, `A` and `2` cost under 600 ms of CPU together', () => {
    const runs = ['a', 'A', '2'].map((c) => c.repeat(4 << 20));
    base32Text(runs[0]!.slice(0, 4096), 0, 4096);
    const t = process.cpuUsage();
    const out = runs.map((r) => base32Text(r, 0, r.length));
    const d = process.cpuUsage(t);
    assert.deepEqual(out, [null, null, null]);
    assert.ok(d.user + d.system < 600_000, `${(d.user + d.system) / 1000} ms`);
  });
});
