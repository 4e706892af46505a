/**
 * Redaction time is linear in the text (attack 6, H2): a long line of random-looking characters with no separator
 * (mixed-case letters, letters and digits), a line of `password is …` repeated, and many learned values each cost
 * bounded work per character. A pass that read from each candidate to the end of its line (a lookbehind over the
 * whole run before each key-name stem, the tokens of the rest of a line after each password word, the whole line
 * tested again for each `password …` on it) took 22 s per MB. The check compares CPU time (process.cpuUsage, not
 * wall time: the machine may be shared) of a text 4 times longer than another: linear is 4 times, quadratic 16.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { timeInChild } from './helpers/child-timer.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const run = (alphabet: string, n: number, seed: number): string => {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
};

/** CPU milliseconds of f, best of two unless the first is short (a busy machine only adds). */
function cpu(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 2 && best > 300; k++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

const SMALL = 256 * 1024;
const kinds: [string, (n: number) => string][] = [
  ['mixed-case letters', (n) => `${run(LETTERS, n, 4)}\n`],
  ['letters and digits', (n) => `${run(`${LETTERS}0123456789`, n, 5)}\n`],
  ['`password is` repeated', (n) => `${'password is '.repeat(Math.ceil(n / 12)).slice(0, n)}\n`],
];

/**
 * Attack 7, R2: single lines of one repeated unit. A line of `-` (a progress bar or separator with no newline) made the
 * key-name finder's `--[a-z0-9-]*key` read to the end of the run from every `--`; a line of `\x41` escapes (a run of A
 * once decoded) made the Twitter bearer shape's `A{20,}` read the rest of the run again for each A it gave back.
 */
const REPEATED: [string, string][] = [
  ['`-`', '-'],
  ['`sk-` then `-`', '-'],
  ['`\\x41` escapes', '\\x41'],
];
const repeated = (unit: string, n: number, head = ''): string =>
  head + unit.repeat(Math.ceil(n / unit.length)).slice(head.length, n);
const SHORT = 16 * 1024;

describe('redaction time is linear on a line of one repeated unit (attack 7, R2)', () => {
  // 16 times the text: linear is 16 times, quadratic 256 (at 4 times, the work per character hid the quadratic part).
  for (const [name, unit] of REPEATED)
    it(`a line of ${name}: 16 times the text costs at most 32 times the CPU time`, () => {
      const r = new Redactor({ learn: true });
      const head = name.startsWith('`sk-`') ? 'sk-' : '';
      r.redactString(repeated(unit, 4096, head));
      const a = cpu(() => r.redactString(repeated(unit, SHORT, head)));
      const b = cpu(() => r.redactString(repeated(unit, 16 * SHORT, head)));
      assert.ok(
        b <= 32 * a + 100,
        `${name}: ${SHORT} chars ${a.toFixed(0)} ms, ${16 * SHORT} chars ${b.toFixed(0)} ms`,
      );
      // 256 KB in under 4 s even on a slow, shared machine (about 0.3 s idle; 30 s and more before).
      assert.ok(b < 4000, `${name}: ${b.toFixed(0)} ms for ${16 * SHORT} characters`);
    });
});

describe('redaction time is linear in the text (H2)', () => {
  for (const [name, make] of kinds)
    it(`a line of ${name}: 4 times the text costs at most 7 times the CPU time`, () => {
      const r = new Redactor();
      const small = make(SMALL);
      const large = make(4 * SMALL);
      r.redactString(small.slice(0, 4096));
      const a = cpu(() => r.redactString(small));
      const b = cpu(() => r.redactString(large));
      // 40 ms of slack: a fast small run must not make noise fail the ratio.
      assert.ok(b <= 7 * a + 40, `${name}: ${SMALL} chars ${a.toFixed(0)} ms, ${4 * SMALL} chars ${b.toFixed(0)} ms`);
      // And fast: at least 1 MB/s on this input even on a slow, shared machine (5+ MB/s idle).
      assert.ok(b < 4000, `${name}: ${b.toFixed(0)} ms for ${4 * SMALL} characters`);
    });

  it('values learned one at a time: the literal search does not rebuild over all of them for each', () => {
    const time = (n: number): number => {
      const r = new Redactor({ learn: true });
      const values = Array.from({ length: n }, (_, i) => `Kq${run(LETTERS, 18, 100 + i)}${i}`);
      const text = `${values.slice(0, 64).join(' x\n')}\nplain line\n`;
      return cpu(() => {
        for (let i = 0; i < n; i += 200) {
          r.learn(values.slice(i, i + 200).map((value) => ({ name: 'TOKEN', value })));
          r.redactString(text);
        }
      });
    };
    const a = time(4000);
    const b = time(16000);
    assert.ok(b <= 7 * a + 100, `4,000 values ${a.toFixed(0)} ms, 16,000 values ${b.toFixed(0)} ms`);
  });
});

/**
 * Attack 10: lines a hostile session (or a question, which `logs summary` prints) can hold. A line of ` --auth
 * --verbose` made a setter's options in a lookbehind split each flag two ways (exponential: a 17 KB question ran for
 * 12 minutes, and SIGTERM could not stop a process blocked in a regex); a line of `<td>` made the HTML cell regex read
 * every tag after each; `pwd:` and `password=` repeated made the prose-password reader take the rest of the line as
 * one token for each word; a line of dots made the masked-key reader read the run of dots to its end at each `...`
 * in it. Each is timed in a child process that is killed after a minute, so an exponential case
 * fails the test instead of hanging the suite.
 */
const HOSTILE = [
  ' --auth --verbose',
  ' --no-auth --tls',
  ' --secret --json',
  ' config set --a-b --c',
  '<td>',
  '<dt>',
  ' <td>%20',
  'pwd:',
  'password=',
  'password=x&',
  '%20pwd',
  'htpasswd ',
  'htpasswd -b ',
  '.',
  // Attack 12: a window stretched to the value's end at each name, a label's line read whole for each label, the line
  // before each 51-character base58 run searched back to its start.
  'psk=',
  '--oauth2-bearer=',
  'recovery-codes: ',
  '"recovery-codes": "',
  'django secret ',
  '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK ',
  // cookies13: each session name looked for a cookie word back to its line's start (1 MiB of `sessionid=`: 32 s).
  'sessionid=',
  'Cookie: sessionid=',
  '"name": "sessionid" ',
  // Attack 13: a long value read again for each name inside it (`key=` repeated: 1 MiB took 15-20 s), the start of the
  // line or of a tag or object searched back from each candidate (`key"`, `"kty: `, the labelled-key
  // runs of a line of base58 keys), a callee's name walked back to its run's start from each word in it (`minio`,
  // `oauth`), a capital letter looked for to the run's end after each prefix (`vck_`, `jina_`), and a reference spec
  // split every way (`auth:token=`: exponential, 200 characters never ended).
  'key=',
  'key"',
  '"kty: ',
  'minio',
  'oauth',
  'vck_',
  'jina_',
  'auth:token=',
  // esc15: lists of character codes (a whole 1 MiB list spread into one call overflowed the stack).
  '0x41, ',
  '65,',
  '41:',
  '\\x41\\x41\\x41\\x41\\x41\\x41\\x41\\x41\\x41\\x41\\x41\\x1f',
];
/** Units not linear yet (none now: the base58 WIF unit's labelled-key reader searched back to its line's start). */
const TODO: Record<string, string> = {};
// The first texts pay one-time costs (regexes compiled, code optimised): each size is run once before it is timed.
const TIMER = `
const { Redactor } = await import(process.argv[1]);
const unit = JSON.parse(process.argv[2]);
const line = (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const r = new Redactor({ learn: true });
const cpu = (n) => { const t = process.cpuUsage(); r.redactString(line(n)); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const filter = (n) => { const t = process.cpuUsage(); const f = r.filter({ rel: 'agent_a/report.html' }); f.write(line(n)); f.end(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
cpu(4096);
cpu(16 * 8192);
filter(8192);
filter(16 * 8192);
const out = { a: Math.min(cpu(8192), cpu(8192)), b: cpu(16 * 8192), fa: Math.min(filter(8192), filter(8192)), fb: filter(16 * 8192) };
process.stdout.write(JSON.stringify(out));
`;

describe('redaction time is linear on hostile lines (attack 10)', () => {
  for (const unit of HOSTILE)
    it(
      `a line of ${JSON.stringify(unit)}: 16 times the text costs at most 32 times the CPU time`,
      { todo: TODO[unit] },
      () => {
        const t = timeInChild<{ a: number; b: number; fa: number; fb: number }>(TIMER, unit);
        const at = `${JSON.stringify(unit)}: ${JSON.stringify(t)} (ms of CPU)`;
        assert.ok(t.b <= 32 * t.a + 100 && t.fb <= 32 * t.fa + 100, at);
        assert.ok(t.b < 6000 && t.fb < 6000, at);
      },
    );
});

/**
 * Attack 13: a name then a long run of blanks (`password` and 20 MB of spaces hung export; 16 K spaces took over 60 s).
 * The table separator's blanks around an optional parenthesis, and its cell name that could start or end in blanks
 * beside `[ \t]*`, split the run every way; a run of tabs, the delimited-row reader's blanks on both sides of a tab.
 * Timed with nothing after the blanks (the end of a piece) and with a separator or value.
 */
const BLANKS_TIMER = `
const { Redactor } = await import(process.argv[1]);
const [head, tail, blank] = JSON.parse(process.argv[2]);
const r = new Redactor({ learn: true });
const cpu = (n) => { const t = process.cpuUsage(); const f = r.filter({ rel: 'agent_a/workspace/data.txt' }); f.write(head + blank.repeat(n) + tail); f.end(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
cpu(1024);
const out = { a: Math.min(cpu(8192), cpu(8192)), b: cpu(16 * 8192) };
process.stdout.write(JSON.stringify(out));
`;
describe('redaction time is linear on a name followed by a run of blanks (attack 13)', () => {
  for (const [head, tail, blank] of [
    ['password', '', ' '],
    ['password', '=x', ' '],
    ['| api_key', '', ' '],
    ['x,secret', ',', ' '],
    ['password', '', '\t'],
    ['passphrase', ',', '\t'],
  ])
    it(`${JSON.stringify(head)}, ${JSON.stringify(blank)} repeated, ${JSON.stringify(tail)}: 16 times the blanks cost at most 32 times the CPU time`, () => {
      const t = timeInChild<{ a: number; b: number }>(BLANKS_TIMER, [head, tail, blank]);
      const at = `${JSON.stringify([head, tail, blank])}: ${JSON.stringify(t)} (ms of CPU)`;
      assert.ok(t.b <= 32 * t.a + 100, at);
      assert.ok(t.b < 6000, at);
    });
});

/**
 * Attack 14: a value of digits then a letter under a key name (the hex of an ASCII key is mostly digits) was split
 * every way by the class-name test's digit parts (code-names.ts): 28 digits took 2.7 s, 32 over 40 s.
 */
const DIGITS_TIMER = `
const { Redactor } = await import(process.argv[1]);
const [n] = JSON.parse(process.argv[2]);
const r = new Redactor({ learn: true });
const t = process.cpuUsage();
for (let k = 0; k < 4; k++) r.redactString('[provider]\\napi_key = "' + String(k + 1).repeat(n) + 'x"\\n');
const d = process.cpuUsage(t);
process.stdout.write(JSON.stringify({ ms: (d.user + d.system) / 1000 }));
`;
describe('redaction time on a key whose value is a run of digits then a letter (attack 14)', () => {
  it('40 digits then a letter, under api_key: well under a second', () => {
    const t = timeInChild<{ ms: number }>(DIGITS_TIMER, [40]);
    assert.ok(t.ms < 1500, `${JSON.stringify(t)} (ms of CPU)`);
  });
});
