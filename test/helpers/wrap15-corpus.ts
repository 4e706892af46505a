/**
 * Attack 15's categories 2 and 3, planted at test time from fragments and a seeded generator: values cut into lines
 * of 16 characters (wrap16), named values hard-wrapped at 72-120 columns (hardwrap), characters spaced out (spaced);
 * the benign twins of each; and the leak check a recipient could run (alnum windows of the value, the output's
 * separators and decoded escapes taken out).
 */
import type { ApartPlant } from './apart-corpus.js';
import { randomStrings, rng } from './fake-secrets.js';
import { families } from './glue-corpus.js';
import { recipientView } from './recipient.js';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const every = (v: string, w: number): string[] => v.match(new RegExp(`.{1,${w}}`, 'g'))!;
const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '');

/** True when a 10-character window of the value's letters and digits is in the output's (decoded) ones. */
export function apartLeaks(out: string, v: string): boolean {
  const hay = alnum(recipientView(out));
  const a = alnum(v);
  for (let i = 0; i + 10 <= a.length; i++) if (hay.includes(a.slice(i, i + 10))) return true;
  return false;
}

const NAMES = ['API_KEY', 'OPENAI_API_KEY', 'api_key', 'SECRET_KEY', 'GITHUB_TOKEN', 'client_secret', 'auth_token'];
const PREFIXES = ['', '  ', '    ', '\t', '> '];

/** Category 2a: a named value or a bare provider key cut into lines of 16 characters. */
export function wrap16Plants(seed: number, n = 160): ApartPlant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 3);
  const fam = Object.values(families(r));
  const out: ApartPlant[] = [];
  for (let i = 0; i < n; i++) {
    const named = i % 2 === 0;
    const v = named && rand() < 0.4 ? r('alnum', 32 + Math.floor(rand() * 33)) : pick(rand, fam)();
    const ind = pick(rand, PREFIXES);
    const slash = rand() < 0.3 ? ' \\' : '';
    const lines = every(v, 16).map((l, k, all) => ind + l + (k < all.length - 1 ? slash : ''));
    const name = pick(rand, NAMES);
    const form = Math.floor(rand() * 4);
    let text: string;
    if (!named) text = `${pick(rand, ['Here is the key:', 'key', 'Output:', '```'])}\n${lines.join('\n')}\n`;
    else if (form === 0) text = `${name}=${slash}\n${lines.join('\n')}\n`;
    else if (form === 1) text = `${name}:\n${lines.join('\n')}\n`;
    else if (form === 2) text = `${name} = "${lines.join('\n').trimStart()}"\n`;
    else text = `export ${name}=${lines[0]!.trimStart()}\n${lines.slice(1).join('\n')}\n`;
    out.push({ category: 'wrap16', rel: pick(rand, ['notes.txt', 'session.log', 'README.md']), secrets: [v], text });
  }
  return out;
}

const LOG_HEADS = [
  '2026-12-02T21:58:01.123Z INFO [agent_b] loaded env: ',
  '[orchestrator] step 3/7 config ',
  'Set the deployer account with ',
  '    ',
  '',
  '| env | ',
  '- ',
];

/** Category 2b: a named value hard-wrapped at 72-120 columns (fold -w), the next lines maybe indented. */
export function hardWrapPlants(seed: number, n = 240): ApartPlant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 4);
  const forms: [string, () => string][] = [
    ['PRIVATE_KEY=0x', () => r('hex', 64)],
    ['DEPLOYER_PRIVATE_KEY=', () => `0x${r('hex', 64)}`],
    ['SECRET_KEY=', () => r('b64', 88)],
    ['api_key: ', () => r('alnum', 64)],
    ['"client_secret": "', () => r('urlsafe', 72)],
    ['DB_PASSWORD=', () => `${r('alnum', 48)}`],
    ['token=', () => r('alnum', 80)],
    ['AUTH_TOKEN=', () => r('hex', 96)],
  ];
  const out: ApartPlant[] = [];
  for (let i = 0; i < n; i++) {
    const [name, value] = pick(rand, forms);
    const v = value();
    const width = pick(rand, [72, 76, 79, 80, 100, 120]);
    const head = pick(rand, LOG_HEADS);
    const k = 8 + Math.floor(rand() * (v.length - 16));
    const fill = Math.max(0, width - head.length - name.length - k);
    const filler = 'the run wrote its settings to the log and went on with the next step of the task '.repeat(3);
    const line = `${filler.slice(0, fill)}${head}${name}${v}${name.endsWith('"') ? '"' : ''} and carried on`;
    const ind = pick(rand, ['', '', '  ', '    ', '> ']);
    const lines = every(line, width);
    if (lines.some((l) => l.includes(v))) continue;
    const text = `Output of the run:\n${lines.map((l, k) => (k === 0 ? l : ind + l)).join('\n')}\ndone\n`;
    out.push({ category: 'hardwrap', rel: pick(rand, ['session.log', 'notes.md', 'output.txt']), secrets: [v], text });
  }
  return out;
}

