/**
 * Round 40's recovery-code plants (issue 11, attack 40 class C), from a seeded generator (no code-shaped literal is
 * committed): lists of eight to ten codes of one random shape with no label (GitHub's `xxxxx-xxxxx`, `xxxx-xxxx`,
 * `XXXX-XXXX`, Google's `1234 5678`, ten letters and digits), a blank, a comma or a line apart, in calls, sentences
 * of other languages, CSV rows, JSON, YAML and Markdown lists; and the look-alikes that stay (dates, versions, hashes,
 * UUID pieces, phones, ISBNs, part numbers, words with dashes, colours, integrity, timestamps, ports, host names).
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { pick, planted, WS, type Form } from './planted.js';

/** A maker of one code's shape. */
type Code = (r: Gen) => string;
const SHAPES: Record<string, Code> = {
  github: (r) => `${r('low', 5)}-${r('low', 5)}`,
  discord: (r) => `${r('low', 4)}-${r('low', 4)}`,
  upper: (r) => `${r('up', 4)}-${r('up', 4)}`,
  ten: (r) => r('low', 10),
  google: (r) => `${r('dig', 4)} ${r('dig', 4)}`,
};

/** Eight to ten codes of `shape`, `sep` apart. */
const list =
  (r: Gen, shape: Code, sep: string | ((i: number) => string)): (() => string) =>
  () => {
    const n = 8 + (Number(r('dig', 2)) % 3);
    const codes = Array.from({ length: n }, () => shape(r));
    return codes.map((c, i) => (i === 0 ? '' : typeof sep === 'string' ? sep : sep(i)) + c).join('');
  };

/** Lists of recovery codes with no label, in any text. */
export function codeListPlants(seed: number): Plant[] {
  const r = gen(seed);
  const { github, discord, upper, ten, google } = SHAPES;
  const says = ['minha senha é', 'mis códigos son', 'meine Codes:', 'mes codes :', 'コードは', '我的代码是', 'ключи'];
  const forms: Form[] = [
    ['sdk', `${WS}/app/client.py`, list(r, github!, ' '), (v) => `client = OpenAI(api_key="${v}")\n`],
    ['prose', `${WS}/../chat.log`, list(r, github!, ' '), (v) => `[usuário] ${pick(r, says)} ${v}\n`],
    ['csv', `${WS}/data/accounts.csv`, list(r, github!, ' '), (v) => `team,owner,codes\nbilling,ops,${v}\n`],
    ['env', `${WS}/.env`, list(r, discord!, ','), (v) => `BACKUP=${v}\nREGION=eu\n`],
    ['json', `${WS}/out/codes.json`, list(r, upper!, '", "'), (v) => `{"user": "ana", "codes": ["${v}"]}\n`],
    ['yaml', `${WS}/k8s/values.yaml`, list(r, discord!, '\n  - '), (v) => `admin:\n  items:\n  - ${v}\n`],
    ['md', `${WS}/notes/saved.md`, list(r, github!, '\n'), (v) => `I saved them here:\n\n${v}\n\nDone.\n`],
    ['numbered', `${WS}/notes/todo.md`, list(r, upper!, (i) => `\n${i + 1}. `), (v) => `Keep:\n1. ${v}\n`],
    ['ten', `${WS}/../chat.log`, list(r, ten!, ' '), (v) => `assistant: here they are ${v} - store safely\n`],
    ['ten-comma', `${WS}/config/app.ini`, list(r, ten!, ', '), (v) => `[auth]\nfallback = ${v}\n`],
    ['google', `${WS}/backup.txt`, list(r, google!, '\n'), (v) => `${v}\n`],
    ['google-comma', `${WS}/notes/g.txt`, list(r, google!, ', '), (v) => `Google gave me ${v}.\n`],
    ['google-cols', `${WS}/notes/h.txt`, list(r, google!, '    '), (v) => `  ${v}\n`],
    ['bullets', `${WS}/README.md`, list(r, discord!, '\n- '), (v) => `## Access\n\n- ${v}\n`],
    ['semi', `${WS}/../chat.log`, list(r, upper!, '; '), (v) => `user: use one of ${v} then log in\n`],
    ['ts', `${WS}/src/seed.ts`, list(r, ten!, "', '"), (v) => `export const spare = ['${v}'];\n`],
  ];
  return planted(forms);
}

