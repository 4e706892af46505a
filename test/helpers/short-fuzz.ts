/**
 * Short-run fuzzer (round 24, issue 11 category 7, "never a hang"): a line is a head built from the redactor's own
 * triggers (a secret's name in a layout, a provider's prefix, a decoder's start), a run of 16, 32, 64 then 128 of one
 * unit (blanks, punctuation, value characters, a unit of two; or 2 to 4 such runs with a trigger word between), then
 * a tail. Regex backtracking between adjacent
 * quantifiers blows up in SHORT runs (`x,secret`, 64 blanks, `,` took 1.3 s of CPU, 128 blanks minutes) while the
 * 1 MiB linearity tests pass (some gate lets long runs by), so the run lengths stay small. Each line goes through an
 * export's filter in a child process; a line whose CPU time grows faster than linearly (time(128) over 8 times
 * time(32) and over 50 ms) or that is not done within the timeout is a finding. Used by
 * `bench/redact-linear-fuzz.ts --short` and redact-hang24.test.ts.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rng } from './fake-secrets.js';

export interface Shape {
  head: string;
  unit: string;
  tail: string;
  rel: string;
  /** The run is repeated `reps` times with `sep` (a trigger word) between: nested quantifiers (1 when absent). */
  sep?: string;
  reps?: number;
}
export interface Finding {
  shape: Shape;
  /** CPU ms at runs of 16, 32, 64 and 128 units (empty when the child was killed). */
  ms: number[];
  timeout: boolean;
}

const NAMES = ['secret', 'password', 'token', 'api_key', 'key', 'pwd', 'passwd', 'credentials', 'client_secret'];
const MORE_NAMES = ['OPENAI_API_KEY', 'Authorization', 'session', 'cookie', 'passphrase', 'DB_PASSWORD', 'auth'];
/** Layouts a name sits in: assignments, keys, headings, bold, comments, bullets, quotes, diffs, tags, prose. */
const LAYOUTS = [
  '%',
  'x,%',
  '%=',
  '%:',
  '%: ',
  '"%": "',
  "'%': '",
  '% is ',
  'the % is',
  '### %',
  '**%:**',
  '# %',
  '// %',
  '- %',
  '> %',
  '+%',
  '<b>%</b>',
  '%[',
  '%(',
  '%\\',
  '$%',
  'export %=',
  '--%=',
  '{"%":',
  '%\n',
  '% \\\n',
  'x = %',
];
const PREFIXES = ['sk-', 'sk-proj-', 'ghp_', 'xoxb-', 'AKIA', 'eyJ', 'AIza', 'glpat-', 'Bearer ', 'Basic '];
const OTHER_HEADS = [
  '',
  'x',
  'https://u:',
  'postgres://user:',
  '\\x41',
  '%41',
  '&#65;',
  'data:text/plain;base64,',
  '-----BEGIN',
  '0x',
  'H4sI',
  '\\u0041',
  '| a | ',
  '```\n',
  'mot de passe',
];
/** Units a run is made of. */
export const UNITS = [
  ' ',
  '\t',
  ' \t',
  '=',
  ':',
  ',',
  '"',
  "'",
  '[',
  '{',
  '(',
  '\\',
  '%',
  '-',
  '.',
  '/',
  '_',
  '*',
  '#',
  '>',
  '|',
  '+',
  '@',
  'A',
  'a',
  '0',
  'a1',
  'Ab3+/',
  'f0',
  ' :',
  ': ',
  ' =',
  '= ',
  ', ',
  '" ',
  '\\n',
  '\n',
  ' \n',
  '%20',
  '\\x20',
  '&#32;',
  '**',
  ' - ',
  'key ',
  'x ',
  'ab ',
  'sk-',
  '\\"',
  '\\\\',
  '.a',
];
/** Between repeated runs: trigger words, operators, a value's start. */
const SEPS = ['secret', 'key', 'token', 'password', 'is', 'my', 'x', ':', '=', 'sk-', 'api key', '**', '(new)', 'a1'];
const TAILS = [
  '',
  ',',
  '!',
  'x',
  ':',
  '=',
  '"',
  '\n',
  ' x',
  ']',
  '}',
  ')',
  '\n\n',
  '.',
  '\\',
  '#',
  ' sk-abc',
  'Z9',
  '\0',
];
const RELS = [
  'agent_a/workspace/data.txt',
  'agent_a/workspace/notes.md',
  'agent_a/workspace/config.json',
  'agent_a/workspace/.env',
  'agent_a/workspace/app.py',
];

