/**
 * Redaction time on long runs of one repeated unit (hostile input: a run of `a`, of `%41`, of `sk-ant-api03-`, of a
 * PEM header, a zeroed region of a base64 image): `node dist/bench/redact-repeats.js [--mb 1,4] [--screen KB] [--top N]
 * [--units a,b] [--redactor <dist>/src/core/redact/redactor.js]`. Every unit is first screened at `--screen` KB
 * (default 256) through the text path; the `--top` worst (default 12) are then timed at each size of `--mb` through
 * the text path (a file's filter: `write` in 64 KB chunks, then `end`) and scanBinary, in CPU ms per MB
 * (process.cpuUsage: the machine may be shared), with the ratio to normal text (MassGen-like log lines).
 * Units: every printable ASCII character, the attack's units, every literal of the shared literal scan's sets (the
 * shape table's finder, the key-name stems, every pass's keywords), lowercase and uppercase, `key=`, `: `, two- and
 * three-character units.
 */
import path from 'node:path';
import type { Redactor as RedactorType } from '../src/core/redact/redactor.js';
import { registeredLiterals } from '../src/core/redact/literal-scan.js';
import { lookAlikes, rng } from '../test/helpers/fake-secrets.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const { Redactor } = (await import(
  opt('--redactor') ? path.resolve(opt('--redactor')!) : '../src/core/redact/redactor.js'
)) as { Redactor: typeof RedactorType };
const sizes = (opt('--mb') ?? '1,4').split(',').map(Number);
const screenKb = Number(opt('--screen') ?? 256);
const top = Number(opt('--top') ?? 12);
const MB = 1024 * 1024;

/** The units of the attack (issue: throughput and hostile input). */
const ATTACK = [
  'a',
  'A',
  '%41',
  '\\u0041',
  '\\x41',
  'sk-ant-api03-',
  '-----BEGIN OPENSSH PRIVATE KEY-----\n',
  '-----BEGIN RSA PRIVATE KEY-----\n',
  '0',
  'AAAA',
  'key=',
  ': ',
  'password=',
  'token: ',
  '"key": "',
];
/**
 * Command-line flags and pairs with a one-letter value (hostile19): `--NAME x `, `--NAME=x `, `-NAME x `, `NAME x `,
 * `NAME=x `, `NAME: x `, `/NAME:x `, `-p x ` for secret names. CPU s per MiB of 181 such units (20 names, the
 * hostile19 measure; `hello x ` costs 0.16-0.33 s): the worst 2.75 s (`-pass x `) on cd87fef, 1.65 s (`password x `)
 * after LOGIN's test was asked once per line (`--password x ` 2.5 → 1.5, `--auth x ` 2.3 → 0.8, `-pass x ` 2.8 → 1.0);
 * still 56 over 0.5 s (52 before: the machine's noise): prose-passwords' valueAfter and the key-name regex matching at
 * every unit (open).
 */
const COMMAND_NAMES = ['password', 'passwd', 'pass', 'pwd', 'token', 'secret', 'api-key', 'auth', 'passphrase', 'key'];
const COMMANDS = [
  '-p x ',
  ...COMMAND_NAMES.flatMap((n) => [`--${n} x `, `--${n}=x `, `-${n} x `, `${n} x `, `${n}=x `, `${n}: x `, `/${n}:x `]),
];
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
/** Two- and three-character units of the characters secrets and their separators are made of. */
const PIECES = ['a', 'A', '0', '=', ':', ' ', '-', '_', '/', '+', '.', '"', '%', '\\', '\n'];
const TWO = PIECES.flatMap((x) => PIECES.map((y) => x + y));
const THREE = ['ab ', 'aB0', 'A0=', 'a:b', 'a.b', 'a-b', 'a_b', 'x/y', '%2F', '\\n ', 'AA=', 'A==', 'ey.', 'sk-'];

function units(): string[] {
  // A redactor built once registers every pass's sets.
  new Redactor({ learn: true }).redactString('x');
  const literals = registeredLiterals().flat();
  const cased = literals.flatMap((l) => [l, l.toUpperCase()]).map((l) => l.replace(/\x80/g, 'é'));
  const only = opt('--units');
  if (only) return only.split(',').map((u) => u.replace(/\\n/g, '\n'));
  return [...new Set([...ATTACK, ...COMMANDS, ...PRINTABLE, ...TWO, ...THREE, ...cased])];
}

const repeated = (unit: string, n: number): string =>
  Buffer.from(unit.repeat(Math.ceil(n / unit.length)).slice(0, n)).toString();

/** Normal text: MassGen-like log lines (look-alikes, stream chunks, JSON events and prose, as bench:redact's). */
function normal(n: number): string {
  const rand = rng(42);
  const alikes = lookAlikes(3);
  const words = 'the agent wrote index.html then ran the tests and voted for agent_b because it was complete'.split(
    ' ',
  );
  const lines: string[] = [];
  for (let i = 0, size = 0; size < n; i++) {
    const pick = rand();
    const line =
      pick < 0.25
        ? alikes[Math.floor(rand() * alikes.length)]!
        : pick < 0.55
          ? JSON.stringify({ timestamp: 1769854500 + i, event_type: 'new_answer', agent_id: 'agent_a', n: i })
          : Array.from({ length: 14 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(lines.join('\n').slice(0, n)).toString();
}

const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const CHUNK = 64 * 1024;
function viaFilter(r: RedactorType, text: string): number {
  return cpu(() => {
    const f = r.filter({ rel: 'agent_a/workspace/data.txt' });
    for (let i = 0; i < text.length; i += CHUNK) f.write(text.slice(i, i + CHUNK));
    f.end();
  });
}
const viaBinary = (r: RedactorType, text: string): number => cpu(() => r.scanBinary(Buffer.from(text, 'latin1')));

const r = new Redactor({ learn: true });
const warm = normal(MB);
viaFilter(r, warm);
viaBinary(r, warm);
const base = { filter: 0, binary: 0 };
for (const mb of sizes) {
  const t = normal(mb * MB);
  base.filter = Math.max(base.filter, viaFilter(r, t) / mb);
  base.binary = Math.max(base.binary, viaBinary(r, t) / mb);
}
console.log(`normal text: filter ${base.filter.toFixed(0)} ms/MB, scanBinary ${base.binary.toFixed(0)} ms/MB`);

const all = units();
const screened = all.map((u) => {
  const t = repeated(u, screenKb * 1024);
  return { u, ms: (viaFilter(r, t) * 1024) / screenKb };
});
screened.sort((a, b) => b.ms - a.ms);
console.log(`${all.length} units screened at ${screenKb} KB (filter ms/MB); worst:`);
for (const { u, ms } of screened.slice(0, top)) console.log(`  ${JSON.stringify(u).padEnd(44)} ${ms.toFixed(0)}`);

let worst = 0;
for (const { u } of screened.slice(0, top)) {
  const cells: string[] = [];
  for (const mb of sizes) {
    const t = repeated(u, mb * MB);
    const f = viaFilter(r, t) / mb;
    const b = viaBinary(r, t) / mb;
    worst = Math.max(worst, f / base.filter, b / base.binary);
    cells.push(
      `${mb} MB: filter ${f.toFixed(0)} (${(f / base.filter).toFixed(1)}x) binary ${b.toFixed(0)} (${(b / base.binary).toFixed(1)}x)`,
    );
  }
  console.log(`${JSON.stringify(u).padEnd(44)} ${cells.join(' | ')}`);
}
console.log(`worst ratio to normal text: ${worst.toFixed(1)}x`);