/** Look-alikes of a list of codes that stay as they are (fixed text and seeded hashes). */
export function codeListTwins(seed: number): (readonly [string, string])[] {
  const r = gen(seed);
  const hexes = (n: number, k: number, sep: string): string => Array.from({ length: k }, () => r('hex', n)).join(sep);
  return [
    [`${WS}/CHANGELOG.md`, 'Released: 1.2.3 1.2.4 1.3.0 2.0.0 2.0.1 2.1.0 2.1.1 3.0.0\n'],
    [`${WS}/notes/dates.txt`, 'Sprints: 2024-01-15 2024-01-29 2024-02-12 2024-02-26 2024-03-11 2024-03-25\n'],
    [`${WS}/../git.log`, `merged ${hexes(10, 8, ' ')} into main\n`],
    [`${WS}/../git2.log`, `${hexes(8, 6, '\n')}\n`],
    [`${WS}/notes/ids.txt`, `pieces ${hexes(4, 6, '-').replace(/(\w{4}-\w{4})-/g, '$1 ')}\n`],
    [`${WS}/notes/uuid.txt`, '550e8400-e29b 6ba7b810-9dad 6ba7b811-9dad 6ba7b812-9dad 6ba7b814-9dad\n'],
    [`${WS}/notes/phones.txt`, 'Call 555-0100, 555-0199, 9876-5432, 9123-4567, 9345-6789, 9012-3456 or 0800 1234.\n'],
    [`${WS}/books.md`, 'ISBNs: 978-3-16-148410-0, 978-0-306-40615-7, 978-1-4028-9462-6, 978-0-13-110362-7\n'],
    [
      `${WS}/data/parts.md`,
      '| SKU | Item |\n|---|---|\n| KX4F-9P2L | widget |\n| QM7R-2T8W | bolt |\n| ZP3D-8K1N | nut |\n',
    ],
    [`${WS}/notes/style.md`, 'A state-of-the-art, well-known, long-lived self-hosted open-source built-in tool.\n'],
    [`${WS}/theme.css`, ':root { --p: #1f2937 #374151 #4b5563 #6b7280 #9ca3af #d1d5db #e5e7eb #f3f4f6; }\n'],
    [`${WS}/notes/pal.txt`, 'palette 1f2937ff 374151ff 4b5563ff 6b7280ff 9ca3afff d1d5dbff e5e7ebff\n'],
    [`${WS}/package-lock.json`, `"integrity": "sha512-${r('b64', 86)}=="\n`],
    [`${WS}/../run.log`, 'ticks 1700000000 1700000060 1700000120 1700000180 1700000240 1700000300\n'],
    [`${WS}/../run2.log`, 'at 20240115T093000Z 20240115T094500Z 20240115T100000Z 20240115T101500Z 20240115T103000Z\n'],
    [`${WS}/notes/ports.txt`, 'open: 8080 8443 9090 3000 5432 6379 9200 5601 8081 9000\n'],
    [`${WS}/notes/years.txt`, 'Editions 1998 2003 2007 2011 2015 2019 2020 2021 2022 2023\n'],
    [`${WS}/inventory.ini`, '[web]\nserver01 server02 server03 server04 server05 server06\n'],
    [`${WS}/../pods.log`, 'redis-7f8c9 redis-k2j4l redis-p9q8r redis-m3n4b redis-z5x6c redis-q1w2e\n'],
    [`${WS}/notes/words.txt`, 'javascript typescript postgresql kubernetes prometheus opentelemetry\n'],
    [`${WS}/../xxd.log`, '00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............\n'],
    [`${WS}/notes/times.txt`, 'Slots 0900 0930, 1000 1030, 1100 1130, 1200 1230, 1300 1330, 1400 1430\n'],
    [`${WS}/notes/rfc.txt`, 'See RFC-2616 RFC-7230 RFC-7231 RFC-7540 RFC-9110 RFC-9113 RFC-9114\n'],
    [`${WS}/notes/cve.txt`, 'Fixed CVE-2024-3094 CVE-2023-4863 CVE-2021-44228 CVE-2022-22965 CVE-2014-0160\n'],
  ];
}