const SEPS = [' ', ' ', '.', '-', ' . ', ' - ', '  '];

/** Category 3: characters spaced out (one space, or a mix of spaces, dots and dashes), under a name or bare. */
export function spacedPlants(seed: number, n = 300): ApartPlant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 5);
  const fam = Object.values(families(r));
  const out: ApartPlant[] = [];
  for (let i = 0; i < n; i++) {
    const v = rand() < 0.7 ? pick(rand, fam)() : r('alnum', 32 + Math.floor(rand() * 16));
    const mix = rand() < 0.5;
    const one = pick(rand, SEPS);
    const spaced = [...v].map((c, k) => (k === 0 ? c : (mix ? pick(rand, SEPS) : one) + c)).join('');
    const name = pick(rand, NAMES);
    const text = pick(rand, [
      `${name}=${spaced}\n`,
      `${name}: "${spaced}"\n`,
      `my token is ${spaced} (spaced so scanners miss it)\n`,
      `${spaced}\n`,
      `Here you go:\n\n    ${spaced}\n\nthanks\n`,
      `{"${name}": "${spaced}"}\n`,
    ]);
    out.push({ category: 'spaced', rel: pick(rand, ['notes.txt', 'chat.md', 'config.json']), secrets: [v], text });
  }
  return out.map((p) => (p.rel === 'config.json' && !p.text.startsWith('{') ? { ...p, rel: 'notes.txt' } : p));
}

const PROSE =
  'The orchestrator hands each agent the same task and collects their answers; agents vote on the best ' +
  'answer and the winner presents the final result. Configuration lives in a YAML file that names the ' +
  'backends, models and tools each agent may use, and the logs record every step of every round.';
const CODE =
  'export function tokenize(text: string): string[] { return text.split(/\\s+/).filter((w) => w.length > 0); } ' +
  'const apiKeyName = process.env.API_KEY_NAME ?? "OPENAI_API_KEY"; if (!apiKeyName) throw new Error("no key");';

/** Benign twins: wrapped prose, code, hashes and hex dumps at 16 and 72-120 columns, letter-spaced headings. */
export function wrapTwins(seed: number): [string, string][] {
  const r = randomStrings(seed);
  const out: [string, string][] = [];
  const hex = r('hex', 64);
  const dump = Array.from({ length: 8 }, (_, k) => {
    const bytes = Array.from({ length: 16 }, () => r('hex', 2));
    return `${(k * 16).toString(16).padStart(8, '0')}: ${bytes.join(' ')}  ................`;
  }).join('\n');
  for (const w of [16, 72, 76, 79, 80, 100, 120]) {
    for (const ind of ['', '  ', '> ']) {
      const join = (s: string): string =>
        every(s, w)
          .map((l, k) => (k === 0 ? l : ind + l))
          .join('\n') + '\n';
      out.push(['notes.txt', join(PROSE)]);
      out.push(['app.ts', join(CODE)]);
      out.push(['session.log', join(`2026-12-02T21:58:01Z INFO pulled image@sha256:${hex} commit ${r('hex', 40)}`)]);
      out.push(['session.log', join(`CHECKSUM=sha256:${r('hex', 64)} size=${r('digits', 6)} file=bundle.tar.gz`)]);
      out.push(['README.md', join(`See [the docs](https://example.com/docs/${r('lowerAlnum', 20)}/getting-started).`)]);
      out.push(['bundle.js', join(`!function(e){var t={};function n(r){if(t[r])return t[r].exports}}([]);` + CODE)]);
    }
  }
  const ids = (n: number, w: number): string => Array.from({ length: n }, () => r('hex', w)).join('\n');
  out.push(['session.log', `request_ids:\n${ids(6, 16)}\n`]);
  out.push(['session.log', `Output:\n${ids(8, 12)}\n`]);
  out.push(['notes.txt', `${every(Buffer.from(PROSE).toString('base64'), 16).join('\n')}\n`]);
  out.push(['notes.txt', `model: gpt-4o\nchecksums:\n${ids(3, 16)}\n`]);
  out.push(['dump.txt', dump + '\n']);
  out.push([
    'cert.pem',
    `-----BEGIN CERTIFICATE-----\n${every(r('b64', 256), 64).join('\n')}\n-----END CERT` + 'IFICATE-----\n',
  ]);
  return out;
}