/** Every head: each name in each layout, the providers' prefixes, the decoders' starts. */
export function heads(): string[] {
  const named = [...NAMES, ...MORE_NAMES].flatMap((n) => LAYOUTS.map((l) => l.replace('%', n)));
  return [...named, ...PREFIXES, ...OTHER_HEADS];
}

/** `count` shapes drawn (seeded) from heads × units × tails × file kinds. */
export function shortShapes(seed: number, count: number): Shape[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const hs = heads();
  const out: Shape[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const reps = pick([1, 1, 1, 2, 3, 4]);
    const s: Shape = { head: pick(hs), unit: pick(UNITS), tail: pick(TAILS), rel: pick(RELS) };
    if (reps > 1) Object.assign(s, { sep: pick(SEPS), reps });
    const k = JSON.stringify(s);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

export const RUNS = [16, 32, 64, 128];
export const shortText = (s: Shape, n: number): string =>
  s.head + (s.unit.repeat(n) + (s.sep ?? '')).repeat((s.reps ?? 1) - 1) + s.unit.repeat(n) + s.tail;

/** The child: reads shapes (JSON) from stdin, writes `S i` before and `D i [ms...]` after each. */
const WORKER = `
import { readFileSync, writeSync } from 'node:fs';
const { Redactor } = await import(process.argv[1]);
const shapes = JSON.parse(readFileSync(0, 'utf8'));
const runs = JSON.parse(process.argv[2]);
const ms = (s, n) => {
  const t = process.cpuUsage();
  const f = new Redactor({ learn: true }).filter({ rel: s.rel });
  f.write(s.head + (s.unit.repeat(n) + (s.sep ?? '')).repeat((s.reps ?? 1) - 1) + s.unit.repeat(n) + s.tail);
  f.end();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
ms({ head: 'token: ', unit: 'a', tail: '', rel: 'a.txt' }, 64);
shapes.forEach((s, i) => {
  writeSync(1, 'S ' + i + '\\n');
  let t = runs.map((n) => ms(s, n));
  // A first try is noisy (a busy machine, a collection): a suspect is timed again, the best of two kept.
  if (t[3] > 8 * t[1] && t[3] > 50) t = t.map((x, j) => Math.min(x, ms(s, runs[j])));
  writeSync(1, 'D ' + i + ' ' + JSON.stringify(t) + '\\n');
});
`;

/** Whether times at RUNS grow faster than linearly: time(128) over 8 times time(32), and over 50 ms. */
export const superLinear = (ms: number[]): boolean => ms[3]! > 8 * ms[1]! && ms[3]! > 50;

/**
 * Times `shapes` in children (`redactor`: the path of a build's redactor.js), a child killed and a new one started
 * after the rest when a line is not done in `timeoutMs` of wall time; returns the findings.
 */
export async function runShortFuzz(
  shapes: Shape[],
  opts: { redactor?: string; timeoutMs?: number; onDone?: (i: number) => void } = {},
): Promise<Finding[]> {
  const redactor = opts.redactor ?? fileURLToPath(new URL('../../src/core/redact/redactor.js', import.meta.url));
  const findings: Finding[] = [];
  let from = 0;
  while (from < shapes.length) {
    const batch = shapes.slice(from);
    const next = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', WORKER, redactor, JSON.stringify(RUNS)], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      let current = -1;
      let last = Date.now();
      let buf = '';
      let killed = false;
      const timer = setInterval(() => {
        if (current < 0 || Date.now() - last < (opts.timeoutMs ?? 20_000)) return;
        killed = true;
        findings.push({ shape: batch[current]!, ms: [], timeout: true });
        child.kill('SIGKILL');
      }, 200);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        buf += d;
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const [tag, i, ms] = buf.slice(0, nl).split(' ');
          buf = buf.slice(nl + 1);
          last = Date.now();
          current = tag === 'S' ? Number(i) : -1;
          if (tag !== 'D') continue;
          const t = JSON.parse(ms!) as number[];
          if (superLinear(t)) findings.push({ shape: batch[Number(i)]!, ms: t, timeout: false });
          opts.onDone?.(from + Number(i));
        }
      });
      child.on('close', (code) => {
        clearInterval(timer);
        if (killed) resolve(from + current + 1);
        else if (code === 0) resolve(shapes.length);
        else reject(new Error(`short fuzz child exited with ${code}`));
      });
      child.stdin.end(JSON.stringify(batch));
    });
    from = next;
  }
  return findings;
}
