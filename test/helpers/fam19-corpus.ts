/**
 * Fam19's plants and twins: every family of fam19-families.ts in ten placements (an env line, a JSON tool output, a
 * prose sentence, a YAML config, Python and JS strings, a URL's query, a header, a Markdown table, a shell argument)
 * under names that say nothing (the shape alone must find it), and the look-alikes in the same placements.
 */
import { seededGen } from './fake-secrets.js';
import { FAMILIES } from './fam19-families.js';

export interface Planted {
  family: string;
  placement: string;
  rel: string;
  text: string;
  value: string;
}

type Placement = [name: string, rel: string, (v: string, i: number) => string];

export const PLACEMENTS: Placement[] = [
  ['env', 'run.sh', (v, i) => `export CI_VALUE_${i}=${v}\n`],
  [
    'json-tool-output',
    'tool_output.json',
    (v) => `${JSON.stringify({ tool: 'shell', stdout: `created ${v}\n`, exit_code: 0 })}\n`,
  ],
  ['prose', 'answer.md', (v) => `I used ${v} to call the service, and it worked on the first try.\n`],
  ['yaml', 'config.yaml', (v) => `service:\n  name: demo\n  value: ${v}\n  retries: 3\n`],
  ['python-string', 'main.py', (v) => `ITEMS = ["${v}", "other"]\nprint(len(ITEMS))\n`],
  ['js-string', 'index.js', (v) => `const items = ['${v}', 'other'];\n`],
  ['url-query', 'trace.log', (v) => `GET https://api.example.com/v1/items?t=${v}&page=2 200\n`],
  ['header', 'curl.txt', (v) => `curl -H "X-Custom: ${v}" https://api.example.com/v1\n`],
  ['markdown-table', 'notes.md', (v) => `| name | value |\n|---|---|\n| demo | ${v} |\n`],
  ['shell-arg', 'history.txt', (v) => `$ mytool fetch ${v} --region eu\n`],
];

/** `n` fresh values of every family in every placement. */
export function fam19Plants(seed: number, n = 3): Planted[] {
  const g = seededGen(seed);
  const out: Planted[] = [];
  for (const f of FAMILIES)
    for (const [placement, rel, place] of PLACEMENTS)
      for (let i = 0; i < n; i++) {
        const value = f.make(g);
        out.push({ family: f.id, placement, rel, text: place(value, i), value });
      }
  return out;
}

/** Every look-alike of every family in every placement. */
export function fam19Twins(seed: number): Omit<Planted, 'value'>[] {
  const g = seededGen(seed);
  const out: Omit<Planted, 'value'>[] = [];
  for (const f of FAMILIES)
    for (const alike of f.alikes(g))
      for (const [placement, rel, place] of PLACEMENTS)
        out.push({ family: f.id, placement, rel, text: place(alike, 0) });
  return out;
}