/** Benign twins of the spaced category: letter-spaced headings, spaced digits, hex bytes, boards, sequences. */
export function spacedTwins(seed: number): [string, string][] {
  const r = randomStrings(seed);
  const sp = (s: string, sep = ' '): string => [...s].join(sep);
  return [
    ['notes.md', `# ${sp('SECRET KEYS AND TOKENS')}\n`],
    ['notes.md', `## ${sp('API-KEY ROTATION')}\n`],
    ['notes.md', `${sp('WELCOME TO MASSGEN', '.')}\n`],
    ['notes.txt', `${sp('Tokens and passwords')}\n`],
    ['notes.txt', `digits: ${sp(r('digits', 24))}\n`],
    ['notes.txt', `dna: ${sp('ACGTTGCAACGTACGTTTGACGAT')}\n`],
    ['notes.txt', `r n b q k b n r\np p p p p p p p\n. . . . . . . .\n. . . . . . . .\nP P P P P P P P\n`],
    [
      'notes.txt',
      `bytes: ${Array.from({ length: 24 }, () => `${'89abcdef'[Number(r('digits', 1)) % 8]}${r('hex', 1)}`).join(' ')}\n`,
    ],
    ['notes.txt', `morse: ${sp('.-..-.--.-..-.-.-..-.-')}\n`],
    ['notes.txt', `${sp('O P E N A I   A P I   K E Y')}\n`],
    ['notes.txt', `API_KEY = ${sp('your-key-here')}\n`],
    ['notes.txt', `password: ${sp('CHANGEME')}\n`],
    ['notes.txt', `${sp('abcdefghijklmnopqrstuvwxyz')}\n`],
    ['notes.txt', `${sp('1.2.3.4.5.6.7.8.9.10.11.12', ' ')}\n`],
    ['notes.txt', `- a - b - c - d - e - f - g - h - i - j - k - l\n`],
    ['dump.txt', `offset    ${sp('0123456789abcdef', '  ')}\n`],
    ['notes.txt', `${sp('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}\n`],
    ['notes.txt', `${sp('abcdefghijklmnopqrstuvwxyz0123456789')}\n`],
    ['notes.txt', `${sp('qwertyuiopasdfghjklzxcvbnm')}\n`],
    ['notes.md', `${sp('ROUND 1 OF 3: AGENT B (GPT-4o) WINS')}\n`],
    ['notes.md', `${sp('Step 12/20 - Agent2 votes for Agent1')}\n`],
    ['notes.md', `${sp('MassGen v0.1.45 Release Notes', '.')}\n`],
    ['sudoku.txt', `5 3 . . 7 . . . .\n6 . . 1 9 5 . . .\n. 9 8 . . . . 6 .\n`],
    ['notes.txt', `${sp('2026-12-02 21:58 UTC')}\n`],
    // Base-36 numbers in a list (a Unicode table in a bundle): runs of single digits between longer ones.
    [
      'data.js',
      `const t = "${Array.from({ length: 400 }, (_, k) => r('lowerAlnum', k % 9 === 0 ? 2 : 1)).join(' ')}";\n`,
    ],
  ];
}
