/**
 * Hostile lines (round 18): a prefix and a run of 4 MiB or 16 MiB of its token characters (`sk-`, `ghp_`, `eyJ`,
 * `AKIA`) made redactString throw `RangeError: Maximum call stack size exceeded` (the shape table's regex backtracked
 * over the whole run), and the export's stream replaced the first piece of such a token and let the rest out. Each
 * case runs in a child process (a minute at most): no exception, and of a token nothing goes out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeInChild } from './helpers/child-timer.js';

/**
 * The child: builds the run with a seeded PRNG, redacts it with redactString and with the export's stream, and tells
 * whether either threw and whether any sample of the run (every 64 KiB, its first and last 32 characters) came out.
 */
const CHILD = `
const { Redactor } = await import(process.argv[1]);
const [prefix, alphabet, mib, seed] = JSON.parse(process.argv[2]);
let a = seed >>> 0;
const rnd = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const n = mib << 20;
const codes = Buffer.alloc(n);
for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(Math.floor(rnd() * alphabet.length));
const body = codes.toString('latin1');
const text = 'note ' + prefix + body + ' end\\n';
const samples = [body.slice(0, 32), body.slice(n - 32)];
for (let i = 65536; i < n; i += 65536) samples.push(body.slice(i, i + 32));
const leaked = (out) => samples.filter((s) => out.includes(s)).length;
const result = {};
const t = process.cpuUsage();
try {
  result.string = leaked(new Redactor().redactString(text));
} catch (e) {
  result.string = String(e);
}
try {
  const f = new Redactor().filter({ rel: 'answer.txt' });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  result.stream = leaked(out + f.end());
} catch (e) {
  result.stream = String(e);
}
const d = process.cpuUsage(t);
result.ms = Math.round((d.user + d.system) / 1000);
process.stdout.write(JSON.stringify(result));
`;

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64URL = `${ALNUM}-_`;

interface Outcome {
  string: number | string;
  stream: number | string;
  ms: number;
}

describe('a prefix and megabytes of token characters', () => {
  // Tokens: nothing of them goes out.
  const tokens: [string, string, number][] = [
    ['sk-', ALNUM, 4],
    ['ghp_', ALNUM, 4],
    ['sk-ant-api03-', B64URL, 4],
    ['sk-', ALNUM, 16],
  ];
  for (const [i, [prefix, alphabet, mib]] of tokens.entries())
    it(`${prefix} and ${mib} MiB: no exception, nothing of the token goes out`, () => {
      const o = timeInChild<Outcome>(CHILD, [prefix, alphabet, mib, 1800 + i]);
      assert.deepEqual([o.string, o.stream], [0, 0], JSON.stringify(o));
    });
  // Not tokens (no JWT's three parts; an AWS key id is 20 characters): no exception.
  const others: [string, string][] = [
    ['eyJ', B64URL],
    ['AKIA', UPPER],
  ];
  for (const [i, [prefix, alphabet]] of others.entries())
    it(`${prefix} and 4 MiB: no exception`, () => {
      const o = timeInChild<Outcome>(CHILD, [prefix, alphabet, 4, 1810 + i]);
      assert.equal(typeof o.string, 'number', JSON.stringify(o));
      assert.equal(typeof o.stream, 'number', JSON.stringify(o));
    });
});
